import { _MONTHS_EN } from "../_months.js";
import { VERSION } from "../generated/version.js";
import type { Observation } from "../model/observation.js";
import type { Release } from "../model/release.js";
import { _citeInput } from "./_citeInput.js";

/**
 * A citation format: `csl` (CSL-JSON, for Zotero, Pandoc, citeproc),
 * `bibtex` (BibTeX/BibLaTeX) or `text` (a plain APA-style reference line).
 *
 * @category Citations
 */
export type CiteFormat = "csl" | "bibtex" | "text";

/**
 * Options of {@link cite}.
 *
 * @category Citations
 */
export interface CiteOptions {
  /** The format. */
  readonly format: CiteFormat;
  /**
   * The release an observation belongs to (`latestRelease`). Needed when the
   * target is an observation (it carries only the release's id), ignored
   * when the target is the release itself. Passed in so that `cite` carries
   * no data.
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
  /** The author: the ministry, as an institution. */
  readonly author: readonly CslName[];
  /** The publisher: the ministry. */
  readonly publisher: string;
  /** Where it was published. */
  readonly "publisher-place": string;
  /** The event the report was presented at. */
  readonly "event-title": string;
  /** The day of the event. */
  readonly "event-date": CslDate;
  /** Where the event was held. */
  readonly "event-place": string;
  /** The day it was issued: the event's (the source text carries no date). */
  readonly issued: CslDate;
  /** `vi`. */
  readonly language: string;
  /** The data version (`mic-2023-q1@1.0.0`). */
  readonly version: string;
  /** The source's address, where known. */
  readonly URL?: string;
  /** The English title, the ministry's successor, the figure's quote and the package and data versions. */
  readonly note: string;
}

const BIB_MONTHS = [
  "jan",
  "feb",
  "mar",
  "apr",
  "may",
  "jun",
  "jul",
  "aug",
  "sep",
  "oct",
  "nov",
  "dec",
] as const;

/**
 * A citation of the release (the source report) or of one observation of it,
 * pinned to an edition: it names the source report (Vietnamese title with
 * its English translation), the ministry that published it and what became
 * of it (since 1 March 2025 part of the Ministry of Science and Technology),
 * the event the report was presented at and its date, the version of this
 * package and the data version. For an observation it adds the figure as
 * printed, its id and the verbatim clause.
 *
 * - `csl`: a CSL-JSON item object (put it in an array for a `.json` file);
 * - `bibtex`: a `@techreport` entry (BibLaTeX fields `date`, `eventtitle`,
 *   `eventdate`, `version` included), UTF-8;
 * - `text`: one APA-style line.
 *
 * @param target - The release (`latestRelease`) or one of its observations.
 * @param options - `format`, and `release` when the target is an observation.
 * @returns The CSL-JSON item for `csl`, else the text.
 * @throws {@link ArgumentTypeError} when the target is neither a release nor an
 *   observation (a field it reads missing or mistyped, or its reading
 *   throwing, named: `target.publisher.name.vi`) or the format is not a
 *   string, `ERR_MISSING_OPTION` when an observation is cited without
 *   `options.release`, and {@link ArgumentRangeError} for an unknown format,
 *   a field outside its values, or an observation of another release.
 *
 * @example
 * ```ts
 * cite(latestRelease, { format: "text" })
 * //=> "Bộ Thông tin và Truyền thông [Ministry of Information and Communications]. (2023, March 6). Báo cáo của Bộ Thông tin và Truyền thông tại hội nghị trực tuyến giao ban quản lý nhà nước quý 1/2023 [Report of the Ministry of Information and Communications to the online state-management briefing conference for Q1/2023]. Presented at Hội nghị trực tuyến giao ban quản lý nhà nước quý 1/2023 (Online state-management briefing conference for Q1/2023), Hà Nội, online, 6 March 2023. The Ministry of Information and Communications has been part of the Ministry of Science and Technology since 1 March 2025. Data: vn-digital-indicators 0.1.0, mic-2023-q1@1.0.0."
 * cite(getObservation("ndxp-transactions-2023-q1"), { format: "csl", release: latestRelease }).id
 * //=> "mic-2023-q1:ndxp-transactions-2023-q1"
 * cite(latestRelease, { format: "bibtex" }).split("\n")[0]
 * //=> "@techreport{mic-2023-q1,"
 * ```
 * @category Citations
 */
export function cite(
  target: Release | Observation,
  options: CiteOptions & { format: "csl" },
): CslItem;
export function cite(
  target: Release | Observation,
  options: CiteOptions & { format: "bibtex" | "text" },
): string;
export function cite(target: Release | Observation, options: CiteOptions): CslItem | string;
export function cite(target: Release | Observation, options: CiteOptions): CslItem | string {
  const { format, release, observation } = _citeInput(target, options);
  switch (format) {
    case "csl":
      return _csl(release, observation);
    case "bibtex":
      return _bibtex(release, observation);
    default:
      return _text(release, observation);
  }
}

