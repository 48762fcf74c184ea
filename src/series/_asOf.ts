import { _end, _start } from "../_lib/_periodBounds.js";
import { ArgumentRangeError, ArgumentTypeError } from "../errors.js";
import { type Period, parsePeriod } from "../periods/parsePeriod.js";

/** The days an as-of date or period spans, as UTC day numbers (days since 1970-01-01). @internal */
export interface _AsOfSpan {
  /** The as-of text (`2023-09-04`, `2024-09`). */
  readonly text: string;
  /** Its first day. */
  readonly first: number;
  /** Its last day (the same as `first` for a day). */
  readonly last: number;
}

const DAY = 86_400_000;

/**
 * Reads an as-of date or period (`YYYY-MM-DD`, or a coarser period), or the
 * error naming `argument`; with `dayOnly`, only a day is accepted.
 *
 * @internal
 */
export function _asOfSpan(argument: string, value: unknown, dayOnly = false): _AsOfSpan {
  if (typeof value !== "string") {
    throw new ArgumentTypeError(
      "ERR_INVALID_TYPE",
      argument,
      value,
      dayOnly ? 'a date such as "2023-09-04"' : 'an as-of date or period such as "2023-09-04"',
    );
  }
  let period: Period;
  try {
    period = parsePeriod(value);
  } catch {
    throw new ArgumentRangeError(
      "ERR_INVALID_FORMAT",
      argument,
      value,
      dayOnly
        ? 'a real calendar date such as "2023-09-04"'
        : 'a real date or period such as "2023-09-04", "2024-09" or "2022-Q3"',
    );
  }
  if (dayOnly && period.type !== "day") {
    throw new ArgumentRangeError(
      "ERR_INVALID_FORMAT",
      argument,
      value,
      'a date such as "2023-09-04" (a day, not a longer period)',
    );
  }
  return {
    text: value,
    first: Math.round(_start(period).getTime() / DAY),
    last: Math.round(_end(period).getTime() / DAY),
  };
}
