import { _fields, _options, _period } from "../_lib/_check.js";
import { _mul, _result, _toDecimal } from "../_lib/_decimal.js";
import { _start } from "../_lib/_periodBounds.js";
import { ArgumentRangeError } from "../errors.js";
import type { Derived } from "../metrics/derived.js";
import { type TargetInput, targetGap } from "../metrics/targetGap.js";
import type { PeriodGranularity } from "../periods/parsePeriod.js";
import { _count, _covered, _within } from "./_coverage.js";
import type { Coverage, FlowInput } from "./projectRunRate.js";

/**
 * Options of {@link requiredPace}.
 *
 * @category Helpers
 */
export interface RequiredPaceOptions {
  /** What part of its period the progress figure counts. Required: no default. */
  readonly coverage: Coverage;
}

/**
 * What the rest of a target's year needs, returned by {@link requiredPace}.
 *
 * @category Helpers
 */
export interface RequiredPace {
  /** What is left to reach the target, with its comparator (see {@link targetGap}). */
  readonly remaining: Derived;
  /** How many periods like the progress figure's are left in the year (3, or 3.28 as of 2023-03-06). */
  readonly periods: number;
  /** What each of those periods needs: `remaining / periods`, with the same comparator. */
  readonly perPeriod: Derived;
  /** The granularity of those periods (`quarter`). */
  readonly granularity: PeriodGranularity;
}

/**
 * The pace the rest of the year needs to reach a yearly flow target, given
 * the figure so far: Q1's "more than 111 million" NDXP transactions against
 * "at least 860 million" for 2023 leave less than 749 million for the
 * three remaining quarters, less than about 250 million a quarter
 * (`coverage: "period"`). If the Q1 figure counts only to the report date
 * (2023-03-06, 65 of 90 days), 3 + 25/90 quarters remain: less than about
 * 228.5 million a quarter. The progress figure must count from the start of
 * the target's year.
 *
 * @param progress - A flow figure from the start of the target's year (`2023-Q1`).
 * @param target - A target observation with `target.year`.
 * @param options - `coverage`, required.
 * @returns The remaining amount, the periods left and the pace per period.
 * @throws {@link ArgumentTypeError} (`ERR_MISSING_OPTION`) without `coverage`;
 *   (`ERR_INVALID_TYPE`) for a mistyped argument.
 * @throws {@link ArgumentRangeError} (`ERR_OUT_OF_RANGE`) for a progress
 *   period outside the target's year, a target without a year, or no time
 *   left while the target is not met; (`ERR_UNSUPPORTED`) for a stock figure,
 *   a figure not counted from the start of the year, or differing units;
 *   (`ERR_UNKNOWN_OPTION`) for an option it does not know, in `options` or
 *   in `options.coverage` (`{ asof }`), naming it and suggesting the closest.
 *
 * @example
 * ```ts
 * const pace = requiredPace(getObservation("ndxp-transactions-2023-q1"), getObservation("ndxp-transactions-target-2023"), { coverage: "period" });
 * pace.remaining
 * //=> { value: 749000000, comparator: "lt" }
 * pace.perPeriod
 * //=> { value: 249666666.66666666, comparator: "lt" }
 * ```
 * @category Helpers
 */
export function requiredPace(
  progress: FlowInput & { readonly unit?: string },
  target: TargetInput,
  options: RequiredPaceOptions,
): RequiredPace {
  const p = _fields("progress", progress, "a flow observation", ["periodType", "period"]);
  if (p.periodType !== undefined && p.periodType !== "flow") {
    throw new ArgumentRangeError(
      "ERR_UNSUPPORTED",
      "progress.periodType",
      p.periodType,
      '"flow" (an amount counted within a period, toward a yearly total)',
    );
  }
  const period = _period("progress.period", p.period);
  const remaining = targetGap(progress, target);
  const t = _fields("target", target, "a target observation", ["target"]);
  const { year } = _fields("target.target", t.target, "the target's { year, comparator }", [
    "year",
  ]);
  if (typeof year !== "number" || !Number.isInteger(year)) {
    throw new ArgumentRangeError(
      "ERR_OUT_OF_RANGE",
      "target.target.year",
      year,
      "the target's year",
    );
  }
  const yearPeriod = _period("target.target.year", String(year));
  if (!_within(period, yearPeriod)) {
    throw new ArgumentRangeError(
      "ERR_OUT_OF_RANGE",
      "progress.period",
      p.period,
      `a period within the target's year ${year}`,
    );
  }
  if (_start(period).getTime() !== _start(yearPeriod).getTime()) {
    throw new ArgumentRangeError(
      "ERR_UNSUPPORTED",
      "progress.period",
      p.period,
      `a period that starts on ${year}-01-01 (the progress must count from the start of the year)`,
    );
  }
  const opts = _options("options", options, ["coverage"], "an options object { coverage }");
  const covered = _covered("options.coverage", opts.coverage, period);
  // periods of the figure's kind left: all in the year but the figure's own,
  // or the covered part of it: (count × total − elapsed) / total, exactly
  const left = BigInt(_count(yearPeriod, period) * covered.total - covered.elapsed);
  const total = { n: BigInt(covered.total), e: 0 };
  if (left <= 0n) {
    if (remaining.value <= 0) {
      return {
        remaining,
        periods: 0,
        perPeriod: { ...remaining, value: 0 },
        granularity: period.type,
      };
    }
    throw new ArgumentRangeError(
      "ERR_OUT_OF_RANGE",
      "progress.period",
      p.period,
      `a period that leaves time in ${year} (the target is not met and no period is left)`,
    );
  }
  const r = _toDecimal(remaining.value);
  return {
    remaining,
    periods: _result("progress.period", p.period, { n: left, e: 0 }, total),
    perPeriod: {
      value: _result("target.value", remaining.value, _mul(r, total), { n: left, e: 0 }),
      comparator: remaining.comparator,
    },
    granularity: period.type,
  };
}
