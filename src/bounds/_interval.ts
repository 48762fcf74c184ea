import { _fields, _invalid, _number } from "../_lib/_check.js";
import { _mul, _ONE, _roundOutward, _toDecimal } from "../_lib/_decimal.js";
import type { Interval } from "../model/interval.js";

/**
 * An interval checked field by field, or a number read as the one-point
 * interval [n, n]. With `nonNegative`, a lower bound below 0 is refused.
 *
 * @internal
 */
export function _readInterval(argument: string, value: unknown, nonNegative: boolean): Interval {
  const bound = nonNegative ? "≥ 0" : "";
  if (typeof value === "number") {
    const v = _number(argument, value, bound);
    return { lower: v, lowerInclusive: true, upper: v, upperInclusive: true, approximate: false };
  }
  const o = _fields(argument, value, "an Interval or a number", [
    "lower",
    "upper",
    "lowerInclusive",
    "upperInclusive",
    "approximate",
  ]);
  const lower = _number(`${argument}.lower`, o.lower, bound);
  const upper = o.upper === null ? null : _number(`${argument}.upper`, o.upper);
  for (const name of ["lowerInclusive", "upperInclusive", "approximate"] as const) {
    if (typeof o[name] !== "boolean")
      throw _invalid(true, `${argument}.${name}`, o[name], "a boolean");
  }
  if (upper !== null && upper < lower) {
    throw _invalid(false, `${argument}.upper`, upper, `null or a number ≥ lower (${lower})`);
  }
  if (upper === lower && !(o.lowerInclusive && o.upperInclusive)) {
    throw _invalid(
      false,
      argument,
      value,
      "a non-empty interval (lower = upper: both ends inclusive)",
    );
  }
  return {
    lower,
    lowerInclusive: o.lowerInclusive as boolean,
    upper,
    upperInclusive: upper !== null && (o.upperInclusive as boolean),
    approximate: o.approximate as boolean,
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
  return _roundOutward(
    divide ? p : _mul(p, q),
    divide ? q : _ONE,
    mode,
    "a",
    [a, b],
    "intervals whose result is within ±1.8e308",
  );
}

/** Whether an interval is the single point 0. @internal */
export function _isZero(i: Interval): boolean {
  return i.lower === 0 && i.upper === 0;
}
