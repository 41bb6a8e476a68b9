import { describe, expect, expectTypeOf, it } from "vitest";
import { type IssueCode, issueMessage, type MessageKey } from "./issue";
import { ISSUE_MESSAGES, TERMS } from "./issue-messages";

describe("issue messages", () => {
  it("exist in en and zh-CN for every key", () => {
    expectTypeOf<keyof (typeof ISSUE_MESSAGES)["zh-CN"]>().toEqualTypeOf<MessageKey>();
    expect(Object.keys(ISSUE_MESSAGES["zh-CN"]).sort()).toEqual(
      Object.keys(ISSUE_MESSAGES.en).sort(),
    );
    expect(Object.keys(TERMS["zh-CN"]).sort()).toEqual(Object.keys(TERMS.en).sort());
  });

  it("name the same parameters in both locales", () => {
    const params = (template: string) =>
      [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(ISSUE_MESSAGES.en) as MessageKey[]) {
      expect(params(ISSUE_MESSAGES["zh-CN"][key]), key).toEqual(params(ISSUE_MESSAGES.en[key]));
    }
  });

  it("keep engine-flag messages out of the issue codes", () => {
    expectTypeOf<"engine-flag-incomplete">().not.toExtend<IssueCode>();
    expectTypeOf<"duplicate-id">().toExtend<IssueCode>();
  });

  it("fill parameters, join lists and translate kinds", () => {
    expect(issueMessage("unknown-reference", { kind: "score", id: "total" }, "zh-CN")).toBe(
      "未知的分数“total”。",
    );
    expect(issueMessage("score-cycle", { ids: ["a", "b"] }, "en")).toBe(
      "Scores depend on each other in a cycle: a, b.",
    );
  });
});
