import {
  type CensusResult,
  CN_K12,
  censusRecords,
  censusReport,
  censusReportDocument,
  renderReportHtml,
  resolveProfile,
  runCensus,
} from "@psyscreen/registry";
import { describe, expect, it } from "vitest";
import { type DemoSchool, generateSchool } from "../src/generate-school";

function census(school: DemoSchool, now: string, previous?: CensusResult): CensusResult {
  const run = runCensus(
    { ...school, ...(previous ? { previous: censusRecords(previous) } : {}) },
    { now },
  );
  if (!run.success) throw new Error("census failed", { cause: run.issues });
  return run.data;
}

describe("the census report of a synthetic school", { timeout: 30_000 }, () => {
  const autumnSchool = generateSchool({ seed: 5 });
  const autumn = census(autumnSchool, "2026-10-08T00:00:00Z");
  const spring = census(
    generateSchool({ seed: 5, term: "2026-2027-2" }),
    "2027-03-26T00:00:00Z",
    autumn,
  );
  const profile = resolveProfile(CN_K12, []);
  if (!profile.success) throw new Error("preset does not resolve");
  const first = censusReport(autumn, { profile: profile.data });
  const report = censusReport(spring, { profile: profile.data, history: [first] });

  it("totals the whole school from its students", () => {
    const targeted = spring.students.filter((s) => s.status !== "not-targeted");
    expect(report.totals.enrolled).toBe(targeted.length);
    expect(report.totals.screened).toBe(targeted.filter((s) => s.status === "screened").length);
    expect(report.totals.coverage).toBeCloseTo(report.totals.screened / report.totals.enrolled, 12);
  });

  it("suppresses every follow-up count under the small-cell threshold", () => {
    const n = spring.minCellSize;
    const counts = [
      report.followUp.students,
      report.followUp.overdue,
      ...report.followUp.byUrgency.map((r) => r.students),
    ];
    for (const c of counts) expect(c === null || c === 0 || c >= n).toBe(true);
    const critical = spring.followUp.filter((f) => f.urgency === "critical").length;
    const shown = report.followUp.byUrgency.find((r) => r.kind === "critical")?.students;
    expect(shown).toBe(critical > 0 && critical < n ? null : critical);
  });

  it("holds no student id, and so neither does its page, in either language", () => {
    const ids = autumnSchool.roster.students.map((s) => s.studentId);
    const texts = [
      JSON.stringify(report),
      renderReportHtml(censusReportDocument(report, "en")),
      renderReportHtml(censusReportDocument(report, "zh-CN")),
    ];
    for (const text of texts) {
      const words = new Set(text.split(/[^\w.:-]+/));
      expect(ids.filter((id) => words.has(id))).toEqual([]);
    }
  });

  it("draws the trend over both terms and labels tiers in the reader's language", () => {
    expect(report.trend.map((h) => h.term)).toEqual(["2026-2027-1", "2026-2027-2"]);
    const zh = censusReportDocument(report, "zh-CN");
    expect(zh.title).toBe("2026-2027-2 心理健康普查报告");
    expect(zh.sections.map((s) => s.title)).toContain("各班级覆盖率");
    expect(zh.sections.some((s) => s.kind === "trend")).toBe(true);
  });
});
