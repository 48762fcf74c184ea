import { _comparator, _fields, _number, _oneOf, _options } from "../_lib/_check.js";
import {
  _add,
  type _Decimal,
  _HUNDRED,
  _mul,
  _nearest,
  _neg,
  _result,
  _toDecimal,
} from "../_lib/_decimal.js";
import { ArgumentRangeError, ArgumentTypeError } from "../errors.js";
import type { FigureInput } from "./derived.js";

/**
 * How to read a published change: `points` (percentage points: 74.72 % up
 * 4.36 was 70.36 %) or `relative` (percent of the earlier value: 74.72 / 1.0436).
 *
 * @category Helpers
 */
export type ChangeReading = "points" | "relative";

/**
 * The fields of a change observation that {@link impliedBaseline} reads.
 * Every `ChangeObservation` is one.
 *
 * @category Helpers
 */
export interface ChangeInput {
  /** Must be `"change"`. */
  readonly kind: "change";
  /** The size of the change as printed (`4.36`), never negative. */
  readonly value: number;
  /** The printed qualifier: only `eq` and `approx` are read. */
  readonly comparator?: string;
  /** What the change is of, its direction and unit. */
  readonly change: {
    /** The id of the later observation, checked against `options.current.id` where both are given. */
    readonly of?: string;
    /** `increase` (`tăng`) or `decrease` (`giảm`). */
    readonly direction: "increase" | "decrease";
    /** `points`, `relative`, or `ambiguous` when the source does not say. */
    readonly unit: "points" | "relative" | "ambiguous";
  };
}

/**
 * Options of {@link impliedBaseline}.
 *
 * @category Helpers
 */
export interface ImpliedBaselineOptions {
  /**
   * The later level the change leads to: the observation named by
   * `change.of` (`getObservation("fully-online-services-share")`) or its value.
   */
  readonly current: number | FigureInput;
  /**
   * How to read the change. Required when the data marks its unit
   * `ambiguous` (there is no default); when the data states the unit, it may
   * be omitted, and must agree if given.
   */
  readonly reading?: ChangeReading;
}

/**
 * The earlier value implied by a published change and the later value: the
 * value before `tăng 4,36% so với tháng 1/2023`. Where the source prints `%`
 * without saying whether it means percentage points or relative percent
 * (`change.unit: "ambiguous"`), the caller must choose with `reading`;
 * without it the function throws rather than pick one.
 *
 * - `points`: `current − change` for an increase, `current + change` for a decrease;
 * - `relative`: `current / (1 + change/100)` for an increase, `current / (1 − change/100)` for a decrease.
 *
 * The result is computed exactly from the printed values' decimal digits,
 * then rounded once to the nearest double; their rounding carries over (see
 * {@link bounds}).
 *
 * @param change - A change observation (`kind: "change"`).
 * @param options - `current` (required) and `reading` (required when ambiguous).
 * @returns The implied earlier value, finite and 0 or more.
 * @throws {@link ArgumentTypeError} (`ERR_MISSING_OPTION`) when `reading` is
 *   missing for an ambiguous change: the message gives both readings' results;
 *   (`ERR_INVALID_TYPE`) for a mistyped argument.
 * @throws {@link ArgumentRangeError} (`ERR_OUT_OF_RANGE`) for a reading that
 *   contradicts the data's unit, a `current` whose id is not `change.of`, a
 *   negative or non-finite value, or a change that implies a negative
 *   earlier value, one beyond the finite range, or one too small to tell
 *   from 0; (`ERR_UNSUPPORTED`) for another kind of
 *   observation or a qualified (`hơn`, `tối thiểu`) figure;
 *   (`ERR_UNKNOWN_OPTION`) for an option it does not know (`{ readings }`),
 *   naming it and suggesting the closest (`reading`).
 *
 * @example
 * ```ts
 * const change = getObservation("fully-online-services-share-change");
 * const current = getObservation("fully-online-services-share");
 * impliedBaseline(change, { current, reading: "points" })
 * //=> 70.36
 * impliedBaseline(change, { current, reading: "relative" })
 * //=> 71.59831353008816
 * impliedBaseline(change, { current })
 * //=> throws ArgumentTypeError (ERR_MISSING_OPTION): choose "points" (70.36) or "relative" (71.598…)
 * ```
 * @category Helpers
 */
