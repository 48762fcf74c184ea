/**
 * DuckDB helpers for the Parquet export (and its tests): write the tidy rows
 * to a Parquet file, and read any file DuckDB knows back as plain JSON values.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import type { TidyField, TidyRow } from "../../src/index.js";

const SQL_TYPES = {
  string: "VARCHAR",
  number: "DOUBLE",
  integer: "INTEGER",
  boolean: "BOOLEAN",
  date: "DATE",
} as const;

/** The DuckDB type of a column: a list column is a LIST of its items' type (`VARCHAR[]`). */
export function sqlType(field: {
  readonly type: string;
  readonly itemType?: string | undefined;
}): string {
  const of = (type: string): string => {
    const sql = (SQL_TYPES as Record<string, string>)[type];
    if (sql === undefined) throw new Error(`no DuckDB type for a column of type ${type}`);
    return sql;
  };
  return field.type === "array" ? `${of(field.itemType ?? "string")}[]` : of(field.type);
}

/** A SQL string literal. */
export function sqlString(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** The DuckDB `columns={…}` struct for reading a table with the types of its fields. */
export function duckdbColumns(
  fields: readonly { readonly name: string; readonly type: string; readonly itemType?: string }[],
): string {
  return `{${fields.map((f) => `${sqlString(f.name)}: ${sqlString(sqlType(f))}`).join(", ")}}`;
}

/** Runs one query in a fresh in-memory DuckDB (one thread) and returns its rows as JSON values. */
export async function queryJson(sql: string): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(":memory:", { threads: "1" });
  const connection = await instance.connect();
  try {
    const reader = await connection.runAndReadAll(sql);
    return reader.getRowObjectsJson() as Record<string, unknown>[];
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** Writes the rows to Parquet with DuckDB (typed by `fields`) and returns the file's bytes. */
export async function parquetBytes(
  rows: readonly TidyRow[],
  fields: readonly TidyField[],
): Promise<Buffer> {
  const dir = mkdtempSync(join(tmpdir(), "vn-digital-indicators-parquet-"));
  try {
    const ndjson = join(dir, "rows.ndjson");
    const parquet = join(dir, "observations.parquet");
    writeFileSync(ndjson, rows.map((r) => `${JSON.stringify(r)}\n`).join(""));
    const instance = await DuckDBInstance.create(":memory:", { threads: "1" });
    const connection = await instance.connect();
    try {
      await connection.run(
        `COPY (SELECT * FROM read_json(${sqlString(ndjson)}, format = 'newline_delimited', columns = ${duckdbColumns(fields)})) TO ${sqlString(parquet)} (FORMAT parquet)`,
      );
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
    return readFileSync(parquet);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The rows of a Parquet file, read back by DuckDB, as JSON values (dates as `YYYY-MM-DD`). */
export function readParquet(path: string): Promise<Record<string, unknown>[]> {
  return queryJson(`SELECT * FROM read_parquet(${sqlString(path)})`);
}
