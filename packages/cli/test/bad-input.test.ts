import { execSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { bin, ensureBuilt, fixtures, psyscreen, psyscreenBatch, type RunResult } from "./built-cli";
import { csvColumns } from "./csv-columns";
import { excelLikeWorkbook } from "./excel-like-workbook";

// These tests run the built binary (packages/cli/dist/bin.js) on the files in
// test/fixtures: messy.csv holds a fault of every kind the CLI must survive.

beforeAll(ensureBuilt, 180_000);
// each run starts Node and loads the engine (about a second, more on a busy machine)
vi.setConfig({ testTimeout: 60_000 });

const temp = () => mkdtempSync(join(tmpdir(), "psyscreen-bin-"));
const noStackTrace = (err: string) => expect(err).not.toMatch(/\n\s+at |Error:/);

describe("psyscreen score on a messy export (built binary)", () => {
  it("scores the good rows, rejects each bad one with line, column and reason, and exits 1", () => {
    const rejects = join(temp(), "rejects.csv");
    const { code, out, err } = psyscreen([
      "score",
      "--scale",
      "phq-9",
      "--id-column",
      "student",
      "--rejects",
      rejects,
      "messy.csv",
    ]);
    expect(code).toBe(1);
    // the BOM is gone from the first column; rows 3–4 are one quoted record
    expect(csvColumns(out, ["line", "student", "total", "total_band", "flags", "issues"])).toEqual([
      "line,student,total,total_band,flags,issues",
      "2,S01,3,minimal,,",
      "3,S02,25,severe,item9_positive;screen_positive,",
      // 9 out of range and x not a number count as missing: 6 over 7 answered → 7.7 → 8
      "7,S05,8,mild,,out-of-range:phq9_3;not-a-number:phq9_5",
      // NA and an empty cell skipped; item 9 empty → asked in person
      "11,S06,9,mild,critical_item_unanswered,",
      "",
    ]);
    expect(err.split("\n")).toEqual([
      "messy.csv:1: columns not used: class, notes (not items of phq-9; map one with --map column=itemId).",
      "messy.csv:5:5: has 4 fields; the header has 12",
      "messy.csv:6:12: text after the closing quote of a field",
      'messy.csv:7:5: phq9_3: The answer 9 to "phq9_3" is not one of its allowed values.',
      'messy.csv:7:7: phq9_5: The answer to "phq9_5" is not a number: "x".',
      "messy.csv:8:1: the id S01 is already on line 2",
      "messy.csv:9:1: has no value in the id column student",
      "messy.csv:12:13: has 13 fields; the header has 12",
      "messy.csv:13:12: a quote opened here is never closed (lines up to 14 were read into this field)",
      `rows scored: 4 (1 with invalid answers), rejected: 6 (see ${rejects})`,
      "",
    ]);
    const rejected = readFileSync(rejects, "utf8").split("\n");
    expect(rejected[0]).toBe("line,column,reason,record");
    expect(rejected.slice(1, 6)).toEqual([
      '5,5,has 4 fields; the header has 12,"S03,7A,1,2"',
      '6,12,text after the closing quote of a field,"S04,7A,1,1,1,1,1,1,1,1,0,donelate"',
      '8,1,the id S01 is already on line 2,"S01,7B,0,0,0,0,0,0,0,0,0,dup"',
      '9,1,has no value in the id column student,",7B,1,1,1,1,1,1,1,1,1,"',
      '12,13,has 13 fields; the header has 12,"S07,7B,2,2,2,2,2,2,2,2,2,extra,field"',
    ]);
    expect(rejected[6]).toMatch(/^13,12,a quote opened here is never closed/);
    // every line of the file is accounted for: the header, scored, rejected, blank (10),
    // or inside a multi-line record (4, and 14 in the unclosed quote)
    const lines = readFileSync(join(fixtures, "messy.csv"), "utf8").split(/\r?\n/).length - 1;
    const scoredLines = out
      .trim()
      .split("\n")
      .slice(1)
      .map((l) => Number(l.split(",")[0]));
    const rejectedLines = rejected
      .slice(1)
      .filter((l) => /^\d+,/.test(l))
      .map((l) => Number(l.split(",")[0]));
    const accounted = new Set([1, ...scoredLines, ...rejectedLines, 10, 4, 14]);
    expect([...accounted].sort((a, b) => a - b)).toEqual(
      Array.from({ length: lines }, (_, i) => i + 1),
    );
  });

  it("says the same in Chinese", () => {
    const { code, err } = psyscreen(
      [
        "score",
        "--scale",
        "phq-9",
        "--id-column",
        "student",
        "--rejects",
        join(temp(), "r.csv"),
        "messy.csv",
      ],
      undefined,
      { LANG: "zh_CN.UTF-8" },
    );
    expect(code).toBe(1);
    expect(err).toContain("messy.csv:8:1: 标识 S01 已出现在第 2 行");
    expect(err).toContain("已计分 4 行（其中 1 行有无效作答），拒收 6 行");
  });

  it("analyses the readable rows in reliability and names the rows it left out", () => {
    const { code, out, err } = psyscreen([
      "reliability",
      "--scale",
      "phq-9",
      "--id-column",
      "student",
      "messy.csv",
    ]);
    expect(code).toBe(1);
    expect(out).toMatch(/^total \(PHQ-9 total\): α /);
    expect(err).toContain("messy.csv:8:1: the id S01 is already on line 2");
    expect(err).toContain("messy.csv: rows rejected and left out: 6");
  });
});

describe("psyscreen on encodings (built binary)", () => {
  const args = ["score", "--scale", "phq-9", "--id-column", "学号"];
  const expected = [
    "line,学号,total,total_band",
    "2,张三,3,minimal",
    "3,李四,17,moderately_severe",
    "",
  ];
  const firstColumns = (out: string) =>
    out.split("\n").map((l) => l.split(",").slice(0, 4).join(","));

  it("detects a GBK export from Excel and says so", () => {
    const { code, out, err } = psyscreen([...args, "excel-gbk.csv"]);
    expect(code).toBe(0);
    expect(firstColumns(out)).toEqual(expected);
    expect(err.split("\n")[0]).toBe(
      "excel-gbk.csv: not valid UTF-8, read as gb18030 (GBK); choose another with --encoding.",
    );
  });

  it("reads it quietly with --encoding gbk, and stops at line 1 when told it is UTF-8", () => {
    const gbk = psyscreen([...args, "--encoding", "gbk", "excel-gbk.csv"]);
    expect(firstColumns(gbk.out)).toEqual(expected);
    expect(gbk.err).not.toContain("read as");
    const utf8 = psyscreen([...args, "--encoding", "utf-8", "excel-gbk.csv"]);
    expect(utf8.code).toBe(2);
    expect(utf8.err).toBe(
      "psyscreen: excel-gbk.csv:1: not valid UTF-8; a file saved by Excel on Chinese Windows is usually GBK: add --encoding gbk.\n",
    );
    const unknown = psyscreen([...args, "--encoding", "klingon", "excel-gbk.csv"]);
    expect(unknown).toMatchObject({ code: 2, out: "" });
    expect(unknown.err).toBe(
      "psyscreen: Unknown encoding klingon: use utf-8, gbk, gb18030 or utf-16le.\n",
    );
  });

  it("names the line of the first bad byte in a file that turns GBK after the first chunk", () => {
    const dir = temp();
    const file = join(dir, "late.csv");
    const header = Buffer.from(
      "student,phq9_1,phq9_2,phq9_3,phq9_4,phq9_5,phq9_6,phq9_7,phq9_8,phq9_9\n",
    );
    const ascii = Buffer.from("S,0,0,0,0,0,0,0,0,0\n".repeat(5000)); // ~100 kB, past the sample
    const gbkName = Buffer.from([0xd5, 0xc5, 0xc8, 0xfd]); // 张三 in GBK
    writeFileSync(
      file,
      Buffer.concat([header, ascii, gbkName, Buffer.from(",0,0,0,0,0,0,0,0,0\n")]),
    );
    const { code, err } = psyscreen([
      "score",
      "--scale",
      "phq-9",
      "--out",
      join(dir, "o.csv"),
      file,
    ]);
    expect(code).toBe(2);
    expect(err.split("\n").at(-2)).toBe(
      `psyscreen: ${file}:5002: not valid UTF-8; a file saved by Excel on Chinese Windows is usually GBK: add --encoding gbk.`,
    );
  });

  it("reads Excel's 'Unicode text' (UTF-16 with a byte-order mark, tab-separated)", () => {
    const { code, out, err } = psyscreen([...args, "unicode-text.tsv"]);
    expect(code).toBe(0);
    expect(firstColumns(out)).toEqual(expected);
    expect(err.split("\n")[0]).toBe("unicode-text.tsv: read as utf-16le (byte-order mark).");
  });
});

describe("psyscreen on files and options it cannot use (built binary)", () => {
  // one Node process runs each table through the built package's runCli (start-ups are
  // the slow part on a shared machine); the messages and exit codes are the binary's
  const cases: [string[], string][] = [
    [["empty.csv"], "empty.csv is empty: expected a header row with the column names."],
    [["header-only.csv"], "header-only.csv has a header but no rows."],
    [
      ["nowhere.csv"],
      "Cannot read nowhere.csv: ENOENT: no such file or directory, open 'nowhere.csv'",
    ],
    [["--id-column", "pupil", "messy.csv"], "messy.csv:1: the column pupil is not in the header."],
    [
      ["--map", "Q1=phq9_1", "messy.csv"],
      "messy.csv:1: --map names the column Q1, which is not in the header.",
    ],
    [["--map", "notes", "messy.csv"], "--map expects column=itemId, got notes"],
    [["--map", "notes=phq9_99", "messy.csv"], "--map names phq9_99, which is not an item of phq-9"],
    [
      ["--map", "notes=phq9_1", "messy.csv"],
      "messy.csv:1: item phq9_1 is read from two columns, phq9_1 and notes; keep one.",
    ],
    [
      ["--norm-group", "class", "messy.csv"],
      "--norm-group class is not a norm-group field; use: sex, age, grade, population, region.",
    ],
    [["--norm-group", "sex", "messy.csv"], "messy.csv:1: the column sex is not in the header."],
    [
      ["--engine", "duckdb", "--format", "xlsx", "--norm-group", "sex", "messy.csv"],
      "--engine duckdb reads UTF-8 CSV or Parquet and writes CSV; it does not take --format xlsx, --norm-group (use the default engine).",
    ],
    [
      ["--format", "xml", "messy.csv"],
      "option '--format <format>' argument 'xml' is invalid. Allowed choices are csv, ndjson, json, xlsx.",
    ],
  ];
  let results: RunResult[] = [];
  beforeAll(() => {
    results = psyscreenBatch(cases.map(([args]) => ["score", "--scale", "phq-9", ...args]));
  });

  it.each(cases.map(([args, message], i) => [args, message, i] as const))(
    "score %j → exit 2 with one line, no stack trace",
    (_, message, i) => {
      const { code, out, err } = results[i]!;
      expect(code).toBe(2);
      expect(out).toBe("");
      // notes about the header may come first; the error is one line, the last
      const lines = err.trimEnd().split("\n");
      expect(lines.filter((l) => l.startsWith("psyscreen: "))).toEqual([`psyscreen: ${message}`]);
      expect(lines.at(-1)).toBe(`psyscreen: ${message}`);
      noStackTrace(err);
    },
  );

  const unwritable: [string[], string][] = [
    [
      ["score", "--scale", "phq-9", "excel-gbk.csv", "--out", "/nonexistent/x.csv"],
      "/nonexistent/x.csv",
    ],
    [
      [
        "score",
        "--scale",
        "phq-9",
        "excel-gbk.csv",
        "--format",
        "xlsx",
        "--out",
        "/nonexistent/x.xlsx",
      ],
      "/nonexistent/x.xlsx",
    ],
    [
      [
        "norms",
        "build",
        "--scale",
        "phq-9",
        "--norm-version",
        "1",
        "--source",
        "s",
        "--min-n",
        "1",
        "excel-gbk.csv",
        "--out",
        "/nonexistent/x.json",
      ],
      "/nonexistent/x.json",
    ],
  ];
  let unwritten: RunResult[] = [];
  beforeAll(() => {
    unwritten = psyscreenBatch(unwritable.map(([args]) => args));
  });

  it.each(unwritable.map(([args, file], i) => [args, file, i] as const))(
    "%j: an output it cannot write → exit 2, one line",
    (_, file, i) => {
      const { code, err } = unwritten[i]!;
      expect(code).toBe(2);
      expect(err.trimEnd().split("\n").at(-1)).toBe(
        `psyscreen: Cannot use ${file}: ENOENT: no such file or directory, open '${file}'`,
      );
      noStackTrace(err);
    },
  );

  it("names a missing scale, in both languages", () => {
    const en = psyscreen(["score", "--scale", "phq-99", "messy.csv"]);
    expect(en.code).toBe(2);
    expect(en.err).toMatch(
      /^psyscreen: No scale "phq-99": give a scale id \(.*phq-9.*\) or the path of a scale\.json\.\n$/,
    );
    const zh = psyscreen(["reliability", "--scale", "phq-99", "messy.csv"], undefined, {
      LANG: "zh_CN.UTF-8",
    });
    expect(zh.code).toBe(2);
    expect(zh.err).toMatch(/^psyscreen: 找不到量表“phq-99”/);
    noStackTrace(zh.err);
  });

  it("refuses a header that names a column twice", () => {
    const file = join(temp(), "twice.csv");
    writeFileSync(file, "id,phq9_1,phq9_1\na,1,2\n");
    const { code, err } = psyscreen(["score", "--scale", "phq-9", file]);
    expect(code).toBe(2);
    expect(err).toBe(`psyscreen: ${file}:1: the column phq9_1 appears twice (columns 2 and 3).\n`);
  });

  it("writes no progress bar when standard error is a pipe", () => {
    const { err } = psyscreen([
      "score",
      "--scale",
      "phq-9",
      "excel-gbk.csv",
      "--out",
      join(temp(), "o.csv"),
    ]);
    expect(err).not.toContain("\r");
    expect(err).not.toContain("rows/s");
  });
});

describe("psyscreen on XLSX (built binary)", () => {
  it("reads a workbook's sheet and writes one", () => {
    const dir = temp();
    writeFileSync(join(dir, "export.xlsx"), excelLikeWorkbook());
    const args = ["score", "--scale", "phq-9", "--id-column", "学号", "--sheet", "2"];
    const csv = psyscreen([...args, "export.xlsx"], dir);
    expect(csv.code).toBe(1);
    expect(csv.out.split("\n").map((l) => l.split(",").slice(0, 3).join(","))).toEqual([
      "line,学号,total",
      "2,张三,3",
      "4,李四,16",
      "",
    ]);
    const xlsx = psyscreen(
      [...args, "--format", "xlsx", "--out", "scored.xlsx", "export.xlsx"],
      dir,
    );
    expect(xlsx.err).toContain("rows scored: 2 (0 with invalid answers), rejected: 1");
    const back = psyscreen(
      ["score", "--scale", "phq-9", "--map", "total=phq9_1", "scored.xlsx"],
      dir,
    );
    expect(back.err).toContain("rows scored: 2");
  });
});

describe("psyscreen into a pipe that closes early (built binary)", () => {
  it("stops quietly, without a stack trace", () => {
    const dir = temp();
    const rows = Array.from({ length: 20_000 }, (_, r) => `S${r},1,1,1,1,1,1,1,1,1`);
    writeFileSync(
      join(dir, "big.csv"),
      `student,${Array.from({ length: 9 }, (_, i) => `phq9_${i + 1}`).join(",")}\n${rows.join("\n")}\n`,
    );
    execSync(
      `"${process.execPath}" "${bin}" score --scale phq-9 --id-column student big.csv 2>err.txt | head -c 10 >/dev/null`,
      {
        cwd: dir,
        shell: "/bin/bash",
      },
    );
    expect(readFileSync(join(dir, "err.txt"), "utf8")).toBe("");
  });
});
