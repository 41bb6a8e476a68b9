import { describe, expect, it } from "vitest";
import { renderReportHtml } from "./render-report-html";
import { REPORT_MESSAGES } from "./report-messages";

describe("renderReportHtml", () => {
  const hostile = `<img src=x onerror="alert(1)">`;
  const html = renderReportHtml({
    title: hostile,
    lang: "en",
    footer: "counts only",
    sections: [
      { kind: "facts", title: "Summary", facts: [{ label: hostile, value: "1" }] },
      {
        kind: "bars",
        title: "Coverage",
        unit: "share",
        target: 0.95,
        bars: [
          { label: hostile, value: 0.5, short: true },
          { label: "c2", value: null },
          { label: "c3", value: 0.9, colour: "#d32f2f" },
          { label: "c4", value: 0.9, colour: 'red" onload="x' },
        ],
      },
      { kind: "table", title: "Table", columns: ["a", "b"], rows: [[hostile, 3]] },
      {
        kind: "trend",
        title: "Trend",
        unit: "share",
        labels: ["2026-2027-1", "2026-2027-2"],
        series: [{ name: hostile, values: [0.9, null] }],
      },
    ],
  });

  it("escapes every text, so a unit name cannot inject markup or script", () => {
    expect(html).not.toContain("<img");
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
  });

  it("is one offline page: no external resource, and a policy that forbids script", () => {
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html).not.toMatch(/\b(src|href)=["']?(https?:)?\/\//);
  });

  it("draws bars, the target line and a trend, with the numbers in accessible labels", () => {
    expect(html.match(/class="bar short"/g)).toHaveLength(1);
    expect(html.match(/style="fill:/g)).toHaveLength(1); // only the plain #rrggbb colour
    expect(html).toContain('style="fill:#d32f2f"');
    expect(html).toContain('class="target"');
    expect(html).toContain("<polyline");
    expect(html).toMatch(/aria-label="Coverage: [^"]*50.0 %; c2 —; c3 90.0 %; c4 90.0 %"/);
  });
});

describe("REPORT_MESSAGES", () => {
  it("holds the same keys in en and zh-CN, each with the same placeholders", () => {
    const en = REPORT_MESSAGES.en as Record<string, string>;
    const zh = REPORT_MESSAGES["zh-CN"] as Record<string, string>;
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en))
      expect(placeholders(zh[key]!), key).toEqual(placeholders(en[key]!));
  });
});
