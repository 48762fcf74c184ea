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
}
