import * as z from "zod";
import { CodeSchema } from "./code-schema";
import { eventBase } from "./event-base";
import { SCREEN_FLAG_KINDS } from "./screen-flag-kinds";

/** A census result: the scores of one scale, never the item answers. */
export const CensusResultEventSchema = z
  .object({
    ...eventBase,
    type: z.literal("census-result"),
    term: z.string().min(1),
    scaleId: z.string().min(1),
    scaleVersion: z.string().min(1),
    scores: z.record(
      z.string(),
      z.object({ value: z.number().nullable(), band: z.string().optional() }).strict(),
    ),
    flags: z.array(z.object({ id: z.string(), kind: z.enum(SCREEN_FLAG_KINDS) }).strict()),
  })
  .strict();

/** Where a flag came from: a census, a teacher's, peer's or parent's report, the student. */
export const FLAG_SOURCES = [
  "census",
  "teacher-report",
  "peer-report",
  "parent-report",
  "self-referral",
  "incident",
] as const;

/** A screen flag raised: it starts the clock of an interview (domain-research.md §9 T1). */
export const FlagRaisedEventSchema = z
  .object({
    ...eventBase,
    type: z.literal("flag-raised"),
    flagId: z.string().min(1),
    kind: z.enum(SCREEN_FLAG_KINDS).exclude(["negative"]),
    source: z.enum(FLAG_SOURCES),
    term: z.string().min(1).optional(),
    scaleId: z.string().min(1).optional(),
  })
  .strict();

/** The interview (访谈) a flag asks for, with its structured risk findings. */
export const InterviewEventSchema = z
  .object({
    ...eventBase,
    type: z.literal("interview"),
    flagIds: z.array(z.string()).optional().describe("Flags it answers; default all open."),
    risk: z
      .object({
        ideation: z.boolean(),
        plan: z.boolean(),
        means: z.boolean(),
        pastAttempt: z.boolean(),
      })
      .partial()
      .strict()
      .optional(),
    noRisk: z.boolean().describe("Whether the interview found no risk."),
    recommendedLevel: CodeSchema.optional(),
    notes: z.string().optional(),
  })
  .strict();

/** The domains an observation (他评) speaks about. */
export const OBSERVATION_DOMAINS = [
  "mood",
  "behaviour",
  "attendance",
  "academic",
  "social",
  "sleep",
] as const;

/** A teacher's or class peer supporter's observation (他评). */
export const ObservationEventSchema = z
  .object({
    ...eventBase,
    type: z.literal("observation"),
    domain: z.enum(OBSERVATION_DOMAINS),
    concern: z.enum(["none", "low", "moderate", "high"]),
    stable: z.boolean().describe("Whether the observer finds the student stable."),
    note: z.string().optional(),
  })
  .strict();

/** The kinds of family contact; an application is a guardian's written request. */
export const CONTACT_KINDS = ["home-visit", "call", "meeting", "guardian-application"] as const;

/** A home visit, call or meeting with the family (家访/家校联系). */
export const FamilyContactEventSchema = z
  .object({
    ...eventBase,
    type: z.literal("family-contact"),
    contact: z.enum(CONTACT_KINDS),
    participants: z.array(z.string().min(1)).describe("Relations or roles, not names."),
    findings: z.string().optional(),
    agreements: z.string().optional(),
  })
  .strict();

/** An experts' case conference (专家会诊). */
export const CaseConferenceEventSchema = z
  .object({
    ...eventBase,
    type: z.literal("case-conference"),
    participants: z.array(z.string().min(1)).min(1),
    question: z.string().min(1),
    conclusions: z.string().min(1),
    recommendedLevel: CodeSchema.optional(),
  })
  .strict();

/** A written analysis of a crisis case (个案分析报告). */
export const CaseReportEventSchema = z
  .object({
    ...eventBase,
    type: z.literal("case-report"),
    incidentDate: z.iso.date(),
    analysis: z.string().min(1),
  })
  .strict();

/** The kinds of external medical document. */
export const MEDICAL_DOCUMENT_KINDS = [
  "diagnosis",
  "treatment-advice",
  "fitness-for-school",
  "discharge",
] as const;

/**
 * An external medical document received (DOMAIN.md decision 5): who issued it and when,
 * and the minimum a school needs; never a diagnosis field.
 */
export const MedicalDocumentEventSchema = z
  .object({
    ...eventBase,
    type: z.literal("medical-document"),
    issuer: z.string().min(1),
    document: z.enum(MEDICAL_DOCUMENT_KINDS),
    issuedOn: z.iso.date(),
    fitnessSummary: z.string().optional().describe("What the school may act on."),
    providedBy: z.enum(["guardian", "hospital"]),
  })
  .strict();

/** A correction (DOMAIN.md decision 4): a new event that refers to an earlier one. */
export const CorrectionEventSchema = z
  .object({
    ...eventBase,
    type: z.literal("correction"),
    corrects: z.string().min(1),
    correction: z.string().min(1).describe("What was wrong and what is right."),
  })
  .strict();
