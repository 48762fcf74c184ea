import type { Locale } from "../model/common.js";
import type { Comparator, Observation } from "../model/observation.js";

const WORDS: Record<Locale, Record<Comparator, string>> = {
  en: { eq: "", approx: "about", gt: "more than", gte: "at least" },
  vi: { eq: "", approx: "khoảng", gt: "hơn", gte: "tối thiểu" },
};

/**
 * The qualifier of a comparator in words (`more than`, `hơn`; empty for `eq`).
 *
 * @internal
 */
export function _qualifier(comparator: Comparator, lang: Locale): string {
  return WORDS[lang][comparator];
}

/**
 * A figure as a reader would say it: the published form in Vietnamese, and
 * in English the qualifier, the number with its printed decimals and its
 * multiplier word (`more than 111 million`, `74.72%`, `19 of 22`).
 *
 * @internal
 */
export function _reading(o: Observation, lang: Locale): string {
  if (lang === "vi") return o.published;
  if (o.kind === "partOfWhole") return `${o.part} of ${o.whole}`;
  const word = o.scale === 1_000_000 ? " million" : o.scale === 1_000_000_000 ? " billion" : "";
  const number = new Intl.NumberFormat("en-US", {
    minimumFractionDigits: o.decimals,
    maximumFractionDigits: o.decimals,
  }).format(o.value / o.scale);
  const qualifier = WORDS.en[o.comparator];
  const sign = o.kind === "change" ? (o.change.direction === "increase" ? "+" : "−") : "";
  return `${qualifier ? `${qualifier} ` : ""}${sign}${number}${o.unit === "percent" ? "%" : word}`;
}
