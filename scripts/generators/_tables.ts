/**
 * The tables of data/exports/ besides the observations: releases, indicators
 * and conflicts, one row per record, with their columns described as
 * Frictionless Table Schema fields; and the writers of any such table as CSV
 * and JSON, following the conventions of the package's `toCsv` and `toJson`
 * (a test checks that they write the observations exactly as those do).
 */
import { _csvField } from "../../src/exports/toCsv.js";
import type { Conflict, Indicator, Release, TidyField } from "../../src/index.js";

/** A column of a table: a {@link TidyField} with any name. */
export type TableField = Omit<TidyField, "name"> & { readonly name: string };

/** A cell of a table. */
export type Cell = string | number | boolean | readonly string[] | null;

/** A row of a table. */
export type TableRow = Readonly<Record<string, Cell>>;

/** The separator of a list's items in a CSV cell. */
export const LIST_DELIMITER = ";";

/**
 * A table as CSV, as `toCsv` writes the observations: UTF-8, a header row,
 * CRLF, quotes only where needed, list items joined by `;`. Throws if a list
 * item holds the delimiter (it would not split back).
 */
export function csvTable(fields: readonly TableField[], rows: readonly object[]): string {
  const lines = [fields.map((f) => _csvField(f.name))];
  for (const row of rows) {
    lines.push(
      fields.map((f) => {
        const value = (row as TableRow)[f.name];
        if (value === undefined) throw new Error(`a row has no ${f.name}`);
        if (Array.isArray(value) && value.some((v) => v === "" || v.includes(LIST_DELIMITER))) {
          throw new Error(`${f.name}: an item is empty or holds "${LIST_DELIMITER}"`);
        }
        return _csvField(value);
      }),
    );
  }
  return lines.map((cells) => `${cells.join(",")}\r\n`).join("");
}

