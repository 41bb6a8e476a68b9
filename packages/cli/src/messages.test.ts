import { describe, expect, it } from "vitest";
import { MESSAGES, type MessageKey } from "./messages";

describe("CLI messages", () => {
  it("exist in en and zh-CN with the same parameters", () => {
    expect(Object.keys(MESSAGES["zh-CN"]).sort()).toEqual(Object.keys(MESSAGES.en).sort());
    const params = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(MESSAGES.en) as MessageKey[]) {
      expect(params(MESSAGES["zh-CN"][key]), key).toEqual(params(MESSAGES.en[key]));
    }
  });
});
