/** Thresholds of the careless-answering indicators. */
export interface CarelessOptions {
  /** A sheet answered faster than this many seconds per answered item is too fast. */
  minSecondsPerItem: number;
  /** Straight-lining is looked for in response sets with at least this many answered items. */
  straightLiningMinItems: number;
  /** Whether all answers at the lowest option ("not at all") count as straight-lining. */
  straightLiningCountsLowest: boolean;
}

/**
 * Default thresholds.
 * - `minSecondsPerItem: 2` — Huang, Curran, Keeney, Poposki & DeShon 2012, "Detecting
 *   and deterring insufficient effort responding to surveys", J Bus Psychol 27:99–114
 *   (doi:10.1007/s10869-011-9231-8): under 2 s per item marks insufficient effort; the
 *   page-time index built on it was validated by Bowling et al. 2023, Organizational
 *   Research Methods (doi:10.1177/10944281211056520). Measured with adults; to review
 *   for children, who may read more slowly (a higher limit flags more sheets).
 * - `straightLiningMinItems: 7` — default to review: long-string analysis (Meade &
 *   Craig 2012, Psychol Methods 17:437–455, doi:10.1037/a0028085) has no universal
 *   cut-off; 7 covers PHQ-9 and GAD-7 and leaves out two-item scales, where equal
 *   answers say nothing.
 * - `straightLiningCountsLowest: false` — default to review: on a symptom scale
 *   "not at all" to every item is the commonest honest answer, so it is not counted.
 */
export const CARELESS_DEFAULTS: Readonly<CarelessOptions> = {
  minSecondsPerItem: 2,
  straightLiningMinItems: 7,
  straightLiningCountsLowest: false,
};
