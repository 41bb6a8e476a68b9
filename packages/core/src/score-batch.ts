import { compileScale } from "./compile-scale";
import { ENGINE_FLAGS, isIncompleteScore, visitUnansweredSafetyItems } from "./engine-flags";
import { batchLoop } from "./generate-batch-loop";
import type { Issue } from "./issue";
import { IssueCollector } from "./issue-collector";
import { type NormScores, normScores } from "./norm-scores";
import type { NormGroup } from "./norm-table-schema";
import { resolveNormTable } from "./resolve-norm-table";
import { ItemStatus } from "./row-state";
import type { ScaleDefinition } from "./scale-definition-schema";

/** Column-oriented answers: item id → one number per row. */
export type BatchColumns = Readonly<Record<string, ArrayLike<number>>>;

/** Options of `scoreBatch`. */
export interface BatchOptions {
  /** Number of rows; default: the length of the first column. */
  rows?: number;
  /** The value that marks a skipped or refused answer; `NaN` always does. */
  missingValue?: number;
  /** The value that marks an item not shown to that respondent. */
  notShownValue?: number;
  /** The respondents' group (one for the whole batch), to pick a norm table. */
  normGroup?: NormGroup;
  /** A norm table by id. */
  normTable?: string;
  /**
   * An earlier result whose arrays this call overwrites instead of allocating new ones,
   * where a score or flag of the same id has arrays of the same length: for scoring a
   * stream chunk by chunk in constant memory. Read what you need from it first.
   */
  into?: BatchResult;
}

/** One score over the batch. `NaN` is null; band -1 is none. */
export interface BatchScore {
  value: Float64Array;
  /** 0 when there is a value, else 1 too-many-missing, 2 dependency-missing, 3 not-finite. */
  reason: Uint8Array;
  /** Index into the score's `bands`, or -1. */
  band: Int16Array;
  answered: Uint32Array;
  prorated: Uint8Array;
  z?: Float64Array;
  t?: Float64Array;
  percentile?: Float64Array;
}

/** The result of scoring a batch: typed arrays per score and per flag. */
export interface BatchResult {
  rows: number;
  scaleId: string;
  scaleVersion: string;
  scores: Record<string, BatchScore>;
  /** Flag id (the scale's and the engine's) → 1 where the flag fired. */
  flags: Record<string, Uint8Array>;
  /** Per row, how many answers were not valid (out of range or not numbers). */
  invalidAnswers: Uint32Array;
  /** Issues about the batch as a whole (unknown columns, norms not found). */
  issues: Issue[];
}

/**
 * Scores column-oriented data, as exported from a survey system, with the same
 * semantics and numbers as `scoreResponse` row by row, allocating nothing per row.
 *
 * @param definition - the scale
 * @param columns - item id → values per row (`NaN` or `missingValue` = skipped; an
 *   absent column = not shown)
 * @param options - rows, sentinels, norm group
 * @returns typed arrays per score and per flag
 * @throws Error when `definition` is not a valid scale definition
 * @example
 * scoreBatch(gad7, { gad7_1: [0, 3], gad7_2: [0, 3], gad7_3: [0, 3], gad7_4: [0, 3],
 *   gad7_5: [0, 3], gad7_6: [0, 3], gad7_7: [0, 3] }).scores.total.value
 * // => Float64Array [0, 21]
 */
