import { type Issue, type IssueCode, type IssueParams, makeIssue } from "./issue";
import type { Locale } from "./locale";

/** Gathers issues in one locale while a definition or a response is checked. */
export class IssueCollector {
  readonly issues: Issue[] = [];

  constructor(readonly locale: Locale) {}

  add(code: IssueCode, path: (string | number)[], params: IssueParams = {}): void {
    this.issues.push(makeIssue(code, path, params, this.locale));
  }
}
