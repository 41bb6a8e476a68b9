import { execFile, execFileSync } from "node:child_process";
import { createReadStream, existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { DuckDBInstance } from "@duckdb/node-api";
import { type ScaleDefinition, type SqlOptions, scaleToSql, scoreBatch } from "@psyscreen/core";
import { type CaseResult, measure, ratio } from "./measure";
import { hasRDataTable, R_CSV, runRCsv } from "./r-csv-case";
import { reliabilityCases } from "./reliability-cases";
import { generateWorkload } from "./workload";
import { PHQ_CSV_COLUMNS, writeWorkloadCsv } from "./workload-csv";

export const E2E_GROUP = "end to end: PHQ-9 from a CSV file to a CSV file";
export const SQL_GROUP = "SQL in DuckDB: PHQ-9 over an in-memory table, 1 thread";
export const CLI_JS = "psyscreen score (JS engine), CSV → CSV";
export const CLI_DUCKDB = "psyscreen score --engine duckdb, CSV → CSV";
export const DUCKDB_CSV_1 = "DuckDB from CSV, generated SQL, 1 thread, → CSV";
export const DUCKDB_CSV_2 = "DuckDB from CSV, generated SQL, 2 threads, → CSV";
export const SQL_GENERATED = "generated SQL (scaleToSql)";
export const SQL_GENERATED_LIKE = "generated SQL, outputs total and item-9 flag";
export const SQL_HAND = "hand-written SQL (totals, bands, item-9 flag, prorating)";
export const CLI_10M = "psyscreen score (JS engine), 10,000,000 rows";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const CLI = join(ROOT, "packages/cli/dist/bin.js");
const RSS_REPORTER = fileURLToPath(new URL("./rss-reporter.cjs", import.meta.url));

/** Runs the built CLI in a child process; resolves to its peak RSS in bytes. */
function runCli(args: string[], dir: string): Promise<number> {
  const rssFile = join(dir, "child-rss");
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ["--require", RSS_REPORTER, CLI, ...args],
      { env: { ...process.env, PSYSCREEN_BENCH_RSS: rssFile }, maxBuffer: 1 << 24 },
      (error, _stdout, stderr) => {
        if (error) reject(new Error(`psyscreen ${args.join(" ")} failed: ${stderr}`));
        else resolve(Number(readFileSync(rssFile, "utf8")));
      },
    );
  });
}

