import { differenceInCalendarDays } from "date-fns/differenceInCalendarDays";
import { _options, _period } from "../_lib/_check.js";
import { _end, _start } from "../_lib/_periodBounds.js";
import { ArgumentRangeError, ArgumentTypeError } from "../errors.js";
import type { Period } from "../periods/parsePeriod.js";

/**
 * The part of `period` that `coverage` says the figure counts, as whole days:
 * `elapsed` of `total` (0 < elapsed ≤ total), and their quotient `share`.
 *
 * @internal
 */
export interface _Covered {
  readonly elapsed: number;
  readonly total: number;
  readonly share: number;
}

/** @internal */
export function _covered(argument: string, coverage: unknown, period: Period): _Covered {
  const total = differenceInCalendarDays(_end(period), _start(period)) + 1;
  if (coverage === "period") return { elapsed: total, total, share: 1 };
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
  const { asOf } = _options(argument, coverage, ["asOf"], '"period" or { asOf: "YYYY-MM-DD" }');
  const day = _period(`${argument}.asOf`, asOf);
  if (day.type !== "day") {
    throw new ArgumentRangeError(
      "ERR_INVALID_FORMAT",
      `${argument}.asOf`,
      asOf,
      'a day as "YYYY-MM-DD"',
    );
  }
  // the as-of day itself counts as elapsed
  const elapsed = Math.min(
    total,
    Math.max(0, differenceInCalendarDays(_start(day), _start(period)) + 1),
  );
  if (elapsed === 0) {
    throw new ArgumentRangeError(
      "ERR_OUT_OF_RANGE",
      `${argument}.asOf`,
      asOf,
      `a day on or after the start of ${period.text} (a figure cannot cover none of its period)`,
    );
  }
  return { elapsed, total, share: elapsed / total };
}

/** How many periods of `unit`'s granularity fit in `outer` (a whole number). @internal */
export function _count(outer: Period, unit: Period): number {
  const months = (p: Period) => (p.type === "year" ? 12 : p.type === "quarter" ? 3 : 1);
  if (unit.type === "day") return differenceInCalendarDays(_end(outer), _start(outer)) + 1;
  if (outer.type === "day") return 0;
  return months(outer) / months(unit);
}

/** Whether `inner` lies within `outer`. @internal */
export function _within(inner: Period, outer: Period): boolean {
  return _start(inner) >= _start(outer) && _end(inner) <= _end(outer);
}
