/**
 * One panel of figures over time, which the charts of one indicator over
 * time share: a data row per figure, and the layers that draw every reading
 * rule of `index.ts`.
 */
import type {
  Interval,
  LevelObservation,
  ObservationStatus,
  SeriesPoint,
} from "../../../src/index.js";
import { bounds, parsePeriod, periodEnd, periodStart } from "../../../src/index.js";
import { bilingual } from "./_keys.js";
import { type Box, GAP, LABEL_FONT, type PanelScales, placeLabels, RING_GAP } from "./_labels.js";
import {
  colours,
  fade,
  paleFill,
  periodMark,
  pointMark,
  ringMark,
  STATUS_WORDS,
  WIDTH,
} from "./_marks.js";
import { midDay, nextDay, utcTime } from "./_time.js";
import type { ChartSeries, FigureRow, LabelAt, MarkForm, Reading } from "./_types.js";

/** A printed form with its status in words where it is not `normal` (`0,75, dự báo · forecast`). */
function printedWithStatus(o: LevelObservation): string {
  return o.status === "normal" ? o.published : `${o.published}, ${STATUS_WORDS[o.status]}`;
}

/**
 * What a point's publications say beyond the value shown: the printed forms
 * of the vintages its publisher revised (in order), and how many releases
 * print the value shown (the publication of its vintage and its relays;
 * not a conflicting value).
 */
export function pointHistory(p: SeriesPoint): { was: string[]; sources: number } {
  const pubs = p.publications;
  const last = pubs.map((q) => q.role).lastIndexOf("revision");
  const was =
    last < 0
      ? []
      : pubs
          .slice(0, last)
          .filter((q) => q.role === "first" || q.role === "revision")
          .map((q) => printedWithStatus(q.observation));
  const vintage = last < 0 ? 1 : (pubs[last] as (typeof pubs)[number]).vintage;
  const sources = pubs.filter(
    (q) =>
      q.vintage >= vintage &&
      q.observation.value === p.observation.value &&
      q.observation.comparator === p.observation.comparator &&
      q.observation.status === p.observation.status,
  ).length;
  return { was: [...new Set(was)], sources: Math.max(1, sources) };
}

/** The rows of a series, one per point (per figure), labels not yet placed. */
function figureRows(
  points: readonly SeriesPoint[],
  markConflicts: ReadonlyMap<string, string>,
): (Omit<FigureRow, "labelAt" | "top"> & { marks: string[] })[] {
  return points.map((p) => {
    const { observation: o, release } = p;
    const interval: Interval = bounds(o);
    const period = parsePeriod(p.asOf);
    const day = period.type === "day";
    const start = periodStart(p.asOf);
    const end = nextDay(periodEnd(p.asOf));
    const open = interval.upper === null;
    const form: MarkForm = !day ? "period" : open ? "more-than" : "stated";
    const { was, sources } = pointHistory(p);
    const marks = p.conflicts.map((c) => markConflicts.get(c) ?? "");
    const shown = `${release.id}@${release.version}`;
    const releases = [
      shown,
      ...p.publications
        .map((q) => `${q.release.id}@${q.release.version}`)
        .filter((r) => r !== shown),
    ];
    const readingText = [
      open ? `more than: (${interval.lower}; ∞)` : null,
      o.status !== "normal" ? o.status : null,
      was.length > 0 ? `revised from ${was.join("; ")}` : null,
      day ? null : `as of the period ${p.asOf}`,
      sources > 1 ? `printed by ${sources} releases` : null,
      p.conflicts.length > 0 ? `recorded conflict ${p.conflicts.join(", ")}` : null,
    ]
      .filter((t) => t !== null)
      .join(", ");
    return {
      id: p.figure,
      observation: o.id,
      series: o.indicator,
      published: o.published,
      comparator: o.comparator,
      status: o.status,
      revised: p.revised,
      was: was.join("; "),
      sources,
      asOf: p.asOf,
      day,
      start,
      end,
      labelDate: day ? start : midDay(start, end),
      lower: interval.lower,
      upper: interval.upper,
      y: open ? interval.lower : o.value,
      open,
      approximate: interval.approximate,
      form,
      label: o.published,
      marks,
      release: shown,
      description: `${p.asOf}: ${o.published}${readingText === "" ? "" : ` [${readingText}]`} — ${releases.join(", ")}`,
    };
  });
}

/** The lines of a chart's key its rows need: their forms, statuses, revisions and relays. */
export function readingsOf(rows: readonly FigureRow[]): Reading[] {
  return rows.flatMap((r): Reading[] => [
    r.form,
    ...(r.status === "normal" ? [] : [r.status]),
    ...(r.revised ? (["revised"] as const) : []),
    ...(r.sources > 1 ? (["relayed"] as const) : []),
  ]);
}

/** The forms of a figure's mark, in the order their layers are drawn. */
const FORMS: readonly MarkForm[] = ["period", "stated", "more-than"];
/** The statuses, in the order their layers are drawn. */
const STATUSES: readonly ObservationStatus[] = ["normal", "estimate", "provisional", "forecast"];

