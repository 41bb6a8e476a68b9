/** What is known of one item's answer in the row being scored. */
export const ItemStatus = {
  /** Not in the answers: the item was not shown. */
  absent: 0,
  /** `null`: shown but skipped or refused. */
  skipped: 1,
  /** A number the response set allows. */
  valid: 2,
  /** A number the response set does not allow. */
  outOfRange: 3,
  /** Not a finite number. */
  notNumber: 4,
} as const;

/** Why a score is null, by code (0: it is not). */
export const SCORE_REASONS = ["", "too-many-missing", "dependency-missing", "not-finite"] as const;

/** Why a score is null. */
export type ScoreReason = Exclude<(typeof SCORE_REASONS)[number], "">;

/** Reason codes as numbers, for the typed arrays of the row state. */
export const ReasonCode = {
  none: 0,
  tooManyMissing: 1,
  dependencyMissing: 2,
  notFinite: 3,
} as const;

/**
 * The working memory of one row: typed arrays reused for every row, so scoring a batch
 * allocates nothing per row. `NaN` stands for null.
 */
export interface RowState {
  status: Uint8Array;
  raw: Float64Array;
  keyed: Float64Array;
  value: Float64Array;
  reason: Uint8Array;
  answered: Uint32Array;
  prorated: Uint8Array;
}

/** Allocates the row state for a scale of `items` items and `scores` scores. */
export function createRowState(items: number, scores: number): RowState {
  return {
    status: new Uint8Array(items),
    raw: new Float64Array(items).fill(Number.NaN),
    keyed: new Float64Array(items).fill(Number.NaN),
    value: new Float64Array(scores).fill(Number.NaN),
    reason: new Uint8Array(scores),
    answered: new Uint32Array(scores),
    prorated: new Uint8Array(scores),
  };
}

/** Clears a row state for the next row, as `createRowState` leaves it. */
export function resetRowState(st: RowState): void {
  st.status.fill(0);
  st.raw.fill(Number.NaN);
  st.keyed.fill(Number.NaN);
  st.value.fill(Number.NaN);
  st.reason.fill(0);
  st.answered.fill(0);
  st.prorated.fill(0);
}
