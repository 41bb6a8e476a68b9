import type { Locale } from "@psyscreen/core";
import {
  type CensusReport,
  censusReportDocument,
  monthlyReport,
  monthlyReportDocument,
  type ReportDocument,
  renderReportHtml,
  reportRows,
  reportToCsv,
} from "@psyscreen/registry";
import { CliError } from "../cli-error";
import type { Io } from "../io";
import { readJson } from "../load-scale";
import { say } from "../messages";
import { withRegistry } from "../open-registry";
import { writeSheet, writeText } from "../output/write-sheet";

/** The formats a report is written in. */
export type ReportFormat = "json" | "html" | "csv" | "xlsx";

/** Options of `psyscreen report census`. */
export interface CensusReportCommandOptions {
  /** The census report JSON that `psyscreen census run --out` wrote. */
  census: string;
  format: ReportFormat;
  out?: string;
}

/** Options of `psyscreen report monthly`. */
export interface MonthlyReportCommandOptions {
  registry: string;
  profile: string;
  /** `YYYY-MM`. */
  month: string;
  termStart?: string;
  /** The term's census report JSON, for its coverage. */
  census?: string;
  format: ReportFormat;
  out?: string;
}

/** A census report JSON as the census run writes it, checked by format and version. */
function readCensusReport(file: string, locale: Locale): CensusReport {
  const json = readJson(file, locale) as Partial<CensusReport> | null;
  if (json?.format !== "psyscreen-census-report" || json.version !== 1) {
    throw new CliError(say(locale, "census-report-invalid", { file }));
  }
  return json as CensusReport;
}

/** Writes a report as JSON (the data), an offline HTML page, or a CSV/XLSX summary. */
async function writeReport(
  data: unknown,
  doc: ReportDocument,
  options: { format: ReportFormat; out?: string },
  io: Io,
  locale: Locale,
): Promise<void> {
  switch (options.format) {
    case "json":
      return writeText(`${JSON.stringify(data, null, 2)}\n`, options.out, io);
    case "html":
      return writeText(renderReportHtml(doc), options.out, io);
    case "csv":
      return writeText(reportToCsv(doc), options.out, io);
    case "xlsx":
      return writeSheet(reportRows(doc), "xlsx", options.out, io, locale, "report");
  }
}

/**
 * `psyscreen report census`: the census report that `census run --out` wrote, as an
 * offline HTML page or a CSV/XLSX summary in the chosen language (counts only).
 *
 * @returns 0
 */
export async function censusReportCommand(
  options: CensusReportCommandOptions,
  locale: Locale,
  io: Io,
): Promise<number> {
  const report = readCensusReport(options.census, locale);
  await writeReport(report, censusReportDocument(report, locale), options, io, locale);
  return 0;
}

/**
 * `psyscreen report monthly`: the monthly dispatch report (每月调度) of a registry —
 * counts by level, new and closed files, overdue work, referrals, family-contact and
 * census coverage — each file as it stood at the month's end, small cells suppressed.
 *
 * @returns 0
 */
export async function monthlyReportCommand(
  options: MonthlyReportCommandOptions,
  locale: Locale,
  io: Io,
): Promise<number> {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(options.month)) {
    throw new CliError(say(locale, "month-invalid", { value: options.month }));
  }
  const census =
    options.census === undefined ? undefined : readCensusReport(options.census, locale);
  return withRegistry(options.registry, options.profile, locale, async ({ registry, profile }) => {
    const report = monthlyReport(await registry.files(), {
      profile,
      month: options.month,
      ...(options.termStart === undefined ? {} : { termStart: options.termStart }),
      ...(census === undefined ? {} : { census }),
    });
    await writeReport(report, monthlyReportDocument(report, locale), options, io, locale);
    return 0;
  });
}
