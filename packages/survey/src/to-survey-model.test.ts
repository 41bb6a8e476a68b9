import { type ScaleDefinition, validateScale } from "@psyscreen/core";
import { getScale, listScales, scaleIds } from "@psyscreen/scales";
import { Model } from "survey-core";
import { describe, expect, it } from "vitest";
import { bilingualScale, hostileScale } from "../test/test-scales";
import { toSurveyModel } from "./to-survey-model";

const phq9 = getScale("phq-9");

function valid(input: unknown): ScaleDefinition {
  const checked = validateScale(input);
  if (!checked.success) throw new Error(JSON.stringify(checked.issues));
  return checked.data;
}

describe("toSurveyModel", () => {
  it("lists PHQ-9's items in published order, keyed by item id, required per definition", () => {
    const json = toSurveyModel(phq9);
    const questions = json.pages[0]!.elements;
    expect(questions.map((q) => q.name)).toEqual(phq9.items.map((i) => i.id));
    expect(questions.map((q) => q.isRequired)).toEqual(phq9.items.map((i) => i.required));
    expect(questions.at(-1)).toMatchObject({ name: "phq9_difficulty", isRequired: false });
    expect(questions[0]!.choices).toEqual([
      { value: 0, text: { default: "Not at all" } },
      { value: 1, text: { default: "Several days" } },
      { value: 2, text: { default: "More than half the days" } },
      { value: 3, text: { default: "Nearly every day" } },
    ]);
    expect(json.description).toEqual({ default: phq9.instructions!.en });
    expect(json.pages[0]!.title).toEqual({ default: "Over the last 2 weeks" });
    expect(json).toMatchObject({
      showProgressBar: true,
      progressBarType: "questions",
      questionsOnPageMode: "standard",
      locale: "",
    });
  });

  it("generates this SurveyJS JSON for one bilingual item", () => {
    const json = toSurveyModel(valid(bilingualScale), { onePerPage: true, locale: "zh-CN" });
    expect(json.questionsOnPageMode).toBe("questionPerPage");
    expect(json.locale).toBe("zh-cn");
    expect(json.pages[0]!.elements[1]).toMatchInlineSnapshot(`
      {
        "choices": [
          {
            "text": {
              "default": "Never",
              "zh-cn": "从不",
            },
            "value": 0,
          },
          {
            "text": {
              "default": "Sometimes",
              "zh-cn": "有时",
            },
            "value": 1,
          },
          {
            "text": {
              "default": "Often",
              "zh-cn": "经常",
            },
            "value": 2,
          },
        ],
        "isRequired": true,
        "name": "c2",
        "requiredErrorText": {
          "default": "Please answer this question.",
          "zh-cn": "请回答这道题。",
        },
        "title": {
          "default": "I feel unsafe",
          "zh-cn": "我觉得不安全",
        },
        "type": "radiogroup",
      }
    `);
  });

  it("switches a real survey-core model between en and zh-CN", () => {
    const model = new Model(toSurveyModel(valid(bilingualScale)));
    const q = model.getQuestionByName("c2");
    expect([model.title, q.title, q.choices[1].text, model.completeText]).toEqual([
      "Widget check",
      "I feel unsafe",
      "Sometimes",
      "Submit",
    ]);
    expect(model.pagePrevText).toBe("Previous");
    model.locale = "zh-cn";
    expect([model.title, q.title, q.choices[1].text, model.completeText]).toEqual([
      "组件检查",
      "我觉得不安全",
      "有时",
      "提交",
    ]);
    // SurveyJS's own UI strings: registered by toSurveyModel, not left in English.
    expect(model.pagePrevText).toBe("上一页");
    expect(model.description).toBe("每行选一个答案。");
    expect(model.pages[0]!.title).toBe("本周");
    model.locale = "";
    expect(q.title).toBe("I feel unsafe");
  });

  it("shows PHQ-9 in English under zh-CN, with a Chinese notice saying so", () => {
    const model = new Model(toSurveyModel(phq9, { locale: "zh-CN" }));
    expect(model.title).toBe("患者健康问卷-9（PHQ-9）");
    expect(model.getQuestionByName("phq9_1").title).toBe(
      "Little interest or pleasure in doing things",
    );
    expect(model.pages[0]!.description).toContain("英文原文");
    expect(model.completeText).toBe("提交");
    model.locale = "";
    expect(model.pages[0]!.description).toBe("");
    // A scale with full zh-CN text needs no notice.
    const full = new Model(toSurveyModel(valid(bilingualScale), { locale: "zh-CN" }));
    expect(full.pages[0]!.description).toBe("");
  });

  it("keeps hostile markup as plain text: SurveyJS renders no HTML for it", () => {
    const model = new Model(toSurveyModel(valid(hostileScale())));
    const q = model.getQuestionByName("c1");
    for (const loc of [q.locTitle, q.choices[0].locText, model.locTitle, model.locDescription]) {
      expect(loc.hasHtml).toBe(false);
    }
    expect(q.locTitle.renderedHtml).toBe('<img src=x onerror="globalThis.__pwned=1"> item');
    expect(model.locDescription.renderedHtml).toContain("<script>");
  });

  it("refuses a scoring-only scale unless told to show item ids or given the text", () => {
    const input = structuredClone(bilingualScale) as { items: { text?: unknown }[] };
    delete input.items[1]!.text;
    const noText = valid(input);
    expect(() => toSurveyModel(noText)).toThrow(/requires text for every item; without text: c2/);
    const ids = toSurveyModel(noText, { missingText: "item-id" });
    expect(ids.pages[0]!.elements[1]!.title).toEqual({ default: "c2" });
    const supplied = toSurveyModel(noText, { itemText: { c2: { en: "Licensed wording" } } });
    expect(supplied.pages[0]!.elements[1]!.title).toEqual({ default: "Licensed wording" });
  });

  it("refuses an invalid definition, with the issues as cause", () => {
    const bad = { ...bilingualScale, items: [] } as unknown as ScaleDefinition;
    expect(() => toSurveyModel(bad)).toThrow("toSurveyModel requires a valid scale definition");
  });
});

describe("toSurveyModel over every shipped scale", () => {
  const content = new Map(listScales().map((s) => [s.id, s.content]));
  it.each(scaleIds)("%s: one question per item, choices equal to its response set", (id) => {
    const def = getScale(id);
    // a scoring-only scale ships no wording: refused unless the host asks for item ids
    if (content.get(id) === "scoring-only") {
      expect(() => toSurveyModel(def)).toThrow(/requires text for every item/);
    }
    const model = new Model(
      toSurveyModel(def, content.get(id) === "scoring-only" ? { missingText: "item-id" } : {}),
    );
    for (const item of def.items) {
      const q = model.getQuestionByName(item.id);
      expect(q, item.id).toBeTruthy();
      expect(q.isRequired).toBe(item.required);
      const set = def.responseSets.find((r) => r.id === item.responseSet)!;
      if (set.kind === "choice") {
        expect(q.choices.map((c: { value: number }) => c.value)).toEqual(
          set.options.map((o) => o.value),
        );
      }
    }
    expect(model.getAllQuestions()).toHaveLength(def.items.length);
  });
});
