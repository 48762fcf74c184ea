import type { Observation } from "./observation.js";
import type { Release } from "./release.js";

/**
 * One figure of a series: the observation and the release it comes from.
 *
 * @category Model
 */
export interface SeriesPoint {
  /** The figure, as published. */
  readonly observation: Observation;
  /** Its release (whose figures, which page or report, how it was read). */
  readonly release: Release;
  /** The ids of the recorded conflicts that name this figure (see `conflicts`), or none. */
  readonly conflicts: readonly string[];
}
