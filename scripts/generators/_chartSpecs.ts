/**
 * The Vega-Lite specifications of the charts under `docs/`, one builder per
 * chart. Each builder is a pure function of the figures it is given (series
 * points, observations, indicators, conflicts, the data version): it reads
 * no file and no generated module, so the same builder serves the chart
 * generator (`charts.ts`, which gives it the canonical data of `data/`), a
 * test, or a notebook (which gives it `series(…)` of the package).
 *
 * The specs are Vega-Lite 5 (`$schema` v5), the version JupyterLab's
 * mimetype renderer reads (`application/vnd.vegalite.v5+json`); `charts.ts`
 * compiles them with vega-lite 5 and renders them to SVG with vega 5.
 *
 * Reading rules every chart follows (they come from `bounds()` and the
 * observation's fields, never from numbers typed here):
 * - a figure with no upper bound (`hơn`, `trên`, `tối thiểu`: `bounds().upper
 *   === null`) is a triangle at its lower bound under a band that fades out
 *   to the top of the plot: an open interval;
 * - a figure the source calls an estimate (`estimate: true`) is hollow, and
 *   its label says so;
 * - a figure as of a month (or any period longer than a day) is a bar that
 *   spans the period, not a point on one day;
 * - points are never joined by a line: nothing is known between two dates,
 *   and two indicators (two definitions) are never one series.
 */
import type { TopLevelSpec } from "vega-lite";
import type {
  Conflict,
  Indicator,
  Interval,
  Observation,
  PartOfWholeObservation,
  Release,
  SeriesPoint,
} from "../../src/index.js";
import {
  bounds,
  formatPercent,
  getProvince,
  parsePeriod,
  periodEnd,
  periodStart,
  progressRatio,
} from "../../src/index.js";
import { REPORT_ID } from "./_dataset.js";
import { textWidth } from "./_textWidth.js";

/** The Vega-Lite schema the specs declare: v5, what JupyterLab's mimetype renderer reads. */
export const VEGA_LITE_SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json";

const FONT = "DejaVu Sans, Verdana, Arial, sans-serif";
const INK = "#1f2933";
const MUTED = "#52606d";
const TRACK = "#e4e7eb";
/** Green: a figure, and what it surely reaches. */
export const FIGURE = "#2f7d4f";
/** Orange: the part a "more than" leaves open. */
export const OPEN = "#d9822b";
/** Blue: a target. */
export const TARGET = "#1d4ed8";
/** One colour per definition when a chart shows several indicators side by side. */
const DEFINITION_COLOURS = ["#2f7d4f", "#c2410c", "#6d28d9", "#0e7490"] as const;
const WIDTH = 780;
const DAY = 86_400_000;

/** The inputs of a chart of one indicator over time. */
export interface ChartSeries {
  /** The indicator (its names label the series). */
  readonly indicator: Indicator;
  /** Its points, as `series(indicator.id)` gives them. */
  readonly points: readonly SeriesPoint[];
}

/** What every chart names in its source lines. */
export interface ChartSources {
  /** The data set's version (`DATA_VERSION`). */
  readonly dataVersion: string;
  /** The recorded conflicts (`conflicts`), of which a chart names those of its points. */
  readonly conflicts: readonly Conflict[];
}

/** A chart: its file name (without extension) and its Vega-Lite specification. */
export interface Chart {
  /** `community-tech-teams` → `docs/community-tech-teams.svg`, `docs/charts/community-tech-teams.vl.json`. */
  readonly name: string;
  /** The specification (Vega-Lite 5). */
  readonly spec: TopLevelSpec;
}

// ---------------------------------------------------------------------------
// Dates: an as-of date or period as the days it spans

/** The time (ms since 1970, UTC) of an ISO day's start: what a time scale's domain takes. */
function utcTime(isoDay: string): number {
  return Date.parse(`${isoDay}T00:00:00Z`);
}

/** The ISO day (`YYYY-MM-DD`, UTC) of a time. */
function isoOf(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** `addDays("2023-09-30", 1)` → `2023-10-01` (UTC calendar arithmetic on ISO days). */
function addDays(isoDay: string, days: number): string {
  return isoOf(utcTime(isoDay) + days * DAY);
}

/** `2023-09-30` → `2023-10-01`. */
function nextDay(isoDay: string): string {
  return addDays(isoDay, 1);
}

/** The day halfway through `[start, end)`, rounded down. */
function midDay(start: string, end: string): string {
  const a = utcTime(start);
  return isoOf(a + Math.floor((utcTime(end) - a) / DAY / 2) * DAY);
}

/** `2022-08-20` → `20/8/2022`; `2023-09` → `9/2023` (the way both languages read it). */
export function shortDate(asOf: string): string {
  const p = parsePeriod(asOf);
  if (p.type === "day") return `${p.day}/${p.month}/${p.year}`;
  if (p.type === "month") return `${p.month}/${p.year}`;
  if (p.type === "quarter") return `Q${p.quarter}/${p.year}`;
  return String(p.year);
}

// ---------------------------------------------------------------------------
// One data row per figure

/** How a figure is read, which the legend explains: one mark per reading. */
export type Reading = "stated" | "more-than" | "estimate" | "period";

const READING_LABEL: Record<Reading, string> = {
  stated: "số đã nêu · figure as printed",
  "more-than": "hơn, trên, tối thiểu · more than, at least: no upper bound",
  estimate: "ước tính · estimate",
  period: "số của cả tháng (hay cả kỳ) · as of a month (or longer period), no day given",
};
const READING_ORDER: readonly Reading[] = ["stated", "more-than", "estimate", "period"];

/** Where a figure's label stands, from its mark. */
type LabelAt = "above" | "below" | "left" | "right";

/** One figure, as the marks of a time chart read it. */
export interface FigureRow {
  /** The observation's id. */
  readonly id: string;
  /** Its indicator's id: the series it belongs to. */
  readonly series: string;
  /** The printed form. */
  readonly published: string;
  /** `eq`, `approx`, `gt`, `gte`, `nearly`. */
  readonly comparator: string;
  /** Whether the source calls it an estimate. */
  readonly estimate: boolean;
  /** The as-of date or period, as recorded. */
  readonly asOf: string;
  /** Whether the as-of is a day (a point) or a longer period (a bar across it). */
  readonly day: boolean;
  /** The first day of the as-of. */
  readonly start: string;
  /** The day after its last day (marks span `[start, end)`). */
  readonly end: string;
  /** Where its label is anchored: `start`, or the period's middle or end. */
  readonly labelDate: string;
  /** The interval the printed form allows (`bounds`). */
  readonly lower: number;
  readonly upper: number | null;
  /** The value its mark stands at: the lower bound where there is no upper bound, else the value. */
  readonly y: number;
  /** Whether the interval has no upper bound. */
  readonly open: boolean;
  /** The top of the value axis: where the band of an open interval ends. */
  readonly top: number;
  /** Whether the interval's width is not stated (`approx`, `nearly`): drawn as a bar. */
  readonly approximate: boolean;
  /** The legend's reading of it. */
  readonly reading: Reading;
  /** The text beside the mark (empty where a neighbour's label stands for it). */
  readonly label: string;
  /** Where that text stands, or `none`. */
  readonly labelAt: LabelAt | "none";
  /** The release it comes from (`id@version`). */
  readonly release: string;
  /** The mark's accessible description: as-of, printed form, reading, release. */
  readonly description: string;
}

/** The rows of a series, labels not yet placed. */
function figureRows(
  points: readonly SeriesPoint[],
  markConflicts: ReadonlyMap<string, string>,
): (Omit<FigureRow, "labelAt" | "top"> & { marks: string[] })[] {
  return points.map(({ observation: o, release, conflicts }) => {
    const interval: Interval = bounds(o);
    const period = parsePeriod(o.asOf);
    const day = period.type === "day";
    const start = periodStart(o.asOf);
    const end = nextDay(periodEnd(o.asOf));
    const open = interval.upper === null;
    const reading: Reading = o.estimate
      ? "estimate"
      : open
        ? "more-than"
        : day
          ? "stated"
          : "period";
    const marks = conflicts.map((c) => markConflicts.get(c) ?? "");
    const readingText = [
      open ? `more than: (${interval.lower}; ∞)` : null,
      o.estimate ? "estimate" : null,
      day ? null : `as of the period ${o.asOf}`,
    ]
      .filter((t) => t !== null)
      .join(", ");
    return {
      id: o.id,
      series: o.indicator,
      published: o.published,
      comparator: o.comparator,
      estimate: o.estimate,
      asOf: o.asOf,
      day,
      start,
      end,
      labelDate: day ? start : midDay(start, end),
      lower: interval.lower,
      upper: interval.upper,
      y: open ? interval.lower : o.value,
      open,
      approximate: interval.approximate,
      reading,
      label: o.published,
      marks,
      release: `${release.id}@${release.version}`,
      description: `${o.asOf}: ${o.published}${readingText === "" ? "" : ` [${readingText}]`} — ${release.id}@${release.version}`,
    };
  });
}

/** A box in a panel's pixels: `[x1, x2] × [y1, y2]`, y down. */
interface Box {
  readonly x1: number;
  readonly x2: number;
  readonly y1: number;
  readonly y2: number;
}

/** The area two boxes share. */
function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
  const h = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
  return w > 0 && h > 0 ? w * h : 0;
}

