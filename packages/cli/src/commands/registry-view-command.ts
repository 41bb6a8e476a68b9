import type { Locale } from "@psyscreen/core";
import {
  type AggregateView,
  aggregateFor,
  type OverdueItem,
  type StudentView,
  viewFor,
} from "@psyscreen/registry";
import { checkRole } from "../check-role";
import { CliError } from "../cli-error";
import type { Io } from "../io";
import { say } from "../messages";
import { withRegistry } from "../open-registry";
import { type SheetRow, writeSheet, writeText } from "../output/write-sheet";
import { overdueForRole } from "../overdue-for-role";
import { studentsInUnit } from "../students-in-unit";
import type { RegistryReadOptions } from "./registry-read-options";

/** Options of `psyscreen registry view`. */
export interface RegistryViewOptions extends RegistryReadOptions {
  format: "text" | "json" | "csv" | "xlsx";
  out?: string;
}

/** One student on a role's list: the role's view and the overdue work it is shown. */
interface ListEntry {
  view: StudentView;
  overdue: OverdueItem[];
}

const LIST_COLUMNS = [
  "student_id",
  "level",
  "level_label",
  "provisional",
  "status",
  "referred",
  "talk_due",
  "talk_owner",
  "open_flags",
  "plan_review_on",
  "overdue",
] as const;

/** A list entry as a sheet row: only what the view holds, empty cells elsewhere. */
function listRow(entry: ListEntry, locale: Locale): SheetRow {
  const { view } = entry;
  const flags = view.flags ?? [];
  return [
    view.studentId,
    view.level?.code,
    view.level?.label[locale],
    view.level === undefined ? undefined : view.level.provisional ? 1 : 0,
    view.status,
    view.referred === undefined ? undefined : view.referred ? 1 : 0,
    view.needsTalk?.dueAt ?? flags.map((f) => f.dueAt).sort()[0],
    view.needsTalk?.ownerRole ?? flags[0]?.ownerRole,
    flags.map((f) => (f.scaleId === undefined ? f.kind : `${f.scaleId}:${f.kind}`)).join(";"),
    view.plan?.reviewOn,
    entry.overdue.map((o) => `${o.kind}@${o.dueAt}`).join(";"),
  ];
}

/** The counts as `measure, key, count` rows; a suppressed count is an empty cell. */
function countRows(counts: AggregateView): SheetRow[] {
  const rows: SheetRow[] = [];
  if (counts.students !== undefined) rows.push(["students", "", counts.students]);
  for (const measure of ["levels", "openFlags"] as const) {
    for (const [key, n] of Object.entries(counts[measure] ?? {})) rows.push([measure, key, n]);
  }
  if (counts.screened !== undefined) rows.push(["screened", "", counts.screened]);
  if (counts.familyContacted !== undefined) {
    rows.push(["familyContacted", "", counts.familyContacted]);
  }
  return rows;
}

/**
 * `psyscreen registry view`: a role's list — the students whose file holds something for
 * the role to act on (a level, a conversation due, open flags, a plan, overdue work), as
 * the role may see each (`viewFor`) — and the counts the role may see over all files
 * (`aggregateFor`, small cells suppressed). A role with aggregate access only (county
 * centre) gets the counts and, where its profile says so, crisis cases.
 *
 * @returns 0
 */
export async function registryViewCommand(
  options: RegistryViewOptions,
  locale: Locale,
  io: Io,
): Promise<number> {
  return withRegistry(options.registry, options.profile, locale, async ({ registry, profile }) => {
    checkRole(profile, options.role, locale);
    let files = await registry.files();
    if (options.unit !== undefined) {
      if (options.roster === undefined) throw new CliError(say(locale, "unit-needs-roster"));
      const inUnit = await studentsInUnit(options.roster, options.unit, locale, options.encoding);
      files = files.filter((f) => inUnit.has(f.studentId));
    }
    const { role } = options;
    const severity = new Map(profile.warningLevels.map((l) => [l.code, l.severityRank]));
    const entries: ListEntry[] = [];
    for (const file of files) {
      const view = viewFor(role, file, profile);
      const due = overdueForRole(role, file, view, options.now, {
        ...(options.termStart === undefined ? {} : { termStart: options.termStart }),
      });
      const acts =
        view !== null &&
        (view.level !== undefined ||
          view.needsTalk !== undefined ||
          (view.flags?.length ?? 0) > 0 ||
          view.plan !== undefined ||
          due.length > 0);
      if (acts) entries.push({ view, overdue: due });
    }
    const dueOf = (e: ListEntry) =>
      e.view.needsTalk?.dueAt ?? (e.view.flags ?? []).map((f) => f.dueAt).sort()[0] ?? "~";
    entries.sort(
      (a, b) =>
        (severity.get(b.view.level?.code ?? "") ?? 0) -
          (severity.get(a.view.level?.code ?? "") ?? 0) ||
        dueOf(a).localeCompare(dueOf(b)) ||
        a.view.studentId.localeCompare(b.view.studentId),
    );
    const counts = aggregateFor(role, files, profile);

    if (options.format === "json") {
      const json = {
        role,
        profile: { id: profile.id, version: profile.version },
        at: options.now,
        counts,
        students: entries,
      };
      await writeText(`${JSON.stringify(json, null, 2)}\n`, options.out, io);
    } else if (options.format === "text") {
      const min = profile.reporting.minCellSize;
      const shown = countRows(counts).map(([m, k, n]) => `${m}${k ? `.${k}` : ""} ${n ?? "-"}`);
      const lines = [
        say(locale, "view-title", { role, students: entries.length }),
        say(locale, "view-counts", { min, counts: shown.join(", ") }),
        ...entries.map((e) =>
          listRow(e, locale)
            .map((c, i) =>
              i === 0 ? String(c) : c === undefined || c === "" ? "" : `${LIST_COLUMNS[i]}=${c}`,
            )
            .filter((c) => c !== "")
            .join("  "),
        ),
      ];
      await writeText(`${lines.join("\n")}\n`, options.out, io);
    } else {
      const rows: SheetRow[] = [
        [...LIST_COLUMNS],
        ...entries.map((e) => listRow(e, locale)),
        [],
        ["measure", "key", "count"],
        ...countRows(counts),
      ];
      await writeSheet(rows, options.format, options.out, io, locale, role.slice(0, 31));
    }
    return 0;
  });
}
