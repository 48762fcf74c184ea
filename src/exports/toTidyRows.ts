import { _figures, _knownFrom, _point, _seriesKeyOf } from "../_lib/_vintages.js";
import { bounds } from "../bounds/bounds.js";
import { DATA_VERSION } from "../generated/version.js";
import type { Conflict } from "../model/conflict.js";
import type { Observation } from "../model/observation.js";
import type { Release } from "../model/release.js";
import { periodEnd } from "../periods/periodEnd.js";
import { periodStart } from "../periods/periodStart.js";
import { type _Input, _readInput } from "./_readInput.js";
import type { TidyRow } from "./tidyFields.js";

/**
 * Options of {@link toTidyRows} (and of {@link toCsv}, {@link toJson},
 * {@link toNdjson}): the one release the observations belong to
 * (`{ release }`), or the releases to look each one's up in
 * (`{ releases }`), not both; and the conflicts that may name them. Passed
 * in, so that these helpers carry no data: a bundle holds only the releases
 * and conflicts its caller imports.
 *
 * @category Formatting
 */
export type ToTidyRowsOptions =
  | {
      /** The one release every observation belongs to (`mic2023Q1`). */
      readonly release: Release;
      /** Not with `release`. */
      readonly releases?: undefined;
      /**
       * The recorded conflicts (`conflicts`): each row's `conflicts` column
       * lists the ids of those that name its observation. Not given: the
       * column is `null` (not looked up), never an empty list that would
       * claim there is none.
       */
      readonly conflicts?: readonly Conflict[];
    }
  | {
      /** Not with `releases`. */
      readonly release?: undefined;
      /**
       * The releases the observations belong to (`releases`, every release
       * of the package): each observation's is found by its `release` id.
       */
      readonly releases: readonly Release[];
      /** As above: the conflicts that may name the observations. */
      readonly conflicts?: readonly Conflict[];
    };

/** The SDMX `OBS_STATUS` code of each status. */
const SDMX = { normal: "A", estimate: "E", provisional: "P", forecast: "F" } as const;

/** The source of a release in words: publisher or site, title, event, address. */
function sourceOf(release: Release): string {
  const who = release.publisher
    ? `${release.publisher.name.vi} (${release.publisher.abbreviation})`
    : (release.source.printedBy ?? release.id);
  const where = release.event
    ? ` ${release.event.name.vi}${release.event.date ? `, ${release.event.date}` : ""}.`
    : "";
  const address = release.source.url ? ` ${release.source.url}` : "";
  return `${who}. ${release.title.vi}.${where}${address}`.trim();
}

/**
 * Flattens observations into the rows of the tidy table: one row per
 * observation, in the order given, one column per field of `tidyFields`
 * (entry `vn-digital-indicators/schema`): its release and versions, the as-of
 * date as written and as a first and a last day, the status (with its SDMX
 * code), the area, the figure it publishes with its vintage, role and
 * whether it is the one its series shows (computed among the observations
 * given: pass every observation for the package's vintages), the
 * kind-specific fields (`null` where they do not apply), the bounds the
 * printed figure allows (from {@link bounds}), the conflicts that name it and
 * its source. The shipped `data/exports/observations.*` files are these rows
 * for every observation, with `{ releases, conflicts }`.
 *
 * @param observations - Observations, in the order wanted (every one of the
 *   package: `observations`).
 * @param options - `release` (the one release they all belong to) or
 *   `releases` (to look each one's up by id), and `conflicts` (optional).
 * @returns One frozen row per observation, in the same order.
 * @throws {@link ArgumentTypeError} when `observations` is not an array,
 *   neither `options.release` nor `options.releases` is given
 *   (`ERR_MISSING_OPTION`) or both are, or a field of an observation, a
 *   release or a conflict is missing or mistyped (or its reading throws),
 *   naming it (`observations[3].name.en`, `options.releases[2].source`);
 *   {@link ArgumentRangeError} when an observation's release is not the one
 *   given (or none of those given), two releases share an id, or a field is
 *   outside its values (a comparator, decimals, a scale), or its bounds are
 *   beyond the finite range; (`ERR_UNKNOWN_OPTION`) for an option it does not
 *   know (`{ release, conflict }`), naming it and suggesting the closest.
 *   Records are read once, as plain data (their own
 *   enumerable properties, as `JSON.stringify` reads them).
 *
 * @example
 * ```ts
 * const [row] = toTidyRows([getObservation("ndxp-transactions-2023-q1")], { release: mic2023Q1 });
 * row.value
 * //=> 111000000
 * [row.comparator, row.lower, row.lower_inclusive, row.upper]
 * //=> ["gt", 111000000, false, null]
 * const rows = toTidyRows(observations, { releases, conflicts });
 * const vov = rows.find((r) => r.id === "community-tech-teams-2024-09");
 * [vov?.as_of, vov?.as_of_start, vov?.as_of_end]
 * //=> ["2024-09", "2024-09-01", "2024-09-30"]
 * rows.find((r) => r.id === "ndxp-transactions-2023-q1")?.conflicts
 * //=> ["ndxp-partial-quarters"]
 * ```
 * @category Formatting
 */
