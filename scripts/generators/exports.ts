/**
 * The research exports under data/exports/: the tidy table as CSV, JSON,
 * NDJSON and Parquet, the release's metadata, JSON Schemas of an observation
 * and of a release, and a Frictionless Data Package v2 descriptor.
 *
 * Made from the canonical data in data/ with the package's own builders
 * (toCsv, toJson, toNdjson, toTidyRows from src/index.ts), so that the
 * command line's `export` prints the same bytes.
 *
 * Parquet, written by DuckDB, is not promised to be byte-reproducible (a
 * DuckDB upgrade may change its bytes): when the committed file reads back as
 * exactly the rows wanted, its bytes are kept (so `generate --check` passes
 * and datapackage.json's hash stays right); otherwise a new file is written.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as z from "zod";
import {
  type TidyField,
  type TidyRow,
  toCsv,
  toJson,
  toNdjson,
  toTidyRows,
} from "../../src/index.js";
import { ObservationSchema, ReleaseSchema, tidyFields } from "../../src/schema.js";
import { readDataSet } from "./_dataset.js";
import { parquetBytes, readParquet } from "./_duckdb.js";
import { type GeneratedFile, readJson, root } from "./_shared.js";

/** The folder of the exports, relative to the root. */
export const EXPORTS_DIR = "data/exports";

/** The Frictionless profiles the descriptor follows. */
const PROFILE = "https://datapackage.org/profiles/2.0";

/** Whether the Parquet file at `path` reads back as exactly `rows`. */
export async function parquetMatches(path: string, rows: readonly TidyRow[]): Promise<boolean> {
  if (!existsSync(path)) return false;
  try {
    return JSON.stringify(await readParquet(path)) === JSON.stringify(rows);
  } catch {
    return false;
  }
}

function sha256(bytes: Buffer): string {
  return `sha256:${createHash("sha256").update(bytes).digest("hex")}`;
}

function tableSchema(fields: readonly TidyField[]): Record<string, unknown> {
  return {
    $schema: `${PROFILE}/tableschema.json`,
    fields: fields.map((f) => ({
      name: f.name,
      type: f.type,
      title: f.title,
      description: f.description,
      ...(f.categories ? { categories: f.categories } : {}),
      ...(f.required ? { constraints: { required: true } } : {}),
    })),
    missingValues: [""],
    primaryKey: ["id"],
  };
}