/** A panel's pixel scales. */
interface PanelScales {
  readonly width: number;
  readonly height: number;
  /** The time of an ISO day → x. */
  readonly x: (isoDay: string) => number;
  /** A value → y. */
  readonly y: (value: number) => number;
}

const LABEL_FONT = { fontSize: 12, fontWeight: "bold" } as const;
const LABEL_HEIGHT = 14;
const GAP = 9;

/** The box a label of width `w` takes at `at` of its mark (`x1`…`x2` across, at height `y`). */
function labelBox(at: LabelAt, x1: number, x2: number, y: number, w: number): Box {
  const mid = (x1 + x2) / 2;
  switch (at) {
    case "above":
      return { x1: mid - w / 2, x2: mid + w / 2, y1: y - GAP - LABEL_HEIGHT, y2: y - GAP };
    case "below":
      return { x1: mid - w / 2, x2: mid + w / 2, y1: y + GAP, y2: y + GAP + LABEL_HEIGHT };
    case "left":
      return { x1: x1 - GAP - w, x2: x1 - GAP, y1: y - LABEL_HEIGHT / 2, y2: y + LABEL_HEIGHT / 2 };
    case "right":
      return { x1: x2 + GAP, x2: x2 + GAP + w, y1: y - LABEL_HEIGHT / 2, y2: y + LABEL_HEIGHT / 2 };
  }
}

/**
 * Places the labels of one panel so that none writes over another label, a
 * mark, or the edge of the plot. Neighbouring figures of a series with the
 * same printed form (one figure printed for a day and for its month, or by
 * two pages), or with the same as-of and reading (`trên 84%` and `trên
 * 84,1%` at the end of April), share one label, with every printed form and
 * footnote mark. Then, left to right,
 * each label takes the first free place of: above its mark, right of it,
 * left of it, below it (for a bar across a period: above, below, left,
 * right), or, where none is free, the one it overlaps least.
 */
function placeLabels(
  rows: readonly (Omit<FigureRow, "labelAt"> & { marks: string[] })[],
  scales: PanelScales,
  obstacles: readonly Box[],
): FigureRow[] {
  type Row = (typeof rows)[number];
  const span = (r: Row) => {
    const x1 = scales.x(r.start);
    return { x1, x2: r.day ? x1 : scales.x(r.end), y: scales.y(r.y) };
  };
  // the marks, as obstacles: points, month bars, the bands of open intervals
  const marks: Box[] = rows.flatMap((r) => {
    const { x1, x2, y } = span(r);
    const mark = r.day
      ? { x1: x1 - 7, x2: x1 + 7, y1: y - 7, y2: y + 7 }
      : { x1, x2, y1: y - 4, y2: y + 4 };
    const band = r.open ? [{ x1: r.day ? x1 - 5 : x1, x2: r.day ? x1 + 5 : x2, y1: 0, y2: y }] : [];
    return [mark, ...band];
  });
  // runs: neighbours of a series with the same printed form
  const runs: Row[][] = [];
  for (const id of [...new Set(rows.map((r) => r.series))]) {
    const sorted = rows
      .filter((r) => r.series === id)
      .sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end));
    let run: Row[] = [];
    for (const row of sorted) {
      const prev = run.at(-1);
      const samePrint =
        prev?.published === row.published &&
        prev.estimate === row.estimate &&
        span(row).x1 - span(prev).x2 <= 70;
      const sameSpot =
        prev?.start === row.start && prev.end === row.end && prev.reading === row.reading;
      if (prev !== undefined && (samePrint || sameSpot)) {
        run.push(row);
      } else {
        if (run.length > 0) runs.push(run);
        run = [row];
      }
    }
    if (run.length > 0) runs.push(run);
  }
  runs.sort((a, b) => span(a[0] as Row).x1 - span(b[0] as Row).x1);
  const placedBoxes: Box[] = [];
  const placed = new Map<string, { at: LabelAt | "none"; label: string; anchor: string }>();
  const plot: Box = { x1: 0, x2: scales.width, y1: 0, y2: scales.height };
  for (const run of runs) {
    const head = run[0] as Row;
    const last = run.at(-1) as Row;
    const marksText = [...new Set(run.flatMap((r) => r.marks))].join("");
    const printed = [...new Set(run.map((r) => r.published))].join(" / ");
    const label = `${printed}${head.estimate ? " (ước tính · estimate)" : ""}${marksText}`;
    const w = textWidth(LABEL_FONT, label);
    const x1 = span(head).x1;
    const x2 = span(last).x2;
    const y = span(head).y;
    let best: { at: LabelAt; cost: number } | null = null;
    // beside a bar across a period, a label could be read as the next figure's
    const order = head.day
      ? (["above", "right", "left", "below"] as const)
      : (["above", "below", "left", "right"] as const);
    for (const at of order) {
      const box = labelBox(at, x1, x2, y, w);
      const outside =
        box.x1 < plot.x1 || box.x2 > plot.x2 || box.y1 < plot.y1 || box.y2 > plot.y2 ? 1e6 : 0;
      const cost =
        outside +
        [...marks, ...obstacles, ...placedBoxes].reduce((sum, o) => sum + overlap(box, o), 0);
      if (best === null || cost < best.cost) best = { at, cost };
      if (cost === 0) break;
    }
    const at = (best as { at: LabelAt }).at;
    placedBoxes.push(labelBox(at, x1, x2, y, w));
    // the label stands by the first figure of the run (left, above, below) or the last (right)
    const anchorRow = at === "right" ? last : head;
    for (const r of run) placed.set(r.id, { at: r === anchorRow ? at : "none", label, anchor: "" });
    // a label above or below a run stands over the run's middle
    if (at === "above" || at === "below")
      placed.set(head.id, { at, label, anchor: midDay(head.start, last.end) });
  }
  return rows.map(({ marks: _, ...r }) => {
    const p = placed.get(r.id) ?? { at: "none" as const, label: "", anchor: "" };
    return {
      ...r,
      label: p.at === "none" ? "" : p.label,
      labelAt: p.at,
      labelDate: p.anchor !== "" ? p.anchor : r.labelDate,
    };
  });
}

