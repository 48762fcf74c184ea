import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { defineConfig, type Options } from "tsup";

/**
 * The library entries: each to ESM `.js` and CJS `.cjs`, with `.d.ts` and
 * `.d.cts`. Add a later entry here and in `package.json` (`exports`,
 * `typesVersions`); test/packaging checks both agree.
 */
export const libraryEntries = {
  index: "src/index.ts",
  schema: "src/schema.ts",
} as const;

const FREEZE = "Object.freeze(module.exports);\n";

/** Ends every library entry's `.cjs` in `outDir` with {@link FREEZE} (once). */
async function freezeCommonJsExports(outDir: string): Promise<void> {
  for (const name of Object.keys(libraryEntries)) {
    const file = join(outDir, `${name}.cjs`);
    const text = await readFile(file, "utf8");
    if (!text.endsWith(FREEZE)) await writeFile(file, `${text.replace(/\n*$/, "\n")}${FREEZE}`);
  }
}

const common = {
  platform: "neutral",
  target: "es2022",
  treeshake: true,
  splitting: false,
  sourcemap: false,
  outDir: "dist",
  // The main entry imports nothing at run time (the periods compute on
  // Date.UTC day numbers since 0.3.0; date-fns is gone). zod stays external:
  // only ./schema imports it.
  // Not minified: esbuild's minifier drops the `/* @__PURE__ */` annotations
  // that let an app's bundler leave out every constant it does not use
  // (test/packaging/budgets.test.ts). Minifying would cut the main entry's
  // import by about a tenth (callgrind), not worth a bundle of every figure.
} satisfies Options;

// a function of the command line's options: `--out-dir` (the reproducible-build
// test builds elsewhere) decides where the CommonJS files are frozen
export default defineConfig((overrides) => [
  {
    ...common,
    entry: libraryEntries,
    format: ["esm", "cjs"],
    dts: { entry: libraryEntries },
    // CommonJS as immutable as ESM (whose namespace objects the language
    // freezes): the exports object is frozen once filled, so no module can
    // replace a function, reassign DATA_VERSION or delete an export for every
    // later require. Appended after the build (tsup's tree-shaking pass writes
    // the `exports.x = x` lines after any `footer`); the ESM files and the
    // .d.ts are untouched.
    onSuccess: () => freezeCommonJsExports(overrides.outDir ?? common.outDir),
    // The CLI config below writes dist/cli.js concurrently: keep it.
    clean: ["!cli.js"],
  },
  {
    // The command line: ESM only, `dist/cli.js` (bin), a client of the public API.
    ...common,
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    dts: false,
    clean: false,
    // Node's built-ins (`node:util`) stay imports, written as such: Node, Deno
    // and Bun all resolve the `node:` form
    external: [/^node:/],
    removeNodeProtocol: false,
  },
]);
