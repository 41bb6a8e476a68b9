import { describe, expect, it } from "vitest";
import { scaleIds } from "./catalog";
import { listScales } from "./list-scales";

describe("listScales", () => {
  it("summarises every scale of the catalog", () => {
    expect(listScales().map((s) => s.id)).toEqual([...scaleIds].sort());
    expect(listScales().find((s) => s.id === "phq-9")).toMatchInlineSnapshot(`
      {
        "abbreviation": "PHQ-9",
        "content": "item-text",
        "embedsItemText": true,
        "id": "phq-9",
        "itemTextLocales": [
          "en",
        ],
        "licence": {
          "attribution": "Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.",
          "embedText": true,
          "text": "All PHQ, GAD-7 screeners and translations are downloadable from phqscreeners.com and no permission is required to reproduce, translate, display or distribute them (Pfizer Inc., as quoted in the CamCOPS PHQ-9 documentation). Reproduce the wording unaltered.",
          "url": "https://www.phqscreeners.com/",
        },
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
