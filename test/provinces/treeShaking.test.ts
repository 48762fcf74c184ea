import { existsSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");
const entries = {
  src: join(root, "src", "index.ts"),
  dist: join(root, "dist", "index.js"),
};

/** Bundles `import { names } from entry` and returns the minified-free output. */
async function bundle(entry: string, names: string[]): Promise<string> {
  const result = await build({
    stdin: {
      contents: `import { ${names.join(", ")} } from ${JSON.stringify(entry)};\nglobalThis.used = [${names.join(", ")}];`,
      resolveDir: root,
      loader: "js",
    },
    bundle: true,
    write: false,
    format: "esm",
    platform: "neutral",
    treeShaking: true,
    charset: "utf8",
    logLevel: "silent",
  });
  return result.outputFiles[0]?.text ?? "";
}

const PROVINCE_LIST = "Bà Rịa - Vũng Tàu"; // only in the 2023 list
const LIST_2025 = "inForceFrom"; // only in the 2025 list
const OBSERVATIONS = "Tổ Công nghệ số cộng đồng"; // only in the observations

describe("tree-shaking: a helper carries only the data it needs", () => {
  for (const [label, entry] of Object.entries(entries)) {
    it(`${label}: bounds carries no province list; getProvince no observations nor the 2025 list; successorOf no observations`, async () => {
      if (label === "dist") expect(existsSync(entry), "npm test builds dist/ first").toBe(true);
      const bounds = await bundle(entry, ["bounds"]);
      expect(bounds).toContain("function bounds");
      expect(bounds).not.toContain(PROVINCE_LIST);
      expect(bounds).not.toContain(LIST_2025);
      expect(bounds).not.toContain(OBSERVATIONS);

      const get = await bundle(entry, ["getProvince"]);
      expect(get).toContain(PROVINCE_LIST);
      expect(get).not.toContain(LIST_2025);
      expect(get).not.toContain(OBSERVATIONS);

      const succ = await bundle(entry, ["successorOf"]);
      expect(succ).toContain(LIST_2025);
      expect(succ).not.toContain(OBSERVATIONS);

      const groups = await bundle(entry, ["groupBySuccessor", "members"]);
      expect(groups).toContain(LIST_2025);
      expect(groups).not.toContain(OBSERVATIONS);
    });
  }
});
