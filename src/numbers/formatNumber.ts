import { _decimals, _locale, _number, _oneOf, _options, _scale } from "../_lib/_check.js";
import { ArgumentRangeError } from "../errors.js";
import type { DerivedComparator } from "../metrics/derived.js";
import type { Locale } from "../model/common.js";
import { _formatDecimal, _QUALIFIERS, _SCALE_WORDS } from "./_format.js";

/**
 * Options of {@link formatNumber}.
 *
 * @category Formatting
 */
export interface FormatNumberOptions {
  /** `vi` (`4,66`, `444 triệu`) or `en` (`4.66`, `444 million`). */
  readonly locale: Locale;
  /** Digits after the decimal mark, 0 to 15 (default 0). */
  readonly decimals?: number;
  /** Print in thousands (10^3), millions (10^6) or billions (10^9) with the word (default 1). */
  readonly scale?: 1 | 1_000 | 1_000_000 | 1_000_000_000;
  /** A qualifier to print first (`gt` → "more than"/"hơn", `lt` → "less than"/"dưới" …; default `eq`, none). */
  readonly comparator?: DerivedComparator;
}

const DERIVED: readonly DerivedComparator[] = ["eq", "approx", "gt", "gte", "lt", "lte"];

/**
 * A derived number (never a published one: use {@link formatValue} for those)
 * written in Vietnamese or English style, rounded half away from zero on
 * its decimal digits, optionally in millions or billions and with the
 * qualifier of a {@link Derived} result.
 *
 * A value that is not 0 is never printed as 0: where it rounds to zero at
 * the decimals asked (`5` in thousands at 0 decimals would print
 * "0 thousand"; `-0.001` at 2 decimals "0.00"), the call is refused with
 * the least decimals that show it, rather than print a figure that reads as
 * nothing. 0 itself prints as 0.
 *
 * @param value - A finite number (negative values print with `-`).
 * @param options - The locale (required), decimals, scale and comparator.
 * @returns The number as text.
 * @throws {@link ArgumentTypeError} (`ERR_INVALID_TYPE`) for a non-number or NaN.
 * @throws {@link ArgumentRangeError} (`ERR_OUT_OF_RANGE`) for ±Infinity or an
 *   option outside its values; for a value other than 0 that would print as
 *   0: naming `options.decimals` (its message gives the least decimals that
 *   show the value), or `value` where no decimals up to 15 show it (a smaller
 *   scale may); (`ERR_UNKNOWN_OPTION`) for an option it does not know
 *   (`{ decimal: 2 }`), naming it and suggesting the closest (`decimals`).
 *
 * @example
 * ```ts
 * formatNumber(334896 / 71836, { locale: "vi", decimals: 2 })
 * //=> "4,66"
 * formatNumber(444_000_000, { locale: "en", scale: 1_000_000, comparator: "gt" })
 * //=> "more than 444 million"
 * ```
 * @category Formatting
 */
export function formatNumber(value: number, options: FormatNumberOptions): string {
  const v = _number("value", value);
  const opts = _options(
    "options",
    options,
    ["locale", "decimals", "scale", "comparator"],
    'an options object such as { locale: "vi" }',
  );
  const locale = _locale("options.locale", opts.locale);
  const decimals = opts.decimals === undefined ? 0 : _decimals("options.decimals", opts.decimals);
  const scale = opts.scale === undefined ? 1 : _scale("options.scale", opts.scale);
  const comparator =
    opts.comparator === undefined ? "eq" : _oneOf("options.comparator", opts.comparator, DERIVED);
  const shift = 1 - String(scale).length; // −log10(scale)
  const number = _formatDecimal(v, decimals, locale, shift);
  const shows = (d: number) => /[1-9]/.test(_formatDecimal(v, d, locale, shift));
  if (v && !/[1-9]/.test(number)) {
    // a value that is not 0 is never printed as 0: the least decimals that show it
    let least = decimals;
    while (least < 15 && !shows(++least));
    const more = shows(least);
    throw new ArgumentRangeError(
      "ERR_OUT_OF_RANGE",
      more ? "options.decimals" : "value",
      more ? opts.decimals : value,
      `${more ? `at least ${least} decimals` : "a value that shows at 15 decimals"} at scale ${scale} (a value other than 0 is never printed as 0)`,
    );
  }
  return `${_QUALIFIERS[locale][comparator]}${number}${_SCALE_WORDS[locale][scale]}`;
}
