/**
 * The kinds of data a role may see (the rows of domain-research.md §8.6), each at one
 * access level.
 */
export const DATA_CATEGORIES = [
  "census-participation",
  "answers-and-scores",
  "screen-flag",
  "warning-level",
  "session-notes",
  "plan",
  "family-flags",
  "medical-documents",
] as const;

/** A kind of data in the visibility matrix. */
export type DataCategory = (typeof DATA_CATEGORIES)[number];

/**
 * How much of one kind of data a role sees, from nothing to everything:
 * - `none`: nothing
 * - `aggregate`: counts only, with small cells suppressed
 * - `crisis-only`: only for students at the crisis status
 * - `own`: the student's own file (student, guardian)
 * - `own-summary`: a summary of the student's own file
 * - `needs-talk`: that a conversation is needed, nothing more
 * - `actions-assigned`: the actions assigned to this role
 * - `label-and-actions`: the level's label and what to do
 * - `fitness-summary`: a fitness-for-school summary of a medical document
 * - `on-request`: on request, and every access logged
 * - `full`: everything, for students in this role's units
 */
export const ACCESS_LEVELS = [
  "none",
  "aggregate",
  "crisis-only",
  "own",
  "own-summary",
  "needs-talk",
  "actions-assigned",
  "label-and-actions",
  "fitness-summary",
  "on-request",
  "full",
] as const;

/** An access level in the visibility matrix. */
export type AccessLevel = (typeof ACCESS_LEVELS)[number];

/**
 * The kinds of role a profile defines. Students and guardians see only their own file;
 * peers (心理委员, dorm heads) observe and report but see nothing; staff at the region
 * tiers (county, city) see aggregates and, where the policy says so, crisis cases.
 */
export const ROLE_KINDS = ["student", "guardian", "peer", "staff"] as const;

/** A kind of role. */
export type RoleKind = (typeof ROLE_KINDS)[number];

/** The access levels each kind of role may be given at most. */
export const ACCESS_ALLOWED: Readonly<Record<RoleKind | "region-staff", readonly AccessLevel[]>> = {
  student: ["none", "own", "own-summary"],
  guardian: ["none", "own", "own-summary"],
  peer: ["none"],
  "region-staff": ["none", "aggregate", "crisis-only"],
  staff: ACCESS_LEVELS,
};
