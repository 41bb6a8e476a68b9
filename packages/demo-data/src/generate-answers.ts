import type { ScaleDefinition } from "@psyscreen/core";
import type { Random } from "./create-random";
import { DEMO_RATES } from "./demo-rates";

/** Items answered from the self-harm distribution (PHQ-9 item 9): synthetic data only. */
const SELF_HARM_ITEMS = new Set(["phq9_9"]);

/**
 * Synthetic answers to one scale for a student at a latent level (0 none/low,
 * 1 moderate, 2 high), drawn from `DEMO_RATES`. Scored items of a 0–3 response set are
 * drawn per level; an item no score uses (the PHQ-9 difficulty question) takes the
 * option matching the level.
 *
 * @param scale - the scale
 * @param level - the latent level
 * @param random - the student's random source
 * @returns item id → value
 * @example
 * generateAnswers(getScale("phq-2"), 0, createRandom(1)) // => { phq2_1: 0, phq2_2: 1 }
 */
export function generateAnswers(
  scale: ScaleDefinition,
  level: number,
  random: Random,
): Record<string, number> {
  const answers: Record<string, number> = {};
  const scored = new Set(scale.scores.flatMap((s) => ("items" in s ? s.items : [])));
  for (const item of scale.items) {
    const set = scale.responseSets.find((s) => s.id === item.responseSet);
    const values = set?.kind === "choice" ? set.options.map((o) => o.value) : [0];
    const isFrequency = values.length === 4 && values.every((v, i) => v === i);
    if (isFrequency && scored.has(item.id)) {
      const weights = SELF_HARM_ITEMS.has(item.id)
        ? DEMO_RATES.selfHarmItem[level]!
        : DEMO_RATES.item[level]!;
      answers[item.id] = values[random.weighted(weights)]!;
    } else {
      const lowest = Math.min(...values);
      answers[item.id] =
        level > 0 && values.length > 1 ? values[Math.min(level, values.length - 1)]! : lowest;
    }
  }
  return answers;
}
