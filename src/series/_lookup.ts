import { _options } from "../_lib/_check.js";
import { _closest } from "../_lib/_closest.js";
import { _point } from "../_lib/_vintages.js";
import { ArgumentRangeError, ArgumentTypeError, UnknownIdError } from "../errors.js";
import { conflicts } from "../generated/conflicts.js";
import { _areasByIndicator, _seriesByKey } from "../generated/seriesByIndicator.js";
import type { Area } from "../model/observation.js";
import type { SeriesPoint } from "../model/series.js";
import { _asOfSpan } from "./_asOf.js";

/** The options `series`, `latest` and `vintages` share, read and checked. @internal */
export interface _Selection {
  /** The key of the series (`id`, or `id@units:code`). */
  readonly key: string;
  /** The `knownAt` day, checked, or `undefined`. */
  readonly knownAt: string | undefined;
}

/**
 * The indicator id checked (an {@link UnknownIdError} naming the closest
 * ids), and `options.area` / `options.knownAt` read and checked against it.
 *
 * @internal
 */
export function _select(indicatorId: unknown, area: unknown, knownAt: unknown): _Selection {
  const known = Object.keys(_areasByIndicator);
  if (typeof indicatorId !== "string" || !Object.hasOwn(_areasByIndicator, indicatorId)) {
    const suggestions = typeof indicatorId === "string" ? _closest(indicatorId, known) : [];
    throw new UnknownIdError("indicatorId", indicatorId, "indicator", suggestions);
  }
  const areas = _areasByIndicator[indicatorId] ?? [];
  const day = knownAt === undefined ? undefined : _asOfSpan("options.knownAt", knownAt, true).text;
  if (area === undefined || area === null) {
    // an indicator with no level figure (a target only) has an empty series
    if (Object.hasOwn(_seriesByKey, indicatorId) || areas.length === 0) {
      return { key: indicatorId, knownAt: day };
    }
    throw new ArgumentTypeError(
      "ERR_MISSING_OPTION",
      "options.area",
      area,
      `the province its figures are about (this indicator has no figure about the nation): one of ${areas.map((a) => `{ units: "${a.split(":")[0]}", code: "${a.split(":")[1]}" }`).join(", ")}`,
    );
  }
  const a = _options(
    "options.area",
    area,
    ["units", "code"],
    'an area such as { units: "provinces-2025", code: "01" }',
  ) as Partial<Area>;
  const text = `${String(a.units)}:${String(a.code)}`;
  if (!areas.includes(text)) {
    throw new ArgumentRangeError(
      "ERR_OUT_OF_RANGE",
      "options.area",
      area,
      areas.length === 0
        ? "no area: this indicator's figures are about the nation (leave options.area out)"
        : `an area this indicator has figures about: ${areas.map((x) => `{ units: "${x.split(":")[0]}", code: "${x.split(":")[1]}" }`).join(", ")}`,
    );
  }
  return { key: `${indicatorId}@${text}`, knownAt: day };
}

const NONE: readonly SeriesPoint[] = Object.freeze([]);

/** The conflicts naming each observation id, built once. */
let byObservation: Map<string, string[]> | undefined;

function conflictsOf(id: string): readonly string[] {
  if (byObservation === undefined) {
    byObservation = new Map();
    for (const c of conflicts) {
      for (const o of c.observations) byObservation.set(o, [...(byObservation.get(o) ?? []), c.id]);
    }
  }
  return byObservation.get(id) ?? [];
}

/**
 * The points of a selection: the series as shipped (known today) or, with
 * `knownAt`, each figure read again from its publications made public by
 * that day (a figure with none is left out).
 *
 * @internal
 */
export function _points(selection: _Selection): readonly SeriesPoint[] {
  const today = _seriesByKey[selection.key] ?? NONE;
  const day = selection.knownAt;
  if (day === undefined) return today;
  const points: SeriesPoint[] = [];
  for (const p of today) {
    const point = _point(p, conflictsOf, day);
    if (point !== undefined) points.push(Object.freeze(point));
  }
  return Object.freeze(points);
}
