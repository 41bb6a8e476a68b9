/// <reference lib="dom" />
// The widget group's baseline, bundled for the browser by widget-group.ts: the same 90
// SCL-90 radio groups (placeholder titles, labels 1–5, all required) as a plain SurveyJS
// model rendered by survey-react-ui and React in the page, without psyscreen.
import { createElement } from "react";
import { createRoot } from "react-dom/client";
import { Model } from "survey-core";
import DefaultLight from "survey-core/themes/default-light";
import { Survey } from "survey-react-ui";

const LABELS = ["Not at all", "Slightly", "Moderately", "Quite a bit", "Severely"];

/**
 * Appends a container to `host` and renders the survey into it; the container dispatches
 * `plain-complete` (`detail.total`: the sum of the answers) when the survey completes.
 * `titled` gives the survey a title, as `toSurveyModel` does (the scale's name).
 */
function mountPlainSurvey(host: HTMLElement, titled = false): HTMLElement {
  const container = document.createElement("div");
  host.append(container);
  const model = new Model({
    ...(titled && { title: "SCL-90" }),
    completeText: "Submit",
    showQuestionNumbers: "off",
    pages: [
      {
        elements: Array.from({ length: 90 }, (_, i) => ({
          type: "radiogroup",
          name: `scl90_${i + 1}`,
          title: `[placeholder] SCL-90 item ${i + 1}`,
          isRequired: true,
          choices: LABELS.map((text, v) => ({ value: v + 1, text })),
        })),
      },
    ],
  });
  model.applyTheme(DefaultLight);
  model.onComplete.add((sender) => {
    const data = sender.data as Record<string, number>;
    const total = Object.values(data).reduce((a, b) => a + b, 0);
    container.dispatchEvent(new CustomEvent("plain-complete", { detail: { total } }));
  });
  createRoot(container).render(createElement(Survey, { model }));
  return container;
}

(window as unknown as { mountPlainSurvey: typeof mountPlainSurvey }).mountPlainSurvey =
  mountPlainSurvey;
