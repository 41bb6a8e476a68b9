import type { Actor } from "./event-base";
import { SYSTEM_ROLE } from "./event-base";
import { type FileContext, refuse } from "./file-context";
import type { RegistryEvent, RegistryEventType } from "./registry-event-schema";
import type { RegistryStatus } from "./registry-status";
import { STATUS_TRANSITIONS } from "./registry-status";
import type { EvidenceKind, TransitionRule } from "./transition-rule-schema";

/** A decision as events carry it: proposer, approver, evidence ids. */
export interface Decision {
  proposer: Actor;
  approver?: Actor | undefined;
  evidence: readonly string[];
}

/** The event types that count as each kind of evidence a transition may require. */
export const EVIDENCE_EVENTS: Readonly<Record<EvidenceKind, readonly RegistryEventType[]>> = {
  interview: ["interview"],
  observation: ["observation"],
  "family-contact": ["family-contact"],
  plan: ["plan-created", "plan-reviewed"],
  rescreen: ["census-result"],
  "case-conference-or-clinician": ["case-conference", "medical-document"],
  "medical-document": ["medical-document"],
  "guardian-application": ["family-contact"],
};

function counts(kind: EvidenceKind, event: RegistryEvent): boolean {
  if (!EVIDENCE_EVENTS[kind].includes(event.type)) return false;
  if (kind === "guardian-application") {
    return event.type === "family-contact" && event.contact === "guardian-application";
  }
  return true;
}

/**
 * The profile's rule for a transition: one for exactly `from`, else one for any status.
 *
 * @param rules - the profile's transitions
 * @param from - the status left
 * @param to - the status entered
 * @returns the rule, or undefined
 */
export function findRule(
  rules: readonly TransitionRule[],
  from: RegistryStatus,
  to: RegistryStatus,
): TransitionRule | undefined {
  return (
    rules.find((r) => r.from === from && r.to === to) ??
    rules.find((r) => r.from === "*" && r.to === to)
  );
}

/** Whether the status machine (§9) has the transition at all. */
export function isLegal(from: RegistryStatus, to: RegistryStatus): boolean {
  return STATUS_TRANSITIONS.some((t) => (t.from === from || t.from === "*") && t.to === to);
}

/**
 * Checks a decision against the profile's rule for `from → to`: the transition exists,
 * the proposer's role may propose it (or the system, when the rule is automatic), the
 * approver's role may approve it and differs from the proposer under four eyes, and
 * every kind of evidence the rule requires is cited by an earlier, uncorrected event.
 *
 * @returns `approved`, `unapproved` (all else holds, no approver given) or false
 */
export function checkDecision(
  ctx: FileContext,
  from: RegistryStatus,
  to: RegistryStatus,
  decision: Decision,
): "approved" | "unapproved" | false {
  if (!isLegal(from, to)) return refuse(ctx, "transition-illegal", { from, to });
  const rule = findRule(ctx.profile.transitions, from, to);
  if (rule === undefined) return refuse(ctx, "transition-missing", { from, to });
  const { proposer, approver } = decision;
  if (proposer.role === SYSTEM_ROLE) {
    if (rule.automatic !== true) return refuse(ctx, "not-automatic", { from, to });
  } else if (!rule.propose.includes(proposer.role)) {
    return refuse(ctx, "propose-not-allowed", {
      role: proposer.role,
      from,
      to,
      allowed: rule.propose,
    });
  }
  for (const kind of rule.requires ?? []) {
    if (!hasEvidence(ctx, kind, decision.evidence)) {
      return refuse(ctx, "evidence-missing", { from, to, evidence: kind });
    }
  }
  if (rule.approve.length === 0) return "approved";
  if (approver === undefined) return "unapproved";
  if (!rule.approve.includes(approver.role)) {
    return refuse(ctx, "approve-not-allowed", {
      role: approver.role,
      from,
      to,
      allowed: rule.approve,
    });
  }
  if (rule.fourEyes === true && approver.actor === proposer.actor) {
    return refuse(ctx, "four-eyes", { from, to });
  }
  return "approved";
}

function hasEvidence(ctx: FileContext, kind: EvidenceKind, ids: readonly string[]): boolean {
  return ids.some((id) => {
    const event = ctx.file.history.find((e) => e.id === id);
    return event !== undefined && !ctx.file.corrected.includes(id) && counts(kind, event);
  });
}

/**
 * Checks that every evidence id names an earlier, uncorrected event of this file.
 *
 * @returns whether all do (issues added otherwise)
 */
export function checkEvidenceIds(ctx: FileContext, ids: readonly string[]): boolean {
  for (const id of ids) {
    if (!ctx.file.history.some((e) => e.id === id)) return refuse(ctx, "evidence-unknown", { id });
    if (ctx.file.corrected.includes(id)) return refuse(ctx, "evidence-corrected", { id });
  }
  return true;
}

/**
 * `checkDecision`, with a decision that lacks its approver refused too
 * (`approval-missing`, naming the roles that may approve).
 *
 * @returns true when the decision is approved
 */
export function checkApproved(
  ctx: FileContext,
  from: RegistryStatus,
  to: RegistryStatus,
  decision: Decision,
): boolean {
  const verdict = checkDecision(ctx, from, to, decision);
  if (verdict === false) return false;
  if (verdict === "unapproved") {
    const rule = findRule(ctx.profile.transitions, from, to);
    return refuse(ctx, "approval-missing", { from, to, allowed: rule?.approve ?? [] });
  }
  return true;
}
