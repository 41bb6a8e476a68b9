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
      "valid" AS (SELECT *, ("i_q1" IS NOT NULL AND "i_q1" >= 0 AND "i_q1" <= 3 AND "i_q1" = FLOOR("i_q1")) AS "ok_q1", ("i_q2" IS NOT NULL AND "i_q2" >= 0 AND "i_q2" <= 3 AND "i_q2" = FLOOR("i_q2")) AS "ok_q2" FROM "items"),
      "keyed" AS (SELECT *, (CASE WHEN "ok_q1" THEN "i_q1" ELSE 0 END) AS "k_q1", (CASE WHEN "ok_q2" THEN (3 - "i_q2") ELSE 0 END) AS "k_q2" FROM "valid"),
      "aggregate_total" AS (SELECT *, (CAST("ok_q1" AS INTEGER) + CAST("ok_q2" AS INTEGER)) AS "n_total", (0 + "k_q1" + "k_q2") AS "a_total" FROM "keyed"),
      "score_total" AS (SELECT *, (CASE WHEN "n_total" < 1 THEN NULL ELSE (CASE WHEN "n_total" < 2 THEN (CASE WHEN ABS(((("a_total" * 2) / "n_total")) - FLOOR(((("a_total" * 2) / "n_total"))) - 0.5) <= 1e-9 * GREATEST(1, ABS(((("a_total" * 2) / "n_total")))) THEN FLOOR(((("a_total" * 2) / "n_total"))) + 1 ELSE FLOOR(((("a_total" * 2) / "n_total")) + 0.5) END) ELSE "a_total" END) END) AS "s_total" FROM "aggregate_total")
      SELECT "student_id",
        "s_total" AS "total",
        (CASE WHEN "s_total" > 6 + 1e-9 THEN NULL WHEN 3 <= "s_total" + 1e-9 THEN 'high' WHEN 0 <= "s_total" + 1e-9 THEN 'low' ELSE NULL END) AS "total_band",
        (CASE WHEN ("i_q1" IS NOT NULL AND "i_q1" >= 2) THEN 1 ELSE 0 END) AS "q1_critical",
        (CASE WHEN ("n_total" < 1) THEN 1 ELSE 0 END) AS "incomplete",
        (CASE WHEN (NOT ("i_q1" IS NOT NULL AND "i_q1" >= 2) AND (NOT "ok_q1")) THEN 1 ELSE 0 END) AS "critical_item_unanswered"
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
