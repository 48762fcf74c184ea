import { ArgumentRangeError, ArgumentTypeError } from "../errors.js";
import type { Interval } from "../model/interval.js";
import type { Comparator } from "../model/observation.js";

/**
 * The part of an observation that {@link bounds} reads.
 *
 * @category Helpers
 */
export interface BoundsInput {
  /** The value in units (`111000000`). */
  readonly value: number;
  /** The printed qualifier. */
  readonly comparator: Comparator;
  /** Digits printed after the decimal mark. */
  readonly decimals: number;
  /** The multiplier word's value (1, 10^3, 10^6, 10^9). */
  readonly scale: number;
}

const COMPARATORS: readonly string[] = ["eq", "approx", "gt", "gte", "nearly"];

/**
 * The interval of true values that a published figure allows, from its
 * comparator and its printed decimals:
 *
 * - `eq` (`74,72%`): the rounding interval, half a unit of the last printed
 *   digit either side: [74.715, 74.725);
 * - `approx` (`khoảng 12,95%`): at least the rounding interval
 *   [12.945, 12.955], marked `approximate`;
 * - `gt` (`hơn 111 triệu`): (111 000 000, no upper bound);
 * - `gte` (`tối thiểu 860 triệu`): [860 000 000, no upper bound);
 * - `nearly` (`gần 48 triệu`, "nearly 48 million"): below the value, by an
 *   amount the source does not state: at least [47 500 000, 48 000 000),
 *   marked `approximate`.
 *
 * The last printed digit is scaled by the multiplier word: `hơn 1,276 tỷ`
 * prints to the million.
 *
 * @param observation - A published figure (any observation, or the same fields).
 * @returns The interval, with `upper: null` where there is no upper bound.
 * @throws {@link ArgumentTypeError} for a missing or non-numeric field, and
 *   {@link ArgumentRangeError} for a non-finite value, negative or
 *   non-integer decimals, a non-positive scale or an unknown comparator.
 *
 * @example
 * ```ts
 * bounds(getObservation("fully-online-services-share"))
 * //=> { lower: 74.715, lowerInclusive: true, upper: 74.725, upperInclusive: false, approximate: false }
 * bounds(getObservation("ndxp-transactions-2023-q1"))
 * //=> { lower: 111000000, lowerInclusive: false, upper: null, upperInclusive: false, approximate: false }
 * ```
 * @category Helpers
 */
export function bounds(observation: BoundsInput): Interval {
  if (typeof observation !== "object" || observation === null) {
    throw new ArgumentTypeError("ERR_INVALID_TYPE", "observation", observation, "an observation");
  }
  const { value, comparator, decimals, scale } = observation;
  for (const [name, v] of [
    ["value", value],
    ["decimals", decimals],
    ["scale", scale],
  ] as const) {
    if (typeof v !== "number" || Number.isNaN(v)) {
      throw new ArgumentTypeError("ERR_INVALID_TYPE", `observation.${name}`, v, "a number");
    }
  }
  if (!Number.isFinite(value)) {
    throw new ArgumentRangeError("ERR_OUT_OF_RANGE", "observation.value", value, "a finite number");
  }
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 15) {
    throw new ArgumentRangeError(
      "ERR_OUT_OF_RANGE",
      "observation.decimals",
      decimals,
      "an integer from 0 to 15",
    );
  }
  if (!Number.isFinite(scale) || scale <= 0) {
    throw new ArgumentRangeError(
      "ERR_OUT_OF_RANGE",
      "observation.scale",
      scale,
      "a positive number",
    );
  }
  if (typeof comparator !== "string" || !COMPARATORS.includes(comparator)) {
    throw new ArgumentRangeError(
      "ERR_OUT_OF_RANGE",
      "observation.comparator",
      comparator,
      'one of "eq", "approx", "gt", "gte", "nearly"',
    );
  }
  if (comparator === "gt" || comparator === "gte") {
    return {
      lower: value,
      lowerInclusive: comparator === "gte",
      upper: null,
      upperInclusive: false,
      approximate: false,
    };
  }
  // half a unit of the last printed digit, computed from decimal text so that
  // 74.72 − 0.005 gives 74.715 and not 74.71499999999999
  const exponent = Math.round(Math.log10(scale)) - decimals;
  const lower = _shift(value, exponent, -5);
  if (comparator === "nearly") {
    return { lower, lowerInclusive: true, upper: value, upperInclusive: false, approximate: true };
  }
  const upper = _shift(value, exponent, 5);
  return {
    lower,
    lowerInclusive: true,
    upper,
    upperInclusive: comparator === "approx",
    approximate: comparator === "approx",
  };
}

/**
 * `value + sign5 × 10^(exponent − 1)`, computed in decimal: the value's
 * shortest decimal text, shifted, then read back as the nearest double.
 *
 * @internal
 */
function _shift(value: number, exponent: number, sign5: 5 | -5): number {
  const unit = 10 ** Math.max(0, -(exponent - 1));
  const scaledValue = Math.round(value * unit);
  const scaledHalf = sign5 * 10 ** (exponent - 1) * unit;
  if (Number.isSafeInteger(scaledValue) && Number.isSafeInteger(Math.round(scaledHalf))) {
    return (scaledValue + Math.round(scaledHalf)) / unit;
  }
  return value + sign5 * 10 ** (exponent - 1);
}
