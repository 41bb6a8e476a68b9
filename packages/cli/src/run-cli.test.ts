import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { csvColumns } from "../test/csv-columns";
import { runCli } from "./run-cli";

const repo = new URL("../../../", import.meta.url).pathname;

async function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  let out = "";
  let err = "";
  const code = await runCli(
    args,
    { out: (s) => (out += s), err: (s) => (err += s), errIsTTY: false },
    env,
  );
  return { code, out, err };
}

function tempFile(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), "psyscreen-cli-"));
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

const HEADER = "student,phq9_1,phq9_2,phq9_3,phq9_4,phq9_5,phq9_6,phq9_7,phq9_8,phq9_9";

describe("psyscreen score", () => {
  it("scores every row or rejects it with its line number and reason", async () => {
    const input = tempFile(
      "export.csv",
      `${HEADER}\nS1,0,0,0,0,0,0,0,0,1\nS2,3,3,3,3,3,3,3,3,3\nS3,1,1,NA,1,1,1,1,1,\nS4,1,2\n,1,1,1,1,1,1,1,1,1\nS6,"2",x,9,0,0,0,0,0,0\n`,
    );
    const { code, out, err } = await run([
      "score",
      "--scale",
      "phq-9",
      "--id-column",
      "student",
      input,
    ]);
    expect(code).toBe(1);
    expect(out.split("\n").map((l) => l.replace(/,[^,]*$/, ""))).toEqual([
      "line,student,total,total_band,dx_symptoms,dx_syndrome,dx_syndrome_band,flags,issues,scale_id,scale_version",
      // item 9 at 1 is the one symptom present: no core symptom, so no syndrome
      "2,S1,1,minimal,1,0,no_syndrome,item9_positive,,phq-9,1.1.0",
      "3,S2,27,severe,9,2,major_depressive_syndrome,item9_positive;screen_positive,,phq-9,1.1.0",
      // 7 answered, sum 7 → 7 × 9 / 7 = 9; item 9 empty → asked in person; the optional
      // algorithm needs all nine items, so it is empty without raising incomplete
      "4,S3,9,mild,,,,critical_item_unanswered,,phq-9,1.1.0",
      // 2 over 7 answered → 2 × 9 / 7 = 2.57 → 3
      "7,S6,3,minimal,,,,,not-a-number:phq9_2;out-of-range:phq9_3,phq-9,1.1.0",
      "",
    ]);
    expect(err.split("\n")).toEqual([
      `${input}:5:4: has 3 fields; the header has 10`,
      `${input}:6:1: has no value in the id column student`,
      `${input}:7:3: phq9_2: The answer to "phq9_2" is not a number: "x".`,
      `${input}:7:4: phq9_3: The answer 9 to "phq9_3" is not one of its allowed values.`,
      `rows scored: 4 (1 with invalid answers), rejected: 2 (see ${input}.rejects.csv)`,
      "",
    ]);
    expect(readFileSync(`${input}.rejects.csv`, "utf8")).toBe(
      'line,column,reason,record\n5,4,has 3 fields; the header has 10,"S4,1,2"\n6,1,has no value in the id column student,",1,1,1,1,1,1,1,1,1"\n',
    );
  });

  it("maps columns, reads NDJSON and writes NDJSON", async () => {
    const input = tempFile(
      "export.ndjson",
      `${JSON.stringify({ id: "a", Q1: 1, Q2: 2 })}\nnot json\n${JSON.stringify({ id: "b", Q1: 3, Q2: "NA" })}\n`,
    );
    const { code, out, err } = await run([
      "score",
      "--scale",
      "phq-9",
      "--format",
      "ndjson",
      "--id-column",
      "id",
      "--map",
      "Q1=phq9_1",
      "--map",
      "Q2=phq9_2",
      input,
    ]);
    expect(code).toBe(1);
    const rows = out
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(
      rows.map((r) => [
        r.line,
        r.id,
        r.scores.total.value,
        r.flags.map((f: { id: string }) => f.id),
      ]),
    ).toEqual([
      [1, "a", null, ["incomplete", "critical_item_unanswered"]],
      [3, "b", null, ["incomplete", "critical_item_unanswered"]],
    ]);
    expect(err).toContain(`${input}:2: Unexpected token`);
    // the first record stands for a header: absent items are named (id and Q1, Q2 are used)
    expect(err).not.toContain("columns not used");
    expect(err).toContain(`${input}:1: no column for phq9_3, phq9_4,`);
    expect(err).toContain("rows scored: 2 (0 with invalid answers), rejected: 1");
  });

  it("refuses NDJSON whose first record has no item", async () => {
    const input = tempFile("wrong.ndjson", `${JSON.stringify({ id: "a", q1: 1 })}\n`);
    expect(await run(["score", "--scale", "phq-9", input])).toMatchObject({
      code: 2,
      err: `psyscreen: ${input}:1: none of the columns is an item of phq-9: map columns with --map column=itemId.\n`,
    });
  });

  it("explains a header with no items and an unknown scale, in the user's language", async () => {
    const input = tempFile("x.csv", "a,b\n1,2\n");
    expect(await run(["score", "--scale", "phq-9", input])).toMatchObject({
      code: 2,
      err: `psyscreen: ${input}:1: none of the columns is an item of phq-9: map columns with --map column=itemId.\n`,
    });
    const zh = await run(["score", "--scale", "phq-10", input], { LANG: "zh_CN.UTF-8" });
    expect(zh.code).toBe(2);
    expect(zh.err).toContain("找不到量表“phq-10”");
  });
});

