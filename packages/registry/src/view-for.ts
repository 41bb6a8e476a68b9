import { profileIndex } from "./file-context";
import type { RegionProfile } from "./region-profile-schema";
import type { EventOf, RegistryEvent } from "./registry-event-schema";
import type { RegistryStatus } from "./registry-status";
import type { OpenFlag, PlanState, StudentFile } from "./student-file";
import type { AccessLevel, DataCategory } from "./visibility-levels";

/** Words a view carries for its reader, in both locales. */
export const VIEW_TEXT = {
  needsTalk: { en: "Needs a conversation", "zh-CN": "需要谈话" },
  awaitingReview: { en: "Awaiting a same-day review", "zh-CN": "待当天复核" },
} as const;

/**
 * What one role may see of one student's file, built from the profile's visibility
 * matrix (domain-research.md §8.6). A field is present only when the role's access to
 * its kind of data allows it; nothing else of the file is copied in.
 */
export interface StudentView {
  studentId: string;
  role: string;
  /** census-participation: which censuses the student took part in. */
  participation?: { term: string; scaleId: string; time: string }[];
  /** answers-and-scores `full` / `on-request` (scores, bands, flags) or `own-summary` (bands). */
  results?: {
    term: string;
    scaleId: string;
    time: string;
    scores?: EventOf<"census-result">["scores"];
    bands?: Record<string, string>;
    flags?: EventOf<"census-result">["flags"];
  }[];
  /** Set when results were shown under `on-request`: the host must log the access. */
  accessLogged?: true;
  /** screen-flag `full`: the open flags. */
  flags?: OpenFlag[];
  /** screen-flag `needs-talk`: only that a conversation is due, and by when. */
  needsTalk?: { message: (typeof VIEW_TEXT)["needsTalk"]; dueAt: string; ownerRole: string };
  /** warning-level: the level, its label and colour; status for fuller access. */
  level?: {
    code: string;
    label: { en: string; "zh-CN": string };
    colour: string;
    provisional: boolean;
    note?: (typeof VIEW_TEXT)["awaitingReview"];
    followUpEveryDays?: number;
  };
  status?: RegistryStatus;
  referred?: boolean;
  /** plan: whole (`full`, `own`), goals (`own-summary`) or the role's measures. */
  plan?: Partial<PlanState>;
  /** session-notes: interviews, observations and case conferences. */
  notes?: RegistryEvent[];
  /** family-flags: the family contacts. */
  family?: { lastContactAt: string | null; contacts: EventOf<"family-contact">[] };
  /** medical-documents: documents (`full`, `own`) or fitness summaries only. */
  medical?: { issuedOn: string; issuer?: string; document?: string; fitnessSummary?: string }[];
}

/**
 * The access a role has to one kind of data for this file: a `fromLevel` cell applies
 * from that warning level up, `crisis-only` at the crisis status only.
 */
export function accessFor(
  profile: RegionProfile,
  role: string,
  category: DataCategory,
  file: StudentFile,
): AccessLevel {
  const row = profile.visibility[role];
  if (row === undefined) {
    throw new Error(
      `viewFor requires a role with a row in the visibility matrix; "${role}" has none`,
    );
  }
  const cell = row[category];
  let access: AccessLevel = typeof cell === "string" ? cell : cell.access;
  if (typeof cell !== "string") {
    const levels = profileIndex(profile).levels;
    const from = levels.get(cell.fromLevel)?.severityRank ?? Number.POSITIVE_INFINITY;
    const rank = file.level === null ? 0 : (levels.get(file.level)?.severityRank ?? 0);
    if (rank < from) access = "none";
  }
  if (access === "crisis-only") return file.status === "crisis" ? "full" : "none";
  return access;
}

/**
 * What a role may see of a student's file, from the profile's visibility matrix: a class
 * teacher learns that a conversation is needed and what to do, never answers or scores;
 * a psychology teacher sees all; a role with aggregate access only (county level) sees
 * no student — use `aggregateFor`.
 *
 * @param role - a role code of the profile
 * @param file - the student's file
 * @param profile - the validated profile
 * @returns the view, or null when the role sees nothing of this student
 * @throws if the role has no row in the visibility matrix
 * @example
 * viewFor("class-teacher", file, profile)?.needsTalk?.message.en // => "Needs a conversation"
 */
