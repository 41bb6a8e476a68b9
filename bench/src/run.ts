/**
 * psyscreen benchmarks, one run: `npm run bench` (full) or `npm run bench -- --quick`.
 * Writes bench/results/latest.json and latest.md, and prints the table.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { getScale } from "@psyscreen/scales";
import {
  type BenchCase,
  fhirpathCase,
  HAND_LOOP,
  handLoopCase,
  mathjsCase,
  SCORE_BATCH_REUSED,
  scoreBatchCase,
  scoreResponseCase,
  surveyJsCase,
  type Totals,
} from "./cases";
import {
  CLI_10M,
  CLI_JS,
  DUCKDB_CSV_1,
  endToEndCases,
  SQL_GENERATED,
  SQL_GENERATED_LIKE,
  SQL_HAND,
} from "./end-to-end";
import { type CaseResult, ratio, timeSync } from "./measure";
import { RELIABILITY_CORE, RELIABILITY_R } from "./reliability-cases";
import { scl90Group } from "./scl90-group";
import { type WidgetReport, widgetBundleMarkdown, widgetGroup } from "./widget-group";
import { GAD_ITEMS, generateWorkload, PHQ_ITEMS, toRows } from "./workload";

const quick = process.argv.includes("--quick");
/** `--only=memory,scl90,widget,csv,sql,reliability`: run some groups only (default: all). */
const GROUPS = ["memory", "scl90", "widget", "csv", "sql", "reliability"];
const onlyArg = process.argv.find((a) => a.startsWith("--only="))?.slice("--only=".length);
const only = new Set(onlyArg === undefined ? GROUPS : onlyArg.split(","));
for (const g of only) {
  if (!GROUPS.includes(g)) throw new Error(`--only: unknown group ${g} (${GROUPS.join(", ")})`);
}
const mode = quick ? "quick" : "full";
const sizes = quick
  ? { fast: 200_000, perRow: 50_000, engines: 5_000, n: 5, csv: 200_000, csvRuns: 3 }
  : { fast: 1_000_000, perRow: 200_000, engines: 20_000, n: 7, csv: 1_000_000, csvRuns: 5 };
const scl90Sizes = quick
  ? { fast: 50_000, perRow: 10_000, engines: 2_000, n: 5 }
  : { fast: 200_000, perRow: 50_000, engines: 10_000, n: 7 };
const IN_MEMORY_GROUP = "in memory: PHQ-9 + GAD-7 per respondent";

const SCORE_RESPONSE = "scoreResponse, per respondent";
const MATHJS = "mathjs, compiled expression per respondent";
const FHIRPATH = "fhirpath.js per respondent";
const SURVEYJS = "SurveyJS ExpressionRunner per respondent";

