import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { PROGRAM_HANG_MS } from "./_limits.js";

const root = join(import.meta.dirname, "..");

interface Manifest {
  readonly dependencies?: Record<string, string>;
}

/** `npm pack` of a folder into `dest`; returns the tarball's path. */
function pack(folder: string, dest: string): string {
  mkdirSync(dest, { recursive: true });
  const before = new Set(readdirSync(dest));
  execFileSync(
    "npm",
    ["pack", folder, "--ignore-scripts", "--loglevel=error", "--pack-destination", dest],
    { cwd: root, stdio: ["ignore", "ignore", "inherit"], timeout: PROGRAM_HANG_MS },
  );
  const tarball = readdirSync(dest).find((f) => f.endsWith(".tgz") && !before.has(f));
  if (tarball === undefined) throw new Error(`npm pack wrote no tarball for ${folder}`);
  return join(dest, tarball);
}

/**
 * The package's run-time dependencies and theirs, each packed from this
 * checkout's node_modules (the versions package-lock.json pins), so that a
 * throwaway consumer installs with no registry and no shared npm cache.
 */
function packDependencies(dest: string): Record<string, string> {
  const packed: Record<string, string> = {};
  const visit = (name: string): void => {
    if (name in packed) return;
    const folder = join(root, "node_modules", name);
    if (!existsSync(join(folder, "package.json"))) {
      throw new Error(`node_modules/${name} is missing: run \`npm ci\``);
    }
    packed[name] = pack(folder, dest);
    const manifest = JSON.parse(readFileSync(join(folder, "package.json"), "utf8")) as Manifest;
    for (const dependency of Object.keys(manifest.dependencies ?? {})) visit(dependency);
  };
  const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as Manifest;
  for (const dependency of Object.keys(manifest.dependencies ?? {})) visit(dependency);
  return packed;
}

/**
 * Gives the run a temporary folder of its own (TMPDIR, inherited by the test
 * workers and every process they start), removed when the run ends: throwaway
 * consumers, Deno caches, browser profiles and Jupyter kernelspecs live there,
 * so that runs in other checkouts (or a second run in this one) never share a
 * folder. npm, Deno and Bun, in every process of the run, keep their caches
 * there too (never the user's ~/.npm, ~/.cache/deno or ~/.bun, which other
 * runs lock and write), and npm and Deno do not look for their own updates (a
 * notice on stderr, once a day, would fail the tests that expect an empty
 * stderr).
 *
 * It packs the built package once (`npm pack` of `dist/`, as it would be
 * published), and its run-time dependencies from node_modules, and gives
 * their paths to the tests as `inject("tarball")` and `inject("dependencies")`
 * (see test/_consumer.ts). `npm test` builds before vitest runs.
 */
export default function setup(project: TestProject): () => void {
  if (!existsSync(join(root, "dist", "index.js"))) {
    throw new Error("dist/ is missing: run `npm run build` first (npm test does)");
  }
  const runTmp = mkdtempSync(join(tmpdir(), "vn-digital-indicators-run-"));
  process.env.TMPDIR = runTmp;
  process.env.npm_config_cache = join(runTmp, "npm-cache");
  process.env.npm_config_update_notifier = "false";
  process.env.npm_config_fund = "false";
  process.env.npm_config_audit = "false";
  // Deno's and Bun's caches too, for any process that does not name its own
  process.env.DENO_DIR = join(runTmp, "deno");
  process.env.DENO_NO_UPDATE_CHECK = "1";
  process.env.BUN_RUNTIME_TRANSPILER_CACHE_PATH = join(runTmp, "bun-cache");
  const packed = join(runTmp, "pack");
  project.provide("tarball", pack(root, packed));
  project.provide("dependencies", packDependencies(join(packed, "dependencies")));
  return () => rmSync(runTmp, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    /** The absolute path of the packed package (`vn-digital-indicators-<version>.tgz`, in the run's temporary folder). */
    tarball: string;
    /** The package's run-time dependencies (and theirs), packed: name → absolute path of the tarball. */
    dependencies: Record<string, string>;
  }
}
