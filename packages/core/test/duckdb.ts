// Runs generated SQL in an embedded DuckDB, for the differential tests of scaleToSql.
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";

let connection: Promise<DuckDBConnection> | undefined;

/** One shared in-memory DuckDB connection. */
export function duckdb(): Promise<DuckDBConnection> {
  connection ??= DuckDBInstance.create(":memory:").then((db) => db.connect());
  return connection;
}

/** Writes rows (null = empty cell) to a CSV file with an `id` column and returns its path. */
export function writeCsv(
  name: string,
  itemIds: string[],
  rows: (number | null | undefined)[][],
): string {
  const path = join(tmpdir(), `psyscreen-${process.pid}-${name}.csv`);
  const lines = [["id", ...itemIds].join(",")];
  rows.forEach((row, r) => {
    lines.push([r, ...itemIds.map((_, i) => (row[i] ?? "") as number | "")].join(","));
  });
  writeFileSync(path, `${lines.join("\n")}\n`);
  return path;
}

/** The FROM item that reads such a CSV with every item as DOUBLE. */
export function readCsv(path: string, itemIds: string[]): string {
  const types = [`'id': 'INTEGER'`, ...itemIds.map((id) => `'${id}': 'DOUBLE'`)].join(", ");
  return `read_csv('${path}', header = true, columns = {${types}})`;
}

/** Runs a query and returns plain rows (bigints as numbers). */
export async function query(sql: string): Promise<Record<string, unknown>[]> {
  const result = await (await duckdb()).runAndReadAll(sql);
  return result
    .getRowObjectsJS()
    .map((row) =>
      Object.fromEntries(
        Object.entries(row).map(([k, v]) => [k, typeof v === "bigint" ? Number(v) : v]),
      ),
    );
}
