import { type Locale, scoreResponse } from "@psyscreen/core";
import { carelessIndicators } from "./careless-indicators";
import type { CarelessOptions } from "./careless-options";
import { censusCoverage } from "./census-coverage";
import { censusPrevalence } from "./census-prevalence";
import type { CensusResponse } from "./census-response-schema";
import type {
  CensusFlag,
  CensusResult,
  CensusScaleOutcome,
  CensusStudent,
  StudentCensusStatus,
} from "./census-result";
import { censusTransitions } from "./census-transitions";
import { confidenceOf } from "./confidence-of";
import { followUpList } from "./follow-up-list";
import type { RegistryIssue } from "./registry-issue";
import { routedFlags } from "./routed-flags";
import { type CensusInput, validateCensusInput } from "./validate-census-input";

/** Options of `runCensus`. */
export interface CensusOptions {
  /** The locale of messages (issues, flags, indicators); default `en`. */
  locale?: Locale;
  /** When the census runs: deadlines of sheets without `finishedAt` count from it. Default: now. */
  now?: Date | string;
  /** Thresholds of the careless-answering indicators (see `CARELESS_DEFAULTS`). */
  careless?: Partial<CarelessOptions>;
}

/** The outcome of `runCensus`: the census, or the issues that stopped it. */
export type CensusRunResult =
  | { success: true; data: CensusResult }
  | { success: false; issues: RegistryIssue[] };

// Without a completed sheet, the student's status is the most deliberate reason given.
const REASON_ORDER = ["exempt", "refused", "absent", "not-reached"] as const;

/**
 * Runs a semester census (普查): scores every completed sheet with `scoreResponse`,
 * looks for careless answering, routes each screen flag through the profile (owner
 * tier, unit and role, interview deadline, provisional level), and gives coverage and
 * prevalence per unit at every tier (small cells suppressed), the follow-up list in
 * order of urgency and, with `previous`, the transition matrix. Careless-answering
 * indicators lower a result's confidence and never hide, move or downgrade a flag.
 * Input that does not fit (see `validateCensusInput`) stops the run with issues.
 *
 * @param input - profile, campaign, roster, responses, the scales' definitions, and
 *   optionally the previous census's records
 * @param options - `locale`, `now`, `careless` thresholds
 * @returns `{ success: true, data }` or `{ success: false, issues }`
 * @throws Error when a scale definition is invalid (from `scoreResponse`; a programmer error)
 * @throws RangeError when `now` is not a date
 * @example
 * const run = runCensus({ profile: CN_K12, campaign, roster, responses, scales: [getScale("phq-9")] });
 * run.success && run.data.followUp[0].urgency // => "critical"
 */
export function runCensus(input: CensusInput, options: CensusOptions = {}): CensusRunResult {
  const locale = options.locale ?? "en";
  const checked = validateCensusInput(input, { locale });
  if (!checked.success) return checked;
  const { profile, campaign, roster, responses, scales } = checked.data;
  const runAt = new Date(options.now ?? Date.now()).toISOString();

  const sheets = new Map<string, CensusResponse>();
  for (const r of responses) sheets.set(`${r.studentId}\u0000${r.scaleId ?? ""}`, r);
  const used = new Set(roster.students.flatMap((s) => Object.keys(s.units)));
  const tiers = profile.orgTiers
    .filter((t) => t.scope === "school" || used.has(t.code))
    .map((t) => t.code);

  const flags: CensusFlag[] = [];
  const students: CensusStudent[] = roster.students.map((entry) => {
    const battery = campaign.scales[entry.grade] ?? [];
    const outcomes = battery.map((scaleId): CensusScaleOutcome => {
      const sheet =
        sheets.get(`${entry.studentId}\u0000${scaleId}`) ?? sheets.get(`${entry.studentId}\u0000`);
      if (sheet === undefined) return { scaleId, status: "not-reached", indicators: [] };
      if (sheet.status !== "completed") return { scaleId, status: sheet.status, indicators: [] };
      const definition = scales.get(scaleId)!;
      const result = scoreResponse(definition, sheet.answers ?? {}, { locale });
      const indicators = carelessIndicators(definition, sheet, result, {
        ...options.careless,
        locale,
      });
      const confidence = confidenceOf(indicators);
      const outcome: CensusScaleOutcome = {
        scaleId,
        status: "completed",
        result,
        indicators,
        confidence,
      };
      if (sheet.startedAt !== undefined && sheet.finishedAt !== undefined) {
        outcome.durationSeconds =
          (Date.parse(sheet.finishedAt) - Date.parse(sheet.startedAt)) / 1000;
      }
      const raisedAt =
        sheet.finishedAt === undefined ? runAt : new Date(sheet.finishedAt).toISOString();
      flags.push(...routedFlags(profile, entry, result, raisedAt, confidence));
      return outcome;
    });
    const completed = outcomes.filter((o) => o.status === "completed");
    let status: StudentCensusStatus;
    if (battery.length === 0) status = "not-targeted";
    else if (completed.length > 0) status = "screened";
    else status = REASON_ORDER.find((r) => outcomes.some((o) => o.status === r))!;
    const confidences = completed.map((o) => o.confidence!);
    return {
      studentId: entry.studentId,
      term: campaign.term,
      grade: entry.grade,
      units: { ...entry.units },
      status,
      partial: completed.length > 0 && completed.length < outcomes.length,
      scales: outcomes,
      results: completed.map((o) => o.result!),
      confidence: confidences.includes("low")
        ? "low"
        : confidences.includes("medium")
          ? "medium"
          : "high",
    };
  });

  const data: CensusResult = {
    campaignId: campaign.id,
    term: campaign.term,
    profile: { id: profile.id, version: profile.version },
    scales: [...scales.values()].map((s) => ({ id: s.id, version: s.version })),
    runAt,
    tiers,
    students,
    coverage: censusCoverage(students, tiers, campaign.targetCoverage, campaign.targetBasis),
    flags,
    followUp: followUpList(flags, runAt),
    prevalence: censusPrevalence(students, tiers, profile.reporting.minCellSize),
    minCellSize: profile.reporting.minCellSize,
  };
  if (input.previous !== undefined) {
    data.transitions = censusTransitions(students, campaign.term, input.previous);
  }
  return { success: true, data };
}