/** Makes the files of data/exports/. */
export async function generate(): Promise<GeneratedFile[]> {
  // the Q1/2023 report's figures (the tables of every release are a later change)
  const report = readDataSet().releases.find((r) => r.release.id === "mic-2023-q1");
  if (!report) throw new Error("data/releases/ holds no mic-2023-q1 release");
  const { release, observations } = report;
  const { publisher, event } = release;
  if (!publisher || !event?.date) throw new Error("the report has a publisher and an event date");
  const pkg = readJson("package.json") as {
    name: string;
    version: string;
    license: string;
    author: string;
    keywords: string[];
  };
  const options = { release };
  const rows = toTidyRows(observations, options);
  const dataVersion = `${release.id}@${release.version}`;

  const observationJsonSchema = {
    ...z.toJSONSchema(ObservationSchema),
    title: "Observation",
    description: `One published figure of vn-digital-indicators (as returned by getObservation), generated from the package's zod schema (vn-digital-indicators/schema, ObservationSchema). Package ${pkg.version}.`,
  };
  const releaseJsonSchema = {
    ...z.toJSONSchema(ReleaseSchema),
    title: "Release",
    description: `An edition of vn-digital-indicators' data (its report, publisher, event and source), generated from the package's zod schema (vn-digital-indicators/schema, ReleaseSchema). Package ${pkg.version}.`,
  };

  const text = (name: string, content: string): GeneratedFile => ({
    path: `${EXPORTS_DIR}/${name}`,
    content,
  });
  const files: GeneratedFile[] = [
    text("observations.csv", toCsv(observations, options)),
    text("observations.json", toJson(observations, options)),
    text("observations.ndjson", toNdjson(observations, options)),
    text("release.json", `${JSON.stringify(release, null, 2)}\n`),
    text("observation.schema.json", `${JSON.stringify(observationJsonSchema, null, 2)}\n`),
    text("release.schema.json", `${JSON.stringify(releaseJsonSchema, null, 2)}\n`),
  ];

  const parquetPath = join(root, EXPORTS_DIR, "observations.parquet");
  const parquet = (await parquetMatches(parquetPath, rows))
    ? readFileSync(parquetPath)
    : await parquetBytes(rows, tidyFields);
  files.push({
    path: `${EXPORTS_DIR}/observations.parquet`,
    content: parquet.toString("base64"),
    encoding: "base64",
  });

  const bytesOf = (name: string): Buffer => {
    const file = files.find((f) => f.path === `${EXPORTS_DIR}/${name}`);
    if (!file) throw new Error(`no generated file ${name}`);
    return Buffer.from(file.content, file.encoding ?? "utf8");
  };
  const schema = tableSchema(tidyFields);
  const resource = (
    name: string,
    path: string,
    format: string,
    mediatype: string,
    description: string,
    table: boolean,
  ): Record<string, unknown> => ({
    name,
    path,
    ...(table ? { type: "table" } : {}),
    title: `${release.title.en}: ${description.split(":")[0]}`,
    description,
    format,
    mediatype,
    ...(format === "parquet" ? {} : { encoding: "utf-8" }),
    bytes: bytesOf(path).length,
    hash: sha256(bytesOf(path)),
    ...(format === "csv"
      ? {
          dialect: {
            $schema: `${PROFILE}/tabledialect.json`,
            header: true,
            delimiter: ",",
            lineTerminator: "\r\n",
            quoteChar: '"',
            doubleQuote: true,
          },
        }
      : {}),
    ...(table ? { schema } : {}),
  });

  const succession = publisher.succession;
  const descriptor = {
    $schema: `${PROFILE}/datapackage.json`,
    name: `${pkg.name}-${release.id}`,
    title: `${release.title.en} (${release.title.vi})`,
    description: [
      `Every figure of the ${publisher.name.en} (${publisher.name.vi}) report presented at the ${event.name.en} on ${event.date}, one row per observation, with its qualifier (comparator), printed form, reference period, the bounds the printed figure allows and the verbatim Vietnamese clause that states it.`,
      succession
        ? `The ${publisher.name.en} has been part of the ${succession.successor.en} since ${succession.date}.`
        : "",
      `Data version ${dataVersion}; made by the npm package ${pkg.name} ${pkg.version} (generated from its data/ folder: do not edit).`,
      "The same table is given as CSV, JSON, NDJSON and Parquet; the Parquet file is written by DuckDB.",
    ]
      .filter((s) => s !== "")
      .join(" "),
    version: release.version,
    created: `${release.compiled}T00:00:00Z`,
    keywords: pkg.keywords,
    licenses: [
      {
        name: pkg.license,
        path: "https://opensource.org/licenses/MIT",
        title: "MIT License (this compilation; the figures are facts published by the ministry)",
      },
    ],
    contributors: [{ title: pkg.author, roles: ["creator"] }],
    sources: [
      {
        title: `${publisher.name.vi} (${publisher.abbreviation}). ${release.title.vi} [${release.title.en}]. ${event.date}.`,
        ...(release.source.url ? { path: release.source.url } : {}),
      },
      {
        title: `${event.source.publisher}: ${event.source.title ?? event.name.vi} (the event's date and place)`,
        ...(event.source.url ? { path: event.source.url } : {}),
      },
      ...(succession?.sources ?? []).map((s) => ({
        title: `${s.title ?? s.publisher} (the ministry's succession)`,
        ...(s.url ? { path: s.url } : {}),
      })),
    ],
    resources: [
      resource(
        "observations",
        "observations.csv",
        "csv",
        "text/csv",
        "Observations: the tidy table as CSV (RFC 4180, UTF-8 without BOM, CRLF line ends, header row).",
        true,
      ),
      resource(
        "observations-json",
        "observations.json",
        "json",
        "application/json",
        "Observations: the tidy table as a JSON array of row objects (null for an empty cell).",
        true,
      ),
      resource(
        "observations-ndjson",
        "observations.ndjson",
        "ndjson",
        "application/x-ndjson",
        "Observations: the tidy table as newline-delimited JSON, one row object per line.",
        true,
      ),
      resource(
        "observations-parquet",
        "observations.parquet",
        "parquet",
        "application/vnd.apache.parquet",
        "Observations: the tidy table as Apache Parquet, written by DuckDB (types: VARCHAR, DOUBLE, INTEGER, BOOLEAN, DATE).",
        true,
      ),
      resource(
        "release",
        "release.json",
        "json",
        "application/json",
        "Release: the edition's metadata (report, publisher and its succession, event, source, platforms, corrections); valid against release.schema.json.",
        false,
      ),
      resource(
        "observation-schema",
        "observation.schema.json",
        "json",
        "application/schema+json",
        "Observation schema: JSON Schema (2020-12) of one observation as the npm package returns it, generated from its zod schema.",
        false,
      ),
      resource(
        "release-schema",
        "release.schema.json",
        "json",
        "application/schema+json",
        "Release schema: JSON Schema (2020-12) of release.json, generated from the package's zod schema.",
        false,
      ),
    ],
  };
  files.push(text("datapackage.json", `${JSON.stringify(descriptor, null, 2)}\n`));

  files.push(
    text(
      "README.md",
      [
        "# data/exports: generated — do not edit",
        "",
        `Made by \`scripts/generators/exports.ts\` (\`npm run generate\`) from \`data/\`; a test fails when they drift. Data version \`${dataVersion}\`.`,
        "",
        "| file | what |",
        "| --- | --- |",
        "| `observations.csv` | one row per observation (RFC 4180, UTF-8, CRLF, header row) |",
        "| `observations.json` | the same rows as a JSON array |",
        "| `observations.ndjson` | the same rows, one JSON object per line |",
        "| `observations.parquet` | the same rows as Parquet (written by DuckDB; checked by reading it back, not byte for byte) |",
        "| `release.json` | the edition's metadata: report, ministry, event, source |",
        "| `observation.schema.json`, `release.schema.json` | JSON Schemas generated from the package's zod schemas |",
        "| `datapackage.json` | Frictionless Data Package v2 descriptor: every column's type, unit and meaning |",
        "",
        "Installed from npm, they are at `node_modules/vn-digital-indicators/data/exports/` and importable as",
        "`vn-digital-indicators/data/<file>`. The command line prints the same table: `npx vn-digital-indicators export --format csv`.",
        "",
      ].join("\n"),
    ),
  );
  return files;
}
