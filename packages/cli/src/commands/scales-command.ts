import type { Locale } from "@psyscreen/core";
import { listScales } from "@psyscreen/scales";
import type { Io } from "../io";

/**
 * `psyscreen scales`: lists the bundled scales.
 *
 * @returns the exit code (0)
 */
export function scalesCommand(locale: Locale, io: Io): number {
  for (const scale of listScales()) {
    const name = scale.name[locale];
    io.out(`${scale.id.padEnd(12)} ${scale.version.padEnd(8)} ${name}\n`);
  }
  return 0;
}
