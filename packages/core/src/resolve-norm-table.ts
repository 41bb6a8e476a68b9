import type { IssueCollector } from "./issue-collector";
import type { NormTable } from "./norm-table-schema";
import type { ScaleDefinition } from "./scale-definition-schema";
import type { ScoreOptions } from "./scale-result";
import { selectNormTable } from "./select-norm-table";

/**
 * The norm table a call asks for: by id, else by group. Norms apply only when asked
 * for; a request that no table fits is reported.
 */
export function resolveNormTable(
  def: ScaleDefinition,
  options: Pick<ScoreOptions, "normGroup" | "normTable">,
  issues: IssueCollector,
): NormTable | undefined {
  if (options.normTable === undefined && options.normGroup === undefined) return undefined;
  const tables = def.norms ?? [];
  const table =
    options.normTable !== undefined
      ? tables.find((t) => t.id === options.normTable)
      : selectNormTable(tables, options.normGroup!);
  if (table === undefined) issues.add("norm-not-found", ["options"]);
  return table;
}
