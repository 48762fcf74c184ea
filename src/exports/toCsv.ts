import type { Observation } from "../model/observation.js";
import { _TIDY_COLUMNS } from "./_columns.js";
import { type ToTidyRowsOptions, toTidyRows } from "./toTidyRows.js";

/**
 * Options of {@link toCsv}: as {@link ToTidyRowsOptions} (`release` or
 * `releases`, and `conflicts`).
 *
 * @category Formatting
 */
export type ToCsvOptions = ToTidyRowsOptions;

/**
 * The tidy table as CSV (RFC 4180): UTF-8 text without a byte-order mark, a
 * header row of the `tidyFields` (entry `vn-digital-indicators/schema`)
 * names, one record per observation, CRLF line ends, `,` between fields, a
 * field quoted with `"` (and inner `"` doubled) only where it holds `,`,
 * `"`, CR or LF. Numbers are written with `.` as the decimal mark and no
 * grouping (`74.72`, `111000000`), booleans as `true`/`false`, dates as
 * `YYYY-MM-DD`, the items of a list column (`missing`, `conflicts`) joined by
 * `;` (`01;36;67`; no item holds a `;`), and an empty field for `null` (and
 * for an empty list). Exactly the shipped `data/exports/observations.csv`
 * when given `observations` and `{ releases, conflicts }`.
 *
 * @param observations - Observations, in the order wanted.
 * @param options - `release` or `releases`, and `conflicts` (see {@link toTidyRows}).
 * @returns The CSV text, ending with CRLF.
 * @throws {@link ArgumentTypeError} and {@link ArgumentRangeError} as {@link toTidyRows}.
 *
 * @example
 * ```ts
 * const csv = toCsv([getObservation("fully-online-services-share")], { release: mic2023Q1 });
 * csv.split("\r\n")[0].split(",").slice(0, 5)
 * //=> ["id", "release", "release_version", "data_version", "indicator"]
 * csv.split("\r\n").length
 * //=> 3
 * toCsv(observations, { releases, conflicts }).split("\r\n").length
 * //=> 97
 * ```
 * @category Formatting
 */
export function toCsv(observations: readonly Observation[], options: ToCsvOptions): string {
  const rows = toTidyRows(observations, options);
  const lines = [_TIDY_COLUMNS.map((name) => _csvField(name))];
  for (const row of rows) {
    lines.push(_TIDY_COLUMNS.map((name) => _csvField(row[name])));
  }
  return lines.map((cells) => `${cells.join(",")}\r\n`).join("");
}

/** One CSV field (RFC 4180); a list's items joined by `;`. @internal */
export function _csvField(value: string | number | boolean | readonly string[] | null): string {
  if (value === null) return "";
  const text = typeof value === "object" ? value.join(";") : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
