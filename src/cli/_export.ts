/** `export`: the tidy table of every release, or of one. */
import {
  conflicts,
  observations,
  releases,
  toCsv,
  toJson,
  toMarkdown,
  toNdjson,
} from "../index.js";
import type { _Parsed } from "./_args.js";
import type { _Io } from "./_io.js";
import { _findRelease, _ofRelease } from "./_lookup.js";

/**
 * `export`: every release with the conflicts (the shipped
 * data/exports/observations.* byte for byte), or one release with
 * `--release`. Markdown is a table per release, in the data set's order.
 *
 * @internal
 */
export function _export(parsed: _Parsed, _io: _Io): string {
  // checked by the dispatcher (_checkFormat): undefined or one of export's formats
  const format = parsed.format ?? "csv";
  const chosen = parsed.release === undefined ? undefined : _findRelease(parsed.release);
  if (format === "md") {
    return (chosen === undefined ? releases : [chosen])
      .map((release) => toMarkdown(_ofRelease(release), { release, lang: parsed.lang }))
      .join("\n");
  }
  const rows = chosen === undefined ? observations : _ofRelease(chosen);
  const options = chosen === undefined ? { releases, conflicts } : { release: chosen };
  switch (format) {
    case "json":
      return toJson(rows, options);
    case "ndjson":
      return toNdjson(rows, options);
    default:
      return toCsv(rows, options);
  }
}
