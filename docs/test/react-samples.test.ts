// @vitest-environment jsdom
/// <reference lib="dom" />
// Renders every ```tsx sample of the docs pages in jsdom: the sample defines `App`, which
// is rendered; then each question is answered with 1 and submitted, and what the sample
// shows (its alert on a critical flag, its total) is checked.
import * as psyReact from "@psyscreen/react";
import * as react from "react";
import { act } from "react";
import * as jsxRuntime from "react/jsx-runtime";
import { createRoot } from "react-dom/client";
import { describe, expect, it } from "vitest";
import { DOC_PAGES, readPage } from "./doc-pages";
import { runProgram } from "./run-program";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
// jsdom has no layout: SurveyJS only measures with it, so an inert observer is enough.
globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

const samples = DOC_PAGES.flatMap((page) =>
  readPage(page)
    .blocks.filter((b) => b.lang === "tsx")
    .map((b) => ({ name: `${page}:${b.line}`, code: b.code })),
);

const modules = {
  "@psyscreen/react": psyReact,
  react,
  "react/jsx-runtime": jsxRuntime,
  "survey-core/survey-core.fontless.min.css": {},
};

describe("```tsx samples of the docs", () => {
  it("has samples", () => {
    expect(samples.length).toBeGreaterThan(0);
  });

  it.each(samples.map((s) => [s.name, s] as const))(
    "%s renders and answers",
    { timeout: 60_000 },
    async (_, s) => {
      const container = document.createElement("div");
      document.body.append(container);
      const root = createRoot(container);
      const render = (App: () => react.ReactNode) =>
        act(() => root.render(react.createElement(App)));
      await runProgram(`${s.code}\n__render(App);`, modules, "tsx", { __render: render });
      const questions = [...container.querySelectorAll(".sd-question")];
      expect(questions.length).toBeGreaterThan(0);
      for (const q of questions) {
        const input = q.querySelector<HTMLInputElement>('input[type="radio"][value="1"]');
        if (input) act(() => input.click());
      }
      const alert = container.querySelector('[role="alert"]')?.textContent ?? "";
      if (s.code.includes('scale="phq-9"')) expect(alert).toContain("item9_positive");
      const submit = [
        ...container.querySelectorAll<HTMLInputElement>("input[type=button], button"),
      ].find((b) => (b.value || b.textContent || "").trim() === "Submit");
      act(() => submit!.click());
      // PHQ-9 items 1–9 answered 1: total 9 (the difficulty question is not scored)
      if (s.code.includes('scale="phq-9"')) expect(container.textContent).toContain("Total: 9");
      act(() => root.unmount());
      container.remove();
    },
  );
});
