/** The chart `fully-online-services-2023`: the fully-online share in 2023 against its target. */
import type { TopLevelSpec } from "vega-lite";
import type { Observation, Release } from "../../../src/index.js";
import { bounds, periodEnd, periodStart } from "../../../src/index.js";
import { textWidth } from "../_textWidth.js";
import { LABEL_HEIGHT } from "./_labels.js";
import { targetLayers } from "./_marks.js";
import { nextDay } from "./_time.js";
import { figureText, timeSeriesSpec } from "./_timeSeries.js";
import type { ChartSeries, ChartSources } from "./_types.js";

/**
 * The fully-online share of public services in 2023, against the 2023
 * target: every figure of the series, one mark each (the estimate hollow,
 * "more than" open upwards, a month as a bar across it), and the target as
 * a line across its year: the generic chart of `_timeSeries.ts` with a
 * target under the figures. The level-4 share (an older scale) and the share of the year's plan
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
  const under = targetLayers(targetRows, -5, { fontSize: 12, fontWeight: "bold" });
  return timeSeriesSpec(
    {
      series: share,
      title: [
        `Dịch vụ công trực tuyến toàn trình năm ${year}, so với mục tiêu`,
        `Public services fully online in ${year}, against the target`,
      ],
      panelTitle: [share.indicator.name.vi, share.indicator.name.en],
      y: {
        title: "% dịch vụ công đủ điều kiện · % of eligible public services",
        min: yMin,
        max: yMax,
      },
      x: { domain: xDomain, monthStep: 1 },
      height: 300,
      under,
      // the targets' labels, right-aligned above their lines
      obstacles: (sc) =>
        targetRows.map((t) => {
          const w = textWidth({ fontSize: 12, fontWeight: "bold" }, t.label);
          return {
            x1: sc.width - w,
            x2: sc.width,
            y1: sc.y(t.y) - 5 - LABEL_HEIGHT,
            y2: sc.y(t.y),
          };
        }),
      sourceReleases: targetFigures.map((t) => `${t.release.id}@${t.release.version}`),
      description: `${share.indicator.name.en} by as-of date (${share.points.map(figureText).join("; ")}), against the ${year} target of ${lines.map((t) => t.published).join(", ")}.`,
    },
    sources,
  );
}
