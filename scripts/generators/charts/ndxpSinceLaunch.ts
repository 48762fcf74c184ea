/** The chart `ndxp-since-launch`: NDXP transactions since the platform's launch. */
import type { TopLevelSpec } from "vega-lite";
import { figureText, timeSeriesSpec } from "./_timeSeries.js";
import type { ChartSeries, ChartSources } from "./_types.js";

/**
 * NDXP transactions since the platform's launch: both figures are "more
 * than" (open upwards). The quarterly, monthly, yearly and daily counts are
 * other indicators, not drawn.
 *
 * @param sinceLaunch - The series of `ndxp-transactions-since-launch`.
 */
export function ndxpSinceLaunchSpec(sinceLaunch: ChartSeries, sources: ChartSources): TopLevelSpec {
  return timeSeriesSpec(
    {
      series: sinceLaunch,
      title: [
        "Giao dịch qua NDXP từ khi khai trương",
        "NDXP transactions since the platform's launch",
      ],
      panelTitle: [sinceLaunch.indicator.name.vi, sinceLaunch.indicator.name.en],
      y: {
        title: "Triệu giao dịch · million transactions",
        labelExpr: "format(datum.value / 1000000, ',')",
      },
      x: { padBefore: 75, padAfter: 60, monthStep: 2 },
      width: 560,
      description: `${sinceLaunch.indicator.name.en} by as-of date: ${sinceLaunch.points.map(figureText).join("; ")}; each a "more than", with no upper bound.`,
    },
    sources,
  );
}
