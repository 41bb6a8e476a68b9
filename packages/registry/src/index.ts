/**
 * Region profiles, the semester census, and the registry of student files (一生一册): an event log folded through a status machine, role views, reports and pseudonymised export.
 *
 * @module @psyscreen/registry
 */
export { type AggregateView, aggregateFor, type Cell } from "./aggregate-for";
export { type ApplyResult, applyEvent } from "./apply-event";
export { FLAGGING_KINDS } from "./apply-flag";
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
export { EVIDENCE_EVENTS } from "./check-decision";
export { CODE_PATTERN, CodeSchema } from "./code-schema";
export { confidenceOf } from "./confidence-of";
export type { ConsentBand } from "./consent-band-schema";
export {
  CONSENT_MODES,
  CONSENT_SCOPES,
  type ConsentMode,
  type ConsentScope,
} from "./consent-modes";
export {
  CLOSE_REASONS,
  REFERRAL_STATUSES,
} from "./decision-event-schemas";
export { type Actor, REGISTRY_EVENT_VERSION, SYSTEM_ROLE } from "./event-base";
export { EVENT_MESSAGES } from "./event-messages";
export { EXIT_CRITERIA, type ExitCriterionKind, type ExitPolicy } from "./exit-policy-schema";
export {
  EVENT_STREAM_FORMAT,
  EVENT_STREAM_VERSION,
  type EventStreamHeader,
  type EventStreamOptions,
  exportEventStream,
  linkageTable,
  readEventStream,
  WITHHELD,
} from "./export-event-stream";
export { FAMILY_FLAG_LABELS, FAMILY_FLAGS, type FamilyFlag } from "./family-flags";
export { fileOrder, foldEvents } from "./fold-events";
export type { FollowUp } from "./follow-up-schema";
export {
  type CensusImport,
  censusEvents,
  type ImportCensusOptions,
  importCensus,
} from "./import-census";
export { REGISTRY_MESSAGES } from "./issue-messages";
export { MemoryStore } from "./memory-store";
export { mergeProfiles } from "./merge-profiles";
export {
  type MonthlyReport,
  type MonthlyReportOptions,
  monthlyReport,
  monthlyReportDocument,
} from "./monthly-report";
export type { OrgTier } from "./org-tier-schema";
export {
  DEFAULT_REFERRAL_FEEDBACK_DAYS,
  OVERDUE_KINDS,
  type OverdueItem,
  type OverdueOptions,
  overdue,
} from "./overdue";
export { CN_K12, CN_UNIVERSITY, getPreset, PRESETS } from "./presets";
export { type PseudonymKey, pseudonymise, pseudonymKey } from "./pseudonymise";
export {
  CONTACT_KINDS,
  FLAG_SOURCES,
  MEDICAL_DOCUMENT_KINDS,
  OBSERVATION_DOMAINS,
} from "./record-event-schemas";
export {
  type DeepPartial,
  type ProfileOverride,
  type RegionProfile,
  type RegionProfileInput,
  RegionProfileSchema,
} from "./region-profile-schema";
export { type AppendResult, Registry, type RegistryOptions } from "./registry";
export { REGISTRY_EVENT_SCHEMA_ID, registryEventJsonSchema } from "./registry-event-json-schema";
export {
  type EventOf,
  REGISTRY_EVENT_TYPES,
  type RegistryEvent,
  type RegistryEventInput,
  RegistryEventSchema,
  type RegistryEventType,
} from "./registry-event-schema";
export {
  type RegistryIssue,
  type RegistryIssueCode,
  registryIssueMessage,
} from "./registry-issue";
export {
  LEVEL_STATUSES,
  type LevelStatus,
  ON_LIST_STATUSES,
  REGISTRY_STATUSES,
  type RegistryStatus,
  STATUS_TRANSITIONS,
  type StatusTransition,
} from "./registry-status";
export type { RegistryStore } from "./registry-store";
export { renderReportHtml } from "./render-report-html";
export type { ReportBar, ReportDocument, ReportFact, ReportSection } from "./report-document";
export { REPORT_MESSAGES, type ReportMessageKey, reportMessage } from "./report-messages";
export { type ReportRow, reportRows } from "./report-rows";
export { reportToCsv } from "./report-to-csv";
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
export {
  emptyFile,
  type LevelStep,
  type OpenFlag,
  type PlanState,
  type ReferralState,
  type StudentFile,
} from "./student-file";
export { isTerm, TermSchema } from "./term-schema";
export { EVIDENCE_KINDS, type EvidenceKind, type TransitionRule } from "./transition-rule-schema";
export {
  type CensusInput,
  type CensusInputResult,
  type ValidCensusInput,
  validateCensusInput,
} from "./validate-census-input";
export { type ProfileOptions, type ProfileResult, validateProfile } from "./validate-profile";
export { accessFor, type StudentView, VIEW_TEXT, viewFor } from "./view-for";
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
