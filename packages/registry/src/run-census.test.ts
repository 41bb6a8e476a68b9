import { scoreResponse } from "@psyscreen/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CAMPAIGN,
  gad7Answers,
  PHQ9,
  phq9Answers,
  roster,
  SAFETY_TEST_SCALE,
  SCALES,
  sheet,
} from "../test/census-fixture";
import type { CensusResponse } from "./census-response-schema";
import { CN_K12, CN_UNIVERSITY } from "./presets";
import { runCensus } from "./run-census";

const NOW = "2026-10-08T00:00:00Z";

function run(responses: CensusResponse[], n = 3, extra = {}) {
  const result = runCensus(
    { profile: CN_K12, campaign: CAMPAIGN, roster: roster(n), responses, scales: SCALES, ...extra },
    { now: NOW },
  );
  if (!result.success) throw new Error("census failed", { cause: result.issues });
  return result.data;
}

describe("runCensus coverage", () => {
  it("counts every roster student exactly once per tier, in the status its sheets give", {
    timeout: 30_000,
  }, () => {
    const statuses = ["completed", "absent", "refused", "exempt", "none"] as const;
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...statuses), { minLength: 8, maxLength: 8 }),
        (pick) => {
          const students = roster(2).students;
          const responses: CensusResponse[] = [];
          students.forEach((s, k) => {
            const status = pick[k]!;
            if (status === "completed") {
              responses.push(sheet(s.studentId, "phq-9", phq9Answers(3)));
              responses.push(sheet(s.studentId, "gad-7", gad7Answers(2)));
            } else if (status !== "none") {
              responses.push({ studentId: s.studentId, status });
            }
          });
          const census = run(responses, 2);
          for (const tier of ["class", "grade", "school"]) {
            const cells = census.coverage.filter((c) => c.tier === tier);
            const total = (key: "screened" | "absent" | "refused" | "exempt" | "notReached") =>
              cells.reduce((sum, c) => sum + c[key], 0);
            expect(cells.reduce((sum, c) => sum + c.enrolled, 0)).toBe(8);
            expect(total("screened")).toBe(pick.filter((p) => p === "completed").length);
            expect(total("absent")).toBe(pick.filter((p) => p === "absent").length);
            expect(total("refused")).toBe(pick.filter((p) => p === "refused").length);
            expect(total("exempt")).toBe(pick.filter((p) => p === "exempt").length);
            expect(total("notReached")).toBe(pick.filter((p) => p === "none").length);
            for (const c of cells) {
              expect(c.screened + c.absent + c.refused + c.exempt + c.notReached).toBe(c.enrolled);
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it("gives coverage, coverage of the eligible and whether the target is met per unit", () => {
    const ids = roster(5).students.map((s) => s.studentId);
    // g7-c1: 4 of 5 screened, 1 exempt → 0.8 of enrolled, 1.0 of eligible
    const responses: CensusResponse[] = ids
      .slice(0, 4)
      .flatMap((id) => [sheet(id, "phq-9", phq9Answers(2)), sheet(id, "gad-7", gad7Answers(2))]);
    responses.push({ studentId: ids[4]!, status: "exempt" });
    const census = run(responses, 5);
    const c1 = census.coverage.find((c) => c.unit === "g7-c1")!;
    expect(c1).toMatchObject({ enrolled: 5, screened: 4, exempt: 1, coverage: 0.8 });
    expect(c1.coverageOfEligible).toBe(1);
    expect(c1.targetMet).toBe(false); // target 0.9 of enrolled
    const school = census.coverage.find((c) => c.tier === "school")!;
    expect(school).toMatchObject({ enrolled: 20, screened: 4, notReached: 15, coverage: 0.2 });
  });

  it("marks a student partial when only some scales of the battery were completed", () => {
    const census = run([sheet("g7-c1-001", "phq-9", phq9Answers(2))], 1);
    const student = census.students.find((s) => s.studentId === "g7-c1-001")!;
    expect(student).toMatchObject({ status: "screened", partial: true });
    expect(student.scales.map((s) => s.status)).toEqual(["completed", "not-reached"]);
    expect(census.coverage.find((c) => c.tier === "school")!.partial).toBe(1);
  });

  it("leaves grades without a battery out of the enrolled count", () => {
    const r = roster(2);
    r.students.push({
      studentId: "g1-001",
      units: { class: "g1-c1", grade: "g1", school: "s1" },
      grade: "g1",
    });
    const result = runCensus({
      profile: CN_K12,
      campaign: CAMPAIGN,
      roster: r,
      responses: [],
      scales: SCALES,
    });
    expect(result.success).toBe(true);
    if (!result.success) return;
    const school = result.data.coverage.find((c) => c.tier === "school")!;
    expect(school).toMatchObject({ enrolled: 8, notTargeted: 1, notReached: 8 });
  });
});

describe("runCensus flags and deadlines", () => {
  it("routes flags through the profile: tier, unit, role, deadline, provisional level", () => {
    const census = run([
      sheet("g7-c2-001", "phq-9", phq9Answers(12, 1), "2026-09-20T10:00:00+08:00"),
      sheet("g7-c2-001", "gad-7", gad7Answers(3), "2026-09-20T10:05:00+08:00"),
    ]);
    const critical = census.flags.find((f) => f.kind === "critical")!;
    const rule = CN_K12.routing.find((r) => r.flag === "critical")!;
    expect(critical).toMatchObject({
      studentId: "g7-c2-001",
      flagId: "item9_positive",
      rule: "critical",
      tier: rule.tier,
      unit: "s1",
      role: rule.role,
      provisionalLevel: rule.provisionalLevel,
      raisedAt: "2026-09-20T02:00:00.000Z",
    });
    expect(Date.parse(critical.deadline) - Date.parse(critical.raisedAt)).toBe(
      rule.deadlineHours * 3_600_000,
    );
    const positive = census.flags.find((f) => f.kind === "positive")!;
    const positiveRule = CN_K12.routing.find((r) => r.flag === "positive")!;
    expect(positive.provisionalLevel).toBeUndefined();
    expect(Date.parse(positive.deadline) - Date.parse(positive.raisedAt)).toBe(
      positiveRule.deadlineHours * 3_600_000,
    );
  });

  it("uses the rule limited to a flag id over its kind's rule (unanswered item 9)", () => {
    const answers: Record<string, number | null> = phq9Answers(4);
    answers.phq9_9 = null;
    const census = run([sheet("g8-c1-002", "phq-9", answers)]);
    const flag = census.flags.find((f) => f.flagId === "critical_item_unanswered")!;
    expect(flag.rule).toBe("attention:critical_item_unanswered");
    expect(flag.deadlineHours).toBe(24);
  });

  it("counts deadlines from when the census runs for sheets without a finish time", () => {
    const census = run([
      { studentId: "g7-c1-001", scaleId: "phq-9", status: "completed", answers: phq9Answers(11) },
    ]);
    expect(census.flags[0]!.raisedAt).toBe(new Date(NOW).toISOString());
  });

  it("names the routing of the university preset (counsellor renamed, dorm tier)", () => {
    const students = [
      {
        studentId: "u-001",
        units: { dorm: "d-101", class: "cs-1", department: "cs", school: "u1" },
        grade: "y1",
      },
    ];
    const result = runCensus(
      {
        profile: CN_UNIVERSITY,
        campaign: { ...CAMPAIGN, scales: { y1: ["phq-9"] } },
        roster: { students },
        responses: [sheet("u-001", "phq-9", phq9Answers(5, 2))],
        scales: [PHQ9],
      },
      { now: NOW },
    );
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.tiers).toEqual(["dorm", "class", "department", "school"]);
    const notify = result.data.flags[0]!.notify!.map((n) => n.role);
    expect(notify).toContain("counsellor");
  });
});

describe("the follow-up list", () => {
  it("puts critical flags first, then orders by the earliest deadline, one entry per student", () => {
    const census = run([
      // positive only, finished first
      sheet("g7-c1-001", "phq-9", phq9Answers(15), "2026-09-15T09:00:00+08:00"),
      // critical, finished last
      sheet("g8-c2-003", "phq-9", phq9Answers(4, 1), "2026-09-29T09:00:00+08:00"),
      // positive on two scales, finished in between
      sheet("g7-c2-002", "phq-9", phq9Answers(10), "2026-09-18T09:00:00+08:00"),
      sheet("g7-c2-002", "gad-7", gad7Answers(14), "2026-09-18T09:10:00+08:00"),
      // attention: unanswered item 9, 24 h deadline, finished on the 25th
      sheet("g8-c1-001", "phq-9", { ...phq9Answers(2), phq9_9: null }, "2026-09-25T09:00:00+08:00"),
    ]);
    expect(census.followUp.map((e) => [e.rank, e.studentId, e.urgency])).toEqual([
      [1, "g8-c2-003", "critical"], // due 30 Sep, but safety comes first
      [2, "g8-c1-001", "attention"], // due 26 Sep (24 h)
      [3, "g7-c1-001", "positive"], // due 29 Sep (14 days)
      [4, "g7-c2-002", "positive"], // due 2 Oct
    ]);
    expect(census.followUp[3]!.flags).toHaveLength(2);
    expect(census.followUp[0]!.provisionalLevel).toBe("red");
  });

  it("ranks an acute flag before a critical one whose deadline is earlier", () => {
    const campaign = { ...CAMPAIGN, scales: { g7: ["test-safety"], g8: ["test-safety"] } };
    const answers = (t1: number, t2: number) => ({
      t1,
      t2,
      t3: 0,
      t4: 0,
      t5: 0,
      t6: 0,
      v1: 0,
      v2: 0,
    });
    const result = runCensus(
      {
        profile: CN_K12,
        campaign,
        roster: roster(1),
        responses: [
          sheet("g7-c1-001", "test-safety", answers(0, 1), "2026-09-15T09:00:00+08:00"),
          sheet("g8-c1-001", "test-safety", answers(1, 0), "2026-09-29T09:00:00+08:00"),
        ],
        scales: [SAFETY_TEST_SCALE],
      },
      { now: NOW },
    );
    if (!result.success) throw new Error("census failed", { cause: result.issues });
    const acuteRule = CN_K12.routing.find((r) => r.flag === "acute")!;
    expect(result.data.followUp.map((e) => [e.studentId, e.urgency, e.role])).toEqual([
      ["g8-c1-001", "acute", acuteRule.role],
      ["g7-c1-001", "critical", "psy-teacher"],
    ]);
    expect(result.data.followUp[0]!.flags[0]!.deadlineHours).toBe(acuteRule.deadlineHours);
  });

  it("says flags and indicators in the census locale", () => {
    const result = runCensus(
      {
        profile: CN_K12,
        campaign: CAMPAIGN,
        roster: roster(1),
        responses: [sheet("g7-c1-001", "phq-9", phq9Answers(4, 1), "2026-09-20T10:00:00+08:00", 3)],
        scales: SCALES,
      },
      { now: NOW, locale: "zh-CN" },
    );
    if (!result.success) throw new Error("census failed");
    const [flag] = result.data.flags;
    expect(flag!.message).toMatch(/^第 9 题/);
    expect(result.data.students[0]!.scales[0]!.indicators[0]!.message).toMatch(/^平均每题仅用/);
  });

  it("marks entries whose deadline passed before the census ran", () => {
    const census = run([
      sheet("g7-c1-001", "phq-9", phq9Answers(4, 1), "2026-10-06T09:00:00+08:00"), // due 7 Oct
      sheet("g7-c1-002", "phq-9", phq9Answers(12), "2026-10-06T09:00:00+08:00"), // due 20 Oct
    ]);
    expect(census.followUp.map((e) => [e.studentId, e.overdue])).toEqual([
      ["g7-c1-001", true],
      ["g7-c1-002", false],
    ]);
  });
});

describe("careless answering", () => {
  it("lowers confidence and keeps every flag when a sheet is straight-lined and too fast", () => {
    const allThree = Object.fromEntries(PHQ9.items.map((i) => [i.id, 3] as const));
    const census = run([sheet("g7-c1-001", "phq-9", allThree, "2026-09-20T10:00:00+08:00", 6)]);
    const outcome = census.students[0]!.scales[0]!;
    expect(outcome.indicators.map((i) => i.kind).sort()).toEqual(["straight-lining", "too-fast"]);
    expect(outcome.confidence).toBe("low");
    expect(census.flags.map((f) => [f.kind, f.confidence])).toEqual([
      ["critical", "low"],
      ["positive", "low"],
    ]);
    expect(census.followUp[0]).toMatchObject({ urgency: "critical", confidence: "low" });
  });

  it("never hides or downgrades a critical or acute flag, whatever the indicators (property)", {
    timeout: 30_000,
  }, () => {
    const campaign = {
      ...CAMPAIGN,
      scales: { g7: ["phq-9", "test-safety"], g8: ["phq-9", "test-safety"] },
    };
    const scales = [PHQ9, SAFETY_TEST_SCALE];
    const sheetArb = fc.record({
      phq: fc.array(fc.constantFrom(0, 1, 2, 3, null), { minLength: 10, maxLength: 10 }),
      test: fc.array(fc.constantFrom(0, 1, null), { minLength: 8, maxLength: 8 }),
      seconds: fc.integer({ min: 0, max: 600 }),
    });
    let safetyFlags = 0;
    fc.assert(
      fc.property(
        fc.array(sheetArb, { minLength: 1, maxLength: 12 }),
        fc.record({
          minSecondsPerItem: fc.double({ min: 0, max: 120, noNaN: true }),
          straightLiningMinItems: fc.integer({ min: 1, max: 12 }),
          straightLiningCountsLowest: fc.boolean(),
        }),
        (drawn, careless) => {
          const ids = roster(3).students.map((s) => s.studentId);
          const responses: CensusResponse[] = [];
          const expected: { studentId: string; id: string; kind: string }[] = [];
          drawn.forEach((d, k) => {
            for (const [scale, values] of [
              [PHQ9, d.phq],
              [SAFETY_TEST_SCALE, d.test],
            ] as const) {
              const answers = Object.fromEntries(
                scale.items.map((item, i) => [item.id, values[i]!]),
              );
              responses.push(
                sheet(ids[k]!, scale.id, answers, "2026-09-20T10:00:00+08:00", d.seconds),
              );
              // what scoring alone says, apart from the census
              for (const flag of scoreResponse(scale, answers).flags) {
                if (flag.kind === "critical" || flag.kind === "acute") {
                  expected.push({ studentId: ids[k]!, id: flag.id, kind: flag.kind });
                }
              }
            }
          });
          const result = runCensus(
            { profile: CN_K12, campaign, roster: roster(3), responses, scales },
            { now: NOW, careless },
          );
          if (!result.success) throw new Error("census failed", { cause: result.issues });
          const { followUp } = result.data;
          for (const flag of expected) {
            safetyFlags++;
            const entry = followUp.find((e) => e.studentId === flag.studentId);
            expect(entry?.flags.some((f) => f.flagId === flag.id && f.kind === flag.kind)).toBe(
              true,
            );
            expect(entry?.urgency === "acute" || entry?.urgency === "critical").toBe(true);
            if (flag.kind === "acute") expect(entry?.urgency).toBe("acute");
            expect(entry?.provisionalLevel).toBe("red");
          }
          // safety entries come before all others, acute before critical
          const rank = followUp.map((e) => ["acute", "critical"].indexOf(e.urgency) >>> 0);
          expect(rank).toEqual([...rank].sort((a, b) => a - b));
        },
      ),
      { numRuns: 100 },
    );
    expect(safetyFlags).toBeGreaterThan(50);
  });
});

describe("the transition matrix", () => {
  it("counts students by previous and current outcome, per scale and overall", () => {
    const autumn = run([
      sheet("g7-c1-001", "phq-9", phq9Answers(12)),
      sheet("g7-c1-002", "phq-9", phq9Answers(2)),
      sheet("g7-c1-003", "phq-9", phq9Answers(2, 1)),
    ]);
    const records = {
      term: autumn.term,
      students: [
        ...autumn.students
          .filter((s) => s.results.length > 0)
          .map((s) => ({ studentId: s.studentId, results: s.results })),
        { studentId: "graduated-001", results: [] },
      ],
    };
    const spring = run(
      [
        sheet("g7-c1-001", "phq-9", phq9Answers(3)),
        sheet("g7-c1-002", "phq-9", phq9Answers(13)),
        sheet("g7-c1-003", "phq-9", phq9Answers(2, 1)),
      ],
      3,
      { previous: records, campaign: { ...CAMPAIGN, term: "2026-2027-2" } },
    );
    const m = spring.transitions!;
    expect(m).toMatchObject({ previousTerm: "2026-2027-1", term: "2026-2027-2", left: 1 });
    const phq = m.tables.find((t) => t.scaleId === "phq-9")!;
    const at = (from: string, to: string) =>
      phq.counts[m.outcomes.indexOf(from as never)]![m.outcomes.indexOf(to as never)];
    expect(at("positive", "negative")).toBe(1);
    expect(at("negative", "positive")).toBe(1);
    expect(at("critical", "critical")).toBe(1);
    expect(at("not-screened", "not-screened")).toBe(9);
    expect(phq.counts.flat().reduce((a, b) => a + b, 0)).toBe(12);
    const all = m.tables.find((t) => t.scaleId === "*")!;
    expect(all.counts.flat().reduce((a, b) => a + b, 0)).toBe(12);
  });
});
