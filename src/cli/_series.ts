/**
 * `series <indicator>`: one row per figure, in as-of order; `vintages
 * <indicator>`: one row per publication of each figure.
 */
import {
  ArgumentRangeError,
  ArgumentTypeError,
  formatPeriod,
  formatValue,
  type Indicator,
  type Locale,
  type PublicationRole,
  series,
  vintages,
} from "../index.js";
import { _COLUMNS, _NAME, type _Parsed, _UsageError } from "./_args.js";
import type { _Io } from "./_io.js";
import { _findSeriesIndicator } from "./_lookup.js";
import { _QUALIFIER, _STATUS } from "./_qualifier.js";
import { _table, _tsv, _wrap } from "./_table.js";

type IndicatorId = Parameters<typeof series>[0];

/** The words of each publication role, in each language. @internal */
export const _ROLE: Record<Locale, Record<PublicationRole, string>> = {
  en: { first: "first", relay: "relay", revision: "revision", conflicting: "conflicting" },
  vi: { first: "lần đầu", relay: "đăng lại", revision: "sửa đổi", conflicting: "vênh" },
};

/**
 * Runs `read` (a call of `series` or `vintages`), turning the package's
 * refusal of `--known-at` or `--as-of` into a usage error in the option's words.
 */
function withOptions<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof ArgumentRangeError || error instanceof ArgumentTypeError) {
      if (error.argument === "options.knownAt") {
        throw new _UsageError(
          `invalid day "${String(error.received)}" for --known-at: use a calendar day such as 2024-02-01`,
        );
      }
      if (error.argument === "options.asOf") {
        throw new _UsageError(
          `invalid date or period "${String(error.received)}" for --as-of: use one such as 2023-09-04, 2024-09, 2022-Q3 or 2023`,
        );
      }
    }
    throw error;
  }
}

/** The lines above a table: the indicator's name, what it measures, what it is not, the day known at. */
function intro(indicator: Indicator, lang: Locale, knownAt: string | undefined): string[] {
  const en = lang === "en";
  const related = indicator.related.map((r) => r.id);
  return [
    `${en ? indicator.name.en : indicator.name.vi} (${indicator.id})`,
    en ? indicator.measures.en : indicator.measures.vi,
    ...(related.length > 0
      ? [`${en ? "Not the same as" : "Khác với"}: ${related.join(", ")}.`]
      : []),
    ...(knownAt === undefined
      ? []
      : [
          en
            ? `As known on ${formatPeriod(knownAt, { locale: "en" })}: only what was made public by that day.`
            : `Như được biết vào ngày ${formatPeriod(knownAt, { locale: "vi" })}: chỉ những gì đã công bố đến ngày đó.`,
        ]),
    "",
  ];
}

/** `1 figure`, `2 figures`. */
function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

/** Lines wrapped to the terminal's width. */
function wrapped(lines: readonly string[], io: _Io): string[] {
  return lines.flatMap((l) => _wrap(l, io.columns ?? Number.POSITIVE_INFINITY));
}

