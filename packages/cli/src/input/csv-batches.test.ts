import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scoreCommand } from "../commands/score-command";

const ITEMS = ["phq9_1", "phq9_2", "phq9_3", "phq9_4", "phq9_5", "phq9_6", "phq9_7", "phq9_8"];

/** A cell as written in the file (quoted cells already quoted). */
const cell = fc.oneof(
  { weight: 30, arbitrary: fc.constantFrom("0", "1", "2", "3") },
  { weight: 4, arbitrary: fc.constant("") },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      "NA",
      "9",
      "7",
      "x",
      "二",
      "😀",
      " 2 ",
      "1.5",
      "-1",
      "=1+1",
      '"3"',
      '"1,2"',
      '"a""b"',
      '"line\nbreak"',
      '"二\r\n三"',
      '"x"y',
      "a\tb",
    ),
  },
);

/** A data line: an id (few distinct ones, so duplicates are common), cells, faults. */
const line = fc.record({
  id: fc.oneof(
    { weight: 12, arbitrary: fc.integer({ min: 1, max: 80 }).map(String) },
    {
      weight: 2,
      arbitrary: fc.constantFrom("", " 5", "学生一", "a,b", '"7"', '"8,9"', "=id", "-3", "\u00a0"),
    },
  ),
  cells: fc.array(cell, { minLength: ITEMS.length + 1, maxLength: ITEMS.length + 1 }),
  fields: fc.oneof(
    { weight: 20, arbitrary: fc.constant(0) },
    { weight: 1, arbitrary: fc.constantFrom(-4, -1, 1) },
  ),
  blank: fc.oneof(
    { weight: 30, arbitrary: fc.constant(false) },
    { weight: 1, arbitrary: fc.constant(true) },
  ),
  end: fc.constantFrom("\n", "\n", "\r\n", "\r"),
});

async function score(
  file: string,
  out: string,
  chunk: { rows: number; bytes?: number; scale?: string },
) {
  let err = "";
  const rejects = `${out}.rejects.csv`;
  rmSync(rejects, { force: true });
  const code = await scoreCommand(
    {
      scale: chunk.scale ?? "phq-9",
      input: file,
      out,
      format: "csv",
      idColumn: "id",
      map: [],
      missing: ["NA", "9"],
      normGroup: [],
      rejects,
      chunkRows: chunk.rows,
      ...(chunk.bytes === undefined ? {} : { chunkBytes: chunk.bytes }),
    },
    "en",
    { out: () => {}, err: (s) => (err += s), errIsTTY: false },
  );
  const rejected = existsSync(rejects) ? readFileSync(rejects, "utf8") : "";
  return { code, err, out: readFileSync(out, "utf8"), rejected };
}

describe("csvBatches, the fast CSV path of psyscreen score", () => {
  it("gives byte for byte the output, rejects, messages and exit code of the row-by-row path, however the bytes are cut (property)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "psyscreen-batches-"));
    let columnRows = 0;
    let runs = 0;
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.array(line, { minLength: 1, maxLength: 200, size: "large" }),
          fc.record({
            tsv: fc.boolean(),
            bom: fc.boolean(),
            lastEnd: fc.boolean(),
            unclosed: fc.boolean(),
            rows: fc.integer({ min: 1, max: 40 }),
            bytes: fc.integer({ min: 1, max: 300 }),
          }),
          async (lines, o) => {
            const d = o.tsv ? "\t" : ",";
            const head = ["id", ...ITEMS, "phq9_9"].join(d);
            let text = `${o.bom ? "\uFEFF" : ""}${head}\n`;
            lines.forEach((l, i) => {
              const cells = [l.id, ...l.cells];
              if (l.fields < 0) cells.length = cells.length + l.fields;
              if (l.fields > 0) cells.push("1");
              const last = i === lines.length - 1;
              text += `${l.blank ? "" : cells.join(d)}${last && !o.lastEnd ? "" : l.end}`;
            });
            if (o.unclosed) text += `99${d}"never closed\n1${d}2\n`;
            const file = join(dir, o.tsv ? "in.tsv" : "in.csv");
            writeFileSync(file, text);
            const rowByRow = await score(file, join(dir, "out.csv"), { rows: 0 });
            const fast = await score(file, join(dir, "out.csv"), o);
            expect(fast).toEqual(rowByRow);
            runs++;
            columnRows += rowByRow.out.split("\n").length;
          },
        ),
        { numRuns: 120 },
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // not vacuous: the runs scored rows
    expect(runs).toBe(120);
    expect(columnRows).toBeGreaterThan(120 * 20);
  }, 300_000);

  it("writes fractional scores (the SCL-90's means, GSI, PSDI) as the row-by-row path does", async () => {
    const dir = mkdtempSync(join(tmpdir(), "psyscreen-batches-"));
    try {
      const head = ["id", ...Array.from({ length: 90 }, (_, i) => `scl90_${i + 1}`)];
      let x = 20261129;
      const next = () => {
        x = (Math.imul(x, 1103515245) + 12345) >>> 0;
        return x;
      };
      const lines = Array.from({ length: 400 }, (_, r) => {
        const level = next() % 5;
        const cells = head.slice(1).map(() => {
          const u = next() % 100;
          return u < 1 ? "" : String(1 + Math.min(4, Math.max(0, level + (u % 3) - 1)));
        });
        return [`S${1000 + r}`, ...cells].join(",");
      });
      const file = join(dir, "scl90.csv");
      writeFileSync(file, `${head.join(",")}\n${lines.join("\n")}\n`);
      const rowByRow = await score(file, join(dir, "out.csv"), { rows: 0, scale: "scl-90" });
      const fast = await score(file, join(dir, "out.csv"), { rows: 64, scale: "scl-90" });
      expect(fast).toEqual(rowByRow);
      // not vacuous: fractional values and null totals were written
      expect(rowByRow.out).toMatch(/,\d\.\d+,/);
      expect(rowByRow.out.split("\n")).toHaveLength(402);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
