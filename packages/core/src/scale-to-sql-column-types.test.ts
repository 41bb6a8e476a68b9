import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { batchAnswerArb, definitionArb } from "../test/arbitraries";
import { query, readCsv, writeCsv } from "../test/duckdb";
import { nineItemScale } from "../test/sample-scales";
import type { ScaleDefinition } from "./scale-definition-schema";
import { scaleToSql } from "./scale-to-sql";
import { isIntegerSqlType } from "./sql-integer-type";
import { validateScale } from "./validate-scale";

function valid(input: unknown): ScaleDefinition {
  const result = validateScale(input);
  if (!result.success) throw new Error(JSON.stringify(result.issues));
  return result.data;
}

/** The FROM item that reads a CSV written by `writeCsv` with every item as BIGINT. */
function readIntegerCsv(path: string, itemIds: string[]): string {
  const types = [`'id': 'INTEGER'`, ...itemIds.map((id) => `'${id}': 'BIGINT'`)].join(", ");
  return `read_csv('${path}', header = true, columns = {${types}})`;
}

/** Column name → type, as a user reads them from DuckDB's DESCRIBE. */
async function describe_(from: string): Promise<Record<string, string>> {
  const rows = await query(`DESCRIBE SELECT * FROM ${from}`);
  return Object.fromEntries(rows.map((r) => [String(r.column_name), String(r.column_type)]));
}

describe("isIntegerSqlType", () => {
  it("knows the integer types of DuckDB, PostgreSQL and Spark, and decimals of scale 0", () => {
    const integers = ["BIGINT", "integer", " Int ", "SMALLINT", "TINYINT", "HUGEINT", "UBIGINT"];
    const more = ["int8", "INT4", "int2", "long", "DECIMAL(4,0)", "numeric(18, 0)"];
    for (const type of [...integers, ...more]) expect(isIntegerSqlType(type), type).toBe(true);
    const others = ["DOUBLE", "double precision", "FLOAT", "REAL", "VARCHAR", "text"];
    const notWhole = ["DECIMAL(4,1)", "NUMERIC", "decimal(10, 2)", "", "BIGINT[]", "interval"];
    for (const type of [...others, ...notWhole]) expect(isIntegerSqlType(type), type).toBe(false);
  });
});

