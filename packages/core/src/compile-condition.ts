import type { ScaleAnalysis } from "./analyze-scale";
import { compare } from "./check-flags";
import type { Condition } from "./condition-schema";
import { ItemStatus, type RowState } from "./row-state";

/** The items and scores that made a condition true. */
export interface ConditionTrace {
  items: Set<string>;
  scores: Set<string>;
}

/**
 * A compiled condition. With a trace it records which items and scores made it true
 * (for the result's flags); without one it short-circuits (for batches).
 */
export type CompiledCondition = (state: RowState, trace?: ConditionTrace) => boolean;

/**
 * Compiles a flag condition once. With `rawNumbers` (critical and acute flags) an item
 * comparison looks at any finite number given, even one outside the response set, so
 * that a data-entry error on a safety item is reviewed by a person, never dropped.
 */
export function compileCondition(
  condition: Condition,
  analysis: ScaleAnalysis,
  rawNumbers: boolean,
): CompiledCondition {
  if ("any" in condition) {
    const parts = condition.any.map((c) => compileCondition(c, analysis, rawNumbers));
    return (st, trace) => {
      if (trace === undefined) return parts.some((part) => part(st));
      let result = false;
      for (const part of parts) if (part(st, trace)) result = true;
      return result;
    };
  }
  if ("all" in condition) {
    const parts = condition.all.map((c) => compileCondition(c, analysis, rawNumbers));
    return (st, trace) => {
      if (trace === undefined) return parts.every((part) => part(st));
      const local: ConditionTrace = { items: new Set(), scores: new Set() };
      if (!parts.every((part) => part(st, local))) return false;
      for (const id of local.items) trace.items.add(id);
      for (const id of local.scores) trace.scores.add(id);
      return true;
    };
  }
  if ("skipped" in condition) {
    const id = condition.skipped;
    const i = analysis.itemIndex.get(id)!;
    return (st, trace) => {
      const hit = st.status[i] === ItemStatus.skipped;
      if (hit) trace?.items.add(id);
      return hit;
    };
  }
  const { op, value } = condition;
  if ("score" in condition) {
    const id = condition.score;
    const s = analysis.scoreIndex.get(id)!;
    return (st, trace) => {
      const v = st.value[s]!;
      const hit = !Number.isNaN(v) && compare(v, op, value);
      if (hit) trace?.scores.add(id);
      return hit;
    };
  }
  const id = condition.item;
  const i = analysis.itemIndex.get(id)!;
  return (st, trace) => {
    const status = st.status[i];
    const usable = status === ItemStatus.valid || (rawNumbers && status === ItemStatus.outOfRange);
    const hit = usable && compare(st.raw[i]!, op, value);
    if (hit) trace?.items.add(id);
    return hit;
  };
}

/** The items a condition compares (not those it only tests for being skipped). */
export function comparedItems(condition: Condition): string[] {
  if ("any" in condition) return condition.any.flatMap(comparedItems);
  if ("all" in condition) return condition.all.flatMap(comparedItems);
  return "item" in condition ? [condition.item] : [];
}
