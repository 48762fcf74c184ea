import type { Interval } from "../model/interval.js";
import { _bound, _isZero, _readInterval } from "./_interval.js";

/**
 * The interval of all products `x × y` with `x` in `a` and `y` in `b`: what
 * two published figures allow for their product, with each end open or
 * closed as the inputs' are. Both must be non-negative (every published
 * figure is). A number stands for the exact point [n, n]. Bounds are
 * multiplied exactly on their decimal digits, so `12.945 × 0.01 × 860 000 000` is
 * exactly `111 327 000`; where an exact bound has no double, it is rounded
 * outward (lower down, upper up) and that end made open, so the result holds
 * every product and is never empty. A product too small for a double is not
 * reported as 0: its lower end is 0 excluded and its upper end the smallest
 * positive double, excluded. An unbounded
 * input (`upper: null`) gives an unbounded result; `approximate` is
 * carried over from either input.
 *
 * @param a - An interval (from {@link bounds}) or an exact number, ≥ 0.
 * @param b - An interval or an exact number, ≥ 0.
 * @returns The product interval.
 * @throws {@link ArgumentTypeError} (`ERR_INVALID_TYPE`) for a malformed interval or NaN.
 * @throws {@link ArgumentRangeError} (`ERR_OUT_OF_RANGE`) for a negative
 *   lower bound, an upper bound below the lower, an empty interval, a
 *   non-finite bound or a product beyond the finite range (±1.8e308).
 *
 * @example
 * ```ts
 * // khoảng 12,95% of 860 million (FIGURES.md): [111.327, 111.413] million, approximate
 * product(product(bounds(getObservation("ndxp-transactions-2023-q1-share-of-target")), 0.01), 860_000_000)
 * //=> { lower: 111327000, lowerInclusive: true, upper: 111413000, upperInclusive: true, approximate: true }
 * ```
 * @category Helpers
 */
export function product(a: Interval | number, b: Interval | number): Interval {
  const x = _readInterval("a", a, true);
  const y = _readInterval("b", b, true);
  const approximate = x.approximate || y.approximate;
  if (_isZero(x) || _isZero(y)) {
    return { lower: 0, lowerInclusive: true, upper: 0, upperInclusive: true, approximate };
  }
  const lower = _bound(x.lower, y.lower, false, -1, a, b);
  const lowerInclusive =
    (x.lowerInclusive && y.lowerInclusive && lower.exact) ||
    (x.lower === 0 && x.lowerInclusive) ||
    (y.lower === 0 && y.lowerInclusive);
  if (x.upper === null || y.upper === null) {
    return { lower: lower.value, lowerInclusive, upper: null, upperInclusive: false, approximate };
  }
  const upper = _bound(x.upper, y.upper, false, 1, a, b);
  return {
    lower: lower.value,
    lowerInclusive,
    upper: upper.value,
    upperInclusive: x.upperInclusive && y.upperInclusive && upper.exact,
    approximate,
  };
}
