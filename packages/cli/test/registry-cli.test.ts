import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { ensureBuilt, psyscreen, psyscreenBatch, type RunResult } from "./built-cli";

// The registry and report commands, run through the built package on a synthetic school
// (demo-data) whose census was imported into a SQLite registry.

vi.setConfig({ testTimeout: 120_000 });

const dir = mkdtempSync(join(tmpdir(), "psyscreen-registry-"));
const db = join(dir, "registry.db");
const NOW = "2026-10-09T00:00:00Z";
const SECRET = "a-synthetic-secret-of-more-than-32-characters";
const noStackTrace = (err: string) => expect(err).not.toMatch(/\n\s+at |Error:/);
const run = (...commands: string[][]) => psyscreenBatch(commands, dir);
const one = (command: string[]): RunResult => run(command)[0]!;

/** The census of the synthetic school, with the units of two classes named like formulas. */
function census(roster: string, out: string, registry?: string): string[] {
  return [
    "census",
    "run",
    "--campaign",
    "demo/campaign.json",
    "--roster",
    roster,
    ...["phq-9", "gad-7", "phq-2", "gad-2"].flatMap((s) => [
      "--responses",
      `demo/responses-${s}.csv`,
    ]),
    "--now",
    "2026-10-08T00:00:00Z",
    "--out",
    out,
    ...(registry === undefined ? [] : ["--registry", registry]),
  ];
}

let psyList: { view: { studentId: string } }[] = [];

beforeAll(() => {
  ensureBuilt();
  const [demo] = run(["demo-data", "--students", "500", "--out", "demo"]);
  expect(demo!.code, demo!.err).toBe(0);
  // a roster exported by hand, with class names a spreadsheet would run as formulas
  // (grades 4 and 5 take the census)
  const roster = readFileSync(join(dir, "demo/roster.csv"), "utf8")
    .replaceAll(",g4-c1,", ",=1+1,")
    .replaceAll(",g4-c2,", ",@SUM(A1),")
    .replaceAll(",g5-c1,", ",-2+3,");
  writeFileSync(join(dir, "formula-roster.csv"), roster);
  writeFileSync(join(dir, "export.key"), `${SECRET}\n`);
  const [imported, formula, list] = run(
    census("demo/roster.csv", "census.json", db),
    census("formula-roster.csv", "formula-census.json"),
    [
      "registry",
      "view",
      "--registry",
      db,
      "--role",
      "psy-teacher",
      "--now",
      NOW,
      "--format",
      "json",
    ],
  );
  expect(imported!.code, imported!.err).toBe(0);
  expect(formula!.code, formula!.err).toBe(0);
  expect(list!.code, list!.err).toBe(0);
  psyList = JSON.parse(list!.out).students;
}, 600_000);

