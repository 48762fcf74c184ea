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
  if (typeof value !== "object" || value === null) {
    throw new ArgumentTypeError("ERR_INVALID_TYPE", argument, value, "an Interval or a number");
  }
  const o = value as Record<string, unknown>;
  const { lower, upper, lowerInclusive, upperInclusive, approximate } = o;
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

/** Checks a computed bound is finite. @internal */
export function _finiteResult(what: string, bound: number, a: unknown, b: unknown): number {
  if (!Number.isFinite(bound)) {
    throw new ArgumentRangeError(
      "ERR_OUT_OF_RANGE",
      what,
      [a, b],
      "intervals whose result's bounds are finite (the computation overflowed)",
    );
  }
  return bound;
}

/** Whether an interval is the single point 0. @internal */
export function _isZero(i: Interval): boolean {
  return i.lower === 0 && i.upper === 0;
}

/**
 * The interval [lower, upper] with the given inclusivity; where rounding to
 * doubles made the two ends meet (`upper <= lower`), the non-empty point
 * interval [lower, lower] instead. Shared by `product` and `ratio`.
 *
 * @internal
 */
export function _closedResult(
  lower: number,
  lowerInclusive: boolean,
  upper: number,
  upperInclusive: boolean,
  approximate: boolean,
): Interval {
  if (upper <= lower) {
    return { lower, lowerInclusive: true, upper: lower, upperInclusive: true, approximate };
  }
  return { lower, lowerInclusive, upper, upperInclusive, approximate };
}
