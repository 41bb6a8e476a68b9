import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { result } from "../test/census-fixtures";
import { K12 } from "../test/event-fixtures";
import { type CensusImport, importCensus } from "./import-census";
import { Registry } from "./registry";

const TERMS = ["2025-2026-1", "2025-2026-2", "2026-2027-1", "2026-2027-2"];
const AT = [
  "2025-10-10T02:00:00Z",
  "2026-04-10T02:00:00Z",
  "2026-10-10T02:00:00Z",
  "2027-04-10T02:00:00Z",
];

async function snapshot(registry: Registry) {
  const files = await registry.files();
  return files.sort((a, b) => (a.studentId < b.studentId ? -1 : 1));
}

describe("importCensus", () => {
  const census: CensusImport = {
    term: TERMS[0]!,
    at: AT[0]!,
    students: [
      { studentId: "s-1", results: [result("phq9", 12, ["positive"])] },
      {
        studentId: "s-2",
        results: [result("phq9", 18, ["positive", "critical"]), result("gad7", 3)],
      },
      { studentId: "s-3", results: [result("phq9", 2)] },
    ],
  };

  it("records results and raises flags: positive waits, critical opens the top level", async () => {
    const registry = new Registry(K12);
    const outcome = await importCensus(registry, census);
    expect(outcome).toEqual({ success: true, added: 7, skipped: 0 });
    expect((await registry.file("s-1")).status).toBe("flagged-pending-review");
    expect(await registry.file("s-2")).toMatchObject({
      status: "crisis",
      level: "red",
      provisional: true,
    });
    expect((await registry.file("s-3")).status).toBe("universal");
    expect((await registry.events("s-2")).map((e) => e.id)).toEqual([
      "census/2025-2026-1/s-2/gad7",
      "census/2025-2026-1/s-2/phq9",
      "census/2025-2026-1/s-2/phq9/flag/critical-1",
      "census/2025-2026-1/s-2/phq9/flag/positive-0",
    ]);
  });

  it("is idempotent: the same census twice changes nothing", async () => {
    const registry = new Registry(K12);
    await importCensus(registry, census);
    const before = await snapshot(registry);
    expect(await importCensus(registry, census)).toEqual({ success: true, added: 0, skipped: 7 });
    expect(await snapshot(registry)).toEqual(before);
  });

  it("refuses a changed result under the same id and writes nothing", async () => {
    const registry = new Registry(K12);
    await importCensus(registry, census);
    const changed = {
      ...census,
      students: [
        { studentId: "s-3", results: [result("phq9", 3)] },
        { studentId: "s-9", results: [result("phq9", 1)] },
      ],
    };
    const outcome = await importCensus(registry, changed);
    expect(!outcome.success && outcome.issues.map((i) => i.code)).toEqual(["duplicate-event"]);
    expect((await registry.events("s-9")).length).toBe(0);
  });

  it("gives the same files whatever order censuses are imported in (property)", async () => {
    const kinds = fc.constantFrom<("positive" | "critical" | "acute" | "attention" | "invalid")[]>(
      [],
      ["positive"],
      ["attention"],
      ["invalid"],
      ["positive", "critical"],
      ["acute"],
    );
    const censusArb = fc.array(fc.array(kinds, { minLength: 4, maxLength: 4 }), {
      minLength: 3,
      maxLength: 3,
    });
    await fc.assert(
      fc.asyncProperty(censusArb, fc.infiniteStream(fc.nat()), async (byStudent, seeds) => {
        const censuses: CensusImport[] = TERMS.map((term, t) => ({
          term,
          at: AT[t]!,
          students: byStudent.map((terms, s) => ({
            studentId: `s-${s}`,
            results: [result("phq9", 5 + t, terms[t]!)],
          })),
        }));
        const inOrder = new Registry(K12);
        for (const c of censuses) expect((await importCensus(inOrder, c)).success).toBe(true);
        // a permutation drawn from the stream of seeds
        const shuffled = [...censuses];
        const it = seeds[Symbol.iterator]();
        for (let i = shuffled.length - 1; i > 0; i--) {
          const j = it.next().value! % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
        }
        const outOfOrder = new Registry(K12);
        for (const c of shuffled) expect((await importCensus(outOfOrder, c)).success).toBe(true);
        expect(await snapshot(outOfOrder)).toEqual(await snapshot(inOrder));
      }),
      { numRuns: 60 },
    );
  });
});
