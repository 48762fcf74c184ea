import { _MONTHS_EN } from "../_lib/_months.js";
import { DATA_VERSION, VERSION } from "../generated/version.js";
import type { Observation } from "../model/observation.js";
import type { Release } from "../model/release.js";
import { _citeInput } from "./_citeInput.js";
import type { CiteFormat, CiteOptions, CslDate, CslItem, CslName } from "./types.js";

export type { CiteFormat, CiteOptions, CslDate, CslItem, CslName };

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
 * - `bibtex`: a classic BibTeX `@misc` entry, UTF-8, with only fields the
 *   standard styles know (`author`, `title`, `howpublished`, `year`,
 *   `month`, `note`, and `url` where the source has one, which natbib's
 *   styles print, with `urldate`, the day it was read, which pandoc, Zotero
 *   and biber read and the classic styles skip; the note repeats both as
 *   "Retrieved <day>, from <address>" for styles without them). The title gives the English translation in brackets;
 *   `howpublished` names the event, its place and day, and the data
 *   version, so that BibTeX, natbib and citeproc print them;
 * - `biblatex`: a BibLaTeX `@report` entry (`titleaddon`, `date`,
 *   `eventtitle`, `eventdate`, `venue`, `version`, `url`, `urldate` …), UTF-8,
 *   for biber;
 * - `text`: one APA-style line.
 *
 * A page with an address carries the day this package read it
 * (`release.source.accessed`): CSL-JSON `accessed`, BibTeX `urldate` and a
 * "Retrieved <day>, from <address>" note, BibLaTeX `urldate`; the APA line
 * of a page with no date reads "(n.d.). … Retrieved <day>, from <address>".
 *
 * This signature cites a release; an observation takes its release in
 * `options.release` (the second signature: leaving it out does not compile).
 *
 * @param target - The release (`mic2023Q1`).
 * @param options - `format`: `"csl"`, `"bibtex"`, `"biblatex"` or `"text"`.
 * @returns The CSL-JSON item for `csl`, else the text.
 * @throws {@link ArgumentTypeError} when the target is neither a release nor an
 *   observation (a field it reads missing or mistyped, or its reading
 *   throwing, named: `target.publisher.name.vi`) or the format is not a
 *   string, `ERR_MISSING_OPTION` when an observation is cited without
 *   `options.release`, and {@link ArgumentRangeError} for an unknown format,
 *   a field outside its values, or an observation of another release;
 *   `ERR_UNKNOWN_OPTION` for an option key other than `format` and `release`
 *   (`{ formt: "csl" }`: the message suggests `format`).
 *
 * @example
 * ```ts
 * cite(mic2023Q1, { format: "text" })
 * //=> "Bộ Thông tin và Truyền thông [Ministry of Information and Communications]. (2023, March 6). Báo cáo của Bộ Thông tin và Truyền thông tại hội nghị trực tuyến giao ban quản lý nhà nước quý 1/2023 [Report of the Ministry of Information and Communications to the online state-management briefing conference for Q1/2023]. Presented at Hội nghị trực tuyến giao ban quản lý nhà nước quý 1/2023 (Online state-management briefing conference for Q1/2023), Hà Nội, online, 6 March 2023. The Ministry of Information and Communications has been part of the Ministry of Science and Technology since 1 March 2025. Data: vn-digital-indicators 0.1.0, mic-2023-q1@1.0.0."
 * cite(getObservation("ndxp-transactions-2023-q1"), { format: "csl", release: mic2023Q1 }).id
 * //=> "mic-2023-q1:ndxp-transactions-2023-q1"
 * cite(mic2023Q1, { format: "bibtex" }).split("\n")[0]
 * //=> "@misc{mic-2023-q1,"
 * cite(mic2023Q1, { format: "biblatex" }).split("\n")[0]
 * //=> "@report{mic-2023-q1,"
 * ```
 * @category Citations
 */
export function cite<F extends CiteFormat>(
  target: Release,
  options: CiteOptions & { readonly format: F },
): F extends "csl" ? CslItem : string;
/**
 * A citation of one observation: `options.release` is required (the
 * observation carries only its release's id), so that leaving it out is a
 * compile error, as it is an error at run time (see the first signature).
 *
 * @param target - One observation of `options.release` (or the release itself).
 * @param options - `format`, and the `release` the observation belongs to.
 * @returns The CSL-JSON item for `csl`, else the text.
 */
export function cite<F extends CiteFormat>(
  target: Release | Observation,
  options: CiteOptions & { readonly format: F; readonly release: Release },
): F extends "csl" ? CslItem : string;
export function cite(target: Release | Observation, options: CiteOptions): CslItem | string {
  const { format, release, observation } = _citeInput(target, options);
  switch (format) {
    case "csl":
      return _csl(release, observation);
    case "bibtex":
      return _bibtex(release, observation);
    case "biblatex":
      return _biblatex(release, observation);
    default:
      return _text(release, observation);
  }
}

