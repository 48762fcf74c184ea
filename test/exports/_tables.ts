import { readFileSync } from "node:fs";
import { join } from "node:path";
import { conflicts, indicators, observations, releases } from "../../src/index.js";

/** The folder of the shipped exports. */
export const exportsDir = join(import.meta.dirname, "..", "..", "data", "exports");

/** A field of a table schema in datapackage.json. */
export interface Field {
  name: string;
  type: string;
  title: string;
  description: string;
  categories?: { value: string; label: string }[];
  constraints?: { required?: boolean; pattern?: string; jsonSchema?: Record<string, unknown> };
}

/** A resource of datapackage.json. */
export interface Resource {
  name: string;
  path: string;
  format: string;
  mediatype: string;
  type?: string;
  title: string;
  description: string;
  encoding?: string;
  dialect?: Record<string, unknown>;
  schema?: {
    fields: Field[];
    primaryKey: string[];
    missingValues: string[];
    foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  };
}

/** The shipped datapackage.json. */
export function readPackage(): Record<string, unknown> & { resources: Resource[] } {
  return JSON.parse(readFileSync(join(exportsDir, "datapackage.json"), "utf8")) as Record<
    string,
    unknown
  > & { resources: Resource[] };
}

/** The resource named `name` of the shipped datapackage.json. */
export function resource(name: string): Resource & { schema: NonNullable<Resource["schema"]> } {
  const found = readPackage().resources.find((r) => r.name === name);
  if (found?.schema === undefined) throw new Error(`datapackage.json has no table ${name}`);
  return found as Resource & { schema: NonNullable<Resource["schema"]> };
}

/** The records of an RFC 4180 text (CRLF between records; quoted fields may hold anything). */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      record.push(cell);
      cell = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      record.push(cell);
      records.push(record);
      record = [];
      cell = "";
      i++;
    } else cell += c;
  }
  if (cell !== "" || record.length > 0) throw new Error("the text does not end with CRLF");
  return records;
}

/** The rows of a shipped CSV file as objects of text cells, by its header. */
export function readCsv(name: string): Record<string, string>[] {
  const [header = [], ...records] = parseCsv(readFileSync(join(exportsDir, name), "utf8"));
  return records.map((r) => {
    if (r.length !== header.length) throw new Error(`${name}: a record of ${r.length} fields`);
    return Object.fromEntries(header.map((h, i) => [h, r[i] ?? ""]));
  });
}

/** The rows of a shipped JSON file (an array of objects). */
export function readJsonRows(name: string): Record<string, unknown>[] {
  return JSON.parse(readFileSync(join(exportsDir, name), "utf8")) as Record<string, unknown>[];
}

/** The tables of datapackage.json: each CSV resource with its JSON twin, and its rows (the package's records). */
export const TABLES = [
  {
    name: "observations",
    csv: "observations.csv",
    json: "observations-json",
    rows: observations.length,
  },
  { name: "releases", csv: "releases.csv", json: "releases-json", rows: releases.length },
  { name: "indicators", csv: "indicators.csv", json: "indicators-json", rows: indicators.length },
  { name: "conflicts", csv: "conflicts.csv", json: "conflicts-json", rows: conflicts.length },
] as const;
