import { _decimals, _locale, _number, _options } from "../_lib/_check.js";
import type { Locale } from "../model/common.js";
import { _formatDecimal } from "./_format.js";

/**
 * Options of {@link formatPercent}.
 *
 * @category Formatting
 */
export interface FormatPercentOptions {
  /** `vi` (`86,36%`) or `en` (`86.36%`). */
  readonly locale: Locale;
  /** Digits after the decimal mark, 0 to 15 (default 2). */
  readonly decimals?: number;
}

/**
 * A derived ratio (a fraction: 0.8636 for 86.36 %) written as a percentage,
 * rounded half away from zero on its decimal digits (not on its binary
 * value), with the locale's decimal mark and no space before `%`.
 *
 * @param ratio - A fraction (1 = 100 %); negative values print with `-`.
 * @param options - The locale (required) and decimals (default 2).
 * @returns The percentage as text.
 * @throws {@link ArgumentTypeError} (`ERR_INVALID_TYPE`) for a non-number or
 *   NaN, or a missing locale.
 * @throws {@link ArgumentRangeError} (`ERR_OUT_OF_RANGE`) for ±Infinity,
 *   decimals outside 0–15, or an unknown locale; (`ERR_UNKNOWN_OPTION`) for
 *   an option it does not know, naming it and suggesting the closest.
 *
 * @example
 * ```ts
 * formatPercent(progressRatio(19, 22), { locale: "vi" })
 * //=> "86,36%"
 * formatPercent(progressRatio(19, 22), { locale: "en", decimals: 1 })
 * //=> "86.4%"
 * ```
 * @category Formatting
 */
export function formatPercent(ratio: number, options: FormatPercentOptions): string {
  const r = _number("ratio", ratio);
  const opts = _options(
    "options",
    options,
    ["locale", "decimals"],
    'an options object such as { locale: "vi" }',
  );
  const locale = _locale("options.locale", opts.locale);
  const decimals = opts.decimals === undefined ? 2 : _decimals("options.decimals", opts.decimals);
  return `${_formatDecimal(r, decimals, locale, 2)}%`;
}
