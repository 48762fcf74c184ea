import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateAll, staleFiles } from "../../scripts/generate.js";
import { DATA_VERSION, latestRelease, VERSION } from "../../src/index.js";

const root = join(import.meta.dirname, "..", "..");

describe("generated modules", () => {
  it("are what scripts/generate.ts makes from data/ now", async () => {
    expect(await staleFiles()).toEqual([]);
  });

  it("each carries the do-not-edit header", async () => {
    for (const file of await generateAll()) {
      if (file.path.endsWith(".ts"))
        expect(file.content.startsWith("// generated — do not edit.")).toBe(true);
    }
  });

  it("the version the code reports is the package's; DATA_VERSION names the edition", () => {
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
    expect(VERSION).toBe(pkg.version);
    expect(DATA_VERSION).toBe(`${latestRelease.id}@${latestRelease.version}`);
    expect(DATA_VERSION).toBe("mic-2023-q1@1.0.0");
  });
});
