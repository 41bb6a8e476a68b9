import type { CompiledScale } from "./compile-scale";
import { issueMessage } from "./issue";
import type { Locale } from "./locale";
import { ItemStatus, ReasonCode, type RowState } from "./row-state";
import type { ScreenFlag } from "./scale-result";

/** The ids of the flags the engine raises itself, about the data rather than the scale. */
export const ENGINE_FLAGS = {
  /** Some score is null because answers are missing. */
  incomplete: "incomplete",
  /** A critical or acute flag did not fire, but an item it compares was not answered. */
  criticalItemUnanswered: "critical_item_unanswered",
} as const;

/**
 * Whether score `k` of the row makes the row `incomplete`: it is null for want of
 * answers, and the scale does not mark it optional.
 */
export function isIncompleteScore(scale: CompiledScale, st: RowState, k: number): boolean {
  if (scale.definition.scores[k]!.optional) return false;
  const reason = st.reason[k];
  return reason === ReasonCode.tooManyMissing || reason === ReasonCode.dependencyMissing;
}

/**
 * Visits each item of a critical or acute flag that did not fire and was not validly
 * answered, so no safety question is silently passed over. Returns how many visits
 * were made (items of several flags may repeat).
 */
export function visitUnansweredSafetyItems(
  scale: CompiledScale,
  st: RowState,
  visit?: (item: number) => void,
): number {
  let count = 0;
  for (const flag of scale.flags) {
    if (flag.safetyItems.length === 0 || flag.test(st)) continue;
    for (const i of flag.safetyItems) {
      if (st.status[i] !== ItemStatus.valid && (scale.asked[i]?.(st) ?? true)) {
        count++;
        visit?.(i);
      }
    }
  }
  return count;
}

/**
 * The engine's `critical_item_unanswered` flag for a row whose safety items were passed
 * over (see {@link visitUnansweredSafetyItems}), naming each item once. `messages`, if
 * given, keeps the message per list of items (for one locale) from call to call.
 */
export function criticalItemUnansweredFlag(
  scale: CompiledScale,
  st: RowState,
  locale: Locale,
  messages?: Map<string, string>,
): ScreenFlag {
  const unanswered = new Set<string>();
  visitUnansweredSafetyItems(scale, st, (i) => unanswered.add(scale.definition.items[i]!.id));
  const items = [...unanswered];
  // item ids are identifiers (no spaces), so the joined list names the list
  const key = items.join(" ");
  let message = messages?.get(key);
  if (message === undefined) {
    message = issueMessage("engine-flag-critical-item-unanswered", { items }, locale);
    messages?.set(key, message);
  }
  return {
    id: ENGINE_FLAGS.criticalItemUnanswered,
    kind: "attention",
    source: "engine",
    items,
    scores: [],
    message,
  };
}
