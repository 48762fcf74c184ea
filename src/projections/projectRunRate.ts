import { _comparator, _fields, _number, _options, _period } from "../_lib/_check.js";
import { _result, _toDecimal } from "../_lib/_decimal.js";
import { _increasing } from "../_lib/_derived.js";
import { _days } from "../_lib/_periodBounds.js";
import { ArgumentRangeError } from "../errors.js";
import type { Derived, DerivedComparator } from "../metrics/derived.js";
import type { IsoDate, PeriodString } from "../model/common.js";
import type { PeriodGranularity } from "../periods/parsePeriod.js";
import { _count, _covered } from "./_coverage.js";

/**
 * What part of its period a flow figure counts:
 *
 * - `"period"`: the whole period (the figure is the period's total);
 * - `{ asOf }`: the period only up to and including that day (the Q1/2023
 *   report was presented on 2023-03-06, `mic2023Q1.event?.date`, so its
 *   "Q1" counts may stop there).
 *
 * There is no default: the source seldom says, and the two readings give
 * different projections.
 *
 * @category Helpers
 */
export type Coverage =
  | "period"
  | {
      /** The last day the figure counts (`"2023-03-06"`), itself included. */
      readonly asOf: IsoDate;
    };

/**
 * A flow figure of a calendar period (`hơn 111 triệu` transactions in
 * `2023-Q1`). Every observation with such a period is one.
 *
 * @category Helpers
 */
export interface FlowInput {
  /** The amount counted in the period (0 or more). */
  readonly value: number;
  /** The qualifier; missing means `eq`. */
  readonly comparator?: string;
  /** The period counted (`2023-Q1`); `"report"` is refused. */
  readonly period: string;
  /** Must be `flow` where given: a run rate of a stock (a level) means nothing. */
  readonly periodType?: string;
}

/**
 * Options of {@link projectRunRate}.
 *
 * @category Helpers
 */
export interface ProjectRunRateOptions {
  /** The period to project to (`"2023"`); it must contain the figure's period. */
  readonly to: PeriodString;
  /** What part of its period the figure counts. Required: no default. */
  readonly coverage: Coverage;
}

/**
 * A run-rate projection, returned by {@link projectRunRate}.
 *
 * @category Helpers
 */
export interface RunRateProjection extends Derived {
  /** The projected total for `to`, in the figure's unit. */
  readonly value: number;
  /**
   * How the projection relates to `value` under the run-rate assumption: the
   * figure's own comparator (a "more than" figure projects to "more than").
   * The assumption itself is a model, not a fact.
   */
  readonly comparator: DerivedComparator;
  /** The figure scaled to its whole period: `value / covered` of one period. */
  readonly perPeriod: number;
  /** The fraction of its period the figure counts (1, or 65/90 for Q1 as of 2023-03-06). */
  readonly covered: number;
  /** How many periods like the figure's make up `to` (4 quarters in a year). */
  readonly periods: number;
  /** The granularity of those periods (`quarter`). */
  readonly granularity: PeriodGranularity;
}

/**
 * Projects a flow figure to a longer period as if every period of its kind
 * were the same: Q1's "more than 111 million" NDXP transactions give "more
 * than 444 million" for 2023 when Q1 is taken as the whole quarter. The
 * caller must say what part of its period the figure counts (`coverage`):
 * the Q1/2023 report was presented on 2023-03-06, so its "Q1" may count only
 * 65 of the quarter's 90 days, which scales it up by 90/65 first (≈ 615
 * million for the year). Periods count equally (four quarters a year),
 * as the report's readers would; for days, each day counts. The result is
 * computed exactly (value × days of the period × periods / days covered)
 * and rounded once to the nearest double.
 *
 * @param observation - A flow figure of a calendar period.
 * @param options - `to` and `coverage`, both required.
 * @returns The projection, with the scaling it used.
 * @throws {@link ArgumentTypeError} (`ERR_MISSING_OPTION`) without `coverage`;
 *   (`ERR_INVALID_TYPE`) for a mistyped argument.
 * @throws {@link ArgumentRangeError} (`ERR_INVALID_FORMAT`) for a malformed
 *   period or day; (`ERR_OUT_OF_RANGE`) for a `to` that does not contain the
 *   figure's period, an `asOf` before the period, a negative or non-finite
 *   value, or a projection beyond the finite range (±1.8e308);
 *   (`ERR_UNSUPPORTED`) for a stock figure or a figure of the report
 *   date (`period: "report"`); (`ERR_UNKNOWN_OPTION`) for an option it does
 *   not know, in `options` or in `options.coverage` (`{ asof }`), naming it
 *   and suggesting the closest (`asOf`).
 *
 * @example
 * ```ts
 * const q1 = getObservation("ndxp-transactions-2023-q1");
 * projectRunRate(q1, { to: "2023", coverage: "period" })
 * //=> { value: 444000000, comparator: "gt", perPeriod: 111000000, covered: 1, periods: 4, granularity: "quarter" }
 * projectRunRate(q1, { to: "2023", coverage: { asOf: mic2023Q1.event?.date } }).value
 * //=> 614769230.7692307 (111 million × 90/65 × 4)
 * ```
 * @category Helpers
 */
export function projectRunRate(
  observation: FlowInput,
  options: ProjectRunRateOptions,
): RunRateProjection {
  const o = _fields("observation", observation, "a flow observation", [
    "value",
    "comparator",
    "periodType",
    "period",
  ]);
  const value = _number("observation.value", o.value, "≥ 0");
  const comparator =
    o.comparator === undefined ? "eq" : _comparator("observation.comparator", o.comparator);
  if (o.periodType !== undefined && o.periodType !== "flow") {
    // a level (a stock) has no run rate
    throw new ArgumentRangeError(
      "ERR_UNSUPPORTED",
      "observation.periodType",
      o.periodType,
      '"flow"',
    );
  }
  if (o.period === "report") {
    throw new ArgumentRangeError(
      "ERR_UNSUPPORTED",
      "observation.period",
      o.period,
      "a calendar period (the report's date is none)",
    );
  }
  const period = _period("observation.period", o.period);
  const opts = _options(
    "options",
    options,
    ["to", "coverage"],
    "an options object { to, coverage }",
  );
  const to = _period("options.to", opts.to);
  const [first, last] = _days(period);
  const [start, end] = _days(to);
  if (first < start || last > end) {
    throw new ArgumentRangeError(
      "ERR_OUT_OF_RANGE",
      "options.to",
      opts.to,
      `a period containing ${period.text}`,
    );
  }
  const { elapsed, total } = _covered("options.coverage", opts.coverage, period);
  const periods = _count(to, period);
  // value / (elapsed / total), and that × periods: exactly, then rounded once
  const v = _toDecimal(value);
  const days = { n: BigInt(elapsed), e: 0 };
  const perPeriod = { n: v.n * BigInt(total), e: v.e };
  return {
    value: _result("observation.value", value, { n: perPeriod.n * BigInt(periods), e: v.e }, days),
    comparator: _increasing(comparator),
    perPeriod: _result("observation.value", value, perPeriod, days),
    covered: elapsed / total,
    periods,
    granularity: period.type,
  };
}
