/**
 * One panel of figures over time, which the charts of one indicator over
 * time share: a data row per figure, and the layers that draw every reading
 * rule of `index.ts`.
 */
import type { Interval, SeriesPoint } from "../../../src/index.js";
import { bounds, parsePeriod, periodEnd, periodStart } from "../../../src/index.js";
import { bilingual } from "./_keys.js";
import { type Box, GAP, LABEL_FONT, type PanelScales, placeLabels } from "./_labels.js";
import { colours, fade, pointMark, WIDTH } from "./_marks.js";
import { midDay, nextDay, utcTime } from "./_time.js";
import type { ChartSeries, FigureRow, LabelAt, Reading } from "./_types.js";

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
    const reading: Reading =
      o.status !== "normal" ? "estimate" : open ? "more-than" : day ? "stated" : "period";
    const marks = conflicts.map((c) => markConflicts.get(c) ?? "");
    const readingText = [
      open ? `more than: (${interval.lower}; ∞)` : null,
      o.status !== "normal" ? "estimate" : null,
      day ? null : `as of the period ${o.asOf}`,
    ]
      .filter((t) => t !== null)
      .join(", ");
    return {
      id: o.id,
      series: o.indicator,
      published: o.published,
      comparator: o.comparator,
      estimate: o.status !== "normal",
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

/** One panel of figures over time: every reading rule of `index.ts`'s comment. */
export function timePanel(o: TimePanelOptions): {
  spec: Record<string, unknown>;
  rows: FigureRow[];
} {
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
