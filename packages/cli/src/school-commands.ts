import type { Locale } from "@psyscreen/core";
import { type Command, InvalidArgumentError, Option } from "commander";
import { collect } from "./collect";
import type { Io } from "./io";
import { say } from "./messages";

/**
 * Adds the commands for a school's semester — `census run` and `demo-data` — to the
 * program; each reports its exit code through `done`.
 */
export function addSchoolCommands(
  program: Command,
  locale: Locale,
  io: Io,
  done: (code: number) => void,
): void {
  const census = program.command("census").description("The semester census / 学期普查");
  census
    .command("run")
    .description(
      "Run a census: coverage, follow-up list, report / 运行普查：覆盖率、跟进名单、报告",
    )
    .addHelpText(
      "after",
      "\nExample:\n  $ psyscreen census run --profile cn-k12 --campaign demo/campaign.json --roster demo/roster.csv \\\n      --responses demo/responses-phq-9.csv --responses demo/responses-gad-7.csv --report census.html",
    )
    .requiredOption(
      "--campaign <file>",
      "the campaign JSON (term, scales per grade, window, target)",
    )
    .requiredOption(
      "--roster <file>",
      "the roster: student_id, grade, sex, birth_year, age_band, family_flags, unit_<tier>",
    )
    .requiredOption(
      "--responses <file>",
      "a sheet file of one scale (repeat for each scale)",
      collect,
      [],
    )
    .option("--profile <id|file>", "a preset (cn-k12, cn-university) or a profile JSON", "cn-k12")
    .option("--now <time>", "when the census runs (ISO 8601), for deadlines; default now")
    .option("--out <file>", "the census report as JSON (counts only); default standard output")
    .option("--report <file>", "the census report as an offline HTML page")
    .option(
      "--follow-up <file>",
      "the follow-up list as CSV, with student ids (psychology teacher only)",
    )
    .option("--encoding <label>", "the text encoding of the CSV files; default detect")
    .option("--registry <file.db>", "import the census into this SQLite registry (一生一册)")
    .action(async (options: Record<string, unknown>) => {
      const opt = (key: string) =>
        options[key] === undefined ? {} : { [key]: options[key] as string };
      done(
        await (await import("./commands/census-command")).censusCommand(
          {
            profile: options.profile as string,
            campaign: options.campaign as string,
            roster: options.roster as string,
            responses: options.responses as string[],
            ...opt("now"),
            ...opt("out"),
            ...opt("report"),
            ...opt("followUp"),
            ...opt("registry"),
            ...opt("encoding"),
          },
          locale,
          io,
        ),
      );
    });

  program
    .command("demo-data")
    .description("Write a synthetic school to try everything on / 生成虚构学校数据以供试用")
    .addHelpText("after", "\nExample:\n  $ psyscreen demo-data --students 2000 --out demo")
    .requiredOption(
      "--out <dir>",
      "the folder to write roster.csv, responses-<scale>.csv, campaign.json",
    )
    .option("--students <n>", "about how many students (classes are sized to come close)", (v) => {
      const n = Number.parseInt(v, 10);
      if (!(n > 0)) throw new InvalidArgumentError(say(locale, "not-a-count"));
      return n;
    })
    .addOption(
      new Option("--kind <kind>", "the kind of school")
        .choices(["k12", "university"])
        .default("k12"),
    )
    .option("--seed <seed>", "the same seed always gives the same school", "1")
    .option("--term <term>", "the census term, e.g. 2026-2027-1")
    .action(async (options: Record<string, unknown>) => {
      done(
        await (await import("./commands/demo-data-command")).demoDataCommand(
          {
            out: options.out as string,
            kind: options.kind as "k12" | "university",
            seed: options.seed as string,
            ...(options.students === undefined ? {} : { students: options.students as number }),
            ...(options.term === undefined ? {} : { term: options.term as string }),
          },
          locale,
          io,
        ),
      );
    });
}