export function scoreBatch(
  definition: ScaleDefinition,
  columns: BatchColumns,
  options: BatchOptions = {},
): BatchResult {
  const scale = compileScale(definition);
  const def = scale.definition;
  const issues = new IssueCollector("en");
  for (const key of Object.keys(columns)) {
    if (!scale.analysis.itemIndex.has(key))
      issues.add("unknown-item", ["columns", key], { item: key });
  }
  const itemColumns = def.items.map((item) =>
    Object.hasOwn(columns, item.id) ? columns[item.id] : undefined,
  );
  const rows = options.rows ?? itemColumns.find((c) => c !== undefined)?.length ?? 0;
  const missingValue = options.missingValue ?? Number.NaN;
  const notShownValue = options.notShownValue ?? Number.NaN;
  const norm = resolveNormTable(def, options, issues);

  const reuse = <T extends { length: number }>(old: T | undefined, make: () => T): T =>
    old !== undefined && old.length === rows ? old : make();
  const nanFilled = (old: Float64Array | undefined) =>
    reuse(old, () => new Float64Array(rows)).fill(Number.NaN);
  const into = options.into;
  const scores = def.scores.map((score): BatchScore => {
    const old = into?.scores[score.id];
    const out: BatchScore = {
      value: reuse(old?.value, () => new Float64Array(rows)),
      reason: reuse(old?.reason, () => new Uint8Array(rows)),
      band: reuse(old?.band, () => new Int16Array(rows)),
      answered: reuse(old?.answered, () => new Uint32Array(rows)),
      prorated: reuse(old?.prorated, () => new Uint8Array(rows)),
    };
    const entry = norm?.scores[score.id];
    if (entry !== undefined) {
      if (entry.mean !== undefined || entry.lookup?.some((r) => r.t !== undefined)) {
        out.t = nanFilled(old?.t);
      }
      if (entry.mean !== undefined) out.z = nanFilled(old?.z);
      if (entry.lookup?.some((r) => r.percentile !== undefined)) {
        out.percentile = nanFilled(old?.percentile);
      }
    }
    return out;
  });
  const flagArray = (id: string) => reuse(into?.flags[id], () => new Uint8Array(rows));
  const flags = scale.flags.map((flag) => flagArray(flag.definition.id));
  const incomplete = flagArray(ENGINE_FLAGS.incomplete);
  const unanswered = flagArray(ENGINE_FLAGS.criticalItemUnanswered);
  const invalidAnswers = reuse(into?.invalidAnswers, () => new Uint32Array(rows));
  const st = scale.createState();
  const normOut: NormScores = {};
  const nItems = def.items.length;
  const nScores = def.scores.length;

  const generated = norm === undefined ? batchLoop(scale, missingValue, notShownValue) : undefined;
  if (generated !== undefined) {
    generated(itemColumns, rows, missingValue, notShownValue, {
      value: scores.map((o) => o.value),
      reason: scores.map((o) => o.reason),
      band: scores.map((o) => o.band),
      answered: scores.map((o) => o.answered),
      prorated: scores.map((o) => o.prorated),
      flags,
      incomplete,
      unanswered,
      invalid: invalidAnswers,
    });
  } else {
    for (let r = 0; r < rows; r++) {
      let invalid = 0;
      for (let i = 0; i < nItems; i++) {
        const column = itemColumns[i];
        const v = column === undefined ? notShownValue : column[r]!;
        if (column === undefined || v === notShownValue) {
          st.status[i] = ItemStatus.absent;
          st.raw[i] = Number.NaN;
          st.keyed[i] = Number.NaN;
        } else if (Number.isNaN(v) || v === missingValue) {
          st.status[i] = ItemStatus.skipped;
          st.raw[i] = Number.NaN;
          st.keyed[i] = Number.NaN;
        } else {
          scale.setAnswer(st, i, typeof v === "number" ? v : Number.NaN);
          if (st.status[i] !== ItemStatus.valid) invalid++;
        }
      }
      invalidAnswers[r] = invalid;
      scale.evaluate(st);
      let missing = 0;
      for (let k = 0; k < nScores; k++) {
        const out = scores[k]!;
        const value = st.value[k]!;
        out.value[r] = value;
        out.reason[r] = st.reason[k]!;
        out.answered[r] = st.answered[k]!;
        out.prorated[r] = st.prorated[k]!;
        out.band[r] = Number.isNaN(value) ? -1 : scale.bandIndex(k, value);
        if (isIncompleteScore(scale, st, k)) missing = 1;
        if (norm !== undefined && !Number.isNaN(value) && (out.z ?? out.t ?? out.percentile)) {
          const n = normScores(norm, def.scores[k]!.id, value, normOut);
          if (out.z && n.z !== undefined) out.z[r] = n.z;
          if (out.t && n.t !== undefined) out.t[r] = n.t;
          if (out.percentile && n.percentile !== undefined) out.percentile[r] = n.percentile;
        }
      }
      incomplete[r] = missing;
      for (let f = 0; f < flags.length; f++) flags[f]![r] = scale.flags[f]!.test(st) ? 1 : 0;
      unanswered[r] = visitUnansweredSafetyItems(scale, st) > 0 ? 1 : 0;
    }
  }

  const flagColumns: Record<string, Uint8Array> = {};
  scale.flags.forEach((flag, f) => {
    flagColumns[flag.definition.id] = flags[f]!;
  });
  flagColumns[ENGINE_FLAGS.incomplete] = incomplete;
  flagColumns[ENGINE_FLAGS.criticalItemUnanswered] = unanswered;
  return {
    rows,
    scaleId: def.id,
    scaleVersion: def.version,
    scores: Object.fromEntries(def.scores.map((s, k) => [s.id, scores[k]!])),
    flags: flagColumns,
    invalidAnswers,
    issues: issues.issues,
  };
}
