import { _options, _period } from "../_lib/_check.js";
import { _days } from "../_lib/_periodBounds.js";
import { ArgumentRangeError, ArgumentTypeError } from "../errors.js";
import type { Period } from "../periods/parsePeriod.js";

/**
 * The part of `period` that `coverage` says the figure counts, as whole days:
 * `elapsed` of `total` (0 < elapsed ≤ total).
 *
 * @internal
 */
export function _covered(
  argument: string,
  coverage: unknown,
  period: Period,
): { elapsed: number; total: number } {
  const [first, last] = _days(period);
  const total = last - first + 1;
  if (coverage === "period") return { elapsed: total, total };
  if (typeof coverage !== "object" || coverage === null) {
    throw coverage === undefined
      ? new ArgumentTypeError(
          "ERR_MISSING_OPTION",
          argument,
          coverage,
          '"period" (the figure covers its whole period) or { asOf: "YYYY-MM-DD" } (it covers it up to that day); there is no default',
        )
      : new ArgumentRangeError("ERR_OUT_OF_RANGE", argument, coverage, '"period" or { asOf }');
  }
  const { asOf } = _options(argument, coverage, ["asOf"], '"period" or { asOf }');
  const at = `${argument}.asOf`;
  const day = _period(at, asOf);
  if (day.type !== "day") {
    throw new ArgumentRangeError("ERR_INVALID_FORMAT", at, asOf, 'a day, "YYYY-MM-DD"');
  }
  // the as-of day itself counts as elapsed
  const elapsed = Math.min(total, _days(day)[0] - first + 1);
  if (elapsed < 1) {
    throw new ArgumentRangeError("ERR_OUT_OF_RANGE", at, asOf, `a day in or after ${period.text}`);
  }
  return { elapsed, total };
}

/**
 * How many periods of `unit`'s granularity make up `outer` (a whole number;
 * `outer` contains `unit`, so it is no finer).
 *
 * @internal
 */
export function _count(outer: Period, unit: Period): number {
  const [first, last] = _days(outer);
  const months = (p: Period) => (p.month ? 1 : p.quarter ? 3 : 12);
  return unit.day ? last - first + 1 : months(outer) / months(unit);
}