// ---------------------------------------------------------------------------
// Shared pieces of a spec

/** The config every chart shares: fonts, colours, a locale that groups digits with a thin space. */
function config(): Record<string, unknown> {
  return {
    font: FONT,
    background: "#ffffff",
    padding: 16,
    view: { stroke: null },
    title: {
      anchor: "start",
      fontSize: 17,
      subtitleFontSize: 14,
      color: INK,
      subtitleColor: MUTED,
      offset: 12,
    },
    axis: {
      labelColor: MUTED,
      titleColor: INK,
      labelFontSize: 11,
      titleFontSize: 12,
      titleFontWeight: "normal",
      gridColor: "#eef0f3",
      domainColor: "#9aa5b1",
      tickColor: "#9aa5b1",
    },
    legend: {
      labelColor: INK,
      titleColor: INK,
      labelFontSize: 11,
      titleFontSize: 12,
      titleFontWeight: "bold",
      labelLimit: 1000,
      titleLimit: 1000,
    },
    concat: { spacing: 18 },
    // "20 000": neither the Vietnamese "20.000" nor the English "20,000"
    locale: {
      number: {
        decimal: ",",
        thousands: "\u202f",
        grouping: [3],
        currency: ["", ""],
      },
    },
  };
}

/** A block of small text lines (notes, sources) under a chart. */
function footer(lines: readonly string[], width = WIDTH): Record<string, unknown> {
  return {
    width,
    height: { step: 15 },
    data: { values: lines.map((line, i) => ({ i, line })) },
    mark: {
      type: "text",
      align: "left",
      baseline: "middle",
      fontSize: 11,
      color: MUTED,
      limit: 1000,
    },
    encoding: {
      y: { field: "i", type: "ordinal", axis: null },
      x: { value: 0 },
      text: { field: "line", type: "nominal" },
    },
  };
}

/** Wraps `items` joined by `sep` into lines of at most `max` characters, the first starting with `lead`. */
function wrap(lead: string, items: readonly string[], sep = ", ", max = 130): string[] {
  const lines: string[] = [];
  let line = lead;
  items.forEach((item, i) => {
    const piece = item + (i < items.length - 1 ? sep.trimEnd() : "");
    const candidate = `${line} ${piece}`;
    if (candidate.length > max && line !== lead) {
      lines.push(line);
      line = `    ${piece}`;
    } else {
      line = candidate;
    }
  });
  lines.push(line);
  return lines;
}

/** `text` cut at spaces into lines of at most `max` characters, the later ones indented. */
function wrapWords(text: string, max = 125): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line !== "" && line.length + 1 + word.length > max) {
      lines.push(line);
      line = `    ${word}`;
    } else {
      line = line === "" ? word : `${line} ${word}`;
    }
  }
  if (line !== "") lines.push(line);
  return lines;
}

/** The source lines: every release drawn from (`id@version`), and the data version. */
export function sourceLines(releases: readonly string[], dataVersion: string): string[] {
  const unique = [...new Set(releases)];
  return [
    ...wrap("Nguồn · Sources (release@version; getRelease(id) gives each page):", unique),
    `Dữ liệu · Data: vn-digital-indicators, data version ${dataVersion} (tạo tự động · generated by scripts/generators/charts.ts)`,
  ];
}

/** Footnote marks for the conflicts that name the points of a chart, and their lines. */
function conflictNotes(
  points: readonly SeriesPoint[],
  all: readonly Conflict[],
): { marks: Map<string, string>; lines: string[] } {
  const ids = [...new Set(points.flatMap((p) => p.conflicts))];
  const symbols = ["*", "†", "‡", "§"];
  const marks = new Map<string, string>();
  const lines: string[] = [];
  ids.forEach((id, i) => {
    const symbol = symbols[i] ?? `[${i + 1}]`;
    marks.set(id, ` ${symbol}`);
    const conflict = all.find((c) => c.id === id);
    const field = conflict === undefined ? "" : ` (${conflict.kind}, field ${conflict.field})`;
    lines.push(
      `${symbol} Các nguồn mâu thuẫn · a recorded conflict: ${id}${field}, see \`conflicts\``,
    );
  });
  return { marks, lines };
}

/** The colour of each series of a panel, in the order given. */
function colours(series: readonly ChartSeries[]): { domain: string[]; range: string[] } {
  return {
    domain: series.map((s) => s.indicator.id),
    range: series.map((_, i) => DEFINITION_COLOURS[i % DEFINITION_COLOURS.length] as string),
  };
}

/** A bilingual label of an indicator for a legend: `vi · en`. */
function bilingual(indicator: Indicator): string {
  return `${indicator.name.vi} · ${indicator.name.en}`;
}

/** The point mark of a figure as of a day, by its reading. */
function pointMark(reading: Reading): Record<string, unknown> {
  if (reading === "estimate")
    return {
      type: "point",
      shape: "circle",
      size: 80,
      strokeWidth: 2,
      filled: false,
      fill: "#ffffff",
      opacity: 1,
    };
  return {
    type: "point",
    shape: reading === "more-than" ? "triangle-up" : "circle",
    size: reading === "more-than" ? 110 : 80,
    filled: true,
    opacity: 1,
  };
}

/**
 * The key of the marks a chart uses, drawn with the same marks (a legend
 * of the plotting library cannot draw a hollow and a filled symbol side by side).
 */
function key(readings: readonly Reading[], width = WIDTH): Record<string, unknown> {
  // rows on a quantitative axis, first at the top, so that a band can rise
  // from a row's centre
  const y = {
    field: "i",
    type: "quantitative",
    axis: null,
    scale: { domain: [-0.5, readings.length - 0.5], reverse: true, nice: false, zero: false },
  };
  const only = (r: Reading) => [{ filter: `datum.reading === "${r}"` }];
  const layers: Record<string, unknown>[] = [];
  if (readings.includes("more-than"))
    layers.push({
      transform: [...only("more-than"), { calculate: "datum.i - 0.5", as: "top" }],
      mark: { type: "rect", fill: fade(INK, "up"), opacity: 0.55 },
      encoding: { x: { value: 7 }, x2: { value: 15 }, y, y2: { field: "top" } },
    });
  if (readings.includes("period"))
    layers.push({
      transform: only("period"),
      mark: { type: "rule", strokeWidth: 5, strokeCap: "butt", color: INK },
      encoding: { x: { value: 0 }, x2: { value: 22 }, y },
    });
  for (const r of ["stated", "more-than", "estimate"] as const) {
    if (!readings.includes(r)) continue;
    layers.push({
      transform: only(r),
      mark: { ...pointMark(r), color: INK },
      encoding: { x: { value: 11 }, y },
    });
  }
  layers.push({
    mark: { type: "text", align: "left", baseline: "middle", fontSize: 11, color: INK },
    encoding: { x: { value: 34 }, y, text: { field: "label" } },
  });
  return {
    width,
    height: readings.length * 20,
    title: { text: "Cách đọc · How to read a mark", fontSize: 12, subtitle: "" },
    data: { values: readings.map((r, i) => ({ i, reading: r, label: READING_LABEL[r] })) },
    layer: layers,
  };
}

