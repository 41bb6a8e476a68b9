import { describe, expect, it } from "vitest";
import { ev, flag, GRADE, K12, LEADER, PSY } from "../test/event-fixtures";
import { foldEvents } from "./fold-events";
import { overdue } from "./overdue";

const day = (n: number) => new Date(Date.UTC(2026, 8, 1) + n * 86_400_000).toISOString();

describe("overdue", () => {
  it("an interview is overdue only after its flag's deadline (positive: 14 days in cn-k12)", () => {
    const file = foldEvents(K12, [flag(0, "positive")]);
    expect(overdue(file, day(13))).toEqual([]);
    expect(overdue(file, day(15))).toMatchObject([
      { kind: "interview", dueAt: day(14), ownerRole: "psy-teacher" },
    ]);
    const answered = foldEvents(K12, [flag(0, "positive"), ev("interview", 3, { noRisk: true })]);
    expect(overdue(answered, day(15))).toEqual([]);
  });

  it("a critical flag is overdue after 24 hours", () => {
    const file = foldEvents(K12, [flag(0, "critical")]);
    expect(overdue(file, day(0.9))).toEqual([]);
    // red asks for a (safety) plan within 1 day too (cn-k12 follow-up)
    expect(overdue(file, day(1.1)).map((o) => o.kind)).toEqual(["interview", "plan"]);
  });

  function keyFile(extra: ReturnType<typeof ev>[] = []) {
    const events = [
      flag(0, "positive"),
      ev("interview", 1, { noRisk: false }),
      ev("observation", 1, { domain: "mood", concern: "high", stable: false }),
    ];
    events.push(
      ev("level-change", 2, {
        level: "orange",
        proposer: PSY,
        approver: GRADE,
        evidence: [events[1]!.id, events[2]!.id],
      }),
    );
    return foldEvents(K12, [...events, ...extra]);
  }

  it("a required plan not written within planWithinDays (orange: 7)", () => {
    expect(overdue(keyFile(), day(8.9))).toEqual([]);
    expect(overdue(keyFile(), day(9.1)).map((o) => o.kind)).toEqual(["plan"]);
    const plan = ev("plan-created", 4, {
      planId: "p1",
      goals: ["sleep"],
      measures: [{ what: "talk", owner: "class-teacher", everyDays: 7 }],
      reviewOn: "2026-10-01",
    });
    expect(overdue(keyFile([plan]), day(10))).toEqual([]);
    expect(overdue(keyFile([plan]), day(31)).map((o) => o.kind)).toEqual(["plan-review"]);
  });

  it("referrals without feedback after the default 14 days, or the days given", () => {
    const referral = ev("referral-made", 3, {
      referralId: "r1",
      institution: "Centre",
      channel: "green",
      urgency: "routine",
      proposer: PSY,
      approver: LEADER,
    });
    const plan = ev("plan-created", 3, {
      planId: "p1",
      goals: ["g"],
      measures: [{ what: "m", owner: "psy-teacher", everyDays: 7 }],
      reviewOn: "2026-12-01",
    });
    const file = keyFile([plan, referral]);
    expect(overdue(file, day(16))).toEqual([]);
    expect(overdue(file, day(18)).map((o) => o.kind)).toEqual(["referral-feedback"]);
    expect(overdue(file, day(8), { referralFeedbackDays: 3 }).map((o) => o.kind)).toEqual([
      "referral-feedback",
    ]);
    const fed = keyFile([
      plan,
      referral,
      ev("referral-status", 10, { referralId: "r1", status: "feedback-received" }),
    ]);
    expect(overdue(fed, day(30))).toEqual([]);
  });

  it("family contact missing this term, for students on the list", () => {
    const plan = ev("plan-created", 3, {
      planId: "p1",
      goals: ["g"],
      measures: [{ what: "m", owner: "psy-teacher", everyDays: 7 }],
      reviewOn: "2026-12-01",
    });
    const file = keyFile([plan]);
    expect(overdue(file, day(20), { termStart: "2026-09-01" }).map((o) => o.kind)).toEqual([
      "family-contact",
    ]);
    const visited = keyFile([
      plan,
      ev("family-contact", 5, { contact: "home-visit", participants: ["grandmother"] }),
    ]);
    expect(overdue(visited, day(20), { termStart: "2026-09-01" })).toEqual([]);
    expect(
      overdue(foldEvents(K12, [flag(0, "attention")]), day(1), { termStart: "2026-09-01" }),
    ).toEqual([]);
  });
});
