export { type Basis, BasisSchema } from "./basis-schema";
// census
export { type Campaign, type CampaignInput, CampaignSchema } from "./campaign-schema";
export { carelessIndicators } from "./careless-indicators";
export { CARELESS_DEFAULTS, type CarelessOptions } from "./careless-options";
export { censusRecords } from "./census-records";
export {
  type CensusHeadline,
  type CensusReport,
  type CensusReportOptions,
  censusReport,
  censusReportDocument,
  type FollowUpCounts,
} from "./census-report";
export {
  type CensusResponse,
  CensusResponseSchema,
  RESPONSE_STATUSES,
  type ResponseStatus,
} from "./census-response-schema";
export type {
  CarelessIndicator,
  CensusFlag,
  CensusRecords,
  CensusResult,
  CensusScaleOutcome,
  CensusStudent,
  Confidence,
  CoverageCell,
  FollowUpEntry,
  PrevalenceCell,
  ScreenOutcome,
  StudentCensusStatus,
  Suppression,
  TransitionMatrix,
} from "./census-result";
export { CODE_PATTERN, CodeSchema } from "./code-schema";
export { confidenceOf } from "./confidence-of";
export type { ConsentBand } from "./consent-band-schema";
export {
  CONSENT_MODES,
  CONSENT_SCOPES,
  type ConsentMode,
  type ConsentScope,
} from "./consent-modes";
export { EXIT_CRITERIA, type ExitCriterionKind, type ExitPolicy } from "./exit-policy-schema";
export { FAMILY_FLAG_LABELS, FAMILY_FLAGS, type FamilyFlag } from "./family-flags";
export type { FollowUp } from "./follow-up-schema";
export { REGISTRY_MESSAGES } from "./issue-messages";
export { mergeProfiles } from "./merge-profiles";
export type { OrgTier } from "./org-tier-schema";
export { CN_K12, CN_UNIVERSITY, getPreset, PRESETS } from "./presets";
export {
  type DeepPartial,
  type ProfileOverride,
  type RegionProfile,
  type RegionProfileInput,
  RegionProfileSchema,
} from "./region-profile-schema";
export {
  type RegistryIssue,
  type RegistryIssueCode,
  registryIssueMessage,
} from "./registry-issue";
export {
  LEVEL_STATUSES,
  type LevelStatus,
  REGISTRY_STATUSES,
  type RegistryStatus,
  STATUS_TRANSITIONS,
  type StatusTransition,
} from "./registry-status";
export { renderReportHtml } from "./render-report-html";
export type { ReportBar, ReportDocument, ReportFact, ReportSection } from "./report-document";
export { REPORT_MESSAGES, type ReportMessageKey, reportMessage } from "./report-messages";
export { resolveProfile } from "./resolve-profile";
export type { Role } from "./role-schema";
export {
  AGE_BANDS,
  type AgeBand,
  type Roster,
  RosterSchema,
  type RosterStudent,
  RosterStudentSchema,
  StudentIdSchema,
} from "./roster-schema";
export { routeFlag } from "./route-flag";
export { type RoutingRule, routingKey } from "./routing-rule-schema";
export { type CensusOptions, type CensusRunResult, runCensus } from "./run-census";
export {
  SAFETY_DEADLINE_HOURS,
  SAFETY_FLAG_KINDS,
  SCREEN_FLAG_KINDS,
  type ScreenFlagKind,
} from "./screen-flag-kinds";
export { SCREEN_OUTCOMES, screenOutcome } from "./screen-outcome";
export type { Source } from "./source-schema";
export { isTerm, TermSchema } from "./term-schema";
export { EVIDENCE_KINDS, type EvidenceKind, type TransitionRule } from "./transition-rule-schema";
export {
  type CensusInput,
  type CensusInputResult,
  type ValidCensusInput,
  validateCensusInput,
} from "./validate-census-input";
export { type ProfileOptions, type ProfileResult, validateProfile } from "./validate-profile";
export {
  ACCESS_LEVELS,
  type AccessLevel,
  DATA_CATEGORIES,
  type DataCategory,
  ROLE_KINDS,
  type RoleKind,
} from "./visibility-levels";
export type { VisibilityCell, VisibilityRow } from "./visibility-schema";
export type { WarningLevel } from "./warning-level-schema";