describe("scaleToSql with columnTypes", () => {
  it("leaves out the whole-number test only for answers in integer columns", () => {
    const def = valid(nineItemScale());
    const sql = scaleToSql(def, {
      dialect: "postgres",
      from: "t",
      columns: { q2: "PHQ 2" },
      // q2's type is given under its column's name; q3 is a double, q4 text
      columnTypes: { q1: "bigint", "PHQ 2": "integer", q3: "double precision", q4: "text" },
    });
    // q1 and q2 are tested and keyed as the integers they are, their sum cast to double
    expect(sql).toContain(
      '(CASE WHEN "q1" >= 0 AND "q1" <= 3 THEN TRUE ELSE FALSE END) AS "ok_q1"',
    );
    expect(sql).toContain('(CASE WHEN "ok_q2" THEN CAST("PHQ 2" AS BIGINT) ELSE 0 END)');
    expect(sql).toContain('CAST((0 + "k_q1" + "k_q2" + "k_q3"');
    expect(sql).toContain('AS DOUBLE PRECISION) AS "a_total"');
    expect(sql).not.toContain('"i_q2" = FLOOR');
    for (const id of ["q3", "q4", "q5", "q9"]) {
      expect(sql).toContain(`"i_${id}" = FLOOR("i_${id}")`);
      expect(sql).toContain(`(CASE WHEN "ok_${id}" THEN "i_${id}" ELSE 0 END)`);
    }
    // a fractional weight keeps the double: no integer test, but the cast answer
    const half = valid({
      ...nineItemScale(),
      items: nineItemScale().items.map((item) => ({ ...item, weight: 0.5 })),
      scores: nineItemScale().scores.map((score) => ({ ...score, bands: undefined })),
    });
    const halfSql = scaleToSql(half, { dialect: "duckdb", from: "t", columnTypes: { q1: "INT" } });
    expect(halfSql).toContain(
      '(CASE WHEN "i_q1" >= 0 AND "i_q1" <= 3 THEN TRUE ELSE FALSE END) AS "ok_q1"',
    );
    expect(halfSql).toContain('(0 + "k_q1" + "k_q2"');
    // an integer item without bounds in an integer column: any number given is valid
    const open = valid({
      ...nineItemScale(),
      responseSets: [{ id: "freq", kind: "numeric", integer: true }],
    });
    expect(
      scaleToSql(open, { dialect: "duckdb", from: "t", columnTypes: { q1: "BIGINT" } }),
    ).toContain('("i_q1" IS NOT NULL) AS "ok_q1"');
  });

  it("gives the same rows over integer columns as the query without types (property)", async () => {
    const whole = batchAnswerArb.filter(
      (v) => v === null || v === undefined || Number.isInteger(v),
    );
    let scored = 0;
    await fc.assert(
      fc.asyncProperty(
        definitionArb.chain((input) => {
          const parsed = validateScale(input);
          if (!parsed.success) return fc.constant(undefined);
          const row = fc.tuple(...parsed.data.items.map(() => whole.map((v) => v ?? null)));
          return fc
            .array(row, { minLength: 1, maxLength: 20 })
            .map((rows) => [parsed.data, rows] as const);
        }),
        async (generated) => {
          fc.pre(generated !== undefined);
          if (generated === undefined) return;
          const [def, rows] = generated;
          const ids = def.items.map((item) => item.id);
          const path = writeCsv("column-types", ids, rows);
          const doubles = readCsv(path, ids);
          const integers = readIntegerCsv(path, ids);
          const columnTypes = await describe_(integers);
          expect(Object.values(columnTypes)).toContain("BIGINT");
          const typed = scaleToSql(def, {
            dialect: "duckdb",
            from: integers,
            keep: ["id"],
            columnTypes,
          });
          const plain = scaleToSql(def, { dialect: "duckdb", from: doubles, keep: ["id"] });
          const got = await query(`${typed} ORDER BY "id"`);
          expect(got).toEqual(await query(`${plain} ORDER BY "id"`));
          // the same column types too: integer sums are cast back to double
          expect(await query(`DESCRIBE ${typed}`)).toEqual(await query(`DESCRIBE ${plain}`));
          scored += got.length;
        },
      ),
      { numRuns: 60 },
    );
    expect(scored).toBeGreaterThan(100);
  }, 60_000);

  it("reads integer columns of every width, whatever number they hold", async () => {
    const def = valid(nineItemScale());
    const ids = def.items.map((item) => item.id);
    // the largest UBIGINT and HUGEINT (invalid answers: a cast to BIGINT would fail),
    // a negative TINYINT, a valid answer in each, and NULL
    const types = ["UBIGINT", "HUGEINT", "TINYINT", "SMALLINT", "INTEGER", "UINTEGER"];
    const cells = [
      ["18446744073709551615", "170141183460469231731687303715884105727", "-128", "3", "2", "1"],
      ["3", "2", "1", "NULL", "0", "4294967295"],
    ];
    const select = (row: string[]) =>
      `SELECT ${ids.map((id, i) => `CAST(${row[i % row.length]} AS ${types[i % types.length]}) AS "${id}"`).join(", ")}`;
    const from = `(${cells.map(select).join(" UNION ALL ")})`;
    const columnTypes = await describe_(from);
    expect(columnTypes.q1).toBe("UBIGINT");
    const typed = scaleToSql(def, { dialect: "duckdb", from, columnTypes });
    expect(typed).toContain('CAST("q1" AS BIGINT)');
    const doubles = `(SELECT ${ids.map((id) => `CAST("${id}" AS DOUBLE) AS "${id}"`).join(", ")} FROM ${from})`;
    const plain = scaleToSql(def, { dialect: "duckdb", from: doubles });
    const rows = await query(`${typed} ORDER BY "total" NULLS FIRST`);
    expect(rows).toEqual(await query(`${plain} ORDER BY "total" NULLS FIRST`));
    // the second row: 3 + 2 + 1 + 0 + 3 + 2 + 1 valid, two missing or out of range → 12 × 9 / 7
    expect(rows.map((r) => r.total)).toEqual([null, Math.floor((12 * 9) / 7 + 0.5)]);
  });

  it("keeps the test for a column whose type holds fractions: 2.5 is not a 0–3 answer", async () => {
    const def = valid(nineItemScale());
    const ids = def.items.map((item) => item.id);
    const rows = [[2.5, 1, 1, 1, 1, 1, 1, 1, 1]];
    const from = readCsv(writeCsv("column-types-double", ids, rows), ids);
    const sql = scaleToSql(def, {
      dialect: "duckdb",
      from,
      keep: ["id"],
      columnTypes: await describe_(from),
    });
    // q1 is not valid, so the total is prorated from eight answers: 8 × 9 / 8
    expect(await query(`SELECT "total" FROM (${sql})`)).toEqual([{ total: 9 }]);
  });
});
