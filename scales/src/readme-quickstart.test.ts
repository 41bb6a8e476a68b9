import { readFileSync } from "node:fs";
import { scoreResponse } from "@psyscreen/core";
import { describe, expect, it } from "vitest";
import { getScale } from "./index";

// The root README's quick start promises these numbers; this test keeps it honest.
const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");

describe("README quick start", () => {
  it("prints what README says for the example PHQ-9 answers", () => {
    const answers = {
      phq9_1: 2,
      phq9_2: 1,
      phq9_3: 3,
      phq9_4: 2,
      phq9_5: 1,
      phq9_6: 1,
      phq9_7: 0,
      phq9_8: null,
      phq9_9: 1,
    };
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
