import type { Locale } from "@psyscreen/core";
import { type Command, Option } from "commander";
import type { RegistryReadOptions } from "./commands/registry-read-options";
import { EXPORT_KEY_VARIABLE } from "./export-key-variable";
import type { Io } from "./io";
import { parseTime } from "./parse-time";

type Options = Record<string, unknown>;

/** The options of a command, without those left unset. */
function given<K extends string>(options: Options, ...keys: K[]): Partial<Record<K, string>> {
  return Object.fromEntries(
    keys.filter((k) => options[k] !== undefined).map((k) => [k, options[k] as string]),
  ) as Partial<Record<K, string>>;
}

/** Adds the options every registry command takes: the file and the profile. */
function registryFile(command: Command): Command {
  return command
    .requiredOption("--registry <file.db>", "the SQLite registry (census run --registry made it)")
    .option(
      "--profile <id|file>",
      "the profile the registry is kept under: a preset or a JSON",
      "cn-k12",
    );
}

/** Adds the options of a command that reads the registry for a role. */
function forRole(command: Command): Command {
  return registryFile(command)
    .requiredOption("--role <role>", "a role of the profile, e.g. psy-teacher, class-teacher")
    .option("--now <time>", "when to judge overdue work (ISO 8601); default now")
    .option("--term-start <date>", "the term's start: no family contact since is overdue")
    .option("--roster <file>", "the roster (unit_<tier> columns), with --unit")
    .option("--unit <unit>", "only students in this class, grade or school of the roster")
    .option("--encoding <label>", "the text encoding of the roster; default detect");
}

/** The options shared by every command that reads the registry for a role. */
function readOptions(options: Options, locale: Locale): RegistryReadOptions {
  return {
    registry: options.registry as string,
    profile: options.profile as string,
    role: options.role as string,
    now:
      options.now === undefined
        ? new Date().toISOString()
        : parseTime("--now", options.now as string, locale),
    ...(options.termStart === undefined
      ? {}
      : { termStart: parseTime("--term-start", options.termStart as string, locale) }),
    ...given(options, "roster", "unit", "encoding"),
  };
}

/**
 * Adds `registry show|view|export|append` and `report census|monthly` — thin over
 * @psyscreen/registry — to the program; each reports its exit code through `done`.
 */
