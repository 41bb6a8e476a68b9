import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { checkFixtures, FixtureFileSchema, type Locale, validateScale } from "@psyscreen/core";
import type { Io } from "../io";
import { readJson } from "../load-scale";
import { say } from "../messages";

/**
 * `psyscreen validate <path…>`: checks scale definitions (files, folders holding a
 * scale.json, or folders of such folders) and runs each one's fixtures.json beside it.
 *
 * @returns the exit code: 0 when all are valid and their fixtures pass, else 1
 */
export function validateCommand(paths: string[], locale: Locale, io: Io): number {
  let valid = 0;
  let invalid = 0;
  for (const path of paths) {
    const files = scaleFiles(path);
    if (files.length === 0) {
      io.err(`${say(locale, "validate-nothing", { path })}\n`);
      invalid++;
    }
    for (const file of files) {
      if (checkFile(file, locale, io)) valid++;
      else invalid++;
    }
  }
  io.err(`${say(locale, "validate-summary", { valid, invalid })}\n`);
  return invalid === 0 ? 0 : 1;
}

function scaleFiles(path: string): string[] {
  if (!existsSync(path)) return [path]; // reported as unreadable by checkFile
  if (!statSync(path).isDirectory()) return [path];
  const own = join(path, "scale.json");
  if (existsSync(own)) return [own];
  return readdirSync(path, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(path, entry.name, "scale.json")))
    .map((entry) => join(path, entry.name, "scale.json"))
    .sort();
}

function checkFile(file: string, locale: Locale, io: Io): boolean {
  let input: unknown;
  try {
    input = readJson(file, locale);
  } catch (error) {
    io.out(`${say(locale, "validate-failed", { file })}\n  ${(error as Error).message}\n`);
    return false;
  }
  const result = validateScale(input, { locale });
  if (!result.success) {
    io.out(`${say(locale, "validate-failed", { file })}\n`);
    for (const issue of result.issues)
      io.out(`  ${issue.path.join(" › ")}: ${issue.message} [${issue.code}]\n`);
    return false;
  }
  const fixturesFile = join(file, "..", "fixtures.json");
  let fixtures = "";
  let ok = true;
  const failures: string[] = [];
  if (existsSync(fixturesFile)) {
    const parsed = FixtureFileSchema.safeParse(readJson(fixturesFile, locale));
    if (!parsed.success) {
      failures.push(
        say(locale, "validate-fixture-failed", {
          name: fixturesFile,
          detail: parsed.error.message,
        }),
      );
      ok = false;
    } else {
      const outcomes = checkFixtures(result.data, parsed.data);
      const passed = outcomes.filter((o) => o.passed).length;
      fixtures = say(locale, "validate-fixtures", { passed, total: outcomes.length });
      for (const o of outcomes.filter((x) => !x.passed)) {
        failures.push(
          say(locale, "validate-fixture-failed", { name: o.name, detail: o.mismatches.join("; ") }),
        );
      }
      ok = passed === outcomes.length;
    }
  }
  const { id, version } = result.data;
  io.out(
    `${ok ? say(locale, "validate-ok", { file, id, version, fixtures }) : say(locale, "validate-failed", { file })}\n`,
  );
  for (const line of failures) io.out(`${line}\n`);
  return ok;
}
