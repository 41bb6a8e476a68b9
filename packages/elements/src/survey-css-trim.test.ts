import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { getScale, scaleIds } from "@psyscreen/scales";
import { toSurveyModel } from "@psyscreen/survey";
import { Model } from "survey-core";
import { describe, expect, it } from "vitest";
import { isUnusedSelector, trimSurveyCss, UNUSED_FAMILIES } from "../survey-css-trim";

const surveyCss = readFileSync(
  createRequire(import.meta.url).resolve("survey-core/survey-core.fontless.min.css"),
  "utf8",
);

/** Every class survey-core gives a question of these models (its cssClasses and root). */
function renderedClasses(model: Model): string[] {
  const classes = new Set<string>();
  const add = (value: unknown) => {
    if (typeof value === "string") for (const c of value.split(/\s+/)) if (c) classes.add(c);
  };
  for (const question of model.getAllQuestions()) {
    for (const value of Object.values(question.cssClasses)) add(value);
    add(question.getRootCss());
  }
  return [...classes];
}

describe("trimSurveyCss", () => {
  it("drops only families no shipped scale renders (en, zh-CN, one per page)", () => {
    for (const id of scaleIds) {
      for (const locale of ["en", "zh-CN"] as const) {
        for (const onePerPage of [false, true]) {
          // Scales whose licensed wording is not shipped render with item ids.
          const json = toSurveyModel(getScale(id), { locale, onePerPage, missingText: "item-id" });
          const model = new Model(json);
          const types = new Set(model.getAllQuestions().map((q) => q.getType()));
          expect(
            [...types].every((t) => t === "radiogroup" || t === "text"),
            id,
          ).toBe(true);
          const used = renderedClasses(model);
          expect(used.length).toBeGreaterThan(5);
          expect(
            used.filter((c) => isUnusedSelector(`.${c}`)),
            id,
          ).toEqual([]);
        }
      }
    }
  });

  it("drops a rule only when every selector in it is unused, also inside @media", () => {
    const css =
      ".sd-rating{a:1}.sd-rating,.sd-item{b:2}.sd-rating__item .sd-item{c:3}" +
      "@media (max-width:600px){.sd-boolean{d:4}.sd-item--radio{e:5}}" +
      "@media print{.sd-slider{f:6}}@keyframes spin{0%{g:7}}.sd-ratingx{h:8}";
    expect(trimSurveyCss(css)).toBe(
      ".sd-rating,.sd-item{b:2}@media (max-width:600px){.sd-item--radio{e:5}}" +
        "@keyframes spin{0%{g:7}}.sd-ratingx{h:8}",
    );
    expect(isUnusedSelector(".sd-item:is(.a,.sd-boolean)")).toBe(true);
    expect(isUnusedSelector(".sd-question--table")).toBe(false);
  });

  it("trims SurveyJS's stylesheet by over a quarter and keeps what radio groups need", () => {
    const trimmed = trimSurveyCss(surveyCss);
    expect(trimmed.length).toBeLessThan(surveyCss.length * 0.75);
    expect(trimmed.split("{").length).toBe(trimmed.split("}").length);
    for (const kept of [".sd-item", ".sd-radio", ".sd-progress", ".sv-popup", ".sd-root-modern"]) {
      expect(trimmed.includes(kept), kept).toBe(true);
    }
    for (const family of UNUSED_FAMILIES) {
      const styled = new RegExp(`\\.${family}(?![a-z0-9])`).test(surveyCss);
      expect(styled, `SurveyJS still styles .${family}`).toBe(true);
    }
  });
});