interface TimePanelOptions {
  /** The series of the panel, each drawn in its own colour, never joined. */
  readonly series: readonly ChartSeries[];
  /** The panel's title (`vi`, `en`). */
  readonly title: readonly [string, string];
  /** The value axis title. */
  readonly yTitle: string;
  /** The value axis' top. */
  readonly yMax: number;
  /** The value axis' bottom (default 0). */
  readonly yMin?: number;
  /** Axis label expression for the values, or none for plain grouped numbers. */
  readonly yLabelExpr?: string;
  /** The time axis' first day and the day after its last. */
  readonly xDomain: readonly [string, string];
  /** Months between two time ticks. */
  readonly monthStep: number;
  readonly height: number;
  /** Whether to show the legend of definitions (when there is more than one). */
  readonly colourLegend: boolean;
  /** Marks drawn under the figures (targets, wholes). */
  readonly under?: readonly Record<string, unknown>[];
  /** Footnote marks, by conflict id. */
  readonly conflictMarks: ReadonlyMap<string, string>;
  /** The plot's width (default 780 px). */
  readonly width?: number;
  /** What the labels must not cover besides the figures (the `under` marks' text), in pixels. */
  readonly obstacles?: (scales: PanelScales) => Box[];
}

/**
 * A gradient that fades `colour` out to `to` (white unless given), upwards
 * or to the right: the open end of a "more than".
 */
function fade(colour: string, towards: "up" | "right", to = "#ffffff"): Record<string, unknown> {
  const up = towards === "up";
  return {
    gradient: "linear",
    x1: 0,
    y1: up ? 1 : 0,
    x2: up ? 0 : 1,
    y2: 0,
    stops: [
      { offset: 0, color: colour },
      { offset: 1, color: to },
    ],
  };
}

/** One panel of figures over time: every reading rule of the module comment. */
function timePanel(o: TimePanelOptions): { spec: Record<string, unknown>; rows: FigureRow[] } {
  const { domain, range } = colours(o.series);
  const width = o.width ?? WIDTH;
  const yMin = o.yMin ?? 0;
  const t0 = utcTime(o.xDomain[0]);
  const t1 = utcTime(o.xDomain[1]);
  const scales: PanelScales = {
    width,
    height: o.height,
    x: (d) => ((utcTime(d) - t0) / (t1 - t0)) * width,
    y: (v) => o.height - ((v - yMin) / (o.yMax - yMin)) * o.height,
  };
  const rows = placeLabels(
    o.series
      .flatMap((s) => figureRows(s.points, o.conflictMarks))
      .map((r) => ({ ...r, top: o.yMax })),
    scales,
    o.obstacles?.(scales) ?? [],
  );
  // each channel's scale, axis and legend are stated once, on the first layer
  // that uses it (the layers share them), so that Vega-Lite has nothing to merge
  const xFull = {
    type: "temporal",
    title: "Ngày số liệu · as-of date (tháng/năm · month/year)",
    // no padding: a time is where the label placement computes it
    scale: {
      type: "utc",
      domain: [t0, t1],
      padding: 0,
    },
    axis: {
      format: "%-m/%Y",
      tickCount: { interval: "month", step: o.monthStep },
      labelFlush: true,
      grid: true,
    },
  };
  const yFull = {
    type: "quantitative",
    title: o.yTitle,
    scale: { domain: [yMin, o.yMax], nice: false, zero: yMin === 0, padding: 0 },
    axis: {
      grid: true,
      tickCount: 5,
      ...(o.yLabelExpr === undefined ? {} : { labelExpr: o.yLabelExpr }),
    },
  };
  const colourFull = {
    type: "nominal",
    scale: { domain, range },
    legend: o.colourLegend
      ? {
          title: "Định nghĩa (không bao giờ nối với nhau) · Definition (never joined)",
          orient: "bottom",
          direction: "vertical",
          labelExpr: `{${o.series.map((s) => `${JSON.stringify(s.indicator.id)}: ${JSON.stringify(bilingual(s.indicator))}`).join(", ")}}[datum.value]`,
        }
      : null,
  };
  const x = (field: string) => ({ field, type: "temporal" });
  const y = (field: string) => ({ field, type: "quantitative" });
  const colour = o.colourLegend
    ? { field: "series", type: "nominal" }
    : { field: "series", type: "nominal", legend: null };
  const layers: Record<string, unknown>[] = [...(o.under ?? [])];
  const byColour = o.series.map((s, i) => ({ id: s.indicator.id, colour: range[i] as string }));
  // open intervals: a band from the lower bound to the top, fading out
  for (const { id, colour: c } of byColour) {
    const openDays = rows.filter((r) => r.series === id && r.open && r.day);
    if (openDays.length > 0) {
      layers.push({
        transform: [
          { filter: `datum.series === ${JSON.stringify(id)} && datum.open && datum.day` },
        ],
        mark: { type: "bar", width: 9, fill: fade(c, "up"), opacity: 0.55, aria: false },
        encoding: { x: x("start"), y: y("lower"), y2: { field: "top" } },
      });
    }
    const openPeriods = rows.filter((r) => r.series === id && r.open && !r.day);
    if (openPeriods.length > 0) {
      layers.push({
        transform: [
          { filter: `datum.series === ${JSON.stringify(id)} && datum.open && !datum.day` },
        ],
        mark: { type: "rect", fill: fade(c, "up"), opacity: 0.45, aria: false },
        encoding: { x: x("start"), x2: { field: "end" }, y: y("lower"), y2: { field: "top" } },
      });
    }
  }
  // an interval whose width the source does not state (khoảng, gần): a bar across it
  if (rows.some((r) => r.approximate && r.upper !== null)) {
    layers.push({
      transform: [{ filter: "datum.approximate && datum.upper !== null" }],
      mark: { type: "rule", strokeWidth: 2 },
      encoding: { x: x("start"), y: y("lower"), y2: { field: "upper" }, color: colour },
    });
  }
  // a figure as of a month: a bar across the month
  if (rows.some((r) => !r.day)) {
    layers.push({
      transform: [{ filter: "!datum.day" }],
      mark: { type: "rule", strokeWidth: 5, strokeCap: "butt" },
      encoding: {
        x: x("start"),
        x2: { field: "end" },
        y: y("y"),
        color: colour,
        strokeDash: {
          condition: { test: "datum.estimate", value: [4, 3] },
          value: [1, 0],
        },
        description: { field: "description" },
      },
    });
  }
  // a figure as of a day: a point; a triangle for "more than"; hollow for an estimate
  const pointLayers = [
    { reading: "stated", has: (r: FigureRow) => r.reading === "stated" },
    { reading: "more-than", has: (r: FigureRow) => r.reading === "more-than" },
    { reading: "estimate", has: (r: FigureRow) => r.reading === "estimate" },
  ] as const;
  for (const { reading, has } of pointLayers) {
    if (!rows.some((r) => r.day && has(r))) continue;
    layers.push({
      transform: [{ filter: `datum.day && datum.reading === "${reading}"` }],
      mark: pointMark(reading),
      encoding: {
        x: x("start"),
        y: y("y"),
        color: colour,
        description: { field: "description" },
      },
    });
  }
  // labels: the printed form, where placeLabels put it
  const offsets: Record<LabelAt, Record<string, unknown>> = {
    above: { align: "center", baseline: "bottom", dy: -GAP },
    below: { align: "center", baseline: "top", dy: GAP },
    left: { align: "right", baseline: "middle", dx: -GAP },
    right: { align: "left", baseline: "middle", dx: GAP },
  };
  for (const at of ["above", "below", "left", "right"] as const) {
    if (!rows.some((r) => r.labelAt === at)) continue;
    layers.push({
      transform: [{ filter: `datum.labelAt === "${at}"` }],
      mark: { type: "text", ...LABEL_FONT, ...offsets[at], aria: false },
      encoding: {
        x: x(at === "right" ? "labelRight" : at === "left" ? "labelLeft" : "labelDate"),
        y: y("y"),
        text: { field: "label" },
        color: colour,
      },
    });
  }
  const full: Record<string, Record<string, unknown>> = { x: xFull, y: yFull, color: colourFull };
  for (const channel of Object.keys(full)) {
    // not a layer with x2 or y2: Vega-Lite would merge the domain of the
    // second channel with the stated one, and warn
    const first = layers.find((l) => {
      const e = l.encoding as Record<string, unknown> | undefined;
      return e?.[channel] !== undefined && e[`${channel}2`] === undefined;
    });
    if (first === undefined) continue;
    const encoding = first.encoding as Record<string, Record<string, unknown>>;
    encoding[channel] = { ...encoding[channel], ...full[channel] };
  }
  return {
    rows,
    spec: {
      width,
      height: o.height,
      title: { text: o.title[0], subtitle: o.title[1], fontSize: 14, subtitleFontSize: 12 },
      data: {
        values: rows.map((r) => ({
          ...r,
          // a label left of a period stands at its start, right of it at its end
          labelLeft: r.start,
          labelRight: r.day ? r.start : r.end,
        })),
      },
      layer: layers,
    },
  };
}

