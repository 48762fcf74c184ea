/** `series <indicator>`: one indicator's figures in as-of order. */
import { formatPeriod, formatValue, indicators, series } from "../index.js";
import { _NAME, type _Parsed, _UsageError } from "./_args.js";
import type { _Io } from "./_io.js";
import { _findIndicator } from "./_lookup.js";
import { _QUALIFIER, _STATUS } from "./_qualifier.js";
import { _table, _tsv, _wrap } from "./_table.js";

/** `series`: a table to a terminal, TSV to a pipe. @internal */
export function _series(parsed: _Parsed, io: _Io): string {
  const id = parsed.positionals[0] ?? "";
  const indicator = _findIndicator(id);
  if (indicator === undefined) {
    throw new _UsageError(
      `unknown indicator "${id}". Indicators: ${indicators.map((i) => i.id).join(", ")}.`,
    );
  }
  const points = series(indicator.id as Parameters<typeof series>[0]);
  const { lang } = parsed;
  if (!io.isTTY) {
    const head = [
      "as_of",
      "published",
      "comparator",
      "value",
      "release",
      "status",
      "publications",
      "id",
    ];
    return _tsv([
      head,
      ...points.map(({ asOf, observation: o, release, status, publications }) => [
        asOf,
        o.published,
        o.comparator,
        o.value,
        release.id,
        status,
        publications.length,
        o.id,
      ]),
    ]);
  }
  const head =
    lang === "en"
      ? ["as of", "published", "read in English", "release (printed by); notes"]
      : ["ngày số liệu", "số công bố", "", "nguồn; ghi chú"];
  const rows = [
    head,
    ...points.map(({ asOf, observation: o, release, conflicts: ids, publications }) => [
      formatPeriod(asOf, { locale: lang }),
      o.published,
      lang === "en" ? formatValue(o, { locale: "en" }) : _QUALIFIER[lang][o.comparator],
      [
        `${release.id}${release.source.printedBy ? ` (${release.source.printedBy})` : ""}`,
        o.status === "normal" ? null : _STATUS[lang][o.status],
        publications.length > 1
          ? lang === "en"
            ? `${publications.length} publications`
            : `${publications.length} lần công bố`
          : null,
        ids.length > 0 ? `${lang === "en" ? "conflict" : "vênh"}: ${ids.join(", ")}` : null,
      ]
        .filter((x) => x !== null)
        .join("\n  "),
    ]),
  ];
  const related = indicator.related.map((r) => r.id);
  const intro = [
    `${lang === "en" ? indicator.name.en : indicator.name.vi} (${indicator.id})`,
    lang === "en" ? indicator.measures.en : indicator.measures.vi,
    ...(related.length > 0
      ? [`${lang === "en" ? "Not the same as" : "Khác với"}: ${related.join(", ")}.`]
      : []),
    "",
  ];
  const outro = [
    "",
    lang === "en"
      ? `${points.length} figures, nothing interpolated. The definition and conflicts: ${_NAME} show ${indicator.id} --indicator.`
      : `${points.length} số liệu, không nội suy. Định nghĩa: ${_NAME} show ${indicator.id} --indicator.`,
  ];
  const wrapLines = (lines: string[]): string[] =>
    lines.flatMap((l) => _wrap(l, io.columns ?? Number.POSITIVE_INFINITY));
  return `${[...wrapLines(intro), _table(rows, io.columns), ...wrapLines(outro)].join("\n")}\n`;
}
