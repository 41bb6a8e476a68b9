import type { LocalizedText } from "@psyscreen/core";
import type { CensusReport } from "./census-report";
import { foldEvents } from "./fold-events";
import { OVERDUE_KINDS, type OverdueOptions, overdue } from "./overdue";
import type { RegionProfile } from "./region-profile-schema";
import { ON_LIST_STATUSES, type RegistryStatus } from "./registry-status";
import type { ReportDocument, ReportSection } from "./report-document";
import { type ReportMessageKey, reportMessage } from "./report-messages";
import type { StudentFile } from "./student-file";
import { suppressedCount } from "./suppressed-count";

const ON_LIST: readonly RegistryStatus[] = ON_LIST_STATUSES;

/**
 * The monthly dispatch report (每月调度) of a school or region: counts only, each under
 * the profile's small-cell threshold suppressed (`null`). Versioned JSON.
 */
export interface MonthlyReport {
  format: "psyscreen-monthly-report";
  version: 1;
  /** `YYYY-MM`. */
  month: string;
  /** The month's first instant and the next month's, in UTC. */
  from: string;
  to: string;
  profile: { id: string; version: string };
  minCellSize: number;
  /** Files on the list at the month's end per warning level, most serious first. */
  levels: {
    code: string;
    label: LocalizedText;
    colour: string;
    files: number | null;
    /** Of them, provisional levels still awaiting their review. */
    provisional: number | null;
  }[];
  /** Students who came onto the list (a warning level) during the month, new or again. */
  opened: number | null;
  /** Students who left the list during the month (to monitoring, universal or closed). */
  left: number | null;
  /** Files closed during the month. */
  closed: number | null;
  /** Overdue work at the month's end, by kind. */
  overdue: { kind: (typeof OVERDUE_KINDS)[number]; items: number | null }[];
  referrals: {
    /** Made during the month. */
    made: number | null;
    /** Open at the month's end with no feedback from the institution yet. */
    awaitingFeedback: number | null;
  };
  /** Students on the list at the month's end, and how many had a family contact since `termStart`. */
  familyContact: { onList: number | null; contacted: number | null; coverage: number | null };
  /** The term's census, when its report is given. */
  census?: { term: string; enrolled: number; screened: number; coverage: number | null };
}

/** Options of `monthlyReport`. */
export interface MonthlyReportOptions {
  profile: RegionProfile;
  /** `YYYY-MM`. */
  month: string;
  /** The current term's start, for family-contact coverage and overdue contacts. */
  termStart?: string;
  /** The term's census report, for its coverage. */
  census?: CensusReport;
  /** Passed on to `overdue` (referral feedback days). */
  overdue?: Omit<OverdueOptions, "termStart">;
}

/**
 * Builds the monthly dispatch report (DOMAIN.md: counts by level, new and closed files,
 * overdue follow-ups, referrals, census and family-contact coverage) from the students'
 * files, each refolded from its history as it stood at the month's end — so a report
 * for last month is the same whenever it is run.
 *
 * @param files - the students' files (`registry.files()`)
 * @param options - profile, month, term start, census report
 * @returns the report
 * @throws RangeError when `month` is not `YYYY-MM`
 * @example
 * monthlyReport(await registry.files(), { profile, month: "2026-10" }).levels[0].code // => "red"
 */
