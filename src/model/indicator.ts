import type { LocalizedText } from "./common.js";
import type { Unit } from "./observation.js";

/**
 * Whose figure an indicator is:
 *
 * - `country`: Vietnam as a whole;
 * - `ministries`: the ministries and ministry-level agencies;
 * - `provinces`: the provinces and centrally-run cities;
 * - `ministries-and-provinces`: both together ("bộ ngành và địa phương");
 * - `mic`: the Ministry of Information and Communications itself;
 * - `ndxp`: the National Data Integration and Sharing Platform;
 * - `onetouch`: the OneTouch open online learning platform.
 *
 * @category Model
 */
export type Subject =
  | "country"
  | "ministries"
  | "provinces"
  | "ministries-and-provinces"
  | "mic"
  | "ndxp"
  | "onetouch";

/**
 * A quantity that figures are published for.
 *
 * @category Model
 */
export interface Indicator {
  /** Stable id, kebab-case. */
  readonly id: string;
  /** Its name in both languages. */
  readonly name: LocalizedText;
  /** The unit of its figures. */
  readonly unit: Unit;
  /** What exactly is counted or measured. */
  readonly measures: LocalizedText;
  /** Whose figure it is. */
  readonly subject: Subject;
  /**
   * The words sources use for exactly this quantity (Vietnamese, as
   * printed): every observation's `term` is one of them, and no related
   * indicator shares one.
   */
  readonly terms: readonly string[];
  /**
   * Whether, by its definition, its figures can only grow over time (a count
   * since launch, units that have done something once). Where a later figure
   * is lower, a recorded conflict says so.
   */
  readonly nonDecreasing: boolean;
  /**
   * Indicators that sound alike but count something else: never one series
   * with this one.
   */
  readonly related: readonly RelatedIndicator[];
}

/**
 * An indicator that sounds like another but counts something else, and how
 * they differ.
 *
 * @category Model
 */
export interface RelatedIndicator {
  /** The other indicator's id. */
  readonly id: string;
  /** What the other indicator counts, set against this one, in both languages. */
  readonly difference: LocalizedText;
}
