import type { ScaleResult } from "@psyscreen/core";
import type { CensusFlag, Confidence } from "./census-result";
import type { RegionProfile } from "./region-profile-schema";
import { routeFlag } from "./route-flag";
import { routingKey } from "./routing-rule-schema";

const HOUR = 3_600_000;

/**
 * The flags of one result, each routed through the profile: the owning tier and the
 * student's unit at it, the role, the interview deadline counted from `raisedAt`, the
 * provisional level and who else is told. The confidence is carried beside each flag.
 *
 * @param profile - a validated profile
 * @param student - the student's id and units
 * @param result - the scale result
 * @param raisedAt - when the result came in (ISO)
 * @param confidence - the sheet's confidence
 * @returns one routed flag per flag of the result
 * @example
 * routedFlags(profile, student, result, "2026-09-20T02:00:00.000Z", "high")[0].deadline
 * // => "2026-09-21T02:00:00.000Z"
 */
export function routedFlags(
  profile: RegionProfile,
  student: { studentId: string; units: Record<string, string> },
  result: ScaleResult,
  raisedAt: string,
  confidence: Confidence,
): CensusFlag[] {
  return result.flags.map((flag) => {
    const rule = routeFlag(profile, flag);
    const routed: CensusFlag = {
      studentId: student.studentId,
      scaleId: result.scaleId,
      scaleVersion: result.scaleVersion,
      flagId: flag.id,
      kind: flag.kind,
      message: flag.message,
      rule: routingKey(rule),
      tier: rule.tier,
      unit: student.units[rule.tier] ?? "",
      role: rule.role,
      deadlineHours: rule.deadlineHours,
      raisedAt,
      deadline: new Date(Date.parse(raisedAt) + rule.deadlineHours * HOUR).toISOString(),
      confidence,
    };
    if (rule.provisionalLevel !== undefined) routed.provisionalLevel = rule.provisionalLevel;
    if (rule.notify !== undefined) routed.notify = rule.notify.map((n) => ({ ...n }));
    return routed;
  });
}