export function addRegistryCommands(
  program: Command,
  locale: Locale,
  io: Io,
  env: NodeJS.ProcessEnv,
  done: (code: number) => void,
): void {
  const registry = program
    .command("registry")
    .description("The special-student registry (一生一册) / 心理档案库（一生一册）");

  forRole(
    registry
      .command("show")
      .description("One student's file as a role may see it / 按角色查看一名学生的档案")
      .argument("<student>", "the student's id")
      .addHelpText(
        "after",
        "\nExample:\n  $ psyscreen registry show S0042 --registry registry.db --role class-teacher",
      ),
  )
    .addOption(new Option("--format <format>", "output").choices(["text", "json"]).default("text"))
    .action(async (student: string, options: Options) => {
      done(
        await (await import("./commands/registry-show-command")).registryShowCommand(
          { ...readOptions(options, locale), student, format: options.format as "text" | "json" },
          locale,
          io,
        ),
      );
    });

  forRole(
    registry
      .command("view")
      .description("A role's list and counts / 按角色查看名单与统计")
      .addHelpText(
        "after",
        "\nExample:\n  $ psyscreen registry view --registry registry.db --role psy-teacher --format xlsx --out list.xlsx",
      ),
  )
    .addOption(
      new Option("--format <format>", "output")
        .choices(["text", "json", "csv", "xlsx"])
        .default("text"),
    )
    .option("--out <file>", "write to a file; default standard output (xlsx needs a file)")
    .action(async (options: Options) => {
      done(
        await (await import("./commands/registry-view-command")).registryViewCommand(
          {
            ...readOptions(options, locale),
            format: options.format as "text" | "json" | "csv" | "xlsx",
            ...given(options, "out"),
          },
          locale,
          io,
        ),
      );
    });

  registryFile(
    registry
      .command("export")
      .description("Export the events, pseudonymised by default / 导出事件（默认假名化）")
      .addHelpText(
        "after",
        `\nThe key: --key-file, or the environment variable ${EXPORT_KEY_VARIABLE}.\nExample:\n  $ psyscreen registry export --registry registry.db --key-file export.key --out events.ndjson --linkage linkage.csv`,
      ),
  )
    .option("--key-file <file>", "the pseudonym secret (at least 32 characters)")
    .option("--identified", "export real ids, in clear (only for whoever may see them)")
    .option("--keep-text", "keep free text (reasons, notes), which may name people")
    .option("--linkage <file>", "write the pseudonym → student id table to this file")
    .addOption(
      new Option("--format <format>", "output")
        .choices(["ndjson", "json", "csv", "xlsx"])
        .default("ndjson"),
    )
    .option("--out <file>", "write to a file; default standard output (xlsx needs a file)")
    .action(async (options: Options) => {
      done(
        await (await import("./commands/registry-export-command")).registryExportCommand(
          {
            registry: options.registry as string,
            profile: options.profile as string,
            format: options.format as "ndjson" | "json" | "csv" | "xlsx",
            identified: options.identified === true,
            keepText: options.keepText === true,
            ...given(options, "out", "keyFile", "linkage"),
          },
          locale,
          io,
          env,
        ),
      );
    });

  registryFile(
    registry
      .command("append")
      .description(
        "Add events: interviews, levels, plans, contacts / 追加事件：访谈、等级、方案、家校联系",
      )
      .argument("<files...>", "events as NDJSON (one a line), a JSON array, or one JSON event")
      .addHelpText(
        "after",
        "\nExample:\n  $ psyscreen registry append --registry registry.db interviews.ndjson",
      ),
  ).action(async (files: string[], options: Options) => {
    done(
      await (await import("./commands/registry-append-command")).registryAppendCommand(
        { registry: options.registry as string, profile: options.profile as string, files },
        locale,
        io,
      ),
    );
  });

  const report = program
    .command("report")
    .description("Census and monthly reports / 普查报告与月度调度报告");
  const formatOption = () =>
    new Option("--format <format>", "output")
      .choices(["json", "html", "csv", "xlsx"])
      .default("json");

  report
    .command("census")
    .description("The census report as a page or a summary / 普查报告（网页或汇总表）")
    .requiredOption("--census <file>", "the census report JSON that census run --out wrote")
    .addOption(formatOption())
    .option("--out <file>", "write to a file; default standard output (xlsx needs a file)")
    .addHelpText(
      "after",
      "\nExample:\n  $ psyscreen report census --census census.json --format xlsx --out census.xlsx",
    )
    .action(async (options: Options) => {
      done(
        await (await import("./commands/report-command")).censusReportCommand(
          {
            census: options.census as string,
            format: options.format as "json",
            ...given(options, "out"),
          },
          locale,
          io,
        ),
      );
    });

  registryFile(
    report
      .command("monthly")
      .description("The monthly dispatch report (每月调度) / 月度调度报告")
      .requiredOption("--month <YYYY-MM>", "the month")
      .option("--term-start <date>", "the term's start, for family-contact coverage")
      .option("--census <file>", "the term's census report JSON, for its coverage")
      .addOption(formatOption())
      .option("--out <file>", "write to a file; default standard output (xlsx needs a file)")
      .addHelpText(
        "after",
        "\nExample:\n  $ psyscreen report monthly --registry registry.db --month 2026-10 --format html --out 2026-10.html",
      ),
  ).action(async (options: Options) => {
    done(
      await (await import("./commands/report-command")).monthlyReportCommand(
        {
          registry: options.registry as string,
          profile: options.profile as string,
          month: options.month as string,
          format: options.format as "json",
          ...(options.termStart === undefined
            ? {}
            : { termStart: parseTime("--term-start", options.termStart as string, locale) }),
          ...given(options, "census", "out"),
        },
        locale,
        io,
      ),
    );
  });
}
