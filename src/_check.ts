import { ArgumentRangeError, ArgumentTypeError } from "./errors.js";
import type { Locale } from "./model/common.js";
import type { Comparator } from "./model/observation.js";

/** A number that is not NaN and finite, or the error naming `argument`. @internal */
export function _finite(argument: string, value: unknown): number {
  if (typeof value !== "number" || Number.isNaN(value)) {
    throw new ArgumentTypeError("ERR_INVALID_TYPE", argument, value, "a number");
  }
  if (!Number.isFinite(value)) {
    throw new ArgumentRangeError("ERR_OUT_OF_RANGE", argument, value, "a finite number");
  }
  return value;
}

/** A finite number ≥ 0. @internal */
export function _nonNegative(argument: string, value: unknown): number {
  const v = _finite(argument, value);
  if (v < 0) throw new ArgumentRangeError("ERR_OUT_OF_RANGE", argument, value, "a number ≥ 0");
  return v === 0 ? 0 : v;
}

/** A finite number > 0. @internal */
export function _positive(argument: string, value: unknown): number {
  const v = _finite(argument, value);
  if (v <= 0) throw new ArgumentRangeError("ERR_OUT_OF_RANGE", argument, value, "a number > 0");
  return v;
}

/** A non-null object (not an array). @internal */
export function _object(
  argument: string,
  value: unknown,
  expected: string,
): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new ArgumentTypeError("ERR_INVALID_TYPE", argument, value, expected);
  }
  return value as Record<string, unknown>;
}

const COMPARATORS: readonly string[] = ["eq", "approx", "gt", "gte", "nearly"];

/** One of the published comparators. @internal */
export function _comparator(argument: string, value: unknown): Comparator {
  if (typeof value !== "string" || !COMPARATORS.includes(value)) {
    throw new ArgumentRangeError(
      "ERR_OUT_OF_RANGE",
      argument,
      value,
      'one of "eq", "approx", "gt", "gte", "nearly"',
    );
  }
  return value as Comparator;
}

/** One of `allowed` (strings), or the error listing them. @internal */
export function _oneOf<T extends string>(
  argument: string,
  value: unknown,
  allowed: readonly T[],
  code: "ERR_OUT_OF_RANGE" | "ERR_MISSING_OPTION" = "ERR_OUT_OF_RANGE",
): T {
  if (typeof value !== "string" || !(allowed as readonly string[]).includes(value)) {
    const list = allowed.map((a) => JSON.stringify(a)).join(", ");
    if (value === undefined && code === "ERR_MISSING_OPTION") {
      throw new ArgumentTypeError(code, argument, value, `one of ${list}`);
    }
    throw new ArgumentRangeError("ERR_OUT_OF_RANGE", argument, value, `one of ${list}`);
  }
  return value as T;
}

/** The locale, or the error naming `argument`. @internal */
export function _locale(argument: string, value: unknown): Locale {
  if (value === "vi" || value === "en") return value;
  if (typeof value !== "string") {
    throw new ArgumentTypeError("ERR_INVALID_TYPE", argument, value, '"vi" or "en"');
  }
  throw new ArgumentRangeError("ERR_OUT_OF_RANGE", argument, value, '"vi" or "en"');
}

/** Decimals from 0 to 15, or the error naming `argument`. @internal */
export function _decimals(argument: string, value: unknown): number {
  if (typeof value !== "number" || Number.isNaN(value)) {
    throw new ArgumentTypeError("ERR_INVALID_TYPE", argument, value, "an integer from 0 to 15");
  }
  if (!Number.isInteger(value) || value < 0 || value > 15) {
    throw new ArgumentRangeError("ERR_OUT_OF_RANGE", argument, value, "an integer from 0 to 15");
  }
  return value;
}

/** A scale of 1, 10^6 or 10^9, or the error naming `argument`. @internal */
export function _scale(argument: string, value: unknown): 1 | 1_000 | 1_000_000 | 1_000_000_000 {
  if (value === 1 || value === 1_000 || value === 1_000_000 || value === 1_000_000_000) {
    return value;
  }
  const expected = "1, 1000, 1000000 or 1000000000";
  if (typeof value !== "number" || Number.isNaN(value)) {
    throw new ArgumentTypeError("ERR_INVALID_TYPE", argument, value, expected);
  }
  throw new ArgumentRangeError("ERR_OUT_OF_RANGE", argument, value, expected);
}
