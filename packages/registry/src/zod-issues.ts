import { translateZodIssues, VERSION_PATTERN } from "@psyscreen/core";
import type * as z from "zod";
import { CODE_PATTERN, COLOUR_PATTERN } from "./code-schema";
import { entryName } from "./name-path";
import type { RegistryIssueCode, RegistryIssueCollector } from "./registry-issue";

/**
 * Adds zod's issues about a region profile to a collector, through core's translation
 * (codes, paths naming levels, roles, routing and transition keys).
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
  const issues = translateZodIssues<RegistryIssueCode>(error, input, {
    formatCodes: {
      [CODE_PATTERN.toString()]: "invalid-code",
      [COLOUR_PATTERN.toString()]: "invalid-colour",
      [VERSION_PATTERN.toString()]: "invalid-version",
    },
    customKey: "registry",
    entryName,
  });
  for (const issue of issues) collector.add(issue.code, issue.path, issue.params);
}