function _dateParts(date: string): number[] {
  return date.split("-").map(Number);
}

function _longDate(date: string): string {
  const [y, m, d] = _dateParts(date);
  if (m === undefined) return String(y);
  const month = _MONTHS_EN[m - 1];
  return d === undefined ? `${month} ${y}` : `${d} ${month} ${y}`;
}

/** `December 3, 2026`: a day as APA writes it. */
function _apaDate(date: string): string {
  const [y, m, d] = _dateParts(date);
  return `${_MONTHS_EN[(m ?? 1) - 1]} ${d}, ${y}`;
}

/**
 * `Retrieved 3 December 2026, from <url>.` for a page with an address (the
 * day this package read it: `source.accessed`), or `null`.
 */
function _retrieved(release: Release): string | null {
  const url = release.source.url;
  return url ? `Retrieved ${_longDate(release.source.accessed)}, from ${url}.` : null;
}

function _key(release: Release, observation: Observation | null): string {
  return observation ? `${release.id}:${observation.id}` : release.id;
}

function _versions(release: Release): string {
  return `vn-digital-indicators ${VERSION}, ${release.id}@${release.version}, data ${DATA_VERSION}`;
}

/** The release's data version and the data set's, with the package version. */
function _dataVersions(release: Release): string {
  return `${release.id}@${release.version}, data set ${DATA_VERSION} (vn-digital-indicators ${VERSION})`;
}

/**
 * Who a citation names as author: the ministry for a report the package
 * quotes; the site that printed a third-party page (the ministry, where
 * named, is in the note).
 */
function _author(release: Release): { vi: string; en: string } {
  if (release.source.quotes && release.publisher !== null) return release.publisher.name;
  const site = release.source.printedBy ?? release.publisher?.name.vi ?? release.id;
  return { vi: site, en: site };
}

/** The date a release is cited by: its event's, else its page's, else none. */
function _issued(release: Release): string | null {
  return release.event?.date ?? release.source.date ?? null;
}

function _successor(release: Release): string | null {
  const p = release.publisher;
  const s = p?.succession ?? null;
  return p !== null && s !== null
    ? `The ${p.name.en} has been part of the ${s.successor.en} since ${_longDate(s.date)}.`
    : null;
}

function _figures(release: Release): string | null {
  if (release.source.quotes || release.publisher === null) return null;
  return `Figures of the ${release.publisher.name.en}, as relayed by ${release.source.printedBy ?? "the page"}.`;
}

function _figure(observation: Observation): string {
  const clause = observation.quote === null ? "" : `; source clause: "${observation.quote}"`;
  return `Figure "${observation.published}"${observation.status === "normal" ? "" : ` (${observation.status === "estimate" ? "an estimate" : `a ${observation.status} value`})`} as of ${observation.asOf} (${observation.id}: ${observation.name.en})${clause}.`;
}

function _event(release: Release): string | null {
  const e = release.event;
  if (e === null) return null;
  return `Presented at the ${e.name.en}${e.date === null ? "" : ` on ${_longDate(e.date)}`}${release.source.date === null ? "; the source text carries no date" : ""}.`;
}

