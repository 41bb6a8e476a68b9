import { randomUUID } from "node:crypto";
import { EVIDENCE_EVENTS, type StudentFile } from "@psyscreen/registry";

/** The kinds of record the file page's forms write. */
export const FORM_KINDS = ["interview", "level-change", "plan-created", "referral-made"] as const;

/** A kind of record the forms write. */
export type FormKind = (typeof FORM_KINDS)[number];

const EVIDENCE_TYPES = new Set<string>(Object.values(EVIDENCE_EVENTS).flat());

/**
 * The registry event a staff form asks for, as written by the role (actor `demo-<role>`);
 * decisions cite the file's evidence events (interviews, observations, plans …) and name
 * an approver when the form gives one. The registry judges it: this builds, never checks.
 *
 * @param kind - the form
 * @param form - the form's fields
 * @param role - the role writing
 * @param file - the student's file
 * @param now - the time of the record
 * @returns the event as written
 */
export function staffEvent(
  kind: FormKind,
  form: Record<string, string | undefined>,
  role: string,
  file: StudentFile,
  now: Date,
): Record<string, unknown> {
  const base = {
    v: 1,
    id: `portal/${kind}/${randomUUID()}`,
    studentId: file.studentId,
    actor: `demo-${role}`,
    role,
    time: now.toISOString(),
    reason: form.reason?.trim() || "demo portal",
    type: kind,
  };
  const decision = {
    proposer: { actor: `demo-${role}`, role },
    ...(form.approver ? { approver: { actor: `demo-${form.approver}`, role: form.approver } } : {}),
    evidence: file.history
      .filter((e) => EVIDENCE_TYPES.has(e.type) && !file.corrected.includes(e.id))
      .map((e) => e.id),
  };
  const yes = (key: string) => form[key] === "on";
  switch (kind) {
    case "interview":
      return {
        ...base,
        noRisk: yes("noRisk"),
        risk: {
          ideation: yes("ideation"),
          plan: yes("plan"),
          means: yes("means"),
          pastAttempt: yes("pastAttempt"),
        },
        ...(form.notes?.trim() ? { notes: form.notes.trim() } : {}),
      };
    case "level-change":
      return { ...base, ...decision, level: form.level ? form.level : null };
    case "plan-created":
      return {
        ...base,
        planId: randomUUID(),
        goals: [form.goal ?? ""],
        measures: [
          { what: form.measure ?? "", owner: form.owner ?? "", everyDays: Number(form.everyDays) },
        ],
        reviewOn: form.reviewOn ?? "",
      };
    case "referral-made":
      return {
        ...base,
        ...decision,
        referralId: randomUUID(),
        institution: form.institution ?? "",
        channel: form.channel ?? "",
        urgency: form.urgency ?? "",
      };
  }
}