export function monthlyReport(
  files: readonly StudentFile[],
  options: MonthlyReportOptions,
): MonthlyReport {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(options.month);
  if (!match) throw new RangeError(`month must be YYYY-MM, not "${options.month}"`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const from = new Date(Date.UTC(year, month - 1, 1)).toISOString();
  const to = new Date(Date.UTC(year, month, 1)).toISOString();
  const inMonth = (time: string) => time >= from && time < to;
  const { profile } = options;
  const minCellSize = profile.reporting.minCellSize;
  const small = (n: number) => suppressedCount(n, minCellSize);

  // each file as it stood at the month's end
  const atEnd = files.map((file) =>
    foldEvents(
      profile,
      file.history.filter((e) => Date.parse(e.time) < Date.parse(to)),
      file.studentId,
    ),
  );
  const onList = atEnd.filter((f) => ON_LIST.includes(f.status));
  const steps = atEnd.flatMap((f) => f.levelHistory.filter((s) => inMonth(s.time)));
  const overdueItems = atEnd.flatMap((f) =>
    overdue(f, to, {
      ...options.overdue,
      ...(options.termStart ? { termStart: options.termStart } : {}),
    }),
  );
  const levels = [...profile.warningLevels]
    .sort((a, b) => b.severityRank - a.severityRank)
    .map((level) => {
      const here = onList.filter((f) => f.level === level.code);
      return {
        code: level.code,
        label: level.label,
        colour: level.colour,
        files: small(here.length),
        provisional: small(here.filter((f) => f.provisional).length),
      };
    });
  const referrals = atEnd.flatMap((f) => f.referrals);
  const contacted =
    options.termStart === undefined
      ? null
      : onList.filter(
          (f) =>
            f.lastFamilyContactAt !== null &&
            Date.parse(f.lastFamilyContactAt) >= Date.parse(options.termStart!),
        ).length;
  const census = options.census;
  return {
    format: "psyscreen-monthly-report",
    version: 1,
    month: options.month,
    from,
    to,
    profile: { id: profile.id, version: profile.version },
    minCellSize,
    levels,
    opened: small(
      new Set(
        steps
          .filter((s) => !ON_LIST.includes(s.from) && ON_LIST.includes(s.to))
          .map((s) => s.eventId),
      ).size,
    ),
    left: small(steps.filter((s) => ON_LIST.includes(s.from) && !ON_LIST.includes(s.to)).length),
    closed: small(steps.filter((s) => s.to === "closed").length),
    overdue: OVERDUE_KINDS.map((kind) => ({
      kind,
      items: small(overdueItems.filter((o) => o.kind === kind).length),
    })),
    referrals: {
      made: small(referrals.filter((r) => inMonth(r.madeAt)).length),
      awaitingFeedback: small(
        referrals.filter((r) => r.feedbackAt === undefined && r.status !== "closed").length,
      ),
    },
    familyContact: {
      onList: small(onList.length),
      contacted: contacted === null ? null : small(contacted),
      coverage: contacted === null || onList.length === 0 ? null : contacted / onList.length,
    },
    ...(census
      ? {
          census: {
            term: census.term,
            enrolled: census.totals.enrolled,
            screened: census.totals.screened,
            coverage: census.totals.coverage,
          },
        }
      : {}),
  };
}

/**
 * The monthly report as a document in one locale: summary, files per warning level,
 * overdue work, referrals and family contact.
 *
 * @example
 * monthlyReportDocument(report, "zh-CN").title // => "2026-10 心理健康工作月度调度"
 */
export function monthlyReportDocument(
  report: MonthlyReport,
  locale: "en" | "zh-CN",
): ReportDocument {
  const t = (key: ReportMessageKey, params?: Record<string, string | number>) =>
    reportMessage(locale, key, params);
  const count = (v: number | null) => (v === null ? `< ${report.minCellSize}` : String(v));
  const pct = (v: number | null) => (v === null ? "—" : `${(v * 100).toFixed(1)} %`);
  const facts = [
    { label: t("monthly-on-list"), value: count(report.familyContact.onList) },
    { label: t("monthly-opened"), value: count(report.opened) },
    { label: t("monthly-left"), value: count(report.left) },
    { label: t("monthly-closed"), value: count(report.closed) },
    { label: t("monthly-referrals-made"), value: count(report.referrals.made) },
    { label: t("monthly-referrals-waiting"), value: count(report.referrals.awaitingFeedback) },
    { label: t("monthly-family-coverage"), value: pct(report.familyContact.coverage) },
  ];
  if (report.census) {
    facts.push({
      label: t("monthly-census-coverage", { term: report.census.term }),
      value: `${pct(report.census.coverage)} (${report.census.screened}/${report.census.enrolled})`,
    });
  }
  const sections: ReportSection[] = [
    { kind: "facts", title: t("summary"), facts },
    {
      kind: "bars",
      title: t("monthly-levels"),
      unit: "count",
      bars: report.levels.map((l) => ({
        label: l.label[locale] ?? l.label.en ?? l.code,
        value: l.files,
        colour: l.colour,
        display:
          l.files === null
            ? count(null)
            : `${l.files}${l.provisional ? ` (${t("monthly-provisional", { n: l.provisional })})` : ""}`,
      })),
      note: t("suppression-note", { n: report.minCellSize }),
    },
    {
      kind: "table",
      title: t("monthly-overdue"),
      columns: [t("monthly-work"), t("monthly-items")],
      rows: report.overdue.map((o) => [t(`overdue-${o.kind}` as ReportMessageKey), count(o.items)]),
    },
  ];
  return {
    title: t("monthly-title", { month: report.month }),
    subtitle: t("monthly-subtitle", {
      profile: report.profile.id,
      version: report.profile.version,
      from: report.from.slice(0, 10),
      to: report.to.slice(0, 10),
    }),
    lang: locale,
    footer: t("footer"),
    sections,
  };
}
