import { _decimals, _fields, _finite, _locale, _oneOf, _scale } from "../_lib/_check.js";
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
  /** Print in millions (10^6) or billions (10^9) with the word (default 1). */
  readonly scale?: 1 | 1_000_000 | 1_000_000_000;
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
 * @param value - A finite number (negative values print with `-`).
 * @param options - The locale (required), decimals, scale and comparator.
 * @returns The number as text.
 * @throws {@link ArgumentTypeError} (`ERR_INVALID_TYPE`) for a non-number or NaN.
 * @throws {@link ArgumentRangeError} (`ERR_OUT_OF_RANGE`) for ±Infinity or an
 *   option outside its values.
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
  const v = _finite("value", value);
  const opts = _fields("options", options, 'an options object such as { locale: "vi" }', [
    "locale",
    "decimals",
    "scale",
    "comparator",
  ]);
  const locale = _locale("options.locale", opts.locale);
  const decimals = opts.decimals === undefined ? 0 : _decimals("options.decimals", opts.decimals);
  const scale = opts.scale === undefined ? 1 : _scale("options.scale", opts.scale);
  const comparator =
    opts.comparator === undefined ? "eq" : _oneOf("options.comparator", opts.comparator, DERIVED);
  const number = _formatDecimal(v, decimals, locale, 1 - String(scale).length);
  return `${_QUALIFIERS[locale][comparator]}${number}${_SCALE_WORDS[locale][scale]}`;
}
