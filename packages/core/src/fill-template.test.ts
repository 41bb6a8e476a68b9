import { describe, expect, it } from "vitest";
import { fillTemplate } from "./fill-template";

describe("fillTemplate", () => {
  it("fills placeholders, joins lists and keeps unknown placeholders visible", () => {
    expect(fillTemplate("{n} of {total} answered", { n: 7, total: 9 })).toBe("7 of 9 answered");
    expect(fillTemplate("items {ids}", { ids: ["q1", "q2"] })).toBe("items q1, q2");
    expect(fillTemplate("{a} and {missing}", { a: 0 })).toBe("0 and {missing}");
    expect(fillTemplate("{a}", { a: null })).toBe("{a}");
    expect(fillTemplate("no placeholders", {})).toBe("no placeholders");
  });

  it("lets a term function say a value in the message's language", () => {
    const terms: Record<string, string> = { item: "条目" };
    const say = (key: string, value: string) => (key === "kind" ? terms[value] : undefined);
    expect(fillTemplate("{kind} {id}", { kind: "item", id: "item" }, say)).toBe("条目 item");
    expect(fillTemplate("{kind}", { kind: "score" }, say)).toBe("score");
  });
});
