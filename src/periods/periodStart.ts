import { _days, _isoDay } from "../_lib/_periodBounds.js";
import type { IsoDate } from "../model/common.js";
import { parsePeriod } from "./parsePeriod.js";

/**
 * The first day of a period, as an `IsoDate` (no time, no zone: the same
 * in every time zone).
 *
 * @param period - A period (`2023`, `2023-Q1`, `2023-01`, `2023-02-21`).
 * @returns Its first day.
 * @throws {@link ArgumentTypeError} / {@link ArgumentRangeError} as {@link parsePeriod}.
 *
 * @example
 * ```ts
 * periodStart("2023-Q2")
 * //=> "2023-04-01"
 * ```
 * @category Periods
 */
export function periodStart(period: string): IsoDate {
  return _isoDay(_days(parsePeriod(period))[0]);
}