describe("psyscreen score --engine duckdb", () => {
  it("gives the same totals, bands and flags as the JavaScript engine", async () => {
    const rows = [
      "S1,0,0,0,0,0,0,0,0,1",
      "S2,3,3,3,3,3,3,3,3,3",
      "S3,1,1,NA,1,1,1,1,1,",
      "S4,2,2,2,,,2,2,2,0",
    ];
    const input = tempFile("semester.csv", `${HEADER}\n${rows.join("\n")}\n`);
    const js = await run(["score", "--scale", "phq-9", "--id-column", "student", input]);
    const sql = await run([
      "score",
      "--engine",
      "duckdb",
      "--scale",
      "phq-9",
      "--id-column",
      "student",
      input,
    ]);
    expect(sql.code).toBe(0);
    const jsRows = js.out
      .trim()
      .split("\n")
      .slice(1)
      .map((l) => l.split(","));
    const sqlLines = sql.out.trim().split("\n");
    expect(sqlLines[0]).toBe(
      "student,total,total_band,dx_symptoms,dx_syndrome,dx_syndrome_band,item9_positive,screen_positive,incomplete,critical_item_unanswered",
    );
    const sqlRows = sqlLines.slice(1).map((l) => l.split(","));
    // student, total, band and the optional PHQ algorithm outputs agree column for column
    expect(sqlRows.map((r) => r.slice(0, 6))).toEqual(jsRows.map((r) => r.slice(1, 7)));
    const fired = (r: string[]) =>
      ["item9_positive", "screen_positive", "incomplete", "critical_item_unanswered"].filter(
        (_, i) => r[6 + i] === "1",
      );
    expect(sqlRows.map(fired)).toEqual(jsRows.map((r) => (r[7] ? r[7].split(";") : [])));
    expect(sql.err).toBe("rows scored: 4 (0 with invalid answers), rejected: 0\n");
  });
});

