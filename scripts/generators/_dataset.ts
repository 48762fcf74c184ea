/**
 * Reads the canonical data set in `data/` (releases, indicators, publishers,
 * conflicts, the data set's version), checks every file against its zod
 * schema, resolves each release's publisher, and puts releases, observations
 * and series in their documented order. Every generator reads the data
 * through here, so they all see the same records in the same order.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import * as z from "zod";
import { _deepFreeze } from "../../src/_lib/_deepFreeze.js";
import { _figures, _point, type _RawFigure, _seriesKeyOf } from "../../src/_lib/_vintages.js";
import type { SeriesPoint } from "../../src/model/series.js";
import { periodEnd } from "../../src/periods/periodEnd.js";
import { periodStart } from "../../src/periods/periodStart.js";
import type {
  Conflict,
  Indicator,
  Observation,
  Publisher,
  Release,
  Task,
} from "../../src/schema.js";
import {
  ConflictSchema,
  IndicatorSchema,
  PublisherSchema,
  type ReleaseFile,
  ReleaseFileSchema,
} from "../../src/schema.js";
import { readJson, root } from "./_shared.js";

function parse<T>(schema: z.ZodType<T>, value: unknown, file: string): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new Error(`${file} does not match its schema:\n${z.prettifyError(result.error)}`);
  }
  return result.data;
}

/** One release with its file, its publisher resolved. */
export interface DataSetRelease {
  /** The canonical file, relative to the root (`data/releases/mic-2023-q1.json`). */
  readonly file: string;
  /** The release as the package exports it. */
  readonly release: Release;
  /** Its observations, in the order of the file. */
  readonly observations: readonly Observation[];
  /** Its tasks. */
  readonly tasks: readonly Task[];
}

/** The whole data set, checked and ordered. */
export interface DataSet {
  /** The data set's own version (`data/dataset.json`). */
  readonly version: string;
  readonly publishers: readonly Publisher[];
  readonly indicators: readonly Indicator[];
  /** Releases, oldest first (see {@link releaseDate}). */
  readonly releases: readonly DataSetRelease[];
  /** Every observation, release by release in release order, each release's in file order. */
  readonly observations: readonly Observation[];
  readonly conflicts: readonly Conflict[];
  /** Every file read, relative to the root. */
  readonly files: readonly string[];
}

/** The id of the Q1/2023 report: the release CITATION.cff cites, data/exports/release.json holds and the progress and targets charts draw. */
export const REPORT_ID = "mic-2023-q1";

/** The Q1/2023 report's release ({@link REPORT_ID}). */
export function reportRelease(data: DataSet): Release {
  const report = data.releases.find((r) => r.release.id === REPORT_ID)?.release;
  if (!report) throw new Error(`data/releases/ holds no ${REPORT_ID} release`);
  return report;
}

/** The canonical release files, in file-name order. */
export function readReleaseFiles(): { file: string; data: ReleaseFile }[] {
  return readdirSync(join(root, "data", "releases"))
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => {
      const file = `data/releases/${f}`;
      return { file, data: parse(ReleaseFileSchema, readJson(file), file) };
    });
}

/** The last day of a period string (`2023-09` → `2023-09-30`), as `YYYY-MM-DD`: the package's {@link periodEnd}. */
export function lastDay(period: string): string {
  return periodEnd(period);
}

/** The first day of a period string (`2023-Q3` → `2023-07-01`): the package's {@link periodStart}. */
export function firstDay(period: string): string {
  return periodStart(period);
}

/**
 * The date a release is ordered by: its page's date, or where it has none,
 * the latest as-of date of its figures (each as the last day of its period).
 */
export function releaseDate(release: Release, observations: readonly Observation[]): string {
  if (release.madePublic.date !== null) return lastDay(release.madePublic.date);
  if (release.source.date !== null) return lastDay(release.source.date);
  return (
    observations
      .map((o) => lastDay(o.asOf))
      .sort()
      .at(-1) ?? "9999-12-31"
  );
}

