import {
  _comparator,
  _decimals,
  _fields,
  _locale,
  _number,
  _options,
  _scale,
} from "../_lib/_check.js";
import { _toDecimal } from "../_lib/_decimal.js";
import { ArgumentRangeError, ArgumentTypeError } from "../errors.js";
import type { Locale } from "../model/common.js";
import type { Comparator } from "../model/observation.js";
import { _formatDecimal, _QUALIFIERS, _SCALE_WORDS } from "./_format.js";

/**
 * The fields of an observation that {@link formatValue} reads. Every
 * `Observation` is one.
 *
 * @category Formatting
 */
export interface FormatValueInput {
  /** The value in units (`111000000`). 0 or more. */
  readonly value: number;
  /** The printed qualifier. */
  readonly comparator: Comparator;
  /** Digits after the decimal mark (0 to 15). */
  readonly decimals: number;
  /** The multiplier word: 1, 10^6 (`triệu`, million) or 10^9 (`tỷ`, billion). */
  readonly scale: number;
  /** The unit (required: a figure without its unit is not printed); `percent` prints `%`. */
  readonly unit: string;
  /** For a part-of-whole figure, the whole (`22` in `19/22`). */
  readonly whole?: number;
  /** For a part-of-whole figure, the part: equal to `value` where given. */
  readonly part?: number;
}

/**
 * Options of {@link formatValue}.
 *
 * @category Formatting
 */
export interface FormatValueOptions {
  /**
   * `vi`: the form the report prints (`,` decimal mark, `.` thousands,
   * `hơn`/`khoảng`/`tối thiểu`, `triệu`/`tỷ`); `en`: `.` decimal mark, `,`
   * thousands, `more than`/`about`/`at least`, `million`/`billion`.
   */
  readonly locale: Locale;
}

/**
 * A published figure written out with its qualifier, multiplier word, `%` or
 * whole, in Vietnamese or English. In `vi` it gives back exactly the form
 * the report printed (`formatValue(o, { locale: "vi" }) === o.published` for
 * every observation of the data set), and {@link parsePublished} reads it
 * back to the same value, comparator, decimals and scale, for every
 * magnitude (to 10^21 and beyond) and precision (to 15 decimals). Digits are
 * the value's own decimal digits, never rounded: a value with more digits
 * than `decimals` (74.725 printed to 2 decimals, a part of 19.5) is refused
 * rather than printed as another figure. So a value that is not 0 is never
 * printed as 0: 5 at scale 10^3 with 0 decimals ("0 nghìn") is refused, as
 * any value with digits below the last printed one (the same rule as
 * {@link formatNumber}'s, which refuses it too).
 *
 * @param observation - An observation (or the same fields).
 * @param options - The locale (required).
 * @returns The figure as text (`"hơn 111 triệu"`, `"more than 111 million"`).
 * @throws {@link ArgumentTypeError} (`ERR_INVALID_TYPE`) for a missing or
 *   mistyped field or option (a missing `unit` included).
 * @throws {@link ArgumentRangeError} (`ERR_OUT_OF_RANGE`) for a negative or
 *   non-finite value, a value with more digits than `decimals` at its scale,
 *   decimals outside 0–15, a scale other than 1, 10^6 or 10^9 (or other than
 *   1 for a percentage), an unknown comparator or locale, an empty unit, a
 *   part that is not a whole number or not the value, or a whole below the part;
 *   (`ERR_UNKNOWN_OPTION`) for an option it does not know (`{ lang: "vi" }`),
 *   naming it and suggesting the closest.
 *
 * @example
 * ```ts
 * formatValue(getObservation("fully-online-services-share"), { locale: "vi" })
 * //=> "74,72%"
 * formatValue(getObservation("ndxp-transactions-2023-q1"), { locale: "en" })
 * //=> "more than 111 million"
 * formatValue(getObservation("community-tech-teams"), { locale: "en" })
 * //=> "71,836"
 * formatValue(getObservation("ndxp-transactions-cumulative"), { locale: "en" })
 * //=> "more than 1.276 billion"
 * ```
 * @category Formatting
 */
export function formatValue(observation: FormatValueInput, options: FormatValueOptions): string {
  const o = _fields("observation", observation, "an observation", [
    "value",
    "comparator",
    "decimals",
    "scale",
    "unit",
    "whole",
    "part",
  ]);
  const opts = _options(
    "options",
    options,
    ["locale"],
    'an options object such as { locale: "vi" }',
  );
  const locale = _locale("options.locale", opts.locale);
  const value = _number("observation.value", o.value, "≥ 0");
  const comparator = _comparator("observation.comparator", o.comparator);
  const decimals = _decimals("observation.decimals", o.decimals);
  const scale = _scale("observation.scale", o.scale);
  if (typeof o.unit !== "string") {
    throw new ArgumentTypeError(
      "ERR_INVALID_TYPE",
      "observation.unit",
      o.unit,
      "the unit, a string",
    );
  }
  if (o.unit === "") {
    throw new ArgumentRangeError("ERR_OUT_OF_RANGE", "observation.unit", o.unit, "a unit");
  }
  const shift = 1 - String(scale).length; // −log10(scale)
  // the value's own digits must fit the printed decimals: no rounding of a published figure
  if (!_fits(value, decimals, shift)) {
    throw new ArgumentRangeError(
      "ERR_OUT_OF_RANGE",
      "observation.value",
      value,
      `a value with at most ${decimals} digit(s) after the mark at scale ${scale} (a published figure is printed as it is, not rounded to another)`,
    );
  }
  const number = _formatDecimal(value, decimals, locale, shift);
  let suffix: string = _SCALE_WORDS[locale][scale];
  if (o.unit === "percent") {
    if (scale !== 1) {
      throw new ArgumentRangeError(
        "ERR_OUT_OF_RANGE",
        "observation.scale",
        o.scale,
        "1 for a percentage (a % figure has no multiplier word)",
      );
    }
    suffix += "%";
  }
  if (o.part !== undefined && o.part !== value) {
    throw new ArgumentRangeError(
      "ERR_OUT_OF_RANGE",
      "observation.part",
      o.part,
      `the value (${value}): a part-of-whole figure's value is its part`,
    );
  }
  if (o.whole !== undefined) {
    if (!Number.isInteger(value)) {
      throw new ArgumentRangeError(
        "ERR_OUT_OF_RANGE",
        "observation.value",
        value,
        "a whole number (the part of a part-of-whole figure counts whole units)",
      );
    }
    const whole = _number("observation.whole", o.whole, "≥ 0");
    if (!Number.isInteger(whole) || whole < value || decimals !== 0 || scale !== 1) {
      throw new ArgumentRangeError(
        "ERR_OUT_OF_RANGE",
        "observation.whole",
        o.whole,
        "a whole number no smaller than the part, with a part of 0 decimals and scale 1",
      );
    }
    suffix += `/${whole}`;
  }
  return `${_QUALIFIERS[locale][comparator]}${number}${suffix}`;
}

/** Whether `value × 10^shift` has at most `decimals` digits after the point. @internal */
function _fits(value: number, decimals: number, shift: number): boolean {
  const d = _toDecimal(value);
  const extra = -(d.e + shift + decimals);
  return extra <= 0 || d.n % 10n ** BigInt(extra) === 0n;
}
