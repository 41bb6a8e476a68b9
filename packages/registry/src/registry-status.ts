/**
 * The statuses of a student's file (domain-research.md §9), from the universal tier to
 * closed.
 */
export const REGISTRY_STATUSES = [
  "universal",
  "flagged-pending-review",
  "watch",
  "key",
  "crisis",
  "referred",
  "on-leave",
  "return-review",
  "monitor-after-exit",
  "closed",
] as const;

/** A status of a student's file. */
export type RegistryStatus = (typeof REGISTRY_STATUSES)[number];

/** The statuses a warning level can place a student in, least to most serious. */
export const LEVEL_STATUSES = [
  "watch",
  "key",
  "crisis",
] as const satisfies readonly RegistryStatus[];

/** A status a warning level can place a student in. */
export type LevelStatus = (typeof LEVEL_STATUSES)[number];

/**
 * The statuses of a student on the list of students who need support (一生一册 files in
 * follow-up): a warning level, leave, or the review on return.
 */
export const ON_LIST_STATUSES = [
  "watch",
  "key",
  "crisis",
  "on-leave",
  "return-review",
] as const satisfies readonly RegistryStatus[];

/** The start of a transition: a status, or `*` for any status. */
export type TransitionSource = RegistryStatus | "*";

/** One edge of the status machine. */
export interface StatusTransition {
  /** The rows of domain-research.md §9 this edge comes from. */
  ref: string;
  from: TransitionSource;
  to: RegistryStatus;
}

/**
 * The legal transitions of domain-research.md §9 (T1–T14). A region profile says who
 * proposes and who approves each of them; it cannot add others, except a level change
 * inside one status when two warning levels share it.
 */
export const STATUS_TRANSITIONS: readonly StatusTransition[] = [
  { ref: "T1", from: "universal", to: "flagged-pending-review" },
  { ref: "T2", from: "flagged-pending-review", to: "universal" },
  { ref: "T3", from: "flagged-pending-review", to: "watch" },
  { ref: "T3", from: "flagged-pending-review", to: "key" },
  { ref: "T4", from: "*", to: "crisis" },
  { ref: "T5", from: "watch", to: "key" },
  { ref: "T6", from: "key", to: "referred" },
  { ref: "T6", from: "crisis", to: "referred" },
  { ref: "T7", from: "crisis", to: "key" },
  { ref: "T8", from: "key", to: "watch" },
  { ref: "T9", from: "watch", to: "monitor-after-exit" },
  { ref: "T10", from: "monitor-after-exit", to: "closed" },
  { ref: "T11", from: "monitor-after-exit", to: "flagged-pending-review" },
  { ref: "T11", from: "monitor-after-exit", to: "watch" },
  { ref: "T12", from: "key", to: "on-leave" },
  { ref: "T12", from: "crisis", to: "on-leave" },
  { ref: "T13", from: "on-leave", to: "return-review" },
  { ref: "T13", from: "return-review", to: "key" },
  { ref: "T13", from: "return-review", to: "watch" },
  { ref: "T14", from: "*", to: "closed" },
];

/**
 * The key of a transition, as used in paths and when profiles are merged.
 *
 * @param transition - its `from` and `to`
 * @returns `from→to`
 * @example
 * transitionKey({ from: "crisis", to: "key" }) // => "crisis→key"
 */
export function transitionKey(transition: { from: string; to: string }): string {
  return `${transition.from}→${transition.to}`;
}
