import { describe, expect, it } from "vitest";
import { reportToCsv } from "./report-to-csv";

describe("reportToCsv", () => {
  const csv = reportToCsv({
    title: "Census",
    lang: "en",
    sections: [
      { kind: "facts", title: "Summary", facts: [{ label: "Coverage", value: "93.7 %" }] },
      {
        kind: "bars",
        title: "Per class",
        unit: "share",
        bars: [
          { label: '=HYPERLINK("http://x","g7-c1")', value: 0.9 },
          { label: "@c2", value: null, display: "—" },
        ],
      },
      { kind: "table", title: "Flags", columns: ["unit", "n"], rows: [['+g8, "a"', -3]] },
      {
        kind: "trend",
        title: "Trend",
        unit: "share",
        labels: ["t1", "t2"],
        series: [{ name: "-x", values: [0.5, null] }],
      },
    ],
  });

  it("writes each section as a block a spreadsheet opens as UTF-8", () => {
    expect(csv.startsWith("\uFEFFCensus\n")).toBe(true);
    expect(csv).toContain("Summary\nCoverage,93.7 %\n");
    expect(csv).toContain("Trend\n,t1,t2\n'-x,0.5,\n");
  });

  it("neutralizes every text cell a spreadsheet would run, and keeps numbers", () => {
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""g7-c1"")",0.9,`);
    expect(csv).toContain("'@c2,,—");
    expect(csv).toContain(`"'+g8, ""a""",-3`);
    for (const line of csv.replace("\uFEFF", "").split("\n")) expect(line).not.toMatch(/^[=+@-]/);
  });
});
