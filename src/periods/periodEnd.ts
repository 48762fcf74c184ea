import { _days, _isoDay } from "../_lib/_periodBounds.js";
import type { IsoDate } from "../model/common.js";
import { parsePeriod } from "./parsePeriod.js";

/**
 * The last day of a period (inclusive), as an `IsoDate` (no time, no zone:
 * the same in every time zone).
 *
 * @param period - A period (`2023`, `2023-Q1`, `2023-01`, `2023-02-21`).
 * @returns Its last day.
 * @throws {@link ArgumentTypeError} / {@link ArgumentRangeError} as {@link parsePeriod}.
 *
 * @example
 * ```ts
 * periodEnd("2023-Q1")
 * //=> "2023-03-31"
 * periodEnd("2024-02")
 * //=> "2024-02-29"
 * ```
 * @category Periods
 */
export function periodEnd(period: string): IsoDate {
  return _isoDay(_days(parsePeriod(period))[1]);
}
