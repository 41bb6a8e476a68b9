import * as z from "zod";
import { BasisSchema } from "./basis-schema";
import { CodeSchema } from "./code-schema";
import { REGISTRY_STATUSES } from "./registry-status";

/** Evidence a transition needs before it is approved. */
export const EVIDENCE_KINDS = [
  "interview",
  "observation",
  "family-contact",
  "plan",
  "rescreen",
  "case-conference-or-clinician",
  "medical-document",
  "guardian-application",
] as const;

/** A kind of evidence. */
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/**
 * Who may propose and who must approve one transition of the status machine
 * (domain-research.md §9), and what it needs.
 */
export const TransitionRuleSchema = z
  .object({
    from: z.enum([...REGISTRY_STATUSES, "*"]),
    to: z.enum(REGISTRY_STATUSES),
    propose: z.array(CodeSchema).describe("Roles that may propose it."),
    approve: z
      .array(CodeSchema)
      .describe("Roles one of which must approve it; empty: the proposal takes effect."),
    fourEyes: z
      .boolean()
      .optional()
      .describe("The approver must be a different person from the proposer."),
    automatic: z
      .boolean()
      .optional()
      .describe("The system may make it (a census result, a provisional level)."),
    requires: z.array(z.enum(EVIDENCE_KINDS)).optional(),
    basis: BasisSchema.optional(),
  })
  .strict();

/** A transition rule. */
export type TransitionRule = z.infer<typeof TransitionRuleSchema>;
