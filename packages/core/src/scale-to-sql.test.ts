import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { batchAnswerArb, definitionArb } from "../test/arbitraries";
import { query, readCsv, writeCsv } from "../test/duckdb";
import { kitchenSinkScale, nineItemScale, text } from "../test/sample-scales";
import type { ScaleDefinition } from "./scale-definition-schema";
import { scaleToSql } from "./scale-to-sql";
import { scoreBatch } from "./score-batch";
import { validateScale } from "./validate-scale";

function valid(input: unknown): ScaleDefinition {
  const result = validateScale(input);
  if (!result.success) throw new Error(JSON.stringify(result.issues));
  return result.data;
}

/** Scores rows in DuckDB and with scoreBatch, and expects the same scores, bands and flags. */
async function expectSqlMatchesBatch(
  def: ScaleDefinition,
  rows: (number | null)[][],
  name: string,
  normTable?: string,
): Promise<number> {
  const ids = def.items.map((item) => item.id);
  const path = writeCsv(name, ids, rows);
  const sql = scaleToSql(def, {
    dialect: "duckdb",
    from: readCsv(path, ids),
    keep: ["id"],
    normTable,
  });
  const out = await query(`${sql} ORDER BY "id"`);
  const columns = Object.fromEntries(
    ids.map((id, i) => [id, Float64Array.from(rows, (row) => row[i] ?? Number.NaN)]),
  );
  const batch = scoreBatch(def, columns, normTable ? { normTable } : {});
  expect(out).toHaveLength(rows.length);
  let compared = 0;
  const mismatches: string[] = [];
  const same = (got: unknown, want: unknown, where: string) => {
    if (!Object.is(got, want) && mismatches.length < 20)
      mismatches.push(`${where}: SQL ${got}, JS ${want}`);
  };
  out.forEach((row, r) => {
    for (const score of def.scores) {
      const b = batch.scores[score.id]!;
      const want = Number.isNaN(b.value[r]!) ? null : b.value[r];
      same(row[score.id], want, `row ${r} ${score.id}`);
      if (score.bands?.length) {
        const band = b.band[r] === -1 ? null : score.bands[b.band[r]!]!.id;
        same(row[`${score.id}_band`], band, `row ${r} ${score.id}_band`);
      }
      for (const key of ["z", "t", "percentile"] as const) {
        const column = b[key];
        if (column === undefined) continue;
        const v = column[r]!;
        same(row[`${score.id}_${key}`], Number.isNaN(v) ? null : v, `row ${r} ${score.id}_${key}`);
      }
      compared++;
    }
    for (const [flag, column] of Object.entries(batch.flags)) {
      same(row[flag], column[r], `row ${r} flag ${flag}`);
    }
  });
  expect(mismatches).toEqual([]);
  return compared;
}

const rowArb = (def: ScaleDefinition, max: number) =>
  fc.array(
    fc.tuple(...def.items.map(() => batchAnswerArb.map((v) => (v === undefined ? null : v)))),
    { minLength: 1, maxLength: max },
  );

