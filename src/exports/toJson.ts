import type { Observation } from "../model/observation.js";
import { type ToTidyRowsOptions, toTidyRows } from "./toTidyRows.js";

/**
 * Options of {@link toJson}: as {@link ToTidyRowsOptions} (`release` or
 * `releases`, and `conflicts`).
 *
 * @category Formatting
 */
export type ToJsonOptions = ToTidyRowsOptions;

/**
 * The tidy table as a JSON array of row objects ({@link TidyRow}: the
 * columns of `tidyFields` (entry `vn-digital-indicators/schema`), in order; `null` for an empty cell),
 * indented by two spaces, ending with a newline: codes and ids as strings,
 * counts as JSON integers, dates as `YYYY-MM-DD` strings, lists (`missing`,
 * `conflicts`) as arrays of strings. Exactly the shipped
 * `data/exports/observations.json` when given `observations` and
 * `{ releases, conflicts }`.
 *
 * @param observations - Observations, in the order wanted.
 * @param options - `release` or `releases`, and `conflicts` (see {@link toTidyRows}).
 * @returns The JSON text.
 * @throws {@link ArgumentTypeError} and {@link ArgumentRangeError} as {@link toTidyRows}.
 *
 * @example
 * ```ts
 * const json = toJson([getObservation("ndxp-transactions-2023-q1")], { release: mic2023Q1 });
 * JSON.parse(json)[0].published
 * //=> "hơn 111 triệu"
 * JSON.parse(json)[0].upper
 * //=> null
 * ```
 * @category Formatting
 */
export function toJson(observations: readonly Observation[], options: ToJsonOptions): string {
  return `${JSON.stringify(toTidyRows(observations, options), null, 2)}\n`;
}
