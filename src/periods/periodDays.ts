import { _days } from "../_lib/_periodBounds.js";
import { parsePeriod } from "./parsePeriod.js";

/**
 * The number of calendar days in a period.
 *
 * @param period - A period (`2023`, `2023-Q1`, `2023-01`, `2023-02-21`).
 * @returns The days, from 1 to 366.
 * @throws {@link ArgumentTypeError} / {@link ArgumentRangeError} as {@link parsePeriod}.
 *
 * @example
 * ```ts
 * periodDays("2023-Q1")
 * //=> 90
 * periodDays("2023")
 * //=> 365
 * ```
 * @category Periods
 */
export function periodDays(period: string): number {
  const [first, last] = _days(parsePeriod(period));
  return last - first + 1;
}
