import { spawnSync } from "node:child_process";

/** The first of `names` found on the PATH, or `null`. */
export function findCommand(...names: string[]): string | null {
  for (const name of names) {
    const r = spawnSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" });
    const path = r.stdout.trim();
    if (r.status === 0 && path !== "") return path;
  }
  return null;
}

/** Chromium (Debian package `chromium`) on the PATH, or `null`. */
export function findChromium(): string | null {
  return findCommand("chromium", "chromium-browser", "google-chrome");
}

/** How to install Chromium with the fonts the charts name. */
export const INSTALL_CHROMIUM = "apt-get install chromium fonts-dejavu-core";

/** `hasPandas()`'s answer, once asked (Python starts once per test file, not per test). */
let pandas: boolean | undefined;

/** Whether `/usr/bin/python3` can `import pandas`. */
export function hasPandas(): boolean {
  if (pandas === undefined) {
    const r = spawnSync("/usr/bin/python3", ["-c", "import pandas"], { encoding: "utf8" });
    pandas = r.status === 0;
  }
  return pandas;
}

/** `hasR()`'s answer, once asked. */
let r: boolean | undefined;

/** Whether `Rscript` runs and loads readr and jsonlite (Debian: r-cran-readr, r-cran-jsonlite). */
export function hasR(): boolean {
  if (r === undefined) {
    const run = spawnSync("Rscript", ["-e", "library(readr); library(jsonlite)"], {
      encoding: "utf8",
    });
    r = run.status === 0;
  }
  return r;
}

/** How to install R with the packages the README's R example loads. */
export const INSTALL_R = "apt-get install r-base-core r-cran-readr r-cran-jsonlite";

/** How a skip for a missing system package begins its note (test/_systemReporter.ts lists them). */
export const SYSTEM_SKIP = "system package missing: ";
/** What separates the package from its install command in such a note. */
export const SYSTEM_SKIP_INSTALL = " — install: ";

/**
 * For a test that needs a system package: under CI (`CI=true`) a missing
 * package is a failure; elsewhere the test skips with a note naming the
 * package and its install command, and the run's summary lists every such
 * skip (test/_systemReporter.ts), so that a green run cannot hide one.
 */
export function needSystem(
  ctx: { skip: (note: string) => void },
  what: string,
  found: boolean,
  install: string,
): void {
  if (found) return;
  if (process.env.CI === "true") {
    throw new Error(`${what} is not installed: run \`${install}\` (required under CI=true)`);
  }
  ctx.skip(`${SYSTEM_SKIP}${what}${SYSTEM_SKIP_INSTALL}${install}`);
}
