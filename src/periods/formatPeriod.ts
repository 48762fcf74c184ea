import { format } from "date-fns/format";
import type { Locale } from "../model/common.js";
import { _locale } from "../numbers/_format.js";
import { _start } from "./_bounds.js";
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
  const start = _start(p);
  switch (p.type) {
    case "year":
      return l === "vi" ? `năm ${p.year}` : String(p.year);
    case "quarter":
      return l === "vi" ? `quý ${p.quarter}/${p.year}` : `Q${p.quarter} ${p.year}`;
    case "month":
      return l === "vi" ? format(start, "'tháng' M/yyyy") : format(start, "MMMM yyyy");
    default:
      return l === "vi" ? format(start, "d/M/yyyy") : format(start, "d MMMM yyyy");
  }
}
