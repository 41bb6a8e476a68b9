import type { ScaleDefinitionInput } from "@psyscreen/core";

const both = (en: string, zh: string) => ({ en, "zh-CN": zh });

/**
 * A synthetic two-language scale for the widget tests: three 0–2 items (c3 optional),
 * a sum, and a critical flag on item c2. Not a real instrument.
 */
export const bilingualScale: ScaleDefinitionInput = {
  id: "widget-check",
  version: "1.0.0",
  name: both("Widget check", "组件检查"),
  population: { respondent: "self" },
  licence: { spdx: "CC0-1.0", embedText: true },
  sources: [{ citation: "Synthetic scale for the widget tests" }],
  instructions: both("Pick one answer per line.", "每行选一个答案。"),
  timeFrame: both("This week", "本周"),
  responseSets: [
    {
      id: "freq",
      kind: "choice",
      options: [
        { value: 0, label: both("Never", "从不") },
        { value: 1, label: both("Sometimes", "有时") },
        { value: 2, label: both("Often", "经常") },
      ],
    },
  ],
  items: [
    { id: "c1", responseSet: "freq", text: both("I sleep well", "我睡得好") },
    { id: "c2", responseSet: "freq", text: both("I feel unsafe", "我觉得不安全") },
    { id: "c3", responseSet: "freq", required: false, text: both("I eat well", "我吃得好") },
  ],
  scores: [
    {
      id: "total",
      name: both("Total", "总分"),
      method: "sum",
      items: ["c1", "c2", "c3"],
      coding: "0-2",
      missing: { minAnswered: 2, method: "prorate", rounding: { digits: 0, mode: "half-up" } },
    },
  ],
  flags: [
    {
      id: "c2_critical",
      kind: "critical",
      source: "library",
      when: { item: "c2", op: ">=", value: 1 },
      message: both("Item c2 above zero", "c2 题高于 0"),
    },
  ],
};

/** The same scale with hostile markup in every text a definition can carry. */
export function hostileScale(): ScaleDefinitionInput {
  const evil = '<img src=x onerror="globalThis.__pwned=1">';
  const scale = structuredClone(bilingualScale) as {
    name: { en: string; "zh-CN": string };
    instructions: { en: string };
    items: { text: { en: string } }[];
    responseSets: { options: { label: { en: string } }[] }[];
  };
  scale.name.en = `${evil} name`;
  scale.instructions.en = `<script>globalThis.__pwned=2</script> instructions`;
  scale.items[0]!.text.en = `${evil} item`;
  scale.responseSets[0]!.options[0]!.label.en = `${evil} label`;
  return scale as unknown as ScaleDefinitionInput;
}