/** `series`: a table to a terminal, TSV to a pipe. @internal */
export function _series(parsed: _Parsed, io: _Io): string {
  const indicator = _findSeriesIndicator(parsed.positionals[0] ?? "", "series");
  const { lang, knownAt } = parsed;
  const points = withOptions(() =>
    series(indicator.id as IndicatorId, knownAt === undefined ? {} : { knownAt: knownAt as never }),
  );
  if (!io.isTTY) {
    return _tsv([
      _COLUMNS.series,
      ...points.map((p) => [
        p.asOf,
        p.observation.published,
        p.observation.comparator,
        p.observation.value,
        p.status,
        p.release.id,
        p.publications.length,
        p.revised,
        p.conflicts.join(","),
        p.observation.id,
      ]),
    ]);
  }
  const en = lang === "en";
  const head = en
    ? ["as of", "published", "read in English", "release (printed by); notes"]
    : ["ngày số liệu", "số công bố", "", "nguồn (trang đăng); ghi chú"];
  const rows = [
    head,
    ...points.map(({ asOf, observation: o, release, conflicts: ids, publications, revised }) => [
      formatPeriod(asOf, { locale: lang }),
      o.published,
      en ? formatValue(o, { locale: "en" }) : _QUALIFIER[lang][o.comparator],
      [
        `${release.id}${release.source.printedBy ? ` (${release.source.printedBy})` : ""}`,
        o.status === "normal" ? null : _STATUS[lang][o.status],
        publications.length > 1
          ? en
            ? `printed ${publications.length} times`
            : `đăng ${publications.length} lần`
          : null,
        revised ? (en ? "revised" : "đã sửa đổi") : null,
        ids.length > 0 ? `${en ? "conflict" : "vênh"}: ${ids.join(", ")}` : null,
      ]
        .filter((x) => x !== null)
        .join("\n  "),
    ]),
  ];
  const outro = [
    "",
    en
      ? `${count(points.length, "figure")}, one row each, nothing interpolated. Every publication: ${_NAME} vintages ${indicator.id}. The definition and conflicts: ${_NAME} show ${indicator.id} --indicator.`
      : `${points.length} số liệu, mỗi số một dòng, không nội suy. Mọi lần công bố: ${_NAME} vintages ${indicator.id}. Định nghĩa: ${_NAME} show ${indicator.id} --indicator.`,
  ];
  return `${[...wrapped(intro(indicator, lang, knownAt), io), _table(rows, io.columns), ...wrapped(outro, io)].join("\n")}\n`;
}

/** `vintages`: a table to a terminal, TSV to a pipe. @internal */
export function _vintages(parsed: _Parsed, io: _Io): string {
  const indicator = _findSeriesIndicator(parsed.positionals[0] ?? "", "vintages");
  const { lang, knownAt, asOf } = parsed;
  const rows = withOptions(() =>
    vintages(indicator.id as IndicatorId, {
      ...(knownAt === undefined ? {} : { knownAt: knownAt as never }),
      ...(asOf === undefined ? {} : { asOf: asOf as never }),
    }),
  );
  if (!io.isTTY) {
    return _tsv([
      _COLUMNS.vintages,
      ...rows.map((r) => [
        r.figure,
        r.asOf,
        r.observation.published,
        r.release.id,
        r.knownFrom,
        r.vintage,
        r.role,
        r.status,
        r.isLatestVintage,
        r.observation.id,
      ]),
    ]);
  }
  const en = lang === "en";
  const head = en
    ? ["as of", "published", "release", "known from", "vintage", "role", "latest"]
    : ["ngày số liệu", "số công bố", "nguồn", "biết từ ngày", "đợt", "vai trò", "mới nhất"];
  const table = [
    head,
    ...rows.map((r) => [
      formatPeriod(r.asOf, { locale: lang }),
      r.observation.published,
      r.release.id,
      r.knownFrom,
      String(r.vintage),
      `${_ROLE[lang][r.role]}${r.status === "normal" ? "" : ` (${_STATUS[lang][r.status]})`}`,
      r.isLatestVintage ? (en ? "yes" : "có") : en ? "no" : "không",
    ]),
  ];
  const figures = new Set(rows.map((r) => r.figure)).size;
  const outro = [
    "",
    en
      ? `${count(rows.length, "publication")} of ${count(figures, "figure")}. "known from": the day a publication counts as public; "latest": the one the series shows (${_NAME} series ${indicator.id}).`
      : `${rows.length} lần công bố của ${figures} số liệu. "biết từ ngày": ngày lần công bố được tính là công khai; "mới nhất": lần mà chuỗi số liệu hiển thị (${_NAME} series ${indicator.id}).`,
  ];
  if (rows.length === 0) {
    const none = en
      ? `No publication${asOf === undefined ? "" : ` of a figure as of ${asOf}`}${knownAt === undefined ? "" : ` known on ${knownAt}`}.`
      : `Không có lần công bố nào${asOf === undefined ? "" : ` của số liệu ngày ${asOf}`}${knownAt === undefined ? "" : ` được biết vào ngày ${knownAt}`}.`;
    return `${[...wrapped(intro(indicator, lang, knownAt), io), none].join("\n")}\n`;
  }
  return `${[...wrapped(intro(indicator, lang, knownAt), io), _table(table, io.columns), ...wrapped(outro, io)].join("\n")}\n`;
}
