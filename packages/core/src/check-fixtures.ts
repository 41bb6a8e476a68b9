import * as z from "zod";
import { IdentifierSchema, ScaleIdSchema } from "./identifier-schema";
import type { ScaleDefinition } from "./scale-definition-schema";
import type { ScaleResult, ScoreResult } from "./scale-result";
import { scoreResponse } from "./score-response";

const TOLERANCE = 1e-6;

const ExpectedScoreSchema = z
  .object({
    value: z.number().nullable(),
    band: z.string().nullable().optional(),
    reason: z.enum(["too-many-missing", "dependency-missing", "not-finite"]).optional(),
    prorated: z.boolean().optional(),
    answered: z.int().min(0).optional(),
    z: z.number().optional(),
    t: z.number().optional(),
    percentile: z.number().optional(),
  })
  .strict();

/** One fixture: answers, and what scoring them must give, with the source of the values. */
export const FixtureCaseSchema = z
  .object({
    name: z.string().min(1),
    source: z.string().min(1).describe("Where the expected values come from."),
    answers: z.record(z.string(), z.union([z.number(), z.string(), z.null()])),
    options: z
      .object({
        normGroup: z
          .object({
            sex: z.enum(["female", "male"]).optional(),
            age: z.number().optional(),
            grade: z.number().optional(),
            population: z.string().optional(),
            region: z.string().optional(),
          })
          .strict()
          .optional(),
        normTable: z.string().optional(),
      })
      .strict()
      .optional(),
    expect: z
      .object({
        scores: z.record(IdentifierSchema, ExpectedScoreSchema).optional(),
        flags: z.array(IdentifierSchema).optional().describe("Exactly the flags that fire."),
        issues: z.array(z.string()).optional().describe("Exactly the issue codes raised."),
      })
      .strict(),
  })
  .strict();

/** A scale's fixture file: `scales/<id>/fixtures.json`. */
export const FixtureFileSchema = z
  .object({
    $schema: z.string().optional(),
    scale: ScaleIdSchema,
    cases: z.array(FixtureCaseSchema).min(1),
  })
  .strict();

/** A scale's fixture file. */
export type FixtureFile = z.infer<typeof FixtureFileSchema>;
/** One fixture case. */
export type FixtureCase = z.infer<typeof FixtureCaseSchema>;

/** The outcome of one fixture case: what differed, if anything. */
export interface FixtureOutcome {
  name: string;
  passed: boolean;
  mismatches: string[];
  result: ScaleResult;
}

/**
 * Scores every fixture case and compares the result with what the case expects:
 * the listed score fields, and the exact sets of flags and issue codes when given.
 *
 * @param definition - the scale
 * @param fixtures - its fixture file (parsed with `FixtureFileSchema`)
 * @returns one outcome per case
 * @example
 * checkFixtures(phq9, fixtures).every((o) => o.passed) // => true
 */
export function checkFixtures(
  definition: ScaleDefinition,
  fixtures: FixtureFile,
): FixtureOutcome[] {
  return fixtures.cases.map((fixture) => {
    const result = scoreResponse(definition, fixture.answers, fixture.options ?? {});
    const mismatches: string[] = [];
    for (const [id, expected] of Object.entries(fixture.expect.scores ?? {})) {
      const actual = result.scores[id];
      if (actual === undefined) {
        mismatches.push(`score ${id} is not in the result`);
        continue;
      }
      compareScore(id, expected, actual, mismatches);
    }
    if (fixture.expect.flags !== undefined) {
      sameSet(
        "flags",
        fixture.expect.flags,
        result.flags.map((f) => f.id),
        mismatches,
      );
    }
    if (fixture.expect.issues !== undefined) {
      sameSet(
        "issues",
        fixture.expect.issues,
        result.issues.map((i) => i.code),
        mismatches,
      );
    }
    return { name: fixture.name, passed: mismatches.length === 0, mismatches, result };
  });
}

function compareScore(
  id: string,
  expected: z.infer<typeof ExpectedScoreSchema>,
  actual: ScoreResult,
  mismatches: string[],
): void {
  for (const key of ["value", "z", "t", "percentile"] as const) {
    if (!(key in expected)) continue;
    const want = expected[key];
    const got = actual[key];
    const same =
      want === null || want === undefined
        ? got === null || got === undefined
        : typeof got === "number" && Math.abs(got - want) <= TOLERANCE;
    if (!same) mismatches.push(`${id}.${key}: expected ${want}, got ${got}`);
  }
  if ("band" in expected && (expected.band ?? undefined) !== actual.band) {
    mismatches.push(`${id}.band: expected ${expected.band}, got ${actual.band}`);
  }
  if (expected.reason !== undefined && expected.reason !== actual.reason) {
    mismatches.push(`${id}.reason: expected ${expected.reason}, got ${actual.reason}`);
  }
  if (expected.answered !== undefined && expected.answered !== actual.answered) {
    mismatches.push(`${id}.answered: expected ${expected.answered}, got ${actual.answered}`);
  }
  if (expected.prorated !== undefined && expected.prorated !== actual.prorated) {
    mismatches.push(`${id}.prorated: expected ${expected.prorated}, got ${actual.prorated}`);
  }
}

function sameSet(what: string, expected: string[], actual: string[], mismatches: string[]): void {
  const want = [...expected].sort();
  const got = [...actual].sort();
  if (want.join("|") !== got.join("|")) {
    mismatches.push(`${what}: expected [${want.join(", ")}], got [${got.join(", ")}]`);
  }
}
