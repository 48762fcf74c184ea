import { _comparator, _fields, _nonNegative, _oneOf, _positive } from "../_lib/_check.js";
import { ArgumentRangeError } from "../errors.js";
import type { Comparator } from "../model/observation.js";

/** A progress figure read from a number or an observation-like object. @internal */
export interface _Progress {
  readonly value: number;
  readonly comparator: Comparator;
  readonly unit: string | undefined;
}

/** @internal */
export function _readProgress(argument: string, progress: unknown): _Progress {
  if (typeof progress !== "object" || progress === null) {
    return { value: _nonNegative(argument, progress), comparator: "eq", unit: undefined };
  }
  const o = _fields(argument, progress, "a number or a figure { value, comparator, unit }", [
    "value",
    "comparator",
    "unit",
  ]);
  return {
    value: _nonNegative(`${argument}.value`, o.value),
    comparator:
      o.comparator === undefined ? "eq" : _comparator(`${argument}.comparator`, o.comparator),
    unit: typeof o.unit === "string" ? o.unit : undefined,
  };
}

/** A target read from a target observation-like object. @internal */
export interface _Target {
  readonly value: number;
  readonly comparator: "eq" | "gte";
  readonly unit: string | undefined;
  readonly year: number | undefined;
}

/** @internal */
export function _readTarget(argument: string, target: unknown, progress: _Progress): _Target {
  const o = _fields(argument, target, 'a target observation (kind "target")', [
    "value",
    "target",
    "unit",
  ]);
  const value = _positive(`${argument}.value`, o.value);
  const t = _fields(`${argument}.target`, o.target, "the target's { year, comparator }", [
    "comparator",
    "year",
  ]);
  const comparator = _oneOf(`${argument}.target.comparator`, t.comparator, ["eq", "gte"]);
  const unit = typeof o.unit === "string" ? o.unit : undefined;
  if (unit !== undefined && progress.unit !== undefined && unit !== progress.unit) {
    throw new ArgumentRangeError(
      "ERR_UNSUPPORTED",
      `${argument}.unit`,
      unit,
      `the progress figure's unit ("${progress.unit}")`,
    );
  }
  const year = typeof t.year === "number" && Number.isInteger(t.year) ? t.year : undefined;
  return { value, comparator, unit, year };
}
