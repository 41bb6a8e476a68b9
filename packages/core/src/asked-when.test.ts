// `askedWhen`: a follow-up safety item asked only after a positive screen (the ASQ shape)
// raises critical_item_unanswered only when it was expected. The JavaScript engine,
// both batch paths (generated loop and closure fallback) and the generated SQL must agree.
import { describe, expect, it, vi } from "vitest";
import { query, readCsv, writeCsv } from "../test/duckdb";
import { text } from "../test/sample-scales";
import type { ScaleDefinitionInput } from "./scale-definition-schema";
import { scaleToSql } from "./scale-to-sql";
import { scoreBatch } from "./score-batch";
import { scoreResponse } from "./score-response";
import { validateScale } from "./validate-scale";

function followUpScale(): ScaleDefinitionInput {
  const yesNo = {
    id: "yes_no",
    kind: "choice" as const,
    options: [
      { value: 0, label: { en: "No" } },
      { value: 1, label: { en: "Yes" } },
    ],
  };
  return {
    id: "follow-up",
    version: "1.0.0",
    name: text("Follow-up test scale"),
    population: { respondent: "self" },
    licence: { spdx: "CC0-1.0", embedText: false },
    sources: [{ citation: "Synthetic scale for tests" }],
    responseSets: [yesNo],
    items: [
      { id: "s1", responseSet: "yes_no" },
      { id: "s2", responseSet: "yes_no" },
      {
        id: "acuity",
        responseSet: "yes_no",
        askedWhen: {
          any: [
            { item: "s1", op: "==", value: 1 },
            { item: "s2", op: "==", value: 1 },
          ],
        },
      },
    ],
    scores: [
      {
        id: "yes_count",
        name: text("Yes answers"),
        method: "count",
        items: ["s1", "s2"],
        op: "==",
        value: 1,
        missing: { minAnswered: 1 },
      },
    ],
    flags: [
      {
        id: "screen_positive",
        kind: "critical",
        source: "instrument",
        when: {
          any: [
            { item: "s1", op: "==", value: 1 },
            { item: "s2", op: "==", value: 1 },
            { skipped: "s1" },
            { skipped: "s2" },
          ],
        },
        message: text("Positive screen"),
      },
      {
        id: "acute",
        kind: "acute",
        source: "instrument",
        when: { item: "acuity", op: "==", value: 1 },
        message: text("Acute"),
      },
    ],
  };
}

function valid(input: ScaleDefinitionInput) {
  const result = validateScale(input);
  if (!result.success) throw new Error("test scale must validate", { cause: result.issues });
  return result.data;
}

// every combination of skipped (null), no, yes and an out-of-range 7 on the three items
const VALUES = [null, 0, 1, 7] as const;
const rows = VALUES.flatMap((a) =>
  VALUES.flatMap((b) => VALUES.map((c) => [a, b, c] as (number | null)[])),
);
const ids = ["s1", "s2", "acuity"];

/** The rule written out: the acuity item is expected only after a yes to s1 or s2. */
function expectedUnanswered([s1, s2, acuity]: (number | null)[]): boolean {
  const valid = (v: number | null) => v === 0 || v === 1;
  const screenFires = s1 === 1 || s2 === 1 || s1 === null || s2 === null;
  const screenUnanswered = !screenFires && (!valid(s1!) || !valid(s2!));
  const acuteFires = acuity === 1;
  const acuityExpected = s1 === 1 || s2 === 1;
  return screenUnanswered || (!acuteFires && !valid(acuity!) && acuityExpected);
}

describe("item askedWhen", () => {
  it("raises critical_item_unanswered for a follow-up item only when its condition holds (scoreResponse)", () => {
    const def = valid(followUpScale());
    for (const row of rows) {
      const answers = Object.fromEntries(ids.map((id, i) => [id, row[i]]));
      const flags = scoreResponse(def, answers).flags.map((f) => f.id);
      expect(flags.includes("critical_item_unanswered"), JSON.stringify(row)).toBe(
        expectedUnanswered(row),
      );
    }
    // a negative screen with the follow-up not asked at all: nothing to ask in person
    expect(scoreResponse(def, { s1: 0, s2: 0 }).flags).toEqual([]);
    // without askedWhen the same answers would ask for the follow-up in person
    const plain = followUpScale();
    delete plain.items[2]!.askedWhen;
    expect(scoreResponse(valid(plain), { s1: 0, s2: 0 }).flags.map((f) => f.id)).toEqual([
      "critical_item_unanswered",
    ]);
  });

  it("gives the same flags in scoreBatch (generated loop and closure fallback) and in DuckDB SQL", async () => {
    const def = valid(followUpScale());
    const columns = Object.fromEntries(
      ids.map((id, i) => [id, Float64Array.from(rows, (row) => row[i] ?? Number.NaN)]),
    );
    const batch = scoreBatch(def, columns);
    const want = rows.map((row) => (expectedUnanswered(row) ? 1 : 0));
    expect(Array.from(batch.flags.critical_item_unanswered!)).toEqual(want);

    let refused = 0;
    vi.stubGlobal("Function", function refuse() {
      refused++;
      throw new EvalError("Refused to evaluate a string as JavaScript (CSP)");
    });
    try {
      const fallback = scoreBatch(valid(followUpScale()), columns);
      expect(fallback.flags).toEqual(batch.flags);
      expect(refused).toBe(1);
    } finally {
      vi.unstubAllGlobals();
    }

    const path = writeCsv("asked-when", ids, rows);
    const sql = scaleToSql(def, { dialect: "duckdb", from: readCsv(path, ids), keep: ["id"] });
    const out = await query(`${sql} ORDER BY "id"`);
    expect(out.map((r) => Number(r.critical_item_unanswered))).toEqual(want);
    expect(out.map((r) => Number(r.acute))).toEqual(Array.from(batch.flags.acute!));
    expect(out.map((r) => Number(r.screen_positive))).toEqual(
      Array.from(batch.flags.screen_positive!),
    );
  });

  it("must name existing items, and items only", () => {
    const unknown = followUpScale();
    unknown.items[2]!.askedWhen = { item: "nope", op: "==", value: 1 };
    const usesScore = followUpScale();
    usesScore.items[2]!.askedWhen = { score: "yes_count", op: ">=", value: 1 };
    const codes = (input: ScaleDefinitionInput) => {
      const r = validateScale(input);
      return r.success ? [] : r.issues.map((i) => `${i.code} @ ${i.path.join("/")}`);
    };
    expect(codes(unknown)).toEqual(["unknown-reference @ items/acuity/askedWhen/item"]);
    expect(codes(usesScore)).toEqual(["asked-when-uses-score @ items/acuity/askedWhen"]);
  });
});
