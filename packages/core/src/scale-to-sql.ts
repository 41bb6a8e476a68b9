import { analyzeScale } from "./analyze-scale";
import { SAFETY_FLAG_KINDS } from "./check-flags";
import { comparedItems } from "./compile-condition";
import { compileScale } from "./compile-scale";
import type { Condition } from "./condition-schema";
import { conditionToSql } from "./condition-to-sql";
import { ENGINE_FLAGS } from "./engine-flags";
import { formulaToSql } from "./formula-to-sql";
import { IssueCollector } from "./issue-collector";
import { itemSql } from "./item-sql";
import type { ScaleDefinition } from "./scale-definition-schema";
import { type SqlDialect, sqlNumber, sqlOp, sqlRound, sqlString, sqlSyntax } from "./sql-dialect";
import { sqlOutputs } from "./sql-outputs";

/** Options of `scaleToSql`. */
export interface SqlOptions {
  dialect: SqlDialect;
  /** The table (or any FROM item, e.g. `read_csv('x.csv')`) that holds one row per response. */
  from: string;
  /** Columns copied to the output first, e.g. the respondent id. */
  keep?: string[];
  /** Item id → column name, where they differ. */
  columns?: Record<string, string>;
  /**
   * Column name → SQL type, as `DESCRIBE` (DuckDB, Spark) or `information_schema.columns`
   * (PostgreSQL) reports it. An answer in a column of an integer type (TINYINT to
   * HUGEINT, their unsigned and short names, DECIMAL(p, 0)) needs no whole-number test,
   * and one of small whole values with an integer weight is summed as an integer: the
   * same rows and column types, computed faster.
   */
  columnTypes?: Record<string, string>;
  /** Items the table has no column for: not shown to anyone. */
  notShown?: string[];
  /** A norm table by id: adds `<score>_z`, `<score>_t` and `<score>_percentile`. */
  normTable?: string;
  /**
   * Only these scores and flags in the output, by id (a score with its band and norm
   * columns; the engine flags are `incomplete` and `critical_item_unanswered`), e.g.
   * `["total", "item9_positive"]` for a district that reads the total, its band and
   * the safety item. The query then computes only the scores those columns read: less
   * work and less to write. By default every score and flag and both engine flags.
   */
  outputs?: string[];
}

const EPSILON = "1e-9";

/**
 * Compiles a scale into one SQL query that scores a table with the semantics of
 * `scoreResponse` and `scoreBatch`: validity, reverse keys, weights, missing-data
 * rules, prorating and rounding (with the same tie rule), transforms, formulas, bands,
 * the scale's flags (critical and acute on raw numbers) and the engine's flags. A NULL
 * cell is a skipped answer. Output columns: the kept columns, then per score
 * `<score>` (NULL when it cannot be computed) and `<score>_band`, then `<flag>` as 1/0
 * (only the scores and flags in `outputs`, when it is given).
 *
 * @param definition - the scale
 * @param options - dialect, source table, column mapping
 * @returns the query text
 * @throws Error when the definition is invalid or the norm table does not exist
 * @example
 * scaleToSql(phq9, { dialect: "duckdb", from: "responses", keep: ["id"] })
 * // => 'WITH "items" AS (SELECT "id", CAST("phq9_1" AS DOUBLE) AS "i_phq9_1", …'
 */
