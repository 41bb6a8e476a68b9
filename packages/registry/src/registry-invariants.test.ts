import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CLASS, ev, flag, GRADE, K12, LEADER, PSY } from "../test/event-fixtures";
import { foldEvents } from "./fold-events";
import { MemoryStore } from "./memory-store";
import { Registry } from "./registry";
import type { RegistryEvent } from "./registry-event-schema";

const LEVEL_STATUSES = new Set(["watch", "key", "crisis", "on-leave", "return-review"]);

/** A step of a random history: an event built from the events accepted so far. */
const stepArb = fc.record({
  pick: fc.constantFrom(
    "positive",
    "critical",
    "attention",
    "interview",
    "observation",
    "yellow",
    "orange",
    "red",
    "none",
    "plan",
    "conference",
    "exit",
    "census",
  ),
  approver: fc.constantFrom(undefined, GRADE, LEADER, LEADER, CLASS),
  proposer: fc.constantFrom(PSY, PSY, PSY, CLASS, LEADER),
  gap: fc.integer({ min: 0, max: 40 }),
});

type Step = typeof stepArb extends fc.Arbitrary<infer T> ? T : never;

function build(step: Step, day: number, known: RegistryEvent[]): RegistryEvent {
  const evidence = known.map((e) => e.id);
  const decision = {
    proposer: step.proposer,
    evidence,
    ...(step.approver ? { approver: step.approver } : {}),
  };
  switch (step.pick) {
    case "positive":
    case "critical":
    case "attention":
      return flag(day, step.pick);
    case "interview":
      return ev("interview", day, { noRisk: day % 2 === 0 });
    case "observation":
      return ev("observation", day, { domain: "mood", concern: "low", stable: day % 3 !== 0 });
    case "yellow":
    case "orange":
    case "red":
      return ev("level-change", day, { level: step.pick, ...decision });
    case "none":
      return ev("level-change", day, { level: null, ...decision });
    case "plan":
      return ev("plan-created", day, {
        planId: `p${day}`,
        goals: ["g"],
        measures: [{ what: "m", owner: "psy-teacher", everyDays: 7 }],
        reviewOn: "2027-01-01",
      });
    case "conference":
      return ev("case-conference", day, {
        participants: ["psychiatrist"],
        question: "q",
        conclusions: "c",
      });
    case "exit":
      return ev("exit", day, { step: "exit", ...decision });
    case "census":
      return ev("census-result", day, {
        actor: "system",
        role: "system",
        term: `t${day}`,
        scaleId: "phq9",
        scaleVersion: "1",
        scores: { total: { value: 1 } },
        flags: [],
      });
  }
}

describe("the registry under random histories (property)", () => {
  it("refusals write nothing; the file is the fold of what was accepted, in any order; a level goes with its status", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(stepArb, { minLength: 1, maxLength: 30 }),
        fc.nat(),
        async (steps, seed) => {
          const store = new MemoryStore();
          const registry = new Registry(K12, store);
          // histories start on the list, so decisions get tried from every status
          const accepted: RegistryEvent[] = [
            flag(0, "positive"),
            ev("interview", 0, { noRisk: false }),
            ev("observation", 0, { domain: "mood", concern: "low", stable: false }),
          ];
          expect((await registry.appendAll(accepted)).success).toBe(true);
          let day = 0;
          for (const step of steps) {
            day += step.gap;
            const event = build(step, day, accepted);
            const before = (await store.events("s-1")).length;
            const outcome = await registry.append(event);
            const after = (await store.events("s-1")).length;
            if (outcome.success) {
              accepted.push(event);
              expect(after).toBe(before + 1);
            } else {
              expect(after).toBe(before);
              expect(outcome.issues[0]?.message.length).toBeGreaterThan(0);
            }
            const file = await registry.file("s-1");
            expect(file.level !== null).toBe(LEVEL_STATUSES.has(file.status));
            if (file.provisional) expect(file.beforeProvisional).not.toBeNull();
          }
          // any order: the fold sorts by time, then id
          const rank = (e: RegistryEvent) => (Number(e.id.slice(2)) * 7919 + seed) % 101;
          const shuffled = [...accepted].sort((a, b) => rank(a) - rank(b));
          expect(foldEvents(K12, shuffled, "s-1")).toEqual(await registry.file("s-1"));
        },
      ),
      { numRuns: 150 },
    );
  });
});
