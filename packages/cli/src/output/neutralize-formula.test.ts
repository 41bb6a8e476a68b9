import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { formatCsvRow, neutralizeFormula } from "@psyscreen/core";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { XlsxWriter } from "./xlsx-writer";

describe("formula injection", () => {
  it("prefixes text starting with = + - @ tab or CR, and leaves numbers alone", () => {
    expect(
      [
        "=1+1",
        "+1-2",
        "-2+3",
        "@SUM(A1)",
        "\t=x",
        "\r=x",
        "-1",
        "+2.5",
        "-1e3",
        "a=b",
        "",
        "S1",
      ].map(neutralizeFormula),
    ).toEqual([
      "'=1+1",
      "'+1-2",
      "'-2+3",
      "'@SUM(A1)",
      "'\t=x",
      "'\r=x",
      "-1",
      "+2.5",
      "-1e3",
      "a=b",
      "",
      "S1",
    ]);
  });

  it("neutralizes CSV text cells when asked, never numbers", () => {
    const cells = ['=HYPERLINK("http://x","y")', -3, "-3", "ok"];
    expect(formatCsvRow(cells, { neutralizeFormulas: true })).toBe(
      `"'=HYPERLINK(""http://x"",""y"")",-3,-3,ok\n`,
    );
    expect(formatCsvRow(cells)).toBe(`"=HYPERLINK(""http://x"",""y"")",-3,-3,ok\n`);
  });

  it("neutralizes XLSX text cells and writes numbers as numbers", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "psyscreen-xlsx-")), "out.xlsx");
    const writer = new XlsxWriter(file, "a<b");
    await writer.writeRow(["=cmd|' /C calc'!A0", -1, "@x", null, "x\u0001y"]);
    await writer.close();
    const parts = unzipSync(readFileSync(file));
    expect(Object.keys(parts).sort()).toEqual([
      "[Content_Types].xml",
      "_rels/.rels",
      "xl/_rels/workbook.xml.rels",
      "xl/workbook.xml",
      "xl/worksheets/sheet1.xml",
    ]);
    expect(strFromU8(parts["xl/workbook.xml"]!)).toContain(
      '<sheet name="a&lt;b" sheetId="1" r:id="rId1"/>',
    );
    expect(strFromU8(parts["xl/worksheets/sheet1.xml"]!)).toContain(
      `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t xml:space="preserve">'=cmd|' /C calc'!A0</t></is></c><c r="B1"><v>-1</v></c><c r="C1" t="inlineStr"><is><t xml:space="preserve">'@x</t></is></c><c r="E1" t="inlineStr"><is><t xml:space="preserve">xy</t></is></c></row></sheetData>`,
    );
  });
});
