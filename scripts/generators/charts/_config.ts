/**
 * The top of every spec: the Vega-Lite schema, the config every chart
 * shares, and the top-level spec around a chart's panels.
 */
import type { TopLevelSpec } from "vega-lite";
import { footer, key, READING_ORDER } from "./_keys.js";
import { INK, MUTED } from "./_marks.js";
import type { Reading } from "./_types.js";

/** The Vega-Lite schema the specs declare: v5, what JupyterLab's mimetype renderer reads. */
export const VEGA_LITE_SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json";

const FONT = "DejaVu Sans, Verdana, Arial, sans-serif";

/** The config every chart shares: fonts, colours, a locale that groups digits with a thin space. */
export function config(): Record<string, unknown> {
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

/** The whole top-level spec around panels: title, panels, notes and sources. */
export function topLevel(
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
