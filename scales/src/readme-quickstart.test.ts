import { readFileSync } from "node:fs";
import { scoreResponse } from "@psyscreen/core";
import { describe, expect, it } from "vitest";
import { getScale } from "./index";

// The root README's quick start promises these numbers; this test keeps it honest.
const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");

describe("README quick start", () => {
  it("prints what README says for the example PHQ-9 answers", () => {
    // the answers as README prints them, so the test reads what a newcomer reads
    const literal = /const answers = (\{[\s\S]*?\});/.exec(readme)?.[1] ?? "{}";
    const answers = JSON.parse(literal.replace(/(\w+):/g, '"$1":').replace(/,\s*\}/, "}"));
    expect(Object.keys(answers)).toHaveLength(9);
    const result = scoreResponse(getScale("phq-9"), answers, { locale: "en" });
    const total = result.scores.total!;
    expect(total).toMatchObject({ value: 12, band: "moderate", answered: 8, prorated: true });
    expect(readme).toContain(
      `{ value: 12, band: "moderate", bandLabel: "${total.bandLabel}", answered: 8, prorated: true, coding: "0-3" }`,
    );
    const flags = result.flags.map((f) => `${f.kind}: ${f.id}`);
    expect(flags).toEqual(["critical: item9_positive", "positive: screen_positive"]);
    expect(readme).toContain(JSON.stringify(flags).replaceAll(",", ", "));
  });
});
