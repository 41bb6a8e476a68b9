import type { ConditionTrace } from "./compile-condition";
import { type CompiledScale, compileScale } from "./compile-scale";
import { ENGINE_FLAGS, isIncompleteScore, visitUnansweredSafetyItems } from "./engine-flags";
import { ENGINE_VERSION } from "./engine-version";
import { issueMessage } from "./issue";
import { IssueCollector } from "./issue-collector";
import { localize } from "./locale";
import { normScores } from "./norm-scores";
import { readAnswers } from "./read-answers";
import { resolveNormTable } from "./resolve-norm-table";
import { ItemStatus, ReasonCode, type RowState, resetRowState, SCORE_REASONS } from "./row-state";
import type { ScaleDefinition } from "./scale-definition-schema";
import type { Answers, ScaleResult, ScoreOptions, ScoreResult, ScreenFlag } from "./scale-result";

/**
 * Scores one respondent's answers: scores, bands, norm-referenced scores, screen flags
 * with their trace, and issues. It never throws on bad answers: unknown items and
 * invalid values become issues, and the scores they touch follow the missing-data rule.
 * A critical or acute flag fires from the raw answers whatever else is missing.
 *
 * @param definition - the scale (validated once and compiled on first use)
 * @param answers - item id → number; absent = not shown, `null` = skipped or refused
 * @param options - `locale`, and `normGroup` or `normTable` for norms
 * @returns the scale result
 * @throws Error when `definition` is not a valid scale definition (a programmer error)
 * @example
 * scoreResponse(phq9, { phq9_1: 2, phq9_2: 2, phq9_3: 1, phq9_4: 1, phq9_5: 1,
 *   phq9_6: 1, phq9_7: 1, phq9_8: 1, phq9_9: 1 }).scores.total
 * // => { value: 11, band: "moderate", bandLabel: "Moderate", answered: 9, prorated: false, coding: "0-3" }
 */
export function scoreResponse(
  definition: ScaleDefinition,
  answers: Answers,
  options: ScoreOptions = {},
): ScaleResult {
  const scale = compileScale(definition);
  // one row state per scale, reused from call to call (a nested call gets its own)
  const st = spare.get(scale) ?? scale.createState();
  spare.delete(scale);
  try {
    return score(scale, st, answers, options);
  } finally {
    resetRowState(st);
    spare.set(scale, st);
  }
}

/** Row states not in use, by scale, all reset. */
const spare = new WeakMap<CompiledScale, RowState>();

function score(
  scale: CompiledScale,
  st: RowState,
  answers: Answers,
  options: ScoreOptions,
): ScaleResult {
  const def = scale.definition;
  const locale = options.locale ?? "en";
  const issues = new IssueCollector(locale);
  readAnswers(scale, st, answers, issues);
  scale.evaluate(st);

  const norm = resolveNormTable(def, options, issues);
  const scores: Record<string, ScoreResult> = {};
  def.scores.forEach((score, k) => {
    const value = st.value[k]!;
    const result: ScoreResult = {
      value: Number.isNaN(value) ? null : value,
      answered: st.answered[k]!,
      prorated: st.prorated[k] === 1,
    };
    if (st.reason[k] !== ReasonCode.none) {
      result.reason = SCORE_REASONS[st.reason[k]!] as ScoreResult["reason"];
    }
    if (result.value !== null) {
      const band = score.bands?.[scale.bandIndex(k, result.value)];
      if (band !== undefined) {
        result.band = band.id;
        result.bandLabel = band.label[locale];
      }
      if (norm !== undefined) Object.assign(result, normScores(norm, score.id, result.value));
    }
    if (score.coding !== undefined) result.coding = score.coding;
    scores[score.id] = result;
  });

  const result: ScaleResult = {
    scaleId: def.id,
    scaleVersion: def.version,
    engineVersion: ENGINE_VERSION,
    locale,
    scores,
    flags: [...scaleFlags(scale, st, locale), ...engineFlags(scale, st, locale)],
    issues: issues.issues,
  };
  if (norm !== undefined) result.norm = { id: norm.id, version: norm.version, source: norm.source };
  return result;
}

function scaleFlags(
  scale: CompiledScale,
  st: RowState,
  locale: ScaleResult["locale"],
): ScreenFlag[] {
  const fired: ScreenFlag[] = [];
  for (const flag of scale.flags) {
    if (!flag.test(st)) continue;
    const trace: ConditionTrace = { items: new Set(), scores: new Set() };
    flag.test(st, trace);
    const { id, kind, source, message } = flag.definition;
    fired.push({
      id,
      kind,
      source,
      items: [...trace.items],
      scores: [...trace.scores],
      message: localize(message, locale)!,
    });
  }
  return fired;
}

function engineFlags(
  scale: CompiledScale,
  st: RowState,
  locale: ScaleResult["locale"],
): ScreenFlag[] {
  const def = scale.definition;
  const flags: ScreenFlag[] = [];
  const nullScores: string[] = [];
  for (let k = 0; k < def.scores.length; k++) {
    if (isIncompleteScore(scale, st, k)) nullScores.push(def.scores[k]!.id);
  }
  if (nullScores.length > 0) {
    const items = def.items
      .filter((_, i) => st.status[i] !== ItemStatus.valid)
      .map((item) => item.id);
    flags.push({
      id: ENGINE_FLAGS.incomplete,
      kind: "incomplete",
      source: "engine",
      items,
      scores: nullScores,
      message: issueMessage("engine-flag-incomplete", { scores: nullScores }, locale),
    });
  }
  if (visitUnansweredSafetyItems(scale, st) > 0) {
    const unanswered = new Set<string>();
    visitUnansweredSafetyItems(scale, st, (i) => unanswered.add(def.items[i]!.id));
    const items = [...unanswered];
    flags.push({
      id: ENGINE_FLAGS.criticalItemUnanswered,
      kind: "attention",
      source: "engine",
      items,
      scores: [],
      message: issueMessage("engine-flag-critical-item-unanswered", { items }, locale),
    });
  }
  return flags;
}
