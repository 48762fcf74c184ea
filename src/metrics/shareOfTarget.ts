import { _result, _toDecimal } from "../_lib/_decimal.js";
import { _increasing } from "../_lib/_derived.js";
import { _readProgress, _readTarget } from "../_lib/_progress.js";
import type { Derived } from "./derived.js";
import type { ProgressInput, TargetInput } from "./targetGap.js";

/**
 * The share of a target that a progress figure stands for, as a fraction
 * (1 = the target), carrying the progress figure's comparator: "more than
 * 111 million" of 860 million is *more than* 0.129. Format it with
 * {@link formatPercent}.
 *
 * The target's comparator does not change the division, but it changes what
 * a share above 1 means: beyond a floor (`gte`, "at least 860 million") it
 * is surplus over the minimum; beyond a level (`eq`, "100 %") it is
 * overshoot. Use {@link targetGap} for what is left to do.
 *
 * @param progress - The progress figure: an observation or a number (exact).
 * @param target - A target observation (`kind: "target"`).
 * @returns `{ value, comparator }`: the fraction (0 or more) and how the true share relates to it.
 * @throws {@link ArgumentTypeError} (`ERR_INVALID_TYPE`) for a mistyped argument.
 * @throws {@link ArgumentRangeError} (`ERR_OUT_OF_RANGE`) for a negative or
 *   non-finite value, a target of 0 or less (no share of nothing), an
 *   unknown comparator, or a share beyond the finite range or too small to
 *   tell from 0 (a tiny target, a tiny progress); (`ERR_UNSUPPORTED`) for
 *   units that differ. The share is the nearest double to the exact quotient
 *   of the two figures as printed.
 *
 * @example
 * ```ts
 * shareOfTarget(getObservation("fully-online-services-share"), getObservation("fully-online-services-target-2023"))
 * //=> { value: 0.7472, comparator: "eq" }
 * shareOfTarget(getObservation("ndxp-transactions-2023-q1"), getObservation("ndxp-transactions-target-2023"))
 * //=> { value: 0.12906976744186047, comparator: "gt" }
 * ```
 * @category Helpers
 */
export function shareOfTarget(progress: ProgressInput, target: TargetInput): Derived {
  const p = _readProgress(progress);
  const t = _readTarget(target, p);
  const value = _result("target.value", t.value, _toDecimal(p.value), _toDecimal(t.value));
  return { value, comparator: _increasing(p.comparator) };
}
