import * as z from "zod";
import { CodeSchema } from "./code-schema";

/** The version of the event format; a reader refuses versions it does not know. */
export const REGISTRY_EVENT_VERSION = 1;

/** The role code of events the system writes itself (census imports, provisional levels). */
export const SYSTEM_ROLE = "system";

/** A person acting in a role: their opaque id and a role code of the profile. */
export const ActorSchema = z
  .object({ actor: z.string().min(1), role: z.union([CodeSchema, z.literal(SYSTEM_ROLE)]) })
  .strict();

/** A person acting in a role. */
export type Actor = z.infer<typeof ActorSchema>;

/**
 * The fields every event carries (DOMAIN.md decision 4): its id, the student, who wrote
 * it in which role, when, and why. Ids are opaque; names never appear in events.
 */
export const eventBase = {
  v: z.literal(REGISTRY_EVENT_VERSION),
  id: z.string().min(1).max(200),
  studentId: z.string().min(1).max(200),
  actor: z.string().min(1),
  role: z.union([CodeSchema, z.literal(SYSTEM_ROLE)]),
  time: z.iso.datetime({ offset: true }),
  reason: z.string().min(1),
};

/**
 * The fields of a decision that §9 of domain-research.md gives to named roles: who
 * proposed it, who approved it, and the earlier events (ids) it rests on.
 */
export const decisionFields = {
  proposer: ActorSchema,
  approver: ActorSchema.optional(),
  evidence: z.array(z.string().min(1)).default([]),
};
