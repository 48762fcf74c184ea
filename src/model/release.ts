import type { IsoDate, LocalizedText, PeriodString, SourceReference } from "./common.js";

/**
 * What became of a publisher after the report.
 *
 * @category Model
 */
export interface Succession {
  /** The body that took the publisher over. */
  readonly successor: LocalizedText;
  /** The id of the successor's own publisher record (`most`), or `null` where the package has none. */
  readonly publisher: string | null;
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
  /**
   * Its own web sites (`mic.gov.vn`): a page printed there is the
   * publisher's own, not a relay.
   */
  readonly domains: readonly string[];
  /** What became of it since, or `null` while it exists as it was. */
  readonly succession: Succession | null;
}

/**
 * The event at which a report was presented (a briefing conference).
 *
 * @category Model
 */
export interface ReportEvent {
  /** Its name in both languages. */
  readonly name: LocalizedText;
  /** The day it was held, or `null` where no source seen gives it. */
  readonly date: IsoDate | null;
  /** The period it reviewed (`2023-Q1`). */
  readonly period: PeriodString;
  /** Where it was held and how (online), or `null` where not known. */
  readonly place: LocalizedText | null;
  /** Who chaired it, or `null` where not known. */
  readonly chair: string | null;
  /** Where the date and place were read (the source document itself may carry no date). */
  readonly source: SourceReference;
}

/**
 * How much of a source document was read:
 *
 * - `full-text`: the whole text (kept in the repository's `data/sources/`);
 * - `opening`: the opening part of a stored public copy of the page (about
 *   2,000 characters): figures further down were not seen.
 *
 * @category Model
 */
export type SourceSeen = "full-text" | "opening";

/**
 * How the day a release's figures were made public was read:
 *
 * - `event`: the day of the event where they were presented (a briefing, a
 *   press conference, an announcement);
 * - `official`: the publisher's own release date (its site, its press release);
 * - `page`: the date printed on the page that relays them;
 * - `address`: the date the page's address encodes (a site whose article
 *   ids begin with the date), where the page shows none;
 * - `none`: no date could be read.
 *
 * @category Model
 */
export type MadePublicBasis = "event" | "official" | "page" | "address" | "none";

/**
 * When a release's figures were made public: what "known on a day" means
 * (see `series(id, { knownAt })`).
 *
 * @category Model
 */
export interface MadePublic {
  /**
   * The day (`2023-03-06`), or the month where only that is shown
   * (`2023-05`), or `null` where no date could be read: such a release
   * counts as known from the day this package read its page
   * (`source.accessed`), the one day it can be shown to have been public.
   */
  readonly date: PeriodString | null;
  /** How the date was read. */
  readonly basis: MadePublicBasis;
}

/**
 * The document the figures are taken from.
 *
 * @category Model
 */
export interface SourceDocument {
  /** What it is, in both languages (this package's words). */
  readonly description: LocalizedText;
  /** Its language. */
  readonly language: "vi";
  /**
   * Its opening words, verbatim, to find it by, where the package quotes it
   * (`quotes: true`); `null` for a third-party page, found by its address.
   */
  readonly incipit: string | null;
  /** Where it can be read, or `null` where no address is known. */
  readonly url: string | null;
  /**
   * The day it was published (`2022-06-02`), or the month where its copy
   * shows only the month (`2023-09`); `null` where no date was seen.
   */
  readonly date: PeriodString | null;
  /** Who printed it (the site, as `cafef.vn`), or `null` where not known. */
  readonly printedBy: string | null;
  /**
   * Whether the package quotes its text: `true` for the report, whose
   * figures carry their verbatim clause; `false` for third-party pages, whose
   * facts only are kept (figure, qualifier, date, term), never sentences.
   */
  readonly quotes: boolean;
  /** How much of it was read. */
  readonly seen: SourceSeen;
  /**
   * The page's title as the stored copy prints it, verbatim, to identify the
   * copy read; `null` where the copy shows none (or for the report, found by
   * its incipit).
   */
  readonly printedTitle: string | null;
  /** The day this package last read it (a citation's "retrieved" date). */
  readonly accessed: IsoDate;
  /**
   * Whether the copy read can be found again (`true`); `false` where a later
   * check found no stored copy: the description says so, and the figures
   * stand as first read.
   */
  readonly verifiable: boolean;
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
  /** The clause of the source that names it, verbatim, or `null` for a third-party page. */
  readonly quote: string | null;
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
  /** The clause of the source that states it, verbatim, or `null` for a third-party page. */
  readonly quote: string | null;
}

/**
 * A release of figures: one source (a report, or a public page relaying the
 * ministry's figures), whose figures they are, the event it names, and how
 * it was read.
 *
 * @category Model
 */
export interface Release {
  /**
   * Stable id: `mic-2023-q1` for the report; for a page, the site and the
   * page's date, or the date of its figures (`cafef-2023-09`).
   */
  readonly id: string;
  /** The version of this release's data (semantic versioning: a correction is a patch). */
  readonly version: string;
  /** Its title in both languages (this package's words for a third-party page). */
  readonly title: LocalizedText;
  /** The period the source reviews, or `null` where it names none. */
  readonly period: PeriodString | null;
  /**
   * Whose figures they are (the ministry), or `null` where the source does
   * not say.
   */
  readonly publisher: Publisher | null;
  /** The event where the figures were reported, or `null` where the source names none. */
  readonly event: ReportEvent | null;
  /** The document the figures are taken from. */
  readonly source: SourceDocument;
  /** When its figures were made public, and how that was read. */
  readonly madePublic: MadePublic;
  /** The day this package's data was compiled from the source. */
  readonly compiled: IsoDate;
  /** The platforms the source names, with what it says of them. */
  readonly platforms: readonly Platform[];
  /** Corrections made since the edition was first released (empty: none yet). */
  readonly corrections: readonly Correction[];
}
