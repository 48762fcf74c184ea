import { createHash } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { root, run } from "./_tools.js";

/*
 * Reproducible build: two clean builds (tsup into two fresh folders) give
 * byte-identical files, and byte-identical tarballs once packed. They also equal
 * the dist/ that `npm test` built (and packed for the other tests), so no path of
 * the build folder leaks into the output.
 */

function hashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else out[relative(dir, p)] = createHash("sha256").update(readFileSync(p)).digest("hex");
    }
  };
  walk(dir);
  return out;
}

/** The files `npm pack` puts in the tarball, relative to the package root. */
function packedFiles(): string[] {
  const out = run("npm", ["pack", "--dry-run", "--json", "--ignore-scripts", "--loglevel=error"], {
    cwd: root,
  });
  const [report] = JSON.parse(out) as { files: { path: string }[] }[];
  return (report?.files ?? []).map((f) => f.path);
}

function buildInto(name: string): { dist: string; tarball: Buffer } {
  // a fresh folder in the run's temporary folder (never shared with another run)
  const base = mkdtempSync(join(tmpdir(), `vn-digital-indicators-build-${name}-`));
  const dist = join(base, "dist");
  run(
    process.execPath,
    [join(root, "node_modules", "tsup", "dist", "cli-default.js"), "--silent", "--out-dir", dist],
    {
      cwd: root,
    },
  );
  // Pack it as npm would publish it: the package's files (as npm lists them,
  // globs of `files` expanded), this dist.
  const stage = join(base, "package");
  mkdirSync(stage, { recursive: true });
  for (const f of packedFiles().filter((f) => !f.startsWith("dist/"))) {
    mkdirSync(dirname(join(stage, f)), { recursive: true });
    cpSync(join(root, f), join(stage, f));
  }
  cpSync(dist, join(stage, "dist"), { recursive: true });
  const packed = join(base, "packed");
  mkdirSync(packed);
  run("npm", ["pack", "--ignore-scripts", "--loglevel=error", "--pack-destination", packed], {
    cwd: stage,
  });
  const [tgz] = readdirSync(packed);
  return { dist, tarball: readFileSync(join(packed, tgz ?? "missing")) };
}

describe("reproducible build", () => {
  it("two clean builds give byte-identical dist/ and tarballs, equal to npm test's", () => {
    const a = buildInto("a");
    const b = buildInto("b");
    const ha = hashes(a.dist);
    expect(Object.keys(ha)).toContain("index.js");
    expect(Object.keys(ha)).toContain("cli.js");
    expect(hashes(b.dist)).toEqual(ha);
    expect(a.tarball.equals(b.tarball)).toBe(true);
    // The dist/ and tarball that npm test built (stale if src changed since).
    expect(hashes(join(root, "dist"))).toEqual(ha);
    expect(a.tarball.equals(readFileSync(inject("tarball")))).toBe(true);
  });
});
