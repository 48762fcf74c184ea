import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { TestProject } from "vitest/node";

const root = join(import.meta.dirname, "..");

/**
 * Packs the built package once per test run (`npm pack` of `dist/`, as it would
 * be published) into `.tmp/pack/`, and gives its path to the tests as
 * `inject("tarball")`. `npm test` builds before vitest runs.
 */
export default function setup(project: TestProject): void {
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
}

declare module "vitest" {
  export interface ProvidedContext {
    /** The absolute path of the packed package (`.tmp/pack/vn-digital-indicators-<version>.tgz`). */
    tarball: string;
  }
}