export interface TimePanelOptions {
  /** The series of the panel, each drawn in its own colour, never joined. */
  readonly series: readonly ChartSeries[];
  /** The panel's title (`vi`, `en`), or none. */
  readonly title?: readonly [string, string];
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
  /** Months between two time ticks (a multiple of 12: ticks on years, labelled by the year). */
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
  // ticks a whole number of years apart are labelled by the year alone
  const years = o.monthStep % 12 === 0;
  const xFull = {
    type: "temporal",
    title: years
      ? "Ngày số liệu · as-of date (năm · year)"
      : "Ngày số liệu · as-of date (tháng/năm · month/year)",
    // no padding: a time is where the label placement computes it
    scale: {
      type: "utc",
      domain: [t0, t1],
      padding: 0,
    },
    axis: {
      format: years ? "%Y" : "%-m/%Y",
      tickCount: years
        ? { interval: "year", step: o.monthStep / 12 }
        : { interval: "month", step: o.monthStep },
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
  // an interval whose width the source does not state (khoảng, gần): a bar
  // across it (not a figure of its own: the point's label describes it)
  if (rows.some((r) => r.approximate && r.upper !== null)) {
    layers.push({
      transform: [{ filter: "datum.approximate && datum.upper !== null" }],
      mark: { type: "rule", strokeWidth: 2, aria: false },
      encoding: { x: x("start"), y: y("lower"), y2: { field: "upper" }, color: colour },
    });
  }
  // a revised figure: a ring around its mark (under it)
  for (const form of FORMS) {
    if (!rows.some((r) => r.revised && r.form === form)) continue;
    layers.push({
      transform: [{ filter: `datum.revised && datum.form === "${form}"` }],
      mark: ringMark(form),
      encoding:
        form === "period"
          ? { x: x("start"), x2: { field: "end" }, y: y("y"), y2: { field: "y" }, color: colour }
          : { x: x("start"), y: y("y"), color: colour },
    });
  }
  // one mark per figure: a bar across its period, or a point (a triangle for
  // "more than"), filled, hollow, pale or dashed by its status; a pale fill is
  // the series' colour, one layer per series (a fill scale would want a legend
  // of its own)
  for (const form of FORMS) {
    for (const status of STATUSES) {
      const period = form === "period";
      const groups = paleFill(status)
        ? byColour.map(({ id, colour: c }) => ({ id, fill: c }))
        : [{ id: null, fill: null }];
      for (const group of groups) {
        const has = (r: FigureRow) =>
          r.form === form && r.status === status && (group.id === null || r.series === group.id);
        if (!rows.some(has)) continue;
        const mark = period ? periodMark(status) : pointMark(form, status);
        layers.push({
          transform: [
            {
              filter: `datum.form === "${form}" && datum.status === "${status}"${group.id === null ? "" : ` && datum.series === ${JSON.stringify(group.id)}`}`,
            },
          ],
          mark: group.fill === null ? mark : { ...mark, fill: group.fill },
          encoding: {
            x: x("start"),
            ...(period ? { x2: { field: "end" } } : {}),
            y: y("y"),
            ...(period ? { y2: { field: "y" } } : {}),
            color: colour,
            description: { field: "description" },
          },
        });
      }
    }
  }
  // labels: the printed form, where placeLabels put it (past the ring of a
  // revised figure)
  const offsets = (gap: number): Record<LabelAt, Record<string, unknown>> => ({
    above: { align: "center", baseline: "bottom", dy: -gap },
    below: { align: "center", baseline: "top", dy: gap },
    left: { align: "right", baseline: "middle", dx: -gap },
    right: { align: "left", baseline: "middle", dx: gap },
  });
  for (const at of ["above", "below", "left", "right"] as const) {
    const ringed = rows.some((r) => r.labelAt === at && r.revised);
    for (const revised of [false, true]) {
      if (!rows.some((r) => r.labelAt === at && r.revised === revised)) continue;
      const filter = `datum.labelAt === "${at}"${ringed ? (revised ? " && datum.revised" : " && !datum.revised") : ""}`;
      layers.push({
        transform: [{ filter }],
        mark: {
          type: "text",
          ...LABEL_FONT,
          ...offsets(revised ? GAP + RING_GAP : GAP)[at],
          aria: false,
        },
        encoding: {
          x: x(at === "right" ? "labelRight" : at === "left" ? "labelLeft" : "labelDate"),
          y: y("y"),
          text: { field: "label" },
          color: colour,
        },
      });
    }
  }
  const full: Record<string, Record<string, unknown>> = {
    x: xFull,
    y: yFull,
    color: colourFull,
  };
  for (const channel of Object.keys(full)) {
    // not a layer with x2 or y2: Vega-Lite would merge the domain of the
    // second channel with the stated one, and warn
    const uses = (l: Record<string, unknown>) =>
      (l.encoding as Record<string, unknown> | undefined)?.[channel] !== undefined;
    const first =
      layers.find(
        (l) => uses(l) && (l.encoding as Record<string, unknown>)[`${channel}2`] === undefined,
      ) ?? layers.find(uses);
    if (first === undefined) continue;
    const encoding = first.encoding as Record<string, Record<string, unknown>>;
    encoding[channel] = { ...encoding[channel], ...full[channel] };
  }
  return {
    rows,
    spec: {
      width,
      height: o.height,
      ...(o.title === undefined
        ? {}
        : {
            title: { text: o.title[0], subtitle: o.title[1], fontSize: 14, subtitleFontSize: 12 },
          }),
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
