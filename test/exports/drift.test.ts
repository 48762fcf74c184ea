import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readDataSet } from "../../scripts/generators/_dataset.js";
import { readParquet } from "../../scripts/generators/_duckdb.js";
import { csvTable, jsonTable } from "../../scripts/generators/_tables.js";
import { generate, parquetMatches } from "../../scripts/generators/exports.js";
import {
  conflicts,
  observations,
  releases,
  toCsv,
  toJson,
  toNdjson,
  toTidyRows,
} from "../../src/index.js";
import { tidyFields } from "../../src/schema.js";

const root = join(import.meta.dirname, "..", "..");
const dir = join(root, "data", "exports");
const read = (name: string): string => readFileSync(join(dir, name), "utf8");

/** What the package API gives for every release: what the command line's `export` prints. */
const options = { releases, conflicts };

describe("data/exports is what the generator makes from data/ now", () => {
  it("every text file equals a fresh generation byte for byte", async () => {
    const files = await generate();
    const text = files.filter((f) => f.encoding !== "base64");
    expect(text.map((f) => f.path.replace("data/exports/", "")).sort()).toEqual([
      "README.md",
      "conflicts.csv",
      "conflicts.json",
      "datapackage.json",
      "indicators.csv",
      "indicators.json",
      "observation.schema.json",
      "observations.csv",
      "observations.json",
      "observations.ndjson",
      "release.json",
      "release.schema.json",
      "releases.csv",
      "releases.json",
    ]);
    for (const file of text) {
      expect(readFileSync(join(root, file.path), "utf8"), file.path).toBe(file.content);
    }
  });

  it("the Parquet file reads back (DuckDB) as exactly the rows of observations.json", async () => {
    const rows = JSON.parse(read("observations.json")) as unknown[];
    const back = await readParquet(join(dir, "observations.parquet"));
    expect(back).toEqual(rows);
    expect(back).toHaveLength(observations.length);
    expect(
      await parquetMatches(join(dir, "observations.parquet"), toTidyRows(observations, options)),
    ).toBe(true);
  });

  it("a Parquet file with other rows is not taken as current", async () => {
    const rows = toTidyRows(observations, options);
    const changed = rows.map((r, i) => (i === 0 ? { ...r, value: 74.73 } : r));
    expect(await parquetMatches(join(dir, "observations.parquet"), changed)).toBe(false);
    const relisted = rows.map((r, i) => (i === 0 ? { ...r, conflicts: ["x"] } : r));
    expect(await parquetMatches(join(dir, "observations.parquet"), relisted)).toBe(false);
    expect(await parquetMatches(join(dir, "missing.parquet"), rows)).toBe(false);
  });

  it("datapackage.json gives every file's true size and sha256", () => {
    const pkg = JSON.parse(read("datapackage.json")) as {
      resources: { path: string; bytes: number; hash: string }[];
    };
    expect(pkg.resources).toHaveLength(13);
    for (const r of pkg.resources) {
      const bytes = readFileSync(join(dir, r.path));
      expect(r.bytes, r.path).toBe(bytes.length);
      expect(r.hash, r.path).toBe(`sha256:${createHash("sha256").update(bytes).digest("hex")}`);
    }
  });
});

describe("the observation files are what the package API makes for every release", () => {
  it("toCsv, toJson and toNdjson of `observations` with `{ releases, conflicts }` give the shipped bytes", () => {
    expect(toCsv(observations, options)).toBe(read("observations.csv"));
    expect(toJson(observations, options)).toBe(read("observations.json"));
    expect(toNdjson(observations, options)).toBe(read("observations.ndjson"));
  });

  it("every observation of every release, in the order of `observations` (release order, then source order)", () => {
    const rows = JSON.parse(read("observations.json")) as { id: string; release: string }[];
    expect(rows).toHaveLength(observations.length);
    expect(rows.map((r) => r.id)).toEqual(observations.map((o) => o.id));
    expect(new Set(rows.map((r) => r.release))).toEqual(new Set(releases.map((r) => r.id)));
    // release by release, in the order of `releases`
    const order = releases.map((r) => r.id);
    const positions = rows.map((r) => order.indexOf(r.release));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(read("observations.csv").split("\r\n")).toHaveLength(observations.length + 2); // header, the rows, final empty piece
    expect(read("observations.ndjson").trimEnd().split("\n")).toHaveLength(observations.length);
  });

  it("the package's releases and conflicts are the canonical data's (the generator reads data/)", () => {
    const data = readDataSet();
    expect(JSON.parse(JSON.stringify(releases))).toEqual(
      JSON.parse(JSON.stringify(data.releases.map((r) => r.release))),
    );
    expect(JSON.parse(JSON.stringify(conflicts))).toEqual(
      JSON.parse(JSON.stringify(data.conflicts)),
    );
    expect(observations.map((o) => o.id)).toEqual(data.observations.map((o) => o.id));
  });

  it("the generator's table writers follow toCsv and toJson exactly (so every table has one convention)", () => {
    const rows = toTidyRows(observations, options);
    expect(csvTable(tidyFields, rows)).toBe(toCsv(observations, options));
    expect(jsonTable(tidyFields, rows)).toBe(toJson(observations, options));
  });
});
