/**
 * The rates the synthetic school is drawn with. They are ILLUSTRATIVE: chosen so a
 * census of the generated school looks like a plausible one, not estimates of any
 * population. Where a published figure guided the order of magnitude, it is named.
 */
export const DEMO_RATES = {
  /**
   * Latent symptom level of a student: none/low, moderate, high. About a quarter with
   * some symptoms follows the order of magnitude of Tang, Tang, Ren & Wong 2019
   * (J Affect Disord 245:498–507, doi:10.1016/j.jad.2018.11.043): pooled prevalence of
   * depressive symptoms in Chinese secondary-school students 24.3% (95% CI 21.3–27.6%),
   * across instruments and cut-offs. The split between moderate and high is illustrative.
   */
  latent: [0.75, 0.17, 0.08],
  /** P(answer 0, 1, 2, 3) to a symptom item, per latent level. Illustrative. */
  item: [
    [0.75, 0.2, 0.04, 0.01],
    [0.25, 0.4, 0.25, 0.1],
    [0.05, 0.2, 0.35, 0.4],
  ],
  /** P(answer 0, 1, 2, 3) to the self-harm item (PHQ-9 item 9), per level. Illustrative. */
  selfHarmItem: [
    [0.985, 0.012, 0.002, 0.001],
    [0.85, 0.11, 0.03, 0.01],
    [0.55, 0.25, 0.12, 0.08],
  ],
  /** P(the latent level of the previous term is kept in the next one). Illustrative. */
  stability: 0.7,
  /** Per student, the reason there is no sheet. Illustrative. */
  absent: 0.03,
  refused: 0.01,
  exempt: 0.005,
  /** No sheet and no reason recorded. Illustrative. */
  notReached: 0.015,
  /** Of screened students: stopped after the first scale. Illustrative. */
  partial: 0.01,
  /** Of sheets: answered far too fast (0.5–1.5 s per item). Illustrative. */
  tooFast: 0.03,
  /** Of sheets: every item given the same value (1–3). Illustrative. */
  straightLined: 0.02,
  /** Of sheets: one item skipped. Illustrative. */
  skippedItem: 0.01,
  /** Seconds per item of an ordinary sheet: uniform between these. Illustrative. */
  secondsPerItem: [4, 12],
  /** Family-situation flags, each drawn independently. Illustrative. */
  family: {
    "left-behind-both": 0.05,
    migrant: 0.04,
    "single-parent": 0.06,
    "economic-hardship": 0.05,
  },
} as const;
