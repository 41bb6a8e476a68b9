import { fillTemplate } from "./fill-template";
import { ISSUE_MESSAGES, TERMS } from "./issue-messages";
import type { Locale } from "./locale";

/** Every message key: issue codes and the engine's own flag messages. */
export type MessageKey = keyof typeof ISSUE_MESSAGES.en;

/** Every issue code psyscreen reports: a closed union, so hosts can switch on it. */
export type IssueCode = Exclude<MessageKey, `engine-flag-${string}`>;

/** Values an issue message is built from. */
export type IssueParams = Record<string, string | number | boolean | readonly (string | number)[]>;

/**
 * A problem found in a scale definition or in a response: a code to switch on, a path
 * that names item and score ids, and a message in the requested locale.
 */
export interface Issue {
  code: IssueCode;
  path: (string | number)[];
  message: string;
  params?: IssueParams;
}

/**
 * Renders the message of an issue code (or an engine flag) in a locale.
 *
 * @param code - the issue code or engine-flag message key
 * @param params - the values the message names
 * @param locale - `en` or `zh-CN`
 * @returns the message
 * @example
 * issueMessage("duplicate-id", { id: "q1" }, "en") // => 'The id "q1" is used more than once.'
 */
export function issueMessage(code: MessageKey, params: IssueParams, locale: Locale): string {
  const template = ISSUE_MESSAGES[locale][code];
  const terms: Readonly<Record<string, string>> = TERMS[locale];
  // `kind` names a thing (item, score, critical …): say it in the message's language
  return fillTemplate(template, params, (key, value) =>
    key === "kind" ? terms[value] : undefined,
  );
}

/**
 * Builds an issue with its message rendered.
 *
 * @param code - the issue code
 * @param path - where it is: property names, item and score ids
 * @param params - the values the message names
 * @param locale - the message locale
 * @returns the issue
 * @example
 * makeIssue("unknown-item", ["answers", "q99"], { item: "q99" }, "en").message
 * // => 'The answer "q99" is not an item of this scale.'
 */
export function makeIssue(
  code: IssueCode,
  path: (string | number)[],
  params: IssueParams,
  locale: Locale,
): Issue {
  const issue: Issue = { code, path, message: issueMessage(code, params, locale) };
  if (Object.keys(params).length > 0) issue.params = params;
  return issue;
}
