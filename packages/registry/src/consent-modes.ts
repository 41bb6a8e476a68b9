/** What a consent band covers (domain-research.md §8.1, ConsentScope). */
export const CONSENT_SCOPES = [
  "screening",
  "record-keeping",
  "referral",
  "information-sharing",
] as const;

/** A purpose consent is asked for. */
export type ConsentScope = (typeof CONSENT_SCOPES)[number];

/**
 * How consent is obtained:
 * - `guardian`: the guardian consents
 * - `student`: the student consents
 * - `student-and-guardian`: both consent
 * - `guardian-opt-out`: the guardian is notified and may refuse
 * - `statutory-notice`: processing rests on a legal duty; notice is given and recorded
 */
export const CONSENT_MODES = [
  "guardian",
  "student",
  "student-and-guardian",
  "guardian-opt-out",
  "statutory-notice",
] as const;

/** A way of obtaining consent. */
export type ConsentMode = (typeof CONSENT_MODES)[number];
