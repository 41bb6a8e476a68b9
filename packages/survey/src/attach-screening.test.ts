import { type ScaleDefinition, validateScale } from "@psyscreen/core";
import { getScale } from "@psyscreen/scales";
import fc from "fast-check";
import { Model } from "survey-core";
import { describe, expect, it } from "vitest";
import { bilingualScale } from "../test/test-scales";
import { answersFromSurvey } from "./answers-from-survey";
import { answersToSurveyData } from "./answers-to-survey-data";
import { attachScreening, type ScreeningFlag, type ScreeningProgress } from "./attach-screening";
import { toSurveyModel } from "./to-survey-model";

const phq9 = getScale("phq-9");
const small = (() => {
  const checked = validateScale(bilingualScale);
  if (!checked.success) throw new Error(JSON.stringify(checked.issues));
  return checked.data;
})();

const modelOf = (def: ScaleDefinition, onePerPage = false) =>
  new Model(toSurveyModel(def, { onePerPage }));

describe("answersFromSurvey", () => {
  it("keeps skipped (null) apart from not shown (absent)", () => {
    const model = modelOf(small);
    model.setValue("c1", 2);
    model.getQuestionByName("c3").visible = false; // hidden by the host: not shown
    expect(answersFromSurvey(model, small)).toEqual({ c1: 2, c2: null });
  });

  it("one question per page: items not reached yet are absent, passed ones null", () => {
    const model = modelOf(small, true);
    expect(answersFromSurvey(model, small)).toEqual({ c1: null });
    model.setValue("c1", 1);
    model.currentSingleQuestion = model.getQuestionByName("c2");
    expect(answersFromSurvey(model, small)).toEqual({ c1: 1, c2: null });
  });

  it("round-trips numeric answers through SurveyJS data (property)", () => {
    const value = fc.option(fc.integer({ min: 0, max: 2 }), { nil: null });
    fc.assert(
      fc.property(fc.tuple(value, value, value), ([c1, c2, c3]) => {
        const answers = { c1, c2, c3 };
        const model = modelOf(small);
        model.data = answersToSurveyData(answers);
        model.doComplete();
        expect(answersFromSurvey(model, small)).toEqual(answers);
      }),
      { numRuns: 60 },
    );
  });
});

describe("attachScreening", () => {
  it("fires onFlag the moment PHQ-9 item 9 is answered above 0, before completion", () => {
    const model = modelOf(phq9);
    const flags: ScreeningFlag[] = [];
    let completed = 0;
    attachScreening(model, phq9, {
      onFlag: (event) => flags.push(event),
      onComplete: () => completed++,
    });
    model.setValue("phq9_1", 3);
    model.setValue("phq9_9", 0);
    expect(flags).toEqual([]);
    model.setValue("phq9_9", 1);
    expect(flags.map((f) => [f.flag.id, f.flag.kind, f.answers.phq9_9])).toEqual([
      ["item9_positive", "critical", 1],
    ]);
    expect(completed).toBe(0);
    model.setValue("phq9_9", 2); // still true: no second event
    expect(flags).toHaveLength(1);
    model.setValue("phq9_9", 0);
    model.setValue("phq9_9", 3); // false, then true again: a new event
    expect(flags).toHaveLength(2);
  });

  it("reports progress, changes and the scored result on completion; detaches", () => {
    const model = modelOf(phq9);
    const progress: ScreeningProgress[] = [];
    const totals: (number | null | undefined)[] = [];
    const detach = attachScreening(model, phq9, {
      onProgress: (p) => progress.push(p),
      onComplete: ({ result }) => totals.push(result.scores.total?.value),
    });
    // Kroenke, Spitzer & Williams 2001: total = sum of items 1–9 (here 2×9 = 18).
    for (let i = 1; i <= 9; i++) model.setValue(`phq9_${i}`, 2);
    expect(progress.at(-1)).toEqual({ answered: 9, total: 10, ratio: 0.9 });
    model.doComplete();
    expect(totals).toEqual([18]);
    detach();
    model.clear();
    model.setValue("phq9_1", 1);
    expect(progress).toHaveLength(9);
  });

  it("writes psyscreen's progress text in the current locale", () => {
    const model = modelOf(phq9);
    attachScreening(model, phq9, {});
    model.setValue("phq9_1", 1);
    expect(model.progressText).toBe("Answered 1 of 10");
    model.locale = "zh-cn";
    model.setValue("phq9_2", 1);
    expect(model.progressText).toBe("已答 2 / 10 题");
  });

  it("scores in the survey's current locale", () => {
    const model = modelOf(phq9);
    const messages: string[] = [];
    attachScreening(model, phq9, { onFlag: ({ flag }) => messages.push(flag.message) });
    model.locale = "zh-cn";
    model.setValue("phq9_9", 1);
    expect(messages[0]).toContain("第 9 题");
  });
});
