import { type ReleaseId, releases } from "../generated/releases.js";
import type { Release } from "../model/release.js";
import { _findById } from "./_findById.js";

/**
 * The edition with that id.
 *
 * @param id - The release's id (`mic-2023-q1`).
 * @returns The release's metadata, frozen.
 * @throws {@link UnknownIdError} (`ERR_UNKNOWN_ID`) for an unknown id, naming the closest
 *   (every id within one or two edits first; an id more than two characters
 *   longer than every known id: at once, with no suggestions).
 *
 * @example
 * ```ts
 * getRelease("mic-2023-q1").event.date
 * //=> "2023-03-06"
 * ```
 * @category Data
 */
export function getRelease<Id extends ReleaseId>(id: Id): Release {
  return _findById(releases, id, "release") as Release;
}
