import { _days } from "../_lib/_periodBounds.js";
import { ArgumentRangeError } from "../errors.js";
import { _parsePeriod, parsePeriod } from "./parsePeriod.js";

/**
 * The share of a period's days that have passed by the end of an as-of day,
 * counting the as-of day itself as elapsed: `2023-Q1` at `2023-03-06` (the
 * day the Q1 report was presented) is 65/90. Before the period: 0; after
 * it: 1. Days, not hours: the result is the same in every time zone.
 *
 * @param period - A period (`2023`, `2023-Q1`, `2023-01`, `2023-02-21`).
 * @param asOf - A calendar day as `YYYY-MM-DD` (a `Date` is refused: its day depends on the zone).
 * @returns A fraction from 0 to 1.
 * @throws {@link ArgumentTypeError} (`ERR_INVALID_TYPE`) for a non-string.
 * @throws {@link ArgumentRangeError} (`ERR_INVALID_FORMAT`) for a malformed
 *   period or an `asOf` that is not an existing day.
 *
 * @example
 * ```ts
 * elapsedShare("2023-Q1", mic2023Q1.event?.date) // "2023-03-06"
 * //=> 0.7222222222222222 (65/90)
 * elapsedShare("2023", "2023-03-06")
 * //=> 0.1780821917808219 (65/365)
 * ```
 * @category Periods
 */
export function elapsedShare(period: string, asOf: string): number {
  const [first, last] = _days(parsePeriod(period));
  // a Date is refused (ERR_INVALID_TYPE): its calendar day depends on the time zone
  const day = _parsePeriod("asOf", asOf);
  if (day.type !== "day") {
    throw new ArgumentRangeError("ERR_INVALID_FORMAT", "asOf", asOf, 'a day as "YYYY-MM-DD"');
  }
  // the as-of day itself counts as elapsed
  return Math.min(1, Math.max(0, (_days(day)[0] - first + 1) / (last - first + 1)));
}
