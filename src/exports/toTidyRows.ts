import { bounds } from "../bounds/bounds.js";
import type { Observation } from "../model/observation.js";
import type { Release } from "../model/release.js";
import { _readInput } from "./_readInput.js";
import type { TidyRow } from "./tidyFields.js";

/**
 * Options of {@link toTidyRows} (and of {@link toCsv}, {@link toJson},
 * {@link toNdjson}).
 *
 * @category Formatting
 */
export interface ToTidyRowsOptions {
  /**
   * The release the observations belong to (`mic2023Q1`): it gives the
   * as-of date of figures stated "at the time of the report", the data
   * version and the source. Passed in, so that this helper carries no data.
   */
  readonly release: Release;
}

/**
 * Flattens observations into the rows of the tidy table: one row per
 * observation, one column per field of `tidyFields` (entry `vn-digital-indicators/schema`), the
 * kind-specific fields `null` where they do not apply, and the bounds the
 * printed figure allows (from {@link bounds}). The shipped
 * `data/exports/observations.*` files are made with it.
 *
 * @param observations - Observations of one release, in the order wanted.
 * @param options - `release`: the release they belong to.
 * @returns One frozen row per observation, in the same order.
 * @throws {@link ArgumentTypeError} when `observations` is not an array,
 *   `options.release` is missing (`ERR_MISSING_OPTION`), or a field of an
 *   observation or of the release is missing or mistyped (or its reading
 *   throws), naming it (`observations[3].name.en`); {@link ArgumentRangeError}
 *   when an observation belongs to another release, or a field is outside
 *   its values (a comparator, decimals, a scale), or its bounds are beyond
 *   the finite range. Records are read once, as plain data (their own
 *   enumerable properties, as `JSON.stringify` reads them).
 *
 * @example
 * ```ts
 * const [row] = toTidyRows([getObservation("ndxp-transactions-2023-q1")], { release: mic2023Q1 });
 * row.value
 * //=> 111000000
 * [row.comparator, row.lower, row.lower_inclusive, row.upper]
 * //=> ["gt", 111000000, false, null]
 * toTidyRows([getObservation("fully-online-services-share")], { release: mic2023Q1 })[0].as_of
 * //=> "2023-03-06"
 * ```
 * @category Formatting
 */
export function toTidyRows(
  observations: readonly Observation[],
  options: ToTidyRowsOptions,
): readonly TidyRow[] {
  const { observations: list, release } = _readInput(observations, options);
  const who = release.publisher
    ? `${release.publisher.name.vi} (${release.publisher.abbreviation})`
    : (release.source.printedBy ?? release.id);
  const where = release.event
    ? ` ${release.event.name.vi}${release.event.date ? `, ${release.event.date}` : ""}.`
    : "";
  const address = release.source.url ? ` ${release.source.url}` : "";
  const source = `${who}. ${release.title.vi}.${where}${address}`.trim();
  return Object.freeze(
    list.map((o): TidyRow => {
      const b = bounds(o);
      // a day; an as-of month (`2024-09`) has no single date: null here
      const asOf = /^\d{4}-\d{2}-\d{2}$/.test(o.asOf) ? o.asOf : null;
      return Object.freeze({
        id: o.id,
        release: o.release,
        data_version: `${release.id}@${release.version}`,
        indicator: o.indicator,
        kind: o.kind,
        name_vi: o.name.vi,
        name_en: o.name.en,
        value: o.value,
        published: o.published,
        comparator: o.comparator,
        decimals: o.decimals,
        scale: o.scale,
        unit: o.unit,
        period: o.period,
        period_type: o.periodType,
        as_of: asOf,
        part: o.kind === "partOfWhole" ? o.part : null,
        whole: o.kind === "partOfWhole" ? o.whole : null,
        population: o.kind === "partOfWhole" ? o.population : null,
        missing: o.kind === "partOfWhole" && o.missing ? o.missing.codes.join(";") : null,
        missing_published: o.kind === "partOfWhole" && o.missing ? o.missing.published : null,
        change_of: o.kind === "change" ? o.change.of : null,
        change_basis: o.kind === "change" ? o.change.basis : null,
        change_direction: o.kind === "change" ? o.change.direction : null,
        change_unit: o.kind === "change" ? o.change.unit : null,
        target_year: o.kind === "target" ? o.target.year : null,
        target_comparator: o.kind === "target" ? o.target.comparator : null,
        target_progress: o.kind === "target" ? o.target.progress : null,
        share_of: o.kind === "value" ? o.shareOf : null,
        lower: b.lower,
        lower_inclusive: b.lowerInclusive,
        upper: b.upper,
        upper_inclusive: b.upperInclusive,
        approximate: b.approximate,
        quote: o.quote,
        note_vi: o.note?.vi ?? null,
        note_en: o.note?.en ?? null,
        source,
      });
    }),
  );
}
