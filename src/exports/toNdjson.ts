import type { Observation } from "../model/observation.js";
import { type ToTidyRowsOptions, toTidyRows } from "./toTidyRows.js";

/**
 * Options of {@link toNdjson}: the release the observations belong to.
 *
 * @category Formatting
 */
export type ToNdjsonOptions = ToTidyRowsOptions;

/**
 * The tidy table as newline-delimited JSON (NDJSON, JSON Lines): one
 * {@link TidyRow} object per line, each line ending with `\n`. Exactly the
 * shipped `data/exports/observations.ndjson` when given `observations` and
 * `mic2023Q1`.
 *
 * @param observations - Observations of one release.
 * @param options - `release`: the release they belong to.
 * @returns The NDJSON text.
 * @throws {@link ArgumentTypeError} and {@link ArgumentRangeError} as {@link toTidyRows}.
 *
 * @example
 * ```ts
 * const text = toNdjson(observations, { release: mic2023Q1 });
 * text.trimEnd().split("\n").length
 * //=> 23
 * JSON.parse(text.split("\n")[0]).value
 * //=> 74.72
 * ```
 * @category Formatting
 */
export function toNdjson(observations: readonly Observation[], options: ToNdjsonOptions): string {
  return toTidyRows(observations, options)
    .map((row) => `${JSON.stringify(row)}\n`)
    .join("");
}
