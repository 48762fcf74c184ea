import { _locale } from "../_check.js";
import { _MONTHS_EN } from "../_months.js";
import type { Locale } from "../model/common.js";
import { parsePeriod } from "./parsePeriod.js";

/**
 * A period in words, as the report writes it in Vietnamese, or in English:
 *
 * | period | `vi` | `en` |
 * |---|---|---|
 * | `2023` | `năm 2023` | `2023` |
 * | `2023-Q1` | `quý 1/2023` | `Q1 2023` |
 * | `2023-01` | `tháng 1/2023` | `January 2023` |
 * | `2023-02-21` | `21/2/2023` | `21 February 2023` |
 *
 * @param period - A period (`2023`, `2023-Q1`, `2023-01`, `2023-02-21`).
 * @param locale - `vi` or `en`.
 * @returns The period in words (the same in every time zone).
 * @throws {@link ArgumentTypeError} / {@link ArgumentRangeError} as
 *   {@link parsePeriod}, and for a locale other than `vi` or `en`.
 *
 * @example
 * ```ts
 * formatPeriod(getObservation("ndxp-transactions-2023-q1").period, "vi")
 * //=> "quý 1/2023"
 * formatPeriod("2023-Q1", "en")
 * //=> "Q1 2023"
 * ```
 * @category Periods
 */
export function formatPeriod(period: string, locale: Locale): string {
  const p = parsePeriod(period);
  const l = _locale("locale", locale);
  switch (p.type) {
    case "year":
      return l === "vi" ? `năm ${p.year}` : String(p.year);
    case "quarter":
      return l === "vi" ? `quý ${p.quarter}/${p.year}` : `Q${p.quarter} ${p.year}`;
    // months and days are written from the parsed numbers, with no date
    // library: date-fns `format` would pull its English locale into every bundle
    case "month":
      return l === "vi"
        ? `tháng ${p.month}/${p.year}`
        : `${_MONTHS_EN[(p.month ?? 1) - 1]} ${p.year}`;
    default:
      return l === "vi"
        ? `${p.day}/${p.month}/${p.year}`
        : `${p.day} ${_MONTHS_EN[(p.month ?? 1) - 1]} ${p.year}`;
  }
}
