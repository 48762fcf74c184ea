/**
 * The marks the charts share: their colours, the point mark of a figure by
 * its reading, the gradient that fades out the open end of a "more than",
 * and the width of a plot.
 */
import type { ChartSeries, Reading } from "./_types.js";

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

/** The point mark of a figure as of a day, by its reading. */
export function pointMark(reading: Reading): Record<string, unknown> {
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
