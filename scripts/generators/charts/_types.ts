/**
 * The types the chart modules share: a chart, the inputs of its builders
 * (series, sources, the package's data) and one data row per figure.
 */
import type { TopLevelSpec } from "vega-lite";
import type {
  Conflict,
  Indicator,
  Observation,
  ObservationStatus,
  Release,
  SeriesPoint,
} from "../../../src/index.js";

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

/**
 * The form of a figure's mark, from its printed qualifier and its as-of: a
 * point (`stated`), a triangle under a band that fades upwards (`more-than`,
 * no upper bound), a bar across its period (`period`, no day given).
 */
export type MarkForm = "stated" | "more-than" | "period";

/**
 * One line of a chart's key: a form, a status other than `normal` (each
 * drawn its own way, whatever the form), a revised figure, or a figure
 * printed by several releases (one mark, the label counts them).
 */
export type Reading = MarkForm | "estimate" | "provisional" | "forecast" | "revised" | "relayed";

/** Where a figure's label stands, from its mark. */
export type LabelAt = "above" | "below" | "left" | "right";

/** One figure (one series point), as the marks of a time chart read it: one mark per row. */
export interface FigureRow {
  /** The figure's id (`community-tech-teams@2023-09-04`). */
  readonly id: string;
  /** The id of the observation shown (the publication the point shows). */
  readonly observation: string;
  /** Its indicator's id: the series it belongs to. */
  readonly series: string;
  /** The printed form of the publication shown. */
  readonly published: string;
  /** `eq`, `approx`, `gt`, `gte`, `nearly`. */
  readonly comparator: string;
  /** The status of the value shown: `normal`, `estimate`, `provisional`, `forecast`. */
  readonly status: ObservationStatus;
  /** Whether its publisher revised an earlier value of it (a ring around the mark). */
  readonly revised: boolean;
  /** The earlier vintages' printed forms, as the label gives them (`12,63%`), or empty. */
  readonly was: string;
  /** How many releases print the value shown (the first and its relays): 1 or more. */
  readonly sources: number;
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
  /** Its mark's form. */
  readonly form: MarkForm;
  /** The text beside the mark (empty where a neighbour's label stands for it). */
  readonly label: string;
  /** Where that text stands, or `none`. */
  readonly labelAt: LabelAt | "none";
  /** The release of the publication shown (`id@version`). */
  readonly release: string;
  /** The mark's accessible description: as-of, printed form, reading, releases. */
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