describe("psyscreen validate, sql and scales", () => {
  it("validates the bundled scales and runs their fixtures", async () => {
    const { code, out } = await run(["validate", join(repo, "scales")]);
    expect(code).toBe(0);
    expect(out).toMatch(/^ok {5}.*phq-9\/scale\.json \(phq-9 1\.1\.0\), \d+\/\d+ fixtures pass$/m);
  });

  it("reports every issue of a broken definition with its path, and exits 1", async () => {
    const file = tempFile("scale.json", JSON.stringify({ id: "Bad Id", version: "1" }));
    const { code, out, err } = await run(["validate", file]);
    expect(code).toBe(1);
    expect(out).toContain(
      "  id: A scale id must be lower-case letters and digits, words joined by -. [invalid-scale-id]",
    );
    expect(err).toBe("0 valid, 1 invalid\n");
  });

  it("prints SQL for a dialect and lists scales", async () => {
    const sql = await run([
      "sql",
      "--scale",
      "gad-7",
      "--table",
      "responses",
      "--dialect",
      "spark",
      "--keep",
      "id",
    ]);
    expect(sql.code).toBe(0);
    expect(sql.out).toMatch(/^WITH `items` AS \(SELECT \*, CAST\(`gad7_1` AS DOUBLE\)/);
    expect((await run(["scales"])).out).toMatch(/^gad-7 +1\.0\.0 +/m);
  });

  it("prints SQL for only the scores and flags --outputs names, and refuses unknown ones", async () => {
    const args = ["sql", "--scale", "phq-9", "--table", "t", "--keep", "id"];
    const all = await run(args);
    const some = await run([...args, "--outputs", "total", "--outputs", "item9_positive"]);
    expect(some.code).toBe(0);
    const last = (sql: string) => sql.slice(sql.lastIndexOf("SELECT"));
    for (const column of ['"total"', '"total_band"', '"item9_positive"']) {
      expect(last(some.out)).toContain(`AS ${column}`);
    }
    expect(last(all.out)).toContain('AS "dx_syndrome"');
    expect(some.out).not.toContain('"dx_syndrome"');
    expect(some.out.length).toBeLessThan(all.out.length);
    const bad = await run([...args, "--outputs", "total,nope"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("--outputs: nope is not a score or flag of phq-9. Known: total,");
  });

  it("refuses unknown options and dialects with commander's message", async () => {
    const bad = await run(["sql", "--scale", "gad-7", "--table", "t", "--dialect", "oracle"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("Allowed choices are duckdb, postgres, spark");
  });
});

describe("psyscreen reliability", () => {
  it("reports alpha with its interval and item statistics per score, keyed as the scale keys", async () => {
    // 4 respondents; item 9 left blank by one of them (left out, and counted)
    const input = tempFile(
      "rel.csv",
      `${HEADER}\nA,0,0,1,0,0,1,0,0,0\nB,1,1,1,2,1,1,1,1,1\nC,2,2,3,2,2,2,3,2,2\nD,3,3,3,3,2,3,3,3,\nE,1,0,1,1,1,0,1,0,0\n`,
    );
    const { code, out } = await run(["reliability", "--scale", "phq-9", input]);
    expect(code).toBe(0);
    expect(out.split("\n")[0]).toMatch(
      /^total \(PHQ-9 total\): α 0\.9\d\d \[0\.\d{3}, 0\.9\d\d\] \(Feldt 95%\), standardized α 0\.9\d\d, ω total 0\.9\d\d, mean r 0\.\d{3}, n 4 \(1 incomplete left out\)$/,
    );
    // per item: mean, sd, r.drop, α if deleted, loading, then the share of each answer 0–3
    const lines = out.split("\n");
    expect(lines[2]!.trim().split(/\s+/)).toEqual(["0", "1", "2", "3"]);
    expect(lines.find((l) => l.startsWith("  phq9_9 "))).toMatch(
      // complete respondents A, B, C, E answered 0, 1, 2, 0: mean 0.75, sd √(2.75/3)
      /^ {2}phq9_9 +0\.75 +0\.96 +0\.\d{3} +0\.\d{3} +0\.\d\d {2}0\.50 {2}0\.25 {2}0\.25 {2}0\.00$/,
    );
    const bad = await run(["reliability", "--scale", "phq-9", "--score", "nope", input]);
    expect(bad).toMatchObject({
      code: 2,
      err: "psyscreen: phq-9 has no sum or mean score nope.\n",
    });
  });
});

describe("psyscreen norms build", () => {
  it("writes one norm table per group that the scale accepts, and refuses groups below --min-n", async () => {
    const rows = Array.from({ length: 60 }, (_, r) => {
      const answers = Array.from({ length: 9 }, (_, i) => (r + i) % 4);
      return [`R${r}`, r % 2 ? "女" : "男", 7, ...answers].join(",");
    });
    rows.push(["X", "女", 8, 1, 1, 1, 1, 1, 1, 1, 1, 1].join(","));
    const input = tempFile(
      "sample.csv",
      `${HEADER.replace("student", "student,sex,grade")}\n${rows.join("\n")}\n`,
    );
    const out = `${input}.norms.json`;
    const { code, err } = await run([
      "norms",
      "build",
      "--scale",
      "phq-9",
      "--by",
      "sex,grade",
      "--norm-version",
      "2026-1",
      "--source",
      "Synthetic sample",
      "--min-n",
      "20",
      "--out",
      out,
      input,
    ]);
    expect(code).toBe(1);
    expect(err).toBe(
      `${input}:1: columns not used: student (not items of phq-9; map one with --map column=itemId).\n` +
        "group female|8: n = 1, below --min-n 20; no norm table written for it.\nnorm tables written: 2; groups refused: 1; rows without a readable group: 0\n",
    );
    const tables = JSON.parse(readFileSync(out, "utf8"));
    expect(
      tables.map((t: { id: string; n: number; group: object }) => [t.id, t.n, t.group]),
    ).toEqual([
      ["phq_9_2026_1_female_7", 30, { sex: "female", gradeMin: 7, gradeMax: 7 }],
      ["phq_9_2026_1_male_7", 30, { sex: "male", gradeMin: 7, gradeMax: 7 }],
    ]);
    const { getScale } = await import("@psyscreen/scales");
    const { validateScale } = await import("@psyscreen/core");
    const withNorms = validateScale({ ...structuredClone(getScale("phq-9")), norms: tables });
    expect(withNorms.success ? [] : withNorms.issues).toEqual([]);
  });

  it("refuses a --by column that is no norm-group field", async () => {
    const input = tempFile("s.csv", `${HEADER}\n`);
    const bad = await run([
      "norms",
      "build",
      "--scale",
      "phq-9",
      "--by",
      "school",
      "--norm-version",
      "1",
      "--source",
      "s",
      input,
    ]);
    expect(bad).toMatchObject({
      code: 2,
      err: "psyscreen: --by school is not a norm-group field; use: sex, age, grade, population, region.\n",
    });
  });
});

describe("psyscreen score --map, --id-column and --norm-group", () => {
  it("reads mapped columns, picks each row's norm table by its group cells, and adds z, T and percentile", async () => {
    // a norm sample: 40 boys and 40 girls in grade 7 with different score spreads
    const sampleRows = Array.from({ length: 80 }, (_, r) => {
      const level = r < 40 ? r % 4 : (r % 3) + 1;
      const answers = Array.from({ length: 9 }, (_, i) => Math.min(3, (level + i) % 4));
      return [`N${r}`, r < 40 ? "m" : "f", 7, ...answers].join(",");
    });
    const sample = tempFile(
      "sample.csv",
      `${HEADER.replace("student", "student,sex,grade")}\n${sampleRows.join("\n")}\n`,
    );
    const normsOut = await run([
      "norms",
      "build",
      "--scale",
      "phq-9",
      "--by",
      "sex,grade",
      "--norm-version",
      "t1",
      "--source",
      "Synthetic",
      "--min-n",
      "30",
      sample,
    ]);
    expect(normsOut.code).toBe(0);
    const { getScale } = await import("@psyscreen/scales");
    const scaleFile = tempFile(
      "phq-9-normed.json",
      JSON.stringify({ ...structuredClone(getScale("phq-9")), norms: JSON.parse(normsOut.out) }),
    );
    // the school's export names items Q1…Q9 and the pupil column 学号
    const questions = Array.from({ length: 9 }, (_, i) => `Q${i + 1}`);
    const input = tempFile(
      "school.csv",
      `学号,sex,grade,${questions.join(",")}\nA,男,7,1,1,1,1,1,1,1,1,0\nB,女,7,1,1,1,1,1,1,1,1,0\nC,?,7,1,1,1,1,1,1,1,1,0\n`,
    );
    const { code, out, err } = await run([
      "score",
      "--scale",
      scaleFile,
      "--id-column",
      "学号",
      "--norm-group",
      "sex,grade",
      ...questions.flatMap((q, i) => ["--map", `${q}=phq9_${i + 1}`]),
      input,
    ]);
    const [header, ...rows] = out
      .trim()
      .split("\n")
      .map((l) => l.split(","));
    expect(header!.slice(0, 7)).toEqual([
      "line",
      "学号",
      "total",
      "total_band",
      "total_z",
      "total_t",
      "total_percentile",
    ]);
    const tables = JSON.parse(normsOut.out) as {
      group: { sex: string };
      scores: { total: { mean: number; sd: number } };
    }[];
    const z = (sex: string) => {
      const t = tables.find((x) => x.group.sex === sex)!.scores.total;
      return (8 - t.mean) / t.sd;
    };
    expect(rows.map((r) => [r[1], r[2]])).toEqual([
      ["A", "8"],
      ["B", "8"],
      ["C", "8"],
    ]);
    expect(Number(rows[0]![4])).toBeCloseTo(z("male"), 2);
    expect(Number(rows[1]![4])).toBeCloseTo(z("female"), 2);
    expect(rows[0]![4]).not.toBe(rows[1]![4]);
    // "?" is no sex: no norm table fits, said in the row's issues
    expect(rows[2]![4]).toBe("");
    expect(rows[2]!.join(",")).toContain("norm-not-found");
    expect(err).toContain(`${input}:4: No norm table fits this respondent's group.`);
    expect(err).toContain("rows scored: 3 (0 with invalid answers), rejected: 0");
    expect(code).toBe(0);
  });
});

describe("psyscreen score on XLSX", () => {
  it("scores a sheet of an Excel workbook and rejects the row that runs past the header", async () => {
    const { excelLikeWorkbook } = await import("../test/excel-like-workbook");
    const input = join(mkdtempSync(join(tmpdir(), "psyscreen-cli-")), "答卷.xlsx");
    writeFileSync(input, excelLikeWorkbook());
    const { code, out, err } = await run([
      "score",
      "--scale",
      "phq-9",
      "--sheet",
      "答卷 2026",
      "--id-column",
      "学号",
      input,
    ]);
    expect(code).toBe(1);
    expect(csvColumns(out, ["line", "学号", "total", "total_band", "flags"])).toEqual([
      "line,学号,total,total_band,flags",
      "2,张三,3,minimal,",
      // B4 = 1+1 → 2, C4 = TRUE → 1, D4 empty, then 2 2 2 2 2 1: 14 over 8 answered, × 9 / 8 = 15.75 → 16
      "4,李四,16,moderately_severe,item9_positive;screen_positive",
      "",
    ]);
    expect(err).toContain(`${input}:6:12: has 12 fields; the header has 11`);
    expect(err).toContain("rows scored: 2 (0 with invalid answers), rejected: 1");
  });

  it("writes XLSX with --format xlsx and --out, neutralizing formula-like ids", async () => {
    const input = tempFile("ids.csv", `${HEADER}\n=1+1,0,0,0,0,0,0,0,0,0\n-7,1,1,1,1,1,1,1,1,1\n`);
    const out = `${input}.xlsx`;
    expect(
      (
        await run([
          "score",
          "--scale",
          "phq-9",
          "--id-column",
          "student",
          "--format",
          "xlsx",
          input,
        ])
      ).err,
    ).toBe("psyscreen: --format xlsx writes a file: give it with --out results.xlsx.\n");
    const result = await run([
      "score",
      "--scale",
      "phq-9",
      "--id-column",
      "student",
      "--format",
      "xlsx",
      "--out",
      out,
      input,
    ]);
    expect(result.code).toBe(0);
    const { readTable } = await import("./input/read-table");
    const rows: unknown[][] = [];
    for await (const e of readTable({ file: out, locale: "en" })) {
      if (e.kind === "header") rows.push(e.columns);
      if (e.kind === "cells") rows.push(e.cells);
    }
    expect(rows.map((r) => r.slice(0, 4))).toEqual([
      ["line", "student", "total", "total_band"],
      [2, "'=1+1", 0, "minimal"],
      [3, "-7", 9, "mild"],
    ]);
  });
});

describe("psyscreen reliability against R", () => {
  it("prints the α, ω and item numbers R's psych gives on core's reference sample", async () => {
    // the 6-item sample core's reliability tests pin to psych::alpha and psych::omega
    const sample = new URL("../../core/test/fixtures/reliability-sample.csv", import.meta.url)
      .pathname;
    const items = Array.from({ length: 6 }, (_, i) => `i${i + 1}`);
    const scale = tempFile(
      "six-items.json",
      JSON.stringify({
        id: "six-items",
        version: "1.0.0",
        name: { en: "Six-item sample", "zh-CN": "六题样例" },
        population: { respondent: "self" },
        licence: { spdx: "CC0-1.0", embedText: true },
        sources: [{ citation: "Synthetic sample for tests" }],
        responseSets: [
          {
            id: "freq",
            kind: "choice",
            options: [0, 1, 2, 3].map((value) => ({ value, label: { en: `option ${value}` } })),
          },
        ],
        items: items.map((id) => ({ id, responseSet: "freq", text: { en: id } })),
        scores: [{ id: "total", name: { en: "Total", "zh-CN": "总分" }, method: "sum", items }],
        flags: [],
      }),
    );
    const { code, out, err } = await run(["reliability", "--scale", scale, sample]);
    expect(err).toBe("");
    expect(code).toBe(0);
    // R 4.2.2, psych 2.2.9: alpha 0.6450, Feldt CI [0.5630, 0.7162], std.alpha 0.6405,
    // omega(nfactors = 1)$omega.tot 0.6596, average r 0.2290; i1 r.drop 0.5442,
    // alpha if dropped 0.5347, fa loading 0.7089, answers 0/1/2/3: .200/.390/.285/.125
    expect(out.split("\n")[0]).toBe(
      "total (Total): α 0.645 [0.563, 0.716] (Feldt 95%), standardized α 0.641, ω total 0.660, mean r 0.229, n 200 (0 incomplete left out)",
    );
    expect(out.split("\n")[3]).toBe(
      "  i1              1.33   0.94   0.544         0.535     0.71  0.20  0.39  0.28  0.13",
    );
    // --format json: every number unrounded, the same as core's reliability()
    const json = await run(["reliability", "--scale", scale, "--format", "json", sample]);
    const [total] = JSON.parse(json.out);
    expect(total.score).toBe("total");
    expect(total.alpha).toBeCloseTo(0.6450371842, 9);
    expect(Math.abs(total.omega.total - 0.659644034961)).toBeLessThan(1e-7);
    expect(total.itemStats[0]).toMatchObject({ item: "i1", mean: 1.335 });
    expect(Math.abs(total.itemStats[0].loading - 0.708907409154)).toBeLessThan(1e-5);
    expect(total.itemStats[5].frequencies).toHaveLength(4);
  });
});

describe("psyscreen demo-data", () => {
  it("writes the same synthetic school for the same seed, ready to score", async () => {
    const dirs = [0, 1].map(() => mkdtempSync(join(tmpdir(), "psyscreen-demo-")));
    for (const dir of dirs) {
      const { code, err } = await run(["demo-data", "--students", "500", "--out", dir]);
      expect(code).toBe(0);
      expect(err).toMatch(
        /^Wrote a synthetic K-12 school \(486 students, term 2026-2027-1, seed 1\)/,
      );
    }
    const read = (dir: string, name: string) => readFileSync(join(dir, name), "utf8");
    const roster = read(dirs[0]!, "roster.csv").trim().split("\n");
    expect(roster).toHaveLength(487);
    expect(read(dirs[1]!, "roster.csv")).toBe(read(dirs[0]!, "roster.csv"));
    const campaign = JSON.parse(read(dirs[0]!, "campaign.json")) as { term: string };
    expect(campaign.term).toBe("2026-2027-1");
    const sheets = join(dirs[0]!, "responses-phq-9.csv");
    const scored = await run(["score", "--scale", "phq-9", "--id-column", "student_id", sheets]);
    // absent, refused and exempt sheets have no answers: rejected with their line, never dropped
    const lines = read(dirs[0]!, "responses-phq-9.csv").trim().split("\n").length - 1;
    const [, scoredRows, rejectedRows] = /rows scored: (\d+) .*rejected: (\d+)/.exec(scored.err)!;
    expect(Number(scoredRows) + Number(rejectedRows)).toBe(lines);
    expect(Number(scoredRows)).toBeGreaterThan(0);
  });

  it("refuses a number of students that is not a whole number above 0", async () => {
    const { code } = await run(["demo-data", "--students", "0", "--out", tmpdir()]);
    expect(code).toBe(2);
  });
});

describe("psyscreen census run", () => {
  it("gives from the CSV files exactly the census of the school they were written from", async () => {
    const dir = mkdtempSync(join(tmpdir(), "psyscreen-census-"));
    await run(["demo-data", "--students", "500", "--out", dir]);
    const files = ["phq-2", "gad-2", "phq-9", "gad-7"].flatMap((s) => [
      "--responses",
      join(dir, `responses-${s}.csv`),
    ]);
    const now = "2026-10-08T00:00:00Z";
    const census = [
      "census",
      "run",
      "--campaign",
      join(dir, "campaign.json"),
      "--roster",
      join(dir, "roster.csv"),
      ...files,
      "--now",
      now,
    ];
    const { code, out, err } = await run([
      ...census,
      "--report",
      join(dir, "census.html"),
      "--follow-up",
      join(dir, "follow-up.csv"),
    ]);
    expect(code, err).toBe(0);
    const { generateSchool } = await import("@psyscreen/demo-data");
    const { censusReport, resolveProfile, runCensus } = await import("@psyscreen/registry");
    const school = generateSchool({ seed: "1", classSize: 9 });
    const direct = runCensus(school, { now });
    const profile = resolveProfile(school.profile, []);
    if (!direct.success || !profile.success) throw new Error("direct census failed");
    expect(JSON.parse(out)).toEqual(
      JSON.parse(JSON.stringify(censusReport(direct.data, { profile: profile.data }))),
    );
    const followUp = readFileSync(join(dir, "follow-up.csv"), "utf8").trim().split("\n");
    expect(followUp.slice(1).map((l) => l.split(",")[1])).toEqual(
      direct.data.followUp.map((f) => f.studentId),
    );
    expect(readFileSync(join(dir, "census.html"), "utf8")).toMatch(/^<!doctype html>/);
    expect(err).toMatch(/^2026-2027-1: \d+ of \d+ screened/);

    // into a SQLite registry: once adds the census, twice adds nothing
    const db = join(dir, "registry.db");
    const args = [...census, "--out", join(dir, "census.json"), "--registry", db];
    const first = await run(args);
    expect(first.code, first.err).toBe(0);
    expect(first.err).toMatch(
      /Imported into the registry .*: [1-9]\d* events added, 0 already there\./,
    );
    const again = await run(args);
    expect(again.err).toMatch(/: 0 events added, [1-9]\d* already there\./);
    const { SqliteStore } = await import("@psyscreen/registry/sqlite");
    const { Registry } = await import("@psyscreen/registry");
    const store = new SqliteStore(db);
    const stored = await new Registry(profile.data, store).files();
    store.close();
    const critical = direct.data.followUp.filter((f) => f.provisionalLevel !== undefined);
    expect(
      stored
        .filter((f) => f.provisional)
        .map((f) => f.studentId)
        .sort(),
    ).toEqual(critical.map((f) => f.studentId).sort());
  });

  it("prints the issues and exits 1 when the sheets do not fit the roster", async () => {
    const dir = mkdtempSync(join(tmpdir(), "psyscreen-census-"));
    await run(["demo-data", "--students", "100", "--out", dir]);
    const sheets = join(dir, "responses-phq-9.csv");
    writeFileSync(sheets, `${readFileSync(sheets, "utf8")}s9999,absent,,${",".repeat(9)}\n`);
    const { code, err } = await run([
      "census",
      "run",
      "--campaign",
      join(dir, "campaign.json"),
      "--roster",
      join(dir, "roster.csv"),
      "--responses",
      sheets,
    ]);
    expect(code).toBe(1);
    expect(err).toContain("s9999");
  });
});