export function toTidyRows(
  observations: readonly Observation[],
  options: ToTidyRowsOptions,
): readonly TidyRow[] {
  return _tidyRows(_readInput(observations, options));
}

/**
 * The rows of {@link toTidyRows} for input already read and checked by
 * `_readInput` (so that `toMarkdown` reads its input once).
 *
 * @internal
 */
export function _tidyRows<K extends string>(input: _Input<K>): readonly TidyRow[] {
  const { observations: list, releases, conflicts } = input;
  const sources = new Map<string, string>();
  // the figures of the levels given, each read as its series shows it
  const releaseOf = new Map(list.map((o, i) => [o, releases[i] as Release]));
  const figureOf = new Map<
    Observation,
    { figure: string; order: number; vintage: number; role: string; latest: boolean }
  >();
  const orders = new Map<string, number>();
  for (const raw of _figures(list, (o) => releaseOf.get(o) as Release)) {
    const point = _point(raw, () => []);
    if (point === undefined) continue;
    const key = _seriesKeyOf(raw);
    const order = (orders.get(key) ?? 0) + 1;
    orders.set(key, order);
    for (const q of point.publications) {
      figureOf.set(q.observation, {
        figure: point.figure,
        order,
        vintage: q.vintage,
        role: q.role,
        latest: q.observation === point.observation,
      });
    }
  }
  return Object.freeze(
    list.map((o, i): TidyRow => {
      const release = releases[i] as Release;
      let source = sources.get(release.id);
      if (source === undefined) {
        source = sourceOf(release);
        sources.set(release.id, source);
      }
      const b = bounds(o);
      const f = figureOf.get(o);
      return Object.freeze({
        id: o.id,
        release: o.release,
        release_version: release.version,
        data_version: DATA_VERSION,
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
        as_of: o.asOf,
        as_of_start: periodStart(o.asOf),
        as_of_end: periodEnd(o.asOf),
        as_of_basis: o.asOfBasis,
        as_of_order: f?.order ?? null,
        status: o.status,
        status_sdmx: SDMX[o.status],
        area_units: o.area?.units ?? null,
        area_code: o.area?.code ?? null,
        figure: f?.figure ?? null,
        published_at: release.madePublic.date,
        published_at_basis: release.madePublic.basis,
        known_from: _knownFrom(release),
        vintage: f?.vintage ?? null,
        publication_role: f?.role ?? null,
        is_latest_vintage: f === undefined ? null : f.latest,
        term: o.term,
        part: o.kind === "partOfWhole" ? o.part : null,
        whole: o.kind === "partOfWhole" ? o.whole : null,
        population: o.kind === "partOfWhole" ? o.population : null,
        missing: o.kind === "partOfWhole" && o.missing ? Object.freeze([...o.missing.codes]) : null,
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
        conflicts:
          conflicts === null
            ? null
            : Object.freeze(
                conflicts.filter((c) => c.observations.includes(o.id)).map((c) => c.id),
              ),
        source,
        source_url: release.source.url,
        source_printed_by: release.source.printedBy,
        source_accessed: release.source.accessed,
        publisher: release.publisher?.id ?? null,
      });
    }),
  );
}
