import { _options } from "../_lib/_check.js";
import type { IndicatorId } from "../generated/indicators.js";
import type { IndicatorLevels } from "../generated/seriesByIndicator.js";
import type { IsoDate } from "../model/common.js";
import type { Area } from "../model/observation.js";
import type { SeriesPoint } from "../model/series.js";
import { _asOfSpan } from "./_asOf.js";
import { _points, _select } from "./_lookup.js";

/**
 * Options of {@link latest}.
 *
 * @category Series
 */
export interface LatestOptions {
  /**
   * The day to look back from (`2023-06-30`): the newest figure as of that
   * day or before. A figure dated only by a month or a longer period counts
   * once its whole period has passed. Default: no limit (the newest figure).
   */
  readonly asOf?: IsoDate;
  /**
   * Read the series as it was known on that day (see `series`): a figure
   * made public later does not count. Default: today.
   */
  readonly knownAt?: IsoDate;
  /** The province, for an indicator with figures about provinces. Default: the nation. */
  readonly area?: Area;
}

/**
 * The newest figure of an indicator: the last point of its {@link series}
 * (as known on `options.knownAt`) whose as-of date is not after
 * `options.asOf`. It does not interpolate: between two figures it gives the
 * earlier one, with its own date.
 *
 * @param indicatorId - The indicator's id.
 * @param options - `asOf`: the day to look back from; `knownAt`: as known on that day; `area`: a province.
 * @returns The point (the value shown, its release and every publication), or
 *   `undefined` where the indicator has no figure by then.
 * @throws {@link UnknownIdError} (`ERR_UNKNOWN_ID`) for an unknown id;
 *   {@link ArgumentTypeError} (`ERR_INVALID_TYPE`) for options that are not
 *   an object or an `asOf`/`knownAt` that is not a string;
 *   {@link ArgumentRangeError} (`ERR_INVALID_FORMAT`) for one that is not a
 *   real calendar day; as {@link series} for `area`.
 *
 * @example
 * ```ts
 * latest("community-tech-teams")?.observation.published
 * //=> "93.524"
 * latest("community-tech-teams", { asOf: "2023-06-30" })?.observation.published
 * //=> "71.836"
 * latest("community-tech-teams", { asOf: "2022-01-01" })
 * //=> undefined
 * ```
 * @category Series
 */
export function latest<Id extends IndicatorId>(
  indicatorId: Id,
  options: LatestOptions = {},
): SeriesPoint<IndicatorLevels[Id]> | undefined {
  const opts = _options(
    "options",
    options,
    ["asOf", "knownAt", "area"],
    'an options object such as { asOf: "2023-06-30" }',
  );
  const points = _points(_select(indicatorId, opts.area, opts.knownAt)) as readonly SeriesPoint<
    IndicatorLevels[Id]
  >[];
  if (opts.asOf === undefined) return points.at(-1);
  const day = _asOfSpan("options.asOf", opts.asOf, true).first;
  let found: SeriesPoint<IndicatorLevels[Id]> | undefined;
  for (const point of points) {
    if (_asOfSpan("observation.asOf", point.asOf).last <= day) found = point;
  }
  return found;
}
