import type { FlagKind, LocalizedText } from "@psyscreen/core";
import type { CensusResult, CoverageCell, PrevalenceCell } from "./census-result";
import type { RegionProfile } from "./region-profile-schema";
import type { ReportDocument, ReportSection } from "./report-document";
import { type ReportMessageKey, reportMessage } from "./report-messages";
import { SCREEN_OUTCOMES } from "./screen-outcome";
import { suppressedCount } from "./suppressed-count";

/** One term's headline figures, the points of the semester trend. */
export interface CensusHeadline {
  term: string;
  /** Screened / targeted over the whole census. */
  coverage: number | null;
  /** Per scale and flag kind, the share of screened students flagged (null: suppressed). */
  rates: { scaleId: string; kind: FlagKind; rate: number | null }[];
}

/** Counts for a report, each null when under the small-cell threshold. */
export interface FollowUpCounts {
  students: number | null;
  overdue: number | null;
  byUrgency: { kind: FlagKind; students: number | null }[];
}

/**
 * A census as a report: counts only — coverage per unit, follow-up counts, prevalence
 * with small cells suppressed, the trend over terms — and nothing about any one student.
 * Versioned JSON; `censusReportHtml` renders it.
 */
export interface CensusReport {
  format: "psyscreen-census-report";
  version: 1;
  campaignId: string;
  term: string;
  profile: { id: string; version: string };
  runAt: string;
  /** The tiers reported, from the student's unit upwards, with labels when known. */
  tiers: { code: string; label?: LocalizedText }[];
  minCellSize: number;
  /** The whole census (the sum over the top tier's units). */
  totals: Omit<CoverageCell, "tier" | "unit">;
  coverage: CoverageCell[];
  followUp: FollowUpCounts;
  prevalence: PrevalenceCell[];
  headline: CensusHeadline;
  /** Earlier terms' headlines (from `history`) then this one's, in term order. */
  trend: CensusHeadline[];
}

/** Options of `censusReport`. */
export interface CensusReportOptions {
  /** The profile the census ran with, for tier labels. */
  profile?: RegionProfile;
  /** Earlier census reports of the same school, for the semester trend. */
  history?: readonly CensusReport[];
}

/** Flag kinds from most to least urgent: the screen outcomes that are flags. */
const URGENCY = SCREEN_OUTCOMES.filter(
  (o): o is FlagKind => o !== "negative" && o !== "not-screened",
);

/**
 * Builds the census report of a census result: the figures a school leader, a county
 * centre or a monthly dispatch needs, as counts, with every count under the profile's
 * small-cell threshold suppressed (prevalence cells as `runCensus` suppressed them;
 * follow-up counts here).
 *
 * @param result - a census result (`runCensus(...).data`)
 * @param options - the profile for tier labels, earlier reports for the trend
 * @returns the report
 * @example
 * censusReport(run.data).totals.coverage // => 0.9368055555555556
 */
export function censusReport(
  result: CensusResult,
  options: CensusReportOptions = {},
): CensusReport {
  const top = result.tiers.at(-1)!;
  const topCells = result.coverage.filter((c) => c.tier === top);
  const sum = (key: keyof CoverageCell) =>
    topCells.reduce((acc, c) => acc + (typeof c[key] === "number" ? (c[key] as number) : 0), 0);
  const enrolled = sum("enrolled");
  const screened = sum("screened");
  const exempt = sum("exempt");
  const target = topCells[0]?.target ?? 0;
  const coverage = enrolled === 0 ? null : screened / enrolled;
  const totals: CensusReport["totals"] = {
    enrolled,
    screened,
    partial: sum("partial"),
    absent: sum("absent"),
    refused: sum("refused"),
    exempt,
    notReached: sum("notReached"),
    notTargeted: sum("notTargeted"),
    coverage,
    coverageOfEligible: enrolled - exempt === 0 ? null : screened / (enrolled - exempt),
    target,
    targetMet: topCells.every((c) => c.targetMet),
  };
  const small = (n: number) => suppressedCount(n, result.minCellSize);
  const followUp: FollowUpCounts = {
    students: small(result.followUp.length),
    overdue: small(result.followUp.filter((f) => f.overdue).length),
    byUrgency: URGENCY.map((kind) => ({
      kind,
      students: small(result.followUp.filter((f) => f.urgency === kind).length),
    })).filter((row) => row.students !== 0),
  };
  const headline: CensusHeadline = {
    term: result.term,
    coverage,
    rates: result.prevalence
      .filter((p) => p.tier === top)
      .map((p) => ({ scaleId: p.scaleId, kind: p.kind, rate: p.rate })),
  };
  const trend = [...(options.history ?? []).map((r) => r.headline), headline]
    .filter((h, i, all) => all.findIndex((o) => o.term === h.term) === i)
    .sort((a, b) => a.term.localeCompare(b.term));
  const labels = new Map(options.profile?.orgTiers.map((t) => [t.code, t.label]) ?? []);
  return {
    format: "psyscreen-census-report",
    version: 1,
    campaignId: result.campaignId,
    term: result.term,
    profile: result.profile,
    runAt: result.runAt,
    tiers: result.tiers.map((code) => {
      const label = labels.get(code);
      return label ? { code, label } : { code };
    }),
    minCellSize: result.minCellSize,
    totals,
    coverage: result.coverage,
    followUp,
    prevalence: result.prevalence,
    headline,
    trend,
  };
}

