import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inject } from "vitest";
import { PROGRAM_HANG_MS } from "./_limits.js";

/**
 * Makes a throwaway consumer project outside the source tree that depends on the
 * packed tarball (`inject("tarball")`), installs it, and returns its folder.
 * `extra` adds files (path → content).
 *
 * The install never reaches the registry (`--offline`): the package's own
 * dependencies come from tarballs packed from this checkout's node_modules
 * (`inject("dependencies")`, as `overrides`, so that the consumer still gets
 * them only because the package declares them). Nothing can then fail by the
 * network or the shared npm cache; a dependency left unpacked fails at once.
 */
export function makeConsumer(
  name: string,
  tarball: string,
  extra: Record<string, string> = {},
  packageJson: Record<string, unknown> = {},
): string {
  // a fresh folder per call, in the run's own temporary folder
  const dir = mkdtempSync(join(tmpdir(), `vn-digital-indicators-${name}-`));
  const overrides = Object.fromEntries(
    Object.entries(inject("dependencies")).map(([dependency, path]) => [
      dependency,
      `file:${path}`,
    ]),
  );
  writeFileSync(
    join(dir, "package.json"),
    `${JSON.stringify(
      {
        name: `consumer-${name}`,
        private: true,
        ...packageJson,
        dependencies: { "vn-digital-indicators": `file:${tarball}` },
        overrides,
      },
      null,
      2,
    )}\n`,
  );
  for (const [path, content] of Object.entries(extra)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  execFileSync(
    "npm",
    ["install", "--offline", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error"],
    { cwd: dir, stdio: ["ignore", "ignore", "inherit"], timeout: PROGRAM_HANG_MS },
  );
  return dir;
}