/** The whole top-level spec around panels: title, panels, notes and sources. */
function topLevel(
  title: readonly [string, string],
  description: string,
  panels: readonly Record<string, unknown>[],
  readings: readonly Reading[],
  notes: readonly string[],
): TopLevelSpec {
  const present = READING_ORDER.filter((r) => readings.includes(r));
  return {
    $schema: VEGA_LITE_SCHEMA,
    description,
    title: { text: title[0], subtitle: title[1] },
    config: config(),
    vconcat: [...panels, ...(present.length > 0 ? [key(present)] : []), footer(notes)],
    resolve: {
      scale: { color: "independent", shape: "independent", fill: "independent" },
      legend: { color: "independent", shape: "independent", fill: "independent" },
    },
  } as unknown as TopLevelSpec;
}

/** The first and last days a time axis shows: the figures' spans and some days before and after (room for labels). */
function timeDomain(
  series: readonly ChartSeries[],
  padBefore: number,
  padAfter: number,
): [string, string] {
  const asOfs = series.flatMap((s) => s.points.map((p) => p.observation.asOf));
  const starts = asOfs.map(periodStart).sort();
  const ends = asOfs.map((a) => nextDay(periodEnd(a))).sort();
  return [addDays(`${starts[0]}`, -padBefore), addDays(`${ends.at(-1)}`, padAfter)];
}

/** The top of a value axis: above the highest mark by `headroom`, rounded up to a multiple of `step`. */
function axisTop(rows: readonly number[], step: number, headroom = 1.12): number {
  return Math.ceil((Math.max(...rows) * headroom) / step) * step;
}

/** The release ids (`id@version`) of some series points, in as-of order. */
function releasesOf(points: readonly SeriesPoint[]): string[] {
  return [...points]
    .sort((a, b) => periodStart(a.observation.asOf).localeCompare(periodStart(b.observation.asOf)))
    .map((p) => `${p.release.id}@${p.release.version}`);
}

// ---------------------------------------------------------------------------
// The charts

/** The reading rules, as a chart's first note lines. */
const READING_NOTES = [
  "Các điểm không được nối: giữa hai ngày không có số liệu. · Points are never joined: nothing is known between two dates.",
];

/**
 * Community digital technology teams, 2022–2024: the count of teams over
 * time, and under it the provinces that have them, by each of the three
 * definitions the sources use, side by side and never joined.
 *
 * @param teams - The series of `community-tech-teams`.
 * @param provinces - The series of the province indicators, one per definition
 *   (`provinces-community-tech-teams`, `provinces-deployed-community-tech-team-model`,
 *   `provinces-community-tech-teams-all-communes`).
 */
export function communityTechTeamsSpec(
  teams: ChartSeries,
  provinces: readonly ChartSeries[],
  sources: ChartSources,
): TopLevelSpec {
  const all = [teams, ...provinces];
  const notes = conflictNotes(
    all.flatMap((s) => s.points),
    sources.conflicts,
  );
  const xDomain = timeDomain(all, 75, 45);
  const countTop = axisTop(
    teams.points.map((p) => bounds(p.observation).lower),
    10_000,
  );
  const wholes = [
    ...new Set(
      provinces.flatMap((s) =>
        s.points.map((p) => (p.observation.kind === "partOfWhole" ? p.observation.whole : 0)),
      ),
    ),
  ].filter((w) => w > 0);
  const whole = Math.max(...wholes);
  const top = timePanel({
    series: [teams],
    title: [`${teams.indicator.name.vi} trên cả nước`, `${teams.indicator.name.en}, nationwide`],
    yTitle: "Số Tổ · teams",
    yMax: countTop,
    xDomain,
    monthStep: 3,
    height: 250,
    colourLegend: false,
    conflictMarks: notes.marks,
  });
  const bottom = timePanel({
    series: provinces,
    title: [
      `Tỉnh/thành phố (trên ${whole}): ba định nghĩa khác nhau, ba chuỗi riêng`,
      `Provinces (of ${whole}): three different definitions, three separate series`,
    ],
    yTitle: `Tỉnh/thành phố · provinces (/${whole})`,
    yMax: whole,
    xDomain,
    monthStep: 3,
    height: 190,
    colourLegend: true,
    conflictMarks: notes.marks,
    under: [
      {
        data: { values: [{ whole }] },
        mark: { type: "rule", color: "#9aa5b1", strokeDash: [2, 2] },
        encoding: { y: { field: "whole", type: "quantitative" } },
      },
    ],
  });
  return topLevel(
    ["Tổ Công nghệ số cộng đồng, 2022–2024", "Community digital technology teams, 2022–2024"],
    `Community digital technology teams by as-of date (${teams.points.map((p) => `${p.observation.asOf}: ${p.observation.published}`).join("; ")}), and the provinces that have them by three definitions, never joined: ${provinces.map((s) => `${s.indicator.id} (${s.points.map((p) => `${p.observation.asOf}: ${p.observation.published}`).join("; ")})`).join("; ")}.`,
    [top.spec, bottom.spec],
    [...top.rows, ...bottom.rows].map((r) => r.reading),
    [
      ...READING_NOTES,
      "Ba định nghĩa không so sánh được với nhau (xem related của mỗi chỉ số) · Three definitions that do not compare (see each indicator's related).",
      ...notes.lines,
      ...sourceLines(releasesOf(all.flatMap((s) => s.points)), sources.dataVersion),
    ],
  );
}

