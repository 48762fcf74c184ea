/**
 * The zod 4 schemas of the data model, one per model type: the entry
 * `vn-digital-indicators/schema`. Kept apart from the main entry so that an app
 * that only reads a figure never loads zod.
 *
 * @example
 * ```ts
 * import { ObservationSchema } from "vn-digital-indicators/schema";
 * ObservationSchema.parse(myObservation);
 * ```
 *
 * Every schema reads its input once, as plain data (its own enumerable
 * properties, as `JSON.stringify` reads them): a getter or a Proxy that
 * throws, or a revoked Proxy, makes `safeParse` fail (`parse` throws a
 * `ZodError`), never another exception. Beyond the types, the observation
 * schema checks that dates and periods are real calendar days, that a part
 * is its value and no greater than its whole, and that the printed form
 * (`published`) reads back (`parsePublished`) to the value, comparator,
 * decimals and scale.
 *
 * @module schema
 */
import * as z from "zod";
import type { LocalizedText } from "./model/common.js";
import type { Conflict } from "./model/conflict.js";
import type { Indicator } from "./model/indicator.js";
import type { Observation } from "./model/observation.js";
import type {
  DataSource,
  Province,
  Province2025,
  ProvinceCrosswalkEntry,
} from "./model/province.js";
import type { Correction, Platform, Publisher, Release } from "./model/release.js";
import type { Task } from "./model/task.js";
import { _id, _localizedText } from "./schemas/_common.js";
import { _conflict } from "./schemas/_conflict.js";
import { _indicator, _task } from "./schemas/_indicator.js";
import { _observation } from "./schemas/_observation.js";
import {
  _dataSource,
  _province,
  _province2025,
  _provinceCrosswalkEntry,
} from "./schemas/_province.js";
import { _readable } from "./schemas/_readable.js";
import { _correction, _platform, _publisher, _release } from "./schemas/_release.js";

/**
 * Checks a {@link LocalizedText}.
 *
 * @category Schema
 */
export const LocalizedTextSchema: z.ZodType<LocalizedText> = _readable(_localizedText);

/**
 * Checks an {@link Observation} (any kind; unknown keys are refused).
 *
 * @category Schema
 */
export const ObservationSchema: z.ZodType<Observation> = _readable(_observation);

/**
 * Checks an {@link Indicator}.
 *
 * @category Schema
 */
export const IndicatorSchema: z.ZodType<Indicator> = _readable(_indicator);

/**
 * Checks a {@link Task}.
 *
 * @category Schema
 */
export const TaskSchema: z.ZodType<Task> = _readable(_task);

/**
 * Checks a {@link Platform}.
 *
 * @category Schema
 */
export const PlatformSchema: z.ZodType<Platform> = _readable(_platform);

/**
 * Checks a {@link Correction}.
 *
 * @category Schema
 */
export const CorrectionSchema: z.ZodType<Correction> = _readable(_correction);

/**
 * Checks a {@link Release} (the release's metadata, without its observations).
 *
 * @category Schema
 */
export const ReleaseSchema: z.ZodType<Release> = _readable(_release);

/**
 * Checks a {@link Publisher} (whose figures a release gives).
 *
 * @category Schema
 */
export const PublisherSchema: z.ZodType<Publisher> = _readable(_publisher);

/**
 * Checks a {@link Conflict} (a disagreement between sources, recorded as data).
 *
 * @category Schema
 */
export const ConflictSchema: z.ZodType<Conflict> = _readable(_conflict);

/**
 * A release as written in a canonical file: the {@link Release} with its
 * publisher given by id (`"mic"`, one of `data/publishers.json`) or `null`.
 *
 * @category Schema
 */
export type CanonicalRelease = Omit<Release, "publisher"> & {
  /** The publisher's id, or `null` where the source does not say whose figures they are. */
  readonly publisher: string | null;
};

/**
 * The content of one canonical release file in `data/releases/`: the
 * release, its observations and its tasks.
 *
 * @category Schema
 */
export interface ReleaseFile {
  /** The release's metadata, its publisher by id. */
  readonly release: CanonicalRelease;
  /** Its published figures. */
  readonly observations: readonly Observation[];
  /** Its commitments with no number. */
  readonly tasks: readonly Task[];
}

/**
 * Checks a {@link ReleaseFile}.
 *
 * @category Schema
 */
export const ReleaseFileSchema: z.ZodType<ReleaseFile> = _readable(
  z
    .strictObject({
      release: _release.unwrap().extend({ publisher: _id.nullable() }).readonly(),
      observations: z.array(_observation).min(1).readonly(),
      tasks: z.array(_task).readonly(),
    })
    .readonly(),
);

// issue 7: provinces
/**
 * Checks a {@link Province} (a unit of 2023: two-digit code, NFC name, ASCII name, kind).
 *
 * @category Schema
 */
export const ProvinceSchema: z.ZodType<Province> = _readable(_province);

/**
 * Checks a {@link Province2025} (a unit in force from 1 July 2025).
 *
 * @category Schema
 */
export const Province2025Schema: z.ZodType<Province2025> = _readable(_province2025);

/**
 * Checks a {@link ProvinceCrosswalkEntry} (2023 code → 2025 code).
 *
 * @category Schema
 */
export const ProvinceCrosswalkEntrySchema: z.ZodType<ProvinceCrosswalkEntry> =
  _readable(_provinceCrosswalkEntry);

/**
 * Checks a {@link DataSource} (repository, path, commit, licence, notes).
 *
 * @category Schema
 */
export const DataSourceSchema: z.ZodType<DataSource> = _readable(_dataSource);

// The tidy table's column descriptions (issue 6): kept out of the main entry,
// whose size budget they would strain; used for datapackage.json.
export { tidyFields } from "./exports/tidyFields.js";
export type {
  Conflict,
  Correction,
  DataSource,
  Indicator,
  LocalizedText,
  Observation,
  Platform,
  Province,
  Province2025,
  ProvinceCrosswalkEntry,
  Publisher,
  Release,
  Task,
};
