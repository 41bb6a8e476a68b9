import type * as z from "zod";
import { IDENTIFIER_PATTERN, SCALE_ID_PATTERN, VERSION_PATTERN } from "./identifier-schema";
import type { IssueCode, IssueParams } from "./issue";
import type { IssueCollector } from "./issue-collector";

/**
 * Replaces array indices in a path by the id of the element they point at, where the
 * element has one, so a path reads `items › phq9_9 › responseSet`, not `items › 8 › …`.
 */
export function namePath(input: unknown, path: readonly PropertyKey[]): (string | number)[] {
  const named: (string | number)[] = [];
  let node: unknown = input;
  for (const key of path) {
    const step = typeof key === "symbol" ? String(key) : key;
    let label: string | number = step;
    if (Array.isArray(node) && typeof step === "number") {
      const element: unknown = node[step];
      if (isRecord(element) && typeof element.id === "string" && element.id !== "") {
        label = element.id;
      }
    }
    named.push(label);
    node =
      isRecord(node) || Array.isArray(node)
        ? (node as Record<string | number, unknown>)[step]
        : undefined;
  }
  return named;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Translates zod's issues into psyscreen issues (codes, named paths, both locales). */
export function addZodIssues(collector: IssueCollector, input: unknown, error: z.ZodError): void {
  for (const issue of error.issues) {
    const path = namePath(input, issue.path);
    if (issue.code === "unrecognized_keys") {
      // one issue per unknown key, at the key itself
      for (const key of issue.keys) collector.add("unknown-key", [...path, key], { keys: [key] });
      continue;
    }
    const [code, params] = translate(issue);
    collector.add(code, path, params);
  }
}

/** Issue codes of the id and version patterns, keyed by the pattern's text. */
const FORMAT_CODES: Record<string, IssueCode> = {
  [IDENTIFIER_PATTERN.toString()]: "invalid-identifier",
  [SCALE_ID_PATTERN.toString()]: "invalid-scale-id",
  [VERSION_PATTERN.toString()]: "invalid-version",
};

function translate(issue: z.core.$ZodIssue): [IssueCode, IssueParams] {
  switch (issue.code) {
    case "invalid_type":
      return ["invalid-type", { expected: issue.expected }];
    case "too_small":
      return ["too-small", { limit: Number(issue.minimum) }];
    case "too_big":
      return ["too-big", { limit: Number(issue.maximum) }];
    case "invalid_format": {
      const pattern = "pattern" in issue ? String(issue.pattern) : "";
      return [FORMAT_CODES[pattern] ?? "invalid-format", { detail: issue.message }];
    }
    case "invalid_value":
      return ["invalid-value", { values: issue.values.map(String) }];
    case "invalid_union":
      return ["invalid-union", {}];
    case "custom": {
      const code = (issue.params as { psyscreen?: IssueCode } | undefined)?.psyscreen;
      return code === undefined ? ["invalid-format", { detail: issue.message }] : [code, {}];
    }
    default:
      return ["invalid-format", { detail: issue.message }];
  }
}