export function scaleToSql(definition: ScaleDefinition, options: SqlOptions): string {
  const def = compileScale(definition).definition;
  const analysis = analyzeScale(def, new IssueCollector("en"));
  const q = sqlSyntax(options.dialect);
  const notShown = new Set(options.notShown ?? []);
  const outputs = sqlOutputs(def, analysis, options.outputs);
  const keep = (options.keep ?? []).map((c) => q.id(c));
  const raw = (id: string) => q.id(`i_${id}`);
  const score = (id: string) => q.id(`s_${id}`);

  // 1. items: each answer as a double (NULL for an item not shown), then whether it is
  //    valid and its keyed value
  const items = itemSql(def, analysis, q, { ...options, notShown });
  const ok = (id: string) => q.id(`ok_${id}`);
  const key = (id: string) => q.id(`k_${id}`);
  // a column never NULL: TRUE for a valid answer
  const validOf = ok;

  // 2. scores, one CTE each in dependency order; `missing` says why a score is NULL
  const missing: string[] = [];
  const ctes = [
    `${q.id("items")} AS (SELECT *, ${items.itemColumns.join(", ")} FROM ${options.from})`,
    `${q.id("valid")} AS (SELECT *, ${items.validColumns.join(", ")} FROM ${q.id("items")})`,
    `${q.id("keyed")} AS (SELECT *, ${items.keyedColumns.join(", ")} FROM ${q.id("valid")})`,
  ];
  let previous = "keyed";
  for (const k of analysis.scoreOrder) {
    const s = def.scores[k]!;
    if (!outputs.computes(s.id)) continue;
    let value: string;
    let lacks: string;
    if (s.method === "formula") {
      const node = analysis.formulas[k]!;
      const names = analysis.formulaNames[k]!;
      const deps = {
        scores: names.filter((n) => analysis.scoreIndex.has(n)),
        items: names.filter((n) => !analysis.scoreIndex.has(n)),
      };
      lacks =
        [
          ...deps.scores.map((d) => `${score(d)} IS NULL`),
          ...deps.items.map((d) => `NOT ${validOf(d)}`),
        ].join(" OR ") || "FALSE";
      const expr = formulaToSql(node, (name) =>
        analysis.scoreIndex.has(name) ? score(name) : raw(name),
      );
      const guarded = `(CASE WHEN ${lacks} THEN NULL ELSE ${expr} END)`;
      if (finish(s, "x") === "x") value = guarded;
      else {
        // the formula's value in a CTE of its own: rounding repeats its operand, and
        // NULL (a missing input) stays NULL through the transform and the rounding
        const formulaCol = q.id(`f_${s.id}`);
        const formulaCte = `formula_${s.id}`;
        ctes.push(
          `${q.id(formulaCte)} AS (SELECT *, ${guarded} AS ${formulaCol} FROM ${q.id(previous)})`,
        );
        previous = formulaCte;
        value = finish(s, formulaCol);
      }
    } else {
      const n = s.items.length;
      // answered count and raw aggregate first, in a CTE of their own, so the value
      // expression (rounding repeats its operand) stays short
      const answeredCol = q.id(`n_${s.id}`);
      const aggregateCol = q.id(`a_${s.id}`);
      const answered = `(${s.items.map((id) => `CAST(${validOf(id)} AS INTEGER)`).join(" + ")})`;
      const aggregateSql =
        s.method === "count"
          ? `(${s.items.map((id) => `(CASE WHEN ${validOf(id)} AND ${raw(id)} ${sqlOp(s.op)} ${sqlNumber(s.value)} THEN 1 ELSE 0 END)`).join(" + ")})`
          : s.items.some(items.integerKey)
            ? // integer keyed values add up in their own type, exactly; the score is a double
              `CAST((0 + ${s.items.map((id) => key(id)).join(" + ")}) AS ${q.double})`
            : `(0 + ${s.items.map((id) => key(id)).join(" + ")})`;
      const aggregateCte = `aggregate_${s.id}`;
      ctes.push(
        `${q.id(aggregateCte)} AS (SELECT *, ${answered} AS ${answeredCol}, ${aggregateSql} AS ${aggregateCol} FROM ${q.id(previous)})`,
      );
      previous = aggregateCte;
      lacks = `${answeredCol} < ${s.method === "count" ? (s.missing?.minAnswered ?? n) : Math.max(1, s.missing?.minAnswered ?? n)}`;
      let aggregate: string;
      if (s.method === "count") aggregate = aggregateCol;
      else if (s.method === "mean") aggregate = `(${aggregateCol} / ${answeredCol})`;
      else if ((s.missing?.method ?? "prorate") === "prorate") {
        const rounding = s.missing?.rounding;
        const prorated = `((${aggregateCol} * ${n}) / ${answeredCol})`;
        const rounded = rounding
          ? sqlRound(prorated, String(rounding.digits), rounding.mode)
          : prorated;
        aggregate = `(CASE WHEN ${answeredCol} < ${n} THEN ${rounded} ELSE ${aggregateCol} END)`;
      } else aggregate = aggregateCol;
      value = `(CASE WHEN ${lacks} THEN NULL ELSE ${finish(s, aggregate)} END)`;
    }
    if (!s.optional) missing.push(`(${lacks})`);
    const name = `score_${s.id}`;
    ctes.push(`${q.id(name)} AS (SELECT *, ${value} AS ${score(s.id)} FROM ${q.id(previous)})`);
    previous = name;
  }

  // 3. output: kept columns, scores, bands, norms, flags
  const norm =
    options.normTable === undefined
      ? undefined
      : def.norms?.find((t) => t.id === options.normTable);
  if (options.normTable !== undefined && norm === undefined) {
    throw new Error(`scaleToSql requires a known norm table; got ${options.normTable}`);
  }
  const out: string[] = [...keep];
  for (const s of def.scores) {
    if (!outputs.has(s.id)) continue;
    const v = score(s.id);
    out.push(`${v} AS ${q.id(s.id)}`);
    const bands = s.bands ?? [];
    if (bands.length > 0) {
      const last = bands[bands.length - 1]!;
      const whens = [...bands]
        .reverse()
        .map((b) => `WHEN ${sqlNumber(b.min)} <= ${v} + ${EPSILON} THEN ${sqlString(b.id)}`);
      out.push(
        // a NULL score fails every comparison: no test of its own
        `(CASE WHEN ${v} > ${sqlNumber(last.max)} + ${EPSILON} THEN NULL ${whens.join(" ")} ELSE NULL END) AS ${q.id(`${s.id}_band`)}`,
      );
    }
    const entry = norm?.scores[s.id];
    if (norm !== undefined && entry !== undefined) {
      const round = (x: string) =>
        norm.rounding ? sqlRound(x, String(norm.rounding.digits), norm.rounding.mode) : x;
      const z =
        entry.mean !== undefined
          ? `((${v} - ${sqlNumber(entry.mean)}) / ${sqlNumber(entry.sd!)})`
          : undefined;
      const lookup = (field: "percentile" | "t") => {
        const rows = (entry.lookup ?? []).filter((r) => r[field] !== undefined);
        if (rows.length === 0) return undefined;
        const whens = rows.map(
          (r) =>
            `WHEN ${v} >= ${sqlNumber(r.min)} - ${EPSILON} AND ${v} <= ${sqlNumber(r.max)} + ${EPSILON} THEN ${sqlNumber(r[field]!)}`,
        );
        return `(CASE ${whens.join(" ")} ELSE NULL END)`;
      };
      if (z !== undefined) out.push(`${round(z)} AS ${q.id(`${s.id}_z`)}`);
      const tLookup = lookup("t");
      const tNorm = z !== undefined ? round(`(50 + 10 * ${z})`) : undefined;
      if (tLookup !== undefined || tNorm !== undefined) {
        out.push(
          `${tLookup && tNorm ? `COALESCE(${tLookup}, ${tNorm})` : (tLookup ?? tNorm)} AS ${q.id(`${s.id}_t`)}`,
        );
      }
      const p = lookup("percentile");
      if (p !== undefined) out.push(`${p} AS ${q.id(`${s.id}_percentile`)}`);
    }
  }
  const conditionSql = (c: Condition, rawNumbers: boolean): string =>
    conditionToSql(c, rawNumbers, { raw, validOf, score, notShown });
  // an item with askedWhen counts as unanswered only while it is expected
  const unansweredSql = (id: string): string => {
    const when = def.items.find((item) => item.id === id)!.askedWhen;
    const notValid = `NOT ${validOf(id)}`;
    return when === undefined ? notValid : `(${notValid} AND ${conditionSql(when, true)})`;
  };
  const unanswered: string[] = [];
  for (const flag of def.flags) {
    const safety = SAFETY_FLAG_KINDS.includes(flag.kind);
    const fires = conditionSql(flag.when, safety);
    if (outputs.has(flag.id)) out.push(`${flagValue(fires)} AS ${q.id(flag.id)}`);
    const items = [...new Set(comparedItems(flag.when))];
    if (safety && items.length > 0) {
      unanswered.push(`(NOT ${fires} AND (${items.map((id) => unansweredSql(id)).join(" OR ")}))`);
    }
  }
  const any = (parts: string[]) => (parts.length === 0 ? "FALSE" : parts.join(" OR "));
  for (const [id, parts] of [
    [ENGINE_FLAGS.incomplete, missing],
    [ENGINE_FLAGS.criticalItemUnanswered, unanswered],
  ] as const) {
    if (outputs.has(id)) out.push(`${flagValue(any([...parts]))} AS ${q.id(id)}`);
  }
  if (out.length === 0) throw new Error("scaleToSql requires at least one output column");
  return `WITH ${ctes.join(",\n")}\nSELECT ${out.join(",\n  ")}\nFROM ${q.id(previous)}`;
}

/**
 * A flag's 1 or 0 from a condition that is never NULL: the same INTEGER as `CASE WHEN …
 * THEN 1 ELSE 0 END`, which DuckDB computes more slowly.
 */
function flagValue(condition: string): string {
  return `CAST((${condition}) AS INTEGER)`;
}

function finish(s: ScaleDefinition["scores"][number], value: string): string {
  let v = value;
  if (s.transform !== undefined)
    v = `(${v} * ${sqlNumber(s.transform.multiply)} + ${sqlNumber(s.transform.add)})`;
  if (s.rounding !== undefined) v = sqlRound(v, String(s.rounding.digits), s.rounding.mode);
  return v;
}
