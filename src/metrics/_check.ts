import { ArgumentRangeError, ArgumentTypeError } from "../errors.js";
import type { Comparator } from "../model/observation.js";

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

const COMPARATORS: readonly string[] = ["eq", "approx", "gt", "gte"];

/** One of the published comparators. @internal */
export function _comparator(argument: string, value: unknown): Comparator {
  if (typeof value !== "string" || !COMPARATORS.includes(value)) {
    throw new ArgumentRangeError(
      "ERR_OUT_OF_RANGE",
      argument,
      value,
      'one of "eq", "approx", "gt", "gte"',
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
