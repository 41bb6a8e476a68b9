/** A deterministic PHQ-9 + GAD-7 workload: the same numbers for the same seed and size. */

export const PHQ_ITEMS = Array.from({ length: 9 }, (_, i) => `phq9_${i + 1}`);
export const PHQ_DIFFICULTY = "phq9_difficulty";
export const GAD_ITEMS = Array.from({ length: 7 }, (_, i) => `gad7_${i + 1}`);

/** Probability that one scored item is skipped (so ~24% of PHQ-9 sheets miss an item). */
const MISSING_RATE = 0.03;

/** mulberry32: a small, fast, seeded PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Column-oriented answers, one Float64Array per item; NaN = skipped. */
export interface Workload {
  rows: number;
  /** PHQ-9 items 1–9 and the unscored difficulty question. */
  phq: Record<string, Float64Array>;
  gad: Record<string, Float64Array>;
}

/** One respondent as row objects (null = skipped), as a survey system hands them over. */
export interface RespondentRow {
  phq: Record<string, number | null>;
  gad: Record<string, number | null>;
}

/**
 * Generates `rows` respondents: a latent severity per respondent drives correlated 0–3
 * answers (so every band occurs), and each scored item is skipped with probability 3%.
 */
export function generateWorkload(rows: number, seed = 20261128): Workload {
  const rand = mulberry32(seed);
  const phq: Record<string, Float64Array> = {};
  const gad: Record<string, Float64Array> = {};
  for (const id of [...PHQ_ITEMS, PHQ_DIFFICULTY]) phq[id] = new Float64Array(rows);
  for (const id of GAD_ITEMS) gad[id] = new Float64Array(rows);
  const phqCols = PHQ_ITEMS.map((id) => phq[id]!);
  const gadCols = GAD_ITEMS.map((id) => gad[id]!);
  const difficulty = phq[PHQ_DIFFICULTY]!;
  const answer = (severity: number): number => {
    if (rand() < MISSING_RATE) return Number.NaN;
    return Math.min(3, Math.floor(4 * (0.65 * severity + 0.35 * rand())));
  };
  for (let r = 0; r < rows; r++) {
    const severity = rand() ** 1.6;
    for (const col of phqCols) col[r] = answer(severity);
    difficulty[r] = Math.min(3, Math.floor(4 * severity));
    for (const col of gadCols) col[r] = answer(severity);
  }
  return { rows, phq, gad };
}

/** The first `rows` respondents of a workload as row objects. */
export function toRows(w: Workload, rows: number): RespondentRow[] {
  const phqIds = Object.keys(w.phq);
  const gadIds = Object.keys(w.gad);
  const out: RespondentRow[] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const phq: Record<string, number | null> = {};
    const gad: Record<string, number | null> = {};
    for (const id of phqIds) {
      const v = w.phq[id]![r]!;
      phq[id] = Number.isNaN(v) ? null : v;
    }
    for (const id of gadIds) {
      const v = w.gad[id]![r]!;
      gad[id] = Number.isNaN(v) ? null : v;
    }
    out[r] = { phq, gad };
  }
  return out;
}