export function viewFor(
  role: string,
  file: StudentFile,
  profile: RegionProfile,
): StudentView | null {
  const access = (c: DataCategory) => accessFor(profile, role, c, file);
  const kept = file.history.filter((e) => !file.corrected.includes(e.id));
  const census = kept.filter((e): e is EventOf<"census-result"> => e.type === "census-result");
  const view: StudentView = { studentId: file.studentId, role };
  let shown = false;
  const show = () => {
    shown = true;
  };

  const participation = access("census-participation");
  if (["full", "own", "own-summary"].includes(participation)) {
    view.participation = census.map((e) => ({ term: e.term, scaleId: e.scaleId, time: e.time }));
    show();
  }
  const results = access("answers-and-scores");
  if (results === "full" || results === "on-request" || results === "own") {
    view.results = census.map((e) => ({
      term: e.term,
      scaleId: e.scaleId,
      time: e.time,
      scores: e.scores,
      flags: e.flags,
    }));
    if (results === "on-request") view.accessLogged = true;
    show();
  } else if (results === "own-summary") {
    view.results = census.map((e) => ({
      term: e.term,
      scaleId: e.scaleId,
      time: e.time,
      bands: Object.fromEntries(
        Object.entries(e.scores).flatMap(([k, s]) => (s.band === undefined ? [] : [[k, s.band]])),
      ),
    }));
    show();
  }
  const flags = access("screen-flag");
  if (flags === "full") {
    view.flags = file.openFlags;
    show();
  } else if (flags === "needs-talk" && file.openFlags.length > 0) {
    const first = [...file.openFlags].sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt))[0]!;
    view.needsTalk = {
      message: VIEW_TEXT.needsTalk,
      dueAt: first.dueAt,
      ownerRole: first.ownerRole,
    };
    show();
  }
  const level = access("warning-level");
  const defined = file.level === null ? undefined : profileIndex(profile).levels.get(file.level);
  if (defined !== undefined && ["full", "own", "label-and-actions"].includes(level)) {
    view.level = {
      code: defined.code,
      label: defined.label,
      colour: defined.colour,
      provisional: file.provisional,
      ...(file.provisional ? { note: VIEW_TEXT.awaitingReview } : {}),
    };
    const every = profile.followUp.find((f) => f.level === defined.code)?.intervalDays;
    if (every !== undefined && level !== "own") view.level.followUpEveryDays = every;
    if (level === "full") {
      view.status = file.status;
      view.referred = file.referred;
    }
    show();
  }
  const plan = access("plan");
  if (file.plan !== null) {
    if (plan === "full" || plan === "own") view.plan = file.plan;
    else if (plan === "own-summary") view.plan = { goals: file.plan.goals };
    else if (plan === "actions-assigned") {
      view.plan = { measures: file.plan.measures.filter((m) => m.owner === role) };
    }
    if (view.plan !== undefined) show();
  }
  if (access("session-notes") === "full") {
    view.notes = kept.filter((e) =>
      ["interview", "observation", "case-conference", "case-report"].includes(e.type),
    );
    show();
  }
  const family = access("family-flags");
  if (family === "full" || family === "own") {
    view.family = {
      lastContactAt: file.lastFamilyContactAt,
      contacts: kept.filter((e): e is EventOf<"family-contact"> => e.type === "family-contact"),
    };
    show();
  }
  const medical = access("medical-documents");
  const docs = kept.filter((e): e is EventOf<"medical-document"> => e.type === "medical-document");
  if (medical === "full" || medical === "own") {
    view.medical = docs.map((d) => ({
      issuedOn: d.issuedOn,
      issuer: d.issuer,
      document: d.document,
      ...(d.fitnessSummary === undefined ? {} : { fitnessSummary: d.fitnessSummary }),
    }));
    show();
  } else if (medical === "fitness-summary") {
    view.medical = docs
      .filter((d) => d.document === "fitness-for-school" && d.fitnessSummary !== undefined)
      .map((d) => ({ issuedOn: d.issuedOn, fitnessSummary: d.fitnessSummary! }));
    show();
  }
  return shown ? view : null;
}
