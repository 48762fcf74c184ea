import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { DATA_VERSION, mic2023Q1, releases } from "../../src/index.js";
import { tidyFields } from "../../src/schema.js";
import { type Field, readCsv, readJsonRows, readPackage, resource, TABLES } from "./_tables.js";

const profiles = join(import.meta.dirname, "..", "fixtures", "frictionless-2.0");
const readJson = (path: string): Record<string, unknown> =>
  JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;

const pkg = readPackage();

const ajv = new Ajv({ strict: false, allErrors: true });
(addFormats as unknown as (a: Ajv) => void)(ajv);
// a user-interface hint of the profiles, not a validation format
ajv.addFormat("textarea", true);
const compiled = new Map<string, ReturnType<Ajv["compile"]>>();
function validator(profile: string): ReturnType<Ajv["compile"]> {
  let v = compiled.get(profile);
  if (!v) {
    v = ajv.compile(readJson(join(profiles, profile)));
    compiled.set(profile, v);
  }
  return v;
}

/** The observation columns that are lists (arrays of strings). */
const LISTS = tidyFields.filter((f) => f.type === "array").map((f) => f.name as string);

describe("datapackage.json (Frictionless Data Package v2)", () => {
  it("validates against the official v2 profile of a data package", () => {
    const validate = validator("datapackage.json");
    expect(validate(pkg), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it("each resource, table schema and dialect validates against its own v2 profile", () => {
    const resourceProfile = validator("dataresource.json");
    const table = validator("tableschema.json");
    const dialect = validator("tabledialect.json");
    for (const r of pkg.resources) {
      expect(resourceProfile(r), `${r.name}: ${JSON.stringify(resourceProfile.errors)}`).toBe(true);
      if (r.schema)
        expect(table(r.schema), `${r.name}: ${JSON.stringify(table.errors)}`).toBe(true);
      if (r.dialect) expect(dialect(r.dialect), JSON.stringify(dialect.errors)).toBe(true);
    }
  });

  it("a broken descriptor is refused (the validation can fail)", () => {
    const validate = validator("datapackage.json");
    expect(validate({ ...pkg, resources: [] })).toBe(false);
    expect(validate({ ...pkg, created: "6 March 2023" })).toBe(false);
    const table = validator("tableschema.json");
    expect(table({ fields: [{ name: "x", type: "string", categories: [1] }] })).toBe(false);
    // the v2 profiles have no `list` type (frictionlessdata/datapackage#1089): why CSV lists are strings
    expect(table({ fields: [{ name: "x", type: "list", delimiter: ";" }] })).toBe(false);
    expect(table({ fields: [{ name: "x", type: "array" }] })).toBe(true);
  });

  it("names the data set version, every release's source, licence, contributors and a deterministic created date", () => {
    expect(pkg.name).toBe("vn-digital-indicators");
    expect(pkg.version).toBe(DATA_VERSION);
    const latest = releases
      .map((r) => r.compiled)
      .sort()
      .at(-1);
    expect(pkg.created).toBe(`${latest}T00:00:00Z`);
    expect(pkg.description).toContain(`Data set version ${DATA_VERSION}`);
    expect(pkg.description).toContain(`${releases.length} releases`);
    expect(pkg.description).toContain("Ministry of Science and Technology");
    const sources = JSON.stringify(pkg.sources);
    for (const r of releases) {
      expect(sources, r.id).toContain(`Release ${r.id}@${r.version}.`);
      if (r.source.url) expect(sources, r.id).toContain(r.source.url);
    }
    expect(sources).toContain(mic2023Q1.event?.source.url ?? "none");
    expect((pkg.licenses as { name: string }[])[0]?.name).toBe("MIT");
    expect((pkg.contributors as unknown[]).length).toBeGreaterThan(0);
  });

  it("lists every resource: the observations in four formats, releases, indicators and conflicts, the report's record and the JSON Schemas", () => {
    expect(pkg.resources.map((r) => [r.name, r.path, r.format, r.mediatype, r.type])).toEqual([
      ["observations", "observations.csv", "csv", "text/csv", "table"],
      ["observations-json", "observations.json", "json", "application/json", "table"],
      ["observations-ndjson", "observations.ndjson", "ndjson", "application/x-ndjson", "table"],
      [
        "observations-parquet",
        "observations.parquet",
        "parquet",
        "application/vnd.apache.parquet",
        "table",
      ],
      ["releases", "releases.csv", "csv", "text/csv", "table"],
      ["releases-json", "releases.json", "json", "application/json", "table"],
      ["indicators", "indicators.csv", "csv", "text/csv", "table"],
      ["indicators-json", "indicators.json", "json", "application/json", "table"],
      ["conflicts", "conflicts.csv", "csv", "text/csv", "table"],
      ["conflicts-json", "conflicts.json", "json", "application/json", "table"],
      ["release", "release.json", "json", "application/json", undefined],
      [
        "observation-schema",
        "observation.schema.json",
        "json",
        "application/schema+json",
        undefined,
      ],
      ["release-schema", "release.schema.json", "json", "application/schema+json", undefined],
    ]);
    for (const r of pkg.resources) {
      expect(r.encoding, r.path).toBe(r.format === "parquet" ? undefined : "utf-8");
      expect(r.title.length, r.name).toBeGreaterThan(5);
      expect(r.description.length, r.name).toBeGreaterThan(30);
    }
  });

  it("types every column of every table, titled and described; a primary key `id` on each", () => {
    const types = new Set(["string", "number", "integer", "boolean", "date", "array"]);
    for (const t of pkg.resources.filter((r) => r.type === "table")) {
      const fields = t.schema?.fields ?? [];
      expect(fields.length, t.name).toBeGreaterThan(5);
      expect(t.schema?.primaryKey).toEqual(["id"]);
      for (const f of fields) {
        expect(types, `${t.name}.${f.name}: ${f.type}`).toContain(f.type);
        expect(f.title.length, f.name).toBeGreaterThan(0);
        expect(f.description.length, f.name).toBeGreaterThan(20);
      }
      // no list in a CSV file is an array column; every list of a JSON table is one
      if (t.format === "csv") expect(fields.filter((f) => f.type === "array")).toEqual([]);
    }
  });

  it("the observation tables have the tidyFields columns with the types of each format", () => {
    for (const name of [
      "observations",
      "observations-json",
      "observations-ndjson",
      "observations-parquet",
    ]) {
      const t = resource(name);
      const byName = new Map(t.schema.fields.map((f) => [f.name, f]));
      expect([...byName.keys()], name).toEqual(tidyFields.map((f) => f.name));
      const type = (n: string) => byName.get(n)?.type;
      expect(["as_of_start", "as_of_end", "known_from", "source_accessed"].map(type), name).toEqual(
        Array(4).fill("date"),
      );
      expect(type("as_of"), name).toBe("string");
      expect(
        ["decimals", "scale", "part", "whole", "target_year", "as_of_order", "vintage"].map(type),
        name,
      ).toEqual(Array(7).fill("integer"));
      expect(["value", "lower", "upper"].map(type), name).toEqual(Array(3).fill("number"));
      expect(
        ["is_latest_vintage", "lower_inclusive", "upper_inclusive", "approximate"].map(type),
        name,
      ).toEqual(Array(4).fill("boolean"));
      for (const list of LISTS) {
        const f = byName.get(list) as Field;
        if (t.format === "csv") {
          expect(f.type, list).toBe("string");
          expect(f.constraints?.pattern, list).toBe("[^;]+(;[^;]+)*");
          expect(f.description, list).toContain("joined by `;`");
        } else {
          expect(f.type, list).toBe("array");
          expect(f.constraints?.jsonSchema, list).toEqual({
            type: "array",
            items: { type: "string" },
          });
        }
      }
      expect(t.schema.foreignKeys).toEqual([
        { fields: ["release"], reference: { resource: "releases", fields: ["id"] } },
        { fields: ["indicator"], reference: { resource: "indicators", fields: ["id"] } },
      ]);
      const comparator = byName.get("comparator");
      expect(comparator?.categories?.map((c) => c.value)).toEqual([
        "eq",
        "approx",
        "gt",
        "gte",
        "nearly",
      ]);
      expect(byName.get("unit")?.categories?.map((c) => c.value)).toContain("percent");
      expect(byName.get("value")?.description).toContain("units of `unit`");
      expect(byName.get("as_of")?.description).toContain("2023-03-06");
      expect(byName.get("as_of_end")?.description).toContain("2024-09-30");
    }
  });

  it("the releases, indicators and conflicts tables type their columns (lists as arrays in JSON)", () => {
    const types = (name: string) =>
      Object.fromEntries(resource(name).schema.fields.map((f) => [f.name, f.type]));
    expect(types("releases-json")).toMatchObject({
      id: "string",
      version: "string",
      title_vi: "string",
      title_en: "string",
      publisher: "string",
      printed_by: "string",
      url: "string",
      page_date: "string",
      event_name_vi: "string",
      event_date: "date",
      seen: "string",
      quotes: "boolean",
      compiled: "date",
      observations: "integer",
    });
    expect(types("indicators-json")).toMatchObject({
      id: "string",
      unit: "string",
      subject: "string",
      non_decreasing: "boolean",
      related: "array",
      terms: "array",
    });
    expect(types("conflicts-json")).toEqual({
      id: "string",
      kind: "string",
      field: "string",
      description_vi: "string",
      description_en: "string",
      observations: "array",
      releases: "array",
    });
    expect(types("conflicts")).toMatchObject({ observations: "string", releases: "string" });
  });
});

/** Whether a CSV cell conforms to its field (a text cell is read by the field's type). */
function cellOk(f: Field, cell: string): string | null {
  if (f.type === "number" && !Number.isFinite(Number(cell))) return "not a number";
  if (f.type === "integer" && !/^-?\d+$/.test(cell)) return "not an integer";
  if (f.type === "boolean" && !["true", "false"].includes(cell)) return "not true/false";
  if (f.type === "date" && !/^\d{4}-\d{2}-\d{2}$/.test(cell)) return "not YYYY-MM-DD";
  if (f.constraints?.pattern && !new RegExp(`^(?:${f.constraints.pattern})$`).test(cell))
    return `not matching ${f.constraints.pattern}`;
  if (f.categories && !f.categories.map((c) => c.value).includes(cell)) return "not a category";
  return null;
}

/** Whether a JSON value conforms to its field. */
function valueOk(f: Field, value: unknown): string | null {
  if (f.type === "string" && typeof value !== "string") return "not a string";
  if (f.type === "number" && !Number.isFinite(value)) return "not a number";
  if (f.type === "integer" && !Number.isInteger(value)) return "not an integer";
  if (f.type === "boolean" && typeof value !== "boolean") return "not a boolean";
  if (
    f.type === "date" &&
    (typeof value !== "string" ||
      !/^\d{4}-\d{2}-\d{2}$/.test(value) ||
      Number.isNaN(Date.parse(value)))
  )
    return "not an ISO date";
  if (f.type === "array") {
    if (!Array.isArray(value)) return "not an array";
    const schema = f.constraints?.jsonSchema;
    if (schema && !ajv.validate(schema, value)) return "not an array of its item type";
  }
  if (f.categories && !f.categories.map((c) => c.value).includes(value as string))
    return "not a category";
  return null;
}

describe("every cell conforms to its declared field", () => {
  it.each(TABLES)("$csv: type, category, pattern, required", ({ name, csv, rows }) => {
    const fields = resource(name).schema.fields;
    const records = readCsv(csv);
    expect(records).toHaveLength(rows);
    const bad: string[] = [];
    for (const rec of records) {
      expect(Object.keys(rec)).toEqual(fields.map((f) => f.name));
      for (const f of fields) {
        const cell = rec[f.name] ?? "";
        const where = `${rec.id}.${f.name} = ${JSON.stringify(cell)}`;
        if (cell === "") {
          if (f.constraints?.required) bad.push(`${where}: empty but required`);
          continue;
        }
        const why = cellOk(f, cell);
        if (why) bad.push(`${where}: ${why}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it.each(TABLES)("$json: JSON types, category, required", ({ json, rows }) => {
    const r = resource(json);
    const fields = r.schema.fields;
    const records = readJsonRows(r.path);
    expect(records).toHaveLength(rows);
    const bad: string[] = [];
    for (const rec of records) {
      expect(Object.keys(rec)).toEqual(fields.map((f) => f.name));
      for (const f of fields) {
        const value = rec[f.name];
        const where = `${rec.id}.${f.name} = ${JSON.stringify(value)}`;
        if (value === null) {
          if (f.constraints?.required) bad.push(`${where}: null but required`);
          continue;
        }
        const why = valueOk(f, value);
        if (why) bad.push(`${where}: ${why}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it("the checks can fail: a float code, a code as a number, a day that is a month, a list as text", () => {
    const field = (name: string) =>
      resource("observations-json").schema.fields.find((f) => f.name === name) as Field;
    expect(valueOk(field("missing"), ["54"])).toBeNull();
    expect(valueOk(field("missing"), [54])).not.toBeNull();
    expect(valueOk(field("missing"), "54")).not.toBeNull();
    expect(valueOk(field("part"), 62.5)).not.toBeNull();
    expect(valueOk(field("as_of_end"), "2024-09")).not.toBeNull();
    const csvField = (name: string) =>
      resource("observations").schema.fields.find((f) => f.name === name) as Field;
    expect(cellOk(csvField("missing"), "01;36;67")).toBeNull();
    expect(cellOk(csvField("missing"), "01;;67")).not.toBeNull();
    expect(cellOk(csvField("part"), "62.0")).not.toBeNull();
  });

  it.each(TABLES)(
    "$csv and its JSON twin hold the same rows (a CSV list split on `;`)",
    ({ name, csv, json }) => {
      const fields = resource(json).schema.fields;
      const text = readCsv(csv);
      const rows = readJsonRows(resource(json).path);
      const asCsv = rows.map((row) =>
        Object.fromEntries(
          fields.map((f) => {
            const v = row[f.name];
            return [f.name, v === null ? "" : Array.isArray(v) ? v.join(";") : String(v)];
          }),
        ),
      );
      expect(text, name).toEqual(asCsv);
    },
  );

  it("the keys hold: ids unique, every observation's release and indicator listed, every conflict's observations and releases known", () => {
    const ids = (csv: string) => readCsv(csv).map((r) => r.id ?? "");
    for (const { csv } of TABLES) expect(new Set(ids(csv)).size, csv).toBe(ids(csv).length);
    const releaseIds = new Set(ids("releases.csv"));
    const indicatorIds = new Set(ids("indicators.csv"));
    const observationIds = new Set(ids("observations.csv"));
    const observationRows = readJsonRows("observations.json");
    for (const o of observationRows) {
      expect(releaseIds, String(o.id)).toContain(o.release);
      expect(indicatorIds, String(o.id)).toContain(o.indicator);
    }
    for (const c of readJsonRows("conflicts.json")) {
      for (const o of c.observations as string[]) expect(observationIds).toContain(o);
      for (const r of c.releases as string[]) expect(releaseIds).toContain(r);
    }
    for (const i of readJsonRows("indicators.json")) {
      for (const r of i.related as string[]) expect(indicatorIds).toContain(r);
    }
    // each release's count is its rows
    for (const r of readJsonRows("releases.json")) {
      expect(observationRows.filter((o) => o.release === r.id).length, String(r.id)).toBe(
        r.observations,
      );
    }
  });
});
