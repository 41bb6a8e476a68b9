import { describe, expect, it } from "vitest";
import { listScales } from "./list-scales";

describe("listScales", () => {
  it("summarises every scale, sorted by id", () => {
    expect(listScales()).toMatchInlineSnapshot(`
      [
        {
          "abbreviation": "GAD-2",
          "embedsItemText": true,
          "id": "gad-2",
          "itemTextLocales": [
            "en",
          ],
          "name": {
            "en": "Generalized Anxiety Disorder 2-item scale (GAD-2)",
            "zh-CN": "广泛性焦虑障碍量表-2（GAD-2）",
          },
          "version": "1.0.0",
        },
        {
          "abbreviation": "GAD-7",
          "embedsItemText": true,
          "id": "gad-7",
          "itemTextLocales": [
            "en",
          ],
          "name": {
            "en": "Generalized Anxiety Disorder 7-item scale (GAD-7)",
            "zh-CN": "广泛性焦虑障碍量表-7（GAD-7）",
          },
          "version": "1.0.0",
        },
        {
          "abbreviation": "PHQ-2",
          "embedsItemText": true,
          "id": "phq-2",
          "itemTextLocales": [
            "en",
          ],
          "name": {
            "en": "Patient Health Questionnaire-2 (PHQ-2)",
            "zh-CN": "患者健康问卷-2（PHQ-2）",
          },
          "version": "1.0.0",
        },
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
        },
      ]
    `);
  });

  it("returns ids in sorted order", () => {
    const ids = listScales().map((s) => s.id);
    expect(ids).toEqual([...ids].sort());
  });
});
