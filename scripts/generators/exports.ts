/**
 * The research exports under data/exports/: the tidy table of every
 * observation of every release as CSV, JSON, NDJSON and Parquet; the tables
 * of releases, indicators and conflicts as CSV and JSON; the Q1/2023 report's
 * full record (release.json); JSON Schemas of an observation and of a
 * release; and a Frictionless Data Package v2 descriptor typing every column
 * of every table.
 *
 * The observations are made with the package's own builders (toCsv, toJson,
 * toNdjson, toTidyRows from src/index.ts, given `{ releases, conflicts }`),
 * so that the package API (and the command line) print the same bytes.
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
import { type TidyRow, toCsv, toJson, toNdjson, toTidyRows } from "../../src/index.js";
import { ObservationSchema, ReleaseSchema, tidyFields } from "../../src/schema.js";
import { readDataSet, reportRelease } from "./_dataset.js";
import { parquetBytes, readParquet } from "./_duckdb.js";
import { type GeneratedFile, readPackageJson, root } from "./_shared.js";
import {
  conflictFields,
  conflictRows,
  csvTable,
  indicatorFields,
  indicatorRows,
  jsonTable,
  LIST_DELIMITER,
  releaseFields,
  releaseRows,
  type TableField,
} from "./_tables.js";

/** The folder of the exports, relative to the root. */
export const EXPORTS_DIR = "data/exports";

/** The Frictionless profiles the descriptor follows. */
const PROFILE = "https://datapackage.org/profiles/2.0";

/** The types the Parquet file's columns have (as DuckDB names them), for its description. */
const PARQUET_TYPES = "VARCHAR, DOUBLE, INTEGER, BOOLEAN, DATE, VARCHAR[]";

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

/**
 * A field of a Table Schema for a file of `format`. A list column is an
 * `array` (a JSON array of strings) in JSON, NDJSON and Parquet; in CSV its
 * items are joined by `;` in one text cell: a `string` whose pattern says so.
 * (Table Schema v2 describes a `list` type with a delimiter, but the v2
 * profiles that validate a descriptor do not accept it, and readers that
 * predate it refuse the whole package: frictionlessdata/datapackage#1089.)
 */
function schemaField(f: TableField, format: string): Record<string, unknown> {
  const required = f.required ? { required: true } : {};
  if (f.type === "array") {
    const item = f.itemType ?? "string";
    return format === "csv"
      ? {
          name: f.name,
          type: "string",
          title: f.title,
          description: `${f.description} In this CSV file: a list of ${item}s joined by \`${LIST_DELIMITER}\` in one cell; split it on \`${LIST_DELIMITER}\` (in JSON, NDJSON and Parquet it is an array).`,
          constraints: {
            ...required,
            pattern: `[^${LIST_DELIMITER}]+(${LIST_DELIMITER}[^${LIST_DELIMITER}]+)*`,
          },
        }
      : {
          name: f.name,
          type: "array",
          title: f.title,
          description: f.description,
          constraints: { ...required, jsonSchema: { type: "array", items: { type: item } } },
        };
  }
  return {
    name: f.name,
    type: f.type,
    title: f.title,
    description: f.description,
    ...(f.categories ? { categories: f.categories } : {}),
    ...(f.required ? { constraints: required } : {}),
  };
}

function tableSchema(
  fields: readonly TableField[],
  format: string,
  foreignKeys: readonly Record<string, unknown>[] = [],
): Record<string, unknown> {
  return {
    $schema: `${PROFILE}/tableschema.json`,
    fields: fields.map((f) => schemaField(f, format)),
    missingValues: [""],
    primaryKey: ["id"],
    ...(foreignKeys.length > 0 ? { foreignKeys } : {}),
  };
}

/** The observations' references to the releases and indicators tables. */
const OBSERVATION_KEYS = [
  { fields: ["release"], reference: { resource: "releases", fields: ["id"] } },
  { fields: ["indicator"], reference: { resource: "indicators", fields: ["id"] } },
] as const;

