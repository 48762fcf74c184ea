/**
 * The types the chart modules share: a chart, the inputs of its builders
 * (series, sources, the package's data) and one data row per figure.
 */
import type { TopLevelSpec } from "vega-lite";
import type { Conflict, Indicator, Observation, Release, SeriesPoint } from "../../../src/index.js";

/** The inputs of a chart of one indicator over time. */
export interface ChartSeries {
  /** The indicator (its names label the series). */
  readonly indicator: Indicator;
  /** Its points, as `series(indicator.id)` gives them. */
  readonly points: readonly SeriesPoint[];
}

/** What every chart names in its source lines. */
export interface ChartSources {
  /** The data set's version (`DATA_VERSION`). */
  readonly dataVersion: string;
  /** The recorded conflicts (`conflicts`), of which a chart names those of its points. */
  readonly conflicts: readonly Conflict[];
}

/** A chart: its file name (without extension) and its Vega-Lite specification. */
export interface Chart {
  /** `community-tech-teams` → `docs/community-tech-teams.svg`, `docs/charts/community-tech-teams.vl.json`. */
  readonly name: string;
  /** The specification (Vega-Lite 5). */
  readonly spec: TopLevelSpec;
}

/** How a figure is read, which the legend explains: one mark per reading. */
export type Reading = "stated" | "more-than" | "estimate" | "period";

/** Where a figure's label stands, from its mark. */
export type LabelAt = "above" | "below" | "left" | "right";

/** One figure, as the marks of a time chart read it. */
export interface FigureRow {
  /** The observation's id. */
  readonly id: string;
  /** Its indicator's id: the series it belongs to. */
  readonly series: string;
  /** The printed form. */
  readonly published: string;
  /** `eq`, `approx`, `gt`, `gte`, `nearly`. */
  readonly comparator: string;
  /** Whether the source calls it an estimate. */
  readonly estimate: boolean;
  /** The as-of date or period, as recorded. */
  readonly asOf: string;
  /** Whether the as-of is a day (a point) or a longer period (a bar across it). */
  readonly day: boolean;
  /** The first day of the as-of. */
  readonly start: string;
  /** The day after its last day (marks span `[start, end)`). */
  readonly end: string;
  /** Where its label is anchored: `start`, or the period's middle or end. */
  readonly labelDate: string;
  /** The interval the printed form allows (`bounds`). */
  readonly lower: number;
  readonly upper: number | null;
  /** The value its mark stands at: the lower bound where there is no upper bound, else the value. */
  readonly y: number;
  /** Whether the interval has no upper bound. */
  readonly open: boolean;
  /** The top of the value axis: where the band of an open interval ends. */
  readonly top: number;
  /** Whether the interval's width is not stated (`approx`, `nearly`): drawn as a bar. */
  readonly approximate: boolean;
  /** The legend's reading of it. */
  readonly reading: Reading;
  /** The text beside the mark (empty where a neighbour's label stands for it). */
  readonly label: string;
  /** Where that text stands, or `none`. */
  readonly labelAt: LabelAt | "none";
  /** The release it comes from (`id@version`). */
  readonly release: string;
  /** The mark's accessible description: as-of, printed form, reading, release. */
  readonly description: string;
}

/** What the charts are made from: the package's data, through its public API or from `data/`. */
export interface ChartData {
  /** `DATA_VERSION`. */
  readonly dataVersion: string;
  /** `conflicts`. */
  readonly conflicts: readonly Conflict[];
  /** `getIndicator`. */
  readonly indicator: (id: string) => Indicator;
  /** `series`. */
  readonly series: (indicatorId: string) => readonly SeriesPoint[];
  /** `observations`. */
  readonly observations: readonly Observation[];
  /** `getRelease`. */
  readonly release: (id: string) => Release;
}
