import { _comparator, _decimals, _fields, _number, _scale } from "../_lib/_check.js";
import { _add, _neg, _ONE, _roundOutward, _toDecimal } from "../_lib/_decimal.js";
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
  /** The multiplier word's value: 1, 10^3, 10^6 or 10^9 (as {@link formatValue} accepts). */
  readonly scale: number;
}

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
 * The ends are computed exactly on the value's decimal digits, for every
 * magnitude (10^16 đồng printed to the unit gives
 * [9999999999999999.5, 10000000000000000.5), not an empty interval) and
 * every precision from 0 to 15 decimals. Where an exact end has no double,
 * it is rounded outward (the lower end down, the upper end up) and made
 * open: the interval returned then holds every value the figure allows, and
 * a few more no wider than one unit in the last place. It is never empty.
 *
 * @param observation - A published figure (any observation, or the same fields).
 * @returns The interval, with `upper: null` where there is no upper bound.
 * @throws {@link ArgumentTypeError} for a missing or non-numeric field (or
 *   one whose reading throws), and {@link ArgumentRangeError} for a
 *   non-finite value, decimals other than an integer from 0 to 15, a scale
 *   other than 1, 10^3, 10^6 or 10^9, an unknown comparator, or (`ERR_OUT_OF_RANGE`)
 *   an end beyond the finite range (a value within half a printed unit of
 *   ±1.8e308).
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
  const o = _fields("observation", observation, "an observation", [
    "value",
    "comparator",
    "decimals",
    "scale",
  ]);
  const value = _number("observation.value", o.value) || 0;
  const decimals = _decimals("observation.decimals", o.decimals);
  const scale = _scale("observation.scale", o.scale);
  const comparator = _comparator("observation.comparator", o.comparator);
  if (comparator === "gt" || comparator === "gte") {
    return {
      lower: value,
      lowerInclusive: comparator === "gte",
      upper: null,
      upperInclusive: false,
      approximate: false,
    };
  }
  // half a unit of the last printed digit: 5 × 10^(log10(scale) − decimals − 1),
  // added on the decimal digits, then rounded outward where no double is exact
  const half = { n: 5n, e: String(scale).length - 2 - decimals };
  const end = (h: typeof half, mode: -1 | 1) =>
    _roundOutward(
      _add(_toDecimal(value), h),
      _ONE,
      mode,
      "observation.value",
      value,
      "a value within ±1.8e308 by half a printed unit",
    );
  const lower = end(_neg(half), -1);
  const upper = end(half, 1);
  // nearly: below the printed value (open), and at least down to half a unit below it
  return {
    lower: lower.value,
    lowerInclusive: lower.exact,
    upper: comparator === "nearly" ? value : upper.value,
    upperInclusive: comparator === "approx" && upper.exact,
    approximate: comparator !== "eq",
  };
}
