/**
 * The generic chart of one indicator over time in one area: one mark per
 * figure (a point on its day, a bar across its month or year), every
 * reading rule of `index.ts`, a key of the marks it uses, the notes, the
 * conflicts it draws and its sources. Related indicators (other
 * definitions) may be drawn in the same panel as separate series, each in
 * its own colour and named in a legend, never joined to it or to each
 * other; those not drawn are named in a note.
 *
 * A chart of a new family is a few lines:
 *
 *   timeSeriesSpec({ series: { indicator, points: series(id) } }, sources)
 *
 * with the titles, the value axis and the time axis read from the
 * indicator and its figures unless given (see {@link TimeSeriesChartOptions}).
 */
import type { TopLevelSpec } from "vega-lite";
import type { Area, SeriesPoint, Unit } from "../../../src/index.js";
import { bounds, getProvince, getProvince2025, parsePeriod } from "../../../src/index.js";
import { topLevel } from "./_config.js";
import { conflictNotes, notDrawn, READING_NOTES, releasesOf, sourceLines } from "./_keys.js";
import type { Box, PanelScales } from "./_labels.js";
import { STATUS_WORDS } from "./_marks.js";
import { axisTop, timeDomain, utcTime } from "./_time.js";
import { pointHistory, readingsOf, timePanel } from "./_timePanel.js";
import type { ChartSeries, ChartSources } from "./_types.js";

/** How the value axis of a chart is titled, by the indicator's unit. */
const UNIT_TITLE: Readonly<Record<Unit, string>> = {
  percent: "Phần trăm · percent (%)",
  index: "Chỉ số · index (0–1)",
  ministry: "Bộ, ngành · ministries",
  province: "Tỉnh/thành phố · provinces",
  transaction: "Giao dịch · transactions",
  team: "Số Tổ · teams",
  person: "Người · people",
  visit: "Lượt truy cập · visits",
  procedure: "Thủ tục · procedures",
  service: "Dịch vụ · services",
  "ministry-or-province": "Bộ, ngành, tỉnh · ministries and provinces",
  "transactions-per-day": "Giao dịch mỗi ngày · transactions per day",
  "connection-point": "Điểm kết nối · connection points",
  agency: "Cơ quan · agencies",
};

/** The options of {@link timeSeriesSpec}: only `series` is needed. */
export interface TimeSeriesChartOptions {
  /** The indicator and its points (`series(id)`, or `series(id, { area, knownAt })`): all of one area. */
  readonly series: ChartSeries;
  /**
   * Related indicators drawn beside it (`indicator.related`, or any other
   * definition), each a separate series in its own colour, named in a
   * legend, never joined; their points must be of the same area.
   */
  readonly related?: readonly ChartSeries[];
  /** The chart's title `[vi, en]` (default: the indicator's names, and the area's). */
  readonly title?: readonly [string, string];
  /** The panel's title `[vi, en]` (default none: the chart's title names the indicator, a legend each related one). */
  readonly panelTitle?: readonly [string, string];
  /** The value axis. */
  readonly y?: {
    /** Its title (default: from the unit, `Phần trăm · percent (%)`). */
    readonly title?: string;
    /** Its bottom (default 0). */
    readonly min?: number;
    /** Its top (default: 100 for a percent, 1 for an index, else above the highest figure). */
    readonly max?: number;
    /** A Vega expression for its labels (default: the number, grouped with a thin space). */
    readonly labelExpr?: string;
  };
  /** The time axis. */
  readonly x?: {
    /** Its first day and the day after its last (default: the figures' span and the pads). */
    readonly domain?: readonly [string, string];
    /** Days before the first figure (default 75) and after the last (default 60): room for labels. */
    readonly padBefore?: number;
    readonly padAfter?: number;
    /** Months between two ticks (default: 12 where every figure is as of a year, else from the span). */
    readonly monthStep?: number;
  };
  /** The plot's width (default 780 px) and height (default 280 px). */
  readonly width?: number;
  readonly height?: number;
  /** Marks drawn under the figures (a target line), and the pixels their text takes. */
  readonly under?: readonly Record<string, unknown>[];
  readonly obstacles?: (scales: PanelScales) => Box[];
  /** Note lines after the reading notes (before the conflicts and the sources). */
  readonly notes?: readonly string[];
  /** Releases (`id@version`) named as sources besides those of the figures (a target's). */
  readonly sourceReleases?: readonly string[];
  /** The spec's description (default: every figure drawn, by as-of date). */
  readonly description?: string;
}

/** An area's key (`provinces-2025:01`), or `nation`. */
function areaKey(area: Area | null): string {
  return area === null ? "nation" : `${area.units}:${area.code}`;
}

/** An area's name: the province's, or none for the nation. */
function areaName(area: Area | null): string | null {
  if (area === null) return null;
  return area.units === "provinces-2023"
    ? getProvince(area.code).name
    : getProvince2025(area.code).name;
}