/** Sum and count of the non-empty `total` cells of a CSV file (streamed). */
async function totalsOfCsv(path: string): Promise<{ sum: number; count: number; rows: number }> {
  const lines = createInterface({
    input: createReadStream(path),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  let column = -1;
  let sum = 0;
  let count = 0;
  let rows = 0;
  for await (const line of lines) {
    // the columns before `total` (line, id) hold no quotes or commas
    if (column < 0) {
      column = line.split(",").indexOf("total");
      if (column < 0) throw new Error(`${path}: no total column`);
      continue;
    }
    rows++;
    const cell = line.split(",", column + 1)[column]!;
    if (cell !== "") {
      sum += Number(cell);
      count++;
    }
  }
  return { sum, count, rows };
}

function expectTotals(
  name: string,
  got: { sum: number; count: number; rows: number },
  want: { sum: number; count: number; rows: number },
): void {
  if (got.rows !== want.rows || got.count !== want.count || Math.abs(got.sum - want.sum) > 1e-6)
    throw new Error(
      `${name}: totals ${JSON.stringify(got)}, scoreBatch says ${JSON.stringify(want)}`,
    );
}

/** The PHQ-9 SQL a competent analyst would write by hand: what the hand loop computes. */
function handWrittenSql(from: string): string {
  const items = PHQ_CSV_COLUMNS.slice(0, 9).map((c) => `"${c}"`);
  const sum = items.map((c) => `coalesce(${c}, 0)`).join(" + ");
  const answered = items.map((c) => `(${c} IS NOT NULL)::INTEGER`).join(" + ");
  return `SELECT id, total,
  CASE WHEN total >= 20 THEN 4 WHEN total >= 15 THEN 3 WHEN total >= 10 THEN 2
       WHEN total >= 5 THEN 1 WHEN total >= 0 THEN 0 END AS band,
  CASE WHEN "phq9_9" >= 1 THEN 1 ELSE 0 END AS item9
FROM (SELECT *, CASE WHEN n = 9 THEN s WHEN n >= 7 THEN floor(s * 9.0 / n + 0.5) END AS total
      FROM (SELECT *, ${sum} AS s, ${answered} AS n FROM ${from}))`;
}

export interface EndToEndOptions {
  phq9: ScaleDefinition;
  rows: number;
  n: number;
  dir: string;
  /** Also score 10,000,000 rows once, for peak RSS (the streaming memory test). */
  memoryTest: boolean;
  /** The groups to run (`--only`): `csv` (with the memory test), `sql`, `reliability`. */
  groups: ReadonlySet<string>;
}

/**
 * The CSV → CSV and SQL cases (issue 7): `psyscreen score` against DuckDB reading the
 * same CSV file, and the generated SQL against a hand-written query in DuckDB. Every
 * case's totals are checked against `scoreBatch` before its time counts.
 */
export async function endToEndCases(o: EndToEndOptions): Promise<CaseResult[]> {
  if (o.groups.has("csv") && !existsSync(CLI)) {
    process.stderr.write("  building the packages (the end-to-end cases run the built CLI)…\n");
    execFileSync("npm", ["run", "build"], { cwd: ROOT, stdio: "ignore" });
  }
  const csv = join(o.dir, `phq9-${o.rows}.csv`);
  const out = join(o.dir, "out.csv");
  await writeWorkloadCsv(csv, o.rows);
  const workload = generateWorkload(o.rows);
  const batch = scoreBatch(o.phq9, workload.phq);
  const want = { sum: 0, count: 0, rows: o.rows };
  for (const v of batch.scores.total!.value) {
    if (!Number.isNaN(v)) {
      want.sum += v;
      want.count++;
    }
  }

  const results: CaseResult[] = [];
  const csvCase = async (name: string, note: string, run: () => Promise<number | undefined>) => {
    if (!o.groups.has("csv")) return;
    rmSync(out, { force: true });
    const result = await measure(name, E2E_GROUP, note, o.rows, o.n, run);
    expectTotals(name, await totalsOfCsv(out), want);
    results.push(result);
  };
  const cliArgs = ["score", "--scale", "phq-9", csv, "--out", out, "--id-column", "id"];
  await csvCase(CLI_JS, "the built CLI in a child process; peak RSS is the child's", () =>
    runCli(cliArgs, o.dir),
  );
  await csvCase(
    CLI_DUCKDB,
    "the CLI running the generated SQL in embedded DuckDB (all cores)",
    () => runCli([...cliArgs, "--engine", "duckdb"], o.dir),
  );
  const from = `read_csv('${csv}', header = true, nullstr = '')`;
  for (const threads of [1, 2]) {
    const instance = await DuckDBInstance.create(":memory:", { threads: String(threads) });
    const connection = await instance.connect();
    const sql = scaleToSql(o.phq9, { dialect: "duckdb", from, keep: ["id"] });
    await csvCase(
      threads === 1 ? DUCKDB_CSV_1 : DUCKDB_CSV_2,
      "in this process (@duckdb/node-api): peak RSS includes the bench's own workload",
      async () => {
        await connection.run(`COPY (${sql}) TO '${out}' (HEADER, DELIMITER ',')`);
        return undefined;
      },
    );
    connection.closeSync();
  }
  if (o.groups.has("csv") && hasRDataTable())
    await csvCase(
      R_CSV,
      "Rscript per run (start-up included, as for psyscreen), data.table's default threads; peak RSS is R's",
      () => runRCsv(csv, out),
    );
  else if (o.groups.has("csv"))
    process.stderr.write(`  ${R_CSV}: skipped (Rscript with data.table not found)\n`);

  // SQL over a table already in memory: the generated query against a hand-written one
  const instance = await DuckDBInstance.create(":memory:", { threads: "1" });
  const connection = await instance.connect();
  await connection.run(`CREATE TABLE answers AS SELECT * FROM ${from}`);
  // the table's column types, as a user passes them from DESCRIBE (integer answers need
  // no whole-number test)
  const described = (await connection.runAndReadAll("DESCRIBE answers")).getRowObjectsJS();
  const columnTypes = Object.fromEntries(
    described.map((d) => [String(d.column_name), String(d.column_type)]),
  );
  const sqlOptions: SqlOptions = { dialect: "duckdb", from: "answers", keep: ["id"], columnTypes };
  for (const [name, sql, note] of [
    [
      SQL_GENERATED,
      scaleToSql(o.phq9, sqlOptions),
      "every output: 3 scores, 2 text bands, 2 scale and 2 engine flags (10 columns); `columnTypes` from DESCRIBE",
    ],
    [
      SQL_GENERATED_LIKE,
      scaleToSql(o.phq9, { ...sqlOptions, outputs: ["total", "item9_positive"] }),
      "`outputs`: id, total, its band as text, item-9 flag, as the hand-written query; `columnTypes` from DESCRIBE",
    ],
    [SQL_HAND, handWrittenSql("answers"), "only what the hand loop computes"],
  ] as const) {
    if (!o.groups.has("sql")) continue;
    const result = await measure(name, SQL_GROUP, note, o.rows, o.n, async () => {
      await connection.run(`CREATE OR REPLACE TABLE scored AS ${sql}`);
      return undefined;
    });
    const totals = (
      await connection.runAndReadAll("SELECT total FROM scored ORDER BY id")
    ).getColumnsJS()[0]!;
    totals.forEach((t, r) => {
      const expected = batch.scores.total!.value[r]!;
      if (!(t === null ? Number.isNaN(expected) : Number(t) === expected))
        throw new Error(`${name}: total of row ${r + 1} is ${t}, scoreBatch says ${expected}`);
    });
    results.push(result);
  }
  if (o.groups.has("reliability"))
    results.push(...(await reliabilityCases(workload, connection, "answers", o.n, o.dir)));
  connection.closeSync();

  if (o.memoryTest && o.groups.has("csv")) {
    const big = join(o.dir, "phq9-10m.csv");
    process.stderr.write("  writing 10,000,000 rows for the memory test…\n");
    await writeWorkloadCsv(big, 10_000_000);
    rmSync(out, { force: true });
    results.push(
      await measure(
        CLI_10M,
        E2E_GROUP,
        "streaming memory test: one run, no warm-up",
        10_000_000,
        1,
        () => runCli(["score", "--scale", "phq-9", big, "--out", out, "--id-column", "id"], o.dir),
        false,
      ),
    );
    rmSync(big, { force: true });
  }
  rmSync(out, { force: true });

  const medianOf = (name: string) => results.find((r) => r.name === name)?.median ?? Number.NaN;
  for (const r of results) {
    if (r.group === E2E_GROUP) r.ratioTo[DUCKDB_CSV_1] = ratio(r.median, medianOf(DUCKDB_CSV_1));
    if (r.group === SQL_GROUP) r.ratioTo[SQL_HAND] = ratio(r.median, medianOf(SQL_HAND));
  }
  return results;
}
