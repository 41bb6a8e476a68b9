import type { ScaleAnalysis } from "./analyze-scale";
import type { Condition } from "./condition-schema";
import type { Comparison } from "./identifier-schema";
import type { IssueParams } from "./issue";
import type { IssueCollector } from "./issue-collector";
import type { FlagDefinition } from "./scale-definition-schema";

/** Flag kinds decided by raw item answers alone (the safety invariant). */
export const SAFETY_FLAG_KINDS: readonly FlagDefinition["kind"][] = ["critical", "acute"];

/**
 * Whether a flag kind is a safety kind (critical or acute): one that asks for help at once.
 *
 * @example
 * isSafetyFlag("acute") // => true
 */
export function isSafetyFlag(kind: string): boolean {
  return (SAFETY_FLAG_KINDS as readonly string[]).includes(kind);
}

/**
 * Checks a flag: every name it uses exists, critical and acute flags use items only,
 * and its condition can be true for some answers.
 */
export function checkFlag(
  issues: IssueCollector,
  flag: FlagDefinition,
  analysis: ScaleAnalysis,
): void {
  const path = ["flags", flag.id, "when"];
  const safety = SAFETY_FLAG_KINDS.includes(flag.kind);
  const known = checkNames(issues, path, flag.when, analysis, safety ? flag.kind : undefined);
  if (!known) return;
  const impossible = impossibleReason(flag.when, analysis);
  if (impossible !== undefined) issues.add("flag-never-fires", path, impossible);
}

/**
 * Checks an item's `askedWhen`: every item it names exists, and it names items only, so
 * that a missing score can never excuse an unanswered safety question.
 */
export function checkAskedWhen(
  issues: IssueCollector,
  itemId: string,
  condition: Condition,
  analysis: ScaleAnalysis,
): void {
  checkNames(issues, ["items", itemId, "askedWhen"], condition, analysis, "askedWhen");
}

function checkNames(
  issues: IssueCollector,
  path: (string | number)[],
  condition: Condition,
  analysis: ScaleAnalysis,
  safetyKind: string | undefined,
): boolean {
  if ("any" in condition || "all" in condition) {
    const key = "any" in condition ? "any" : "all";
    const parts = "any" in condition ? condition.any : condition.all;
    return parts
      .map((part, i) => checkNames(issues, [...path, key, i], part, analysis, safetyKind))
      .every(Boolean);
  }
  if ("score" in condition) {
    if (safetyKind === "askedWhen")
      issues.add("asked-when-uses-score", path, { score: condition.score });
    else if (safetyKind !== undefined) {
      issues.add("safety-flag-uses-score", path, { kind: safetyKind, score: condition.score });
    }
    if (!analysis.scoreIndex.has(condition.score)) {
      issues.add("unknown-reference", [...path, "score"], { kind: "score", id: condition.score });
      return false;
    }
    return true;
  }
  const item = "item" in condition ? condition.item : condition.skipped;
  if (!analysis.itemIndex.has(item)) {
    issues.add("unknown-reference", [...path, "item" in condition ? "item" : "skipped"], {
      kind: "item",
      id: item,
    });
    return false;
  }
  return true;
}

/** Why a condition can never be true, or undefined when some answers make it true. */
function impossibleReason(condition: Condition, analysis: ScaleAnalysis): IssueParams | undefined {
  if ("all" in condition) {
    for (const part of condition.all) {
      const reason = impossibleReason(part, analysis);
      if (reason !== undefined) return reason;
    }
    return undefined;
  }
  if ("any" in condition) {
    const reasons = condition.any.map((part) => impossibleReason(part, analysis));
    return reasons.every((r) => r !== undefined) ? reasons[0] : undefined;
  }
  if ("skipped" in condition) return undefined;
  let min: number;
  let max: number;
  let values: readonly number[] | undefined;
  let subject: string;
  if ("item" in condition) {
    const domain = analysis.domains[analysis.itemIndex.get(condition.item)!];
    if (domain === undefined) return undefined;
    ({ min, max, values } = domain);
    subject = condition.item;
  } else {
    const shape = analysis.shapes[analysis.scoreIndex.get(condition.score)!];
    if (shape === undefined) return undefined;
    ({ min, max } = shape);
    values = undefined;
    subject = condition.score;
  }
  const possible =
    values !== undefined
      ? values.some((v) => compare(v, condition.op, condition.value))
      : intervalAllows(min, max, condition.op, condition.value);
  return possible ? undefined : { subject, op: condition.op, value: condition.value, min, max };
}

function intervalAllows(min: number, max: number, op: Comparison, value: number): boolean {
  switch (op) {
    case ">=":
      return max >= value;
    case ">":
      return max > value;
    case "<=":
      return min <= value;
    case "<":
      return min < value;
    case "==":
      return min <= value && value <= max;
    case "!=":
      return !(min === value && max === value);
  }
}

/** Compares two numbers with a condition's operator. */
export function compare(left: number, op: Comparison, right: number): boolean {
  switch (op) {
    case ">=":
      return left >= right;
    case ">":
      return left > right;
    case "<=":
      return left <= right;
    case "<":
      return left < right;
    case "==":
      return left === right;
    case "!=":
      return left !== right;
  }
}
