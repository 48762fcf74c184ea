import { _fields } from "../_lib/_check.js";
import { _mul, _ONE, _roundOutward, _toDecimal } from "../_lib/_decimal.js";
import { ArgumentRangeError, ArgumentTypeError } from "../errors.js";
import type { Interval } from "../model/interval.js";

/**
 * An interval checked field by field, or a number read as the one-point
 * interval [n, n]. With `nonNegative`, a lower bound below 0 is refused.
 *
 * @internal
 */
export function _readInterval(argument: string, value: unknown, nonNegative: boolean): Interval {
  if (typeof value === "number") {
    if (Number.isNaN(value)) {
      throw new ArgumentTypeError("ERR_INVALID_TYPE", argument, value, "an Interval or a number");
    }
    if (!Number.isFinite(value) || (nonNegative && value < 0)) {
      throw new ArgumentRangeError(
        "ERR_OUT_OF_RANGE",
        argument,
        value,
        nonNegative ? "a finite number ≥ 0" : "a finite number",
      );
    }
    const v = value === 0 ? 0 : value;
    return { lower: v, lowerInclusive: true, upper: v, upperInclusive: true, approximate: false };
  }
  const { lower, upper, lowerInclusive, upperInclusive, approximate } = _fields(
    argument,
    value,
    "an Interval or a number",
    ["lower", "upper", "lowerInclusive", "upperInclusive", "approximate"],
  );
  if (typeof lower !== "number" || Number.isNaN(lower)) {
    throw new ArgumentTypeError("ERR_INVALID_TYPE", `${argument}.lower`, lower, "a number");
  }
  if (upper !== null && (typeof upper !== "number" || Number.isNaN(upper))) {
    throw new ArgumentTypeError("ERR_INVALID_TYPE", `${argument}.upper`, upper, "a number or null");
  }
  for (const [name, flag] of [
    ["lowerInclusive", lowerInclusive],
    ["upperInclusive", upperInclusive],
    ["approximate", approximate],
  ] as const) {
    if (typeof flag !== "boolean") {
      throw new ArgumentTypeError("ERR_INVALID_TYPE", `${argument}.${name}`, flag, "a boolean");
    }
  }
  if (!Number.isFinite(lower) || (nonNegative && lower < 0)) {
    throw new ArgumentRangeError(
      "ERR_OUT_OF_RANGE",
      `${argument}.lower`,
      lower,
      nonNegative
        ? "a finite number ≥ 0 (interval arithmetic here is on non-negative figures)"
        : "a finite number",
    );
  }
  if (upper !== null) {
    if (!Number.isFinite(upper) || upper < lower) {
      throw new ArgumentRangeError(
        "ERR_OUT_OF_RANGE",
        `${argument}.upper`,
        upper,
        `null or a finite number ≥ lower (${lower})`,
      );
    }
    if (upper === lower && !(lowerInclusive && upperInclusive)) {
      throw new ArgumentRangeError(
        "ERR_OUT_OF_RANGE",
        argument,
        value,
        "a non-empty interval (lower = upper needs both ends inclusive)",
      );
    }
  }
  return {
    lower: lower === 0 ? 0 : lower,
    lowerInclusive: lowerInclusive as boolean,
    upper: upper === null ? null : (upper as number) === 0 ? 0 : (upper as number),
    upperInclusive: upper === null ? false : (upperInclusive as boolean),
    approximate: approximate as boolean,
  };
}

/**
 * A bound computed exactly (`a × b` or `a / b` of two bounds, on their
 * decimal digits) and rounded outward: `mode` −1 for a lower bound (down),
 * 1 for an upper bound (up). Inexact means the double is just outside the
 * exact bound, so the end is then open. A bound beyond the finite range is
 * the error; one that underflows is 0 (down, open) or the smallest
 * positive double (up, open), never an exact zero.
 *
 * @internal
 */
export function _bound(
  x: number,
  y: number,
  divide: boolean,
  mode: -1 | 1,
  a: unknown,
  b: unknown,
): { value: number; exact: boolean } {
  const p = _toDecimal(x);
  const q = _toDecimal(y);
  return _roundOutward(divide ? p : _mul(p, q), divide ? q : _ONE, mode, {
    argument: "a",
    received: [a, b],
    expected: "intervals whose result's bounds are finite (the computation overflowed ±1.8e308)",
  });
}

/** Whether an interval is the single point 0. @internal */
export function _isZero(i: Interval): boolean {
  return i.lower === 0 && i.upper === 0;
}
