import type { Locale } from "@psyscreen/core";
import { type RegistryIssue, registryIssueMessage } from "@psyscreen/registry";

/** A registry issue's message in the reader's locale (the registry wrote it in its own). */
export function issueText(issue: RegistryIssue, locale: Locale): string {
  return registryIssueMessage(issue.code, issue.params ?? {}, locale);
}
