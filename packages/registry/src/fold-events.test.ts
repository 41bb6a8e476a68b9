import { describe, expect, it } from "vitest";
import { CLASS, ev, flag, GRADE, K12, LEADER, PSY, PSY2 } from "../test/event-fixtures";
import { applyEvent } from "./apply-event";
import { foldEvents } from "./fold-events";
import type { RegistryEvent } from "./registry-event-schema";
import { emptyFile } from "./student-file";

function apply(events: RegistryEvent[], next: RegistryEvent) {
  return applyEvent(K12, foldEvents(K12, events, "s-1"), next);
}

function codes(result: ReturnType<typeof apply>) {
  return result.success ? [] : result.issues.map((i) => i.code);
}

describe("foldEvents: flags (DOMAIN.md decision 2)", () => {
  it("a positive flag waits for a person: flagged-pending-review, no level, 14-day interview clock", () => {
    const file = foldEvents(K12, [flag(0, "positive")]);
    expect(file.status).toBe("flagged-pending-review");
    expect(file.level).toBeNull();
    expect(file.openFlags[0]?.dueAt).toBe("2026-09-15T00:00:00.000Z"); // cn-k12 routing: 336 h
  });

  it.each(["critical", "acute"])("a %s flag opens the top level at once, provisionally", (kind) => {
    const file = foldEvents(K12, [flag(0, kind)]);
    expect(file).toMatchObject({ status: "crisis", level: "red", provisional: true });
    expect(file.beforeProvisional).toBe("flagged-pending-review");
  });

  it("attention flags open an interview task but leave the student universal", () => {
    const file = foldEvents(K12, [flag(0, "attention")]);
    expect(file.status).toBe("universal");
    expect(file.openFlags).toHaveLength(1);
  });

  it("an interview answers the open flags", () => {
    const file = foldEvents(K12, [flag(0, "positive"), ev("interview", 2, { noRisk: true })]);
    expect(file.openFlags).toEqual([]);
  });
});

