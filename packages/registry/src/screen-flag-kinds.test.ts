import type { FlagKind } from "@psyscreen/core";
import { describe, expect, expectTypeOf, it } from "vitest";
import { SAFETY_FLAG_KINDS, SCREEN_FLAG_KINDS, type ScreenFlagKind } from "./screen-flag-kinds";

describe("screen flag kinds", () => {
  it("cover every kind core raises, plus negative", () => {
    expectTypeOf<FlagKind>().toExtend<ScreenFlagKind>();
    expectTypeOf<ScreenFlagKind>().toEqualTypeOf<FlagKind | "negative">();
    expect(new Set(SCREEN_FLAG_KINDS).size).toBe(SCREEN_FLAG_KINDS.length);
  });

  it("name critical and acute as the kinds that open a level at once", () => {
    expect(SAFETY_FLAG_KINDS).toEqual(["critical", "acute"]);
  });
});
