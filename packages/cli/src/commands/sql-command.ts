import { type Locale, type SqlDialect, scaleToSql, sqlOutputIds } from "@psyscreen/core";
import { CliError } from "../cli-error";
import type { Io } from "../io";
import { loadScale } from "../load-scale";
import { say } from "../messages";

/** Options of `psyscreen sql`. */
export interface SqlCommandOptions {
  scale: string;
  dialect: SqlDialect;
  table: string;
  keep?: string[];
  normTable?: string;
  /** Only these scores and flags in the output (`scaleToSql`'s `outputs`). */
  outputs?: string[];
}

/**
 * `psyscreen sql`: prints the query that scores a table with a scale.
 *
 * @returns the exit code (0)
 * @throws CliError for an unknown scale, or an output that is not a score or flag of it
 */
export function sqlCommand(options: SqlCommandOptions, locale: Locale, io: Io): number {
  const scale = loadScale(options.scale, locale);
  const { outputs } = options;
  if (outputs !== undefined && outputs.length > 0) {
    const known = sqlOutputIds(scale);
    const unknown = outputs.filter((id) => !known.includes(id));
    if (unknown.length > 0) {
      throw new CliError(
        say(locale, "sql-outputs-unknown", {
          ids: unknown.join(", "),
          scale: scale.id,
          known: known.join(", "),
        }),
      );
    }
  }
  const sql = scaleToSql(scale, {
    dialect: options.dialect,
    from: options.table,
    keep: options.keep ?? [],
    ...(options.normTable === undefined ? {} : { normTable: options.normTable }),
    ...(outputs === undefined || outputs.length === 0 ? {} : { outputs }),
  });
  io.out(`${sql};\n`);
  return 0;
}