/** Makes the files of data/exports/. */
export async function generate(): Promise<GeneratedFile[]> {
  const data = readDataSet();
  const report = reportRelease(data);
  const pkg = readPackageJson();
  const { observations, conflicts, indicators } = data;
  const options = { releases: data.releases.map((r) => r.release), conflicts };
  const rows = toTidyRows(observations, options);
  const compiled = data.releases
    .map((r) => r.release.compiled)
    .sort()
    .at(-1);

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
  const tables = {
    releases: { fields: releaseFields, rows: releaseRows(data.releases) },
    indicators: { fields: indicatorFields, rows: indicatorRows(indicators) },
    conflicts: { fields: conflictFields, rows: conflictRows(conflicts) },
  };
  const files: GeneratedFile[] = [
    text("observations.csv", toCsv(observations, options)),
    text("observations.json", toJson(observations, options)),
    text("observations.ndjson", toNdjson(observations, options)),
    ...Object.entries(tables).flatMap(([name, t]) => [
      text(`${name}.csv`, csvTable(t.fields, t.rows)),
      text(`${name}.json`, jsonTable(t.fields, t.rows)),
    ]),
    text("release.json", `${JSON.stringify(report, null, 2)}\n`),
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
  const FORMATS = {
    csv: {
      mediatype: "text/csv",
      how: "CSV (RFC 4180, UTF-8 without BOM, CRLF line ends, header row)",
    },
    json: {
      mediatype: "application/json",
      how: "a JSON array of row objects (null for an empty cell)",
    },
    ndjson: {
      mediatype: "application/x-ndjson",
      how: "newline-delimited JSON, one row object per line",
    },
    parquet: {
      mediatype: "application/vnd.apache.parquet",
      how: `Apache Parquet, written by DuckDB (types: ${PARQUET_TYPES})`,
    },
  } as const;
  const table = (
    name: string,
    path: string,
    format: keyof typeof FORMATS,
    what: string,
    fields: readonly TableField[],
    keys: readonly Record<string, unknown>[] = [],
  ): Record<string, unknown> => ({
    name,
    path,
    type: "table",
    title: `${what.split(":")[0]} (${format === "ndjson" ? "NDJSON" : format === "parquet" ? "Parquet" : format.toUpperCase()})`,
    description: `${what} As ${FORMATS[format].how}.`,
    format,
    mediatype: FORMATS[format].mediatype,
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
    schema: tableSchema(fields, format, keys),
  });
  const file = (
    name: string,
    path: string,
    mediatype: string,
    title: string,
    description: string,
  ): Record<string, unknown> => ({
    name,
    path,
    title,
    description,
    format: "json",
    mediatype,
    encoding: "utf-8",
    bytes: bytesOf(path).length,
    hash: sha256(bytesOf(path)),
  });

  const mic = data.publishers.find((p) => p.id === "mic");
  const succession = mic?.succession ?? null;
  const observationsWhat = `Observations: every figure of every release (${data.releases.length} releases, ${rows.length} figures), one row per observation in release order, then source order: its release and versions, indicator, value, printed form and qualifier, printed decimals and multiplier, reference period, the as-of date as written with its first and last day and its place in its series, the status (normal, estimate, provisional, forecast) with its SDMX code, the province where it is about one, the figure it publishes with its vintage, role and whether its series shows it (filter is_latest_vintage for one row per point), the day its release made it public, the bounds the printed figure allows, the conflicts that name it, its source and address, and for the report the verbatim Vietnamese clause.`;
  const sourceTitle = (r: (typeof options.releases)[number]): string => {
    const who = r.publisher
      ? `${r.publisher.name.vi} (${r.publisher.abbreviation})`
      : (r.source.printedBy ?? r.id);
    const printed = r.publisher && r.source.printedBy ? `, printed by ${r.source.printedBy}` : "";
    const date = r.source.date ?? r.event?.date ?? null;
    return `${who}${printed}. ${r.title.vi} [${r.title.en}].${date ? ` ${date}.` : ""} Release ${r.id}@${r.version}.`;
  };
  // the tables of datapackage.json, in order: each in its formats (`csv` is
  // `<name>.csv` and resource `<name>`, another `<name>.<format>` and
  // `<name>-<format>`), each format with its description
  const tableResources: readonly {
    name: string;
    fields: readonly TableField[];
    keys?: readonly Record<string, unknown>[];
    what: Partial<Record<keyof typeof FORMATS, string>>;
  }[] = [
    {
      name: "observations",
      fields: tidyFields,
      keys: OBSERVATION_KEYS,
      what: {
        csv: observationsWhat,
        json: observationsWhat,
        ndjson: observationsWhat,
        parquet: observationsWhat,
      },
    },
    {
      name: "releases",
      fields: releaseFields,
      what: {
        csv: "Releases: one row per release (a source: the report, or a public page), in release order: title, publisher, site, address, page date, event, how much was read, whether it is quoted, and its number of figures.",
        json: "Releases: one row per release, as releases.csv.",
      },
    },
    {
      name: "indicators",
      fields: indicatorFields,
      what: {
        csv: "Indicators: one row per indicator (one definition): names, unit, subject, what it measures, whether it can only grow, the related indicators it must not be joined with, and the terms sources use for it.",
        json: "Indicators: one row per indicator, as indicators.csv.",
      },
    },
    {
      name: "conflicts",
      fields: conflictFields,
      what: {
        csv: "Conflicts: one row per recorded disagreement between sources (a value, a date, or figures that read as comparable but are not), with the observations and releases it names. The package resolves none.",
        json: "Conflicts: one row per recorded disagreement, as conflicts.csv.",
      },
    },
  ];
  const descriptor = {
    $schema: `${PROFILE}/datapackage.json`,
    name: pkg.name,
    title:
      "Vietnam's digital transformation in figures, 2022–2024: the Ministry of Information and Communications' report for Q1/2023 and the pages relaying its figures",
    description: [
      `Every figure of ${data.releases.length} releases: the report of the ${mic?.name.en ?? "Ministry of Information and Communications"} (${mic?.name.vi ?? "Bộ Thông tin và Truyền thông"}) to its Q1/2023 briefing conference, whose figures carry the verbatim Vietnamese clause that states them, and ${data.releases.length - 1} public pages relaying official figures (the ministry's, and from 2023 the statistics office's), whose facts only are kept (figure, qualifier, date, address, term; never their sentences).`,
      "One row per observation, with its qualifier (comparator), printed form, as-of date (a day, or the month, quarter or year the source gives: never a guessed day), status, vintage (one row per publication: is_latest_vintage marks the one each series shows), the bounds the printed figure allows and its source; the releases, indicators and recorded conflicts as tables of their own. Nothing is rounded, interpolated or resolved.",
      succession && mic
        ? `The ${mic.name.en} has been part of the ${succession.successor.en} since ${succession.date}.`
        : "",
      `Data set version ${data.version} (each release has its own version); made by the npm package ${pkg.name} ${pkg.version} (generated from its data/ folder: do not edit).`,
      "The observations are given as CSV, JSON, NDJSON and Parquet (written by DuckDB): in JSON, NDJSON and Parquet a list is an array and a date a date; in CSV a list's items are joined by `;`.",
    ]
      .filter((s) => s !== "")
      .join(" "),
    version: data.version,
    created: `${compiled}T00:00:00Z`,
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
      ...options.releases.flatMap((r) => [
        { title: sourceTitle(r), ...(r.source.url ? { path: r.source.url } : {}) },
        ...(r.event?.source.url && r.source.url === null
          ? [
              {
                title: `${r.event.source.publisher}: ${r.event.source.title ?? r.event.name.vi} (the date and place of the event of ${r.id})`,
                path: r.event.source.url,
              },
            ]
          : []),
      ]),
      ...(succession?.sources ?? []).map((s) => ({
        title: `${s.title ?? s.publisher} (the ministry's succession)`,
        ...(s.url ? { path: s.url } : {}),
      })),
    ],
    resources: [
      ...tableResources.flatMap(({ name, fields, keys, what }) =>
        (Object.entries(what) as [keyof typeof FORMATS, string][]).map(([format, text]) =>
          table(
            format === "csv" ? name : `${name}-${format}`,
            `${name}.${format}`,
            format,
            text,
            fields,
            keys,
          ),
        ),
      ),
      file(
        "release",
        "release.json",
        "application/json",
        "Release mic-2023-q1",
        "The Q1/2023 report's full record (report, publisher and its succession, event, source, platforms, corrections), as the npm package exports it (mic2023Q1); valid against release.schema.json. Every release, flat: releases.csv.",
      ),
      file(
        "observation-schema",
        "observation.schema.json",
        "application/schema+json",
        "Observation schema",
        "JSON Schema (2020-12) of one observation as the npm package returns it, generated from its zod schema.",
      ),
      file(
        "release-schema",
        "release.schema.json",
        "application/schema+json",
        "Release schema",
        "JSON Schema (2020-12) of a release as the npm package returns it (release.json), generated from its zod schema.",
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
        `Made by \`scripts/generators/exports.ts\` (\`npm run generate\`) from \`data/\`; a test fails when they drift. Data set version \`${data.version}\`: ${data.releases.length} releases, ${rows.length} observations, ${indicators.length} indicators, ${conflicts.length} conflicts.`,
        "",
        "| file | what |",
        "| --- | --- |",
        "| `observations.csv` | one row per observation of every release (RFC 4180, UTF-8, CRLF, header row; a list's items joined by `;`) |",
        "| `observations.json` | the same rows as a JSON array (lists as arrays, codes as strings, counts as integers) |",
        "| `observations.ndjson` | the same rows, one JSON object per line |",
        "| `observations.parquet` | the same rows as Parquet: dates DATE, counts INTEGER, lists VARCHAR[] (written by DuckDB; checked by reading it back, not byte for byte) |",
        "| `releases.csv`, `releases.json` | one row per release: title, publisher, site, address, page date, event |",
        "| `indicators.csv`, `indicators.json` | one row per indicator: names, unit, related indicators, terms |",
        "| `conflicts.csv`, `conflicts.json` | one row per recorded conflict between sources, with the observations and releases it names |",
        "| `release.json` | the Q1/2023 report's full record: report, ministry, event, source, platforms |",
        "| `observation.schema.json`, `release.schema.json` | JSON Schemas generated from the package's zod schemas |",
        "| `datapackage.json` | Frictionless Data Package v2 descriptor: every table, every column's type, unit and meaning |",
        "",
        "The long table is the contract: one row per observation, `release` and `indicator` to join on.",
        "`as_of` is the as-of date as written (`2023-09-04`, `2024-09`, `2022-Q3`); `as_of_start` and",
        "`as_of_end` are its first and last day (dates).",
        "",
        "Installed from npm, they are at `node_modules/vn-digital-indicators/data/exports/` and importable as",
        "`vn-digital-indicators/data/<file>`. The package makes the same observation rows:",
        "`toCsv(observations, { releases, conflicts })` is `observations.csv` byte for byte.",
        "",
      ].join("\n"),
    ),
  );
  return files;
}
