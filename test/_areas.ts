import {
  type Area,
  type IndicatorId,
  indicators,
  observations,
  type SeriesPoint,
  series,
} from "../src/index.js";

/** One series of the data: an indicator, and the province it is about (`null`: the nation). */
export interface Selection {
  readonly id: IndicatorId;
  readonly area: Area | null;
  /** `id`, or `id@units:code`: a label for test names. */
  readonly label: string;
}

/**
 * Every series the data holds: each indicator once for the nation where it
 * has a figure about the nation (or no level figure at all: a target only),
 * and once for each province it has figures about.
 */
export const selections: readonly Selection[] = indicators.flatMap((i) => {
  const id = i.id as IndicatorId;
  const areas = new Map<string, Area | null>();
  for (const o of observations) {
    if (o.indicator !== id || (o.kind !== "value" && o.kind !== "partOfWhole")) continue;
    areas.set(o.area === null ? "" : `${o.area.units}:${o.area.code}`, o.area);
  }
  if (areas.size === 0) areas.set("", null);
  return [...areas].map(([key, area]) => ({ id, area, label: key === "" ? id : `${id}@${key}` }));
});

/** The series of a selection, as `series` gives it (`knownAt` as there). */
export function seriesOf(s: Selection, knownAt?: string): readonly SeriesPoint[] {
  return series(s.id, {
    ...(s.area === null ? {} : { area: s.area }),
    ...(knownAt === undefined ? {} : { knownAt: knownAt as never }),
  });
}
