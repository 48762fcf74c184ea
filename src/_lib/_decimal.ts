import { ArgumentRangeError } from "../errors.js";

/**
 * An exact decimal number `n × 10^e`, on a native `BigInt` (no library: the
 * arithmetic below is a few lines, and costs a bundle nothing else). A
 * double enters as its shortest round-trip text (`String(0.1)` is `"0.1"`),
 * so that arithmetic on it gives what a person reading the figure expects:
 * `74.72 − 70.36` is exactly `4.36`, `1e16 − 0.5` exactly `9999999999999999.5`.
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
  const [mantissa = "0", exp = "0"] = String(value).split("e");
  const [int = "0", frac = ""] = mantissa.split(".");
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

/** The sign of `x − num/den` (den > 0): −1, 0 or 1. @internal */
function _compare(x: _Decimal, num: _Decimal, den: _Decimal): number {
  const d = _add(_mul(x, den), _neg(num)).n;
  return d > 0n ? 1 : d < 0n ? -1 : 0;
}

/** The next double above (`up`) or below `x` (finite). @internal */
function _next(x: number, up: boolean): number {
  if (x === 0) return up ? Number.MIN_VALUE : -Number.MIN_VALUE;
  const f = new Float64Array([x]);
  const bits = new BigInt64Array(f.buffer);
  bits[0] = (bits[0] as bigint) + (x > 0 === up ? 1n : -1n);
  return f[0] as number;
}

/**
 * The nearest double to the exact quotient `num / den` (`den` > 0; 1 by
 * default), ±Infinity beyond the finite range, 0 below the smallest double.
 *
 * @internal
 */
export function _nearest(num: _Decimal, den: _Decimal = _ONE): number {
  let n = num.n < 0n ? -num.n : num.n;
  let e = num.e - den.e;
  let sticky = "";
  if (den.n !== 1n) {
    // 800 significant digits, and a last digit 1 for any remainder: every
    // midpoint between two doubles has fewer digits (≤ 767), so parsing the
    // text rounds as the exact quotient would (to nearest, once)
    const shift = Math.max(0, 800 - String(n).length + String(den.n).length);
    n *= 10n ** BigInt(shift);
    e -= shift;
    if (n % den.n !== 0n) {
      sticky = "1";
      e -= 1;
    }
    n /= den.n;
  }
  return Number(`${num.n < 0n ? "-" : ""}${n}${sticky}e${e}`);
}

/**
 * The double for `num / den` rounded down (`mode` −1: the largest double
 * whose reading is ≤ it) or up (1); `exact` says whether it reads exactly
 * as the quotient. Beyond the finite range it is ±Infinity (the caller
 * refuses it); a non-zero quotient below the smallest double is 0 down and
 * `Number.MIN_VALUE` up.
 *
 * @internal
 */
export function _round(
  num: _Decimal,
  den: _Decimal,
  mode: -1 | 1,
): { value: number; exact: boolean } {
  let value = _nearest(num, den);
  if (!Number.isFinite(value)) return { value, exact: false };
  let c = _compare(_toDecimal(value), num, den);
  if (c !== 0 && c !== mode) {
    value = _next(value, mode > 0);
    c = mode;
  }
  return { value, exact: c === 0 };
}

/**
 * `num / den` rounded outward as {@link _round} does (`mode` −1 down, 1 up),
 * −0 read as 0; beyond the finite range, the `ERR_OUT_OF_RANGE` error with
 * the caller's `argument`, `received` and `expected` (never ±Infinity).
 *
 * @internal
 */
export function _roundOutward(
  num: _Decimal,
  den: _Decimal,
  mode: -1 | 1,
  refused: { readonly argument: string; readonly received: unknown; readonly expected: string },
): { value: number; exact: boolean } {
  const r = _round(num, den, mode);
  if (!Number.isFinite(r.value)) {
    throw new ArgumentRangeError(
      "ERR_OUT_OF_RANGE",
      refused.argument,
      refused.received,
      refused.expected,
    );
  }
  return { value: r.value === 0 ? 0 : r.value, exact: r.exact };
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
  if (!Number.isFinite(value)) {
    throw new ArgumentRangeError(
      "ERR_OUT_OF_RANGE",
      argument,
      received,
      "a value whose result is within ±1.8e308",
    );
  }
  if (value === 0 && num.n !== 0n) {
    throw new ArgumentRangeError(
      "ERR_OUT_OF_RANGE",
      argument,
      received,
      "a value whose result is not below 5e-324 (a non-zero result is never 0)",
    );
  }
  return value === 0 ? 0 : value;
}

/**
 * Rounds `value × 10^shift` to `decimals` digits after the point, half away
 * from zero, on its decimal digits. Returns the integer and fraction digits.
 *
 * @internal
 */
export function _roundDecimal(
  value: number,
  decimals: number,
  shift = 0,
): { negative: boolean; integer: string; fraction: string } {
  const d = _toDecimal(value);
  const move = d.e + shift + decimals;
  let n = d.n < 0n ? -d.n : d.n;
  if (move >= 0) {
    n *= 10n ** BigInt(move);
  } else {
    const unit = 10n ** BigInt(-move);
    n = (n % unit) * 2n >= unit ? n / unit + 1n : n / unit;
  }
  const padded = String(n).padStart(decimals + 1, "0");
  return {
    negative: d.n < 0n && n !== 0n,
    integer: padded.slice(0, padded.length - decimals),
    fraction: padded.slice(padded.length - decimals),
  };
}

/** Groups integer digits by three with `separator`. @internal */
export function _group(integer: string, separator: string): string {
  return integer.replace(/\B(?=(\d{3})+(?!\d))/gu, separator);
}
