import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Makes a throwaway consumer project outside the source tree that depends on the
 * packed tarball (`inject("tarball")`), installs it (offline where the npm cache
 * allows), and returns its folder. `extra` adds files (path → content).
 */
export function makeConsumer(
  name: string,
  tarball: string,
  extra: Record<string, string> = {},
  packageJson: Record<string, unknown> = {},
): string {
  // a fresh folder per call: test runs in other checkouts may run at the same time
  const dir = mkdtempSync(join(tmpdir(), `vn-digital-indicators-${name}-`));
  writeFileSync(
    join(dir, "package.json"),
    `${JSON.stringify(
      {
        name: `consumer-${name}`,
        private: true,
        ...packageJson,
        dependencies: { "vn-digital-indicators": `file:${tarball}` },
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
    [
      "install",
      "--prefer-offline",
      "--no-audit",
      "--no-fund",
      "--ignore-scripts",
      "--loglevel=error",
    ],
    { cwd: dir, stdio: ["ignore", "ignore", "inherit"] },
  );
  return dir;
}
