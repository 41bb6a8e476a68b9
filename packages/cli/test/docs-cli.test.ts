import { copyFileSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getScale } from "@psyscreen/scales";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { XlsxWriter } from "../src/output/xlsx-writer";
import {
  ensureBuilt,
  fixtures,
  psyscreen,
  psyscreenBatch,
  type RunResult,
  repo,
} from "./built-cli";

// Runs every command line of docs/cli.md with the built binary, in a folder holding
// synthetic files of the names the page uses, and expects each to exit 0.

vi.setConfig({ testTimeout: 120_000 });

/** The `psyscreen …` command lines of the page's sh blocks, continuations joined. */
function documentedCommands(markdown: string): string[] {
  const commands: string[] = [];
  for (const block of markdown.matchAll(/```sh\n([\s\S]*?)```/g)) {
    const lines = block[1]!.replace(/\\\n\s*/g, "").split("\n");
    commands.push(...lines.filter((l) => l.startsWith("psyscreen ")));
  }
  return commands;
}

/** Splits a command line as a POSIX shell would, for words, "double" and 'single' quotes. */
function shellWords(line: string): string[] {
  const words: string[] = [];
  for (const m of line.matchAll(/"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g)) {
    words.push(m[1] !== undefined ? m[1].replace(/\\(.)/g, "$1") : (m[2] ?? m[3]!));
  }
  return words;
}

/** A deterministic synthetic semester: 120 pupils, 30 per sex and grade. */
function semesterRows() {
  let seed = 7;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  return Array.from({ length: 120 }, (_, r) => {
    const level = random() * 2.2;
    const answers = Array.from({ length: 9 }, () =>
      Math.min(3, Math.floor(level + random() * 1.5)),
    );
    return {
      id: `S${String(r + 1).padStart(3, "0")}`,
      sex: r % 2 ? "女" : "男",
      grade: r < 60 ? 7 : 8,
      answers,
    };
  });
}

const dir = mkdtempSync(join(tmpdir(), "psyscreen-docs-"));
const markdown = readFileSync(join(repo, "docs/cli.md"), "utf8");
const commands = documentedCommands(markdown);
let results: RunResult[] = [];

beforeAll(async () => {
  ensureBuilt();
  const rows = semesterRows();
  const items = Array.from({ length: 9 }, (_, i) => `phq9_${i + 1}`);
  writeFileSync(
    join(dir, "semester.csv"),
    `student,sex,grade,${items.join(",")}\n${rows.map((r) => [r.id, r.sex, r.grade, ...r.answers].join(",")).join("\n")}\n`,
  );
  writeFileSync(
    join(dir, "school-export.csv"),
    `学号,${items.map((_, i) => `题${i + 1}`).join(",")}\n${rows.map((r) => [r.id, ...r.answers].join(",")).join("\n")}\n`,
  );
  copyFileSync(join(fixtures, "excel-gbk.csv"), join(dir, "excel-gbk.csv"));
  cpSync(join(repo, "scales/phq-9"), join(dir, "phq-9"), { recursive: true });
  writeFileSync(join(dir, "export.key"), `${"5e".repeat(32)}\n`);
  // an interview of demo-data's s0336 (a positive item 9) and the level it confirms
  const by = { v: 1, studentId: "s0336", actor: "t-wang", role: "psy-teacher" };
  const interview = {
    ...by,
    id: "s0336/interview/1",
    time: "2026-10-08T06:00:00Z",
    reason: "same-day review of item 9",
    type: "interview",
    noRisk: false,
  };
  const confirm = {
    ...by,
    id: "s0336/level/1",
    time: "2026-10-08T07:00:00Z",
    reason: "confirmed at the review",
    type: "level-change",
    level: "red",
    proposer: { actor: "t-wang", role: "psy-teacher" },
    evidence: [interview.id],
  };
  writeFileSync(
    join(dir, "interviews.ndjson"),
    `${JSON.stringify(interview)}\n${JSON.stringify(confirm)}\n`,
  );
  const xlsx = new XlsxWriter(join(dir, "survey.xlsx"), "gad-7");
  await xlsx.writeRow(["student", ...Array.from({ length: 7 }, (_, i) => `gad7_${i + 1}`)]);
  for (const r of rows) await xlsx.writeRow([r.id, ...r.answers.slice(0, 7)]);
  await xlsx.close();
  // the normed scale the page's --norm-group example reads: PHQ-9 with this sample's norms
  const [norms] = psyscreenBatch(
    [
      [
        "norms",
        "build",
        "--scale",
        "phq-9",
        "--by",
        "sex,grade",
        "--norm-version",
        "t",
        "--source",
        "synthetic",
        "semester.csv",
      ],
    ],
    dir,
  );
  expect(norms!.code).toBe(0);
  writeFileSync(
    join(dir, "phq-9-school.json"),
    JSON.stringify({ ...structuredClone(getScale("phq-9")), norms: JSON.parse(norms!.out) }),
  );
  // every documented command, in order, in one Node process through the built package
  results = psyscreenBatch(
    commands.map((c) => shellWords(c).slice(1)),
    dir,
  );
}, 240_000);

describe("docs/cli.md", () => {
  it("shows every command of `psyscreen --help`", () => {
    const help = psyscreen(["--help"], dir).out;
    const section = help.split("Commands:\n")[1]!.split("\n\n")[0]!;
    const listed = [...section.matchAll(/^ {2}(\w[\w-]*)/gm)].map((m) => m[1]!);
    const documented = new Set(commands.map((c) => shellWords(c)[1]));
    expect(listed.filter((c) => c !== "help" && !documented.has(c))).toEqual([]);
    expect(commands.length).toBeGreaterThanOrEqual(listed.length);
  });

  it.each(commands.map((command, i) => [command, i] as const))("%s → exit 0", (_, i) => {
    const { code, err } = results[i]!;
    expect(err.split("\n").filter((l) => l.startsWith("psyscreen:"))).toEqual([]);
    expect(code).toBe(0);
  });

  it("writes what the examples promise", () => {
    const scored = readFileSync(join(dir, "scored.csv"), "utf8").split("\n");
    expect(scored[0]).toMatch(/^line,student,total,total_band,(dx_\w+,)*flags,issues,/);
    expect(scored).toHaveLength(122);
    const normed = readFileSync(join(dir, "normed.csv"), "utf8").split("\n")[1]!.split(",");
    expect(normed.slice(4, 7).every((x) => x !== "" && Number.isFinite(Number(x)))).toBe(true);
    const ndjson = readFileSync(join(dir, "scored.ndjson"), "utf8").trim().split("\n");
    expect(ndjson.map((l) => JSON.parse(l).scores.total.value)).toEqual(
      scored.slice(1, -1).map((l) => Number(l.split(",")[2])),
    );
    expect(JSON.parse(readFileSync(join(dir, "norms.json"), "utf8"))).toHaveLength(4);
    for (const file of ["demo/follow-up.xlsx", "demo/census.xlsx"]) {
      expect(readFileSync(join(dir, file)).subarray(0, 2).toString(), file).toBe("PK");
    }
    expect(readFileSync(join(dir, "demo/2026-10.html"), "utf8")).toContain("月度调度");
    const events = readFileSync(join(dir, "demo/events.ndjson"), "utf8");
    expect(JSON.parse(events.split("\n")[0]!)).toMatchObject({ pseudonymised: true });
    expect(events).not.toContain("s0336");
    expect(readFileSync(join(dir, "demo/linkage.csv"), "utf8")).toContain(",s0336\n");
  });

  it("help for each command carries an example", () => {
    for (const command of ["validate", "score", "reliability", "sql", "scales"]) {
      expect(psyscreen([command, "--help"], dir).out, command).toMatch(
        /Examples?:\n {2}\$ psyscreen /,
      );
    }
    expect(psyscreen(["norms", "build", "--help"], dir).out).toContain("$ psyscreen norms build");
    for (const [command, sub] of [
      ["registry", "show"],
      ["registry", "view"],
      ["registry", "export"],
      ["registry", "append"],
      ["report", "census"],
      ["report", "monthly"],
    ] as const) {
      expect(psyscreen([command, sub, "--help"], dir).out).toContain(
        `$ psyscreen ${command} ${sub}`,
      );
    }
    expect(psyscreen(["--help"], dir).out).toContain("Exit codes");
  });
});