describe("foldEvents: level changes and their guards (domain-research.md §9)", () => {
  const interviewed = () => [
    flag(0, "positive"),
    ev("interview", 1, { noRisk: false }),
    ev("observation", 1, {
      actor: "p-1",
      role: "psy-committee-member",
      domain: "mood",
      concern: "moderate",
      stable: false,
    }),
  ];

  it("T3 watch: the psychology teacher proposes with an interview", () => {
    const events = interviewed();
    const change = ev("level-change", 2, {
      level: "yellow",
      proposer: PSY,
      evidence: [events[1]!.id],
    });
    const result = apply(events, change);
    expect(result.success && result.file.status).toBe("watch");
  });

  it("T3 without the required interview is refused, in en and zh-CN", () => {
    const events = interviewed();
    const change = ev("level-change", 2, { level: "yellow", proposer: PSY, evidence: [] });
    const result = apply(events, change);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues[0]).toMatchObject({ code: "evidence-missing" });
    expect(result.issues[0]!.message).toBe(
      "flagged-pending-review → watch needs evidence of kind interview: cite an earlier event.",
    );
    const zh = applyEvent(K12, foldEvents(K12, events), change, "zh-CN");
    expect(!zh.success && zh.issues[0]!.message).toContain("依据");
  });

  it("T3 key needs an approver from grade head or school leader", () => {
    const events = interviewed();
    const evidence = [events[1]!.id, events[2]!.id];
    const noApprover = ev("level-change", 2, { level: "orange", proposer: PSY, evidence });
    expect(codes(apply(events, noApprover))).toEqual(["approval-missing"]);
    const wrong = ev("level-change", 2, {
      level: "orange",
      proposer: PSY,
      approver: CLASS,
      evidence,
    });
    expect(codes(apply(events, wrong))).toEqual(["approve-not-allowed"]);
    const ok = ev("level-change", 2, { level: "orange", proposer: PSY, approver: GRADE, evidence });
    const result = apply(events, ok);
    expect(result.success && result.file).toMatchObject({ status: "key", level: "orange" });
    // cn-k12: orange needs a plan within 7 days
    expect(result.success && result.file.planDueAt).toBe("2026-09-10T00:00:00.000Z");
  });

  it("a class teacher may not propose T3", () => {
    const events = interviewed();
    const change = ev("level-change", 2, {
      level: "yellow",
      proposer: CLASS,
      evidence: [events[1]!.id],
    });
    expect(codes(apply(events, change))).toEqual(["propose-not-allowed"]);
  });

  it("an illegal transition is refused: universal → watch", () => {
    const change = ev("level-change", 0, { level: "yellow", proposer: PSY });
    expect(codes(apply([], change))).toEqual(["transition-illegal"]);
  });

  it("a level is not lowered before its minimum time (orange: 28 days)", () => {
    const events = interviewed();
    const evidence = [events[1]!.id, events[2]!.id];
    events.push(
      ev("level-change", 2, { level: "orange", proposer: PSY, approver: GRADE, evidence }),
    );
    events.push(
      ev("plan-created", 3, {
        planId: "p1",
        goals: ["sleep"],
        measures: [{ what: "weekly talk", owner: "psy-teacher", everyDays: 7 }],
        reviewOn: "2026-10-01",
      }),
    );
    const talk = ev("interview", 20, { noRisk: true });
    events.push(talk);
    const plan = events[4]!.id;
    const early = ev("level-change", 21, {
      level: "yellow",
      proposer: PSY,
      approver: GRADE,
      evidence: [talk.id, plan],
    });
    expect(codes(apply(events, early))).toEqual(["too-soon-to-lower"]);
    const later = ev("level-change", 31, {
      level: "yellow",
      proposer: PSY,
      approver: GRADE,
      evidence: [talk.id, plan],
    });
    expect(apply(events, later).success).toBe(true);
  });

  it("T2: an interview finding no risk returns the student to universal", () => {
    const events = [flag(0, "positive"), ev("interview", 1, { noRisk: true })];
    const back = ev("level-change", 1, { level: null, proposer: PSY, evidence: [events[1]!.id] });
    const result = apply(events, back);
    expect(result.success && result.file.status).toBe("universal");
  });

  it("a provisional crisis is confirmed by the psychology teacher, not by a class teacher", () => {
    const events = [flag(0, "acute")];
    expect(codes(apply(events, ev("level-change", 0, { level: "red", proposer: CLASS })))).toEqual([
      "approve-not-allowed",
    ]);
    const confirmed = apply(events, ev("level-change", 0, { level: "red", proposer: PSY }));
    expect(confirmed.success && confirmed.file).toMatchObject({ provisional: false, level: "red" });
  });

  it("the review of a provisional crisis may lower it at once, judged as the flagged student's T3", () => {
    const events = [flag(0, "critical"), ev("interview", 0, { noRisk: false })];
    const lower = ev("level-change", 0, {
      level: "yellow",
      proposer: PSY,
      evidence: [events[1]!.id],
    });
    const result = apply(events, lower);
    expect(result.success && result.file).toMatchObject({ status: "watch", provisional: false });
  });

  it("a class teacher may raise a crisis at once; it stays provisional until confirmed (T4)", () => {
    const result = apply(
      [],
      ev("level-change", 0, {
        actor: "t-class",
        role: "class-teacher",
        level: "red",
        proposer: CLASS,
      }),
    );
    expect(result.success && result.file).toMatchObject({ status: "crisis", provisional: true });
  });

  it("leaving crisis needs a case conference and four eyes (T7)", () => {
    const events = [flag(0, "acute"), ev("level-change", 0, { level: "red", proposer: PSY })];
    const conf = ev("case-conference", 8, {
      participants: ["psychiatrist"],
      question: "safe?",
      conclusions: "stable",
    });
    events.push(conf);
    const same = ev("level-change", 9, {
      level: "orange",
      proposer: LEADER,
      approver: LEADER,
      evidence: [conf.id],
    });
    expect(codes(apply(events, same))).toEqual(["propose-not-allowed"]);
    const selfApproved = ev("level-change", 9, {
      level: "orange",
      proposer: PSY,
      approver: { actor: "t-psy", role: "school-leader" },
      evidence: [conf.id],
    });
    expect(codes(apply(events, selfApproved))).toEqual(["four-eyes"]);
    const ok = ev("level-change", 9, {
      level: "orange",
      proposer: PSY,
      approver: LEADER,
      evidence: [conf.id],
    });
    expect(apply(events, ok).success).toBe(true);
  });

  it("refuses unknown roles, peers writing decisions and evidence that was corrected", () => {
    expect(codes(apply([], ev("interview", 0, { role: "janitor", noRisk: true })))).toEqual([
      "unknown-reference",
    ]);
    expect(
      codes(apply([], ev("interview", 0, { role: "psy-committee-member", noRisk: true }))),
    ).toEqual(["role-not-staff"]);
    const events = [flag(0, "positive"), ev("interview", 1, { noRisk: false })];
    events.push(ev("correction", 1, { corrects: events[1]!.id, correction: "wrong student" }));
    const change = ev("level-change", 2, {
      level: "yellow",
      proposer: PSY,
      evidence: [events[1]!.id],
    });
    expect(codes(apply(events, change))).toEqual(["evidence-corrected"]);
  });
});

