/**
 * The marks the charts share: their colours, the mark of a figure by its
 * form and status (and the ring of a revised one), the gradient that fades out the open end of a "more than",
 * and the width of a plot.
 */
import type { ObservationStatus } from "../../../src/index.js";
import type { ChartSeries, MarkForm } from "./_types.js";

export const INK = "#1f2933";
export const MUTED = "#52606d";
export const TRACK = "#e4e7eb";
/** Green: a figure, and what it surely reaches. */
export const FIGURE = "#2f7d4f";
/** Orange: the part a "more than" leaves open. */
export const OPEN = "#d9822b";
/** Blue: a target. */
export const TARGET = "#1d4ed8";
/** One colour per definition when a chart shows several indicators side by side. */
const DEFINITION_COLOURS = ["#2f7d4f", "#c2410c", "#6d28d9", "#0e7490"] as const;
export const WIDTH = 780;

/** The colour of each series of a panel, in the order given. */
export function colours(series: readonly ChartSeries[]): { domain: string[]; range: string[] } {
  return {
    domain: series.map((s) => s.indicator.id),
    range: series.map((_, i) => DEFINITION_COLOURS[i % DEFINITION_COLOURS.length] as string),
  };
}

/**
 * How each status is drawn, whatever the mark's form (point, triangle, bar
 * across a period): `normal` filled; `estimate` hollow; `provisional` pale
 * (a light fill inside a solid outline); `forecast` hollow with a dashed
 * outline. The label says it in words too (see {@link STATUS_WORDS}).
 */
export const STATUS_STYLE: Readonly<
  Record<
    ObservationStatus,
    { readonly fill: "solid" | "white" | "pale"; readonly dash: readonly number[] | null }
  >
> = {
  normal: { fill: "solid", dash: null },
  estimate: { fill: "white", dash: null },
  provisional: { fill: "pale", dash: null },
  forecast: { fill: "white", dash: [3, 2] },
};

/** The words a label adds to a value of each status (none for `normal`). */
export const STATUS_WORDS: Readonly<Record<ObservationStatus, string>> = {
  normal: "",
  estimate: "ước tính · estimate",
  provisional: "sơ bộ · provisional",
  forecast: "dự báo · forecast",
};

/** The opacity of a pale (provisional) fill. */
const PALE = 0.3;

/** Whether a mark of this status is filled pale with its series' colour (set by the caller where `colour` is `null`). */
export function paleFill(status: ObservationStatus): boolean {
  return STATUS_STYLE[status].fill === "pale";
}

/**
 * A mark's fill and outline for a status. Where `colour` is `null` the
 * colour comes from the layer's `color` encoding, and the caller sets the
 * `fill` of a pale mark (see {@link paleFill}).
 */
function statusStyle(status: ObservationStatus, colour: string | null): Record<string, unknown> {
  const style = STATUS_STYLE[status];
  const colourProp = colour === null ? {} : { color: colour };
  if (style.fill === "solid") return { filled: true, opacity: 1, ...colourProp };
  return {
    filled: false,
    opacity: 1,
    ...colourProp,
    ...(style.fill === "white"
      ? { fill: "#ffffff" }
      : { fillOpacity: PALE, ...(colour === null ? {} : { fill: colour }) }),
    ...(style.dash === null ? {} : { strokeDash: [...style.dash] }),
  };
}

/** The point mark of a figure as of a day: a circle, or a triangle for "more than"; filled, hollow, pale or dashed by its status. */
export function pointMark(
  form: "stated" | "more-than",
  status: ObservationStatus,
  colour: string | null = null,
): Record<string, unknown> {
  const more = form === "more-than";
  return {
    type: "point",
    shape: more ? "triangle-up" : "circle",
    size: more ? 110 : 80,
    ...(status === "normal" ? {} : { strokeWidth: 2 }),
    ...statusStyle(status, colour),
  };
}

/** The bar of a figure as of a month (or longer): 8 px high across its period, filled, hollow, pale or dashed by its status. */
export function periodMark(
  status: ObservationStatus,
  colour: string | null = null,
): Record<string, unknown> {
  return {
    type: "rect",
    yOffset: -4,
    y2Offset: 4,
    ...(status === "normal" ? {} : { strokeWidth: 1.5 }),
    ...statusStyle(status, colour),
  };
}

/**
 * The ring around the mark of a revised figure: the same form, larger,
 * outlined only. It is not a figure (no accessible label).
 */
export function ringMark(form: MarkForm, colour: string | null = null): Record<string, unknown> {
  const colourProp = colour === null ? {} : { color: colour };
  if (form === "period")
    return {
      type: "rect",
      xOffset: -4,
      x2Offset: 4,
      yOffset: -8,
      y2Offset: 8,
      filled: false,
      fillOpacity: 0,
      strokeWidth: 1.25,
      aria: false,
      ...colourProp,
    };
  const more = form === "more-than";
  return {
    type: "point",
    shape: more ? "triangle-up" : "circle",
    size: more ? 330 : 260,
    filled: false,
    fillOpacity: 0,
    strokeWidth: 1.25,
    opacity: 1,
    aria: false,
    ...colourProp,
  };
}

/**
 * A gradient that fades `colour` out to `to` (white unless given), upwards
 * or to the right: the open end of a "more than".
 */
export function fade(
  colour: string,
  towards: "up" | "right",
  to = "#ffffff",
): Record<string, unknown> {
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

/**
 * The layers that draw targets under a chart: a dashed rule across each
 * target's period at its level, and its label at the rule's right end,
 * `dy` pixels above it, in `font` (rows: start, end, y, label, description).
 */
export function targetLayers(
  rows: readonly Record<string, unknown>[],
  dy: number,
  font: { readonly fontSize: number; readonly fontWeight: string },
): Record<string, unknown>[] {
  return [
    {
      data: { values: rows },
      mark: { type: "rule", color: TARGET, strokeWidth: 2, strokeDash: [6, 4] },
      encoding: {
        x: { field: "start", type: "temporal" },
        x2: { field: "end" },
        y: { field: "y", type: "quantitative" },
        description: { field: "description" },
      },
    },
    {
      data: { values: rows },
      mark: {
        type: "text",
        color: TARGET,
        align: "right",
        baseline: "bottom",
        dy,
        ...font,
        aria: false,
      },
      encoding: {
        x: { field: "end", type: "temporal" },
        y: { field: "y", type: "quantitative" },
        text: { field: "label" },
      },
    },
  ];
}
