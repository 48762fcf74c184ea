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

const common = {
  platform: "neutral",
  target: "es2022",
  treeshake: true,
  splitting: false,
  sourcemap: false,
  outDir: "dist",
  // The few date-fns functions the periods use are bundled into dist, so the
  // main entry is one file at run time (importing ~40 date-fns module files
  // cost ~0.3x a bare Node start). This stays tree-shakable because no
  // function with side effects is used: `format` (whose en-US locale esbuild
  // cannot drop once inlined) was replaced by plain month names. zod stays
  // external: only ./schema imports it.
  noExternal: [/^date-fns(\/|$)/],
} satisfies Options;

export default defineConfig([
  {
    ...common,
    entry: libraryEntries,
    format: ["esm", "cjs"],
    dts: { entry: libraryEntries },
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
