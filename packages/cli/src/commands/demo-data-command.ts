import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Locale } from "@psyscreen/core";
import { generateSchool, responsesToCsv, rosterToCsv } from "@psyscreen/demo-data";
import type { Io } from "../io";
import { say } from "../messages";

/** Options of `psyscreen demo-data`. */
export interface DemoDataCommandOptions {
  /** The folder to write into (created if missing). */
  out: string;
  kind: "k12" | "university";
  /** About how many students: classes are sized to come close. */
  students?: number;
  seed: string;
  term?: string;
}

/** Grades (K-12) or department-years (university) × classes of the default school. */
const UNITS = { k12: 9 * 6, university: 6 * 4 * 3 } as const;

/**
 * `psyscreen demo-data`: writes a seeded synthetic school to try everything on — the
 * roster (`roster.csv`), one sheet file per scale (`responses-<scale>.csv`), the
 * campaign (`campaign.json`) — with made-up ids and answers only.
 *
 * @returns the exit code (0)
 */
export async function demoDataCommand(
  options: DemoDataCommandOptions,
  locale: Locale,
  io: Io,
): Promise<number> {
  const classSize =
    options.students === undefined
      ? undefined
      : Math.max(1, Math.round(options.students / UNITS[options.kind]));
  const school = generateSchool({
    seed: options.seed,
    kind: options.kind,
    ...(options.term === undefined ? {} : { term: options.term }),
    ...(classSize === undefined ? {} : { classSize }),
  });
  await mkdir(options.out, { recursive: true });
  const tiers = (school.profile.orgTiers ?? []).map((t) => t.code);
  const files: [string, string][] = [
    ["roster.csv", rosterToCsv(school.roster, tiers)],
    ...school.scales.map((scale): [string, string] => [
      `responses-${scale.id}.csv`,
      responsesToCsv(school.responses, scale),
    ]),
    ["campaign.json", `${JSON.stringify(school.campaign, null, 2)}\n`],
  ];
  for (const [name, text] of files) await writeFile(join(options.out, name), text);
  io.err(
    `${say(locale, "demo-data-written", {
      kind: say(locale, options.kind === "k12" ? "demo-kind-k12" : "demo-kind-university"),
      students: school.roster.students.length,
      term: school.campaign.term,
      seed: options.seed,
      dir: options.out,
      files: files.map(([name]) => name).join(", "),
    })}\n`,
  );
  return 0;
}
