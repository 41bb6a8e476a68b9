/// <reference lib="dom" />
import type { ScreeningFlag, ScreeningProgress, ScreeningState } from "@psyscreen/survey";
import { describe, expect, expectTypeOf, it } from "vitest";
import { PsyScreening } from "./define";
import * as api from "./index";

describe("@psyscreen/elements outside a browser", () => {
  it("imports in Node without a DOM (SSR, tools) and registers nothing", () => {
    expect(typeof customElements).toBe("undefined");
    expect(PsyScreening.formAssociated).toBe(true);
    expect(PsyScreening.observedAttributes).toEqual([
      "scale",
      "lang",
      "readonly",
      "one-per-page",
      "theme",
      "persist",
    ]);
  });

  it("exports what a host needs from one package", () => {
    expect(Object.keys(api).sort()).toEqual([
      "PsyScreening",
      "getScale",
      "scaleIds",
      "scoreResponse",
      "validateScale",
    ]);
  });

  it("types each event's detail through the global event map", () => {
    expectTypeOf<HTMLElementEventMap["psy-flag"]>().toEqualTypeOf<CustomEvent<ScreeningFlag>>();
    expectTypeOf<HTMLElementEventMap["psy-complete"]>().toEqualTypeOf<
      CustomEvent<ScreeningState>
    >();
    expectTypeOf<HTMLElementEventMap["psy-progress"]>().toEqualTypeOf<
      CustomEvent<ScreeningProgress>
    >();
    expectTypeOf<HTMLElementTagNameMap["psy-screening"]>().toEqualTypeOf<PsyScreening>();
  });
});
