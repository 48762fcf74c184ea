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

/** Whether `/usr/bin/python3` can `import pandas`. */
export function hasPandas(): boolean {
  const r = spawnSync("/usr/bin/python3", ["-c", "import pandas"], { encoding: "utf8" });
  return r.status === 0;
}

/**
 * For a test that needs a system package: under CI (`CI=true`) a missing
 * package is a failure; elsewhere the test skips, naming the install command.
 */
export function needSystem(
  ctx: { skip: (note: string) => void },
  what: string,
  found: boolean,
  install: string,
): void {
  if (found) return;
  const message = `${what} is not installed: run \`${install}\``;
  if (process.env.CI === "true") throw new Error(`${message} (required under CI=true)`);
  console.warn(`skipping: ${message}`);
  ctx.skip(message);
}
