import type { IsoDate, PeriodString } from "../model/common.js";
import type { Area, Observation } from "../model/observation.js";
import type { Publisher, Release } from "../model/release.js";
import type {
  LevelObservation,
  Publication,
  PublicationRole,
  SeriesPoint,
  ShownReason,
} from "../model/series.js";
import { parsePeriod } from "../periods/parsePeriod.js";
import { _end, _start } from "./_periodBounds.js";

/** One publication as the data holds it, before its role is read. @internal */
export interface _RawPublication {
  readonly observation: LevelObservation;
  readonly release: Release;
  readonly knownFrom: IsoDate;
}

/** One figure as the data holds it: its key and every publication of it. @internal */
export interface _RawFigure {
  readonly figure: string;
  readonly asOf: PeriodString;
  readonly area: Area | null;
  readonly publications: readonly _RawPublication[];
}

/** Whether two publications print the same value (number and qualifier). */
function same(a: _RawPublication, b: _RawPublication): boolean {
  return (
    a.observation.value === b.observation.value &&
    a.observation.comparator === b.observation.comparator
  );
}

/** Whether `a` and `b` are one publisher, or one the successor of the other. */
function lineage(a: Publisher | null, b: Publisher | null): boolean {
  if (a === null || b === null) return false;
  return a.id === b.id || a.succession?.publisher === b.id || b.succession?.publisher === a.id;
}

/** A release whose figures were made public at a dated act of their publisher. */
function dated(release: Release): boolean {
  const { basis, date } = release.madePublic;
  return date !== null && (basis === "event" || basis === "official");
}

/**
 * Whether `later` revises `earlier`: the same publisher (or its successor),
 * each made public at a dated act of its own, `later` on a later day.
 */
function revises(earlier: _RawPublication, later: _RawPublication): boolean {
  return (
    lineage(earlier.release.publisher, later.release.publisher) &&
    dated(earlier.release) &&
    dated(later.release) &&
    later.knownFrom > earlier.knownFrom
  );
}

/** Whether the page was printed on its publisher's own site. */
function ownPage(p: _RawPublication): boolean {
  const site = p.release.source.printedBy;
  const domains = p.release.publisher?.domains ?? [];
  return site !== null && domains.some((d) => site === d || site.endsWith(`.${d}`));
}

/** The steps of {@link ShownReason}, each keeping the candidates it prefers. */
const STEPS: readonly [ShownReason, (c: readonly _RawPublication[]) => _RawPublication[]][] = [
  ["own-page", (c) => c.filter(ownPage)],
  ["publisher-named", (c) => c.filter((p) => p.release.publisher !== null)],
  ["dated", (c) => c.filter((p) => p.release.madePublic.date !== null)],
  ["status-word", (c) => c.filter((p) => p.observation.status !== "normal")],
  [
    "latest",
    (c) => {
      const last = c
        .map((p) => p.knownFrom)
        .sort()
        .at(-1);
      return c.filter((p) => p.knownFrom === last);
    },
  ],
  [
    "precise",
    (c) => {
      const most = Math.max(...c.map((p) => p.observation.decimals));
      return c.filter((p) => p.observation.decimals === most);
    },
  ],
  [
    "release-order",
    (c) => {
      const first = [...c].sort((a, b) => (a.release.id < b.release.id ? -1 : 1))[0];
      return first === undefined ? [] : [first];
    },
  ],
];

/** The publication shown among `candidates` (at least one), and why. */
function choose(candidates: readonly _RawPublication[]): [_RawPublication, ShownReason] {
  let left = candidates;
  let reason: ShownReason = "only";
  for (const [name, keep] of STEPS) {
    if (left.length === 1) break;
    const kept = keep(left);
    // a step that keeps none or all of them decides nothing
    if (kept.length > 0 && kept.length < left.length) {
      left = kept;
      reason = name;
    }
  }
  return [left[0] as _RawPublication, reason];
}

/**
 * A figure's point as known on `knownAt` (a `YYYY-MM-DD` day; `undefined`:
 * every publication), or `undefined` where none of its publications was
 * public by then. Publications are taken in the order made public (ties by
 * release id); each is a relay, a revision or a conflict against the value
 * in force before it (see `PublicationRole`); the point shows the latest
 * vintage, chosen among its relays and any conflicting publication as
 * `ShownReason` says. `conflictsOf(id)` gives the ids of the recorded
 * conflicts naming an observation.
 *
 * @internal
 */
