import {
  fillTemplate,
  type IssueCode,
  type IssueParams,
  issueMessage,
  type Locale,
} from "@psyscreen/core";
import { EVENT_MESSAGES, EVENT_TERMS } from "./event-messages";
import { REGISTRY_MESSAGES, REGISTRY_TERMS } from "./issue-messages";

/** The structural codes shared with scale validation; their messages come from core. */
export const STRUCTURAL_CODES = [
  "invalid-type",
  "invalid-value",
  "invalid-format",
  "invalid-union",
  "too-small",
  "too-big",
  "unknown-key",
  "invalid-version",
] as const satisfies readonly IssueCode[];

/** A structural code shared with scale validation. */
export type StructuralCode = (typeof STRUCTURAL_CODES)[number];

/** Every code a profile issue can have: a closed union, so hosts can switch on it. */
export type RegistryIssueCode =
  | StructuralCode
  | keyof typeof REGISTRY_MESSAGES.en
  | keyof typeof EVENT_MESSAGES.en;

/**
 * A problem found in a region profile: a code to switch on, a path that names codes and
 * ids (`warningLevels › red › colour`), and a message in the requested locale.
 */
export interface RegistryIssue {
  code: RegistryIssueCode;
  path: (string | number)[];
  message: string;
  params?: IssueParams;
}

/** Params whose values name a term that is said in the message's language. */
const TERM_PARAMS = new Set(["kind", "flag", "roleKind", "category", "task"]);

function isStructural(code: RegistryIssueCode): code is StructuralCode {
  return (STRUCTURAL_CODES as readonly string[]).includes(code);
}

/**
 * Renders the message of a profile issue code in a locale.
 *
 * @param code - the issue code
 * @param params - the values the message names
 * @param locale - `en` or `zh-CN`
 * @returns the message
 * @example
 * registryIssueMessage("flag-unrouted", { flag: "acute" }, "zh-CN")
 * // => "急性标记没有分派规则：出现该标记时将无人处理。"
 */
export function registryIssueMessage(
  code: RegistryIssueCode,
  params: IssueParams,
  locale: Locale,
): string {
  if (isStructural(code)) return issueMessage(code, params, locale);
  const messages: Readonly<Record<string, string>> = {
    ...REGISTRY_MESSAGES[locale],
    ...EVENT_MESSAGES[locale],
  };
  const template = messages[code] ?? code;
  const terms: Readonly<Record<string, string>> = {
    ...REGISTRY_TERMS[locale],
    ...EVENT_TERMS[locale],
  };
  return fillTemplate(template, params, (key, value) =>
    TERM_PARAMS.has(key) ? terms[value] : undefined,
  );
}

/** Gathers profile issues in one locale. */
export class RegistryIssueCollector {
  readonly issues: RegistryIssue[] = [];

  constructor(readonly locale: Locale) {}

  add(code: RegistryIssueCode, path: (string | number)[], params: IssueParams = {}): void {
    const issue: RegistryIssue = {
      code,
      path,
      message: registryIssueMessage(code, params, this.locale),
    };
    if (Object.keys(params).length > 0) issue.params = params;
    this.issues.push(issue);
  }
}
