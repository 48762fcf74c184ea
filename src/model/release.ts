import type { IsoDate, LocalizedText, PeriodString, SourceReference } from "./common.js";

/**
 * What became of a publisher after the report.
 *
 * @category Model
 */
export interface Succession {
  /** The body that took the publisher over. */
  readonly successor: LocalizedText;
  /** The day it took effect. */
  readonly date: IsoDate;
  /** What happened, in both languages. */
  readonly description: LocalizedText;
  /** The legal acts it rests on, by their numbers (`176/2025/QH15`). */
  readonly legalBasis: readonly string[];
  /** Where this was read. */
  readonly sources: readonly SourceReference[];
}

/**
 * The body that published a report.
 *
 * @category Model
 */
export interface Publisher {
  /** Stable id (`mic`). */
  readonly id: string;
  /** Its name in both languages. */
  readonly name: LocalizedText;
  /** Its usual abbreviation in English (`MIC`). */
  readonly abbreviation: string;
  /** What became of it since, or `null` while it exists as it was. */
  readonly succession: Succession | null;
}

/**
 * The event at which a report was presented.
 *
 * @category Model
 */
export interface ReportEvent {
  /** Its name in both languages. */
  readonly name: LocalizedText;
  /** The day it was held. */
  readonly date: IsoDate;
  /** The period it reviewed (`2023-Q1`). */
  readonly period: PeriodString;
  /** Where it was held and how (online). */
  readonly place: LocalizedText;
  /** Who chaired it. */
  readonly chair: string;
  /** Where the date and place were read (the source document itself carries no date). */
  readonly source: SourceReference;
}

/**
 * The document the figures are taken from.
 *
 * @category Model
 */
export interface SourceDocument {
  /** What it is, in both languages. */
  readonly description: LocalizedText;
  /** Its language. */
  readonly language: "vi";
  /** Its opening words, verbatim, to find it by. */
  readonly incipit: string;
  /** Where it can be read, or `null` where no address is known. */
  readonly url: string | null;
  /** The day it was published, or `null` where it carries no date. */
  readonly date: IsoDate | null;
}

/**
 * A correction made to a published figure of this package after release.
 *
 * @category Model
 */
export interface Correction {
  /** The release corrected. */
  readonly release: string;
  /** The observation corrected. */
  readonly observation: string;
  /** The field corrected (`value`, `quote` …). */
  readonly field: string;
  /** The value before, as JSON text. */
  readonly before: string;
  /** The value after, as JSON text. */
  readonly after: string;
  /** The day of the correction. */
  readonly date: IsoDate;
  /** The package version that carries it first. */
  readonly version: string;
  /** Why, in both languages. */
  readonly reason: LocalizedText;
}

/**
 * A platform the report names (NDXP, OneTouch), with what the report says of it.
 *
 * @category Model
 */
export interface Platform {
  /** Stable id (`ndxp`, `onetouch`). */
  readonly id: string;
  /** Its name in both languages. */
  readonly name: LocalizedText;
  /** Its short name as printed (`NDXP`, `OneTouch`). */
  readonly shortName: string;
  /** Its address as printed, or `null` where the report gives none. */
  readonly url: string | null;
  /** When it was launched, as far as the report says, or `null`. */
  readonly launched: PlatformLaunch | null;
  /** The clause of the source that names it, verbatim. */
  readonly quote: string;
}

/**
 * A launch date as precise as the source gives it (`đầu tháng 4/2022`).
 *
 * @category Model
 */
export interface PlatformLaunch {
  /** The period the launch falls in (`2022-04`): the day is not stated. */
  readonly period: PeriodString;
  /** Which part of the period, where the source says (`start` for `đầu tháng`), or `null`. */
  readonly part: "start" | "middle" | "end" | null;
  /** The words as printed (`đầu tháng 4/2022`). */
  readonly published: string;
  /** The clause of the source that states it, verbatim. */
  readonly quote: string;
}

/**
 * An edition of the data: one report, its publisher, event and source.
 *
 * @category Model
 */
export interface Release {
  /** Stable id (`mic-2023-q1`). */
  readonly id: string;
  /** The version of this edition's data (semantic versioning: a correction is a patch). */
  readonly version: string;
  /** Its title in both languages. */
  readonly title: LocalizedText;
  /** The period the report reviews. */
  readonly period: PeriodString;
  /** Who published the report. */
  readonly publisher: Publisher;
  /** Where it was presented. */
  readonly event: ReportEvent;
  /** The document the figures are taken from. */
  readonly source: SourceDocument;
  /** The day this package's data was compiled from the source. */
  readonly compiled: IsoDate;
  /** The platforms the report names. */
  readonly platforms: readonly Platform[];
  /** Corrections made since the edition was first released (empty: none yet). */
  readonly corrections: readonly Correction[];
}
