import { _fields, _number } from "../_lib/_check.js";
import { _nearest, _toDecimal } from "../_lib/_decimal.js";
import { ArgumentRangeError } from "../errors.js";
import type { Comparator } from "../model/observation.js";

/**
 * The fields of a part-of-whole observation (`19/22`) that
 * {@link progressRatio} reads. Every `PartOfWholeObservation` is one.
 *
 * @category Helpers
 */
export interface PartOfWholeInput {
  /** Must be `"partOfWhole"`. */
  readonly kind: "partOfWhole";
  /** The part as printed (`19`). */
  readonly part: number;
  /** The whole as printed (`22`). */
  readonly whole: number;
  /** The printed qualifier; only `eq` is read (others are refused). */
  readonly comparator?: Comparator;
}

/**
 * The share a part-of-whole observation stands for, as a fraction from 0 to 1:
 * `19/22` → 0.8636…. Format it with {@link formatPercent}.
 *
 * @param observation - A part-of-whole observation (`kind: "partOfWhole"`).
 * @returns `part / whole`, from 0 to 1.
 * @throws {@link ArgumentTypeError} (`ERR_INVALID_TYPE`) for a non-object or a
 *   non-numeric part or whole.
 * @throws {@link ArgumentRangeError} (`ERR_UNSUPPORTED`) for another kind of
 *   observation or a qualified figure (`hơn 19/22`), (`ERR_OUT_OF_RANGE`) as
 *   for {@link progressRatio | progressRatio(part, whole)}.
 *
 * @example
 * ```ts
 * progressRatio(getObservation("ministries-egov-architecture-2"))
 * //=> 0.8636363636363636
 * progressRatio(getObservation("provinces-dx-resolution"))
 * //=> 0.9841269841269841
 * ```
 * @category Helpers
 */
export function progressRatio(observation: PartOfWholeInput): number;
/**
 * The share `part / whole` of a progress count, as a fraction from 0 to 1:
 * 19 of 22 ministries → 0.8636…. Format it with {@link formatPercent}.
 *
 * @param part - How many have done it (0 or more, at most `whole`).
 * @param whole - How many there are (more than 0).
 * @returns `part / whole`, from 0 to 1.
 * @throws {@link ArgumentTypeError} (`ERR_INVALID_TYPE`) for a non-number or NaN.
 * @throws {@link ArgumentRangeError} (`ERR_OUT_OF_RANGE`) for ±Infinity, a
 *   negative part, a whole of 0 or less, a part over the whole, or a share
 *   too small to tell from 0 (a part of 1e-300 of 1e300: never reported as 0).
 *
 * @example
 * ```ts
 * progressRatio(19, 22)
 * //=> 0.8636363636363636
 * progressRatio(48, 63)
 * //=> 0.7619047619047619
 * ```
 * @category Helpers
 */
export function progressRatio(part: number, whole: number): number;
export function progressRatio(
  partOrObservation: number | PartOfWholeInput,
  whole?: number,
): number {
  // the arguments' names: `part`, or `observation.part` for an observation
  let at = "";
  let part: unknown = partOrObservation;
  let all: unknown = whole;
  if (typeof part === "object" && part !== null) {
    const o = _fields("observation", part, "a part-of-whole observation", [
      "kind",
      "comparator",
      "part",
      "whole",
    ]);
    // a figure such as 19/22, plain: a qualified one has no single ratio
    const wrong =
      o.kind !== "partOfWhole" ? "kind" : (o.comparator ?? "eq") !== "eq" ? "comparator" : "";
    if (wrong) {
      throw new ArgumentRangeError(
        "ERR_UNSUPPORTED",
        `observation.${wrong}`,
        o[wrong],
        '"partOfWhole", "eq" (a qualified figure: see bounds())',
      );
    }
    at = "observation.";
    part = o.part;
    all = o.whole;
  }
  const p = _number(`${at}part`, part, "≥ 0");
  const w = _number(`${at}whole`, all, "> 0");
  // the nearest double to the exact quotient of the two as printed: at most
  // 1 (never beyond the finite range), and never 0 for a part that is not
  const share = _nearest(_toDecimal(p), _toDecimal(w));
  if (p > w || (p && !share)) {
    throw new ArgumentRangeError(
      "ERR_OUT_OF_RANGE",
      `${at}part`,
      part,
      p > w ? `a part ≤ the whole (${w})` : "a share not below 5e-324",
    );
  }
  return share;
}
