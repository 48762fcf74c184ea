import { ArgumentRangeError, ArgumentTypeError } from "../errors.js";
import type { Locale } from "../model/common.js";
import { _group, _roundDecimal } from "./_decimal.js";

/** The locale, or the error naming `argument`. @internal */
export function _locale(argument: string, value: unknown): Locale {
  if (value === "vi" || value === "en") return value;
  if (typeof value !== "string") {
    throw new ArgumentTypeError("ERR_INVALID_TYPE", argument, value, '"vi" or "en"');
  }
  throw new ArgumentRangeError("ERR_OUT_OF_RANGE", argument, value, '"vi" or "en"');
}

/** Decimals from 0 to 15, or the error naming `argument`. @internal */
export function _decimals(argument: string, value: unknown): number {
  if (typeof value !== "number" || Number.isNaN(value)) {
    throw new ArgumentTypeError("ERR_INVALID_TYPE", argument, value, "an integer from 0 to 15");
  }
  if (!Number.isInteger(value) || value < 0 || value > 15) {
    throw new ArgumentRangeError("ERR_OUT_OF_RANGE", argument, value, "an integer from 0 to 15");
  }
  return value;
}

/**
 * `value × 10^shift` printed with `decimals` digits after the mark, half away
 * from zero on its decimal digits, thousands grouped: `vi` `1.234,5`, `en` `1,234.5`.
 *
 * @internal
 */
export function _formatDecimal(value: number, decimals: number, locale: Locale, shift = 0): string {
  const { negative, integer, fraction } = _roundDecimal(value, decimals, shift);
  const [group, mark] = locale === "vi" ? [".", ","] : [",", "."];
  const text = _group(integer, group) + (decimals > 0 ? mark + fraction : "");
  return negative ? `-${text}` : text;
}

/** The qualifier words, by comparator and locale (with their trailing space). @internal */
export const _QUALIFIERS = {
  vi: { eq: "", approx: "khoảng ", gt: "hơn ", gte: "tối thiểu ", lt: "dưới ", lte: "tối đa " },
  en: {
    eq: "",
    approx: "about ",
    gt: "more than ",
    gte: "at least ",
    lt: "less than ",
    lte: "at most ",
  },
} as const;

/** The multiplier words, by scale and locale (with their leading space). @internal */
export const _SCALE_WORDS = {
  vi: { 1: "", 1000000: " triệu", 1000000000: " tỷ" },
  en: { 1: "", 1000000: " million", 1000000000: " billion" },
} as const;

/** A scale of 1, 10^6 or 10^9, or the error naming `argument`. @internal */
export function _scale(argument: string, value: unknown): 1 | 1_000_000 | 1_000_000_000 {
  if (value === 1 || value === 1_000_000 || value === 1_000_000_000) return value;
  if (typeof value !== "number" || Number.isNaN(value)) {
    throw new ArgumentTypeError("ERR_INVALID_TYPE", argument, value, "1, 1000000 or 1000000000");
  }
  throw new ArgumentRangeError("ERR_OUT_OF_RANGE", argument, value, "1, 1000000 or 1000000000");
}
