import { profileIndex } from "./file-context";
import type { RegionProfile } from "./region-profile-schema";
import { emptyFile, type StudentFile } from "./student-file";
import { suppressedCount } from "./suppressed-count";
import { accessFor } from "./view-for";

/** A count, or null where it is below the profile's `minCellSize` and suppressed. */
export type Cell = number | null;

/** The counts a role may see over a set of files. */
export interface AggregateView {
  role: string;
  /** How many files were counted (staff roles only). */
  students?: Cell;
  /** warning-level: students per level code. */
  levels?: Record<string, Cell>;
  /** screen-flag: open flags per kind. */
  openFlags?: Record<string, Cell>;
  /** census-participation: students with a census result. */
  screened?: Cell;
  /** family-flags: students with a family contact on record. */
  familyContacted?: Cell;
}

/**
 * Counts over files for a role whose access to a kind of data is at least `aggregate`,
 * with every count from 1 to `minCellSize - 1` suppressed (null) so no small group can
 * be singled out. No student id appears. Roles other than staff get no counts. Roles other than staff get no counts.
 *
 * @param role - a role code of the profile
 * @param files - the files to count
 * @param profile - the validated profile
 * @returns the counts the role may see
 * @example
 * aggregateFor("county-centre", files, profile).levels // => { yellow: 12, orange: null, red: 0 }
 */
export function aggregateFor(
  role: string,
  files: readonly StudentFile[],
  profile: RegionProfile,
): AggregateView {
  const min = profile.reporting.minCellSize;
  const cell = (n: number): Cell => suppressedCount(n, min);
  const probe = emptyFile("");
  const sees = (category: Parameters<typeof accessFor>[2]) =>
    accessFor(profile, role, category, probe) !== "none";
  // students, guardians and peers see their own file at most, never counts over others
  if (profileIndex(profile).roles.get(role)?.kind !== "staff") return { role };
  const view: AggregateView = { role, students: cell(files.length) };
  if (sees("warning-level")) {
    view.levels = Object.fromEntries(
      profile.warningLevels.map((l) => [
        l.code,
        cell(files.filter((f) => f.level === l.code).length),
      ]),
    );
  }
  if (sees("screen-flag")) {
    const counts = new Map<string, number>();
    for (const f of files)
      for (const o of f.openFlags) counts.set(o.kind, (counts.get(o.kind) ?? 0) + 1);
    view.openFlags = Object.fromEntries([...counts].map(([k, n]) => [k, cell(n)]));
  }
  if (sees("census-participation")) {
    view.screened = cell(
      files.filter((f) => f.history.some((e) => e.type === "census-result")).length,
    );
  }
  if (sees("family-flags")) {
    view.familyContacted = cell(files.filter((f) => f.lastFamilyContactAt !== null).length);
  }
  return view;
}