export function _point(
  figure: _RawFigure,
  conflictsOf: (observationId: string) => readonly string[],
  knownAt?: string,
): SeriesPoint | undefined {
  const known = figure.publications
    .filter((p) => knownAt === undefined || p.knownFrom <= knownAt)
    .sort((a, b) =>
      a.knownFrom === b.knownFrom
        ? a.release.id < b.release.id
          ? -1
          : 1
        : a.knownFrom < b.knownFrom
          ? -1
          : 1,
    );
  const first = known[0];
  if (first === undefined) return undefined;
  const days = [...new Set(known.map((p) => p.knownFrom))];
  let current = first;
  const roles: PublicationRole[] = known.map((p, i) => {
    if (i === 0) return "first";
    if (same(p, current) && p.observation.status === current.observation.status) return "relay";
    if (revises(current, p)) {
      current = p;
      return "revision";
    }
    return same(p, current) ? "relay" : "conflicting";
  });
  const candidates = known.filter(
    (p, i) => p.knownFrom >= current.knownFrom && (roles[i] === "conflicting" || same(p, current)),
  );
  const [shown, reason] = choose(candidates);
  const publications = known.map(
    (p, i): Publication => ({
      observation: p.observation,
      release: p.release,
      knownFrom: p.knownFrom,
      vintage: days.indexOf(p.knownFrom) + 1,
      role: roles[i] as PublicationRole,
    }),
  );
  const conflicts = [...new Set(known.flatMap((p) => conflictsOf(p.observation.id)))];
  return {
    figure: figure.figure,
    asOf: figure.asOf,
    area: figure.area,
    observation: shown.observation,
    release: shown.release,
    status: shown.observation.status,
    publications,
    revised: roles.includes("revision"),
    conflicts,
    reason,
  };
}

/** The figure id of a level observation whose as-of date is `asOf`. @internal */
export function _figureId(indicator: string, asOf: string, area: Area | null): string {
  return `${indicator}@${asOf}${area === null ? "" : `@${area.units}:${area.code}`}`;
}

/**
 * The key of the series a figure belongs to: its indicator's id for a figure
 * about the nation, `<id>@<units>:<code>` for one province's (the keys of
 * the generated `_seriesByKey`).
 *
 * @internal
 */
export function _seriesKeyOf(f: { readonly figure: string; readonly area: Area | null }): string {
  return (
    f.figure.slice(0, f.figure.indexOf("@")) +
    (f.area === null ? "" : `@${f.area.units}:${f.area.code}`)
  );
}

/** The day a release counts as public: see `MadePublic.date`. @internal */
export function _knownFrom(release: Release): IsoDate {
  const date = release.madePublic.date;
  if (date === null) return release.source.accessed;
  return _end(parsePeriod(date)).toISOString().slice(0, 10) as IsoDate;
}

/** Whether an observation is a level (a series is made of levels). @internal */
export function _isLevel(o: Observation): o is LevelObservation {
  return o.kind === "value" || o.kind === "partOfWhole";
}

/**
 * The level observations among `observations` grouped into figures: one per
 * indicator, area and as-of date (an observation with `sameFigureAs` joins
 * the figure of the observation it names, where that one is given too),
 * each with its publications; in the order of the series: by indicator and
 * area as first met, then as-of (last day, then first day of the period),
 * then figure id. `releaseOf` gives each observation's release.
 *
 * @internal
 */
export function _figures(
  observations: readonly Observation[],
  releaseOf: (o: Observation) => Release,
): _RawFigure[] {
  const levels = observations.filter(_isLevel);
  const byId = new Map(levels.map((o) => [o.id, o]));
  const root = (o: LevelObservation): LevelObservation => {
    let r = o;
    // a chain of sameFigureAs links, at most as long as the list
    for (let i = 0; i < levels.length && r.sameFigureAs !== null; i++) {
      const next = byId.get(r.sameFigureAs);
      if (next === undefined) break;
      r = next;
    }
    return r;
  };
  const figures = new Map<
    string,
    { asOf: PeriodString; area: Area | null; list: _RawPublication[] }
  >();
  for (const o of levels) {
    const r = root(o);
    const id = _figureId(o.indicator, r.asOf, o.area);
    let f = figures.get(id);
    if (f === undefined) {
      f = { asOf: r.asOf, area: o.area, list: [] };
      figures.set(id, f);
    }
    const release = releaseOf(o);
    f.list.push({ observation: o, release, knownFrom: _knownFrom(release) });
  }
  const span = (asOf: string): [number, number] => {
    const p = parsePeriod(asOf);
    return [_end(p).getTime(), _start(p).getTime()];
  };
  const series = new Map<string, number>();
  const seriesKey = _seriesKeyOf;
  const list = [...figures].map(
    ([figure, f]): _RawFigure => ({ figure, asOf: f.asOf, area: f.area, publications: f.list }),
  );
  for (const f of list) if (!series.has(seriesKey(f))) series.set(seriesKey(f), series.size);
  return list.sort((a, b) => {
    const bySeries = (series.get(seriesKey(a)) ?? 0) - (series.get(seriesKey(b)) ?? 0);
    if (bySeries !== 0) return bySeries;
    const [ae, as] = span(a.asOf);
    const [be, bs] = span(b.asOf);
    return ae - be || as - bs || (a.figure < b.figure ? -1 : a.figure > b.figure ? 1 : 0);
  });
}
