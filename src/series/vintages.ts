import { _options } from "../_lib/_check.js";
import type { IndicatorId } from "../generated/indicators.js";
import type { IndicatorLevels } from "../generated/seriesByIndicator.js";
import type { IsoDate, PeriodString } from "../model/common.js";
import type { Area } from "../model/observation.js";
import type { VintageRow } from "../model/series.js";
import { _asOfSpan } from "./_asOf.js";
import { _points, _select } from "./_lookup.js";

/**
 * Options of {@link vintages}.
 *
 * @category Series
 */
export interface VintagesOptions {
  /** Only the figure as of this date or period (`"2023"`, `"2023-03-06"`). Default: every figure. */
  readonly asOf?: PeriodString;
  /** As known on that day (see `series`). Default: today. */
  readonly knownAt?: IsoDate;
  /** The province, for an indicator with figures about provinces. Default: the nation. */
  readonly area?: Area;
}

/**
 * Every published value of an indicator's figures, for revision studies: a
 * tidy table with one row per publication of each figure (as-of ×
 * publication), figures in as-of order and each figure's publications in
 * the order made public. Each row has the day it counts as public
 * (`knownFrom`), its vintage number, its role (first, relay, revision,
 * conflicting), its status, and `isLatestVintage` on the one row per
 * figure that {@link series} shows.
 *
 * @param indicatorId - The indicator's id.
 * @param options - `asOf`: one figure only; `knownAt`: as known on that day; `area`: a province.
 * @returns The rows, frozen (none where no figure matches).
 * @throws As {@link series}; and {@link ArgumentTypeError} or
 *   {@link ArgumentRangeError} for an `asOf` that is not a date or period.
 *
 * @example
 * ```ts
 * vintages("community-tech-teams", { asOf: "2023-09-04" }).map((r) => [r.release.id, r.knownFrom, r.vintage, r.role, r.isLatestVintage])
 * //=> [["cafef-2023-09", "2023-09-12", 1, "first", true], ["giaoduc-2023-09-20", "2023-09-20", 2, "relay", false]]
 * ```
 * @category Series
 */
export function vintages<Id extends IndicatorId>(
  indicatorId: Id,
  options: VintagesOptions = {},
): readonly VintageRow<IndicatorLevels[Id]>[] {
  const opts = _options(
    "options",
    options,
    ["asOf", "knownAt", "area"],
    'an options object such as { asOf: "2023" }',
  );
  const points = _points(_select(indicatorId, opts.area, opts.knownAt));
  const asOf = opts.asOf === undefined ? undefined : _asOfSpan("options.asOf", opts.asOf).text;
  const rows: VintageRow[] = [];
  for (const p of points) {
    if (asOf !== undefined && p.asOf !== asOf) continue;
    for (const q of p.publications) {
      rows.push(
        Object.freeze({
          figure: p.figure,
          asOf: p.asOf,
          area: p.area,
          observation: q.observation,
          release: q.release,
          knownFrom: q.knownFrom,
          vintage: q.vintage,
          role: q.role,
          status: q.observation.status,
          isLatestVintage: q.observation === p.observation,
        }),
      );
    }
  }
  return Object.freeze(rows) as readonly VintageRow<IndicatorLevels[Id]>[];
}