function _dateParts(date: string): number[] {
  return date.split("-").map(Number);
}

function _longDate(date: string): string {
  const [y, m, d] = _dateParts(date);
  return `${d} ${_MONTHS_EN[(m ?? 1) - 1]} ${y}`;
}

function _key(release: Release, observation: Observation | null): string {
  return observation ? `${release.id}:${observation.id}` : release.id;
}

function _versions(release: Release): string {
  return `vn-digital-indicators ${VERSION}, ${release.id}@${release.version}`;
}

function _successor(release: Release): string | null {
  const s = release.publisher.succession;
  return s
    ? `The ${release.publisher.name.en} has been part of the ${s.successor.en} since ${_longDate(s.date)}.`
    : null;
}

function _figure(observation: Observation): string {
  return `Figure "${observation.published}" (${observation.id}: ${observation.name.en}); source clause: "${observation.quote}".`;
}

function _csl(release: Release, observation: Observation | null): CslItem {
  const note = [
    `English title: ${release.title.en}.`,
    `Presented at the ${release.event.name.en} on ${_longDate(release.event.date)}; the source text carries no date.`,
    _successor(release),
    observation ? _figure(observation) : null,
    `Data: ${_versions(release)}.`,
  ]
    .filter((s) => s !== null)
    .join(" ");
  return {
    id: _key(release, observation),
    type: "report",
    title: observation ? `${release.title.vi}: ${observation.name.vi}` : release.title.vi,
    author: [{ literal: release.publisher.name.vi }],
    publisher: release.publisher.name.vi,
    "publisher-place": release.event.place.vi.split(",")[0] ?? release.event.place.vi,
    "event-title": release.event.name.vi,
    "event-date": { "date-parts": [_dateParts(release.event.date)] },
    "event-place": release.event.place.vi,
    issued: { "date-parts": [_dateParts(release.event.date)] },
    language: release.source.language,
    version: `${release.id}@${release.version}`,
    ...(release.source.url ? { URL: release.source.url } : {}),
    note,
  };
}

function _bib(text: string): string {
  return text
    .replace(/[\\{}]/g, (c) => `\\${c}`)
    .replace(/([&%$#_])/g, "\\$1")
    .replace(/~/g, "\\textasciitilde{}")
    .replace(/\^/g, "\\textasciicircum{}");
}

function _bibtex(release: Release, observation: Observation | null): string {
  const csl = _csl(release, observation);
  const [y, m] = _dateParts(release.event.date);
  const fields: [string, string][] = [
    ["author", `{${_bib(release.publisher.name.vi)}}`],
    ["title", `{${_bib(csl.title)}}`],
    [
      "titleaddon",
      `{${_bib(observation ? `${release.title.en}: ${observation.name.en}` : release.title.en)}}`,
    ],
    ["institution", `{${_bib(release.publisher.name.vi)}}`],
    ["address", _bib(release.event.place.vi.split(",")[0] ?? release.event.place.vi)],
    ["year", String(y)],
    ["month", BIB_MONTHS[(m ?? 1) - 1] ?? "jan"],
    ["date", release.event.date],
    ["eventtitle", _bib(release.event.name.vi)],
    ["eventdate", release.event.date],
    ["venue", _bib(release.event.place.vi)],
    ["language", "vietnamese"],
    ["version", _bib(`${release.id}@${release.version}`)],
    ...(release.source.url ? [["url", release.source.url] as [string, string]] : []),
    ["note", _bib(csl.note)],
  ];
  const width = Math.max(...fields.map(([k]) => k.length));
  const body = fields
    .map(([k, v]) => `  ${k.padEnd(width)} = ${k === "month" ? v : `{${v}}`}`)
    .join(",\n");
  return `@techreport{${csl.id},\n${body}\n}\n`;
}

function _text(release: Release, observation: Observation | null): string {
  const [y, m, d] = _dateParts(release.event.date);
  const parts = [
    `${release.publisher.name.vi} [${release.publisher.name.en}].`,
    `(${y}, ${_MONTHS_EN[(m ?? 1) - 1]} ${d}).`,
    `${release.title.vi} [${release.title.en}].`,
    `Presented at ${release.event.name.vi} (${release.event.name.en}), ${release.event.place.en}, ${_longDate(release.event.date)}.`,
    release.source.url ? `${release.source.url}.` : null,
    _successor(release),
    `Data: ${_versions(release)}.`,
  ].filter((s) => s !== null);
  const line = parts.join(" ");
  return observation
    ? `"${observation.published}" (${observation.name.en}; id ${observation.id}). In ${line}`
    : line;
}
