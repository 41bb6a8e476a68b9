/// <reference lib="dom" />
import type { Answers, Locale, PartialLocalizedText } from "@psyscreen/core";
import { getScale } from "@psyscreen/scales";
import type { StoryObj } from "@storybook/web-components-vite";
import type { PsyScreening } from "../src/psy-screening";

/** What a `<psy-screening>` story sets: attributes, plus answers and help text. */
export interface ScreeningArgs {
  scale: string;
  lang: Locale;
  readonly?: boolean;
  theme?: "light" | "dark";
  "one-per-page"?: boolean;
  answers?: Answers;
  help?: string;
}

/** Crisis resources as a host would slot them (synthetic: no real hotline). */
export const HELP = {
  en: "Talk to the school counsellor today (room 101), or call the 24-hour line 000-0000.",
  "zh-CN": "今天就去找学校心理老师（101 室），或拨打 24 小时热线 000-0000。",
} as const;

/**
 * Stand-in wording for a scale whose licensed item text is not shipped (ASQ, CES-DC, DASS-21,
 * PHQ-A, PSS-10, RSES, SCARED, WHO-5): what a host that holds the licence passes as `itemText`.
 */
function standInText(scale: string): Record<string, PartialLocalizedText> | undefined {
  const items = getScale(scale).items;
  if (items.every((item) => item.text !== undefined)) return undefined;
  return Object.fromEntries(
    items.map((item, i) => [
      item.id,
      {
        en: `Item ${i + 1} (${item.id}): the licensed wording is not shipped`,
        "zh-CN": `第 ${i + 1} 题（${item.id}）：有版权的条目文本未随包提供`,
      },
    ]),
  );
}

/** Renders `<psy-screening>` from the story's args, on a dark page for `theme="dark"`. */
export function renderScreening(args: ScreeningArgs): HTMLElement {
  const el = document.createElement("psy-screening") as PsyScreening;
  const itemText = standInText(args.scale);
  if (itemText !== undefined) el.itemText = itemText;
  el.setAttribute("scale", args.scale);
  el.setAttribute("lang", args.lang);
  el.toggleAttribute("readonly", args.readonly === true);
  el.toggleAttribute("one-per-page", args["one-per-page"] === true);
  if (args.theme !== undefined) el.setAttribute("theme", args.theme);
  if (args.answers !== undefined) el.answers = args.answers;
  if (args.help !== undefined) {
    const help = document.createElement("p");
    help.slot = "help";
    help.textContent = args.help;
    el.append(help);
  }
  if (args.theme !== "dark") return el;
  const page = document.createElement("div");
  page.style.cssText = "background:#1c1b1f;color:#e6e1e5;padding:16px;color-scheme:dark";
  page.append(el);
  return page;
}

/** The story of one shipped scale in one locale, with that locale's help text. */
export function scaleStory(scale: string, lang: Locale): StoryObj<ScreeningArgs> {
  return { args: { scale, lang, help: HELP[lang] } };
}
