import type { NormTable } from "./norm-table-schema";
import { roundValue } from "./round-value";

/** Norm-referenced values of one score. */
export interface NormScores {
  z?: number;
  t?: number;
  percentile?: number;
}

const EPSILON = 1e-9;

/**
 * Looks a raw score up in a norm table: z and T (50 + 10z) from mean and SD, and a
 * percentile or T from the lookup rows; a lookup T wins over a computed one. The table's
 * rounding rule, if any, applies to z and computed T.
 *
 * @param table - the norm table
 * @param scoreId - the score
 * @param value - its raw value
 * @param out - an object to fill (its fields are reset), so a batch can reuse one
 * @returns `out`, with what the table gives for the value (nothing when the table does
 *   not cover the score)
 * @example
 * normScores({ id: "n", version: "1", source: "…", group: {}, scores: { total: { mean: 129.96, sd: 38.76 } } },
 *   "total", 168.72).z // => 1
 */
export function normScores(
  table: NormTable,
  scoreId: string,
  value: number,
  out: NormScores = {},
): NormScores {
  delete out.z;
  delete out.t;
  delete out.percentile;
  const entry = table.scores[scoreId];
  if (entry === undefined) return out;
  if (entry.mean !== undefined && entry.sd !== undefined) {
    const z = (value - entry.mean) / entry.sd;
    const t = 50 + 10 * z;
    out.z = table.rounding === undefined ? z : roundValue(z, table.rounding);
    out.t = table.rounding === undefined ? t : roundValue(t, table.rounding);
  }
  const row = entry.lookup?.find((r) => value >= r.min - EPSILON && value <= r.max + EPSILON);
  if (row?.percentile !== undefined) out.percentile = row.percentile;
  if (row?.t !== undefined) out.t = row.t;
  return out;
}
