import * as z from "zod";
import { CodeSchema } from "./code-schema";
import { decisionFields, eventBase } from "./event-base";

/**
 * A change of warning level (domain-research.md §9): `level` is a level code of the
 * profile, or `null` when a review finds no risk (flagged → universal). Confirming a
 * provisional level is a level change to the same level.
 */
export const LevelChangeEventSchema = z
  .object({
    ...eventBase,
    ...decisionFields,
    type: z.literal("level-change"),
    level: CodeSchema.nullable(),
  })
  .strict();

/** A measure of a plan: what, who does it (a role) and how often. */
export const MeasureSchema = z
  .object({
    what: z.string().min(1),
    owner: CodeSchema,
    everyDays: z.number().positive(),
  })
  .strict();

/** An intervention plan (一人一案) written. */
export const PlanCreatedEventSchema = z
  .object({
    ...eventBase,
    type: z.literal("plan-created"),
    planId: z.string().min(1),
    goals: z.array(z.string().min(1)).min(1),
    measures: z.array(MeasureSchema).min(1),
    safetyPlan: z
      .object({
        meansRestriction: z.string().optional(),
        supervision: z.string().optional(),
        contacts: z.array(z.string()).describe("Roles or services to call, not names."),
      })
      .strict()
      .optional(),
    reviewOn: z.iso.date(),
  })
  .strict();

/** A plan reviewed: whether its goals are met and when it is reviewed next. */
export const PlanReviewedEventSchema = z
  .object({
    ...eventBase,
    type: z.literal("plan-reviewed"),
    planId: z.string().min(1),
    goalsMet: z.boolean(),
    nextReviewOn: z.iso.date().optional(),
    notes: z.string().optional(),
  })
  .strict();

/** A referral (转介) made: key or crisis → referred (T6). */
export const ReferralMadeEventSchema = z
  .object({
    ...eventBase,
    ...decisionFields,
    type: z.literal("referral-made"),
    referralId: z.string().min(1),
    institution: z.string().min(1),
    channel: z.enum(["green", "ordinary"]),
    urgency: z.enum(["routine", "urgent", "emergency"]),
  })
  .strict();

/** The statuses a referral moves through after it is made. */
export const REFERRAL_STATUSES = [
  "made",
  "accepted",
  "attended",
  "feedback-received",
  "declined",
  "closed",
] as const;

/** A referral's status changed (e.g. the hospital's feedback received). */
export const ReferralStatusEventSchema = z
  .object({
    ...eventBase,
    type: z.literal("referral-status"),
    referralId: z.string().min(1),
    status: z.enum(REFERRAL_STATUSES).exclude(["made"]),
  })
  .strict();

/** A leave of absence (休学) approved: key or crisis → on-leave (T12). */
export const LeaveEventSchema = z
  .object({
    ...eventBase,
    ...decisionFields,
    type: z.literal("leave"),
    expectedReturn: z.iso.date().optional(),
  })
  .strict();

/** An application to return (复学) received: on-leave → return-review (T13). */
export const ReturnApplicationEventSchema = z
  .object({
    ...eventBase,
    ...decisionFields,
    type: z.literal("return-application"),
  })
  .strict();

/** Why a file closes (T10, T14). */
export const CLOSE_REASONS = ["follow-up-complete", "graduation", "transfer"] as const;

/**
 * The end of a student's time on the list: `exit` (watch → monitor-after-exit, T9) or
 * `close` (monitor-after-exit → closed, T10; any → closed on leaving school, T14).
 */
export const ExitEventSchema = z
  .object({
    ...eventBase,
    ...decisionFields,
    type: z.literal("exit"),
    step: z.enum(["exit", "close"]),
    closeReason: z.enum(CLOSE_REASONS).optional(),
  })
  .strict()
  .refine((e) => (e.step === "close") === (e.closeReason !== undefined), {
    message: "a close needs a closeReason, an exit none",
    path: ["closeReason"],
  });
