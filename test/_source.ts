import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The folder of the sources the data was compiled from, inside the repository. */
export const SOURCES = join(import.meta.dirname, "..", "data", "sources");

/**
 * Reads a file of `data/sources/` (the report's text, the province reference
 * lists). They are part of the repository, so a bare clone checks every quote:
 * a missing file is an error, never a skip.
 */
export function readSource(path: string): string {
  return readFileSync(join(SOURCES, path), "utf8");
}
