import { defineConfig } from "tsup";

export default defineConfig({
  entry: {
    index: "src/index.ts",
    schema: "src/schema.ts",
    cli: "src/cli/main.ts",
  },
  format: ["esm", "cjs"],
  dts: { entry: { index: "src/index.ts", schema: "src/schema.ts" } },
  platform: "neutral",
  target: "es2022",
  treeshake: true,
  splitting: false,
  sourcemap: false,
  clean: true,
  outDir: "dist",
});
