import { _closest } from "../_lib/_closest.js";
import { UnknownIdError } from "../errors.js";
import type { IndicatorId } from "../generated/indicators.js";
import { _seriesByIndicator } from "../generated/seriesByIndicator.js";
import type { SeriesPoint } from "../model/series.js";

/**
 * The points of an indicator's series, or the error naming the closest
 * indicator ids. Ids far longer than any real one are refused without a
 * search (`_closest`'s own cut-off).
 *
 * @internal
 */
export function _seriesOf(id: unknown): readonly SeriesPoint[] {
  const points = typeof id === "string" ? _seriesByIndicator[id] : undefined;
  if (points !== undefined && Object.hasOwn(_seriesByIndicator, id as string)) return points;
  const known = Object.keys(_seriesByIndicator);
  const suggestions = typeof id === "string" ? _closest(id, known) : [];
  throw new UnknownIdError("indicatorId", id, "indicator", suggestions);
}

/**
 * The series of one indicator: every published level of it (observations of
 * kind `value` and `partOfWhole`; its targets and printed changes are not
 * levels, and are in `observations`), each with its release and the ids of
 * the conflicts that name it, in as-of order (a day before a longer period
 * ending later; ties in release order). Nothing is filled in between two
 * dates, and no other indicator is joined in, however alike its name: see
 * the indicator's `related`.
 *
 * Each series is also a named constant (`communityTechTeamsSeries`), so that
 * a bundle that needs one series carries only its releases.
 *
 * @param indicatorId - The indicator's id (a typo is a compile error).
 * @returns The points, frozen, oldest first (possibly none).
 * @throws {@link UnknownIdError} (`ERR_UNKNOWN_ID`) for an unknown id, naming the closest.
 *
 * @example
 * ```ts
 * series("community-tech-teams").map((p) => [p.observation.asOf, p.observation.published])
 * //=> [["2022-05-26", "18.286"], ["2022-06-14", "27.218"], ["2022-08-20", "hơn 42.460"], ["2022-08-23", "42.469"], ["2023-03-06", "71.836"], ["2023-08-22", "74.818"], ["2023-09-04", "76.905"], ["2023-09", "76.905"], ["2024-09", "93.524"]]
 * series("community-tech-teams")[4].release.id
 * //=> "mic-2023-q1"
 * ```
 * @category Series
 */
export function series<Id extends IndicatorId>(indicatorId: Id): readonly SeriesPoint[] {
  return _seriesOf(indicatorId);
}
