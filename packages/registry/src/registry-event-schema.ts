import * as z from "zod";
import {
  ExitEventSchema,
  LeaveEventSchema,
  LevelChangeEventSchema,
  PlanCreatedEventSchema,
  PlanReviewedEventSchema,
  ReferralMadeEventSchema,
  ReferralStatusEventSchema,
  ReturnApplicationEventSchema,
} from "./decision-event-schemas";
import {
  CaseConferenceEventSchema,
  CaseReportEventSchema,
  CensusResultEventSchema,
  CorrectionEventSchema,
  FamilyContactEventSchema,
  FlagRaisedEventSchema,
  InterviewEventSchema,
  MedicalDocumentEventSchema,
  ObservationEventSchema,
} from "./record-event-schemas";

/**
 * One event of a student's file (一生一册), versioned (`v`) and told apart by `type`.
 * Files are append-only: a correction is a new event that refers to an earlier one.
 */
export const RegistryEventSchema = z.discriminatedUnion("type", [
  CensusResultEventSchema,
  FlagRaisedEventSchema,
  InterviewEventSchema,
  ObservationEventSchema,
  FamilyContactEventSchema,
  LevelChangeEventSchema,
  PlanCreatedEventSchema,
  PlanReviewedEventSchema,
  ReferralMadeEventSchema,
  ReferralStatusEventSchema,
  CaseConferenceEventSchema,
  CaseReportEventSchema,
  MedicalDocumentEventSchema,
  LeaveEventSchema,
  ReturnApplicationEventSchema,
  ExitEventSchema,
  CorrectionEventSchema,
]);

/** An event as stored (defaults filled in). */
export type RegistryEvent = z.infer<typeof RegistryEventSchema>;
/** An event as written by a host (`evidence` may be left out). */
export type RegistryEventInput = z.input<typeof RegistryEventSchema>;
/** The type of an event. */
export type RegistryEventType = RegistryEvent["type"];
/** The event of one type. */
export type EventOf<T extends RegistryEventType> = Extract<RegistryEvent, { type: T }>;

/** Every event type, in the order of the union. */
export const REGISTRY_EVENT_TYPES = RegistryEventSchema.options.map(
  (o) => o.shape.type.value,
) as RegistryEventType[];
