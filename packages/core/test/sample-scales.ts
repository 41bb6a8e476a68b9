// Small synthetic scales for the core's tests. They are not real instruments: real
// scales, with their sources, live in scales/.
import type { ScaleDefinitionInput } from "../src/index";

/** Text in both locales. */
export const text = (en: string, zh = `${en}（中文）`) => ({ en, "zh-CN": zh });

const freq = {
  id: "freq",
  kind: "choice" as const,
  options: [0, 1, 2, 3].map((value) => ({ value, label: { en: `option ${value}` } })),
};

const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);

/** Nine 0–3 items, summed, prorated with up to two missing, PHQ-9-shaped bands and item 9 critical. */
export function nineItemScale(): ScaleDefinitionInput {
  return {
    id: "nine-item",
    version: "1.0.0",
    name: text("Nine-item test scale"),
    population: { respondent: "self" },
    licence: { spdx: "CC0-1.0", embedText: true },
    sources: [{ citation: "Synthetic scale for tests" }],
    responseSets: [freq],
    items: ids("q", 9).map((id) => ({ id, responseSet: "freq", text: { en: `Item ${id}` } })),
    scores: [
      {
        id: "total",
        name: text("Total"),
        method: "sum",
        items: ids("q", 9),
        coding: "0-3",
        missing: { minAnswered: 7, method: "prorate", rounding: { digits: 0, mode: "half-up" } },
        bands: [
          { id: "minimal", min: 0, max: 4, label: text("Minimal") },
          { id: "mild", min: 5, max: 9, label: text("Mild") },
          { id: "moderate", min: 10, max: 14, label: text("Moderate") },
          { id: "moderately_severe", min: 15, max: 19, label: text("Moderately severe") },
          { id: "severe", min: 20, max: 27, label: text("Severe") },
        ],
      },
    ],
    flags: [
      {
        id: "q9_critical",
        kind: "critical",
        source: "instrument",
        when: { item: "q9", op: ">=", value: 1 },
        message: text("Item 9 answered above zero"),
      },
      {
        id: "screen_positive",
        kind: "positive",
        source: "instrument",
        when: { score: "total", op: ">=", value: 10 },
        message: text("Total at or above 10"),
      },
    ],
  };
}

/**
 * Every scoring feature at once: 1–5 items with reverse keys and a weight, a mean, a
 * count, a ×2 transform, formulas over scores and items, rounding, norms, a validity
 * flag and a refusal-based acute flag.
 */
export function kitchenSinkScale(): ScaleDefinitionInput {
  const five = {
    id: "five",
    kind: "choice" as const,
    options: [1, 2, 3, 4, 5].map((value) => ({ value, label: { en: `${value}` } })),
  };
  const yesNo = {
    id: "yes_no",
    kind: "choice" as const,
    options: [
      { value: 0, label: text("No") },
      { value: 1, label: text("Yes") },
    ],
  };
  return {
    id: "kitchen-sink",
    version: "2.1.0",
    name: text("Kitchen-sink test scale"),
    population: { respondent: "self", ageMin: 10, ageMax: 18 },
    licence: { text: "Synthetic, for tests only", embedText: false },
    sources: [{ citation: "Synthetic scale for tests" }],
    responseSets: [five, yesNo, { id: "minutes", kind: "numeric", min: 0, max: 600 }],
    items: [
      { id: "a1", responseSet: "five" },
      { id: "a2", responseSet: "five", reverse: true },
      { id: "a3", responseSet: "five" },
      { id: "a4", responseSet: "five", weight: 2 },
      { id: "lie1", responseSet: "yes_no" },
      { id: "lie2", responseSet: "yes_no" },
      { id: "risk", responseSet: "yes_no" },
      { id: "now", responseSet: "yes_no" },
      { id: "latency", responseSet: "minutes" },
    ],
    scores: [
      {
        id: "sum_a",
        name: text("Sum A"),
        method: "sum",
        items: ["a1", "a2", "a3", "a4"],
        coding: "1-5",
      },
      {
        id: "mean_a",
        name: text("Mean A"),
        method: "mean",
        items: ["a1", "a2", "a3"],
        missing: { minAnswered: 2 },
        rounding: { digits: 2, mode: "half-up" },
        bands: [
          { id: "low", min: 1, max: 1.99, label: text("Low") },
          { id: "high", min: 2, max: 5, label: text("High") },
        ],
      },
      {
        id: "doubled",
        name: text("Doubled"),
        method: "sum",
        items: ["a1", "a3"],
        transform: { multiply: 2 },
        bands: [
          { id: "normal", min: 4, max: 9, label: text("Normal") },
          { id: "raised", min: 10, max: 20, label: text("Raised") },
        ],
      },
      {
        id: "high_items",
        name: text("Items at 4 or more"),
        method: "count",
        items: ["a1", "a2", "a3", "a4"],
        op: ">=",
        value: 4,
      },
      { id: "lies", name: text("Lie items"), method: "sum", items: ["lie1", "lie2"] },
      {
        id: "ratio",
        name: text("Ratio"),
        method: "formula",
        formula: "round((sum_a - high_items) / max(high_items, 1), 2)",
        range: { min: -4, max: 30 },
      },
      {
        id: "sleep_flag",
        name: text("Long latency"),
        method: "formula",
        formula: "latency > 30 ? 1 : 0",
        range: { min: 0, max: 1 },
      },
    ],
    norms: [
      {
        id: "general",
        version: "2020",
        source: "Synthetic norm for tests",
        group: {},
        scores: { sum_a: { mean: 12, sd: 3 } },
      },
      {
        id: "girls_12_15",
        version: "2020",
        source: "Synthetic norm for tests",
        n: 500,
        group: { sex: "female", ageMin: 12, ageMax: 15 },
        rounding: { digits: 1, mode: "half-up" },
        scores: {
          sum_a: {
            mean: 11,
            sd: 4,
            lookup: [
              { min: 5, max: 10, percentile: 40 },
              { min: 11, max: 25, percentile: 90 },
            ],
          },
        },
      },
    ],
    flags: [
      {
        id: "invalid_lies",
        kind: "invalid",
        source: "instrument",
        when: {
          all: [
            { item: "lie1", op: "==", value: 1 },
            { item: "lie2", op: "==", value: 1 },
          ],
        },
        message: text("Both lie items answered yes"),
      },
      {
        id: "risk_positive",
        kind: "critical",
        source: "instrument",
        when: { any: [{ item: "risk", op: "==", value: 1 }, { skipped: "risk" }] },
        message: text("Risk item yes or refused"),
      },
      {
        id: "acute",
        kind: "acute",
        source: "instrument",
        when: { item: "now", op: "==", value: 1 },
        message: text("Acute item yes"),
      },
      {
        id: "high_mean",
        kind: "attention",
        source: "library",
        when: { score: "mean_a", op: ">=", value: 4 },
        message: text("High mean"),
      },
    ],
  };
}
