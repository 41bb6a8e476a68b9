import { describe, expect, expectTypeOf, it } from "vitest";
import { REGISTRY_MESSAGES, REGISTRY_TERMS } from "./issue-messages";
import { type RegistryIssueCode, registryIssueMessage, STRUCTURAL_CODES } from "./registry-issue";
import { SCREEN_FLAG_KINDS } from "./screen-flag-kinds";
import { DATA_CATEGORIES, ROLE_KINDS } from "./visibility-levels";

describe("registry issue messages", () => {
  it("exist in en and zh-CN for every key", () => {
    expectTypeOf<keyof (typeof REGISTRY_MESSAGES)["zh-CN"]>().toEqualTypeOf<
      keyof (typeof REGISTRY_MESSAGES)["en"]
    >();
    expect(Object.keys(REGISTRY_MESSAGES["zh-CN"]).sort()).toEqual(
      Object.keys(REGISTRY_MESSAGES.en).sort(),
    );
    expect(Object.keys(REGISTRY_TERMS["zh-CN"]).sort()).toEqual(
      Object.keys(REGISTRY_TERMS.en).sort(),
    );
  });

  it("name the same parameters in both locales", () => {
    const params = (template: string) =>
      [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(REGISTRY_MESSAGES.en) as (keyof typeof REGISTRY_MESSAGES.en)[]) {
      expect(params(REGISTRY_MESSAGES["zh-CN"][key]), key).toEqual(
        params(REGISTRY_MESSAGES.en[key]),
      );
    }
  });

  it("have a term for every flag kind, role kind and data category they may name", () => {
    const terms = Object.keys(REGISTRY_TERMS.en);
    for (const word of [...SCREEN_FLAG_KINDS, ...ROLE_KINDS, "region-staff", ...DATA_CATEGORIES]) {
      expect(terms, word).toContain(word);
    }
  });

  it("take the shared structural messages from core, in both locales", () => {
    expectTypeOf<"invalid-type">().toExtend<RegistryIssueCode>();
    expectTypeOf<"band-gap">().not.toExtend<RegistryIssueCode>();
    for (const code of STRUCTURAL_CODES) {
      expect(registryIssueMessage(code, {}, "en")).not.toBe(
        registryIssueMessage(code, {}, "zh-CN"),
      );
    }
    expect(registryIssueMessage("too-small", { limit: 1 }, "zh-CN")).toBe("过小：至少为 1。");
  });

  it("say the terms they name in the message's language", () => {
    expect(registryIssueMessage("flag-unrouted", { flag: "acute" }, "zh-CN")).toBe(
      "急性标记没有分派规则：出现该标记时将无人处理。",
    );
    expect(
      registryIssueMessage(
        "visibility-too-broad",
        {
          roleKind: "peer",
          role: "psy-committee-member",
          category: "screen-flag",
          access: "needs-talk",
          allowed: ["none"],
        },
        "en",
      ),
    ).toBe(
      'A peer role may see at most none of screen flags; "psy-committee-member" is given needs-talk.',
    );
  });
});
