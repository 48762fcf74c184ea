import { ArgumentRangeError } from "../errors.js";
import type { Derived, DerivedComparator } from "../metrics/derived.js";
import type { Comparator } from "../model/observation.js";
import { _comparator, _fields, _number, _oneOf } from "./_check.js";
import { _add, _neg, _result, _toDecimal } from "./_decimal.js";

/*
 * The progress figure and the target of targetGap, shareOfTarget and
 * requiredPace, read and checked; the arguments are always named `progress`
 * and `target`.
 */

/** A progress figure read from a number or an observation-like object. @internal */
export interface _Progress {
  readonly value: number;
  readonly comparator: Comparator;
  readonly unit: unknown;
}

/** A target read from a target observation-like object. @internal */
export interface _Target {
  readonly value: number;
  readonly comparator: "eq" | "gte";
  /** `target.target.year` as given (not checked). */
  readonly year: unknown;
}

/** The progress figure: a number, or an object `{ value, comparator, unit }`. @internal */
export function _readProgress(progress: unknown): _Progress {
  if (typeof progress !== "object" || progress === null) {
    return { value: _number("progress", progress, "≥ 0"), comparator: "eq", unit: undefined };
  }
  const o = _fields("progress", progress, "a number or a figure { value, comparator, unit }", [
    "value",
    "comparator",
    "unit",
  ]);
  return {
    value: _number("progress.value", o.value, "≥ 0"),
    comparator:
      o.comparator === undefined ? "eq" : _comparator("progress.comparator", o.comparator),
    unit: o.unit,
  };
}

/** The target, of the progress figure's unit where both give one. @internal */
export function _readTarget(target: unknown, progress: _Progress): _Target {
  const o = _fields("target", target, 'a target observation (kind "target")', [
    "value",
    "target",
    "unit",
  ]);
  const value = _number("target.value", o.value, "> 0");
  const t = _fields("target.target", o.target, "the target's { year, comparator }", [
    "comparator",
    "year",
  ]);
  const comparator = _oneOf("target.target.comparator", t.comparator, ["eq", "gte"]);
  if (typeof o.unit === "string" && typeof progress.unit === "string" && o.unit !== progress.unit) {
    throw new ArgumentRangeError(
      "ERR_UNSUPPORTED",
      "target.unit",
      o.unit,
      `the progress figure's unit ("${progress.unit}")`,
    );
  }
  return { value, comparator, year: t.year };
}

/** How the true gap relates to the printed one, by the progress figure's comparator. */
const FLIP: Record<string, DerivedComparator> = {
  eq: "eq",
  approx: "approx",
  gt: "lt",
  gte: "lte",
  nearly: "gt",
};

/**
 * What is left to reach the target, `target − progress`, exactly on the
 * decimal digits, with its comparator (see `targetGap`).
 *
 * @internal
 */
export function _gap(p: _Progress, t: _Target): Derived {
  const gap = _result(
    "target.value",
    t.value,
    _add(_toDecimal(t.value), _neg(_toDecimal(p.value))),
  );
  // a floor already reached: nothing is left
  return t.comparator === "gte" && gap <= 0
    ? { value: 0, comparator: p.comparator === "approx" ? "approx" : "eq" }
    : { value: gap, comparator: FLIP[p.comparator] ?? "eq" };
}
