import { ArgumentRangeError, ArgumentTypeError } from "../errors.js";
import type { PeriodString } from "../model/common.js";

/**
 * The granularity of a period: a calendar year, quarter, month or day.
 *
 * @category Periods
 */
export type PeriodGranularity = "year" | "quarter" | "month" | "day";

/**
 * A period read by {@link parsePeriod}.
 *
 * @category Periods
 */
export interface Period {
  /** Year, quarter, month or day. */
  readonly type: PeriodGranularity;
  /** The calendar year (1000–9999). */
  readonly year: number;
  /** The quarter (1–4) of a quarter, month or day; `null` for a year. */
  readonly quarter: 1 | 2 | 3 | 4 | null;
  /** The month (1–12) of a month or day; `null` otherwise. */
  readonly month: number | null;
  /** The day of the month of a day; `null` otherwise. */
  readonly day: number | null;
  /** The period in its canonical text (`2023-Q1`). */
  readonly text: PeriodString;
}

const GRAMMAR = /^([1-9]\d{3})(?:-Q([1-4])|-(\d{2})(?:-(\d{2}))?)?$/u;

/**
 * Reads a period as this package writes it: a year (`2023`), a quarter
 * (`2023-Q1`), a month (`2023-01`) or a day (`2023-02-21`), in the Gregorian
 * calendar with no time zone. Strict: no spaces, two-digit months and days,
 * real dates only (`2023-02-30`, `2023-Q5`, `2023-1`, ` 2023` are refused).
 *
 * @param period - The period text.
 * @returns Its type, year, quarter, month, day and canonical text.
 * @throws {@link ArgumentTypeError} (`ERR_INVALID_TYPE`) for a non-string.
 * @throws {@link ArgumentRangeError} (`ERR_INVALID_FORMAT`) for text outside
 *   the grammar or a day that does not exist.
 *
 * @example
 * ```ts
 * parsePeriod("2023-Q1")
 * //=> { type: "quarter", year: 2023, quarter: 1, month: null, day: null, text: "2023-Q1" }
 * parsePeriod(getObservation("onetouch-visits").period).day
 * //=> 21
 * ```
 * @category Periods
 */
export function parsePeriod(period: string): Period {
  return _parsePeriod("period", period);
}

/**
 * {@link parsePeriod}, naming `argument` in its errors (`options.to`). The
 * calendar is checked with `Date.UTC` alone (a day that does not exist rolls
 * over to another), in UTC whatever the process's time zone: no date library.
 *
 * @internal
 */
export function _parsePeriod(argument: string, period: unknown): Period {
  if (typeof period !== "string") {
    throw new ArgumentTypeError("ERR_INVALID_TYPE", argument, period, 'a period such as "2023-Q1"');
  }
  const match = GRAMMAR.exec(period);
  const [, y, q, m, d] = match ?? [];
  const year = Number(y);
  const month = m ? Number(m) : null;
  const day = d ? Number(d) : null;
  if (
    match === null ||
    (month !== null && (month < 1 || month > 12)) ||
    (day !== null && new Date(Date.UTC(year, (month as number) - 1, day)).getUTCDate() !== day)
  ) {
    throw new ArgumentRangeError(
      "ERR_INVALID_FORMAT",
      argument,
      period,
      'a period such as "2023", "2023-Q1", "2023-01" or "2023-02-21" (a real month and day)',
    );
  }
  return {
    type: d ? "day" : m ? "month" : q ? "quarter" : "year",
    year,
    quarter: (q ? Number(q) : month && Math.ceil(month / 3)) as Period["quarter"],
    month,
    day,
    text: period as PeriodString,
  };
}
