import { type Locale, type SqlDialect, scaleToSql } from "@psyscreen/core";
import type { Io } from "../io";
import { loadScale } from "../load-scale";

/** Options of `psyscreen sql`. */
export interface SqlCommandOptions {
  scale: string;
  dialect: SqlDialect;
  table: string;
  keep?: string[];
  normTable?: string;
}

/**
 * `psyscreen sql`: prints the query that scores a table with a scale.
 *
 * @returns the exit code (0)
 * @throws CliError for an unknown scale
 */
export function sqlCommand(options: SqlCommandOptions, locale: Locale, io: Io): number {
  const scale = loadScale(options.scale, locale);
  const sql = scaleToSql(scale, {
    dialect: options.dialect,
    from: options.table,
    keep: options.keep ?? [],
    ...(options.normTable === undefined ? {} : { normTable: options.normTable }),
  });
  io.out(`${sql};\n`);
  return 0;
}
