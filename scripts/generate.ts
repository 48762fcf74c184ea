/**
 * Makes every generated file from the canonical data in `data/`.
 *
 *   npm run generate            write the files
 *   tsx scripts/generate.ts --check   fail (exit 1) if any file differs
 *
 * Each module in scripts/generators/ (but those starting with `_`) exports
 * `generate(): GeneratedFile[]`; they run in name order, in two phases:
 *
 * 1. the generators of `src/generated/` (`PHASE_ONE`), which read `data/`
 *    only, never the package's code;
 * 2. the others (exports, charts, CITATION.cff …), which run the package's
 *    code (`src/index.ts`) and so read `src/generated/`.
 *
 * Writing, phase 2 runs in a new process once phase 1 is written, so that one
 * `npm run generate` after a data change (a new DATA_VERSION) writes every
 * file right: no second run.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { type GeneratedFile, root } from "./generators/_shared.js";

/** The generators of phase 1: they write `src/generated/` from `data/` alone. */
export const PHASE_ONE: readonly string[] = ["data.ts", "provinces.ts"];

/** Runs the generators of `phase` (default: both, in order) and returns what they make. */
export async function generateAll(phase?: 1 | 2): Promise<GeneratedFile[]> {
  const dir = join(root, "scripts", "generators");
  const names = readdirSync(dir)
    .filter((f) => f.endsWith(".ts") && !f.startsWith("_"))
    .filter((f) => phase === undefined || PHASE_ONE.includes(f) === (phase === 1))
    .sort((a, b) =>
      PHASE_ONE.includes(a) === PHASE_ONE.includes(b)
        ? a.localeCompare(b)
        : PHASE_ONE.includes(a)
          ? -1
          : 1,
    );
  const files: GeneratedFile[] = [];
  for (const name of names) {
    const mod = (await import(pathToFileURL(join(dir, name)).href)) as {
      generate: () => GeneratedFile[] | Promise<GeneratedFile[]>;
    };
    files.push(...(await mod.generate()));
  }
  return files;
}

/**
 * The generated files that differ from what is on disk: of `files` when given
 * (what `generateAll()` made already), else of a fresh `generateAll()`.
 */
export async function staleFiles(files?: readonly GeneratedFile[]): Promise<string[]> {
  const stale: string[] = [];
  for (const file of files ?? (await generateAll())) {
    let current: string | null = null;
    try {
      current = readFileSync(join(root, file.path), file.encoding ?? "utf8");
    } catch {
      current = null;
    }
    if (current !== file.content) stale.push(file.path);
  }
  return stale;
}

async function main(): Promise<void> {
  if (process.argv.includes("--check")) {
    const stale = await staleFiles();
    if (stale.length > 0) {
      console.error(
        `Generated files are stale; run \`npm run generate\`:\n  ${stale.join("\n  ")}`,
      );
      process.exit(1);
    }
    return;
  }
  const phase = process.argv.includes("--phase-two") ? 2 : 1;
  for (const file of await generateAll(phase)) {
    mkdirSync(dirname(join(root, file.path)), { recursive: true });
    writeFileSync(join(root, file.path), file.content, file.encoding ?? "utf8");
    console.log(`wrote ${file.path}`);
  }
  if (phase === 1) {
    // a new process: its imports of src/ read what phase 1 has just written
    const two = spawnSync(
      process.execPath,
      [...process.execArgv, ...process.argv.slice(1), "--phase-two"],
      { stdio: "inherit" },
    );
    if (two.status !== 0) process.exit(two.status ?? 1);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await main();
}
