import {
  CN_K12,
  censusRecords,
  censusReport,
  importCensus,
  monthlyReport,
  monthlyReportDocument,
  Registry,
  renderReportHtml,
  runCensus,
  validateProfile,
} from "@psyscreen/registry";
import { describe, expect, it } from "vitest";
import { generateSchool } from "../src/generate-school";

describe("the monthly dispatch report of a synthetic school", { timeout: 60_000 }, async () => {
  const checked = validateProfile(CN_K12);
  if (!checked.success) throw new Error("preset invalid");
  const profile = checked.data;
  const school = generateSchool({ seed: 5 });
  const run = runCensus(school, { now: "2026-10-08T00:00:00Z" });
  if (!run.success) throw new Error("census failed");
  const registry = new Registry(profile);
  const imported = await importCensus(registry, {
    ...censusRecords(run.data),
    at: "2026-10-08T00:00:00Z",
  });
  if (!imported.success) throw new Error("import failed");
  const critical = run.data.followUp.filter((f) => f.provisionalLevel !== undefined);
  const october = monthlyReport(await registry.files(), {
    profile,
    month: "2026-10",
    termStart: "2026-09-01",
    census: censusReport(run.data),
  });
  const n = profile.reporting.minCellSize;

  it("counts every provisional top level the census opened, at the top of the list", () => {
    const top = october.levels[0]!;
    const ranks = profile.warningLevels.map((l) => l.severityRank);
    expect(profile.warningLevels.find((l) => l.code === top.code)!.severityRank).toBe(
      Math.max(...ranks),
    );
    expect(critical.length).toBeGreaterThan(n);
    expect(top.files).toBe(critical.length);
    expect(top.provisional).toBe(critical.length);
    expect(october.opened).toBe(critical.length);
    expect(october.census?.coverage).toBe(
      run.data.coverage.find((c) => c.tier === "school")!.coverage,
    );
  });

  it("gives the month before the census nothing, and the same October whenever it is run", async () => {
    const september = monthlyReport(await registry.files(), { profile, month: "2026-09" });
    expect(september.levels.every((l) => l.files === 0)).toBe(true);
    expect(september.opened).toBe(0);
    const student = critical[0]!.studentId;
    await registry.append({
      v: 1,
      type: "interview",
      id: `${student}/interview/1`,
      studentId: student,
      actor: "t-wang",
      role: "psy-teacher",
      time: "2026-11-03T02:00:00Z",
      reason: "same-day review, late",
      noRisk: false,
    });
    const again = monthlyReport(await registry.files(), {
      profile,
      month: "2026-10",
      termStart: "2026-09-01",
      census: censusReport(run.data),
    });
    expect(again).toEqual(october);
  });

  it("suppresses small counts and holds no student id, in JSON and on the page", () => {
    const counts = [
      october.opened,
      october.left,
      october.closed,
      ...october.levels.flatMap((l) => [l.files, l.provisional]),
      ...october.overdue.map((o) => o.items),
      october.referrals.made,
      october.referrals.awaitingFeedback,
    ];
    for (const c of counts) expect(c === null || c === 0 || c >= n).toBe(true);
    // nobody interviewed anyone in October: every flag's interview is overdue by its end
    expect(october.overdue.find((o) => o.kind === "interview")!.items).toBeGreaterThanOrEqual(
      critical.length,
    );
    const ids = new Set(school.roster.students.map((s) => s.studentId));
    for (const text of [
      JSON.stringify(october),
      renderReportHtml(monthlyReportDocument(october, "zh-CN")),
      renderReportHtml(monthlyReportDocument(october, "en")),
    ]) {
      expect(text.split(/[^\w.:-]+/).filter((w) => ids.has(w))).toEqual([]);
    }
    expect(monthlyReportDocument(october, "zh-CN").title).toBe("2026-10 心理健康工作月度调度");
  });

  it("refuses a month that is not YYYY-MM", () => {
    expect(() => monthlyReport([], { profile, month: "2026-13" })).toThrow(RangeError);
  });
});
