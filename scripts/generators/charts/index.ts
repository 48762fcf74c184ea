/**
 * The Vega-Lite specifications of the charts under `docs/`, one builder per
 * chart, each in its own module of this folder (`communityTechTeams.ts`,
 * `dti.ts`, `fullyOnlineServices.ts`, `ndxpSinceLaunch.ts`,
 * `onlineDossiers.ts`, `progress.ts`, `targets.ts`) beside the `_` modules
 * they share: `_types.ts`, `_time.ts` (days and domains), `_marks.ts` (colours, marks by form and status, rings, fades),
 * `_labels.ts` (label boxes and placement), `_keys.ts` (the key, legends,
 * notes and sources), `_config.ts` (config and the top-level spec) and
 * `_timePanel.ts` (one panel of figures over time), and `_timeSeries.ts`
 * (the generic chart of one indicator over time). This module lists them.
 * Each builder is a pure function of the figures it is given (series
 * points, observations, indicators, conflicts, the data version): it reads
 * no file and no generated module, so the same builder serves the chart
 * generator (`../charts.ts`, which gives it the canonical data of `data/`), a
 * test, or a notebook (which gives it `series(…)` of the package).
 *
 * The specs are Vega-Lite 5 (`$schema` v5), the version JupyterLab's
 * mimetype renderer reads (`application/vnd.vegalite.v5+json`); `../charts.ts`
 * compiles them with vega-lite 5 and renders them to SVG with vega 5.
 *
 * Reading rules every chart follows (they come from the series points,
 * `bounds()` and the observation's fields, never from numbers typed here):
 * - one mark per figure (one series point): a figure printed by several
 *   releases (relays) is one mark, its label counts them (`76.905 (2
 *   nguồn)`); a figure whose releases disagree shows the value its point
 *   shows, with the conflict's footnote mark, and a note names the others;
 * - a figure with no upper bound (`hơn`, `trên`, `tối thiểu`: `bounds().upper
 *   === null`) is a triangle at its lower bound under a band that fades out
 *   to the top of the plot: an open interval;
 * - a figure as of a month (or any period longer than a day) is a bar that
 *   spans the period, not a point on one day;
 * - the status of the value, whatever the form: `normal` filled, `estimate`
 *   hollow, `provisional` pale, `forecast` hollow with a dashed outline, and
 *   the label says it in words (`90,66% (ước tính · estimate)`);
 * - a figure its publisher revised has a ring around its mark, and its
 *   label gives the earlier value (`sửa từ · revised from 12,63%`);
 * - points are never joined by a line: nothing is known between two dates,
 *   and two indicators (two definitions) are never one series;
 * - the key under the chart draws each of these it uses, and says it.
 *
 * A chart of one indicator over time (in one area, with related
 * indicators beside it or not) is `timeSeriesSpec` of `_timeSeries.ts`;
 * `dti.ts`, `fullyOnlineServices.ts`, `ndxpSinceLaunch.ts` and
 * `onlineDossiers.ts` are made with it.
 */
import { parsePeriod } from "../../../src/index.js";
import { REPORT_ID } from "../_dataset.js";
import type { Chart, ChartData, ChartSeries } from "./_types.js";
import { communityTechTeamsSpec } from "./communityTechTeams.js";
import { dtiSpec } from "./dti.js";
import { fullyOnlineServicesSpec } from "./fullyOnlineServices.js";
import { ndxpSinceLaunchSpec } from "./ndxpSinceLaunch.js";
import { onlineDossiersSpec } from "./onlineDossiers.js";
import { progressSpec } from "./progress.js";
import { targetsSpec } from "./targets.js";

/** The release whose figures the progress and targets charts draw. */
export const REPORT = REPORT_ID;

/** Every chart, by file name, from the package's data. */
export function chartSpecs(data: ChartData): Chart[] {
  const s = (id: string): ChartSeries => ({
    indicator: data.indicator(id),
    points: data.series(id),
  });
  const sources = { dataVersion: data.dataVersion, conflicts: data.conflicts };
  const report = data.release(REPORT);
  const reportObservations = data.observations.filter((o) => o.release === REPORT);
  const share = s("fully-online-services-share");
  const dossiers = [
    "fully-online-dossiers-share",
    "ministries-fully-online-dossiers-share",
    "provinces-fully-online-dossiers-share",
  ].map(s);
  const dossierIds = dossiers.map((d) => d.indicator.id);
  const targetYear = String(parsePeriod(share.points[0]?.observation.asOf ?? "2023").year);
  return [
    {
      name: "community-tech-teams",
      spec: communityTechTeamsSpec(
        s("community-tech-teams"),
        [
          s("provinces-community-tech-teams"),
          s("provinces-deployed-community-tech-team-model"),
          s("provinces-community-tech-teams-all-communes"),
        ],
        sources,
      ),
    },
    {
      name: "dti",
      spec: dtiSpec(
        s("dti-national"),
        [
          s("dti-provinces-mean"),
          s("dti-ministries-services-mean"),
          s("dti-ministries-no-services-mean"),
        ],
        [data.indicator("dti-province")],
        sources,
      ),
    },
    {
      name: "fully-online-services-2023",
      spec: fullyOnlineServicesSpec(
        share,
        data.observations
          .filter(
            (o) =>
              o.indicator === share.indicator.id && o.kind === "target" && o.period === targetYear,
          )
          .map((o) => ({ observation: o, release: data.release(o.release) })),
        sources,
      ),
    },
    {
      name: "ndxp-since-launch",
      spec: ndxpSinceLaunchSpec(s("ndxp-transactions-since-launch"), sources),
    },
    {
      name: "online-dossiers",
      spec: onlineDossiersSpec(
        dossiers[0] as ChartSeries,
        dossiers.slice(1),
        data.observations
          .filter((o) => dossierIds.includes(o.indicator) && o.kind === "target" && o.area === null)
          .map((o) => ({ observation: o, release: data.release(o.release) })),
        "fully-online-dossiers-share-year-and-months",
        sources,
      ),
    },
    { name: "progress", spec: progressSpec(reportObservations, report, data.dataVersion) },
    { name: "targets", spec: targetsSpec(reportObservations, report, data.dataVersion) },
  ];
}
