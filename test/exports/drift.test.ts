import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readParquet } from "../../scripts/generators/_duckdb.js";
import { generate, parquetMatches } from "../../scripts/generators/exports.js";
import { observations as allObservations, mic2023Q1, toTidyRows } from "../../src/index.js";

/** The Q1/2023 report's figures (what the exports and charts show). */
const observations = allObservations.filter((o) => o.release === "mic-2023-q1");

const root = join(import.meta.dirname, "..", "..");
const dir = join(root, "data", "exports");

describe("data/exports is what the generator makes from data/ now", () => {
  it("every text file equals a fresh generation byte for byte", async () => {
    const files = await generate();
    const text = files.filter((f) => f.encoding !== "base64");
    expect(text.map((f) => f.path.replace("data/exports/", "")).sort()).toEqual([
      "README.md",
      "datapackage.json",
      "observation.schema.json",
      "observations.csv",
      "observations.json",
      "observations.ndjson",
      "release.json",
      "release.schema.json",
    ]);
    for (const file of text) {
      expect(readFileSync(join(root, file.path), "utf8"), file.path).toBe(file.content);
    }
  });

  it("the Parquet file reads back (DuckDB) as exactly the rows of observations.json", async () => {
    const rows = JSON.parse(readFileSync(join(dir, "observations.json"), "utf8")) as unknown[];
    const back = await readParquet(join(dir, "observations.parquet"));
    expect(back).toEqual(rows);
    expect(back).toHaveLength(23);
    expect(
      await parquetMatches(
        join(dir, "observations.parquet"),
        toTidyRows(observations, { release: mic2023Q1 }),
      ),
    ).toBe(true);
  });

  it("a Parquet file with other rows is not taken as current", async () => {
    const rows = toTidyRows(observations, { release: mic2023Q1 });
    const changed = rows.map((r, i) => (i === 0 ? { ...r, value: 74.73 } : r));
    expect(await parquetMatches(join(dir, "observations.parquet"), changed)).toBe(false);
    expect(await parquetMatches(join(dir, "missing.parquet"), rows)).toBe(false);
  });

  it("datapackage.json gives every file's true size and sha256", () => {
    const pkg = JSON.parse(readFileSync(join(dir, "datapackage.json"), "utf8")) as {
      resources: { path: string; bytes: number; hash: string }[];
    };
    expect(pkg.resources).toHaveLength(7);
    for (const r of pkg.resources) {
      const bytes = readFileSync(join(dir, r.path));
      expect(r.bytes, r.path).toBe(bytes.length);
      expect(r.hash, r.path).toBe(`sha256:${createHash("sha256").update(bytes).digest("hex")}`);
    }
  });

  it("each is what the public builders make", () => {
    const csv = readFileSync(join(dir, "observations.csv"), "utf8");
    expect(csv.split("\r\n")).toHaveLength(25); // header, 23 rows, final empty piece
    expect(
      readFileSync(join(dir, "observations.ndjson"), "utf8").trimEnd().split("\n"),
    ).toHaveLength(23);
  });
});
