import type { IsoDate, PeriodString } from "./common.js";
import type {
  Area,
  ObservationStatus,
  PartOfWholeObservation,
  ValueObservation,
} from "./observation.js";
import type { Release } from "./release.js";

/**
 * An observation a series is made of: a level (kind `value` or
 * `partOfWhole`). Targets and printed changes are not levels.
 *
 * @category Model
 */
export type LevelObservation = ValueObservation | PartOfWholeObservation;

/**
 * What one publication of a figure is, set against those made public before
 * it (in the order they were made public):
 *
 * - `first`: the first publication of the figure;
 * - `relay`: the same value again (another page, or the same publisher again);
 * - `revision`: a new value (or a new status) from the same publisher (or its
 *   successor), made public at a later dated event or release of its own;
 * - `conflicting`: a different value with no revision stated: a recorded
 *   conflict names it, and nothing resolves it.
 *
 * @category Model
 */
export type PublicationRole = "first" | "relay" | "revision" | "conflicting";

/**
 * Why a point shows the publication it shows (see {@link SeriesPoint}): the
 * first step of the rule below that leaves one publication.
 *
 * The candidates are the publications of the figure's latest vintage (its
 * latest revision, with the relays of that value) and, where the figure is
 * disputed, the conflicting publications. Among them, in this order:
 *
 * 1. `only`: there is one candidate;
 * 2. `own-page`: the one printed on the publisher's own site;
 * 3. `publisher-named`: the one whose release names whose figure it is;
 * 4. `dated`: the one whose release has a known day of publication;
 * 5. `status-word`: the one printed with a status word (`ước tính`, `sơ bộ`,
 *    `dự báo`) where the others print none: a page that drops the word does
 *    not make an estimate a measurement;
 * 6. `latest`: the one made public last;
 * 7. `precise`: the one printed with more decimals;
 * 8. `release-order`: the first by release id (a tie of equals).
 *
 * A `revision` never loses to an earlier vintage: the steps choose among
 * the publications of the latest one (and the conflicting ones).
 *
 * @category Model
 */
export type ShownReason =
  | "only"
  | "own-page"
  | "publisher-named"
  | "dated"
  | "status-word"
  | "latest"
  | "precise"
  | "release-order";

/**
 * One publication of a figure: one release printing it.
 *
 * @category Model
 */
export interface Publication<O extends LevelObservation = LevelObservation> {
  /** The observation, as that release prints it. */
  readonly observation: O;
  /** The release. */
  readonly release: Release;
  /**
   * The day it counts as public (its release's `madePublic` day; the last
   * day of a month where only the month is known; the day the package read
   * the page where no date is known).
   */
  readonly knownFrom: IsoDate;
  /**
   * Its vintage: 1 for the publications made public on the figure's first
   * day of publication, 2 for the next day on which it was published again,
   * and so on.
   */
  readonly vintage: number;
  /** Relay, revision or conflict, set against what was public before it. */
  readonly role: PublicationRole;
}

/**
 * One figure of a series (one indicator, one as-of date, one area), with
 * the value it shows and every publication of it.
 *
 * @category Model
 */
export interface SeriesPoint<O extends LevelObservation = LevelObservation> {
  /**
   * The figure's id: its indicator and as-of date
   * (`community-tech-teams@2023-03-06`), and its area where it has one
   * (`dti-province@2024@provinces-2025:01`).
   */
  readonly figure: string;
  /** The date or period the figure is as of. */
  readonly asOf: PeriodString;
  /** The province it is about, or `null` for the nation. */
  readonly area: Area | null;
  /** The publication shown: its latest vintage, chosen as {@link ShownReason} says. */
  readonly observation: O;
  /** The release of the publication shown. */
  readonly release: Release;
  /** The status of the value shown (normal, estimate, provisional, forecast). */
  readonly status: ObservationStatus;
  /** Every publication of the figure (known by then), in the order made public. */
  readonly publications: readonly Publication<O>[];
  /** Whether a later vintage of the publisher revised an earlier one. */
  readonly revised: boolean;
  /**
   * The ids of the recorded conflicts that name any of its publications
   * (see `conflicts`), or none.
   */
  readonly conflicts: readonly string[];
  /** Why the point shows this publication. */
  readonly reason: ShownReason;
}

/**
 * One row of {@link vintages}: one publication of one figure.
 *
 * @category Model
 */
export interface VintageRow<O extends LevelObservation = LevelObservation> extends Publication<O> {
  /** The figure's id (see {@link SeriesPoint.figure}). */
  readonly figure: string;
  /** The date or period the figure is as of. */
  readonly asOf: PeriodString;
  /** The province it is about, or `null`. */
  readonly area: Area | null;
  /** The status of this publication's value. */
  readonly status: ObservationStatus;
  /** Whether this is the publication the figure's series point shows. */
  readonly isLatestVintage: boolean;
}
