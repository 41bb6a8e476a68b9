import { ENGINE_FLAGS, type ScaleDefinition, type ScaleResult } from "@psyscreen/core";

/**
 * The output columns of `psyscreen score` for a scale: per score its value and band
 * (and norm columns when norms apply), then the fired flags, the issues, and the scale
 * and engine versions that made the numbers.
 */
export function resultColumns(scale: ScaleDefinition, withNorms: boolean): string[] {
  const columns: string[] = [];
  for (const score of scale.scores) {
    columns.push(score.id);
    if (score.bands?.length) columns.push(`${score.id}_band`);
    if (withNorms && scale.norms?.some((n) => n.scores[score.id] !== undefined)) {
      columns.push(`${score.id}_z`, `${score.id}_t`, `${score.id}_percentile`);
    }
  }
  columns.push("flags", "issues", "scale_id", "scale_version", "engine_version");
  return columns;
}

/** The values of those columns for one result. */
export function resultValues(
  scale: ScaleDefinition,
  result: ScaleResult,
  withNorms: boolean,
): (string | number | null)[] {
  const values: (string | number | null)[] = [];
  for (const score of scale.scores) {
    const s = result.scores[score.id]!;
    values.push(s.value);
    if (score.bands?.length) values.push(s.band ?? null);
    if (withNorms && scale.norms?.some((n) => n.scores[score.id] !== undefined)) {
      values.push(s.z ?? null, s.t ?? null, s.percentile ?? null);
    }
  }
  values.push(
    result.flags.map((f) => f.id).join(";"),
    result.issues.map((i) => `${i.code}:${i.path.slice(1).join(".")}`).join(";"),
    result.scaleId,
    result.scaleVersion,
    result.engineVersion,
  );
  return values;
}

/**
 * Every flag a result of the scale can list, in the order it lists them: the scale's
 * own, then the engine's `incomplete` and `critical_item_unanswered`.
 */
export function resultFlagIds(scale: ScaleDefinition): string[] {
  return [
    ...scale.flags.map((f) => f.id),
    ENGINE_FLAGS.incomplete,
    ENGINE_FLAGS.criticalItemUnanswered,
  ];
}
