import type { CensusFlag, Confidence, FollowUpEntry } from "./census-result";

const URGENCY = ["acute", "critical"];
const urgencyRank = (f: CensusFlag) => {
  const rank = URGENCY.indexOf(f.kind);
  return rank < 0 ? URGENCY.length : rank;
};
const CONFIDENCE_ORDER: readonly Confidence[] = ["low", "medium", "high"];

function moreUrgent(a: CensusFlag, b: CensusFlag): number {
  return urgencyRank(a) - urgencyRank(b) || Date.parse(a.deadline) - Date.parse(b.deadline);
}

/**
 * The follow-up list: one entry per flagged student, with all their flags, ordered by
 * urgency — students with an acute flag first, then critical, then by the earliest
 * deadline, then by student id. The entry's owner, deadline and provisional level come
 * from its most urgent flag. Confidence is shown beside each entry and never moves it.
 *
 * @param flags - the routed flags of a census
 * @param now - when the census runs, to mark entries whose deadline has passed
 * @returns the entries, ranked from 1
 * @example
 * followUpList(result.flags, result.runAt)[0].urgency // => "critical"
 */
export function followUpList(flags: readonly CensusFlag[], now: string): FollowUpEntry[] {
  const byStudent = new Map<string, CensusFlag[]>();
  for (const flag of flags) {
    const list = byStudent.get(flag.studentId) ?? [];
    list.push(flag);
    byStudent.set(flag.studentId, list);
  }
  const entries = [...byStudent].map(([studentId, list]) => {
    const sorted = [...list].sort(moreUrgent);
    const first = sorted[0]!;
    const confidence = CONFIDENCE_ORDER.find((c) => list.some((f) => f.confidence === c))!;
    const entry: FollowUpEntry = {
      rank: 0,
      studentId,
      urgency: first.kind,
      deadline: first.deadline,
      overdue: Date.parse(first.deadline) < Date.parse(now),
      tier: first.tier,
      unit: first.unit,
      role: first.role,
      flags: sorted,
      confidence,
    };
    if (first.provisionalLevel !== undefined) entry.provisionalLevel = first.provisionalLevel;
    return { entry, first };
  });
  entries.sort(
    (a, b) =>
      moreUrgent(a.first, b.first) ||
      (a.entry.studentId < b.entry.studentId ? -1 : a.entry.studentId > b.entry.studentId ? 1 : 0),
  );
  return entries.map(({ entry }, k) => ({ ...entry, rank: k + 1 }));
}
