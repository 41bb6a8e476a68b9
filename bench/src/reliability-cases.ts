import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { reliability } from "@psyscreen/core";
import { type CaseResult, measure, ratio } from "./measure";
import { PHQ_ITEMS, type Workload } from "./workload";

export const RELIABILITY_GROUP =
  "reliability of the PHQ-9 items (α, standardized α, item-total, α if deleted, frequencies)";
export const RELIABILITY_CORE = "reliability() in @psyscreen/core";
export const RELIABILITY_SQL = "the same in DuckDB SQL, 1 thread";
export const RELIABILITY_R = "R psych::alpha";

/** α, r.drop per item and α if deleted, from DuckDB aggregates over complete rows. */
async function sqlReliability(connection: DuckDBConnection, table: string) {
  const x = PHQ_ITEMS.map((id) => `"${id}"`);
  const total = `(${x.join(" + ")})`;
  const pairs: string[] = [];
  for (let i = 0; i < x.length; i++)
    for (let j = i + 1; j < x.length; j++) pairs.push(`corr(${x[i]}, ${x[j]})`);
  const select = [
    "count(*)",
    `var_samp(${total})`,
    ...x.map((c) => `var_samp(${c})`),
    ...x.map((c) => `var_samp(${total} - ${c})`),
    ...x.map((c) => `corr(${c}, ${total} - ${c})`),
    ...x.map((c) => `avg(${c})`),
    ...pairs,
  ];
  const complete = x.map((c) => `${c} IS NOT NULL`).join(" AND ");
  const row = (
    await connection.runAndReadAll(`SELECT ${select.join(", ")} FROM ${table} WHERE ${complete}`)
  )
    .getRows()[0]!
    .map(Number);
  const frequencies = await connection.runAndReadAll(
    `SELECT item, value, count(*) FROM (UNPIVOT (SELECT * FROM ${table} WHERE ${complete}) ON ${x.join(", ")} INTO NAME item VALUE value) GROUP BY ALL`,
  );
  const k = x.length;
  const [n, varTotal] = row as [number, number];
  const itemVar = row.slice(2, 2 + k);
  const restVar = row.slice(2 + k, 2 + 2 * k);
  const rDrop = row.slice(2 + 2 * k, 2 + 3 * k);
  const corrs = row.slice(2 + 4 * k);
  const sumVar = itemVar.reduce((a, b) => a + b, 0);
  const alpha = (k / (k - 1)) * (1 - sumVar / varTotal);
  const alphaIfDeleted = itemVar.map(
    (v, i) => ((k - 1) / (k - 2)) * (1 - (sumVar - v) / restVar[i]!),
  );
  const averageR = corrs.reduce((a, b) => a + b, 0) / corrs.length;
  return { n, alpha, rDrop, alphaIfDeleted, averageR, frequencies: frequencies.currentRowCount };
}

function hasRPsych(): boolean {
  try {
    execFileSync("Rscript", ["-e", "suppressMessages(library(psych))"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/**
 * Reliability on the workload's PHQ-9 items: `reliability()` against the same numbers
 * computed by DuckDB from a table of the same answers (they must agree to 1e-9 before
 * the time counts), and R's psych::alpha when R and psych are installed (skipped
 * otherwise; R's time is its own `system.time`, without reading the file).
 */
export async function reliabilityCases(
  workload: Workload,
  connection: DuckDBConnection,
  table: string,
  n: number,
  dir: string,
): Promise<CaseResult[]> {
  const columns = PHQ_ITEMS.map((id) => workload.phq[id]!);
  const rows = workload.rows;
  const core = reliability(columns);
  const sql = await sqlReliability(connection, table);
  const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9;
  if (
    sql.n !== core.n ||
    !close(sql.alpha, core.alpha) ||
    !close(sql.averageR, core.averageR) ||
    core.itemStats.some(
      (s, i) => !close(s.rDrop, sql.rDrop[i]!) || !close(s.alphaIfDeleted, sql.alphaIfDeleted[i]!),
    )
  ) {
    throw new Error(
      `reliability: DuckDB ${JSON.stringify(sql)} disagrees with core α ${core.alpha}`,
    );
  }
  const results = [
    await measure(
      RELIABILITY_CORE,
      RELIABILITY_GROUP,
      "listwise, typed-array columns",
      rows,
      n,
      async () => {
        reliability(columns);
        return undefined;
      },
    ),
    await measure(
      RELIABILITY_SQL,
      RELIABILITY_GROUP,
      "one aggregate query + one UNPIVOT for frequencies",
      rows,
      n,
      async () => {
        await sqlReliability(connection, table);
        return undefined;
      },
    ),
  ];
  if (hasRPsych()) {
    const csv = join(dir, "phq-items.csv");
    const lines = [PHQ_ITEMS.join(",")];
    for (let r = 0; r < rows; r++)
      lines.push(columns.map((c) => (Number.isNaN(c[r]!) ? "NA" : String(c[r]))).join(","));
    writeFileSync(csv, `${lines.join("\n")}\n`);
    const script = `suppressMessages(library(psych)); d <- read.csv("${csv}"); d <- d[complete.cases(d), ];
t <- replicate(${n}, system.time(psych::alpha(d, warnings = FALSE))[["elapsed"]]);
a <- psych::alpha(d, warnings = FALSE); cat(sprintf("%.17g", c(median(t), min(t), max(t), a$total$raw_alpha)), "\\n")`;
    const [medianS, minS, maxS, alpha] = execFileSync("Rscript", ["-e", script], {
      encoding: "utf8",
    })
      .trim()
      .split(/\s+/)
      .map(Number) as [number, number, number, number];
    if (!close(alpha, core.alpha))
      throw new Error(`reliability: R says α = ${alpha}, core ${core.alpha}`);
    results.push({
      name: RELIABILITY_R,
      group: RELIABILITY_GROUP,
      unit: "respondents/s",
      median: Math.round(rows / medianS),
      min: Math.round(rows / maxS),
      max: Math.round(rows / minS),
      n,
      respondents: rows,
      peakRssMB: 0,
      note: "Rscript, complete rows, system.time of psych::alpha only",
      ratioTo: {},
    });
  }
  for (const r of results) r.ratioTo[RELIABILITY_CORE] = ratio(r.median, results[0]!.median);
  return results;
}
