import {
  type ObservationId,
  type ObservationsById,
  observations,
} from "../generated/observations.js";
import { _findById } from "./_findById.js";

/**
 * The observation of the latest release with that id, typed by the id.
 *
 * @param id - The observation's id (a typo is a compile error).
 * @returns The observation, frozen.
 * @throws {@link UnknownIdError} (`ERR_UNKNOWN_ID`) for an id the release does
 *   not have, naming the closest known ids (every id within one or two edits first:
 *   `community-tech-team` suggests `community-tech-teams`); an id more than
 *   two characters longer than every known id is refused at once, with no
 *   suggestions (no search runs on a 1 MB string).
 *
 * @example
 * ```ts
 * const share = getObservation("fully-online-services-share");
 * share.published
 * //=> "74,72%"
 * share.value
 * //=> 74.72
 * ```
 * @category Data
 */
export function getObservation<Id extends ObservationId>(id: Id): ObservationsById[Id] {
  return _findById(observations, id, "observation") as ObservationsById[Id];
}