/**
 * One figure in words, as a chart's description gives it: `2023-06-19:
 * 90,66% (estimate)`, with a revision's earlier values and the number of
 * releases where more than one.
 */
export function figureText(p: SeriesPoint): string {
  const { was, sources } = pointHistory(p);
  const status = p.status === "normal" ? "" : ` (${STATUS_WORDS[p.status].split(" · ")[1]})`;
  return `${p.asOf}: ${p.observation.published}${status}${was.length > 0 ? ` (revised from ${was.join("; ")})` : ""}${sources > 1 ? ` (${sources} releases)` : ""}`;
}

/** Months between two ticks of a time axis, from the figures and the axis' span. */
function defaultMonthStep(
  points: readonly SeriesPoint[],
  domain: readonly [string, string],
): number {
  if (points.every((p) => parsePeriod(p.asOf).type === "year")) return 12;
  const months = (utcTime(domain[1]) - utcTime(domain[0])) / (30.44 * 86_400_000);
  if (months <= 14) return 1;
  if (months <= 28) return 2;
  if (months <= 42) return 3;
  if (months <= 84) return 6;
  return 12;
}

/**
 * A chart of one indicator over time, in one area (see the module comment):
 * one panel with its figures (and the related series given), a key of the
 * marks it uses, the reading notes, the related indicators it does not
 * draw, the conflicts and the sources.
 *
 * @param options - The series (and its related series), and what to set
 *   instead of the defaults: see {@link TimeSeriesChartOptions}.
 * @param sources - The data version, and the conflicts (those naming a
 *   point drawn get a footnote mark).
 * @throws Error where the series has no point, or the points are of more than one area.
 */
export function timeSeriesSpec(
  options: TimeSeriesChartOptions,
  sources: ChartSources,
): TopLevelSpec {
  const main = options.series;
  const related = options.related ?? [];
  const all = [main, ...related];
  const points = all.flatMap((s) => s.points);
  const first = main.points[0];
  if (first === undefined)
    throw new Error(`${main.indicator.id}: a chart needs at least one point`);
  const areas = [...new Set(points.map((p) => areaKey(p.area)))];
  if (areas.length !== 1)
    throw new Error(`${main.indicator.id}: a chart is of one area, got ${areas.join(", ")}`);
  const area = areaName(first.area);
  const notes = conflictNotes(points, sources.conflicts);
  const { unit } = main.indicator;
  const lowers = points.map((p) => bounds(p.observation).lower);
  const highest = Math.max(
    ...points.map((p) => bounds(p.observation).upper ?? p.observation.value),
  );
  const yMax =
    options.y?.max ??
    (unit === "percent"
      ? 100
      : unit === "index"
        ? 1
        : axisTop([...lowers, highest], 10 ** Math.floor(Math.log10(Math.max(highest, 1))) / 4));
  const xDomain =
    options.x?.domain ?? timeDomain(all, options.x?.padBefore ?? 75, options.x?.padAfter ?? 60);
  const names = {
    vi: `${main.indicator.name.vi}${area === null ? "" : ` (${area})`}`,
    en: `${main.indicator.name.en}${area === null ? "" : ` (${area})`}`,
  };
  const panel = timePanel({
    series: all,
    ...(options.panelTitle === undefined ? {} : { title: options.panelTitle }),
    yTitle: options.y?.title ?? UNIT_TITLE[unit],
    yMax,
    ...(options.y?.min === undefined ? {} : { yMin: options.y.min }),
    ...(options.y?.labelExpr === undefined ? {} : { yLabelExpr: options.y.labelExpr }),
    xDomain,
    monthStep: options.x?.monthStep ?? defaultMonthStep(points, xDomain),
    ...(options.width === undefined ? {} : { width: options.width }),
    height: options.height ?? 280,
    colourLegend: related.length > 0,
    conflictMarks: notes.marks,
    ...(options.under === undefined ? {} : { under: options.under }),
    ...(options.obstacles === undefined ? {} : { obstacles: options.obstacles }),
  });
  const description =
    options.description ??
    `${names.en} by as-of date: ${main.points.map(figureText).join("; ")}${related
      .map(
        (s) =>
          `; a separate series, never joined, ${s.indicator.id}: ${s.points.map(figureText).join("; ")}`,
      )
      .join("")}.`;
  return topLevel(
    options.title ?? [names.vi, names.en],
    description,
    [panel.spec],
    readingsOf(panel.rows),
    [
      ...READING_NOTES,
      ...(related.length > 0
        ? [
            "Các định nghĩa khác nhau không so sánh được với nhau (xem related) · Different definitions that do not compare (see related).",
          ]
        : []),
      ...(options.notes ?? []),
      ...notes.lines,
      ...notDrawn(
        main.indicator,
        related.map((s) => s.indicator.id),
      ),
      ...sourceLines(
        [...releasesOf(points), ...(options.sourceReleases ?? [])],
        sources.dataVersion,
      ),
    ],
  );
}