/** A table as a JSON array of row objects (the columns in order), as `toJson` writes it. */
export function jsonTable(fields: readonly TableField[], rows: readonly object[]): string {
  const ordered = rows.map((row) =>
    Object.fromEntries(fields.map((f) => [f.name, (row as TableRow)[f.name]])),
  );
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

const id = "kebab-case id";
const optional = (what: string): string => `${what} Empty where the source gives none.`;

/** The columns of releases.csv / releases.json. */
export const releaseFields: readonly TableField[] = [
  {
    name: "id",
    type: "string",
    required: true,
    title: "Release id",
    description: `The release's stable ${id} (\`mic-2023-q1\`; for a page, its site and date, \`cafef-2023-09\`): the \`release\` of observations.csv.`,
  },
  {
    name: "version",
    type: "string",
    required: true,
    title: "Release version",
    description:
      "The release's own version (semantic versioning): a correction of one of its figures bumps the patch. The `release_version` of observations.csv.",
  },
  {
    name: "title_vi",
    type: "string",
    required: true,
    title: "Title (Vietnamese)",
    description: "The release's title in Vietnamese (this package's words for a third-party page).",
  },
  {
    name: "title_en",
    type: "string",
    required: true,
    title: "Title (English)",
    description: "The release's title in English (a working translation).",
  },
  {
    name: "period",
    type: "string",
    required: false,
    title: "Period reviewed",
    description: optional(
      "The period the source reviews (`2023-Q1`), a year, quarter, month or day as written.",
    ),
  },
  {
    name: "publisher",
    type: "string",
    required: false,
    title: "Publisher id",
    description:
      "The id of the body whose figures they are (`mic`); empty where the source does not say (a page that names no source for its figures).",
  },
  {
    name: "publisher_name_vi",
    type: "string",
    required: false,
    title: "Publisher (Vietnamese)",
    description:
      "The publisher's name in Vietnamese (`Bộ Thông tin và Truyền thông`). Empty with `publisher`.",
  },
  {
    name: "publisher_name_en",
    type: "string",
    required: false,
    title: "Publisher (English)",
    description:
      "The publisher's name in English (`Ministry of Information and Communications`; since 1 March 2025 part of the Ministry of Science and Technology). Empty with `publisher`.",
  },
  {
    name: "printed_by",
    type: "string",
    required: false,
    title: "Printed by",
    description: optional("The site that printed the source page (`cafef.vn`)."),
  },
  {
    name: "url",
    type: "string",
    required: false,
    title: "Address",
    description:
      "The address of the source page. Empty for the Q1/2023 report, whose text carries no address (see `event_source_url`).",
  },
  {
    name: "page_date",
    type: "string",
    required: false,
    title: "Page date (as written)",
    description: optional(
      "The day the page was published (`2022-06-02`), or the month where its copy shows only the month (`2023-09`): text, as precise as seen.",
    ),
  },
  {
    name: "event_name_vi",
    type: "string",
    required: false,
    title: "Event (Vietnamese)",
    description: optional(
      "The event the figures were reported at (a briefing conference), in Vietnamese.",
    ),
  },
  {
    name: "event_name_en",
    type: "string",
    required: false,
    title: "Event (English)",
    description: optional("The event, in English."),
  },
  {
    name: "event_date",
    type: "date",
    required: false,
    title: "Event date",
    description: optional("The day the event was held (`2023-03-06`)."),
  },
  {
    name: "event_source_url",
    type: "string",
    required: false,
    title: "Event source address",
    description: optional("Where the event's date and place were read."),
  },
  {
    name: "seen",
    type: "string",
    required: true,
    title: "How much was read",
    description:
      "How much of the source was read: figures further down a page read only in part were not seen.",
    categories: [
      { value: "full-text", label: "the whole text (kept in the repository's data/sources/)" },
      {
        value: "opening",
        label: "the opening part of a stored public copy of the page (about 2,000 characters)",
      },
    ],
  },
  {
    name: "quotes",
    type: "boolean",
    required: true,
    title: "Quoted",
    description:
      "`true` where the package quotes the source's text (the report: each figure's verbatim clause in `quote`); `false` for a third-party page, whose facts only are kept.",
  },
  {
    name: "compiled",
    type: "date",
    required: true,
    title: "Compiled",
    description: "The day this package's data was compiled from the source.",
  },
  {
    name: "observations",
    type: "integer",
    required: true,
    title: "Observations",
    description: "The number of its figures (rows of observations.csv with this `release`).",
  },
];

/** The columns of indicators.csv / indicators.json. */
export const indicatorFields: readonly TableField[] = [
  {
    name: "id",
    type: "string",
    required: true,
    title: "Indicator id",
    description: `The indicator's stable ${id}: the \`indicator\` of observations.csv. A series is the level figures of one indicator in as-of order.`,
  },
  {
    name: "name_vi",
    type: "string",
    required: true,
    title: "Name (Vietnamese)",
    description: "Its name in Vietnamese (UTF-8, Unicode NFC, with diacritics).",
  },
  {
    name: "name_en",
    type: "string",
    required: true,
    title: "Name (English)",
    description: "Its name in English (a working translation).",
  },
  {
    name: "unit",
    type: "string",
    required: true,
    title: "Unit",
    description:
      "The unit of its figures (`percent`, or what one unit counts), as the `unit` of observations.csv.",
  },
  {
    name: "subject",
    type: "string",
    required: true,
    title: "Subject",
    description: "Whose figure it is: the country, a set of bodies, or one body or platform.",
    categories: [
      { value: "country", label: "Vietnam as a whole" },
      { value: "ministries", label: "the ministries and ministry-level agencies" },
      { value: "provinces", label: "the provinces and centrally-run cities" },
      { value: "ministries-and-provinces", label: "both together (bộ ngành và địa phương)" },
      { value: "mic", label: "the Ministry of Information and Communications itself" },
      { value: "ndxp", label: "the National Data Integration and Sharing Platform" },
      { value: "onetouch", label: "the OneTouch open online learning platform" },
    ],
  },
  {
    name: "measures_vi",
    type: "string",
    required: true,
    title: "What it measures (Vietnamese)",
    description: "What exactly is counted or measured, in Vietnamese.",
  },
  {
    name: "measures_en",
    type: "string",
    required: true,
    title: "What it measures (English)",
    description: "What exactly is counted or measured, in English.",
  },
  {
    name: "non_decreasing",
    type: "boolean",
    required: true,
    title: "Non-decreasing",
    description:
      "`true` where by definition its figures can only grow over time (a count since launch); where a later figure is lower, a recorded conflict says so.",
  },
  {
    name: "related",
    type: "array",
    itemType: "string",
    required: false,
    title: "Related indicators",
    description:
      "The ids of indicators that sound alike but count something else: never one series with this one. A list; empty where none (in CSV, ids joined by `;`).",
  },
  {
    name: "terms",
    type: "array",
    itemType: "string",
    required: true,
    title: "Terms",
    description:
      "The words sources use for exactly this quantity (Vietnamese, as printed): every observation's `term` is one of them, and no related indicator shares one. A list (in CSV, joined by `;`; a term may hold a comma).",
  },
];

/** The columns of conflicts.csv / conflicts.json. */
export const conflictFields: readonly TableField[] = [
  {
    name: "id",
    type: "string",
    required: true,
    title: "Conflict id",
    description: `The conflict's stable ${id}, as listed in the \`conflicts\` column of observations.csv.`,
  },
  {
    name: "kind",
    type: "string",
    required: true,
    title: "Kind",
    description: "What kind of disagreement. The package resolves none.",
    categories: [
      { value: "value", label: "two sources give different facts for the same thing" },
      { value: "date", label: "the same figure is dated differently" },
      {
        value: "comparability",
        label: "figures of one indicator that read as comparable but are not",
      },
    ],
  },
  {
    name: "field",
    type: "string",
    required: true,
    title: "Field",
    description:
      "The field that disagrees, as the package names it (`asOf`, `value`, `platforms.onetouch.launched`).",
  },
  {
    name: "description_vi",
    type: "string",
    required: true,
    title: "Description (Vietnamese)",
    description: "What disagrees, in Vietnamese (this package's words).",
  },
  {
    name: "description_en",
    type: "string",
    required: true,
    title: "Description (English)",
    description: "What disagrees, in English (this package's words).",
  },
  {
    name: "observations",
    type: "array",
    itemType: "string",
    required: false,
    title: "Observations",
    description:
      "The ids of the observations involved (rows of observations.csv): a list, empty where the conflict is in a release's metadata (in CSV, ids joined by `;`).",
  },
  {
    name: "releases",
    type: "array",
    itemType: "string",
    required: true,
    title: "Releases",
    description:
      "The ids of the releases involved (rows of releases.csv): a list of at least one (in CSV, ids joined by `;`).",
  },
];

/** One row of releases.csv per release, with the number of its observations. */
export function releaseRows(
  releases: readonly { readonly release: Release; readonly observations: readonly unknown[] }[],
): TableRow[] {
  return releases.map(({ release: r, observations }) => ({
    id: r.id,
    version: r.version,
    title_vi: r.title.vi,
    title_en: r.title.en,
    period: r.period,
    publisher: r.publisher?.id ?? null,
    publisher_name_vi: r.publisher?.name.vi ?? null,
    publisher_name_en: r.publisher?.name.en ?? null,
    printed_by: r.source.printedBy,
    url: r.source.url,
    page_date: r.source.date,
    event_name_vi: r.event?.name.vi ?? null,
    event_name_en: r.event?.name.en ?? null,
    event_date: r.event?.date ?? null,
    event_source_url: r.event?.source.url ?? null,
    seen: r.source.seen,
    quotes: r.source.quotes,
    compiled: r.compiled,
    observations: observations.length,
  }));
}

/** One row of indicators.csv per indicator. */
export function indicatorRows(indicators: readonly Indicator[]): TableRow[] {
  return indicators.map((i) => ({
    id: i.id,
    name_vi: i.name.vi,
    name_en: i.name.en,
    unit: i.unit,
    subject: i.subject,
    measures_vi: i.measures.vi,
    measures_en: i.measures.en,
    non_decreasing: i.nonDecreasing,
    related: i.related.map((r) => r.id),
    terms: [...i.terms],
  }));
}

/** One row of conflicts.csv per conflict. */
export function conflictRows(conflicts: readonly Conflict[]): TableRow[] {
  return conflicts.map((c) => ({
    id: c.id,
    kind: c.kind,
    field: c.field,
    description_vi: c.description.vi,
    description_en: c.description.en,
    observations: [...c.observations],
    releases: [...c.releases],
  }));
}
