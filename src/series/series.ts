import { _options } from "../_lib/_check.js";
import type { IndicatorId } from "../generated/indicators.js";
import type { IndicatorLevels } from "../generated/seriesByIndicator.js";
import type { IsoDate } from "../model/common.js";
import type { Area } from "../model/observation.js";
import type { SeriesPoint } from "../model/series.js";
import { _points, _select } from "./_lookup.js";

/**
 * Options of {@link series}.
 *
 * @category Series
 */
export interface SeriesOptions {
  /**
   * The day to read the series as it was known then (`"2024-02-01"`): only
   * publications made public by that day, each figure at its vintage of that
   * day (the real-time view). Default: today, every publication.
   */
  readonly knownAt?: IsoDate;
  /**
   * The province whose series it is (`{ units: "provinces-2025", code: "01" }`),
   * for an indicator with figures about provinces. Default: the nation.
   */
  readonly area?: Area;
}

/**
 * The series of one indicator: one point per figure (one as-of date, one
 * area), in as-of order (a day before a longer period ending the same day).
 * Each point shows the figure's latest vintage (as known on
 * `options.knownAt`, default today) and carries every publication of it
 * (relays, revisions, conflicting prints), whether it was revised, the
 * conflicts that name it and why it shows the value it shows (see
 * {@link ShownReason}). Nothing is filled in between two dates, and no other
 * indicator, area or population is joined in.
 *
 * Each series of the nation is also a named constant
 * (`communityTechTeamsSeries`), and its last point another
 * (`communityTechTeamsLatest`).
 *
 * @param indicatorId - The indicator's id (a typo is a compile error).
 * @param options - `knownAt`: read it as known on that day; `area`: one province's series.
 * @returns The points, frozen, oldest first (possibly none).
 * @throws {@link UnknownIdError} (`ERR_UNKNOWN_ID`) for an unknown id, naming
 *   the closest; {@link ArgumentTypeError} for options that are not an
 *   object, a `knownAt` that is not a string, an `area` missing for an
 *   indicator about provinces only; {@link ArgumentRangeError} for a
 *   `knownAt` that is not a calendar day or an `area` the indicator has no
 *   figure about.
 *
 * @example
 * ```ts
 * series("community-tech-teams").map((p) => [p.asOf, p.observation.published, p.publications.length])
 * //=> [["2022-04-04", "gần 2.300", 1], ["2022-05-26", "18.286", 1], ["2022-06-14", "27.218", 1], ["2022-08-20", "hơn 42.460", 1], ["2022-08-23", "42.469", 1], ["2022-08-31", "45.895", 1], ["2023-03-06", "71.836", 1], ["2023-08-22", "74.818", 1], ["2023-09-04", "76.905", 2], ["2024-09", "93.524", 1]]
 * series("community-tech-teams", { knownAt: "2023-06-30" }).length
 * //=> 4
 * ```
 * @category Series
 */
export function series<Id extends IndicatorId>(
  indicatorId: Id,
  options: SeriesOptions = {},
): readonly SeriesPoint<IndicatorLevels[Id]>[] {
  const opts = _options(
    "options",
    options,
    ["knownAt", "area"],
    'an options object such as { knownAt: "2024-02-01" }',
  );
  return _points(_select(indicatorId, opts.area, opts.knownAt)) as readonly SeriesPoint<
    IndicatorLevels[Id]
  >[];
}
