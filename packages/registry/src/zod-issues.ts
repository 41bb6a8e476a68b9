import type { IssueParams } from "@psyscreen/core";
import type * as z from "zod";
import { CODE_PATTERN, COLOUR_PATTERN, VERSION_PATTERN } from "./code-schema";
import { namePath } from "./name-path";
import type { RegistryIssueCode, RegistryIssueCollector } from "./registry-issue";

const FORMAT_CODES: Record<string, RegistryIssueCode> = {
  [CODE_PATTERN.toString()]: "invalid-code",
  [COLOUR_PATTERN.toString()]: "invalid-colour",
  [VERSION_PATTERN.toString()]: "invalid-version",
};

/**
 * Translates zod's issues into profile issues (codes, named paths, both locales).
 *
 * @param collector - where the issues go
 * @param input - the value that was parsed, to name the entries in paths
 * @param error - zod's error
 * @example
 * addZodIssues(collector, input, parsed.error)
 */
export function addZodIssues(
  collector: RegistryIssueCollector,
  input: unknown,
  error: z.ZodError,
): void {
  for (const issue of error.issues) {
    const path = namePath(input, issue.path);
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) collector.add("unknown-key", [...path, key], { keys: [key] });
      continue;
    }
    const [code, params] = translate(issue);
    collector.add(code, path, params);
  }
}

function translate(issue: z.core.$ZodIssue): [RegistryIssueCode, IssueParams] {
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
      const code = (issue.params as { registry?: RegistryIssueCode } | undefined)?.registry;
      return code === undefined ? ["invalid-format", { detail: issue.message }] : [code, {}];
    }
    default:
      return ["invalid-format", { detail: issue.message }];
  }
}
