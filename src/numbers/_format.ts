import { _roundDecimal } from "../_lib/_decimal.js";
import type { Locale } from "../model/common.js";

/**
 * `value × 10^shift` printed with `decimals` digits after the mark, half away
 * from zero on its decimal digits, thousands grouped: `vi` `1.234,5`, `en` `1,234.5`.
 *
 * @internal
 */
export function _formatDecimal(value: number, decimals: number, locale: Locale, shift = 0): string {
  const { negative, digits } = _roundDecimal(value, decimals, shift);
  const vi = locale === "vi";
  const cut = digits.length - decimals;
  // the integer digits grouped by three
  const integer = digits.slice(0, cut).replace(/\B(?=(\d{3})+$)/g, vi ? "." : ",");
  return `${negative ? "-" : ""}${integer}${decimals ? (vi ? "," : ".") + digits.slice(cut) : ""}`;
}

/** The qualifier words, by comparator and locale (with their trailing space). @internal */
export const _QUALIFIERS = {
  vi: {
    eq: "",
    approx: "khoảng ",
    gt: "hơn ",
    gte: "tối thiểu ",
    nearly: "gần ",
    lt: "dưới ",
    lte: "tối đa ",
  },
  en: {
    eq: "",
    approx: "about ",
    gt: "more than ",
    gte: "at least ",
    nearly: "nearly ",
    lt: "less than ",
    lte: "at most ",
  },
} as const;

/** The multiplier words, by scale and locale (with their leading space). @internal */
export const _SCALE_WORDS = {
  vi: { 1: "", 1000: " nghìn", 1000000: " triệu", 1000000000: " tỷ" },
  en: { 1: "", 1000: " thousand", 1000000: " million", 1000000000: " billion" },
} as const;
