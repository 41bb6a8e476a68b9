import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { result } from "../test/census-fixtures";
import { ev, GRADE, K12, PSY } from "../test/event-fixtures";
import { aggregateFor } from "./aggregate-for";
import { foldEvents } from "./fold-events";
import { censusEvents } from "./import-census";
import { type RegistryEvent, RegistryEventSchema } from "./registry-event-schema";
import type { StudentFile } from "./student-file";
import { viewFor } from "./view-for";

const NOTE = "SECRET-NOTE-7731";

/** A file with census scores (marked values), flags, notes, a plan and a fitness letter. */
function richFile(
  total: number,
  kinds: ("positive" | "critical" | "acute")[],
  key: boolean,
): StudentFile {
  // a student comes onto the list through a flag
  const flags = key && kinds.length === 0 ? (["positive"] as const) : kinds;
  const census = censusEvents(
    { term: "2026-2027-1", at: "2026-09-01T00:00:00Z" },
    "s-1",
    result("phq9", total, [...flags]),
  ).map((e) => RegistryEventSchema.parse(e));
  const events: RegistryEvent[] = [...census];
  if (!key) return foldEvents(K12, events);
  const talk = ev("interview", 1, { noRisk: false, notes: NOTE, risk: { ideation: true } });
  const seen = ev("observation", 1, { domain: "mood", concern: "high", stable: false, note: NOTE });
  events.push(talk, seen);
  events.push(
    ev("level-change", 2, {
      level: "orange",
      proposer: PSY,
      approver: GRADE,
      evidence: [talk.id, seen.id],
    }),
  );
  events.push(
    ev("plan-created", 3, {
      planId: "p1",
      goals: ["sleep better"],
      measures: [
        { what: "daily check-in", owner: "class-teacher", everyDays: 1 },
        { what: `counselling ${NOTE}`, owner: "psy-teacher", everyDays: 7 },
      ],
      reviewOn: "2026-10-01",
    }),
    ev("medical-document", 4, {
      issuer: "City hospital",
      document: "diagnosis",
      issuedOn: "2026-09-05",
      providedBy: "guardian",
      fitnessSummary: NOTE,
    }),
    ev("medical-document", 4, {
      issuer: "City hospital",
      document: "fitness-for-school",
      issuedOn: "2026-09-05",
      providedBy: "guardian",
      fitnessSummary: "may attend; no PE",
    }),
  );
  return foldEvents(K12, events);
}

const fileArb = fc
  .record({
    total: fc.integer({ min: 100_001, max: 999_999 }),
    kinds: fc.subarray(["positive", "critical", "acute"] as const),
    key: fc.boolean(),
  })
  .map(({ total, kinds, key }) => ({ total, file: richFile(total, [...kinds], key) }));

describe("viewFor (domain-research.md §8.6)", () => {
  it("a class teacher sees that a conversation is needed and what to do, never answers or scores (property)", () => {
    fc.assert(
      fc.property(fileArb, ({ total, file }) => {
        const view = viewFor("class-teacher", file, K12);
        const json = JSON.stringify(view);
        expect(json).not.toContain(String(total));
        for (const word of [
          "scores",
          '"value"',
          "band",
          "flagId",
          '"kind"',
          "critical",
          "acute",
          "positive",
          NOTE,
          "diagnosis",
          "ideation",
        ]) {
          expect(json).not.toContain(word);
        }
        if (file.openFlags.length > 0) expect(view?.needsTalk?.message["zh-CN"]).toBe("需要谈话");
      }),
      { numRuns: 100 },
    );
  });

  it("a class teacher's view of a key student: label, follow-up, own measures, fitness summary", () => {
    const view = viewFor("class-teacher", richFile(123_456, ["positive"], true), K12);
    expect(view?.level).toMatchObject({
      code: "orange",
      label: { "zh-CN": "橙色（重点关注）" },
      followUpEveryDays: 3.5,
    });
    expect(view?.plan).toEqual({
      measures: [{ what: "daily check-in", owner: "class-teacher", everyDays: 1 }],
    });
    expect(view?.medical).toEqual([
      { issuedOn: "2026-09-05", fitnessSummary: "may attend; no PE" },
    ]);
    expect(view?.notes).toBeUndefined();
  });

  it("the psychology teacher sees all: scores, flags, notes, plan, documents", () => {
    const file = richFile(123_456, ["positive"], true);
    const json = JSON.stringify(viewFor("psy-teacher", file, K12));
    for (const word of ["123456", "scores", NOTE, "diagnosis", "counselling"])
      expect(json).toContain(word);
  });

  it("county level sees no student, only aggregates with small cells suppressed (property)", () => {
    fc.assert(
      fc.property(fc.array(fileArb, { minLength: 1, maxLength: 12 }), (entries) => {
        for (const { total, file } of entries) {
          expect(viewFor("county-centre", file, K12)).toBeNull();
          // and no region override leaks what the aggregates stand for
          const json = JSON.stringify(aggregateFor("county-centre", [file], K12));
          for (const word of [String(total), NOTE, "diagnosis", "ideation"]) {
            expect(json).not.toContain(word);
          }
        }
        const files = entries.map((e) => e.file);
        const agg = aggregateFor("county-centre", files, K12);
        expect(JSON.stringify(agg)).not.toContain("s-1");
        for (const n of Object.values(agg.levels ?? {}))
          expect(n === null || n === 0 || n >= 5).toBe(true);
        const orange = files.filter((f) => f.level === "orange").length;
        expect(agg.levels?.orange).toBe(orange > 0 && orange < 5 ? null : orange);
      }),
      { numRuns: 50 },
    );
  });

  it("a peer supporter sees nothing; a guardian sees the level only from orange up", () => {
    const key = richFile(123_456, ["positive"], true);
    expect(viewFor("psy-committee-member", key, K12)).toBeNull();
    expect(viewFor("guardian", key, K12)?.level?.code).toBe("orange");
    const flagged = richFile(123_456, ["positive"], false);
    expect(viewFor("guardian", flagged, K12)?.level).toBeUndefined();
    expect(JSON.stringify(viewFor("guardian", flagged, K12))).not.toContain("123456");
    expect(aggregateFor("guardian", [key], K12)).toEqual({ role: "guardian" });
  });

  it("throws for a role the matrix does not name", () => {
    expect(() => viewFor("janitor", richFile(1, [], false), K12)).toThrow(/visibility matrix/);
  });
});
