import type { Release } from "../model/release.js";

/**
 * A citation format: `csl` (CSL-JSON, for Zotero, Pandoc, citeproc),
 * `bibtex` (classic BibTeX, as BibTeX and natbib read it), `biblatex`
 * (BibLaTeX, with its richer fields, for biber) or `text` (a plain
 * APA-style reference line).
 *
 * @category Citations
 */
export type CiteFormat = "csl" | "bibtex" | "biblatex" | "text";

/**
 * Options of {@link cite}: `format` and `release`, and no other key (an
 * unknown key is refused with `ERR_UNKNOWN_OPTION`, naming the closest).
 *
 * @category Citations
 */
export interface CiteOptions {
  /** The format. */
  readonly format: CiteFormat;
  /**
   * The release an observation belongs to (`mic2023Q1`). Required when the
   * target is an observation (it carries only the release's id: leaving it
   * out does not compile, and throws in JavaScript), ignored when the target
   * is the release itself. Passed in so that `cite` carries no data.
   */
  readonly release?: Release;
}

/**
 * A CSL-JSON date: `{ "date-parts": [[2023, 3, 6]] }`.
 *
 * @category Citations
 */
export interface CslDate {
  /** Year, month, day. */
  readonly "date-parts": readonly (readonly number[])[];
}

/**
 * A CSL-JSON name given as one literal string (an institution).
 *
 * @category Citations
 */
export interface CslName {
  /** The name as written (`Bộ Thông tin và Truyền thông`). */
  readonly literal: string;
}

/**
 * One CSL-JSON item (the fields {@link cite} fills), as read by citeproc,
 * Pandoc and Zotero. A CSL-JSON file is an array of such items.
 *
 * @category Citations
 */
export interface CslItem {
  /** The item's key (`mic-2023-q1`, `mic-2023-q1:fully-online-services-share`). */
  readonly id: string;
  /** Always `report`. */
  readonly type: "report";
  /** The report's title, in Vietnamese, and for an observation the figure. */
  readonly title: string;
  /** The author: the ministry (for the report), or the site that printed a page, as an institution. */
  readonly author: readonly CslName[];
  /** The publisher: the ministry, or the site that printed a third-party page. */
  readonly publisher: string;
  /** Where it was published, where known. */
  readonly "publisher-place"?: string;
  /** The event the report was presented at, where it names one. */
  readonly "event-title"?: string;
  /** The day of the event, where known. */
  readonly "event-date"?: CslDate;
  /** Where the event was held, where known. */
  readonly "event-place"?: string;
  /** The day it was issued: the event's, else the page's; absent where neither is known. */
  readonly issued?: CslDate;
  /** `vi`. */
  readonly language: string;
  /** The data version (`mic-2023-q1@1.0.0`). */
  readonly version: string;
  /** The source's address, where known. */
  readonly URL?: string;
  /**
   * The day this package read the page (`release.source.accessed`), where it
   * has an address: APA prints "Retrieved <day>, from <address>" for a page
   * with no date.
   */
  readonly accessed?: CslDate;
  /** The English title, the ministry's successor, the figure's quote and the package and data versions. */
  readonly note: string;
}
