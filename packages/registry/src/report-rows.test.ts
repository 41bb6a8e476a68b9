import { describe, expect, it } from "vitest";
import { reportRows } from "./report-rows";

describe("reportRows", () => {
  const rows = reportRows({
    title: "Monthly",
    subtitle: "cn-k12",
    lang: "en",
    sections: [
      { kind: "facts", title: "Summary", facts: [{ label: "On the list", value: "14" }] },
      {
        kind: "bars",
        title: "Levels",
        unit: "count",
        bars: [
          { label: "Red", value: 14, display: "14 (2 provisional)" },
          { label: "=Orange", value: null },
        ],
      },
      { kind: "table", title: "Overdue", columns: ["work", "items"], rows: [["interview", 3]] },
      {
        kind: "trend",
        title: "Trend",
        unit: "share",
        labels: ["2026-2027-1"],
        series: [{ name: "coverage", values: [0.94] }],
      },
    ],
  });

  it("lays each section out as a block after an empty row, keeping numbers as numbers", () => {
    expect(rows).toEqual([
      ["Monthly"],
      ["cn-k12"],
      [],
      ["Summary"],
      ["On the list", "14"],
      [],
      ["Levels"],
      ["Red", 14, "14 (2 provisional)"],
      // text is left as written: the sheet writer neutralizes it
      ["=Orange", null, null],
      [],
      ["Overdue"],
      ["work", "items"],
      ["interview", 3],
      [],
      ["Trend"],
      ["", "2026-2027-1"],
      ["coverage", 0.94],
    ]);
  });
});
