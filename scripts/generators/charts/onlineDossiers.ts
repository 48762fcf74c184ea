/**
 * The chart `online-dossiers`: the share of dossiers handled fully online,
 * nationwide, beside the ministries' and the provinces' blocks, against the
 * targets the pages print.
 */
import type { TopLevelSpec } from "vega-lite";
import type { Conflict, Observation, Release, SeriesPoint } from "../../../src/index.js";
import { bounds, parsePeriod, periodEnd, periodStart } from "../../../src/index.js";
import { textWidth } from "../_textWidth.js";
import { conflictNotes, wrapWords } from "./_keys.js";
import { LABEL_HEIGHT } from "./_labels.js";
import { targetLayers } from "./_marks.js";
import { nextDay, shortDate, timeDomain } from "./_time.js";
import { figureText, timeSeriesSpec } from "./_timeSeries.js";
import type { ChartSeries, ChartSources } from "./_types.js";

/** A target observation (`kind: "target"`) and the release that prints it. */
export interface TargetFigure {
  readonly observation: Observation;
  readonly release: Release;
}

/** The block a series counts, as a target's label names it `[vi, en]`: by the indicator's place in the chart. */
const BLOCKS: readonly (readonly [string, string])[] = [
  ["cả nước", "nationwide"],
  ["khối bộ, ngành", "ministries"],
  ["khối địa phương", "provinces"],
];

/** The font of a target's label. */
const TARGET_FONT = { fontSize: 11, fontWeight: "bold" } as const;

/**
 * The lines that state a break of a comparability conflict on the period
 * (`field: "period"`): which figures drawn are of a year and which of a
 * month, read from the observations' periods, so that no one reads the step
 * between them as a change.
 */
export function periodBreakLines(
  points: readonly SeriesPoint[],
  conflict: Conflict,
  symbol: string,
): string[] {
  const periods = (type: string) =>
    [
      ...new Set(
        points
          .filter(
            (p) =>
              p.conflicts.includes(conflict.id) && parsePeriod(p.observation.period).type === type,
          )
          .map((p) => p.observation.period),
      ),
    ]
      .sort()
      .map(shortDate);
  const years = periods("year");
  const months = periods("month");
  if (years.length === 0 || months.length === 0)
    throw new Error(`${conflict.id}: a break needs figures of a year and of a month`);
  return wrapWords(
    `${symbol.trim()} Điểm gãy: số của cả năm ${years.join(", ")} và số của tháng ${months.join(", ")} không cùng loại kỳ, bước từ số năm sang số tháng không phải là thay đổi · A break: the figures of the year ${years.join(", ")} and those of the months ${months.join(", ")} are not of one kind of period; the step from one to the other is not a change.`,
  );
}

/**
 * The share of dossiers handled fully online, nationwide, with the
 * ministries' and the provinces' blocks as separate series (own colour,
 * named in the legend, never joined), every figure one mark (a year or a
 * month as a bar across it, a day as a point, "gần" as the interval it
 * allows), and each target as a dashed line across its year, labelled with
 * its block. The recorded break between the year's figures and the months'
 * is stated in a note; the related indicators not drawn (the share of
 * services, the share of dossiers submitted online) are named in a note.
 *
 * @param national - The series of `fully-online-dossiers-share` (the nation).
 * @param blocks - The series of `ministries-fully-online-dossiers-share` and
 *   `provinces-fully-online-dossiers-share`, in that order.
 * @param targetFigures - The target observations of these indicators, about the nation,
 *   each with its release; those that print the same target are drawn as one line.
 * @param breakConflict - The id of the recorded conflict between the year's and the months' figures.
 */
export function onlineDossiersSpec(
  national: ChartSeries,
  blocks: readonly ChartSeries[],
  targetFigures: readonly TargetFigure[],
  breakConflict: string,
  sources: ChartSources,
): TopLevelSpec {
  const all = [national, ...blocks];
  const points = all.flatMap((s) => s.points);
  const blockOf = (indicator: string): readonly [string, string] => {
    const i = all.findIndex((s) => s.indicator.id === indicator);
    const block = BLOCKS[i];
    if (block === undefined) throw new Error(`${indicator}: a target of no series drawn`);
    return block;
  };
  // one line per distinct target (indicator, year, printed form)
  const lines = [
    ...new Map(
      targetFigures.map((t) => [
        `${t.observation.indicator}|${t.observation.period}|${t.observation.published}`,
        t.observation,
      ]),
    ).values(),
  ];
  const targetRows = lines.map((t) => {
    const b = bounds(t);
    const [vi, en] = blockOf(t.indicator);
    const year = t.period;
    return {
      y: b.upper === null ? b.lower : t.value,
      start: periodStart(year),
      end: nextDay(periodEnd(year)),
      label: `Mục tiêu ${year}, ${vi} · ${year} target, ${en}: ${t.published}`,
      description: `${year} target, ${t.indicator}: ${t.published} — ${targetFigures
        .filter(
          (u) =>
            u.observation.indicator === t.indicator &&
            u.observation.period === t.period &&
            u.observation.published === t.published,
        )
        .map((u) => u.release.id)
        .join(", ")}`,
    };
  });
  // the axis spans the figures and the targets' years
  const [from, to] = timeDomain(all, 75, 60);
  const xDomain: [string, string] = [
    [from, ...targetRows.map((t) => t.start)].sort()[0] as string,
    [to, ...targetRows.map((t) => t.end)].sort().at(-1) as string,
  ];
  const under = targetLayers(targetRows, -4, TARGET_FONT);
  const conflict = sources.conflicts.find((c) => c.id === breakConflict);
  if (conflict === undefined) throw new Error(`no recorded conflict ${breakConflict}`);
  const symbol = conflictNotes(points, sources.conflicts).marks.get(breakConflict);
  if (symbol === undefined) throw new Error(`${breakConflict}: names no figure drawn`);
  return timeSeriesSpec(
    {
      series: national,
      related: blocks,
      title: [
        "Tỷ lệ hồ sơ trực tuyến toàn trình: cả nước, khối bộ, ngành và khối địa phương",
        "Share of dossiers handled fully online: nationwide, the ministries and the provinces",
      ],
      y: { title: "% hồ sơ đã giải quyết · % of dossiers handled", min: 0, max: 100 },
      x: { domain: xDomain },
      height: 360,
      under,
      // the targets' labels, right-aligned above their lines' ends
      obstacles: (sc) =>
        targetRows.map((t) => {
          const w = textWidth(TARGET_FONT, t.label);
          const x2 = sc.x(t.end);
          return { x1: x2 - w, x2, y1: sc.y(t.y) - 4 - LABEL_HEIGHT, y2: sc.y(t.y) };
        }),
      notes: periodBreakLines(points, conflict, symbol),
      sourceReleases: targetFigures.map((t) => `${t.release.id}@${t.release.version}`),
      description: `${national.indicator.name.en} by as-of date: ${national.points.map(figureText).join("; ")}${blocks
        .map(
          (s) =>
            `; a separate series, never joined, ${s.indicator.id}: ${s.points.map(figureText).join("; ")}`,
        )
        .join(
          "",
        )}; targets: ${targetRows.map((t) => t.description.split(" — ")[0]).join("; ")}; the year's figures and the months' are not of one kind of period (${breakConflict}).`,
    },
    sources,
  );
}
