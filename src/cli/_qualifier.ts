import type { Locale, Observation } from "../index.js";

/** The qualifier words of each comparator, in each language ("" for eq). @internal */
export const _QUALIFIER: Record<Locale, Record<Observation["comparator"], string>> = {
  en: { eq: "", approx: "about", gt: "more than", gte: "at least", nearly: "nearly" },
  vi: { eq: "", approx: "khoảng", gt: "hơn", gte: "tối thiểu", nearly: "gần" },
};
