import { _fields, _options, _period } from "../_lib/_check.js";
import { _mul, _result, _toDecimal } from "../_lib/_decimal.js";
import { _gap, _readProgress, _readTarget } from "../_lib/_progress.js";
import { ArgumentRangeError } from "../errors.js";
import type { Derived } from "../metrics/derived.js";
import type { TargetInput } from "../metrics/targetGap.js";
import type { PeriodGranularity } from "../periods/parsePeriod.js";
import { _count, _covered } from "./_coverage.js";
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
  // read once: the checks below read this copy
  const o = _fields("progress", progress, "a flow observation", [
    "value",
    "comparator",
    "unit",
    "periodType",
    "period",
  ]);
  if (o.periodType !== undefined && o.periodType !== "flow") {
    // a level (a stock) is not counted toward a yearly total
    throw new ArgumentRangeError("ERR_UNSUPPORTED", "progress.periodType", o.periodType, '"flow"');
  }
  const period = _period("progress.period", o.period);
  const p = _readProgress(o);
  const t = _readTarget(target, p);
  const remaining = _gap(p, t);
  const { year } = t;
  if (!Number.isInteger(year)) {
    throw new ArgumentRangeError(
      "ERR_OUT_OF_RANGE",
      "target.target.year",
      year,
      "the target's year",
    );
  }
  const whole = _period("target.target.year", String(year));
  if (period.year !== year) {
    throw new ArgumentRangeError(
      "ERR_OUT_OF_RANGE",
      "progress.period",
      o.period,
      `a period of the target's year ${year}`,
    );
  }
  if ((period.quarter ?? 1) > 1 || (period.month ?? 1) > 1 || (period.day ?? 1) > 1) {
    throw new ArgumentRangeError(
      "ERR_UNSUPPORTED",
      "progress.period",
      o.period,
      `a period from ${year}-01-01 (counted from the start of the year)`,
    );
  }
  const opts = _options("options", options, ["coverage"], "an options object { coverage }");
  const { elapsed, total } = _covered("options.coverage", opts.coverage, period);
  // periods of the figure's kind left: all in the year but the figure's own,
  // or the covered part of it: (count × total − elapsed) / total, exactly
  const left = { n: BigInt(_count(whole, period) * total - elapsed), e: 0 };
  const days = { n: BigInt(total), e: 0 };
  if (left.n <= 0n) {
    if (remaining.value > 0) {
      throw new ArgumentRangeError(
        "ERR_OUT_OF_RANGE",
        "progress.period",
        o.period,
        `a period that leaves time in ${year} (the target is not met)`,
      );
    }
    return {
      remaining,
      periods: 0,
      perPeriod: { ...remaining, value: 0 },
      granularity: period.type,
    };
  }
  return {
    remaining,
    periods: _result("progress.period", o.period, left, days),
    perPeriod: {
      value: _result(
        "target.value",
        remaining.value,
        _mul(_toDecimal(remaining.value), days),
        left,
      ),
      comparator: remaining.comparator,
    },
    granularity: period.type,
  };
}
