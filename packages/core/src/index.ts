/**
 * Scale definitions as data, validated; one scoring engine (`scoreResponse`, `scoreBatch`, `scaleToSql`) with explicit missing-data, rounding, norm and flag semantics; reliability and norm tables.
 *
 * @module @psyscreen/core
 */
export { type ApplyContentPackOptions, applyContentPack } from "./apply-content-pack";
export { buildNormTable, type NormSample } from "./build-norm-table";
export {
  checkFixtures,
  type FixtureCase,
  type FixtureFile,
  FixtureFileSchema,
  type FixtureOutcome,
} from "./check-fixtures";
export { isSafetyFlag, SAFETY_FLAG_KINDS } from "./check-flags";
export { type CompiledFlag, type CompiledScale, compileScale } from "./compile-scale";
export type { Condition } from "./condition-schema";
export { type ContentPack, type ContentPackInput, ContentPackSchema } from "./content-pack-schema";
export { ENGINE_FLAGS } from "./engine-flags";
export { ENGINE_VERSION } from "./engine-version";
export { escapeHtml } from "./escape-html";
export { fillTemplate } from "./fill-template";
export { type CsvRowOptions, formatCsvRow } from "./format-csv-row";
export {
  FORMULA_FUNCTIONS,
  type FormulaFunction,
  type FormulaNode,
  type ParsedFormula,
  parseFormula,
} from "./formula";
export {
  type Comparison,
  type Rounding,
  VERSION_PATTERN,
  VersionSchema,
} from "./identifier-schema";
export {
  type Issue,
  type IssueCode,
  type IssueParams,
  issueMessage,
  type MessageKey,
} from "./issue";
export {
  LOCALES,
  type Locale,
  type LocalizedText,
  LocalizedTextSchema,
  localize,
  type PartialLocalizedText,
} from "./locale";
export { neutralizeFormula } from "./neutralize-formula";
export { type NormScores, normScores } from "./norm-scores";
export type { NormGroup, NormTable } from "./norm-table-schema";
export { type ItemReliability, type ReliabilityResult, reliability } from "./reliability";
export { roundValue } from "./round-value";
export { SCORE_REASONS, type ScoreReason } from "./row-state";
export {
  type FlagDefinition,
  type ItemDefinition,
  type ResponseSet,
  type ScaleDefinition,
  type ScaleDefinitionInput,
  ScaleDefinitionSchema,
} from "./scale-definition-schema";
export { SCALE_SCHEMA_ID, scaleJsonSchema } from "./scale-json-schema";
export type {
  Answers,
  FlagKind,
  ScaleResult,
  ScoreOptions,
  ScoreResult,
  ScreenFlag,
} from "./scale-result";
export { type SqlOptions, scaleToSql } from "./scale-to-sql";
export {
  type BatchColumns,
  type BatchOptions,
  type BatchResult,
  type BatchScore,
  scoreBatch,
} from "./score-batch";
export { scoreResponse } from "./score-response";
export type { BandDefinition, ScoreDefinition } from "./score-schema";
export { selectNormTable } from "./select-norm-table";
export { SQL_DIALECTS, type SqlDialect } from "./sql-dialect";
export { sqlOutputIds } from "./sql-outputs";
export {
  isValidatedScale,
  type ValidateOptions,
  type ValidationResult,
  validateScale,
} from "./validate-scale";
export {
  namePath,
  type StructuralIssueCode,
  type TranslatedIssue,
  translateZodIssues,
  type ZodIssueNaming,
} from "./zod-issues";
