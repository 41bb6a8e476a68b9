import { describe, expect, it } from "vitest";
import { scaleIds } from "./catalog";
import { listScales } from "./list-scales";

describe("listScales", () => {
  it("summarises every scale of the catalog", () => {
    expect(listScales().map((s) => s.id)).toEqual([...scaleIds].sort());
    expect(listScales().find((s) => s.id === "phq-9")).toMatchInlineSnapshot(`
      {
        "abbreviation": "PHQ-9",
        "embedsItemText": true,
        "id": "phq-9",
        "itemTextLocales": [
          "en",
        ],
        "name": {
          "en": "Patient Health Questionnaire-9 (PHQ-9)",
          "zh-CN": "患者健康问卷-9（PHQ-9）",
        },
        "version": "1.1.0",
      }
    `);
  });

  it("returns ids in sorted order", () => {
    const ids = listScales().map((s) => s.id);
    expect(ids).toEqual([...ids].sort());
  });
});
