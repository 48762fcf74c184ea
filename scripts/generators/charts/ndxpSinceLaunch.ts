/** The chart `ndxp-since-launch`: NDXP transactions since the platform's launch. */
import type { TopLevelSpec } from "vega-lite";
import { bounds } from "../../../src/index.js";
import { topLevel } from "./_config.js";
import { conflictNotes, notDrawn, READING_NOTES, releasesOf, sourceLines } from "./_keys.js";
import { axisTop, timeDomain } from "./_time.js";
import { timePanel } from "./_timePanel.js";
import type { ChartSeries, ChartSources } from "./_types.js";

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
