import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { duckdbColumns, queryJson, sqlString } from "../../scripts/generators/_duckdb.js";
import { tidyFields } from "../../src/schema.js";
import { hasPandas, needSystem } from "../_system.js";
import { exportsDir as dir, type Field, readJsonRows, resource, TABLES } from "./_tables.js";

/*
 * Each file of data/exports read by the clients researchers use, pandas and
 * DuckDB, asserting the column TYPES each reader gets, not only the values.
 * The expected types are written out here (the contract), not derived from
 * datapackage.json: a wrong declaration there fails these tests.
 *
 * pandas reads the CSV, JSON and NDJSON files with the types datapackage.json
 * declares. It cannot read the Parquet file here: pandas needs pyarrow or
 * fastparquet for Parquet, and Debian (bookworm) packages neither, so the
 * Parquet file is read by DuckDB only.
 */

/** The rows of observations.json: what every other file must hold. */
const rows = readJsonRows("observations.json");

/** pandas' dtype of each observation column, reading with the declared types. */
const PANDAS_OBSERVATIONS: Record<string, string> = {
  ...Object.fromEntries(
    [
      "id",
      "release",
      "release_version",
      "data_version",
      "indicator",
      "kind",
      "name_vi",
      "name_en",
      "published",
      "comparator",
      "unit",
      "period",
      "period_type",
      "as_of",
      "as_of_basis",
      "status",
      "status_sdmx",
      "area_units",
      "area_code",
      "figure",
      "published_at",
      "published_at_basis",
      "publication_role",
      "term",
      "population",
      "missing_published",
      "change_of",
      "change_basis",
      "change_direction",
      "change_unit",
      "target_comparator",
      "target_progress",
      "share_of",
      "quote",
      "note_vi",
      "note_en",
      "source",
      "source_url",
      "source_printed_by",
      "publisher",
    ].map((n) => [n, "string"]),
  ),
  value: "float64",
  lower: "float64",
  upper: "float64",
  decimals: "Int64",
  scale: "Int64",
  part: "Int64",
  whole: "Int64",
  target_year: "Int64",
  as_of_order: "Int64",
  vintage: "Int64",
  is_latest_vintage: "boolean",
  lower_inclusive: "boolean",
  upper_inclusive: "boolean",
  approximate: "boolean",
  as_of_start: "datetime64[ns]",
  as_of_end: "datetime64[ns]",
  known_from: "datetime64[ns]",
  source_accessed: "datetime64[ns]",
  missing: "object",
  conflicts: "object",
};

/** DuckDB's type of each column of observations.parquet, in order: `DESCRIBE` as it prints them. */
const PARQUET_OBSERVATIONS: readonly [string, string][] = [
  ["id", "VARCHAR"],
  ["release", "VARCHAR"],
  ["release_version", "VARCHAR"],
  ["data_version", "VARCHAR"],
  ["indicator", "VARCHAR"],
  ["kind", "VARCHAR"],
  ["name_vi", "VARCHAR"],
  ["name_en", "VARCHAR"],
  ["value", "DOUBLE"],
  ["published", "VARCHAR"],
  ["comparator", "VARCHAR"],
  ["decimals", "INTEGER"],
  ["scale", "INTEGER"],
  ["unit", "VARCHAR"],
  ["period", "VARCHAR"],
  ["period_type", "VARCHAR"],
  ["as_of", "VARCHAR"],
  ["as_of_start", "DATE"],
  ["as_of_end", "DATE"],
  ["as_of_basis", "VARCHAR"],
  ["as_of_order", "INTEGER"],
  ["status", "VARCHAR"],
  ["status_sdmx", "VARCHAR"],
  ["area_units", "VARCHAR"],
  ["area_code", "VARCHAR"],
  ["figure", "VARCHAR"],
  ["published_at", "VARCHAR"],
  ["published_at_basis", "VARCHAR"],
  ["known_from", "DATE"],
  ["vintage", "INTEGER"],
  ["publication_role", "VARCHAR"],
  ["is_latest_vintage", "BOOLEAN"],
  ["term", "VARCHAR"],
  ["part", "INTEGER"],
  ["whole", "INTEGER"],
  ["population", "VARCHAR"],
  ["missing", "VARCHAR[]"],
  ["missing_published", "VARCHAR"],
  ["change_of", "VARCHAR"],
  ["change_basis", "VARCHAR"],
  ["change_direction", "VARCHAR"],
  ["change_unit", "VARCHAR"],
  ["target_year", "INTEGER"],
  ["target_comparator", "VARCHAR"],
  ["target_progress", "VARCHAR"],
  ["share_of", "VARCHAR"],
  ["lower", "DOUBLE"],
  ["lower_inclusive", "BOOLEAN"],
  ["upper", "DOUBLE"],
  ["upper_inclusive", "BOOLEAN"],
  ["approximate", "BOOLEAN"],
  ["quote", "VARCHAR"],
  ["note_vi", "VARCHAR"],
  ["note_en", "VARCHAR"],
  ["conflicts", "VARCHAR[]"],
  ["source", "VARCHAR"],
  ["source_url", "VARCHAR"],
  ["source_printed_by", "VARCHAR"],
  ["source_accessed", "DATE"],
  ["publisher", "VARCHAR"],
];