describe("foldEvents: referral, leave, exit, close", () => {
  function keyStudent(): RegistryEvent[] {
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
    return events;
  }

  it("T6: a referral needs the school leader and is a sub-state beside key", () => {
    const events = keyStudent();
    const fields = {
      referralId: "r1",
      institution: "City Mental Health Centre",
      channel: "green",
      urgency: "urgent",
    };
    expect(codes(apply(events, ev("referral-made", 3, { ...fields, proposer: PSY })))).toEqual([
      "approval-missing",
    ]);
    events.push(ev("referral-made", 3, { ...fields, proposer: PSY, approver: LEADER }));
    const file = foldEvents(K12, events);
    expect(file).toMatchObject({ status: "key", referred: true });
    events.push(ev("referral-status", 20, { referralId: "r1", status: "closed" }));
    expect(foldEvents(K12, events).referred).toBe(false);
  });

  it("T12–T13: leave needs a guardian's application and a medical document; return goes through review", () => {
    const events = keyStudent();
    const app = ev("family-contact", 5, {
      contact: "guardian-application",
      participants: ["mother"],
    });
    const doc = ev("medical-document", 5, {
      issuer: "City hospital",
      document: "treatment-advice",
      issuedOn: "2026-09-05",
      providedBy: "guardian",
    });
    events.push(app, doc);
    expect(
      codes(apply(events, ev("leave", 6, { proposer: PSY, approver: LEADER, evidence: [doc.id] }))),
    ).toEqual(["evidence-missing"]);
    events.push(ev("leave", 6, { proposer: PSY, approver: LEADER, evidence: [app.id, doc.id] }));
    expect(foldEvents(K12, events)).toMatchObject({ status: "on-leave", level: "orange" });
    const back = ev("family-contact", 60, {
      contact: "guardian-application",
      participants: ["mother"],
    });
    events.push(back, ev("return-application", 60, { proposer: PSY, evidence: [back.id] }));
    expect(foldEvents(K12, events).status).toBe("return-review");
  });

  it("T9 exit needs every exit criterion; T10 close waits for the monitoring period", () => {
    const events = [flag(0, "positive"), ev("interview", 1, { noRisk: false })];
    events.push(
      ev("level-change", 2, { level: "yellow", proposer: PSY, evidence: [events[1]!.id] }),
    );
    const talk = ev("interview", 100, { noRisk: true });
    const seen = ev("observation", 100, {
      actor: "t-class",
      role: "class-teacher",
      domain: "mood",
      concern: "none",
      stable: true,
    });
    events.push(talk, seen);
    const exit = (day: number, evidence: string[]) =>
      ev("exit", day, { step: "exit", proposer: PSY, approver: LEADER, evidence });
    // no re-screen yet
    const census = (day: number) =>
      ev("census-result", day, {
        actor: "system",
        role: "system",
        term: "2026-2027-2",
        scaleId: "phq9",
        scaleVersion: "1.0.0",
        scores: { total: { value: 3 } },
        flags: [],
      });
    expect(codes(apply(events, exit(101, [talk.id, seen.id])))).toEqual(["evidence-missing"]);
    const rescreen = census(101);
    events.push(rescreen);
    events.push(exit(102, [rescreen.id, talk.id, seen.id]));
    const file = foldEvents(K12, events);
    expect(file.status).toBe("monitor-after-exit");
    const close = (day: number) =>
      ev("exit", day, {
        actor: "system",
        role: "system",
        step: "close",
        closeReason: "follow-up-complete",
        proposer: { actor: "system", role: "system" },
      });
    expect(codes(apply(events, close(150)))).toEqual(["monitoring-not-over"]);
    events.push(close(223));
    expect(foldEvents(K12, events)).toMatchObject({
      status: "closed",
      closeReason: "follow-up-complete",
    });
  });

  it("a file closed on graduation takes only corrections (T14)", () => {
    const events = [
      ev("exit", 0, { step: "close", closeReason: "graduation", proposer: PSY, approver: LEADER }),
    ];
    expect(foldEvents(K12, events).status).toBe("closed");
    expect(codes(apply(events, flag(1, "positive")))).toEqual(["file-closed"]);
    expect(
      apply(events, ev("correction", 1, { corrects: events[0]!.id, correction: "date" })).success,
    ).toBe(true);
  });

  it("foldEvents refuses a log that does not apply, naming the event", () => {
    expect(() =>
      foldEvents(K12, [ev("level-change", 0, { level: "yellow", proposer: PSY })]),
    ).toThrow(/does not/);
    expect(emptyFile("x").status).toBe("universal");
  });
});

describe("the second psychology teacher", () => {
  it("confirms like the first", () => {
    const result = apply(
      [flag(0, "acute")],
      ev("level-change", 0, { actor: "t-psy-2", level: "red", proposer: PSY2 }),
    );
    expect(result.success).toBe(true);
  });
});
