import type { Observation } from "../model/observation.js";
import { type ToTidyRowsOptions, toTidyRows } from "./toTidyRows.js";

/**
 * Options of {@link toNdjson}: as {@link ToTidyRowsOptions} (`release` or
 * `releases`, and `conflicts`).
 *
 * @category Formatting
 */
export type ToNdjsonOptions = ToTidyRowsOptions;

/**
 * The tidy table as newline-delimited JSON (NDJSON, JSON Lines): one
 * {@link TidyRow} object per line, each line ending with `\n` (the values
 * typed as in {@link toJson}). Exactly the shipped
 * `data/exports/observations.ndjson` when given `observations` and
 * `{ releases, conflicts }`.
 *
 * @param observations - Observations, in the order wanted.
 * @param options - `release` or `releases`, and `conflicts` (see {@link toTidyRows}).
 * @returns The NDJSON text.
 * @throws {@link ArgumentTypeError} and {@link ArgumentRangeError} as {@link toTidyRows}.
 *
 * @example
 * ```ts
 * const text = toNdjson(observations, { releases, conflicts });
 * text.trimEnd().split("\n").length
 * //=> 95
 * JSON.parse(text.split("\n")[0]).release
 * //=> "24h-2022-02"
 * ```
 * @category Formatting
 */
export function toNdjson(observations: readonly Observation[], options: ToNdjsonOptions): string {
  return toTidyRows(observations, options)
    .map((row) => `${JSON.stringify(row)}\n`)
    .join("");
}