export function impliedBaseline(change: ChangeInput, options: ImpliedBaselineOptions): number {
  const c = _fields("change", change, "a change observation", [
    "kind",
    "value",
    "comparator",
    "change",
  ]);
  if (c.kind !== "change") {
    throw new ArgumentRangeError(
      "ERR_UNSUPPORTED",
      "change.kind",
      c.kind,
      '"change" (such as "tăng 4,36%")',
    );
  }
  const size = _number("change.value", c.value, "≥ 0");
  if (c.comparator !== undefined) {
    const comparator = _comparator("change.comparator", c.comparator);
    if (comparator === "gt" || comparator === "gte" || comparator === "nearly") {
      throw new ArgumentRangeError(
        "ERR_UNSUPPORTED",
        "change.comparator",
        comparator,
        '"eq" or "approx" (a bound implies no single earlier value)',
      );
    }
  }
  const info = _fields("change.change", c.change, "the change's { direction, unit }", [
    "of",
    "direction",
    "unit",
  ]);
  const direction = _oneOf("change.change.direction", info.direction, ["increase", "decrease"]);
  const unit = _oneOf("change.change.unit", info.unit, ["points", "relative", "ambiguous"]);
  const opts = _options(
    "options",
    options,
    ["current", "reading"],
    "an options object { current, reading }",
  );

  let current: number;
  if (typeof opts.current === "object" && opts.current !== null) {
    const o = _fields("options.current", opts.current, "a figure { value } or a number", [
      "id",
      "comparator",
      "value",
    ]);
    if (typeof info.of === "string" && typeof o.id === "string" && o.id !== info.of) {
      throw new ArgumentRangeError(
        "ERR_OUT_OF_RANGE",
        "options.current",
        opts.current,
        `the observation the change is of ("${info.of}")`,
      );
    }
    if (o.comparator !== undefined && o.comparator !== "eq" && o.comparator !== "approx") {
      throw new ArgumentRangeError(
        "ERR_UNSUPPORTED",
        "options.current.comparator",
        o.comparator,
        '"eq" or "approx" (a bound implies no single earlier value)',
      );
    }
    current = _number("options.current.value", o.value, "≥ 0");
  } else {
    current = _number("options.current", opts.current, "≥ 0");
  }

  const sign = direction === "increase" ? 1 : -1;
  // exactly, on the decimal digits: current − change, and current × 100 / (100 ± change)
  const now = _toDecimal(current);
  const step = _toDecimal(sign * size);
  const byPoints = _add(now, _neg(step));
  const factor = _add(_HUNDRED, step); // 100 × (1 ± change/100)
  let reading: ChangeReading;
  if (opts.reading === undefined) {
    if (unit === "ambiguous") {
      const text = (n: _Decimal, d?: _Decimal) => String(_nearest(n, d));
      const relative = factor.n > 0n ? text(_mul(now, _HUNDRED), factor) : "none";
      throw new ArgumentTypeError(
        "ERR_MISSING_OPTION",
        "options.reading",
        undefined,
        `"points" or "relative": the source prints "%" and does not say which, so there is no default. ` +
          `"points" reads the change as percentage points (earlier value ${current} ${sign > 0 ? "−" : "+"} ${size} = ${text(byPoints)}); ` +
          `"relative" reads it as percent of the earlier value (earlier value ${current} / ${text(factor, _HUNDRED)} = ${relative})`,
      );
    }
    reading = unit;
  } else {
    reading = _oneOf("options.reading", opts.reading, ["points", "relative"]);
    if (unit !== "ambiguous" && reading !== unit) {
      throw new ArgumentRangeError(
        "ERR_OUT_OF_RANGE",
        "options.reading",
        reading,
        `"${unit}" (the data states the change's unit) or no reading`,
      );
    }
  }

  if (reading === "points") {
    if (byPoints.n < 0n) {
      throw new ArgumentRangeError(
        "ERR_OUT_OF_RANGE",
        "change.value",
        size,
        `a change no larger than the current value (${current}) read as points`,
      );
    }
    return _result("change.value", size, byPoints);
  }
  if (factor.n <= 0n) {
    throw new ArgumentRangeError(
      "ERR_OUT_OF_RANGE",
      "change.value",
      size,
      "a relative decrease below 100 %",
    );
  }
  return _result("change.value", size, _mul(now, _HUNDRED), factor);
}
