import { writeFile } from "node:fs/promises";
import { formatCsvRow, type Locale, type ScaleDefinition } from "@psyscreen/core";
import {
  type CampaignInput,
  type CensusResponse,
  censusRecords,
  censusReport,
  censusReportDocument,
  getPreset,
  importCensus,
  type RegionProfileInput,
  renderReportHtml,
  resolveProfile,
  runCensus,
} from "@psyscreen/registry";
import { CliError } from "../cli-error";
import type { Io } from "../io";
import { loadScale, readJson } from "../load-scale";
import { say } from "../messages";
import { withRegistry } from "../open-registry";
import { readRows } from "../read-rows";
import { rosterStudent } from "../roster-student";

/** Options of `psyscreen census run`. */
export interface CensusCommandOptions {
  /** A preset id (`cn-k12`, `cn-university`) or a profile JSON file. */
  profile: string;
  campaign: string;
  roster: string;
  /** Sheet files, one scale each (the scale is read off the item columns). */
  responses: string[];
  /** When the census runs (deadlines, overdue); default now. */
  now?: string;
  /** The census report (JSON, counts only); default standard output. */
  out?: string;
  /** The census report as an offline HTML page. */
  report?: string;
  /** The follow-up list as CSV, with student ids: for the psychology teacher only. */
  followUp?: string;
  /** A SQLite registry file to import the census into (created if missing). */
  registry?: string;
  encoding?: string;
}

/** The campaign's scale whose items are all columns of a sheet file. */
function scaleOfSheet(
  file: string,
  columns: string[],
  scales: ScaleDefinition[],
  locale: Locale,
): ScaleDefinition {
  const fits = scales.filter((s) => s.items.every((item) => columns.includes(item.id)));
  if (fits.length !== 1) {
    throw new CliError(
      say(locale, "sheet-scale-unknown", {
        file,
        fits: fits.length,
        scales: scales.map((s) => s.id).join(", "),
      }),
    );
  }
  return fits[0]!;
}

/**
 * `psyscreen census run`: reads a roster, a campaign and one sheet file per scale (the
 * files `psyscreen demo-data` writes, or a school's own export in the same columns),
 * runs the census, and writes its report — counts only — as JSON, and on request as an
 * offline HTML page and the follow-up list as CSV.
 *
 * @returns 0, or 1 when the input does not fit (its issues are printed)
 */
export async function censusCommand(
  options: CensusCommandOptions,
  locale: Locale,
  io: Io,
): Promise<number> {
  const profile = (getPreset(options.profile) ??
    readJson(options.profile, locale)) as RegionProfileInput;
  const campaign = readJson(options.campaign, locale) as CampaignInput;
  const scaleIds = [...new Set(Object.values(campaign.scales ?? {}).flat())];
  const scales = scaleIds.map((id) => loadScale(id, locale));
  const roster = (await readRows(options.roster, locale, options.encoding)).map(rosterStudent);
  const gradeOf = new Map(roster.map((s) => [s.studentId, s.grade]));

  const responses: CensusResponse[] = [];
  for (const file of options.responses) {
    const rows = await readRows(file, locale, options.encoding);
    const scale = scaleOfSheet(file, Object.keys(rows[0]?.cells ?? {}), scales, locale);
    for (const { cells } of rows) {
      const status = cells.status as CensusResponse["status"];
      const grade = gradeOf.get(cells.student_id ?? "");
      // a sheet with no answers stands for every scale of the student's grade: each file
      // holds it, and it belongs only to the scales the grade answers (a student not on
      // the roster goes on, for the census to refuse by name)
      const battery = grade === undefined ? undefined : (campaign.scales?.[grade] ?? []);
      if (status !== "completed" && battery !== undefined && !battery.includes(scale.id)) continue;
      const answers: Record<string, number | string | null> = {};
      if (status === "completed") {
        for (const item of scale.items) {
          const text = cells[item.id] ?? "";
          answers[item.id] =
            text === "" ? null : Number.isFinite(Number(text)) ? Number(text) : text;
        }
      }
      responses.push({
        studentId: cells.student_id ?? "",
        scaleId: scale.id,
        status,
        ...(status === "completed" ? { answers: answers as Record<string, number | null> } : {}),
        ...(cells.started_at ? { startedAt: cells.started_at } : {}),
        ...(cells.finished_at ? { finishedAt: cells.finished_at } : {}),
      });
    }
  }

  const run = runCensus(
    { profile, campaign, roster: { students: roster }, responses, scales },
    { locale, ...(options.now ? { now: options.now } : {}) },
  );
  if (!run.success) {
    for (const issue of run.issues.slice(0, 50))
      io.err(`${issue.path.join(".")}: ${issue.message}\n`);
    io.err(`${say(locale, "census-invalid", { issues: run.issues.length })}\n`);
    return 1;
  }
  const resolved = resolveProfile(profile, []);
  if (options.registry !== undefined && resolved.success) {
    const imported = await withRegistry(
      options.registry,
      resolved.data,
      locale,
      async ({ registry }) =>
        importCensus(registry, { ...censusRecords(run.data), at: run.data.runAt }),
      { create: true },
    );
    if (!imported.success) {
      for (const issue of imported.issues.slice(0, 50)) io.err(`${issue.message}\n`);
      return 1;
    }
    io.err(
      `${say(locale, "census-imported", { file: options.registry, added: imported.added, skipped: imported.skipped })}\n`,
    );
  }
  const report = censusReport(run.data, resolved.success ? { profile: resolved.data } : {});
  const json = `${JSON.stringify(report, null, 2)}\n`;
  if (options.out === undefined || options.out === "-") io.out(json);
  else await writeFile(options.out, json);
  if (options.report) {
    await writeFile(options.report, renderReportHtml(censusReportDocument(report, locale)));
  }
  if (options.followUp) {
    const lines = [
      formatCsvRow([
        "rank",
        "student_id",
        "urgency",
        "deadline",
        "overdue",
        "tier",
        "unit",
        "role",
        "provisional_level",
        "flags",
      ]),
      ...run.data.followUp.map((f) =>
        formatCsvRow(
          [
            f.rank,
            f.studentId,
            f.urgency,
            f.deadline,
            f.overdue ? 1 : 0,
            f.tier,
            f.unit,
            f.role,
            f.provisionalLevel ?? "",
            f.flags.map((x) => `${x.scaleId}:${x.flagId}`).join(";"),
          ],
          { neutralizeFormulas: true },
        ),
      ),
    ];
    await writeFile(options.followUp, lines.join(""));
  }
  const t = report.totals;
  io.err(
    `${say(locale, "census-summary", {
      term: report.term,
      screened: t.screened,
      enrolled: t.enrolled,
      coverage: t.coverage === null ? "—" : `${(t.coverage * 100).toFixed(1)} %`,
      followUp: run.data.followUp.length,
      safety: run.data.followUp.filter((f) => f.urgency === "acute" || f.urgency === "critical")
        .length,
    })}\n`,
  );
  return 0;
}
