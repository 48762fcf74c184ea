import { _fields, _locale, _options } from "../_lib/_check.js";
import { _MONTHS_EN } from "../_lib/_months.js";
import { ArgumentRangeError } from "../errors.js";
import type { Locale } from "../model/common.js";
import type { ReportEvent } from "../model/release.js";
import { type Period, parsePeriod } from "./parsePeriod.js";

/**
 * Options of {@link formatPeriod}.
 *
 * @category Periods
 */
export interface FormatPeriodOptions {
  /** `vi` (`quý 1/2023`, as the report writes it) or `en` (`Q1 2023`). */
  readonly locale: Locale;
  /**
   * The release a figure stated "at the time of the report" belongs to
   * (`mic2023Q1`, or any object with `event.date`): its event's day is then
   * written after the words, where the release has one. Ignored for other
   * periods. Passed in, so that this helper carries no data.
   */
  readonly release?: {
    /** The event the report was presented at, or `null`: only its day (`date`) is read. */
    readonly event: Pick<ReportEvent, "date"> | null;
  };
}

const AT_REPORT: Record<Locale, string> = {
  en: "at the time of the report",
  vi: "tại thời điểm báo cáo",
};

/**
 * A period in words, as the report writes it in Vietnamese, or in English:
 *
 * | period | `vi` | `en` |
 * |---|---|---|
 * | `2023` | `năm 2023` | `2023` |
 * | `2023-Q1` | `quý 1/2023` | `Q1 2023` |
 * | `2023-01` | `tháng 1/2023` | `January 2023` |
 * | `2023-02-21` | `21/2/2023` | `21 February 2023` |
 * | `report` | `tại thời điểm báo cáo` | `at the time of the report` |
 * | `report`, with `release` | `tại thời điểm báo cáo (6/3/2023)` | `at the time of the report (6 March 2023)` |
 *
 * Every observation's `period` formats, `"report"` included.
 *
 * @param period - A period (`2023`, `2023-Q1`, `2023-01`, `2023-02-21`) or
 *   `"report"` (a figure stated at the time of the report).
 * @param options - `locale`: `vi` or `en`; `release`: the release, to date a
 *   `"report"` period by its event.
 * @returns The period in words (the same in every time zone).
 * @throws {@link ArgumentTypeError} / {@link ArgumentRangeError} as
 *   {@link parsePeriod}, for a locale other than `vi` or `en`, and for a
 *   `release` whose `event.date` is not an existing day;
 *   {@link ArgumentRangeError} (`ERR_UNKNOWN_OPTION`) for an option it does
 *   not know (`{ lang: "vi" }`), naming it and suggesting the closest.
 *
 * @example
 * ```ts
 * formatPeriod(getObservation("ndxp-transactions-2023-q1").period, { locale: "vi" })
 * //=> "quý 1/2023"
 * formatPeriod("2023-Q1", { locale: "en" })
 * //=> "Q1 2023"
 * formatPeriod(getObservation("fully-online-services-share").period, { locale: "en" })
 * //=> "at the time of the report"
 * formatPeriod("report", { locale: "vi", release: mic2023Q1 })
 * //=> "tại thời điểm báo cáo (6/3/2023)"
 * ```
 * @category Periods
 */
export function formatPeriod(period: string, options: FormatPeriodOptions): string;
/**
 * The same, with the locale as a string: the call of 0.1.0.
 *
 * @deprecated Pass the options object, `formatPeriod(period, { locale })`, as
 *   for `formatValue` and `formatPercent`. This form works throughout 0.x
 *   and goes in 1.0.
 * @param period - A period, or `"report"`.
 * @param locale - `vi` or `en`.
 * @returns The period in words.
 * @throws {@link ArgumentTypeError} / {@link ArgumentRangeError} as the
 *   options form.
 *
 * @example
 * ```ts
 * formatPeriod("2023-Q1", "vi")
 * //=> "quý 1/2023"
 * ```
 */
export function formatPeriod(period: string, locale: Locale): string;
export function formatPeriod(period: string, options: FormatPeriodOptions | Locale): string {
  // the 0.1.0 form: a locale string (its errors still name `locale`)
  if (typeof options === "string") return _words(period, _locale("locale", options), null);
  const opts = _options(
    "options",
    options,
    ["locale", "release"],
    'an options object such as { locale: "vi" }',
  );
  const locale = _locale("options.locale", opts.locale);
  return _words(period, locale, opts.release === undefined ? null : _eventDay(opts.release));
}

/** The event's day of `options.release`, checked, or `null` where the release has no dated event. */
function _eventDay(release: unknown): Period | null {
  // a release is data, not options: its other fields are allowed
  const r = _fields("options.release", release, "a release (an object with event.date)", ["event"]);
  if (r.event === null) return null;
  const event = _fields("options.release.event", r.event, "an event with a date, or null", [
    "date",
  ]);
  if (event.date === null) return null;
  let day: Period | null = null;
  try {
    day = parsePeriod(event.date as string);
  } catch {
    day = null;
  }
  if (day === null || day.type !== "day") {
    throw new ArgumentRangeError(
      "ERR_INVALID_FORMAT",
      "options.release.event.date",
      event.date,
      'an existing day as "YYYY-MM-DD"',
    );
  }
  return day;
}

function _words(period: string, l: Locale, eventDay: Period | null): string {
  if (period === "report") {
    return eventDay === null ? AT_REPORT[l] : `${AT_REPORT[l]} (${_words(eventDay.text, l, null)})`;
  }
  const p = parsePeriod(period);
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
