import { ArgumentRangeError } from "../errors.js";

/**
 * An exact decimal number `n × 10^e`, on a native `BigInt` (no library: the
 * arithmetic below is a few lines, and costs a bundle nothing else). A
 * double enters as its shortest round-trip text (`String(0.1)` is `"0.1"`),
 * so that arithmetic on it gives what a person reading the figure expects:
 * `74.72 − 70.36` is exactly `4.36`, `1e16 − 0.5` exactly `9999999999999999.5`.
 *
 * Each function is separate and small, so that a bundler keeps only those a
 * helper calls (test/packaging/budgets.test.ts: every helper under 1 KB).
 *
 * @internal
 */
export interface _Decimal {
  /** The digits, signed. */
  readonly n: bigint;
  /** The power of ten they are scaled by. */
  readonly e: number;
}

/** The decimal 1. @internal */
export const _ONE: _Decimal = { n: 1n, e: 0 };

/** The decimal 100. @internal */
export const _HUNDRED: _Decimal = { n: 100n, e: 0 };

/** A finite double as the decimal its shortest text reads. @internal */
export function _toDecimal(value: number): _Decimal {
  // "74.72", "-0", "1e+21", "5e-324", "1.5e-7"
  const [mantissa, exp = 0] = String(value).split("e") as [string, string?];
  const [int, frac = ""] = mantissa.split(".") as [string, string?];
  return { n: BigInt(int + frac), e: Number(exp) - frac.length };
}

/** `a + b`, exactly. @internal */
export function _add(a: _Decimal, b: _Decimal): _Decimal {
  const e = Math.min(a.e, b.e);
  return { n: a.n * 10n ** BigInt(a.e - e) + b.n * 10n ** BigInt(b.e - e), e };
}

/** `a × b`, exactly. @internal */
export function _mul(a: _Decimal, b: _Decimal): _Decimal {
  return { n: a.n * b.n, e: a.e + b.e };
}

/** `-a`. @internal */
export function _neg(a: _Decimal): _Decimal {
  return { n: -a.n, e: a.e };
}

/**
 * The nearest double to the exact quotient `num / den` (`den` > 0; 1 by
 * default), ±Infinity beyond the finite range, (±)0 below the smallest double.
 *
 * @internal
 */
export function _nearest(num: _Decimal, den: _Decimal = _ONE): number {
  // 800 significant digits or more (as many more as the divisor has), and a
  // last digit 1 for any remainder: every midpoint between two doubles has
  // fewer digits (≤ 767), so parsing the text rounds as the exact quotient
  // would (to nearest, once). BigInt division truncates toward zero, so the
  // digits of a negative quotient are those of its magnitude, and the sticky
  // 1 works on either sign.
  const shift = 800 + String(den.n).length;
  const n = num.n * 10n ** BigInt(shift);
  const sticky = n % den.n ? "1" : "";
  return Number(`${n / den.n}${sticky}e${num.e - den.e - shift - sticky.length}`);
}

/**
 * `num / den` rounded outward: down (`mode` −1: the largest double whose
 * reading is ≤ it) or up (1); `exact` says whether the double reads exactly
 * as the quotient; −0 is read as 0. A non-zero quotient below the smallest
 * double is 0 down and `Number.MIN_VALUE` up (never an exact zero). Beyond
 * the finite range, the `ERR_OUT_OF_RANGE` error naming `argument`, with
 * `received` and `expected` (never ±Infinity).
 *
 * @internal
 */
export function _roundOutward(
  num: _Decimal,
  den: _Decimal,
  mode: -1 | 1,
  argument: string,
  received: unknown,
  expected: string,
): { value: number; exact: boolean } {
  let value = _nearest(num, den);
  let side = 0;
  if (Number.isFinite(value)) {
    // the sign of value − num/den, from value × den − num
    const d = _add(_mul(_toDecimal(value), den), _neg(num)).n;
    side = d > 0n ? 1 : d < 0n ? -1 : 0;
    if (side !== 0 && side !== mode) {
      // one step to the next double on the side asked for, by its bits
      const f = new Float64Array([value]);
      const bits = new BigInt64Array(f.buffer);
      if (value === 0) f[0] = mode * Number.MIN_VALUE;
      else bits[0] = (bits[0] as bigint) + (value > 0 === mode > 0 ? 1n : -1n);
      value = f[0] as number;
      side = mode;
    }
  }
  if (!Number.isFinite(value)) {
    throw new ArgumentRangeError("ERR_OUT_OF_RANGE", argument, received, expected);
  }
  return { value: value || 0, exact: side === 0 };
}

/**
 * The nearest double to `num / den`, or the error naming `argument` when
 * it is beyond the finite range (never ±Infinity) or a non-zero result
 * underflows to 0 (never an exact zero for a number that is not 0).
 *
 * @internal
 */
export function _result(
  argument: string,
  received: unknown,
  num: _Decimal,
  den: _Decimal = _ONE,
): number {
  const value = _nearest(num, den);
  if (!Number.isFinite(value) || (value === 0 && num.n !== 0n)) {
    throw new ArgumentRangeError(
      "ERR_OUT_OF_RANGE",
      argument,
      received,
      `a result ${value ? "within ±1.8e308" : "not below 5e-324 (never 0 unless it is)"}`,
    );
  }
  // −0 read as 0
  return value || 0;
}

/**
 * `value × 10^shift` rounded to `decimals` digits after the point, half away
 * from zero, on its decimal digits: its digits (at least `decimals` + 1),
 * and whether it is below 0 (never for a value that rounds to 0).
 *
 * @internal
 */
export function _roundDecimal(
  value: number,
  decimals: number,
  shift = 0,
): { negative: boolean; digits: string } {
  const d = _toDecimal(value);
  const move = d.e + shift + decimals;
  let n = d.n < 0n ? -d.n : d.n;
  if (move >= 0) {
    n *= 10n ** BigInt(move);
  } else {
    const unit = 10n ** BigInt(-move);
    n = n / unit + ((n % unit) * 2n >= unit ? 1n : 0n);
  }
  return { negative: d.n < 0n && n > 0n, digits: String(n).padStart(decimals + 1, "0") };
}
