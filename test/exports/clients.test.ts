import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { duckdbColumns, queryJson, sqlString } from "../../scripts/generators/_duckdb.js";
import { observations as allObservations, mic2023Q1, toTidyRows } from "../../src/index.js";
import { tidyFields } from "../../src/schema.js";
import { hasPandas, needSystem } from "../_system.js";

/** The Q1/2023 report's figures (what the exports and charts show). */
const observations = allObservations.filter((o) => o.release === "mic-2023-q1");

const dir = join(import.meta.dirname, "..", "..", "data", "exports");
const rows = toTidyRows(observations, { release: mic2023Q1 });

describe("pandas reads observations.csv", () => {
  it("gets the same ids, values as floats, and text with Vietnamese diacritics intact", (ctx) => {
    needSystem(ctx, "pandas", hasPandas(), "apt-get install python3-pandas");
    const script = [
      "import json, sys",
      "import pandas as pd",
      "df = pd.read_csv(sys.argv[1], dtype={'missing': str})",
      "print(json.dumps({",
      "  'ids': df['id'].tolist(),",
      "  'values': df['value'].tolist(),",
      "  'value_dtype': str(df['value'].dtype),",
      "  'lower': df['lower'].tolist(),",
      "  'upper': [None if pd.isna(u) else u for u in df['upper']],",
      "  'published': df['published'].tolist(),",
      "  'name_vi': df['name_vi'].tolist(),",
      "  'quote': df['quote'].tolist(),",
      "  'missing': [None if pd.isna(m) else m for m in df['missing']],",
      "  'columns': df.columns.tolist(),",
      "}, ensure_ascii=False))",
    ].join("\n");
    const r = spawnSync("/usr/bin/python3", ["-c", script, join(dir, "observations.csv")], {
      encoding: "utf8",
    });
    expect(r.stderr).toBe("");
    const got = JSON.parse(r.stdout) as Record<string, unknown[]>;
    expect(got.columns).toEqual(tidyFields.map((f) => f.name));
    expect(got.ids).toEqual(rows.map((x) => x.id));
    expect(got.value_dtype).toBe("float64");
    expect(got.values).toEqual(rows.map((x) => x.value));
    expect(got.lower).toEqual(rows.map((x) => x.lower));
    expect(got.upper).toEqual(rows.map((x) => x.upper));
    expect(got.published).toEqual(rows.map((x) => x.published));
    expect(got.name_vi).toEqual(rows.map((x) => x.name_vi));
    expect(got.quote).toEqual(rows.map((x) => x.quote));
    expect(got.missing).toEqual(rows.map((x) => x.missing));
    expect(got.published).toContain("tối thiểu 860 triệu");
    expect(got.name_vi?.[0]).toBe("Tỷ lệ dịch vụ công trực tuyến mức độ toàn trình đủ điều kiện");
  });
});

describe("DuckDB reads the CSV, the JSON and the Parquet file", () => {
  const query = (from: string) =>
    `SELECT id, value, comparator, lower, upper, as_of, name_vi, part, whole FROM ${from} WHERE comparator <> 'eq' OR kind = 'partOfWhole' ORDER BY id`;
  const expected = rows
    .filter((r) => r.comparator !== "eq" || r.kind === "partOfWhole")
    .map((r) => ({
      id: r.id,
      value: r.value,
      comparator: r.comparator,
      lower: r.lower,
      upper: r.upper,
      as_of: r.as_of,
      name_vi: r.name_vi,
      part: r.part,
      whole: r.whole,
    }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));

  it("a SQL query over each returns the same values", async () => {
    const path = (name: string) => sqlString(join(dir, name));
    const sources = {
      csv: `read_csv(${path("observations.csv")}, header = true, columns = ${duckdbColumns(tidyFields)})`,
      csvAuto: `read_csv(${path("observations.csv")})`,
      json: `read_json(${path("observations.json")})`,
      ndjson: `read_json(${path("observations.ndjson")}, format = 'newline_delimited')`,
      parquet: `read_parquet(${path("observations.parquet")})`,
    };
    expect(expected.length).toBe(11);
    for (const [name, from] of Object.entries(sources)) {
      const got = await queryJson(query(from));
      expect(
        got.map((g) => ({
          ...g,
          part: g.part === null ? null : Number(g.part),
          whole: g.whole === null ? null : Number(g.whole),
        })),
        name,
      ).toEqual(expected);
    }
  });

  it("the Parquet file carries the column types (DOUBLE, INTEGER, BOOLEAN, DATE)", async () => {
    const types = await queryJson(
      `SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet(${sqlString(join(dir, "observations.parquet"))}))`,
    );
    const byName = Object.fromEntries(types.map((t) => [t.column_name, t.column_type]));
    expect(byName.value).toBe("DOUBLE");
    expect(byName.part).toBe("INTEGER");
    expect(byName.lower_inclusive).toBe("BOOLEAN");
    expect(byName.as_of).toBe("DATE");
    expect(byName.name_vi).toBe("VARCHAR");
  });

  it("sums and counts agree across formats", async () => {
    const path = (name: string) => sqlString(join(dir, name));
    const sql = (from: string) =>
      `SELECT count(*)::INTEGER AS n, sum(value) AS total, count(upper)::INTEGER AS bounded FROM ${from}`;
    const results = await Promise.all(
      [
        `read_csv(${path("observations.csv")})`,
        `read_json(${path("observations.json")})`,
        `read_parquet(${path("observations.parquet")})`,
      ].map((from) => queryJson(sql(from))),
    );
    const total = rows.reduce((s, r) => s + r.value, 0);
    for (const [r] of results) {
      expect(r?.n).toBe(23);
      expect(r?.total as number).toBeCloseTo(total, 6);
      expect(r?.bounded).toBe(rows.filter((x) => x.upper !== null).length);
    }
  });
});
