import { describe, expect, it } from "vitest";
import { EVENT_MESSAGES, EVENT_TERMS } from "./event-messages";
import { REGISTRY_MESSAGES } from "./issue-messages";
import { registryIssueMessage } from "./registry-issue";

describe("event messages", () => {
  it("hold the same codes and placeholders in en and zh-CN", () => {
    const en = EVENT_MESSAGES.en;
    const zh: Record<string, string> = EVENT_MESSAGES["zh-CN"];
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const [code, text] of Object.entries(en)) {
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(zh[code]!), code).toEqual(names(text));
    }
    expect(Object.keys(EVENT_TERMS["zh-CN"]).sort()).toEqual(Object.keys(EVENT_TERMS.en).sort());
  });

  it("share no code with the profile messages", () => {
    const profileCodes = new Set(Object.keys(REGISTRY_MESSAGES.en));
    expect(Object.keys(EVENT_MESSAGES.en).filter((c) => profileCodes.has(c))).toEqual([]);
  });

  it("render through registryIssueMessage with localised terms", () => {
    expect(registryIssueMessage("unknown-reference", { kind: "referral", id: "r9" }, "zh-CN")).toBe(
      "未知的转介“r9”。",
    );
    expect(registryIssueMessage("four-eyes", { from: "crisis", to: "key" }, "en")).toBe(
      "crisis → key must be approved by someone other than the proposer.",
    );
  });
});
