import type { Locale } from "@psyscreen/core";
import { viewFor } from "@psyscreen/registry";
import { checkRole } from "../check-role";
import { CliError } from "../cli-error";
import { formatStudentView } from "../format-student-view";
import type { Io } from "../io";
import { say } from "../messages";
import { withRegistry } from "../open-registry";
import { overdueForRole } from "../overdue-for-role";
import { studentsInUnit } from "../students-in-unit";
import type { RegistryReadOptions } from "./registry-read-options";

/** Options of `psyscreen registry show`. */
export interface RegistryShowOptions extends RegistryReadOptions {
  student: string;
  format: "text" | "json";
}

/**
 * `psyscreen registry show <student>`: one student's file (一生一册) as a role may see it
 * (`viewFor`), and the overdue work the role is shown.
 *
 * @returns 0
 * @throws CliError for a missing registry, an unknown role or student, or a student
 *   outside `--unit`
 */
export async function registryShowCommand(
  options: RegistryShowOptions,
  locale: Locale,
  io: Io,
): Promise<number> {
  return withRegistry(options.registry, options.profile, locale, async ({ registry, profile }) => {
    checkRole(profile, options.role, locale);
    const { student } = options;
    const unknown = () =>
      new CliError(say(locale, "student-unknown", { student, file: options.registry }));
    if (options.unit !== undefined) {
      if (options.roster === undefined) throw new CliError(say(locale, "unit-needs-roster"));
      const inUnit = await studentsInUnit(options.roster, options.unit, locale, options.encoding);
      if (!inUnit.has(student)) {
        throw new CliError(
          say(locale, "student-not-in-unit", { student, unit: options.unit, file: options.roster }),
        );
      }
    }
    const file = await registry.file(student);
    if (file.history.length === 0) throw unknown();
    const view = viewFor(options.role, file, profile);
    const due = overdueForRole(options.role, file, view, options.now, {
      ...(options.termStart === undefined ? {} : { termStart: options.termStart }),
    });
    if (options.format === "json") {
      io.out(
        `${JSON.stringify({ studentId: student, role: options.role, view, overdue: due }, null, 2)}\n`,
      );
    } else io.out(formatStudentView(student, options.role, view, due, locale));
    return 0;
  });
}