/** The related indicators of `indicator` that a chart leaves out, as note lines. */
function notDrawn(indicator: Indicator): string[] {
  if (indicator.related.length === 0) return [];
  return [
    "Không vẽ ở đây: các chỉ số khác (xem related) · Not drawn here: other indicators (see related):",
    ...indicator.related.flatMap((r) =>
      wrapWords(`– ${r.id}: ${r.difference.vi} · ${r.difference.en}`),
    ),
  ];
}

/**
 * The fully-online share of public services in 2023, against the 2023
 * target: every figure of the series (the estimate hollow, "more than" open
 * upwards, a month as a bar across it), and the target as a line across its
 * year. The level-4 share (an older scale) and the share of the year's plan
 * are other indicators: not drawn, named in a note.
 *
 * @param share - The series of `fully-online-services-share`.
 * @param targets - The indicator's target observations for the year (`kind: "target"`),
 *   each with its release; those that print the same target are drawn as one line.
 */
export function fullyOnlineServicesSpec(
  share: ChartSeries,
  targetFigures: readonly { readonly observation: Observation; readonly release: Release }[],
  sources: ChartSources,
): TopLevelSpec {
  const targets = targetFigures.map((t) => t.observation);
  const notes = conflictNotes(share.points, sources.conflicts);
  const years = [...new Set(targets.map((t) => t.period))];
  if (years.length !== 1) throw new Error(`targets of one year expected, got ${years.join(", ")}`);
  const year = years[0] as string;
  const xDomain: [string, string] = [periodStart(year), nextDay(periodEnd(year))];
  // one line per distinct target (the same "100%" printed by two releases is one)
  const lines = [...new Map(targets.map((t) => [`${t.published}|${t.comparator}`, t])).values()];
  const targetRows = lines.map((t) => {
    const b = bounds(t);
    return {
      // an "at least" target is its lower bound; a level to reach is its value
      y: b.upper === null ? b.lower : t.value,
      start: xDomain[0],
      end: xDomain[1],
      label: `Mục tiêu ${year} · ${year} target: ${t.published}`,
      description: `${year} target: ${t.published} — ${targets
        .filter((u) => u.published === t.published)
        .map((u) => u.release)
        .join(", ")}`,
    };
  });
  // a share: the axis ends at 100 %, and starts at the ten below the lowest figure
  // less ten, so that the figures are told apart (its labels say where it starts)
  const yMax = 100;
  const yMin = Math.max(
    0,
    Math.floor((Math.min(...share.points.map((p) => bounds(p.observation).lower)) - 10) / 10) * 10,
  );
  const under = [
    {
      data: { values: targetRows },
      mark: { type: "rule", color: TARGET, strokeWidth: 2, strokeDash: [6, 4] },
      encoding: {
        x: { field: "start", type: "temporal" },
        x2: { field: "end" },
        y: { field: "y", type: "quantitative" },
        description: { field: "description" },
      },
    },
    {
      data: { values: targetRows },
      mark: {
        type: "text",
        color: TARGET,
        align: "right",
        baseline: "bottom",
        dy: -5,
        fontSize: 12,
        fontWeight: "bold",
        aria: false,
      },
      encoding: {
        x: { field: "end", type: "temporal" },
        y: { field: "y", type: "quantitative" },
        text: { field: "label" },
      },
    },
  ];
  const panel = timePanel({
    series: [share],
    title: [share.indicator.name.vi, share.indicator.name.en],
    yTitle: "% dịch vụ công đủ điều kiện · % of eligible public services",
    yMax,
    yMin,
    xDomain,
    monthStep: 1,
    height: 300,
    colourLegend: false,
    conflictMarks: notes.marks,
    under,
    // the targets' labels, right-aligned above their lines
    obstacles: (sc) =>
      targetRows.map((t) => {
        const w = textWidth({ fontSize: 12, fontWeight: "bold" }, t.label);
        return { x1: sc.width - w, x2: sc.width, y1: sc.y(t.y) - 5 - LABEL_HEIGHT, y2: sc.y(t.y) };
      }),
  });
  return topLevel(
    [
      `Dịch vụ công trực tuyến toàn trình năm ${year}, so với mục tiêu`,
      `Public services fully online in ${year}, against the target`,
    ],
    `${share.indicator.name.en} by as-of date (${share.points.map((p) => `${p.observation.asOf}: ${p.observation.published}${p.observation.estimate ? " (estimate)" : ""}`).join("; ")}), against the ${year} target of ${lines.map((t) => t.published).join(", ")}.`,
    [panel.spec],
    panel.rows.map((r) => r.reading),
    [
      ...READING_NOTES,
      ...notes.lines,
      ...notDrawn(share.indicator),
      ...sourceLines(
        [
          ...releasesOf(share.points),
          ...targetFigures.map((t) => `${t.release.id}@${t.release.version}`),
        ],
        sources.dataVersion,
      ),
    ],
  );
}

/**
 * NDXP transactions since the platform's launch: both figures are "more
 * than" (open upwards). The quarterly, monthly, yearly and daily counts are
 * other indicators, not drawn.
 *
 * @param sinceLaunch - The series of `ndxp-transactions-since-launch`.
 */
export function ndxpSinceLaunchSpec(sinceLaunch: ChartSeries, sources: ChartSources): TopLevelSpec {
  const notes = conflictNotes(sinceLaunch.points, sources.conflicts);
  const yMax = axisTop(
    sinceLaunch.points.map((p) => bounds(p.observation).lower),
    250_000_000,
  );
  const panel = timePanel({
    series: [sinceLaunch],
    title: [sinceLaunch.indicator.name.vi, sinceLaunch.indicator.name.en],
    yTitle: "Triệu giao dịch · million transactions",
    yMax,
    yLabelExpr: "format(datum.value / 1000000, ',')",
    xDomain: timeDomain([sinceLaunch], 75, 60),
    monthStep: 2,
    width: 560,
    height: 280,
    colourLegend: false,
    conflictMarks: notes.marks,
  });
  return topLevel(
    ["Giao dịch qua NDXP từ khi khai trương", "NDXP transactions since the platform's launch"],
    `${sinceLaunch.indicator.name.en} by as-of date: ${sinceLaunch.points.map((p) => `${p.observation.asOf}: ${p.observation.published}`).join("; ")}; each a "more than", with no upper bound.`,
    [panel.spec],
    panel.rows.map((r) => r.reading),
    [
      ...READING_NOTES,
      ...notes.lines,
      ...notDrawn(sinceLaunch.indicator),
      ...sourceLines(releasesOf(sinceLaunch.points), sources.dataVersion),
    ],
  );
}

// ---------------------------------------------------------------------------
// The report's charts (one release)

