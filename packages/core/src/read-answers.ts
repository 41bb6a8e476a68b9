import type { CompiledScale } from "./compile-scale";
import type { IssueCollector } from "./issue-collector";
import { ItemStatus, type RowState } from "./row-state";
import type { Answers } from "./scale-result";

const NUMERIC_TEXT = /^\s*[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*$/i;

/**
 * Reads an answers object into the row state, reporting what is not usable: answers to
 * unknown items, text that is not a number, values outside the response set. Numeric
 * text ("2") is read as its number with a note, so a host that passes form strings does
 * not lose a safety answer.
 */
export function readAnswers(
  scale: CompiledScale,
  st: RowState,
  answers: Answers,
  issues: IssueCollector,
): void {
  const { definition: def, analysis } = scale;
  const isObject = typeof answers === "object" && answers !== null && !Array.isArray(answers);
  if (!isObject) {
    issues.add("answers-not-object", ["answers"]);
    return;
  }
  for (const key in answers) {
    if (Object.hasOwn(answers, key) && !analysis.itemIndex.has(key))
      issues.add("unknown-item", ["answers", key], { item: key });
  }
  const items = def.items;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const given = Object.hasOwn(answers, item.id) ? answers[item.id] : undefined;
    if (given === undefined) continue;
    if (given === null) {
      st.status[i] = ItemStatus.skipped;
      continue;
    }
    let value: number;
    if (typeof given === "number") value = given;
    else if (typeof given === "string" && NUMERIC_TEXT.test(given)) {
      value = Number(given);
      issues.add("string-value", ["answers", item.id], {
        item: item.id,
        value: given,
        number: value,
      });
    } else {
      value = Number.NaN;
    }
    scale.setAnswer(st, i, value);
    if (st.status[i] === ItemStatus.notNumber) {
      issues.add("not-a-number", ["answers", item.id], { item: item.id, value: describe(given) });
    } else if (st.status[i] === ItemStatus.outOfRange) {
      issues.add("out-of-range", ["answers", item.id], { item: item.id, value });
    }
  }
}

function describe(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
