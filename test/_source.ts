import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** The shared source folder beside the repository (present on developers' machines and in CI). */
export const SHARED = join(import.meta.dirname, "..", "..", "shared");

/**
 * Reads a file of ../shared, or returns null where it is absent. Under CI
 * (`CI=true`) an absent file is an error: CI always has ../shared.
 */
export function readShared(path: string): string | null {
  const full = join(SHARED, path);
  if (!existsSync(full)) {
    if (process.env.CI === "true") throw new Error(`${full} is missing in CI`);
    console.warn(`skipping: ${full} is not here (it is in CI and on developers' machines)`);
    return null;
  }
  return readFileSync(full, "utf8");
}
