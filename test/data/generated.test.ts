import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { generateAll, staleFiles } from "../../scripts/generate.js";
import type { GeneratedFile } from "../../scripts/generators/_shared.js";
import { DATA_VERSION, mic2023Q1, VERSION } from "../../src/index.js";

const root = join(import.meta.dirname, "..", "..");

/** What every generator makes, run once for the file (they are slow). */
let files: GeneratedFile[] = [];

beforeAll(async () => {
  files = await generateAll();
});

describe("generated modules", () => {
  it("are what scripts/generate.ts makes from data/ now", async () => {
    expect(await staleFiles(files)).toEqual([]);
  });

  it("each carries the do-not-edit header", () => {
    for (const file of files) {
      if (file.path.endsWith(".ts"))
        expect(file.content.startsWith("// generated — do not edit.")).toBe(true);
    }
  });

  it("the version the code reports is the package's; DATA_VERSION is the data set's (data/dataset.json)", () => {
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
    expect(VERSION).toBe(pkg.version);
    const dataset = JSON.parse(readFileSync(join(root, "data", "dataset.json"), "utf8")) as {
      version: string;
    };
    expect(DATA_VERSION).toBe(dataset.version);
    expect(DATA_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
    // each release keeps its own version; the report's is still its first
    expect(mic2023Q1.version).toBe("1.0.0");
  });
});
