import { type IndicatorId, indicators } from "../generated/indicators.js";
import type { Indicator } from "../model/indicator.js";
import { _findById } from "./_findById.js";

/**
 * The indicator with that id.
 *
 * @param id - The indicator's id.
 * @returns The indicator, frozen.
 * @throws {@link UnknownIdError} (`ERR_UNKNOWN_ID`) for an unknown id, naming the closest
 *   (every id within one or two edits first; an id more than two characters
 *   longer than every known id: at once, with no suggestions).
 *
 * @example
 * ```ts
 * getIndicator("ndxp-transactions").subject
 * //=> "ndxp"
 * ```
 * @category Data
 */
export function getIndicator<Id extends IndicatorId>(id: Id): Indicator {
  return _findById(indicators, id, "indicator") as Indicator;
}
