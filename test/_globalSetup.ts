import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";

const root = join(import.meta.dirname, "..");

/**
 * Packs the built package once per test run (`npm pack` of `dist/`, as it would
 * be published) into `.tmp/pack/`, and gives its path to the tests as
 * `inject("tarball")`. `npm test` builds before vitest runs.
 *
 * It also gives the run a temporary folder of its own (TMPDIR, inherited by the
 * test workers and every process they start), removed when the run ends, so
 * that throwaway consumers, Deno caches and browser profiles do not pile up.
 */
export default function setup(project: TestProject): () => void {
  const runTmp = mkdtempSync(join(tmpdir(), "vn-digital-indicators-run-"));
  process.env.TMPDIR = runTmp;
  if (!existsSync(join(root, "dist", "index.js"))) {
    throw new Error("dist/ is missing: run `npm run build` first (npm test does)");
  }
  const dir = join(root, ".tmp", "pack");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync("npm", ["pack", "--ignore-scripts", "--loglevel=error", "--pack-destination", dir], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
  });
  const tarball = readdirSync(dir).find((f) => f.endsWith(".tgz"));
  if (tarball === undefined) throw new Error("npm pack wrote no tarball");
  project.provide("tarball", join(dir, tarball));
  return () => rmSync(runTmp, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    /** The absolute path of the packed package (`.tmp/pack/vn-digital-indicators-<version>.tgz`). */
    tarball: string;
  }
}