/** pandas' dtypes of the other tables, reading with the declared types. */
const PANDAS_TABLES: Record<string, Record<string, string>> = {
  releases: {
    id: "string",
    version: "string",
    title_vi: "string",
    title_en: "string",
    period: "string",
    publisher: "string",
    publisher_name_vi: "string",
    publisher_name_en: "string",
    printed_by: "string",
    url: "string",
    page_date: "string",
    event_name_vi: "string",
    event_name_en: "string",
    event_date: "datetime64[ns]",
    event_source_url: "string",
    seen: "string",
    quotes: "boolean",
    compiled: "datetime64[ns]",
    observations: "Int64",
  },
  indicators: {
    id: "string",
    name_vi: "string",
    name_en: "string",
    unit: "string",
    subject: "string",
    measures_vi: "string",
    measures_en: "string",
    non_decreasing: "boolean",
    related: "object",
    terms: "object",
  },
  conflicts: {
    id: "string",
    kind: "string",
    field: "string",
    description_vi: "string",
    description_en: "string",
    observations: "object",
    releases: "object",
  },
};

/** The columns of a table that are lists (arrays in its JSON twin). */
function listsOf(table: (typeof TABLES)[number]): string[] {
  return resource(table.json)
    .schema.fields.filter((f) => f.type === "array")
    .map((f) => f.name);
}

interface PandasResult {
  columns: string[];
  dtypes: Record<string, string>;
  pytypes: Record<string, string[]>;
  values: Record<string, unknown[]>;
}

