import type { Locale } from "../model/common.js";
import type { Comparator } from "../model/observation.js";

const WORDS: Record<Locale, Record<Comparator, string>> = {
  en: { eq: "", approx: "about", gt: "more than", gte: "at least", nearly: "nearly" },
  vi: { eq: "", approx: "khoảng", gt: "hơn", gte: "tối thiểu", nearly: "gần" },
};

/**
 * The qualifier of a comparator in words (`more than`, `hơn`; empty for `eq`).
 *
 * @internal
 */
export function _qualifier(comparator: Comparator, lang: Locale): string {
  return WORDS[lang][comparator];
}
