import { _comparator, _decimals, _locale, _nonNegative, _object, _scale } from "../_check.js";
import { ArgumentRangeError } from "../errors.js";
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
  /** The unit; `percent` prints `%`. */
  readonly unit: string;
  /** For a part-of-whole figure, the whole (`22` in `19/22`). */
  readonly whole?: number;
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
 * back to the same value, comparator, decimals and scale. Digits are
 * computed on the value's decimal text, never by floating-point division.
 *
 * @param observation - An observation (or the same fields).
 * @param options - The locale (required).
 * @returns The figure as text (`"hơn 111 triệu"`, `"more than 111 million"`).
 * @throws {@link ArgumentTypeError} (`ERR_INVALID_TYPE`) for a missing or
 *   mistyped field or option.
 * @throws {@link ArgumentRangeError} (`ERR_OUT_OF_RANGE`) for a negative or
 *   non-finite value, decimals outside 0–15, a scale other than 1, 10^6 or
 *   10^9 (or other than 1 for a percentage), an unknown comparator or
 *   locale, or a whole below the part.
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
  const o = _object("observation", observation, "an observation");
  const opts = _object("options", options, 'an options object such as { locale: "vi" }');
  const locale = _locale("options.locale", opts.locale);
  const value = _nonNegative("observation.value", o.value);
  const comparator = _comparator("observation.comparator", o.comparator);
  const decimals = _decimals("observation.decimals", o.decimals);
  const scale = _scale("observation.scale", o.scale);
  const number = _formatDecimal(value, decimals, locale, -Math.round(Math.log10(scale)));
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
  if (o.whole !== undefined) {
    const whole = _nonNegative("observation.whole", o.whole);
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