type Locale = "en" | "zh-CN";

/**
 * The census report as a document in one locale: summary, coverage per unit at every
 * tier (bars against the target), follow-up counts, prevalence per unit, and the trend.
 *
 * @example
 * censusReportDocument(report, "zh-CN").title // => "2026-2027-1 心理健康普查报告"
 */
export function censusReportDocument(report: CensusReport, locale: Locale): ReportDocument {
  const t = (key: ReportMessageKey, params?: Record<string, string | number>) =>
    reportMessage(locale, key, params);
  const pct = (v: number | null) => (v === null ? "—" : `${(v * 100).toFixed(1)} %`);
  const count = (v: number | null) => (v === null ? `< ${report.minCellSize}` : String(v));
  const kind = (k: FlagKind) => t(`kind-${k}` as ReportMessageKey);
  const tierLabel = (code: string) => {
    const label = report.tiers.find((x) => x.code === code)?.label;
    return label?.[locale] ?? label?.en ?? code;
  };
  const totals = report.totals;
  const sections: ReportSection[] = [
    {
      kind: "facts",
      title: t("summary"),
      facts: [
        { label: t("enrolled"), value: String(totals.enrolled) },
        { label: t("screened"), value: String(totals.screened) },
        { label: t("coverage"), value: pct(totals.coverage) },
        { label: t("target"), value: pct(totals.target) },
        { label: t("target-met"), value: t(totals.targetMet ? "yes" : "no") },
        { label: t("partial"), value: String(totals.partial) },
        { label: t("absent"), value: String(totals.absent) },
        { label: t("refused"), value: String(totals.refused) },
        { label: t("exempt"), value: String(totals.exempt) },
        { label: t("not-reached"), value: String(totals.notReached) },
      ],
    },
  ];
  // coverage per unit, from the top tier down to the student's unit
  for (const tier of [...report.tiers].reverse().slice(1)) {
    const cells = report.coverage.filter((c) => c.tier === tier.code && c.enrolled > 0);
    sections.push({
      kind: "bars",
      title: t("coverage-per", { tier: tierLabel(tier.code) }),
      unit: "share",
      target: totals.target,
      bars: cells.map((c) => ({
        label: c.unit,
        value: c.coverage,
        display: `${pct(c.coverage)} (${c.screened}/${c.enrolled})`,
        short: !c.targetMet,
      })),
      note: t("coverage-note"),
    });
  }
  sections.push({
    kind: "table",
    title: t("follow-up"),
    columns: [t("urgency"), t("students")],
    rows: [
      [t("follow-up-students"), count(report.followUp.students)],
      [t("follow-up-overdue"), count(report.followUp.overdue)],
      ...report.followUp.byUrgency.map((row) => [kind(row.kind), count(row.students)]),
    ],
    note: t("suppression-note", { n: report.minCellSize }),
  });
  // prevalence one tier above the student's unit (grade at K-12), where cells are larger
  const prevalenceTier = report.tiers[Math.min(1, report.tiers.length - 1)]!.code;
  sections.push({
    kind: "table",
    title: t("prevalence-per", { tier: tierLabel(prevalenceTier) }),
    columns: [t("unit"), t("scale"), t("kind"), t("screened"), t("count"), t("rate")],
    rows: report.prevalence
      .filter((p) => p.tier === prevalenceTier)
      .map((p) => [
        p.unit,
        p.scaleId,
        kind(p.kind),
        p.screened,
        p.count === null ? t("suppressed") : p.count,
        p.count === null ? "—" : pct(p.rate),
      ]),
    note: t("suppression-note", { n: report.minCellSize }),
  });
  if (report.trend.length > 1) {
    const series = [{ name: t("trend-coverage"), values: report.trend.map((h) => h.coverage) }];
    const keys = [
      ...new Set(report.trend.flatMap((h) => h.rates.map((r) => `${r.scaleId}|${r.kind}`))),
    ];
    for (const key of keys) {
      const [scaleId, k] = key.split("|") as [string, FlagKind];
      series.push({
        name: t("trend-rate", { scale: scaleId, kind: kind(k) }),
        values: report.trend.map(
          (h) => h.rates.find((r) => r.scaleId === scaleId && r.kind === k)?.rate ?? null,
        ),
      });
    }
    sections.push({
      kind: "trend",
      title: t("trend"),
      unit: "share",
      labels: report.trend.map((h) => h.term),
      series,
    });
  }
  return {
    title: t("census-title", { term: report.term }),
    subtitle: t("census-subtitle", {
      campaign: report.campaignId,
      profile: report.profile.id,
      version: report.profile.version,
      date: report.runAt.slice(0, 10),
    }),
    lang: locale,
    footer: t("footer"),
    sections,
  };
}
