/** `list`: every figure of a release (default: the report). */
import { DATA_VERSION, formatValue, releases, toTidyRows, VERSION } from "../index.js";
import { _NAME, type _Parsed, _REPORT } from "./_args.js";
import type { _Io } from "./_io.js";
import { _findRelease, _ofRelease } from "./_lookup.js";
import { _QUALIFIER, _STATUS } from "./_qualifier.js";
import { _table, _tsv, _wrap } from "./_table.js";

/** `list`: a table to a terminal, TSV to a pipe. @internal */
export function _list(parsed: _Parsed, io: _Io): string {
  const { lang } = parsed;
  const release = parsed.release === undefined ? _REPORT : _findRelease(parsed.release);
  const figures = _ofRelease(release);
  if (!io.isTTY) {
    const rows = toTidyRows(figures, { release });
    const head = ["id", "published", "comparator", "value", "unit", "period", "as_of", "name"];
    return _tsv([
      head,
      ...rows.map((r) => [
        r.id,
        r.published,
        r.comparator,
        r.value,
        r.unit,
        r.period,
        r.as_of,
        lang === "en" ? r.name_en : r.name_vi,
      ]),
    ]);
  }
  const head =
    lang === "en"
      ? ["published", "read in English", "figure; its id and period"]
      : ["số công bố", "", "chỉ tiêu; mã và kỳ"];
  const rows = [
    head,
    ...figures.map((o) => [
      o.published,
      lang === "en" ? formatValue(o, { locale: "en" }) : _QUALIFIER[lang][o.comparator],
      `${lang === "en" ? o.name.en : o.name.vi}\n  ${o.id} · ${
        o.period === "report" ? (lang === "en" ? "at report" : "báo cáo") : o.period
      }${o.status === "normal" ? "" : ` · ${_STATUS[lang][o.status]}`}`,
    ]),
  ];
  const eventDate = release.event?.date ?? null;
  const atReport =
    eventDate === null
      ? []
      : lang === "en"
        ? [`"at report": stated as current at the conference on ${eventDate}.`]
        : [`"báo cáo": số liệu tại hội nghị ngày ${eventDate}.`];
  const intro =
    lang === "en"
      ? [
          `${release.title.en}`,
          `Release ${release.id}@${release.version}, data ${DATA_VERSION}, package ${VERSION}.`,
          ...atReport,
          `Published figures are in Vietnamese style: "," is the decimal mark, "." groups thousands;`,
          "triệu = million, tỷ = billion; hơn = more than, tối thiểu = at least, khoảng = about.",
          "",
        ]
      : [
          `${release.title.vi}`,
          `Dữ liệu ${release.id}@${release.version}, bộ dữ liệu ${DATA_VERSION}, gói ${VERSION}.`,
          ...atReport,
          "",
        ];
  const outro =
    lang === "en"
      ? [
          "",
          `${figures.length} figures. One in full: ${_NAME} show <id>. Cite: ${_NAME} cite <id>.`,
          `Other releases: ${_NAME} list --release <id> (${releases.length} in all). One indicator over time: ${_NAME} series <indicator>.`,
          `Every column (bounds, parts, targets), as CSV: ${_NAME} export. Help: ${_NAME} --help.`,
        ]
      : [
          "",
          `${figures.length} chỉ tiêu. Chi tiết: ${_NAME} show <mã>. Chuỗi số liệu: ${_NAME} series <chỉ tiêu>.`,
        ];
  const wrapLines = (lines: string[]): string[] =>
    lines.flatMap((l) => _wrap(l, io.columns ?? Number.POSITIVE_INFINITY));
  return `${[...wrapLines(intro), _table(rows, io.columns), ...wrapLines(outro)].join("\n")}\n`;
}
