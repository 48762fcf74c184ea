import { _gap, _readProgress, _readTarget } from "../_lib/_progress.js";
import type { Derived, FigureInput } from "./derived.js";

/**
 * A progress figure: a number (taken as exact) or an observation, whose
 * comparator (`hơn` → `gt`) and unit are read.
 *
 * @category Helpers
 */
export type ProgressInput = number | FigureInput;

/**
 * The fields of a target observation that {@link targetGap} and
 * {@link shareOfTarget} read. Every `TargetObservation` is one.
 *
 * @category Helpers
 */
export interface TargetInput {
  /** The target value (more than 0): `100` (%), `860000000`. */
  readonly value: number;
  /** Its unit, checked against the progress figure's where both are given. */
  readonly unit?: string;
  /** Its comparator: `eq` a level to reach, `gte` a floor ("at least"). */
  readonly target: {
    /** `eq` for a level to reach, `gte` for a floor. */
    readonly comparator: "eq" | "gte";
    /** The year by whose end it is to be met. */
    readonly year?: number;
  };
}

/**
 * How far a progress figure is from its target, in the target's unit
 * (percentage points for a share), honouring both comparators:
 *
 * - the target's: for a level (`eq`, `100%`) the gap is signed (negative =
 *   beyond the level); for a floor (`gte`, `tối thiểu 860 triệu`) it is never
 *   below 0 (a floor passed leaves nothing to do);
 * - the progress figure's: "more than 111 million" leaves *less than*
 *   749 million to go (`comparator: "lt"`); "at least" gives `lte`; "about"
 *   gives `approx`; a plain figure gives `eq`.
 *
 * The difference is computed exactly on decimal digits (`100 − 74.72` is `25.28`).
 *
 * @param progress - The progress figure: an observation or a number.
 * @param target - A target observation (`kind: "target"`).
 * @returns `{ value, comparator }`: the gap and how the true gap relates to it.
 * @throws {@link ArgumentTypeError} (`ERR_INVALID_TYPE`) for a mistyped argument.
 * @throws {@link ArgumentRangeError} (`ERR_OUT_OF_RANGE`) for a negative or
 *   non-finite value, a target of 0 or less, an unknown comparator;
 *   (`ERR_UNSUPPORTED`) for units that differ.
 *
 * @example
 * ```ts
 * targetGap(getObservation("fully-online-services-share"), getObservation("fully-online-services-target-2023"))
 * //=> { value: 25.28, comparator: "eq" }
 * targetGap(getObservation("ndxp-transactions-2023-q1"), getObservation("ndxp-transactions-target-2023"))
 * //=> { value: 749000000, comparator: "lt" }
 * ```
 * @category Helpers
 */
export function targetGap(progress: ProgressInput, target: TargetInput): Derived {
  const p = _readProgress(progress);
  return _gap(p, _readTarget(target, p));
}
