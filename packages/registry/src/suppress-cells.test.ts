import type { ScaleResult } from "@psyscreen/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { censusPrevalence } from "./census-prevalence";
import type { CensusStudent, PrevalenceCell } from "./census-result";

const K12 = ["class", "grade", "school"];

/** Students of one class: `size` screened with PHQ-9, the first `positives` positive. */
function klass(grade: string, cls: string, size: number, positives: number, extra = {}) {
  return Array.from({ length: size }, (_, i): CensusStudent => {
    const result = {
      scaleId: "phq-9",
      flags: i < positives ? [{ id: "screen_positive", kind: "positive" }] : [],
    } as unknown as ScaleResult;
    return {
      studentId: `${cls}-${i}`,
      term: "2026-2027-1",
      grade,
      units: { class: cls, grade, school: "s1", ...extra },
      status: "screened",
      partial: false,
      scales: [{ scaleId: "phq-9", status: "completed", result, indicators: [] }],
      results: [result],
      confidence: "high",
    };
  });
}

const positive = (cells: PrevalenceCell[]) => cells.filter((c) => c.kind === "positive");
const cell = (cells: PrevalenceCell[], unit: string) =>
  positive(cells).find((c) => c.unit === unit)!;

describe("suppressCells (through censusPrevalence)", () => {
  it("hides a count, or its complement, below the threshold (0 included)", () => {
    const students = [
      ...klass("g7", "a", 20, 3),
      ...klass("g7", "b", 20, 18),
      ...klass("g7", "c", 20, 8),
    ];
    const cells = censusPrevalence(students, K12, 5);
    expect(cell(cells, "a")).toMatchObject({
      suppressed: "primary",
      count: null,
      rate: null,
      screened: 20,
    });
    expect(cell(cells, "b")).toMatchObject({ suppressed: "primary", count: null });
    expect(cell(cells, "c")).toMatchObject({ suppressed: false, count: 8, rate: 0.4 });
    // critical: 0 of 20 everywhere
    const critical = cells.filter((c) => c.kind === "critical");
    expect(critical.every((c) => c.suppressed !== false)).toBe(true);
  });

  it("hides a second class when one alone is hidden under a shown grade", () => {
    const students = [
      ...klass("g7", "a", 30, 2), // primary
      ...klass("g7", "b", 30, 9),
      ...klass("g7", "c", 30, 7), // smallest shown: complementary
      ...klass("g8", "d", 30, 10),
      ...klass("g8", "e", 30, 11),
    ];
    const cells = censusPrevalence(students, K12, 5);
    expect(cell(cells, "a").suppressed).toBe("primary");
    expect(cell(cells, "c").suppressed).toBe("complementary");
    expect(cell(cells, "b")).toMatchObject({ suppressed: false, count: 9 });
    expect(cell(cells, "g7")).toMatchObject({ suppressed: false, count: 18 });
    // g7 − b no longer gives a: it gives a + c
  });

  it("hides a grade with its only class, and then a sibling grade", () => {
    const students = [
      ...klass("g7", "a", 30, 3), // only class of g7
      ...klass("g8", "d", 30, 10),
      ...klass("g8", "e", 30, 12),
    ];
    const cells = censusPrevalence(students, K12, 5);
    expect(cell(cells, "a").suppressed).toBe("primary");
    expect(cell(cells, "g7").suppressed).toBe("primary"); // g7 = a: 3 < 5
    expect(cell(cells, "g8").suppressed).toBe("complementary"); // s1 − g8 would give g7
    expect(cell(cells, "s1")).toMatchObject({ suppressed: false, count: 25 });
  });

  it("groups dorms that cut across classes under the tier they nest in", () => {
    const tiers = ["dorm", "class", "department", "school"];
    const students = [
      ...klass("y1", "a", 8, 2, { dorm: "d1", department: "cs" }),
      ...klass("y1", "b", 8, 6, { dorm: "d1", department: "cs" }),
      ...klass("y1", "c", 8, 7, { dorm: "d2", department: "cs" }),
      ...klass("y1", "e", 8, 0, { dorm: "d3", department: "cs" }),
    ].map((s) => ({ ...s, units: { ...s.units, school: "u1" } }));
    const cells = censusPrevalence(students, tiers, 5);
    // d1 holds classes a and b: dorms do not nest in classes, so they group under cs
    expect(cell(cells, "d1")).toMatchObject({ suppressed: false, count: 8 });
    expect(cell(cells, "d2").suppressed).toBe("primary"); // 8 − 7 = 1 without the flag
    expect(cell(cells, "d3").suppressed).toBe("primary");
    expect(cell(cells, "cs")).toMatchObject({ suppressed: false, count: 15 });
  });

  it("leaves no shown cell below the threshold and no hidden cell alone under a shown parent (property)", {
    timeout: 30_000,
  }, () => {
    const classArb = fc.record({
      size: fc.integer({ min: 1, max: 45 }),
      share: fc.double({ min: 0, max: 1, noNaN: true }),
    });
    const schoolArb = fc.array(fc.array(classArb, { minLength: 1, maxLength: 5 }), {
      minLength: 1,
      maxLength: 4,
    });
    fc.assert(
      fc.property(schoolArb, fc.integer({ min: 1, max: 12 }), (grades, k) => {
        const students = grades.flatMap((classes, g) =>
          classes.flatMap((c, i) =>
            klass(`g${g}`, `g${g}-c${i}`, c.size, Math.round(c.size * c.share)),
          ),
        );
        const cells = positive(censusPrevalence(students, K12, k));
        for (const c of cells) {
          if (c.suppressed === false) {
            expect(c.count).not.toBeNull();
            expect(c.count!).toBeGreaterThanOrEqual(k);
            expect(c.screened - c.count!).toBeGreaterThanOrEqual(k);
          } else {
            expect(c.count).toBeNull();
          }
        }
        const shown = (unit: string) => cells.find((c) => c.unit === unit)!.suppressed === false;
        // classes under each shown grade, grades under the shown school
        const groups: [string, string[]][] = grades.map((classes, g) => [
          `g${g}`,
          classes.map((_, i) => `g${g}-c${i}`),
        ]);
        groups.push(["s1", grades.map((_, g) => `g${g}`)]);
        for (const [parent, children] of groups) {
          if (!shown(parent)) continue;
          expect(children.filter((u) => !shown(u)).length).not.toBe(1);
        }
      }),
      { numRuns: 200 },
    );
  });
});