function _csl(release: Release, observation: Observation | null): CslItem {
  const issued = _issued(release);
  const event = release.event;
  const note = [
    `English title: ${release.title.en}.`,
    _event(release),
    _figures(release),
    _successor(release),
    observation ? _figure(observation) : null,
    `Data: ${_versions(release)}.`,
  ]
    .filter((s) => s !== null)
    .join(" ");
  const author = _author(release);
  return {
    id: _key(release, observation),
    type: "report",
    title: observation ? `${release.title.vi}: ${observation.name.vi}` : release.title.vi,
    author: [{ literal: author.vi }],
    publisher: author.vi,
    ...(event?.place ? { "publisher-place": event.place.vi.split(",")[0] ?? event.place.vi } : {}),
    ...(event ? { "event-title": event.name.vi } : {}),
    ...(event?.date ? { "event-date": { "date-parts": [_dateParts(event.date)] } } : {}),
    ...(event?.place ? { "event-place": event.place.vi } : {}),
    ...(issued ? { issued: { "date-parts": [_dateParts(issued)] } } : {}),
    language: release.source.language,
    version: `${release.id}@${release.version}`,
    ...(release.source.url
      ? {
          URL: release.source.url,
          accessed: { "date-parts": [_dateParts(release.source.accessed)] },
        }
      : {}),
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

/** Fields as `key = {value}` lines (a month macro unbraced), aligned. */
function _entry(type: string, key: string, fields: readonly (readonly [string, string])[]): string {
  const width = Math.max(...fields.map(([k]) => k.length));
  const body = fields
    .map(([k, v]) => `  ${k.padEnd(width)} = ${k === "month" ? v : `{${v}}`}`)
    .join(",\n");
  return `@${type}{${key},\n${body}\n}\n`;
}

/** `Presented at <event> (<event in English>), <place>, <day>`, or `null` where no event is named. */
function _presented(release: Release): string | null {
  const e = release.event;
  if (e === null) return null;
  return `Presented at ${e.name.vi} (${e.name.en})${e.place ? `, ${e.place.en}` : ""}${e.date ? `, ${_longDate(e.date)}` : ""}`;
}

// Classic BibTeX: an entry type and fields that the standard styles (plain,
// unsrt, alpha, abbrv) and natbib's (plainnat …) know, so nothing is dropped.
// Everything beyond author, title and date goes where they print it:
// `howpublished` (the event and the data version) and `note`.
function _bibtex(release: Release, observation: Observation | null): string {
  const issued = _issued(release);
  const [y, m] = issued === null ? [] : _dateParts(issued);
  const url = release.source.url;
  const author = _author(release);
  const title = observation
    ? `{${_bib(`${release.title.vi}: ${observation.name.vi}`)}} [{${_bib(`${release.title.en}: ${observation.name.en}`)}}]`
    : `{${_bib(release.title.vi)}} [{${_bib(release.title.en)}}]`;
  const note = [
    _figures(release),
    _successor(release),
    observation ? _figure(observation) : null,
    release.source.date === null
      ? release.event?.date
        ? "The source text carries no date: it is dated by the event."
        : "The source text carries no date."
      : null,
    _retrieved(release),
  ]
    .filter((s) => s !== null)
    .join(" ");
  const presented = _presented(release);
  return _entry("misc", _key(release, observation), [
    ["author", `{${_bib(author.vi)}}`],
    ["title", title],
    ["howpublished", _bib(`${presented ? `${presented}; ` : ""}data ${_dataVersions(release)}`)],
    ...(y === undefined ? [] : [["year", String(y)] as const]),
    ...(m === undefined ? [] : [["month", BIB_MONTHS[m - 1] ?? "jan"] as const]),
    // `urldate`: not a classic field (BibTeX's styles skip it; pandoc and
    // biber read it as the day accessed); the note says it for the others
    ...(url ? [["url", url] as const, ["urldate", release.source.accessed] as const] : []),
    ["note", _bib(note)],
  ]);
}

// BibLaTeX (biber): the richer fields, each in its own place.
function _biblatex(release: Release, observation: Observation | null): string {
  const csl = _csl(release, observation);
  const url = release.source.url;
  const event = release.event;
  const issued = _issued(release);
  const author = _author(release);
  return _entry("report", csl.id, [
    ["author", `{${_bib(author.vi)}}`],
    ["title", `{${_bib(csl.title)}}`],
    [
      "titleaddon",
      `{${_bib(observation ? `${release.title.en}: ${observation.name.en}` : release.title.en)}}`,
    ],
    ["type", "Report"],
    ["institution", `{${_bib(author.vi)}}`],
    ...(csl["publisher-place"] ? [["location", _bib(csl["publisher-place"])] as const] : []),
    ...(issued === null ? [] : [["date", issued] as const]),
    ...(event ? [["eventtitle", _bib(event.name.vi)] as const] : []),
    ...(event?.date ? [["eventdate", event.date] as const] : []),
    ...(event?.place ? [["venue", _bib(event.place.vi)] as const] : []),
    ["language", "vietnamese"],
    ["version", _bib(`${release.id}@${release.version}`)],
    ...(url
      ? [
          ["url", url] as const,
          // the day this package read the page
          ["urldate", release.source.accessed] as const,
        ]
      : []),
    ["note", _bib(csl.note)],
  ]);
}

function _text(release: Release, observation: Observation | null): string {
  const issued = _issued(release);
  const [y, m, d] = issued === null ? [] : _dateParts(issued);
  const date =
    y === undefined
      ? "(n.d.)."
      : m === undefined
        ? `(${y}).`
        : d === undefined
          ? `(${y}, ${_MONTHS_EN[m - 1]}).`
          : `(${y}, ${_MONTHS_EN[m - 1]} ${d}).`;
  const author = _author(release);
  const presented = _presented(release);
  const parts = [
    author.vi === author.en ? `${author.vi}.` : `${author.vi} [${author.en}].`,
    date,
    `${release.title.vi} [${release.title.en}].`,
    presented === null ? null : `${presented}.`,
    _figures(release),
    release.source.url === null
      ? null
      : issued === null
        ? // APA for an undated page: "(n.d.)" and the day it was retrieved
          `Retrieved ${_apaDate(release.source.accessed)}, from ${release.source.url}.`
        : `${release.source.url}.`,
    _successor(release),
    `Data: ${_versions(release)}.`,
  ].filter((s) => s !== null);
  const line = parts.join(" ");
  return observation
    ? `"${observation.published}" (${observation.name.en}; id ${observation.id}). In ${line}`
    : line;
}
