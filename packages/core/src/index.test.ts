import { describe, expect, expectTypeOf, it } from "vitest";
import * as core from "./index";

describe("@psyscreen/core public surface", () => {
  it("exports exactly these values (a change here is an API change: add a changeset)", () => {
    expect(Object.keys(core).sort()).toMatchInlineSnapshot(`
      [
        "ContentPackSchema",
        "ENGINE_FLAGS",
        "ENGINE_VERSION",
        "FORMULA_FUNCTIONS",
        "FixtureFileSchema",
        "LOCALES",
        "LocalizedTextSchema",
        "SAFETY_FLAG_KINDS",
        "SCALE_SCHEMA_ID",
        "SCORE_REASONS",
        "SQL_DIALECTS",
        "ScaleDefinitionSchema",
        "VERSION_PATTERN",
        "VersionSchema",
        "applyContentPack",
        "buildNormTable",
        "checkFixtures",
        "compileScale",
        "escapeHtml",
        "fillTemplate",
        "formatCsvRow",
        "isSafetyFlag",
        "isValidatedScale",
        "issueMessage",
        "localize",
        "namePath",
        "neutralizeFormula",
        "normScores",
        "parseFormula",
        "reliability",
        "roundValue",
        "scaleJsonSchema",
        "scaleToSql",
        "scoreBatch",
        "scoreResponse",
        "selectNormTable",
        "sqlOutputIds",
        "translateZodIssues",
        "validateScale",
      ]
    `);
  });

  it("reports the engine version from package.json", async () => {
    const pkg = await import("../package.json");
    expect(core.ENGINE_VERSION).toBe(pkg.version);
  });
});

describe("@psyscreen/core types", () => {
  it("make null scores and closed unions visible to the compiler", () => {
    expectTypeOf<core.ScoreResult["value"]>().toEqualTypeOf<number | null>();
    expectTypeOf<core.ScreenFlag["kind"]>().toEqualTypeOf<
      "critical" | "acute" | "positive" | "attention" | "invalid" | "incomplete"
    >();
    expectTypeOf<core.ScreenFlag["source"]>().toEqualTypeOf<"instrument" | "library" | "engine">();
    expectTypeOf<"no-such-code">().not.toExtend<core.IssueCode>();
    expectTypeOf(core.validateScale).returns.toEqualTypeOf<
      core.ValidationResult<core.ScaleDefinition>
    >();
    expectTypeOf(core.scoreResponse).parameter(0).toEqualTypeOf<core.ScaleDefinition>();
  });
});
