import { scoreResponse } from "@psyscreen/core";
import { type CensusResult, censusRecords, runCensus } from "@psyscreen/registry";
import { describe, expect, it } from "vitest";
import { type DemoSchool, generateSchool } from "./generate-school";

const NOW = "2026-10-08T00:00:00Z";

function census(school: DemoSchool, previous?: CensusResult): CensusResult {
  const run = runCensus(
    { ...school, ...(previous ? { previous: censusRecords(previous) } : {}) },
    { now: NOW },
  );
  if (!run.success) throw new Error("census failed", { cause: run.issues });
  return run.data;
}

describe.each(["k12", "university"] as const)("a census of the synthetic %s school", (kind) => {
  const school = generateSchool({ seed: 11, kind });
  const result = census(school);

  it("counts every roster student exactly once at every tier", { timeout: 30_000 }, () => {
    const n = school.roster.students.length;
    for (const tier of result.tiers) {
      const cells = result.coverage.filter((c) => c.tier === tier);
      const sum = cells.reduce(
        (s, c) => s + c.screened + c.absent + c.refused + c.exempt + c.notReached + c.notTargeted,
        0,
      );
      expect(sum, tier).toBe(n);
    }
    const top = result.coverage.find((c) => c.tier === "school")!;
    expect(top.coverage!).toBeGreaterThan(0.9);
  });

  it("puts every critical answer scored from the raw sheets in the follow-up list, first", {
    timeout: 30_000,
  }, () => {
    const byId = new Map(school.scales.map((s) => [s.id, s]));
    const critical = new Set<string>();
    for (const r of school.responses) {
      if (r.status !== "completed") continue;
      const flags = scoreResponse(byId.get(r.scaleId!)!, r.answers!).flags;
      if (flags.some((f) => f.kind === "critical" || f.kind === "acute")) critical.add(r.studentId);
    }
    expect(critical.size).toBeGreaterThan(10);
    const head = result.followUp.slice(0, critical.size);
    expect(new Set(head.map((e) => e.studentId))).toEqual(critical);
    for (const e of head) expect(e.provisionalLevel).toBe("red");
    // among the first ones, by deadline
    const deadlines = head.map((e) => Date.parse(e.deadline));
    expect(deadlines).toEqual([...deadlines].sort((a, b) => a - b));
  });

  it("finds careless sheets, lowers their confidence and keeps their flags", () => {
    const outcomes = result.students.flatMap((s) => s.scales);
    const kinds = new Set(outcomes.flatMap((o) => o.indicators.map((i) => i.kind)));
    expect(kinds).toEqual(new Set(["too-fast", "straight-lining"]));
    const careless = outcomes.filter((o) => o.indicators.length > 0);
    for (const o of careless) expect(o.confidence).not.toBe("high");
    const lowConfidenceFlags = result.flags.filter((f) => f.confidence !== "high");
    expect(lowConfidenceFlags.length).toBeGreaterThan(0);
    for (const f of lowConfidenceFlags) {
      expect(result.followUp.some((e) => e.flags.includes(f))).toBe(true);
    }
  });

  it("shows no prevalence cell below the profile's threshold", () => {
    const k = result.minCellSize;
    const shown = result.prevalence.filter((c) => c.suppressed === false);
    expect(shown.length).toBeGreaterThan(0);
    for (const c of shown) {
      expect(c.count!).toBeGreaterThanOrEqual(k);
      expect(c.screened - c.count!).toBeGreaterThanOrEqual(k);
    }
    const phq9 = result.prevalence.find(
      (c) => c.tier === "school" && c.scaleId === "phq-9" && c.kind === "positive",
    )!;
    expect(phq9.rate!).toBeGreaterThan(0.08);
    expect(phq9.rate!).toBeLessThan(0.3);
  });
});

describe("two terms of the synthetic school", () => {
  it("give a transition matrix where outcomes partly persist", { timeout: 30_000 }, () => {
    const autumn = census(generateSchool({ seed: 5 }));
    const spring = census(generateSchool({ seed: 5, term: "2026-2027-2" }), autumn);
    const m = spring.transitions!;
    const table = m.tables.find((t) => t.scaleId === "phq-9")!;
    const row = (o: string) => table.counts[m.outcomes.indexOf(o as never)]!;
    const pos = m.outcomes.indexOf("positive");
    const crit = m.outcomes.indexOf("critical");
    const flaggedShare = (r: number[]) => (r[pos]! + r[crit]!) / r.reduce((a, b) => a + b, 0);
    // flagged in autumn → more often flagged in spring than negative in autumn
    const before = row("positive").map((v, i) => v + row("critical")[i]!);
    expect(flaggedShare(before)).toBeGreaterThan(2 * flaggedShare(row("negative")));
    expect(m.left).toBe(0);
    const total = table.counts.flat().reduce((a, b) => a + b, 0);
    expect(total).toBe(
      spring.students.filter((s) => s.scales.some((o) => o.scaleId === "phq-9")).length,
    );
  });
});
