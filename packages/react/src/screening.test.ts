// @vitest-environment jsdom
/// <reference lib="dom" />
import type { ScaleDefinition } from "@psyscreen/core";
import { getScale } from "@psyscreen/scales";
import type { ScreeningFlag, ScreeningState } from "@psyscreen/survey";
import { act, createElement } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { bilingualScale } from "../../survey/test/test-scales";
import { Screening, type ScreeningProps } from "./screening";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
// jsdom has no layout: SurveyJS only measures with it, so an inert observer is enough.
globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

let container: HTMLDivElement;
let root: Root;

beforeEach(() => {
  container = document.createElement("div");
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

const render = (props: ScreeningProps) => act(() => root.render(createElement(Screening, props)));

function choose(item: string, value: number): void {
  const input = container.querySelector<HTMLInputElement>(
    `.sd-question[data-name="${item}"] input[type="radio"][value="${value}"]`,
  );
  if (input === null) throw new Error(`no radio ${item}=${value}`);
  act(() => input.click());
}

const button = (text: string) =>
  [
    ...container.querySelectorAll<HTMLInputElement | HTMLButtonElement>(
      "input[type=button], button",
    ),
  ].find((b) => (b.value || b.textContent || "").trim() === text);

describe("<Screening>", () => {
  it("fires onFlag on PHQ-9 item 9 before completion, and onComplete with the score", () => {
    const flags: ScreeningFlag[] = [];
    const done: ScreeningState[] = [];
    render({ scale: "phq-9", onFlag: (e) => flags.push(e), onComplete: (s) => done.push(s) });
    expect(container.querySelectorAll(".sd-question")).toHaveLength(10);
    // Items 1–9 = 1: total 9 → "mild" (5–9), item 9 above 0 → critical
    // (Kroenke, Spitzer & Williams 2001; MII IG PRO PHQ-9).
    for (let i = 1; i <= 9; i++) choose(`phq9_${i}`, 1);
    expect(flags.map((f) => f.flag.id)).toEqual(["item9_positive"]);
    expect(done).toEqual([]);
    act(() => button("Submit")!.click());
    expect(done).toHaveLength(1);
    expect(done[0]!.result.scores.total).toMatchObject({ value: 9, band: "mild" });
    expect(done[0]!.answers.phq9_difficulty).toBeNull();
  }, 30_000);

  it("switches locale live, resumes initialAnswers, and reviews read-only", () => {
    const progress: number[] = [];
    const props: ScreeningProps = {
      scale: getScale("phq-9"),
      initialAnswers: { phq9_1: 3 },
      onProgress: (p) => progress.push(p.answered),
    };
    render(props);
    expect(button("Submit")).toBeDefined();
    const checked = container.querySelector<HTMLInputElement>(
      '.sd-question[data-name="phq9_1"] input[value="3"]',
    );
    expect(checked?.checked).toBe(true);
    render({ ...props, locale: "zh-CN" });
    expect(button("提交")).toBeDefined();
    expect(container.textContent).toContain("患者健康问卷-9");
    choose("phq9_2", 0);
    expect(progress).toEqual([2]);
    render({ ...props, locale: "zh-CN", readOnly: true });
    choose("phq9_3", 2);
    expect(progress).toEqual([2]);
  }, 30_000);

  it("validates an authored definition: defaults apply, an invalid one is refused", () => {
    const done: ScreeningState[] = [];
    // As authored: c1 and c2 leave `required` to its default (true), c3 is optional.
    render({ scale: bilingualScale as ScaleDefinition, onComplete: (s) => done.push(s) });
    const required = [...container.querySelectorAll(".sd-question")]
      .filter((q) => q.querySelector(".sd-question__required-text") !== null)
      .map((q) => q.getAttribute("data-name"));
    expect(required).toEqual(["c1", "c2"]);
    choose("c1", 0);
    choose("c2", 2);
    act(() => button("Submit")!.click());
    expect(done[0]!.answers).toEqual({ c1: 0, c2: 2, c3: null });
    const broken = { ...bilingualScale, items: [] } as unknown as ScaleDefinition;
    expect(() => render({ scale: broken })).toThrow(
      "<Screening> requires a valid scale definition",
    );
  }, 30_000);

  it("shows a scoring-only scale with the host's licensed itemText, and refuses it without", () => {
    const asq = getScale("asq");
    expect(() => render({ scale: asq })).toThrow();
    const itemText = Object.fromEntries(
      asq.items.map((item, i) => [item.id, { en: `Licensed question ${i + 1}` }]),
    );
    render({ scale: asq, itemText });
    const titles = [...container.querySelectorAll(".sd-question__title")].map((t) =>
      t.textContent?.trim(),
    );
    expect(titles.some((t) => t?.includes("Licensed question 1"))).toBe(true);
    expect(titles.some((t) => t?.includes(`Licensed question ${asq.items.length}`))).toBe(true);
  }, 30_000);
});
