import type { Locale, Observation } from "../index.js";

/** The qualifier words of each comparator, in each language ("" for eq). @internal */
export const _QUALIFIER: Record<Locale, Record<Observation["comparator"], string>> = {
  en: { eq: "", approx: "about", gt: "more than", gte: "at least", nearly: "nearly" },
  vi: { eq: "", approx: "khoảng", gt: "hơn", gte: "tối thiểu", nearly: "gần" },
};

/** The words of each status other than normal, in each language. @internal */
export const _STATUS: Record<Locale, Record<Observation["status"], string>> = {
  en: { normal: "", estimate: "an estimate", provisional: "provisional", forecast: "a forecast" },
  vi: { normal: "", estimate: "ước tính", provisional: "sơ bộ", forecast: "dự báo" },
};
