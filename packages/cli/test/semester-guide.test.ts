import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { ensureBuilt, psyscreenBatch, type RunResult, repo } from "./built-cli";

// Runs docs/guides/semester.md: writes each titled event block (```ndjson <file>) where its
// title says, runs every `psyscreen …` line of the sh blocks in order through the built
// package, and checks that each `# …` line under a command is a line it printed.

vi.setConfig({ testTimeout: 60_000 });

interface Step {
  args: string[];
  line: string;
  expected: string[];
}

const markdown = readFileSync(join(repo, "docs/guides/semester.md"), "utf8");
const dir = mkdtempSync(join(tmpdir(), "psyscreen-semester-"));

/** The files the page writes: its titled blocks, and keys made with `openssl rand -hex 32 > f`. */
function files(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of markdown.matchAll(/```ndjson (\S+)\n([\s\S]*?)```/g)) out[m[1]!] = m[2]!;
  for (const m of markdown.matchAll(/^openssl rand -hex 32 > (\S+)$/gm)) {
    out[m[1]!] = `${randomBytes(32).toString("hex")}\n`;
  }
  return out;
}

/** The `psyscreen` lines of the sh blocks, continuations joined, with the `# ` lines after each. */
function steps(): Step[] {
  const list: Step[] = [];
  for (const block of markdown.matchAll(/```sh\n([\s\S]*?)```/g)) {
    for (const line of block[1]!.replace(/\\\n\s*/g, "").split("\n")) {
      if (line.startsWith("psyscreen ")) {
        list.push({ args: line.split(/\s+/).slice(1), line, expected: [] });
      } else if (line.startsWith("# ")) list.at(-1)!.expected.push(line.slice(2).trim());
    }
  }
  return list;
}

const plan = steps();
let results: RunResult[] = [];

beforeAll(() => {
  ensureBuilt();
  for (const [file, text] of Object.entries(files())) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  results = psyscreenBatch(
    plan.map((s) => s.args),
    dir,
  );
}, 600_000);

describe("docs/guides/semester.md", () => {
  it("walks the term from the census to the monthly reports and the export", () => {
    const commands = plan.map((s) => s.args.find((a) => !a.startsWith("-") && a !== "zh-CN"));
    expect(new Set(commands)).toEqual(new Set(["demo-data", "census", "report", "registry"]));
    expect(plan.length).toBeGreaterThanOrEqual(15);
    expect(Object.keys(files()).sort()).toEqual([
      "demo/export.key",
      "demo/november.ndjson",
      "demo/october.ndjson",
    ]);
  });

  it.each(plan.map((s, i) => [s.line, i] as const))("%s", (_, i) => {
    const { code, out, err } = results[i]!;
    expect(code, err).toBe(0);
    const printed = `${out}\n${err}`.split("\n").map((l) => l.replace(/^\uFEFF/, "").trim());
    for (const line of plan[i]!.expected) expect(printed, line).toContain(line);
  });

  it("leaves what the page promises", () => {
    const read = (file: string) => readFileSync(join(dir, file));
    for (const file of ["demo/census.xlsx", "demo/follow-up-2026-11-10.xlsx"]) {
      expect(read(file).subarray(0, 2).toString(), file).toBe("PK");
    }
    expect(read("demo/2026-10.html").toString()).toContain("2026-10 心理健康工作月度调度");
    expect(read("demo/2026-10.csv").toString()).toMatch(/^\uFEFFMonthly dispatch report 2026-10\n/);
    const events = read("demo/events.ndjson").toString();
    expect(events).not.toMatch(/s0336|t-wang/);
    expect(read("demo/linkage.csv").toString()).toContain(",s0336\n");
  });
});
