import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { scaleToSql, scoreBatch } from "@psyscreen/core";
import { describe, expect, it } from "vitest";
import { getScale, scaleIds } from "./index";

const ROWS = 100_000;

/** A seeded generator (mulberry32), so every run scores the same synthetic export. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("generated SQL agrees with the JavaScript engine on every scale", () => {
  for (const id of scaleIds) {
    it(`${id}: ${ROWS.toLocaleString("en")} synthetic rows with missing and invalid answers score identically in DuckDB and scoreBatch`, async () => {
      const scale = getScale(id);
      const items = scale.items.map((item) => item.id);
      const next = random(7);
      // 6 % skipped, 1 % out of range, else a value of the item's response set
      const columns = items.map((itemId) => {
        const set = scale.responseSets.find(
          (s) => s.id === scale.items.find((i) => i.id === itemId)!.responseSet,
        )!;
        const values = set.kind === "choice" ? set.options.map((o) => o.value) : [0, 1, 2];
        return Float64Array.from({ length: ROWS }, () => {
          const u = next();
          if (u < 0.06) return Number.NaN;
          if (u < 0.07) return 9;
          return values[Math.floor(next() * values.length)]!;
        });
      });
      const path = join(tmpdir(), `psyscreen-${process.pid}-${id}.csv`);
      const lines = [["row", ...items].join(",")];
      for (let r = 0; r < ROWS; r++) {
        lines.push([r, ...columns.map((c) => (Number.isNaN(c[r]!) ? "" : c[r]))].join(","));
      }
      writeFileSync(path, `${lines.join("\n")}\n`);
      const types = [`'row': 'INTEGER'`, ...items.map((i) => `'${i}': 'DOUBLE'`)].join(", ");
      const sql = scaleToSql(scale, {
        dialect: "duckdb",
        from: `read_csv('${path}', header = true, columns = {${types}})`,
        keep: ["row"],
      });
      const db = await DuckDBInstance.create(":memory:");
      const connection = await db.connect();
      const rows = (await connection.runAndReadAll(`${sql} ORDER BY "row"`)).getRowObjectsJS();

      const batch = scoreBatch(
        scale,
        Object.fromEntries(items.map((item, i) => [item, columns[i]!])),
      );
      const mismatches: string[] = [];
      let flagged = 0;
      rows.forEach((row, r) => {
        for (const score of scale.scores) {
          const v = batch.scores[score.id]!.value[r]!;
          const band = batch.scores[score.id]!.band[r]!;
          if (!Object.is(row[score.id], Number.isNaN(v) ? null : v)) {
            mismatches.push(`row ${r} ${score.id}: SQL ${row[score.id]}, JS ${v}`);
          }
          if (
            score.bands &&
            row[`${score.id}_band`] !== (band < 0 ? null : score.bands[band]!.id)
          ) {
            mismatches.push(`row ${r} ${score.id}_band`);
          }
        }
        for (const [flag, column] of Object.entries(batch.flags)) {
          if (Number(row[flag]) !== column[r]) mismatches.push(`row ${r} flag ${flag}`);
          flagged += column[r]!;
        }
      });
      expect(mismatches.slice(0, 10)).toEqual([]);
      expect(rows).toHaveLength(ROWS);
      expect(flagged).toBeGreaterThan(0);

      // the same file with the column types DuckDB detects (integers), passed as a user
      // would from DESCRIBE: the same rows, without the whole-number tests
      const detected = `read_csv('${path}', header = true, types = {'row': 'INTEGER'})`;
      const described = (
        await connection.runAndReadAll(`DESCRIBE SELECT * FROM ${detected}`)
      ).getRowObjectsJS();
      const columnTypes = Object.fromEntries(
        described.map((d) => [String(d.column_name), String(d.column_type)]),
      );
      expect(Object.values(columnTypes)).toContain("BIGINT");
      const typed = scaleToSql(scale, {
        dialect: "duckdb",
        from: detected,
        keep: ["row"],
        columnTypes,
      });
      expect(typed.length).toBeLessThan(sql.length);
      const typedRows = (
        await connection.runAndReadAll(`${typed} ORDER BY "row"`)
      ).getRowObjectsJS();
      expect(typedRows).toEqual(rows);
      connection.closeSync();
    }, 120_000);
  }
});