describe("psyscreen registry view and show: each role sees only what it may", () => {
  it("gives the psychology teacher the follow-up list, scores and flags included", () => {
    expect(psyList.length).toBeGreaterThan(10);
    const [show] = run([
      "registry",
      "show",
      psyList[0]!.view.studentId,
      "--registry",
      db,
      "--role",
      "psy-teacher",
      "--format",
      "json",
    ]);
    const view = JSON.parse(show!.out).view;
    expect(view.results.some((r: { scores: object }) => Object.keys(r.scores).length > 0)).toBe(
      true,
    );
    expect(view.flags.length).toBeGreaterThan(0);
  });

  it("gives a class teacher no item answers, scores, bands, flag kinds or notes", () => {
    const ids = psyList.map((e) => e.view.studentId);
    const results = run(
      ...ids.map((id) => [
        "registry",
        "show",
        id,
        "--registry",
        db,
        "--role",
        "class-teacher",
        "--now",
        NOW,
        "--format",
        "json",
      ]),
      [
        "registry",
        "view",
        "--registry",
        db,
        "--role",
        "class-teacher",
        "--now",
        NOW,
        "--format",
        "json",
      ],
      [
        "registry",
        "view",
        "--registry",
        db,
        "--role",
        "class-teacher",
        "--now",
        NOW,
        "--format",
        "csv",
      ],
    );
    const forbidden =
      /"(scores|results|bands|flags|notes|answers)"|phq9_|gad7_|item9|critical|positive|"value"/;
    for (const r of results) expect(r.code, r.err).toBe(0);
    for (const r of results.slice(0, -2)) expect(r.out).not.toMatch(forbidden);
    const list = JSON.parse(results.at(-2)!.out);
    // the list's students; the counts over the school are the profile's aggregates
    expect(JSON.stringify(list.students)).not.toMatch(forbidden);
    expect(list.students.length).toBeGreaterThan(0);
    for (const e of list.students) {
      expect(
        Object.keys(e.view).every((k) =>
          [
            "studentId",
            "role",
            "participation",
            "needsTalk",
            "level",
            "plan",
            "family",
            "medical",
          ].includes(k),
        ),
        JSON.stringify(e.view),
      ).toBe(true);
    }
    const csv = results.at(-1)!.out.split("\n");
    expect(csv[0]).toBe(
      "\uFEFFstudent_id,level,level_label,provisional,status,referred,talk_due,talk_owner,open_flags,plan_review_on,overdue",
    );
    // status and the open flags' kinds are the psychology teacher's; the cells stay empty
    for (const line of csv.slice(1, list.students.length + 1)) {
      const cells = line.split(",");
      expect([cells[4], cells[5], cells[8]]).toEqual(["", "", ""]);
    }
  });

  it("gives the county centre counts only, every small one suppressed", () => {
    const [view, show] = run(
      [
        "registry",
        "view",
        "--registry",
        db,
        "--role",
        "county-centre",
        "--now",
        NOW,
        "--format",
        "json",
      ],
      [
        "registry",
        "show",
        psyList[0]!.view.studentId,
        "--registry",
        db,
        "--role",
        "county-centre",
        "--format",
        "json",
      ],
    );
    const json = JSON.parse(view!.out);
    expect(json.students).toEqual([]);
    const counts: (number | null)[] = [
      json.counts.students,
      ...Object.values(json.counts.levels as Record<string, number | null>),
      ...Object.values(json.counts.openFlags as Record<string, number | null>),
    ];
    expect(counts.length).toBeGreaterThan(3);
    expect(counts.every((n) => n === null || n === 0 || n >= 5)).toBe(true);
    expect(counts).toContain(null);
    expect(view!.out).not.toMatch(/"s\d{4}"/);
    expect(JSON.parse(show!.out).view).toBeNull();
  });

  it("lists one class with --unit, by the roster", () => {
    const roster = readFileSync(join(dir, "demo/roster.csv"), "utf8").trim().split("\n").slice(1);
    const inClass = new Set(
      roster.filter((l) => l.split(",")[6] === "g7-c2").map((l) => l.split(",")[0]),
    );
    const [view, outside] = run(
      [
        "registry",
        "view",
        "--registry",
        db,
        "--role",
        "class-teacher",
        "--roster",
        "demo/roster.csv",
        "--unit",
        "g7-c2",
        "--now",
        NOW,
        "--format",
        "json",
      ],
      [
        "registry",
        "show",
        [...psyList.map((e) => e.view.studentId)].find((id) => !inClass.has(id))!,
        "--registry",
        db,
        "--role",
        "class-teacher",
        "--roster",
        "demo/roster.csv",
        "--unit",
        "g7-c2",
      ],
    );
    const ids = JSON.parse(view!.out).students.map(
      (e: { view: { studentId: string } }) => e.view.studentId,
    );
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id: string) => inClass.has(id))).toBe(true);
    expect(outside!.code).toBe(2);
    expect(outside!.err).toMatch(
      /^psyscreen: Student "s\d+" is not in the unit "g7-c2" of demo\/roster\.csv\.\n$/,
    );
  });

  it("writes the list as an XLSX workbook", () => {
    const { code, err } = one([
      "registry",
      "view",
      "--registry",
      db,
      "--role",
      "psy-teacher",
      "--now",
      NOW,
      "--format",
      "xlsx",
      "--out",
      "list.xlsx",
    ]);
    expect(code, err).toBe(0);
    const sheet = strFromU8(
      unzipSync(readFileSync(join(dir, "list.xlsx")))["xl/worksheets/sheet1.xml"]!,
    );
    expect(sheet).toContain(">student_id<");
    expect(sheet).toContain(`>${psyList[0]!.view.studentId}<`);
  });
});

