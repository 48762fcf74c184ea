import type { Interval } from "../model/interval.js";
import { _readInterval } from "./_interval.js";

/**
 * Whether two intervals share at least one value: whether two statements of
 * the same quantity can both be true. "khoảng 12,95% of 860 million" gives
 * [111.33, 111.41] million, which "hơn 111 triệu" (more than 111 million)
 * allows: consistent. Ends are open or closed as stated. A number stands
 * for the exact point [n, n].
 *
 * An `approximate` interval (`khoảng`) is only the least the figure allows:
 * `true` is then a finding, but `false` means "not within the printed
 * rounding", not proof of a contradiction.
 *
 * @param a - An interval (from {@link bounds}, {@link product}, {@link ratio}) or a number.
 * @param b - An interval or a number.
 * @returns `true` when some value lies in both.
 * @throws {@link ArgumentTypeError} (`ERR_INVALID_TYPE`) for a malformed interval or NaN.
 * @throws {@link ArgumentRangeError} (`ERR_OUT_OF_RANGE`) for a non-finite
 *   lower bound, an upper bound below the lower, or an empty interval.
 *
 * @example
 * ```ts
 * const share = bounds(getObservation("ndxp-transactions-2023-q1-share-of-target"));
 * const implied = product(product(share, 0.01), 860_000_000);
 * consistent(implied, bounds(getObservation("ndxp-transactions-2023-q1")))
 * //=> true
 * consistent(implied, 112_000_000)
 * //=> false
 * ```
 * @category Helpers
 */
export function consistent(a: Interval | number, b: Interval | number): boolean {
  const x = _readInterval("a", a, false);
  const y = _readInterval("b", b, false);
  // two non-empty intervals meet where each one's lower end is below the
  // other's upper end, or on it with both ends inclusive
  const below = (p: Interval, q: Interval) =>
    q.upper === null ||
    p.lower < q.upper ||
    (p.lower === q.upper && p.lowerInclusive && q.upperInclusive);
  return below(x, y) && below(y, x);
}
