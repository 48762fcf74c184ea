import { ArgumentRangeError } from "../errors.js";
import { latestRelease, releases } from "../generated/releases.js";
import type { Locale } from "../model/common.js";
import type { Observation } from "../model/observation.js";
import type { Release } from "../model/release.js";
import { formatValue } from "../numbers/formatValue.js";
import { _readInput } from "./_readInput.js";
import { _tidyRows } from "./toTidyRows.js";

/**
 * Options of {@link toMarkdown}.
 *
 * @category Formatting
 */
export interface ToMarkdownOptions {
  /**
   * The release the observations belong to: it gives the as-of date of
   * figures stated "at the time of the report", the data version and the
   * caption. Default: the release the first observation belongs to.
   */
  readonly release?: Release;
  /** The language of names and readings: `en` (the default) or `vi`. */
  readonly lang?: Locale;
}

const HEAD: Record<Locale, readonly string[]> = {
  en: ["Figure", "Published", "Reading", "Period", "Id"],
  vi: ["Chỉ tiêu", "Số công bố", "Cách đọc", "Kỳ", "Mã"],
};

/**
 * The observations as a Markdown (GitHub) table for people: name, figure as
 * printed, its reading with the qualifier, reference period (with the as-of
 * day for figures stated at the report) and id, under a line naming the
 * source and the data version.
 *
 * @param observations - Observations of one release.
 * @param options - `release`: the release they belong to (default: the
 *   first observation's); `lang`: `en` (default) or `vi`.
 * @returns The Markdown text, ending with a newline.
 * @throws {@link ArgumentTypeError} and {@link ArgumentRangeError} as
 *   {@link toTidyRows} and {@link formatValue}, and {@link ArgumentRangeError}
 *   for a `lang` other than `en` or `vi`, or (`ERR_UNKNOWN_OPTION`) an option
 *   other than `release` and `lang`.
 *
 * @example
 * ```ts
 * const md = toMarkdown([getObservation("ndxp-transactions-2023-q1")]);
 * md.split("\n")[4]
 * //=> "| Transactions through NDXP in Q1 2023 | hơn 111 triệu | more than 111 million | 2023-Q1 | ndxp-transactions-2023-q1 |"
 * ```
 * @category Formatting
 */
export function toMarkdown(
  observations: readonly Observation[],
  options: ToMarkdownOptions = {},
): string {
  // the input read once and checked, as plain copies: nothing below reads the
  // caller's objects. No `release`: the release the first observation belongs
  // to; every observation's release is then checked.
  const input = _readInput(
    observations,
    options,
    ["lang"],
    (id) => releases.find((r) => r.id === id) ?? latestRelease,
  );
  const list = input.observations;
  const lang = input.options.lang ?? "en";
  if (lang !== "en" && lang !== "vi") {
    throw new ArgumentRangeError("ERR_OUT_OF_RANGE", "options.lang", lang, '"en" or "vi"');
  }
  // `single` above: the release is always read
  const release = input.release as Release;
  const rows = _tidyRows(input);
  const cell = (text: string): string => text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
  const line = (cells: readonly string[]): string => `| ${cells.map(cell).join(" | ")} |`;
  const caption =
    lang === "en"
      ? `${release.title.en}. Data ${release.id}@${release.version}${release.event?.date ? `; event ${release.event.date}` : ""}.`
      : `${release.title.vi}. Dữ liệu ${release.id}@${release.version}${release.event?.date ? `; hội nghị ngày ${release.event.date}` : ""}.`;
  const atReport = lang === "en" ? "at the report" : "tại thời điểm báo cáo";
  return `${[
    caption,
    "",
    line(HEAD[lang]),
    line(HEAD[lang].map(() => "---")),
    ...list.map((o, i) =>
      line([
        lang === "en" ? o.name.en : o.name.vi,
        o.published,
        formatValue(o, { locale: lang }),
        o.period === "report" ? `${atReport} (${rows[i]?.as_of})` : o.period,
        o.id,
      ]),
    ),
  ].join("\n")}\n`;
}
