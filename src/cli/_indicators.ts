/** `indicators`: every indicator, with the number of points of its series and its name. */
import { type Area, type Indicator, indicators, observations, series } from "../index.js";
import { _COLUMNS, _NAME, type _Parsed } from "./_args.js";
import type { _Io } from "./_io.js";
import { _table, _tsv, _wrap } from "./_table.js";

type IndicatorId = Parameters<typeof series>[0];

/**
 * The number of points of an indicator's series: its figures (one per as-of
 * date) about the nation, and those about each province it has figures
 * about. An indicator with targets or printed changes only has none.
 *
 * @internal
 */
export function _pointCount(indicator: Indicator): number {
  const own = observations.filter(
    (o) => o.indicator === indicator.id && (o.kind === "value" || o.kind === "partOfWhole"),
  );
  const areas = new Map<string, Area>();
  for (const o of own) if (o.area !== null) areas.set(`${o.area.units}:${o.area.code}`, o.area);
  const id = indicator.id as IndicatorId;
  const nation = own.some((o) => o.area === null) ? series(id).length : 0;
  let count = nation;
  for (const area of areas.values()) count += series(id, { area }).length;
  return count;
}

/** `indicators`: a table to a terminal, TSV to a pipe. @internal */
export function _indicators(parsed: _Parsed, io: _Io): string {
  const en = parsed.lang === "en";
  const counted = indicators.map((i) => ({ indicator: i, points: _pointCount(i) }));
  if (!io.isTTY) {
    return _tsv([
      _COLUMNS.indicators,
      ...counted.map(({ indicator: i, points }) => [
        i.id,
        points,
        i.unit,
        en ? i.name.en : i.name.vi,
      ]),
    ]);
  }
  const rows = [
    en ? ["points", "indicator; its id"] : ["số điểm", "chỉ tiêu; mã"],
    ...counted.map(({ indicator: i, points }) => [
      String(points),
      `${en ? i.name.en : i.name.vi}\n  ${i.id}`,
    ]),
  ];
  const outro = en
    ? [
        "",
        `${indicators.length} indicators. "points": the figures of its series, one per as-of date. One series: ${_NAME} series <indicator>; its definition: ${_NAME} show <indicator> --indicator.`,
      ]
    : [
        "",
        `${indicators.length} chỉ tiêu. "số điểm": số liệu trong chuỗi, mỗi ngày số liệu một điểm. Một chuỗi: ${_NAME} series <chỉ tiêu>; định nghĩa: ${_NAME} show <chỉ tiêu> --indicator.`,
      ];
  const lines = outro.flatMap((l) => _wrap(l, io.columns ?? Number.POSITIVE_INFINITY));
  return `${[_table(rows, io.columns), ...lines].join("\n")}\n`;
}