/** Orders two observations by as-of: last day, then first day of the as-of period. */
export function compareAsOf(a: Observation, b: Observation): number {
  const byEnd = lastDay(a.asOf).localeCompare(lastDay(b.asOf));
  return byEnd !== 0 ? byEnd : firstDay(a.asOf).localeCompare(firstDay(b.asOf));
}

let cached: DataSet | undefined;

/**
 * The whole data set, read, checked and ordered once per process and then
 * shared: every generator (and test) that calls this gets the same object,
 * deep-frozen so that none can change what the others see. A change to
 * `data/` after the first call is not seen until the next process.
 */
export function readDataSet(): DataSet {
  cached ??= _deepFreeze(loadDataSet());
  return cached;
}

/** Reads, checks and orders the whole data set. */
function loadDataSet(): DataSet {
  const version = parse(
    z.strictObject({ version: z.string().regex(/^\d+\.\d+\.\d+$/) }),
    readJson("data/dataset.json"),
    "data/dataset.json",
  ).version;
  const publishers = parse(
    z.array(PublisherSchema),
    readJson("data/publishers.json"),
    "data/publishers.json",
  );
  const indicators = parse(
    z.array(IndicatorSchema),
    readJson("data/indicators.json"),
    "data/indicators.json",
  );
  const conflicts = parse(
    z.array(ConflictSchema),
    readJson("data/conflicts.json"),
    "data/conflicts.json",
  );
  const files = readReleaseFiles();
  const releases = files
    .map(({ file, data }): DataSetRelease => {
      const { publisher: publisherId, ...rest } = data.release;
      let publisher: Publisher | null = null;
      if (publisherId !== null) {
        const found = publishers.find((p) => p.id === publisherId);
        if (found === undefined) throw new Error(`${file}: unknown publisher "${publisherId}"`);
        publisher = found;
      }
      // the model's key order: id, version, title, period, publisher, event …
      const release = {
        id: rest.id,
        version: rest.version,
        title: rest.title,
        period: rest.period,
        publisher,
        event: rest.event,
        source: rest.source,
        madePublic: rest.madePublic,
        compiled: rest.compiled,
        platforms: rest.platforms,
        corrections: rest.corrections,
      } satisfies Release;
      return { file, release, observations: data.observations, tasks: data.tasks };
    })
    .map((r) => ({ r, date: releaseDate(r.release, r.observations) }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.r.release.id.localeCompare(b.r.release.id))
    .map(({ r }) => r);
  return {
    version,
    publishers,
    indicators,
    releases,
    observations: releases.flatMap((r) => r.observations),
    conflicts,
    files: [
      "data/dataset.json",
      "data/publishers.json",
      "data/indicators.json",
      "data/conflicts.json",
      ...releases.map((r) => r.file),
    ],
  };
}

/**
 * Every figure of the data set (level observations grouped by indicator,
 * area and as-of date, with their publications), in series order: see
 * `_figures`.
 */
export function figuresOf(data: DataSet): _RawFigure[] {
  const releaseById = new Map(data.releases.map((r) => [r.release.id, r.release]));
  return _figures(data.observations, (o) => {
    const release = releaseById.get(o.release);
    if (release === undefined) {
      throw new Error(`${o.id}: data/releases/ holds no release "${o.release}"`);
    }
    return release;
  });
}

/** The ids of the conflicts naming each observation. */
export function conflictsByObservation(data: DataSet): (id: string) => readonly string[] {
  const map = new Map<string, string[]>();
  for (const c of data.conflicts) {
    for (const o of c.observations) map.set(o, [...(map.get(o) ?? []), c.id]);
  }
  return (id) => map.get(id) ?? [];
}

/**
 * The series of one indicator (and one area: `null`, the nation, by
 * default) as the package ships it: one point per figure, in as-of order,
 * each with its publications (see `_point`).
 */
export function seriesPoints(
  data: DataSet,
  indicator: string,
  area: string | null = null,
): SeriesPoint[] {
  const conflictsOf = conflictsByObservation(data);
  return figuresOf(data)
    .filter((f) => _seriesKeyOf(f) === (area === null ? indicator : `${indicator}@${area}`))
    .map((f) => _point(f, conflictsOf) as SeriesPoint);
}