describe("scaleToSql", () => {
  it("writes one readable query per scale", () => {
    const def = valid({
      ...nineItemScale(),
      items: [
        { id: "q1", responseSet: "freq" },
        { id: "q2", responseSet: "freq", reverse: true },
      ],
      scores: [
        {
          id: "total",
          name: text("Total"),
          method: "sum",
          items: ["q1", "q2"],
          missing: { minAnswered: 1, rounding: { digits: 0, mode: "half-up" } },
          bands: [
            { id: "low", min: 0, max: 2, label: text("Low") },
            { id: "high", min: 3, max: 6, label: text("High") },
          ],
        },
      ],
      flags: [
        {
          id: "q1_critical",
          kind: "critical",
          source: "instrument",
          when: { item: "q1", op: ">=", value: 2 },
          message: text("q1"),
        },
      ],
    });
    expect(
      scaleToSql(def, { dialect: "postgres", from: "responses", keep: ["student_id"] }),
    ).toMatchInlineSnapshot(`
      "WITH "items" AS (SELECT *, CAST("q1" AS DOUBLE PRECISION) AS "i_q1", CAST("q2" AS DOUBLE PRECISION) AS "i_q2" FROM responses),
      "valid" AS (SELECT *, (CASE WHEN "i_q1" >= 0 AND "i_q1" <= 3 AND "i_q1" = FLOOR("i_q1") THEN TRUE ELSE FALSE END) AS "ok_q1", (CASE WHEN "i_q2" >= 0 AND "i_q2" <= 3 AND "i_q2" = FLOOR("i_q2") THEN TRUE ELSE FALSE END) AS "ok_q2" FROM "items"),
      "keyed" AS (SELECT *, (CASE WHEN "ok_q1" THEN "i_q1" ELSE 0 END) AS "k_q1", (CASE WHEN "ok_q2" THEN (3 - "i_q2") ELSE 0 END) AS "k_q2" FROM "valid"),
      "aggregate_total" AS (SELECT *, (CAST("ok_q1" AS INTEGER) + CAST("ok_q2" AS INTEGER)) AS "n_total", (0 + "k_q1" + "k_q2") AS "a_total" FROM "keyed"),
      "score_total" AS (SELECT *, (CASE WHEN "n_total" < 1 THEN NULL ELSE (CASE WHEN "n_total" < 2 THEN (CASE WHEN ABS(((("a_total" * 2) / "n_total")) - FLOOR(((("a_total" * 2) / "n_total"))) - 0.5) <= 1e-9 * GREATEST(1, ABS(((("a_total" * 2) / "n_total")))) THEN FLOOR(((("a_total" * 2) / "n_total"))) + 1 ELSE FLOOR(((("a_total" * 2) / "n_total")) + 0.5) END) ELSE "a_total" END) END) AS "s_total" FROM "aggregate_total")
      SELECT "student_id",
        "s_total" AS "total",
        (CASE WHEN "s_total" > 6 + 1e-9 THEN NULL WHEN 3 <= "s_total" + 1e-9 THEN 'high' WHEN 0 <= "s_total" + 1e-9 THEN 'low' ELSE NULL END) AS "total_band",
        CAST((("i_q1" IS NOT NULL AND "i_q1" >= 2)) AS INTEGER) AS "q1_critical",
        CAST((("n_total" < 1)) AS INTEGER) AS "incomplete",
        CAST(((NOT ("i_q1" IS NOT NULL AND "i_q1" >= 2) AND (NOT "ok_q1"))) AS INTEGER) AS "critical_item_unanswered"
      FROM "score_total""
    `);
    expect(scaleToSql(def, { dialect: "spark", from: "responses" })).toContain(
      "CAST(`q1` AS DOUBLE) AS `i_q1`",
    );
  });

  it("maps item columns, leaves out items not shown, and refuses unknown norm tables", () => {
    const def = valid(nineItemScale());
    const sql = scaleToSql(def, {
      dialect: "duckdb",
      from: "t",
      columns: { q1: "PHQ 1" },
      notShown: ["q2"],
    });
    expect(sql).toContain('CAST("PHQ 1" AS DOUBLE) AS "i_q1"');
    expect(sql).toContain('CAST(NULL AS DOUBLE) AS "i_q2"');
    expect(() => scaleToSql(def, { dialect: "duckdb", from: "t", normTable: "nope" })).toThrow(
      "scaleToSql requires a known norm table",
    );
  });

  it("writes only the requested outputs and the scores they read", async () => {
    const def = valid({
      ...nineItemScale(),
      scores: [
        ...nineItemScale().scores,
        {
          id: "doubled",
          name: text("Doubled"),
          method: "formula",
          formula: "total * 2",
          range: { min: 0, max: 54 },
        },
        {
          id: "first",
          name: text("First two"),
          method: "sum",
          items: ["q1", "q2"],
          optional: true,
        },
      ],
    });
    const sql = (outputs?: string[]) =>
      scaleToSql(def, { dialect: "duckdb", from: "t", keep: ["id"], outputs });
    const columns = (text: string) =>
      text
        .slice(text.lastIndexOf("\nSELECT "))
        .match(/ AS "[^"]+"/g)
        ?.map((m) => m.slice(5, -1));
    expect(columns(sql(["total", "q9_critical"]))).toEqual(["total", "total_band", "q9_critical"]);
    // a formula's inputs are computed, not written; a score nobody reads is not computed
    expect(columns(sql(["doubled"]))).toEqual(["doubled"]);
    expect(sql(["doubled"])).toContain('"score_total"');
    expect(sql(["doubled"])).not.toContain('"score_first"');
    // `screen_positive` compares the total; `incomplete` needs every score not optional
    expect(sql(["screen_positive"])).toContain('"score_total"');
    expect(sql(["incomplete"])).toContain('"score_doubled"');
    expect(sql(["incomplete"])).not.toContain('"score_first"');
    expect(columns(sql())).toEqual([
      ...["total", "total_band", "doubled", "first", "q9_critical", "screen_positive"],
      ...["incomplete", "critical_item_unanswered"],
    ]);
    expect(() => sql(["total", "nope"])).toThrow("scaleToSql requires outputs that are scores");
    expect(() => scaleToSql(def, { dialect: "duckdb", from: "t", outputs: [] })).toThrow(
      "at least one output column",
    );

    // the restricted query gives the full query's values in those columns
    const ids = def.items.map((item) => item.id);
    const rows = fc.sample(
      rowArb(def, 1).map((r) => r[0]!),
      { numRuns: 2_000, seed: 7 },
    );
    const from = readCsv(writeCsv("outputs", ids, rows), ids);
    const picked = ["doubled", "screen_positive", "incomplete", "critical_item_unanswered"];
    const full = await query(
      `SELECT "id", ${picked.map((c) => `"${c}"`).join(", ")} FROM (${scaleToSql(def, { dialect: "duckdb", from, keep: ["id"] })}) ORDER BY "id"`,
    );
    const some = await query(
      `${scaleToSql(def, { dialect: "duckdb", from, keep: ["id"], outputs: picked })} ORDER BY "id"`,
    );
    expect(some).toEqual(full);
    expect(new Set(full.map((row) => row.incomplete))).toEqual(new Set([0, 1]));
  });

  it("gives scoreBatch's numbers for formulas with logic, comparisons and NULLs from a division", async () => {
    const def = valid({
      ...nineItemScale(),
      scores: [
        ...nineItemScale().scores,
        {
          id: "logic",
          name: text("Logic"),
          method: "formula",
          // comparisons, and, or, not and ?: over answers, and a division by zero
          // (q3 = 0) that makes the score null through every operator
          formula:
            "(q1 >= 2 and not (q2 == 0)) or (q4 != 1 and total > 9) ? (q5 / q3 > 1 or q6 < 1) + 1 : not q7",
          range: { min: 0, max: 2 },
          rounding: { digits: 0, mode: "half-up" },
          bands: [
            { id: "none", min: 0, max: 0, label: text("None") },
            { id: "some", min: 1, max: 2, label: text("Some") },
          ],
        },
      ],
    });
    const rows = fc.sample(
      rowArb(def, 1).map((r) => r[0]!),
      { numRuns: 5_000, seed: 11 },
    );
    expect(await expectSqlMatchesBatch(def, rows, "logic")).toBe(rows.length * 2);
    const sql = scaleToSql(def, { dialect: "duckdb", from: "t" });
    // a comparison is tested as itself, not as `(CASE … THEN 1 ELSE 0 END) <> 0`; only
    // the one that can be NULL (over a division) is tested as a value
    expect(sql).toContain('((("i_q1" >= 2) AND (NOT ("i_q2" = 0))) OR (("i_q4" <> 1)');
    expect(sql.match(/<> 0/g)).toHaveLength(1);
    // the column types users read: flags as INTEGER 1/0, scores DOUBLE, bands text
    const ids = def.items.map((item) => item.id);
    const from = readCsv(writeCsv("logic-types", ids, rows.slice(0, 10)), ids);
    const types = await query(`DESCRIBE ${scaleToSql(def, { dialect: "duckdb", from })}`);
    expect(Object.fromEntries(types.map((t) => [t.column_name, t.column_type]))).toEqual({
      total: "DOUBLE",
      total_band: "VARCHAR",
      logic: "DOUBLE",
      logic_band: "VARCHAR",
      q9_critical: "INTEGER",
      screen_positive: "INTEGER",
      incomplete: "INTEGER",
      critical_item_unanswered: "INTEGER",
    });
  });

  it("gives the same scores, bands and flags as scoreBatch in DuckDB on random definitions (property)", async () => {
    let compared = 0;
    await fc.assert(
      fc.asyncProperty(
        definitionArb.chain((input) => {
          const parsed = validateScale(input);
          return parsed.success
            ? rowArb(parsed.data, 8).map((rows) => [parsed.data, rows] as const)
            : fc.constant(undefined);
        }),
        async (generated) => {
          fc.pre(generated !== undefined);
          if (generated === undefined) return;
          compared += await expectSqlMatchesBatch(generated[0], generated[1], "random");
        },
      ),
      { numRuns: 60 },
    );
    expect(compared).toBeGreaterThan(100);
  }, 60_000);

  it("gives the same numbers as scoreBatch on 20,000 synthetic rows with missing and invalid values", async () => {
    const halfEven = nineItemScale();
    (halfEven.scores[0] as { missing: { rounding: { mode: string } } }).missing.rounding.mode =
      "half-even";
    for (const [input, normTable] of [
      [nineItemScale(), undefined],
      [halfEven, undefined],
      [kitchenSinkScale(), "girls_12_15"],
      [kitchenSinkScale(), "general"],
    ] as const) {
      const def = valid(input);
      const rows = fc.sample(
        rowArb(def, 1).map((r) => r[0]!),
        { numRuns: 20_000, seed: 42 },
      );
      expect(await expectSqlMatchesBatch(def, rows, `${def.id}-${normTable}`, normTable)).toBe(
        rows.length * def.scores.length,
      );
    }
  }, 120_000);
});
