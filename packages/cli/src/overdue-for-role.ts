import {
  type OverdueItem,
  type OverdueOptions,
  overdue,
  type StudentFile,
  type StudentView,
} from "@psyscreen/registry";

/**
 * The overdue work on a file that a role is shown: all of it, with references, to a
 * role that sees the file's status (full access to the warning level); to any other,
 * only the work it owns itself, without the reference to the flag or plan behind it.
 *
 * @param view - the role's view of the file (`viewFor`), or null
 * @returns the items, earliest due first
 */
export function overdueForRole(
  role: string,
  file: StudentFile,
  view: StudentView | null,
  now: string,
  options: OverdueOptions = {},
): OverdueItem[] {
  if (view === null) return [];
  const items = overdue(file, now, options);
  if (view.status !== undefined) return items;
  return items
    .filter((o) => o.ownerRole === role)
    .map(({ studentId, kind, dueAt, ownerRole }) => ({
      studentId,
      kind,
      dueAt,
      ...(ownerRole === undefined ? {} : { ownerRole }),
    }));
}
