import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { excelLikeWorkbook } from "../../test/excel-like-workbook";
import { XlsxWriter } from "../output/xlsx-writer";
import { readTable, type TableEvent } from "./read-table";

const dir = mkdtempSync(join(tmpdir(), "psyscreen-xlsx-"));

async function events(file: string, sheet?: string) {
  const out: TableEvent[] = [];
  for await (const e of readTable({ file, locale: "en", sheet })) out.push(e);
  return out;
}

describe("readXlsx", () => {
  const file = join(dir, "export.xlsx");
  writeFileSync(file, excelLikeWorkbook());

  it("reads a sheet by name: shared and inline strings, numbers, formulas' values, gaps, Excel row numbers", async () => {
    const [header, ...rows] = await events(file, "答卷 2026");
    expect(header).toEqual({
      kind: "header",
      line: 1,
      columns: ["学号", ...Array.from({ length: 9 }, (_, i) => `phq9_${i + 1}`), "note & <remark>"],
    });
    expect(rows.map((r) => (r.kind === "cells" ? [r.line, r.cells] : r))).toEqual([
      [2, ["张三", 0, 1, 0, 1, 0, 0, 1, 0, 0, ""]],
      // row 3 is empty and skipped; B4 is a formula (cached 2), C4 a boolean, D4 styled but empty
      [4, ["李四", 2, 1, "", 2, 2, 2, 2, 2, 1, "xy"]],
      // a cell beyond the header (L6) makes the row one field too long
      [6, ["王五", 3, 3, 3, 3, 3, 3, 3, 3, 3, "", "note & <remark>"]],
    ]);
  });

  it("takes the first sheet by default and a sheet by number, and names the sheets when one is missing", async () => {
    expect((await events(file))[0]).toEqual({
      kind: "header",
      line: 1,
      columns: ["Read me first"],
    });
    expect((await events(file, "2"))[1]).toMatchObject({ kind: "cells", line: 2 });
    await expect(events(file, "Sheet9")).rejects.toThrow(
      `${file} has no sheet Sheet9; its sheets: 说明, 答卷 2026.`,
    );
  });

  it("refuses a file that is not a workbook", async () => {
    const bad = join(dir, "bad.xlsx");
    writeFileSync(bad, "id,phq9_1\n");
    await expect(events(bad)).rejects.toThrow(`${bad} is not a readable XLSX workbook:`);
  });

  it("reads back what XlsxWriter writes, however many rows", async () => {
    const out = join(dir, "written.xlsx");
    const writer = new XlsxWriter(out, "scores");
    const rows: (string | number | null)[][] = [["id", "total", "note"]];
    for (let r = 0; r < 3000; r++) rows.push([`S${r}`, r % 28, r % 2 ? null : `a&b <${r}> "q"`]);
    for (const row of rows) await writer.writeRow(row);
    await writer.close();
    const [header, ...read] = await events(out);
    expect(header).toMatchObject({ columns: ["id", "total", "note"] });
    expect(read).toHaveLength(3000);
    expect(read.map((e) => (e.kind === "cells" ? e.cells : []))).toEqual(
      rows.slice(1).map((row) => row.map((c) => c ?? "")),
    );
  });
});
