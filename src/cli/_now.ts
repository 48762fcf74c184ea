/** `now`: where each indicator stands now: its newest figure, date, status and publisher. */
import {
  formatPeriod,
  formatValue,
  indicators,
  latest,
  observations,
  periodEnd,
  type Release,
  type SeriesPoint,
} from "../index.js";
import { _COLUMNS, _NAME, type _Parsed } from "./_args.js";
import type { _Io } from "./_io.js";
import { _QUALIFIER, _STATUS } from "./_qualifier.js";
import { _table, _tsv, _wrap } from "./_table.js";

type IndicatorId = Parameters<typeof latest>[0];

/** Whose figure it is, as the release says, or the site that printed it. */
function publisherOf(release: Release, en: boolean): string {
  if (release.publisher !== null) return release.publisher.abbreviation;
  const site = release.source.printedBy ?? release.id;
  return en ? `not named (${site})` : `không nêu (${site})`;
}

/** The newest figure of every indicator about the nation, newest first. @internal */
export function _nowPoints(): {
  id: string;
  name: { vi: string; en: string };
  point: SeriesPoint;
}[] {
  const rows: { id: string; name: { vi: string; en: string }; point: SeriesPoint }[] = [];
  // the indicators with a figure about the nation (one about provinces only has none)
  const national = new Set(
    observations
      .filter((o) => o.area === null && (o.kind === "value" || o.kind === "partOfWhole"))
      .map((o) => o.indicator),
  );
  for (const i of indicators) {
    const point = national.has(i.id) ? latest(i.id as IndicatorId) : undefined;
    if (point !== undefined) rows.push({ id: i.id, name: i.name, point });
  }
  // newest as-of first (the last day of its period), then as the indicators are listed
  const end = (p: SeriesPoint): string => periodEnd(p.asOf);
  return rows
    .map((r, n) => ({ r, n }))
    .sort((a, b) =>
      end(b.r.point) < end(a.r.point) ? -1 : end(b.r.point) > end(a.r.point) ? 1 : a.n - b.n,
    )
    .map(({ r }) => r);
}

/** `now`: a table to a terminal, TSV to a pipe. @internal */
export function _now(parsed: _Parsed, io: _Io): string {
  const en = parsed.lang === "en";
  const rows = _nowPoints();
  if (!io.isTTY) {
    return _tsv([
      _COLUMNS.now,
      ...rows.map(({ id, point: p }) => [
        id,
        p.asOf,
        p.observation.published,
        p.observation.comparator,
        p.observation.value,
        p.status,
        p.release.publisher?.id ?? "",
        p.release.id,
      ]),
    ]);
  }
  const head = en
    ? ["as of", "figure", "read in English", "indicator; status, whose figure, release"]
    : ["ngày số liệu", "số liệu", "", "chỉ tiêu; trạng thái, số liệu của, nguồn"];
  const table = [
    head,
    ...rows.map(({ id, name, point: p }) => [
      formatPeriod(p.asOf, { locale: parsed.lang }),
      p.observation.published,
      en ? formatValue(p.observation, { locale: "en" }) : _QUALIFIER.vi[p.observation.comparator],
      [
        `${en ? name.en : name.vi} (${id})`,
        [
          p.status === "normal" ? null : _STATUS[parsed.lang][p.status],
          publisherOf(p.release, en),
          p.release.id,
        ]
          .filter((x) => x !== null)
          .join(" · "),
      ].join("\n  "),
    ]),
  ];
  const note = en
    ? `The newest figure of each indicator about the nation (${rows.length}), newest first: its latest vintage, as published. Its whole series: ${_NAME} series <indicator>.`
    : `Số liệu mới nhất của mỗi chỉ tiêu cấp quốc gia (${rows.length}), mới nhất trước: lần công bố mới nhất, đúng như đã in. Cả chuỗi: ${_NAME} series <chỉ tiêu>.`;
  return `${[_table(table, io.columns), "", ..._wrap(note, io.columns ?? Number.POSITIVE_INFINITY)].join("\n")}\n`;
}
