import type { ConditionTrace } from "./compile-condition";
import type { CompiledScale } from "./compile-scale";
import {
  criticalItemUnansweredFlag,
  ENGINE_FLAGS,
  isIncompleteScore,
  visitUnansweredSafetyItems,
} from "./engine-flags";
import { ENGINE_VERSION } from "./engine-version";
import { issueMessage } from "./issue";
import { IssueCollector } from "./issue-collector";
import { localize } from "./locale";
import { normScores } from "./norm-scores";
import { readAnswers } from "./read-answers";
import { resolveNormTable } from "./resolve-norm-table";
import { ItemStatus, ReasonCode, type RowState, resetRowState, SCORE_REASONS } from "./row-state";
import type { Answers, ScaleResult, ScoreOptions, ScoreResult, ScreenFlag } from "./scale-result";

/**
 * Scores one respondent the general way, whatever the answers hold: reads them into the
 * row state with their issues (`readAnswers`), runs the compiled closures, and builds
 * the result. `scoreResponse` takes it for whatever its fast path does not cover, and
 * tests compare the two.
 */
export function generalResponse(
  scale: CompiledScale,
  answers: Answers,
  options: ScoreOptions = {},
): ScaleResult {
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
    flags.push(criticalItemUnansweredFlag(scale, st, locale));
  }
  return flags;
}
