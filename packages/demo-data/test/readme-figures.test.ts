// The figures README.md gives for seed 1 are measured here, so they cannot drift.
import { readFileSync } from "node:fs";
import { runCensus } from "@psyscreen/registry";
import { describe, expect, it } from "vitest";
import { generateSchool } from "../src/index";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8").replace(/\s+/g, " ");

describe("README figures", () => {
  it("match a census of the seed-1 K-12 school", { timeout: 30_000 }, () => {
    const run = runCensus(generateSchool({ seed: 1 }), { now: "2026-10-08T00:00:00Z" });
    if (!run.success) throw new Error("census failed");
    const phq9 = run.data.students.flatMap((s) => s.results).filter((r) => r.scaleId === "phq-9");
    const share = (kind: string) =>
      Math.round(
        (100 * phq9.filter((r) => r.flags.some((f) => f.kind === kind)).length) / phq9.length,
      );
    expect(readme).toContain(`about ${share("positive")} % PHQ-9 positive screens`);
    expect(readme).toContain(`${share("critical")} % positive answers to item 9`);
    expect(run.data.students).toHaveLength(2160);
    expect(readme).toContain("the defaults give 2160 students");
  });
});
