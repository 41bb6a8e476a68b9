/** A deterministic SCL-90 workload: the same numbers for the same seed and size. */
import { mulberry32 } from "./workload";

export const SCL90_ITEMS = Array.from({ length: 90 }, (_, i) => `scl90_${i + 1}`);

/** Probability that one item is skipped (so ~16% of sheets miss at least one of the 90). */
const MISSING_RATE = 0.002;

/** Column-oriented SCL-90 answers, one Float64Array per item (1–5); NaN = skipped. */
export interface Scl90Workload {
  rows: number;
  columns: Record<string, Float64Array>;
}

/**
 * Generates `rows` respondents: a latent severity per respondent drives correlated 1–5
 * answers (about 30% of complete sheets above a total of 160, about 1% all 1s), and each
 * item is skipped with probability 0.2%.
 */
export function generateScl90Workload(rows: number, seed = 20261129): Scl90Workload {
  const rand = mulberry32(seed);
  const columns: Record<string, Float64Array> = {};
  for (const id of SCL90_ITEMS) columns[id] = new Float64Array(rows);
  const cols = SCL90_ITEMS.map((id) => columns[id]!);
  for (let r = 0; r < rows; r++) {
    const severity = rand() ** 2.5;
    for (const col of cols) {
      col[r] =
        rand() < MISSING_RATE
          ? Number.NaN
          : 1 + Math.min(4, Math.floor(5 * (0.6 * severity + 0.4 * rand()) ** 1.7));
    }
  }
  return { rows, columns };
}

/** The first `rows` respondents as answer objects (null = skipped). */
export function scl90Rows(w: Scl90Workload, rows: number): Record<string, number | null>[] {
  const cols = SCL90_ITEMS.map((id) => w.columns[id]!);
  const out: Record<string, number | null>[] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const row: Record<string, number | null> = {};
    SCL90_ITEMS.forEach((id, i) => {
      const v = cols[i]![r]!;
      row[id] = Number.isNaN(v) ? null : v;
    });
    out[r] = row;
  }
  return out;
}
