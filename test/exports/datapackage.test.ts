import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { observations as allObservations, mic2023Q1 } from "../../src/index.js";
import { tidyFields } from "../../src/schema.js";

/** The Q1/2023 report's figures (what the exports and charts show). */
const observations = allObservations.filter((o) => o.release === "mic-2023-q1");

const root = join(import.meta.dirname, "..", "..");
const profiles = join(import.meta.dirname, "..", "fixtures", "frictionless-2.0");
const readJson = (path: string): Record<string, unknown> =>
  JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;

interface Field {
  name: string;
  type: string;
  title: string;
  description: string;
  categories?: { value: string; label: string }[];
  constraints?: { required?: boolean };
}
interface Resource {
  name: string;
  path: string;
  format: string;
  mediatype: string;
  type?: string;
  encoding?: string;
  dialect?: Record<string, unknown>;
  schema?: { fields: Field[]; primaryKey: string[] };
}
const pkg = readJson(join(root, "data", "exports", "datapackage.json")) as Record<
  string,
  unknown
> & { resources: Resource[] };

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

describe("datapackage.json (Frictionless Data Package v2)", () => {
  it("validates against the official v2 profile of a data package", () => {
    const validate = validator("datapackage.json");
    expect(validate(pkg), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it("each resource, table schema and dialect validates against its own v2 profile", () => {
    const resource = validator("dataresource.json");
    const table = validator("tableschema.json");
    const dialect = validator("tabledialect.json");
    for (const r of pkg.resources) {
      expect(resource(r), `${r.name}: ${JSON.stringify(resource.errors)}`).toBe(true);
      if (r.schema) expect(table(r.schema), JSON.stringify(table.errors)).toBe(true);
      if (r.dialect) expect(dialect(r.dialect), JSON.stringify(dialect.errors)).toBe(true);
    }
  });

  it("a broken descriptor is refused (the validation can fail)", () => {
    const validate = validator("datapackage.json");
    expect(validate({ ...pkg, resources: [] })).toBe(false);
    expect(validate({ ...pkg, created: "6 March 2023" })).toBe(false);
    const table = validator("tableschema.json");
    expect(table({ fields: [{ name: "x", type: "string", categories: [1] }] })).toBe(false);
  });

  it("names the data version, its sources, licence, contributors and a deterministic created date", () => {
    expect(pkg.name).toBe("vn-digital-indicators-mic-2023-q1");
    expect(pkg.version).toBe(mic2023Q1.version);
    expect(pkg.created).toBe(`${mic2023Q1.compiled}T00:00:00Z`);
    expect(pkg.description).toContain("mic-2023-q1@1.0.0");
    expect(pkg.description).toContain("Ministry of Science and Technology");
    expect(JSON.stringify(pkg.sources)).toContain(mic2023Q1.event?.source.url ?? "none");
    expect((pkg.licenses as { name: string }[])[0]?.name).toBe("MIT");
    expect((pkg.contributors as unknown[]).length).toBeGreaterThan(0);
  });

  it("one resource per file with path, format, mediatype, encoding, bytes, hash", () => {
    expect(pkg.resources.map((r) => [r.path, r.format, r.mediatype])).toEqual([
      ["observations.csv", "csv", "text/csv"],
      ["observations.json", "json", "application/json"],
      ["observations.ndjson", "ndjson", "application/x-ndjson"],
      ["observations.parquet", "parquet", "application/vnd.apache.parquet"],
      ["release.json", "json", "application/json"],
      ["observation.schema.json", "json", "application/schema+json"],
      ["release.schema.json", "json", "application/schema+json"],
    ]);
    for (const r of pkg.resources) {
      expect(r.encoding, r.path).toBe(r.format === "parquet" ? undefined : "utf-8");
    }
  });

  it("the table schema has every column, typed, titled and described, with categories for enumerations", () => {
    const tables = pkg.resources.filter((r) => r.type === "table");
    expect(tables).toHaveLength(4);
    for (const t of tables) {
      const fields = t.schema?.fields ?? [];
      expect(fields.map((f) => f.name)).toEqual(tidyFields.map((f) => f.name));
      expect(t.schema?.primaryKey).toEqual(["id"]);
      for (const f of fields) {
        expect(f.title.length, f.name).toBeGreaterThan(0);
        expect(f.description.length, f.name).toBeGreaterThan(20);
      }
      const comparator = fields.find((f) => f.name === "comparator");
      expect(comparator?.categories?.map((c) => c.value)).toEqual([
        "eq",
        "approx",
        "gt",
        "gte",
        "nearly",
      ]);
      const unit = fields.find((f) => f.name === "unit");
      expect(unit?.categories?.map((c) => c.value)).toContain("percent");
      expect(fields.find((f) => f.name === "value")?.description).toContain("units of `unit`");
      expect(fields.find((f) => f.name === "as_of")?.type).toBe("date");
      expect(fields.find((f) => f.name === "as_of")?.description).toContain("2023-03-06");
    }
  });

  it("every CSV cell conforms to its field: type, category, required", () => {
    const fields = pkg.resources[0]?.schema?.fields ?? [];
    const lines = readFileSync(join(root, "data", "exports", "observations.csv"), "utf8")
      .trimEnd()
      .split("\r\n");
    // no field of the data holds a quote-protected comma-free line break, so split rows by CRLF;
    // parse each record's fields (RFC 4180)
    const parse = (line: string): string[] => {
      const out: string[] = [];
      let cur = "";
      let quoted = false;
      for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (quoted) {
          if (c === '"' && line[i + 1] === '"') {
            cur += '"';
            i++;
          } else if (c === '"') quoted = false;
          else cur += c;
        } else if (c === '"') quoted = true;
        else if (c === ",") {
          out.push(cur);
          cur = "";
        } else cur += c;
      }
      out.push(cur);
      return out;
    };
    expect(parse(lines[0] ?? "")).toEqual(fields.map((f) => f.name));
    const records = lines.slice(1).map(parse);
    expect(records).toHaveLength(observations.length);
    for (const rec of records) {
      expect(rec).toHaveLength(fields.length);
      fields.forEach((f, i) => {
        const cell = rec[i] ?? "";
        if (cell === "") {
          expect(f.constraints?.required ?? false, `${rec[0]}.${f.name}`).toBe(false);
          return;
        }
        if (f.type === "number") expect(Number.isFinite(Number(cell)), cell).toBe(true);
        if (f.type === "integer") expect(cell).toMatch(/^-?\d+$/);
        if (f.type === "boolean") expect(["true", "false"]).toContain(cell);
        if (f.type === "date") expect(cell).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (f.categories)
          expect(
            f.categories.map((c) => c.value),
            f.name,
          ).toContain(cell);
      });
    }
  });
});