describe("psyscreen registry export", () => {
  it("pseudonymises by default, with the linkage table in its own file", () => {
    const [keyed, fromEnv, clear] = [
      one([
        "registry",
        "export",
        "--registry",
        db,
        "--key-file",
        "export.key",
        "--out",
        "events.ndjson",
        "--linkage",
        "linkage.csv",
      ]),
      psyscreenBatch([["registry", "export", "--registry", db]], dir, {
        PSYSCREEN_EXPORT_KEY: SECRET,
      })[0]!,
      one(["registry", "export", "--registry", db, "--identified", "--format", "json"]),
    ];
    expect(keyed.code, keyed.err).toBe(0);
    const ndjson = readFileSync(join(dir, "events.ndjson"), "utf8");
    expect(fromEnv.out).toBe(ndjson);
    const [header, ...events] = ndjson
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(header).toMatchObject({
      format: "psyscreen-registry-events",
      pseudonymised: true,
      textWithheld: true,
    });
    expect(ndjson).not.toMatch(/s\d{4}/);
    const linkage = readFileSync(join(dir, "linkage.csv"), "utf8").trim().split("\n");
    expect(linkage[0]).toBe("pseudonym,student_id");
    const back = new Map(linkage.slice(1).map((l) => l.split(",") as [string, string]));
    const identified = JSON.parse(clear.out);
    expect(identified.pseudonymised).toBe(false);
    expect(events.map((e) => back.get(e.studentId))).toEqual(
      identified.events.map((e: { studentId: string }) => e.studentId),
    );
    expect(keyed.err).toContain("Exported ");
  });

  it("refuses to export without a key, in one line", () => {
    const short = join(dir, "short.key");
    writeFileSync(short, "too short");
    const results = [
      psyscreen(["registry", "export", "--registry", db], dir),
      psyscreen(["registry", "export", "--registry", db, "--key-file", short], dir),
      psyscreen(
        ["registry", "export", "--registry", db, "--identified", "--key-file", "export.key"],
        dir,
      ),
    ];
    for (const r of results) {
      expect(r.code).toBe(2);
      expect(r.out).toBe("");
      expect(r.err.trim().split("\n")).toHaveLength(1);
      noStackTrace(r.err);
    }
    expect(results[0]!.err).toMatch(/^psyscreen: A pseudonymised export needs a key/);
  });

  it("writes a CSV table of events with ids pseudonymised", () => {
    const { code, out } = one([
      "registry",
      "export",
      "--registry",
      db,
      "--key-file",
      "export.key",
      "--format",
      "csv",
    ]);
    expect(code).toBe(0);
    const lines = out.split("\n");
    expect(lines[0]).toBe("\uFEFFstudent_id,event_id,type,time,actor,role,data");
    expect(lines[1]).toMatch(/^[0-9a-f]{64},[0-9a-f]{64},census-result,/);
  });
});

describe("psyscreen registry append", () => {
  it("adds events once, and refuses an illegal step writing nothing", () => {
    // a student flagged positive, waiting for a person's decision
    const pending = psyList.find((e) => {
      const view = e.view as { level?: object; flags?: { kind: string }[] };
      return view.level === undefined && view.flags?.some((f) => f.kind === "positive");
    });
    const id = pending!.view.studentId;
    const base = { v: 1, studentId: id, actor: "t-wang", role: "psy-teacher", reason: "follow-up" };
    const interview = {
      ...base,
      id: `${id}/interview/1`,
      type: "interview",
      time: "2026-10-12T06:00:00Z",
      noRisk: false,
    };
    const level = {
      ...base,
      id: `${id}/level/1`,
      type: "level-change",
      time: "2026-10-12T07:00:00Z",
      level: "yellow",
      proposer: { actor: "t-wang", role: "psy-teacher" },
      evidence: [interview.id],
    };
    // a class teacher may not lower a level: refused, and the interview beside it not written either
    const lower = {
      ...base,
      actor: "t-li",
      role: "class-teacher",
      id: `${id}/level/2`,
      type: "level-change",
      time: "2026-10-13T07:00:00Z",
      level: null,
      proposer: { actor: "t-li", role: "class-teacher" },
      evidence: [interview.id],
    };
    writeFileSync(
      join(dir, "good.ndjson"),
      `${JSON.stringify(interview)}\n${JSON.stringify(level)}\n`,
    );
    writeFileSync(join(dir, "bad.json"), JSON.stringify([interview, level, lower]));
    const show = [
      "registry",
      "show",
      id,
      "--registry",
      db,
      "--role",
      "psy-teacher",
      "--format",
      "json",
      "--now",
      NOW,
    ];
    const [before, bad, unchanged, good, again, after] = run(
      show,
      ["registry", "append", "--registry", db, "bad.json"],
      show,
      ["registry", "append", "--registry", db, "good.ndjson"],
      ["registry", "append", "--registry", db, "good.ndjson"],
      show,
    );
    expect(bad!.code).toBe(1);
    expect(bad!.err).toMatch(/nothing was written/);
    expect(unchanged!.out).toBe(before!.out);
    expect(good!.err).toMatch(/: 2 events, 0 already there\./);
    expect(again!.err).toMatch(/: 0 events, 2 already there\./);
    expect(JSON.parse(after!.out).view).toMatchObject({
      status: "watch",
      level: { code: "yellow" },
    });
  });
});

