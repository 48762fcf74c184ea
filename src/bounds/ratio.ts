import { ArgumentRangeError } from "../errors.js";
import type { Interval } from "../model/interval.js";
import { _bound, _isZero, _readInterval } from "./_interval.js";

/**
 * The interval of all quotients `x / y` with `x` in `a` and `y` in `b`: what
 * two published figures allow for their ratio. Both must be non-negative and
 * `b` must exclude 0 (its lower bound above 0, or 0 excluded). A number
 * stands for the exact point [n, n]. An unbounded `a`, or a `b` reaching
 * down to 0, gives an unbounded result; an unbounded `b` gives a lower
 * bound of 0 (excluded unless `a` is 0). `approximate` is carried over.
 * Bounds are divided exactly on their decimal digits and rounded outward
 * (lower down, upper up), an end made open where the quotient has no
 * double, so the result holds every quotient and is never empty; a quotient
 * too small for a double is never reported as 0 (its upper end is then the
 * smallest positive double, excluded).
 *
 * @param a - The numerator: an interval (from {@link bounds}) or an exact number, ≥ 0.
 * @param b - The denominator: an interval or an exact number, excluding 0.
 * @returns The quotient interval.
 * @throws {@link ArgumentTypeError} (`ERR_INVALID_TYPE`) for a malformed interval or NaN.
 * @throws {@link ArgumentRangeError} (`ERR_OUT_OF_RANGE`) for a negative
 *   lower bound, a `b` that includes 0, a malformed or empty interval, or a
 *   quotient beyond the finite range (±1.8e308).
 *
 * @example
 * ```ts
 * // 334.896 members / 71.836 teams (FIGURES.md: 4.66 members a team)
 * ratio(bounds(getObservation("community-tech-team-members")), bounds(getObservation("community-tech-teams")))
 * //=> { lower: 4.661912815908347, lowerInclusive: false, upper: 4.661991633663022, upperInclusive: false, approximate: false }
 * ```
 * @category Helpers
 */
export function ratio(a: Interval | number, b: Interval | number): Interval {
  const x = _readInterval("a", a, true);
  const y = _readInterval("b", b, true);
  if (y.lower === 0 && (y.lowerInclusive || y.upper === 0)) {
    throw new ArgumentRangeError(
      "ERR_OUT_OF_RANGE",
      "b",
      b,
      "a denominator that excludes 0 (lower bound above 0, or 0 excluded)",
    );
  }
  const approximate = x.approximate || y.approximate;
  if (_isZero(x)) {
    return { lower: 0, lowerInclusive: true, upper: 0, upperInclusive: true, approximate };
  }
  const lower =
    y.upper === null ? { value: 0, exact: false } : _bound(x.lower, y.upper, true, -1, a, b);
  const lowerInclusive =
    y.upper === null
      ? x.lower === 0 && x.lowerInclusive
      : x.lowerInclusive && y.upperInclusive && lower.exact;
  if (x.upper === null || y.lower === 0) {
    return { lower: lower.value, lowerInclusive, upper: null, upperInclusive: false, approximate };
  }
  const upper = _bound(x.upper, y.lower, true, 1, a, b);
  return {
    lower: lower.value,
    lowerInclusive,
    upper: upper.value,
    upperInclusive: x.upperInclusive && y.lowerInclusive && upper.exact,
    approximate,
  };
}