/** The source lines of a chart of one report: its publisher, event and day. */
function reportSources(release: Release, dataVersion: string): string[] {
  const { event, publisher } = release;
  const where =
    event?.date != null
      ? `${event.name.vi}, ${shortDate(event.date)}`
      : (release.source.printedBy ?? release.title.vi);
  return [
    `Nguồn · Source: ${publisher === null ? "" : `${publisher.name.vi} (${publisher.abbreviation}), `}${where}`,
    `Dữ liệu · Data: vn-digital-indicators, ${release.id}@${release.version}, data version ${dataVersion} (tạo tự động · generated by scripts/generators/charts.ts)`,
  ];
}

const CELLS = 560;

/**
 * The report's part-of-whole figures (19/22, 63/63 …): one row of cells per
 * figure, one cell per ministry or province, filled for the part, orange
 * where the report names who is missing.
 *
 * @param observations - The release's observations (the part-of-whole ones are drawn, in order).
 * @param release - The release.
 */
export function progressSpec(
  observations: readonly Observation[],
  release: Release,
  dataVersion: string,
): TopLevelSpec {
  const parts = observations.filter((o): o is PartOfWholeObservation => o.kind === "partOfWhole");
  const rows = parts.map((o) => {
    const share = progressRatio(o.part, o.whole);
    const missing = o.missing;
    const note =
      missing !== null
        ? `${missing.published} · missing: ${missing.codes.map((c) => getProvince(c).name).join(", ")}`
        : o.part < o.whole
          ? `còn ${o.whole - o.part} · ${o.whole - o.part} to go`
          : "";
    return {
      title: { text: o.name.vi, subtitle: o.name.en, fontSize: 13, subtitleFontSize: 12 },
      width: CELLS + 320,
      height: 18,
      layer: [
        {
          // one cell per unit of the whole: done for the part; the rest
          // missing where the report names who is missing, else not yet
          data: { sequence: { start: 0, stop: o.whole, as: "k" } },
          transform: [
            { calculate: `datum.k / ${o.whole}`, as: "a" },
            { calculate: `(datum.k + 1) / ${o.whole}`, as: "b" },
            {
              calculate: `datum.k < ${o.part} ? "done" : ${JSON.stringify(missing !== null ? "missing" : "todo")}`,
              as: "status",
            },
          ],
          mark: {
            type: "rect",
            stroke: "#ffffff",
            strokeWidth: o.whole > 30 ? 1 : 2,
            aria: false,
          },
          encoding: {
            x: {
              field: "a",
              type: "quantitative",
              scale: { domain: [0, 1], range: [0, CELLS] },
              axis: null,
            },
            x2: { field: "b" },
            color: {
              field: "status",
              type: "nominal",
              scale: { domain: ["done", "missing", "todo"], range: [FIGURE, OPEN, TRACK] },
              legend: null,
            },
          },
        },
        {
          data: {
            values: [
              {
                published: o.published,
                share: `${formatPercent(share, { locale: "vi" })} (vi) · ${formatPercent(share, { locale: "en" })} (en)`,
                note,
                description: `${o.id}: ${o.published} (${o.asOf})`,
              },
            ],
          },
          layer: [
            {
              mark: {
                type: "text",
                align: "left",
                fontSize: 18,
                fontWeight: "bold",
                color: INK,
                y: 9,
                baseline: "middle",
              },
              encoding: {
                x: { value: CELLS + 16 },
                text: { field: "published" },
                description: { field: "description" },
              },
            },
            {
              mark: {
                type: "text",
                align: "left",
                fontSize: 11,
                color: MUTED,
                y: 3,
                baseline: "middle",
              },
              encoding: { x: { value: CELLS + 84 }, text: { field: "share" } },
            },
            {
              mark: {
                type: "text",
                align: "left",
                fontSize: 11,
                color: missing !== null ? OPEN : MUTED,
                y: 17,
                baseline: "middle",
              },
              encoding: { x: { value: CELLS + 84 }, text: { field: "note" } },
            },
          ],
        },
      ],
    };
  });
  return {
    $schema: VEGA_LITE_SCHEMA,
    description: `Progress of ministries and provinces (Q1/2023): ${parts.map((o) => `${o.name.en}: ${o.published}`).join("; ")}.`,
    title: {
      text: "Tiến độ của các bộ, ngành và tỉnh/thành phố (quý 1/2023)",
      subtitle: "Progress of ministries and provinces (Q1/2023)",
    },
    config: { ...config(), concat: { spacing: 14 } },
    vconcat: [
      ...rows,
      footer(
        [
          "Mỗi ô là một bộ, ngành hoặc một tỉnh/thành phố (63 đơn vị năm 2023) · Each cell is one ministry or one province (the 63 of 2023)",
          "Xanh lá: đã đạt · cam: còn thiếu, báo cáo nêu tên · xám: còn lại · Green: done · orange: missing, named by the report · grey: not yet",
          ...reportSources(release, dataVersion),
        ],
        CELLS + 320,
      ),
    ],
  } as unknown as TopLevelSpec;
}

/** `[74,715; 74,725) %` or `(111; ∞) triệu`: an interval in one language, with its unit. */
export function intervalText(
  i: Interval,
  locale: "vi" | "en",
  display: (v: number, locale: "vi" | "en") => string,
  unit: string,
): string {
  const sep = locale === "vi" ? "; " : ", ";
  const open = i.lowerInclusive ? "[" : "(";
  const upper = i.upper === null ? "∞" : display(i.upper, locale);
  const close = i.upper !== null && i.upperInclusive ? "]" : ")";
  return `${open}${display(i.lower, locale)}${sep}${upper}${close} ${unit}`;
}

/** A number with at most `digits` decimals, in `vi` or `en` style. */
function num(value: number, digits: number, locale: "vi" | "en"): string {
  return new Intl.NumberFormat(locale === "vi" ? "vi-VN" : "en-US", {
    maximumFractionDigits: digits,
    minimumFractionDigits: 0,
    useGrouping: true,
  }).format(value);
}

const TRACK_WIDTH = 620;

