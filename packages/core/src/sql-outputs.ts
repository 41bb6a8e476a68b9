import type { ScaleAnalysis } from "./analyze-scale";
import { SAFETY_FLAG_KINDS } from "./check-flags";
import type { Condition } from "./condition-schema";
import { ENGINE_FLAGS } from "./engine-flags";
import type { ScaleDefinition } from "./scale-definition-schema";

/** What `scaleToSql` writes to the output, and the scores it must compute for it. */
export interface SqlOutputs {
  /** Whether a score (with its band and norm columns) or a flag is an output column. */
  has(id: string): boolean;
  /** Whether a score must be computed: an output, or read by an output. */
  computes(id: string): boolean;
}

function comparedScores(c: Condition): string[] {
  if ("any" in c) return c.any.flatMap(comparedScores);
  if ("all" in c) return c.all.flatMap(comparedScores);
  return "score" in c ? [c.score] : [];
}

/**
 * The ids `scaleToSql`'s `outputs` may name: the scale's scores and flags, then the
 * engine flags.
 */
export function sqlOutputIds(def: ScaleDefinition): string[] {
  return [
    ...def.scores.map((s) => s.id),
    ...def.flags.map((f) => f.id),
    ...Object.values(ENGINE_FLAGS),
  ];
}

/**
 * Resolves `scaleToSql`'s `outputs` option: the score, flag and engine flag ids to
 * write, or every one of them when it is undefined. A score is computed when it is an
 * output, a selected flag compares it (or any critical or acute flag, for
 * `critical_item_unanswered`), the `incomplete` engine flag needs it (every score that
 * is not optional), or a formula computed reads it.
 *
 * @throws Error when an id is neither a score, a flag nor an engine flag of the scale
 */
export function sqlOutputs(
  def: ScaleDefinition,
  analysis: ScaleAnalysis,
  outputs: readonly string[] | undefined,
): SqlOutputs {
  if (outputs === undefined) return { has: () => true, computes: () => true };
  const known = new Set(sqlOutputIds(def));
  const unknown = outputs.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new Error(
      `scaleToSql requires outputs that are scores or flags of ${def.id}; got ${unknown.join(", ")}`,
    );
  }
  const selected = new Set(outputs);
  const needed = new Set(outputs.filter((id) => analysis.scoreIndex.has(id)));
  // `critical_item_unanswered` reads whether each critical and acute flag fired
  const unanswered = selected.has(ENGINE_FLAGS.criticalItemUnanswered);
  for (const flag of def.flags) {
    if (selected.has(flag.id) || (unanswered && SAFETY_FLAG_KINDS.includes(flag.kind))) {
      for (const id of comparedScores(flag.when)) needed.add(id);
    }
  }
  if (selected.has(ENGINE_FLAGS.incomplete)) {
    for (const s of def.scores) if (!s.optional) needed.add(s.id);
  }
  // what a computed formula reads is computed too: dependants come after what they read
  for (const k of [...analysis.scoreOrder].reverse()) {
    const id = def.scores[k]!.id;
    if (!needed.has(id)) continue;
    for (const name of analysis.formulaNames[k] ?? []) {
      if (analysis.scoreIndex.has(name)) needed.add(name);
    }
  }
  return { has: (id) => selected.has(id), computes: (id) => needed.has(id) };
}