describe("psyscreen report", () => {
  it("writes the census report as CSV and XLSX with no cell a spreadsheet would run", () => {
    const [csv, xlsx] = run(
      ["report", "census", "--census", "formula-census.json", "--format", "csv"],
      [
        "report",
        "census",
        "--census",
        "formula-census.json",
        "--format",
        "xlsx",
        "--out",
        "census.xlsx",
      ],
    );
    expect(csv!.code, csv!.err).toBe(0);
    expect(xlsx!.code, xlsx!.err).toBe(0);
    const lines = csv!.out.replace("\uFEFF", "").split("\n");
    expect(lines.some((l) => l.startsWith("'=1+1,"))).toBe(true);
    expect(lines.some((l) => l.startsWith("'@SUM(A1),"))).toBe(true);
    expect(lines.some((l) => l.startsWith("'-2+3,"))).toBe(true);
    expect(lines.filter((l) => /^[=+\-@\t\r]/.test(l))).toEqual([]);
    const sheet = strFromU8(
      unzipSync(readFileSync(join(dir, "census.xlsx")))["xl/worksheets/sheet1.xml"]!,
    );
    const texts = [...sheet.matchAll(/<t xml:space="preserve">([^<]*)<\/t>/g)].map((m) => m[1]!);
    expect(texts).toContain("'=1+1");
    expect(texts).toContain("'@SUM(A1)");
    expect(texts.filter((t) => /^[=+\-@\t\r]/.test(t))).toEqual([]);
    expect(sheet).not.toContain("<f>");
  });

  it("writes the monthly report from the registry, counts only", () => {
    const [json, html] = run(
      [
        "report",
        "monthly",
        "--registry",
        db,
        "--month",
        "2026-10",
        "--term-start",
        "2026-09-01",
        "--census",
        "census.json",
      ],
      [
        "--lang",
        "zh-CN",
        "report",
        "monthly",
        "--registry",
        db,
        "--month",
        "2026-10",
        "--format",
        "html",
        "--out",
        "2026-10.html",
      ],
    );
    expect(json!.code, json!.err).toBe(0);
    const report = JSON.parse(json!.out);
    expect(report).toMatchObject({
      format: "psyscreen-monthly-report",
      month: "2026-10",
      census: { term: "2026-2027-1" },
    });
    expect(report.levels[0].code).toBe("red");
    expect(html!.code, html!.err).toBe(0);
    const page = readFileSync(join(dir, "2026-10.html"), "utf8");
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).toContain("2026-10 心理健康工作月度调度");
    expect(`${json!.out}${page}`).not.toMatch(/s\d{4}/);
  });
});

describe("registry and report errors: one line, exit 2, no stack trace", () => {
  const cases: [string[], RegExp][] = [
    [
      ["registry", "show", "s0001", "--registry", "missing.db", "--role", "psy-teacher"],
      /^psyscreen: No registry missing\.db: /,
    ],
    [
      ["registry", "view", "--registry", db, "--role", "janitor"],
      /^psyscreen: No role "janitor" in the profile cn-k12; its roles: student, /,
    ],
    [
      ["registry", "show", "nobody", "--registry", db, "--role", "psy-teacher"],
      /^psyscreen: No file for student "nobody" in /,
    ],
    [
      ["registry", "view", "--registry", db, "--role", "psy-teacher", "--now", "soon"],
      /^psyscreen: --now expects an ISO 8601 date or time, got soon\./,
    ],
    [
      ["registry", "view", "--registry", db, "--role", "psy-teacher", "--unit", "g7-c2"],
      /^psyscreen: --unit needs --roster/,
    ],
    [
      ["registry", "view", "--registry", db, "--role", "psy-teacher", "--format", "xlsx"],
      /^psyscreen: --format xlsx writes a file/,
    ],
    [
      ["report", "monthly", "--registry", db, "--month", "October"],
      /^psyscreen: --month expects a month as YYYY-MM, got October\./,
    ],
    [["report", "census", "--census", "export.key"], /^psyscreen: export\.key is not JSON: /],
    [
      ["report", "census", "--census", "demo/campaign.json"],
      /^psyscreen: demo\/campaign\.json is not a census report/,
    ],
    [
      ["registry", "view", "--registry", db, "--role", "psy-teacher", "--format", "pdf"],
      /^psyscreen: option '--format <format>' argument 'pdf' is invalid/,
    ],
  ];
  // one process for every case (the machine is shared)
  let results: RunResult[] = [];
  beforeAll(() => {
    results = run(...cases.map(([args]) => args));
  }, 120_000);

  it.each(cases.map(([args, message], i) => [args, message, i] as const))("%j", (_, message, i) => {
    const { code, out, err } = results[i]!;
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toMatch(message);
    expect(err.trim().split("\n")).toHaveLength(1);
    noStackTrace(err);
  });

  it("says it in Chinese, from the built binary", () => {
    const { code, err } = psyscreen(
      ["registry", "view", "--registry", db, "--role", "janitor"],
      dir,
      { LANG: "zh_CN.UTF-8" },
    );
    expect(code).toBe(2);
    expect(err).toBe(
      "psyscreen: 配置 cn-k12 中没有角色“janitor”；可用角色：student, guardian, psy-committee-member, class-teacher, grade-head, psy-teacher, school-leader, county-centre。\n",
    );
  });
});
