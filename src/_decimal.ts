/**
 * A finite number as decimal digits: `value = (negative ? -1 : 1) × digits × 10^exponent`,
 * read from its shortest round-trip text (`String(0.1)` is `"0.1"`), so
 * that decimal arithmetic on it gives what a person reading the figure expects.
 *
 * @internal
 */
export interface _Decimal {
  readonly negative: boolean;
  /** Digits without leading zeros (`"0"` for zero). */
  readonly digits: string;
  readonly exponent: number;
}

/** @internal */
export function _toDecimal(value: number): _Decimal {
  const negative = value < 0;
  const text = String(Math.abs(value));
  const [mantissa = "0", exp = "0"] = text.split("e");
  const [int = "0", frac = ""] = mantissa.split(".");
  const digits = `${int}${frac}`.replace(/^0+(?=\d)/u, "");
  return {
    negative: negative && /[1-9]/u.test(digits),
    digits,
    exponent: Number(exp) - frac.length,
  };
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
  const exponent = d.exponent + shift;
  // digits scaled to 10^-decimals, as a string integer
  let scaled: string;
  const move = exponent + decimals;
  if (move >= 0) {
    scaled = d.digits + "0".repeat(move);
  } else {
    const keep = d.digits.length + move;
    const head = keep > 0 ? d.digits.slice(0, keep) : "0";
    const next = keep >= 0 ? (d.digits[keep] ?? "0") : "0";
    scaled = next >= "5" ? _increment(head) : head;
  }
  scaled = scaled.replace(/^0+(?=\d)/u, "");
  const padded = scaled.padStart(decimals + 1, "0");
  const integer = padded.slice(0, padded.length - decimals);
  const fraction = padded.slice(padded.length - decimals);
  const negative = d.negative && /[1-9]/u.test(padded);
  return { negative, integer, fraction };
}

function _increment(digits: string): string {
  const chars = digits.split("");
  for (let i = chars.length - 1; i >= 0; i--) {
    if (chars[i] === "9") {
      chars[i] = "0";
    } else {
      chars[i] = String(Number(chars[i]) + 1);
      return chars.join("");
    }
  }
  return `1${chars.join("")}`;
}

/** Groups integer digits by three with `separator`. @internal */
export function _group(integer: string, separator: string): string {
  return integer.replace(/\B(?=(\d{3})+(?!\d))/gu, separator);
}

/**
 * `a + b` computed on decimal digits where both fit (`74.72 − 4.36` is
 * `70.36`, not `70.35999999999999`); falls back to floating point otherwise.
 *
 * @internal
 */
export function _decimalSum(a: number, b: number): number {
  const da = _toDecimal(a);
  const db = _toDecimal(b);
  const exponent = Math.min(da.exponent, db.exponent);
  const ia = Number(da.digits) * 10 ** (da.exponent - exponent) * (da.negative ? -1 : 1);
  const ib = Number(db.digits) * 10 ** (db.exponent - exponent) * (db.negative ? -1 : 1);
  if (exponent < 0 && exponent >= -20 && Number.isSafeInteger(ia) && Number.isSafeInteger(ib)) {
    const sum = ia + ib;
    if (Number.isSafeInteger(sum)) return Number(`${sum}e${exponent}`);
  }
  return a + b;
}

/**
 * `a × b` computed exactly on the decimal digits of both (`12.945 × 0.01`
 * is `0.12945`), then read back as the nearest double.
 *
 * @internal
 */
export function _decimalProduct(a: number, b: number): number {
  const da = _toDecimal(a);
  const db = _toDecimal(b);
  const digits = BigInt(da.digits) * BigInt(db.digits);
  const sign = da.negative !== db.negative && digits !== 0n ? "-" : "";
  return Number(`${sign}${digits}e${da.exponent + db.exponent}`);
}
