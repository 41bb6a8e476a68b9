import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scoreCommand } from "./commands/score-command";

const ITEMS = ["phq9_1", "phq9_2", "phq9_3", "phq9_4", "phq9_5", "phq9_6", "phq9_7", "phq9_8"];

/** A cell: mostly valid answers, with every fault the command must report. */
const cell = fc.oneof(
  { weight: 20, arbitrary: fc.constantFrom("0", "1", "2", "3") },
  { weight: 3, arbitrary: fc.constant("") },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "NA",
      "x",
      "9",
      "-1",
      "1.5",
      " 2 ",
      '"3"',
      '"1,2"',
      "1e999",
      "=1+1",
      '"a""b"',
      "2\r",
    ),
  },
);

/** One data line: the id and the cells, sometimes too few or too many fields. */
const line = fc.record({
  id: fc.oneof(
    { weight: 10, arbitrary: fc.integer({ min: 1, max: 60 }).map(String) },
    { weight: 1, arbitrary: fc.constantFrom("", '"7"', "=id") },
  ),
  cells: fc.array(cell, { minLength: ITEMS.length + 1, maxLength: ITEMS.length + 1 }),
  fields: fc.oneof(
    { weight: 20, arbitrary: fc.constant(0) },
    { weight: 1, arbitrary: fc.constantFrom(-3, 1) },
  ),
  blank: fc.oneof(
    { weight: 30, arbitrary: fc.constant(false) },
    { weight: 1, arbitrary: fc.constant(true) },
  ),
});

/** A header: item 9 sometimes absent (not shown), the columns in any order. */
const header = fc.record({
  item9: fc.boolean(),
  order: fc.shuffledSubarray(
    [...ITEMS, "phq9_9"].map((_, i) => i),
    {
      minLength: 9,
      maxLength: 9,
    },
  ),
});

async function score(file: string, out: string, chunkRows: number) {
  let err = "";
  const rejects = `${out}.rejects.csv`;
  rmSync(rejects, { force: true });
  const code = await scoreCommand(
    {
      scale: "phq-9",
      input: file,
      out,
      format: "csv",
      idColumn: "id",
      map: [],
      missing: ["NA"],
      normGroup: [],
      rejects,
      chunkRows,
    },
    "en",
    { out: () => {}, err: (s) => (err += s), errIsTTY: false },
  );
  const rejected = existsSync(rejects) ? readFileSync(rejects, "utf8") : "";
  return { code, err, out: readFileSync(out, "utf8"), rejected };
}

describe("psyscreen score, a chunk at a time", () => {
  it("writes byte for byte what scoring row by row writes, on random CSVs with faults (property)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "psyscreen-chunks-"));
    try {
      await fc.assert(
        fc.asyncProperty(
          header,
          fc.array(line, { minLength: 1, maxLength: 300, size: "large" }),
          fc.integer({ min: 1, max: 40 }),
          async (h, lines, chunkRows) => {
            const columns = ["id", ...ITEMS, "phq9_9"];
            const used = h.order.filter((i) => h.item9 || columns[i + 1] !== "phq9_9");
            const head = ["id", ...used.map((i) => columns[i + 1]!)];
            const text = lines.map((l) => {
              if (l.blank) return "";
              const cells = [l.id, ...used.map((i) => l.cells[i]!)];
              if (l.fields < 0) cells.length = Math.max(1, cells.length + l.fields);
              if (l.fields > 0) cells.push("1");
              return cells.join(",");
            });
            const file = join(dir, "in.csv");
            writeFileSync(file, `${head.join(",")}\n${text.join("\n")}\n`);
            const rowByRow = await score(file, join(dir, "out.csv"), 0);
            const chunked = await score(file, join(dir, "out.csv"), chunkRows);
            expect(chunked).toEqual(rowByRow);
          },
        ),
        { numRuns: 40 },
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
