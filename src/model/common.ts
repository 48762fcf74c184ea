/**
 * A text given in Vietnamese (the language of the source) and in English (a
 * working translation by this package, never a quotation).
 *
 * @category Model
 */
export interface LocalizedText {
  /** Vietnamese, with diacritics, in Unicode NFC. */
  readonly vi: string;
  /** English. */
  readonly en: string;
}

/**
 * The two languages of the package: `vi` (Vietnamese, the source's) and `en`.
 *
 * @category Model
 */
export type Locale = "vi" | "en";

/**
 * A calendar date as `YYYY-MM-DD` (ISO 8601), with no time and no time zone.
 *
 * @category Model
 */
export type IsoDate = `${number}-${number}-${number}`;

/**
 * A calendar period as written by this package: a year (`2023`), a quarter
 * (`2023-Q1`), a month (`2023-01`) or a day (`2023-02-21`). Parse it with
 * `parsePeriod`.
 *
 * @category Model
 */
export type PeriodString =
  | `${number}`
  | `${number}-Q${1 | 2 | 3 | 4}`
  | `${number}-${number}`
  | `${number}-${number}-${number}`;

/**
 * A public document that states a fact, with the words that state it.
 *
 * @category Model
 */
export interface SourceReference {
  /** The document's title, in its own language, or `null` where it was not recorded. */
  readonly title: string | null;
  /** Who published it (a site, a newspaper, an authority). */
  readonly publisher: string;
  /** Where it can be read, or `null` where no address is known. */
  readonly url: string | null;
  /** The words of the document that state the fact, verbatim, or `null`. */
  readonly quote: string | null;
}
