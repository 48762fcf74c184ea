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
  // date-fns functions (imported one path each) are bundled into the build, so
  // the main entry is a single module file at run time (see `npm run bench`).
  // zod stays external: only the `./schema` entry imports it.
  noExternal: [/^date-fns\//],
  external: ["zod"],
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
  },
]);
