import type { ScaleAnalysis } from "./analyze-scale";
import type { ScaleDefinition } from "./scale-definition-schema";
import { type SqlSyntax, sqlNumber } from "./sql-dialect";
import { isIntegerSqlType } from "./sql-integer-type";

/** How `scaleToSql` reads the items: the columns of its first three CTEs. */
export interface ItemSql {
  /** `items`: each answer as a double, `i_<item>` (NULL for an item not shown). */
  itemColumns: string[];
  /** `valid`: `ok_<item>`, TRUE for a valid answer, never NULL. */
  validColumns: string[];
  /** `keyed`: `k_<item>`, the keyed and weighted answer, 0 when it is not valid. */
  keyedColumns: string[];
  /** Whether an item's keyed value is a BIGINT (see `integerPath`), not a double. */
  integerKey(id: string): boolean;
}

/** Keyed values up to this size: a sum of millions of them stays exact in a double. */
const INTEGER_KEY_LIMIT = 2 ** 31;

/**
 * The item CTEs' columns. An answer from a column of an integer type (`columnTypes`)
 * needs no whole-number test; when its item's values are whole and bounded, it is also
 * tested and keyed as the integer it is, with no cast to double (keyed as BIGINT with
 * an integer weight). Integers that small add up exactly in both types, so the
 * scores' sums, cast to double, are the same numbers.
 */
export function itemSql(
  def: ScaleDefinition,
  analysis: ScaleAnalysis,
  q: SqlSyntax,
  options: {
    columns?: Record<string, string>;
    columnTypes?: Record<string, string>;
    notShown: Set<string>;
  },
): ItemSql {
  const raw = (id: string) => q.id(`i_${id}`);
  const ok = (id: string) => q.id(`ok_${id}`);
  const key = (id: string) => q.id(`k_${id}`);
  const column = (id: string) => options.columns?.[id] ?? id;
  const itemColumns = def.items.map((item) =>
    options.notShown.has(item.id)
      ? `CAST(NULL AS ${q.double}) AS ${raw(item.id)}`
      : `CAST(${q.id(column(item.id))} AS ${q.double}) AS ${raw(item.id)}`,
  );
  // an answer from an integer column is a whole number already
  const whole = def.items.map(
    (item) =>
      !options.notShown.has(item.id) &&
      isIntegerSqlType(options.columnTypes?.[column(item.id)] ?? ""),
  );
  // …and one of a small whole-number domain is tested and keyed in its own type
  const integerPath = def.items.map((item, i) => {
    const domain = analysis.domains[i]!;
    const largest = Math.max(Math.abs(domain.min), Math.abs(domain.max));
    return (
      whole[i]! &&
      domain.integer &&
      Number.isInteger(item.weight) &&
      largest * Math.abs(item.weight) <= INTEGER_KEY_LIMIT
    );
  });
  const validColumns = def.items.map((item, i) => {
    const domain = analysis.domains[i]!;
    const x = integerPath[i] ? q.id(column(item.id)) : raw(item.id);
    // a run of consecutive integers is tested as a range: much faster than IN (…)
    const contiguous =
      domain.values === undefined ||
      (domain.integer && domain.values.length === domain.max - domain.min + 1);
    const parts: string[] = [];
    if (!contiguous) parts.push(`${x} IN (${domain.values!.map(sqlNumber).join(", ")})`);
    else {
      if (Number.isFinite(domain.min)) parts.push(`${x} >= ${sqlNumber(domain.min)}`);
      if (Number.isFinite(domain.max)) parts.push(`${x} <= ${sqlNumber(domain.max)}`);
      if (domain.integer && !whole[i]) parts.push(`${x} = FLOOR(${x})`);
    }
    // as a CASE test, NULL (a missing answer) is not TRUE, so the result is FALSE, never
    // NULL, without an `IS NOT NULL` test; and DuckDB evaluates a CASE test as a filter,
    // each comparison only on the rows the previous one kept, several times faster than
    // the same AND as a value
    const test =
      parts.length === 0
        ? `(${x} IS NOT NULL)`
        : `(CASE WHEN ${parts.join(" AND ")} THEN TRUE ELSE FALSE END)`;
    return `${test} AS ${ok(item.id)}`;
  });
  const keyedColumns = def.items.map((item, i) => {
    const domain = analysis.domains[i]!;
    // the cast is in the THEN branch: only valid answers, which fit a BIGINT, reach it
    const x = integerPath[i] ? `CAST(${q.id(column(item.id))} AS BIGINT)` : raw(item.id);
    const value = item.reverse ? `(${sqlNumber(domain.min + domain.max)} - ${x})` : x;
    const weighted = item.weight === 1 ? value : `${value} * ${sqlNumber(item.weight)}`;
    // 0 for an answer that does not count, so that a sum needs no COALESCE
    return `(CASE WHEN ${ok(item.id)} THEN ${weighted} ELSE 0 END) AS ${key(item.id)}`;
  });
  const index = new Map(def.items.map((item, i) => [item.id, i]));
  return {
    itemColumns,
    validColumns,
    keyedColumns,
    integerKey: (id) => integerPath[index.get(id)!]!,
  };
}
