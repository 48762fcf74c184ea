import { _fields } from "../_lib/_check.js";
import type { IndicatorId } from "../generated/indicators.js";
import type { IsoDate } from "../model/common.js";
import type { SeriesPoint } from "../model/series.js";
import { _asOfSpan } from "./_asOf.js";
import { _seriesOf } from "./series.js";

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
}

/**
 * The newest figure of an indicator, at or before a day: the last point of
 * its {@link series} whose as-of date is not after `options.asOf`. It does
 * not interpolate: between two figures it gives the earlier one, with its
 * own date.
 *
 * @param indicatorId - The indicator's id.
 * @param options - `asOf`: the day to look back from.
 * @returns The point (observation and release), or `undefined` where the
 *   indicator has no figure by then.
 * @throws {@link UnknownIdError} (`ERR_UNKNOWN_ID`) for an unknown id;
 *   {@link ArgumentTypeError} (`ERR_INVALID_TYPE`) for options that are not
 *   an object or an `asOf` that is not a string; {@link ArgumentRangeError}
 *   (`ERR_INVALID_FORMAT`) for an `asOf` that is not a real calendar day.
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
): SeriesPoint | undefined {
  const points = _seriesOf(indicatorId);
  const opts = _fields("options", options, 'an options object such as { asOf: "2023-06-30" }', [
    "asOf",
  ]);
  if (opts.asOf === undefined) return points.at(-1);
  const day = _asOfSpan("options.asOf", opts.asOf, true).first;
  let found: SeriesPoint | undefined;
  for (const point of points) {
    if (_asOfSpan("observation.asOf", point.observation.asOf).last <= day) found = point;
  }
  return found;
}