function sameTotals(name: string, got: Totals, want: Totals, rows: number): void {
  for (const key of ["phq", "gad"] as const) {
    for (let r = 0; r < rows; r++) {
      const a = got[key][r]!;
      const b = want[key][r]!;
      if (!(a === b || (Number.isNaN(a) && Number.isNaN(b)))) {
        throw new Error(`${name}: ${key} total of respondent ${r} is ${a}, scoreBatch says ${b}`);
      }
    }
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  const phq9 = getScale("phq-9");
  const gad7 = getScale("gad-7");
  const workload = generateWorkload(sizes.fast);
  const rows = toRows(workload, Math.max(sizes.perRow, sizes.engines));
  const cases: BenchCase[] = !only.has("memory")
    ? []
    : [
        handLoopCase(workload, sizes.fast),
        scoreBatchCase(workload, phq9, gad7, sizes.fast),
        scoreBatchCase(workload, phq9, gad7, sizes.fast, true),
        scoreResponseCase(rows.slice(0, sizes.perRow), phq9, gad7),
        mathjsCase(rows.slice(0, sizes.engines)),
        surveyJsCase(rows.slice(0, sizes.engines)),
        fhirpathCase(rows.slice(0, sizes.engines)),
      ];

  // Correctness first: every case's totals must equal scoreBatch's on its rows.
  const reference = cases[1];
  reference?.run();
  const want = reference?.totals();
  for (const c of cases) {
    if (c !== reference) c.run();
    sameTotals(c.name, c.totals(), want!, c.respondents);
  }
  const missing = countMissing(workload);

  const results: CaseResult[] = [];
  for (const c of cases) results.push(await timeSync(c, IN_MEMORY_GROUP, sizes.n));
  const medianOf = (name: string) => results.find((r) => r.name === name)?.median ?? Number.NaN;
  for (const r of results) {
    r.ratioTo[HAND_LOOP] = ratio(r.median, medianOf(HAND_LOOP));
    if (r.name === SCORE_RESPONSE) {
      for (const base of [MATHJS, SURVEYJS, FHIRPATH])
        r.ratioTo[base] = ratio(r.median, medianOf(base));
    }
  }
  const scl90 = only.has("scl90") ? await scl90Group(scl90Sizes) : undefined;
  if (scl90 !== undefined) results.push(...scl90.results);
  const widget = only.has("widget") ? await widgetGroup(quick ? 2 : 7, quick ? 0 : 3) : undefined;
  if (widget !== undefined) results.push(...widget.results);
  const dir = join(dirname(fileURLToPath(import.meta.url)), "..", "results");
  const scratch = mkdtempSync(join(os.tmpdir(), "psyscreen-bench-"));
  try {
    if (only.has("csv") || only.has("sql") || only.has("reliability"))
      results.push(
        ...(await endToEndCases({
          phq9,
          rows: sizes.csv,
          n: sizes.csvRuns,
          dir: scratch,
          memoryTest: !quick,
          groups: only,
        })),
      );
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }

  const cpus = os.cpus();
  const report = {
    machine: {
      cpus: cpus.length,
      model: cpus[0]?.model.trim() ?? "unknown",
      node: process.version,
      os: `${os.type()} ${os.release()} ${os.arch()}`,
      loadavg: os.loadavg().map((l) => Math.round(l * 100) / 100),
    },
    date: new Date().toISOString(),
    mode,
    ...(onlyArg === undefined ? {} : { only: [...only] }),
    workload: {
      seed: 20261128,
      respondents: sizes.fast,
      ...missing,
      note: "PHQ-9 (9 items + difficulty) and GAD-7, 0-3, each scored item skipped with p = 0.03",
      ...(scl90 === undefined ? {} : { scl90: scl90.workload }),
    },
    cases: results,
    ...(widget === undefined ? {} : { widget: widget.report }),
    targets: [
      target(
        "scoreBatch (reused arrays, like the hand loop) ≥ 0.5 × hand loop",
        ratio(medianOf(SCORE_BATCH_REUSED), medianOf(HAND_LOOP)),
        0.5,
      ),
      target("scoreResponse ≥ 10 × mathjs", ratio(medianOf(SCORE_RESPONSE), medianOf(MATHJS)), 10),
      target(
        "scoreResponse ≥ 100 × fhirpath.js",
        ratio(medianOf(SCORE_RESPONSE), medianOf(FHIRPATH)),
        100,
      ),
      target(
        "psyscreen score from CSV ≥ 1 × DuckDB from CSV, 1 thread",
        ratio(medianOf(CLI_JS), medianOf(DUCKDB_CSV_1)),
        1,
      ),
      target(
        "generated SQL ≥ 1 / 1.5 × the hand-written query (within 1.5×)",
        ratio(medianOf(SQL_GENERATED), medianOf(SQL_HAND)),
        0.667,
      ),
      target(
        "the same, restricted to the hand-written query's outputs (`outputs`)",
        ratio(medianOf(SQL_GENERATED_LIKE), medianOf(SQL_HAND)),
        0.667,
      ),
      ...(results.some((r) => r.name === RELIABILITY_R)
        ? [
            target(
              "reliability ≥ 5 × R psych::alpha",
              ratio(medianOf(RELIABILITY_CORE), medianOf(RELIABILITY_R)),
              5,
            ),
          ]
        : []),
      ...(quick
        ? []
        : [
            target(
              "peak RSS of psyscreen score on 10,000,000 rows ≤ 200 MB (as 200 / MB)",
              ratio(200, results.find((r) => r.name === CLI_10M)?.peakRssMB ?? Number.NaN),
              1,
            ),
          ]),
    ].filter((t) => !Number.isNaN(t.measured)),
    seconds: Math.round((performance.now() - started) / 100) / 10,
  };
  const md = markdown(report);
  mkdirSync(dir, { recursive: true });
  // a run of some groups only does not replace the full table
  const name = onlyArg === undefined ? "latest" : "latest-only";
  writeFileSync(join(dir, `${name}.json`), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(dir, `${name}.md`), md);
  process.stdout.write(md);
}

/** How many respondents have PHQ-9 prorated (1–2 missing), PHQ-9 null, GAD-7 null. */
function countMissing(w: ReturnType<typeof generateWorkload>) {
  let phqProrated = 0;
  let phqNull = 0;
  let gadNull = 0;
  for (let r = 0; r < w.rows; r++) {
    let m = 0;
    for (const id of PHQ_ITEMS) if (Number.isNaN(w.phq[id]![r]!)) m++;
    if (m > 2) phqNull++;
    else if (m > 0) phqProrated++;
    if (GAD_ITEMS.some((id) => Number.isNaN(w.gad[id]![r]!))) gadNull++;
  }
  return { phqProrated, phqNull, gadNull };
}

function target(name: string, measured: number, required: number) {
  return { name, measured, required, met: measured >= required };
}

const fmt = (n: number) => n.toLocaleString("en");

function markdown(report: {
  machine: { cpus: number; model: string; node: string; os: string; loadavg: number[] };
  date: string;
  mode: string;
  only?: string[];
  cases: CaseResult[];
  widget?: WidgetReport;
  targets: ReturnType<typeof target>[];
  seconds: number;
}): string {
  const m = report.machine;
  const lines = [
    `Run ${report.date} (${report.mode} mode${report.only ? `, only ${report.only.join(", ")}` : ""}, ${report.seconds} s): ${m.cpus} × ${m.model}, Node ${m.node}, ${m.os}, load average ${m.loadavg.join(" / ")} at the end.`,
    "",
  ];
  for (const group of [...new Set(report.cases.map((c) => c.group))]) {
    const cases = report.cases.filter((c) => c.group === group);
    const baseline = Object.keys(cases[0]!.ratioTo)[0] ?? cases[0]!.name;
    const unit = cases[0]!.unit;
    const perRep = unit === "ms" ? "respondents per run" : "respondents per rep";
    lines.push(
      `**${group}** (ratios to ${baseline}${unit === "ms" ? "; times, lower is better" : ""})`,
      "",
      `| case | ${perRep} | median ${unit} | min | max | n | × baseline | peak RSS MB |`,
      "|---|---:|---:|---:|---:|---:|---:|---:|",
      ...cases.map(
        (c) =>
          `| ${c.name} | ${fmt(c.respondents)} | ${fmt(c.median)} | ${fmt(c.min)} | ${fmt(c.max)} | ${c.n} | ${c.ratioTo[baseline] ?? ""} | ${c.peakRssMB} |`,
      ),
      "",
    );
  }
  if (report.widget !== undefined) lines.push(widgetBundleMarkdown(report.widget), "");
  lines.push(
    "| target | measured | required | met |",
    "|---|---:|---:|---|",
    ...report.targets.map(
      (t) => `| ${t.name} | ${t.measured} | ${t.required} | ${t.met ? "yes" : "**no**"} |`,
    ),
    "",
  );
  return lines.join("\n");
}

await main();