/** One panel of the targets chart: the progress figure and the target on one axis. */
function targetPanel(progress: Observation, target: Observation): Record<string, unknown> {
  const percent = target.unit === "percent";
  const scale = percent ? 1 : 1_000_000;
  const unit = percent ? { vi: "%", en: "%" } : { vi: "triệu", en: "million" };
  const display = (v: number, l: "vi" | "en") => num(v / scale, percent ? 3 : 2, l);
  const p = bounds(progress);
  const t = bounds(target);
  // a share's axis ends at 100 %; a count's a little above the larger figure
  const axisMax = percent ? 100 : axisTop([p.lower, t.lower], 250_000_000, 1.1);
  const x = (field: string) => ({
    field,
    type: "quantitative",
    scale: { domain: [0, axisMax], range: [0, TRACK_WIDTH], nice: false },
    axis: null,
  });
  const bar = {
    from: 0,
    to: axisMax,
    surely: p.lower,
    openTo: p.upper,
    // a level to reach is its value; an "at least" target starts at its lower bound
    target: t.upper === null ? t.lower : target.value,
    targetOpen: t.upper === null,
  };
  const ticks = Array.from({ length: 5 }, (_, k) => ({
    v: (axisMax / 4) * k,
    label: `${display((axisMax / 4) * k, "vi")} ${unit.vi}`,
    align: k === 0 ? "left" : k === 4 ? "right" : "center",
  }));
  const layers: Record<string, unknown>[] = [
    // the track
    {
      mark: { type: "rect", color: TRACK, y: 44, y2: 66 },
      encoding: { x: x("from"), x2: { field: "to" } },
    },
    // what the figure surely reaches
    {
      mark: { type: "rect", color: FIGURE, y: 44, y2: 66 },
      encoding: {
        x: x("from"),
        x2: { field: "surely" },
        description: { value: `${progress.id}: ${progress.published}, at least ${p.lower}` },
      },
    },
  ];
  if (p.upper === null) {
    // "more than": no upper bound, a band fading out to the end of the axis
    layers.push({
      mark: {
        type: "rect",
        y: 44,
        y2: 66,
        fill: fade(OPEN, "right", "#fdf3e9"),
      },
      encoding: { x: x("surely"), x2: { field: "to" } },
    });
  } else {
    // the rounding interval, drawn at least as a line
    layers.push({
      mark: { type: "rect", color: OPEN, stroke: OPEN, strokeWidth: 1.5, y: 40, y2: 70 },
      encoding: { x: x("surely"), x2: { field: "openTo" } },
    });
  }
  if (t.upper === null) {
    // "at least": the target may be higher, a light band from it to the end
    layers.push({
      mark: { type: "rect", color: "#c7d2fe", y: 36, y2: 42 },
      encoding: { x: x("target"), x2: { field: "to" } },
    });
  }
  layers.push(
    {
      mark: { type: "rule", color: TARGET, strokeWidth: 3, y: 34, y2: 70 },
      encoding: {
        x: x("target"),
        description: { value: `${target.id}: ${target.published}` },
      },
    },
    // the axis: ticks and labels under the track
    {
      data: { values: ticks },
      layer: [
        {
          mark: { type: "rule", color: MUTED, y: 66, y2: 71 },
          encoding: { x: x("v") },
        },
        ...(["left", "center", "right"] as const).map((align) => ({
          transform: [{ filter: `datum.align === "${align}"` }],
          mark: { type: "text", align, fontSize: 10, color: MUTED, y: 82 },
          encoding: { x: x("v"), text: { field: "label" } },
        })),
      ],
    },
  );
  const right = TRACK_WIDTH + 18;
  const side = [
    { y: 38, text: progress.published, size: 16, bold: true, colour: FIGURE },
    { y: 53, text: intervalText(p, "vi", display, unit.vi), size: 10, bold: false, colour: MUTED },
    { y: 66, text: intervalText(p, "en", display, unit.en), size: 10, bold: false, colour: MUTED },
    { y: 84, text: "mục tiêu · target", size: 11, bold: false, colour: TARGET },
    { y: 99, text: target.published, size: 14, bold: true, colour: TARGET },
    { y: 112, text: intervalText(t, "en", display, unit.en), size: 10, bold: false, colour: MUTED },
  ];
  for (const line of side) {
    layers.push({
      mark: {
        type: "text",
        align: "left",
        baseline: "alphabetic",
        x: right,
        y: line.y,
        fontSize: line.size,
        fontWeight: line.bold ? "bold" : "normal",
        color: line.colour,
      },
      encoding: { text: { value: line.text } },
    });
  }
  return {
    title: { text: target.name.vi, subtitle: target.name.en, fontSize: 13, subtitleFontSize: 12 },
    width: TRACK_WIDTH + 240,
    height: 116,
    data: { values: [bar] },
    layer: layers,
  };
}

/**
 * The report's targets, each with the figure that measures progress toward
 * it, on one axis: green up to what the figure surely reaches, a fading
 * orange band where a "more than" leaves the value open, the target as a
 * blue line, a light blue band where an "at least" target may be higher.
 *
 * @param observations - The release's observations (its targets with a progress figure are drawn).
 */
export function targetsSpec(
  observations: readonly Observation[],
  release: Release,
  dataVersion: string,
): TopLevelSpec {
  const byId = new Map(observations.map((o) => [o.id, o]));
  const panels = observations.flatMap((t) => {
    if (t.kind !== "target" || t.target.progress === null) return [];
    const progress = byId.get(t.target.progress);
    if (progress === undefined) throw new Error(`${t.id}: unknown progress ${t.target.progress}`);
    return [{ target: t, progress }];
  });
  return {
    $schema: VEGA_LITE_SCHEMA,
    description: `The 2023 targets (Q1/2023 report): ${panels.map(({ target, progress }) => `${target.name.en}: ${target.published}; progress ${progress.published}`).join("; ")}.`,
    title: {
      text: "Mục tiêu năm 2023 và khoảng giá trị mà cách ghi số liệu cho phép",
      subtitle: "The 2023 targets, and the interval each published qualifier allows",
    },
    config: { ...config(), concat: { spacing: 22 } },
    vconcat: [
      ...panels.map(({ target, progress }) => targetPanel(progress, target)),
      footer(
        [
          "Xanh lá: phần chắc chắn đạt · cam nhạt dần: “hơn”, không có cận trên · xanh dương nhạt: “tối thiểu”, mục tiêu có thể cao hơn",
          "Green: reached for sure · fading orange: “more than”, no upper bound · light blue: “at least”, the target may be higher",
          ...reportSources(release, dataVersion),
        ],
        TRACK_WIDTH + 240,
      ),
    ],
  } as unknown as TopLevelSpec;
}

// ---------------------------------------------------------------------------
// Every chart

/** What the charts are made from: the package's data, through its public API or from `data/`. */
export interface ChartData {
  /** `DATA_VERSION`. */
  readonly dataVersion: string;
  /** `conflicts`. */
  readonly conflicts: readonly Conflict[];
  /** `getIndicator`. */
  readonly indicator: (id: string) => Indicator;
  /** `series`. */
  readonly series: (indicatorId: string) => readonly SeriesPoint[];
  /** `observations`. */
  readonly observations: readonly Observation[];
  /** `getRelease`. */
  readonly release: (id: string) => Release;
}

/** The release whose figures the progress and targets charts draw. */
export const REPORT = REPORT_ID;

/** Every chart, by file name, from the package's data. */
export function chartSpecs(data: ChartData): Chart[] {
  const s = (id: string): ChartSeries => ({
    indicator: data.indicator(id),
    points: data.series(id),
  });
  const sources = { dataVersion: data.dataVersion, conflicts: data.conflicts };
  const report = data.release(REPORT);
  const reportObservations = data.observations.filter((o) => o.release === REPORT);
  const share = s("fully-online-services-share");
  const targetYear = String(parsePeriod(share.points[0]?.observation.asOf ?? "2023").year);
  return [
    {
      name: "community-tech-teams",
      spec: communityTechTeamsSpec(
        s("community-tech-teams"),
        [
          s("provinces-community-tech-teams"),
          s("provinces-deployed-community-tech-team-model"),
          s("provinces-community-tech-teams-all-communes"),
        ],
        sources,
      ),
    },
    {
      name: "fully-online-services-2023",
      spec: fullyOnlineServicesSpec(
        share,
        data.observations
          .filter(
            (o) =>
              o.indicator === share.indicator.id && o.kind === "target" && o.period === targetYear,
          )
          .map((o) => ({ observation: o, release: data.release(o.release) })),
        sources,
      ),
    },
    {
      name: "ndxp-since-launch",
      spec: ndxpSinceLaunchSpec(s("ndxp-transactions-since-launch"), sources),
    },
    { name: "progress", spec: progressSpec(reportObservations, report, data.dataVersion) },
    { name: "targets", spec: targetsSpec(reportObservations, report, data.dataVersion) },
  ];
}