/** What pandas makes of one file, read with the types its resource declares. */
function pandasRead(name: string, lists: readonly string[]): PandasResult {
  const r = resource(name);
  const spec = {
    path: join(dir, r.path),
    format: r.format,
    fields: r.schema.fields.map((f: Field) => ({ name: f.name, type: f.type })),
    lists,
    delimiter: ";",
    missingValues: r.schema.missingValues,
  };
  const run = spawnSync(
    "/usr/bin/python3",
    [join(import.meta.dirname, "_pandas_read.py"), JSON.stringify(spec)],
    { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  expect(run.stderr, name).toBe("");
  expect(run.status, name).toBe(0);
  return JSON.parse(run.stdout) as PandasResult;
}

/** The values of a JSON table by column, as a CSV reader gets them (an empty list is an empty cell). */
function columnsOf(
  json: readonly Record<string, unknown>[],
  names: readonly string[],
  csv: boolean,
): Record<string, unknown[]> {
  return Object.fromEntries(
    names.map((n) => [
      n,
      json.map((row) => {
        const v = row[n];
        return csv && Array.isArray(v) && v.length === 0 ? null : v;
      }),
    ]),
  );
}

describe("pandas reads each table with the types datapackage.json declares", () => {
  const observations = TABLES[0];

  it.for(["observations", "observations-json", "observations-ndjson"])(
    "%s: dtypes string, float64, Int64, boolean, datetime64[ns], and lists of strings",
    (name, ctx) => {
      needSystem(ctx, "pandas", hasPandas(), "apt-get install python3-pandas");
      const got = pandasRead(name, name === "observations" ? listsOf(observations) : []);
      const csv = name === "observations";
      expect(got.columns).toEqual(tidyFields.map((f) => f.name));
      expect(got.dtypes).toEqual(PANDAS_OBSERVATIONS);
      // integers are Python ints (never 54.0), codes strings with their zeros, lists of str
      expect(got.pytypes.part).toEqual(["int"]);
      expect(got.pytypes.target_year).toEqual(["int"]);
      expect(got.pytypes.scale).toEqual(["int"]);
      expect(got.pytypes.is_latest_vintage).toEqual(["bool"]);
      expect(got.pytypes.vintage).toEqual(["int"]);
      expect(got.pytypes.missing).toEqual(["list[str]"]);
      expect(got.pytypes.conflicts).toEqual(csv ? ["list[str]"] : ["list[]", "list[str]"]);
      expect(got.pytypes.as_of).toEqual(["str"]);
      expect(got.values.missing).toContainEqual(["01", "36", "67"]);
      expect(got.values.missing).toContainEqual(["54"]);
      // every value as in observations.json (dates as their day, an empty CSV list as null)
      expect(got.values).toEqual(columnsOf(rows, got.columns, csv));
      expect(
        got.values.as_of_end?.[rows.findIndex((r) => r.id === "community-tech-teams-2024-09")],
      ).toBe("2024-09-30");
    },
  );

  it.for(TABLES.slice(1))("$csv and $json: dtypes as declared", ({ name, csv, json }, ctx) => {
    needSystem(ctx, "pandas", hasPandas(), "apt-get install python3-pandas");
    const table = TABLES.find((t) => t.name === name) as (typeof TABLES)[number];
    const expected = PANDAS_TABLES[name];
    const jsonRows = readJsonRows(resource(json).path);
    for (const [file, lists] of [
      [name, listsOf(table)],
      [json, []],
    ] as const) {
      const got = pandasRead(file, lists);
      expect(got.dtypes, csv).toEqual(expected);
      expect(got.values, file).toEqual(columnsOf(jsonRows, got.columns, file === name));
      for (const list of listsOf(table)) {
        for (const t of got.pytypes[list] ?? []) expect(["list[str]", "list[]"], file).toContain(t);
      }
    }
  });
});

describe("DuckDB reads each file; DESCRIBE gives the declared types", () => {
  const path = (name: string) => sqlString(join(dir, name));
  const describeTypes = async (from: string): Promise<[string, string][]> =>
    (await queryJson(`DESCRIBE SELECT * FROM ${from}`)).map((t) => [
      String(t.column_name),
      String(t.column_type),
    ]);
  /** The DuckDB types of a file read with the `columns` its resource declares. */
  const declared = (name: string): string => {
    const r = resource(name);
    const reader = r.format === "csv" ? "read_csv" : "read_json";
    const options =
      r.format === "csv"
        ? "header = true"
        : `format = '${r.format === "ndjson" ? "newline_delimited" : "array"}'`;
    return `${reader}(${path(r.path)}, ${options}, columns = ${duckdbColumns(r.schema.fields)})`;
  };

  it("observations.parquet: DATE, INTEGER, DOUBLE, BOOLEAN, VARCHAR and VARCHAR[] columns", async () => {
    expect(await describeTypes(`read_parquet(${path("observations.parquet")})`)).toEqual(
      PARQUET_OBSERVATIONS,
    );
  });

  it("observations.json and .ndjson read with the declared columns: the Parquet file's types", async () => {
    for (const name of ["observations-json", "observations-ndjson"]) {
      expect(await describeTypes(declared(name)), name).toEqual(PARQUET_OBSERVATIONS);
    }
  });

  it("observations.csv read with the declared columns: the same, lists as `;`-joined VARCHAR that string_split makes VARCHAR[]", async () => {
    const csvTypes = PARQUET_OBSERVATIONS.map(([n, t]): [string, string] => [
      n,
      t === "VARCHAR[]" ? "VARCHAR" : t,
    ]);
    expect(await describeTypes(declared("observations"))).toEqual(csvTypes);
    const split = `(SELECT * REPLACE (string_split(missing, ';') AS missing, coalesce(string_split(conflicts, ';'), []) AS conflicts) FROM ${declared("observations")})`;
    expect(await describeTypes(split)).toEqual(PARQUET_OBSERVATIONS);
  });

  it("with no schema at all (DuckDB's own detection), JSON, NDJSON and CSV keep dates DATE, codes text and lists lists", async () => {
    const auto: Record<string, string> = Object.fromEntries(
      PARQUET_OBSERVATIONS.map(([n, t]) => [n, t === "INTEGER" ? "BIGINT" : t]),
    );
    for (const from of [
      path("observations.json"),
      `read_json(${path("observations.ndjson")}, format = 'newline_delimited')`,
    ]) {
      expect(Object.fromEntries(await describeTypes(from)), from).toEqual(auto);
    }
    const csv = Object.fromEntries(await describeTypes(path("observations.csv")));
    expect(csv).toEqual({ ...auto, missing: "VARCHAR", conflicts: "VARCHAR" });
  });

  it("every format holds the same rows: the Parquet file and the typed JSON, NDJSON and CSV read back as observations.json", async () => {
    const back = async (from: string) => queryJson(`SELECT * FROM ${from}`);
    const expected = rows;
    expect(await back(`read_parquet(${path("observations.parquet")})`)).toEqual(expected);
    expect(await back(declared("observations-json"))).toEqual(expected);
    expect(await back(declared("observations-ndjson"))).toEqual(expected);
    const csv = await back(
      `(SELECT * REPLACE (string_split(missing, ';') AS missing, coalesce(string_split(conflicts, ';'), []) AS conflicts) FROM ${declared("observations")})`,
    );
    expect(csv).toEqual(expected);
  });

  it.each(TABLES.slice(1))(
    "$csv and $json read with their declared columns: the same rows, the declared types",
    async ({ name, json }) => {
      const jsonTypes = await describeTypes(declared(json));
      const fields = resource(json).schema.fields;
      const want: Record<string, string> = {
        string: "VARCHAR",
        integer: "INTEGER",
        boolean: "BOOLEAN",
        date: "DATE",
        array: "VARCHAR[]",
      };
      expect(jsonTypes).toEqual(fields.map((f) => [f.name, want[f.type]]));
      expect(await describeTypes(declared(name))).toEqual(
        jsonTypes.map(([n, t]) => [n, t === "VARCHAR[]" ? "VARCHAR" : t]),
      );
      const lists = fields.filter((f) => f.type === "array").map((f) => f.name);
      const split =
        lists.length === 0
          ? declared(name)
          : `(SELECT * REPLACE (${lists.map((l) => `coalesce(string_split(${l}, ';'), []) AS ${l}`).join(", ")}) FROM ${declared(name)})`;
      const jsonRows = await queryJson(`SELECT * FROM ${declared(json)}`);
      expect(await queryJson(`SELECT * FROM ${split}`)).toEqual(jsonRows);
      expect(jsonRows).toEqual(readJsonRows(resource(json).path));
    },
  );

  it("a SQL query gives the same answer over the Parquet, CSV and JSON files, with no schema given", async () => {
    const sql = (from: string) =>
      `SELECT count(*)::INTEGER AS n, sum(value) AS total, count(upper)::INTEGER AS bounded, count(*) FILTER (WHERE as_of_end >= DATE '2023-01-01')::INTEGER AS since2023, count(*) FILTER (WHERE status = 'estimate')::INTEGER AS estimates, count(*) FILTER (WHERE is_latest_vintage)::INTEGER AS points FROM ${from}`;
    const results = await Promise.all(
      [
        `read_csv(${path("observations.csv")})`,
        `read_json(${path("observations.json")})`,
        `read_parquet(${path("observations.parquet")})`,
      ].map((from) => queryJson(sql(from))),
    );
    const total = rows.reduce((s, r) => s + (r.value as number), 0);
    for (const [r] of results) {
      expect(r?.n).toBe(rows.length);
      expect(r?.total as number).toBeCloseTo(total, 6);
      expect(r?.bounded).toBe(rows.filter((x) => x.upper !== null).length);
      expect(r?.since2023).toBe(rows.filter((x) => (x.as_of_end as string) >= "2023-01-01").length);
      expect(r?.estimates).toBe(rows.filter((x) => x.status === "estimate").length);
      expect(r?.points).toBe(rows.filter((x) => x.is_latest_vintage === true).length);
    }
  });
});
