/** The chart `community-tech-teams`: the teams, and the provinces by three definitions. */
import type { TopLevelSpec } from "vega-lite";
import { bounds } from "../../../src/index.js";
import { topLevel } from "./_config.js";
import { conflictNotes, READING_NOTES, releasesOf, sourceLines } from "./_keys.js";
import { axisTop, timeDomain } from "./_time.js";
import { readingsOf, timePanel } from "./_timePanel.js";
import { figureText } from "./_timeSeries.js";
import type { ChartSeries, ChartSources } from "./_types.js";

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
    `Community digital technology teams by as-of date (${teams.points.map(figureText).join("; ")}), and the provinces that have them by three definitions, never joined: ${provinces.map((s) => `${s.indicator.id} (${s.points.map(figureText).join("; ")})`).join("; ")}.`,
    [top.spec, bottom.spec],
    readingsOf([...top.rows, ...bottom.rows]),
    [
      ...READING_NOTES,
      "Ba định nghĩa không so sánh được với nhau (xem related của mỗi chỉ số) · Three definitions that do not compare (see each indicator's related).",
      ...notes.lines,
      ...sourceLines(releasesOf(all.flatMap((s) => s.points)), sources.dataVersion),
    ],
  );
}
