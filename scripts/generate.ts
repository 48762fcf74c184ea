/**
 * Makes every generated file from the canonical data in `data/`.
 *
 *   npm run generate            write the files
 *   tsx scripts/generate.ts --check   fail (exit 1) if any file differs
 *
 * Each module in scripts/generators/ (but those starting with `_`) exports
 * `generate(): GeneratedFile[]`; they run in name order.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { type GeneratedFile, root } from "./generators/_shared.js";

/** Runs every generator and returns what they make. */
export async function generateAll(): Promise<GeneratedFile[]> {
  const dir = join(root, "scripts", "generators");
  const names = readdirSync(dir)
    .filter((f) => f.endsWith(".ts") && !f.startsWith("_"))
    .sort();
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
  for (const file of await generateAll()) {
    mkdirSync(dirname(join(root, file.path)), { recursive: true });
    writeFileSync(join(root, file.path), file.content, file.encoding ?? "utf8");
    console.log(`wrote ${file.path}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await main();
}
