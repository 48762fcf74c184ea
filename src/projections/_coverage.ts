import { differenceInCalendarDays } from "date-fns/differenceInCalendarDays";
import { _end, _start } from "../_periodBounds.js";
import { ArgumentRangeError, ArgumentTypeError } from "../errors.js";
import { elapsedShare } from "../periods/elapsedShare.js";
import { type Period, parsePeriod } from "../periods/parsePeriod.js";

/** The fraction of `period` that `coverage` says the figure counts (0 < f ≤ 1). @internal */
export function _covered(argument: string, coverage: unknown, period: Period): number {
  if (coverage === "period") return 1;
  if (coverage === undefined) {
    throw new ArgumentTypeError(
      "ERR_MISSING_OPTION",
      argument,
      coverage,
      '"period" (the figure covers its whole period) or { asOf: "YYYY-MM-DD" } (it covers the period only up to that day, e.g. the report date); there is no default',
    );
  }
  if (typeof coverage !== "object" || coverage === null) {
    throw new ArgumentRangeError(
      "ERR_OUT_OF_RANGE",
      argument,
      coverage,
      '"period" or { asOf: "YYYY-MM-DD" }',
    );
  }
  const asOf = (coverage as { asOf?: unknown }).asOf;
  let share: number;
  try {
    share = elapsedShare(period.text, asOf as string);
  } catch (e) {
    const code = (e as { code?: string }).code;
    throw code === "ERR_INVALID_TYPE"
      ? new ArgumentTypeError("ERR_INVALID_TYPE", `${argument}.asOf`, asOf, 'a day as "YYYY-MM-DD"')
      : new ArgumentRangeError(
          "ERR_INVALID_FORMAT",
          `${argument}.asOf`,
          asOf,
          'a day as "YYYY-MM-DD"',
        );
  }
  if (share === 0) {
    throw new ArgumentRangeError(
      "ERR_OUT_OF_RANGE",
      `${argument}.asOf`,
      asOf,
      `a day on or after the start of ${period.text} (a figure cannot cover none of its period)`,
    );
  }
  return share;
}

/** How many periods of `unit`'s granularity fit in `outer` (fractional for days). @internal */
export function _count(outer: Period, unit: Period): number {
  const months = (p: Period) => (p.type === "year" ? 12 : p.type === "quarter" ? 3 : 1);
  if (unit.type === "day") return differenceInCalendarDays(_end(outer), _start(outer)) + 1;
  if (outer.type === "day") return 0;
  return months(outer) / months(unit);
}

/** Reads a period text, naming `argument` in the error. @internal */
export function _period(argument: string, value: unknown): Period {
  try {
    return parsePeriod(value as string);
  } catch (e) {
    const code = (e as { code?: string }).code;
    throw code === "ERR_INVALID_TYPE"
      ? new ArgumentTypeError("ERR_INVALID_TYPE", argument, value, 'a period such as "2023-Q1"')
      : new ArgumentRangeError(
          "ERR_INVALID_FORMAT",
          argument,
          value,
          'a calendar period such as "2023", "2023-Q1", "2023-01" or "2023-02-21"',
        );
  }
}

/** Whether `inner` lies within `outer`. @internal */
export function _within(inner: Period, outer: Period): boolean {
  return _start(inner) >= _start(outer) && _end(inner) <= _end(outer);
}
