import { strToU8, zipSync } from "fflate";

/**
 * Builds the bytes of an XLSX workbook the way Excel writes one — shared strings (with
 * rich-text runs and phonetic hints), styles, cell references with gaps, a formula with
 * its cached value, booleans, an inline string, entities — written here by hand from the
 * OOXML (ECMA-376) part names, so the reader is tested against a file it did not write.
 */
export function excelLikeWorkbook(): Uint8Array {
  const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const strings = [
    "学号",
    "phq9_1",
    "phq9_2",
    "phq9_3",
    "phq9_4",
    "phq9_5",
    "phq9_6",
    "phq9_7",
    "phq9_8",
    "phq9_9",
    "张三",
    "note & <remark>",
  ];
  const si = strings
    .map((s, i) =>
      i === 10
        ? // rich text in two runs, with a phonetic hint that is not part of the text
          `<si><r><rPr><b/></rPr><t>张</t></r><r><t>三</t></r><rPh sb="0" eb="1"><t>zhang</t></rPh></si>`
        : `<si><t>${s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")}</t></si>`,
    )
    .join("");
  const row = (r: number, cells: string) => `<row r="${r}" spans="1:11">${cells}</row>`;
  const header = Array.from(
    { length: 10 },
    (_, i) => `<c r="${"ABCDEFGHIJ"[i]}1" t="s" s="1"><v>${i}</v></c>`,
  ).join("");
  const numbers = (r: number, values: (number | null)[]) =>
    values
      .map((v, i) => (v === null ? "" : `<c r="${"BCDEFGHIJ"[i]}${r}"><v>${v}</v></c>`))
      .join("");
  const sheet = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="${main}" xmlns:r="${rel}"><dimension ref="A1:K6"/><sheetData>${row(1, `${header}<c r="K1" t="s"><v>11</v></c>`)}${row(
    2,
    `<c r="A2" t="s"><v>10</v></c>${numbers(2, [0, 1, 0, 1, 0, 0, 1, 0, 0])}`,
  )}<row r="3"/>${row(
    4,
    // a formula with its cached value, a boolean, an empty styled cell, an inline string
    `<c r="A4" t="inlineStr"><is><t>李四</t></is></c><c r="B4"><f>1+1</f><v>2</v></c><c r="C4" t="b"><v>1</v></c><c r="D4" s="2"/>${numbers(4, [null, null, null, 2, 2, 2, 2, 2, 1])}<c r="K4" t="str"><f>"x"&amp;"y"</f><v>xy</v></c>`,
  )}${row(6, `<c r="A6" t="inlineStr"><is><t>王五</t></is></c>${numbers(6, [3, 3, 3, 3, 3, 3, 3, 3, 3])}<c r="L6" t="s"><v>11</v></c>`)}</sheetData></worksheet>`;
  return zipSync({
    "[Content_Types].xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`,
    ),
    "_rels/.rels": strToU8(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    "xl/workbook.xml": strToU8(
      `<workbook xmlns="${main}" xmlns:r="${rel}"><sheets><sheet name="说明" sheetId="3" r:id="rId7"/><sheet name="答卷 2026" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId7" Type="${rel}/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId1" Type="${rel}/worksheet" Target="/xl/worksheets/sheet1.xml"/><Relationship Id="rId9" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ),
    "xl/sharedStrings.xml": strToU8(
      `<sst xmlns="${main}" count="${strings.length}" uniqueCount="${strings.length}">${si}</sst>`,
    ),
    "xl/styles.xml": strToU8(`<styleSheet xmlns="${main}"/>`),
    "xl/worksheets/sheet1.xml": strToU8(sheet),
    "xl/worksheets/sheet2.xml": strToU8(
      `<worksheet xmlns="${main}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Read me first</t></is></c></row></sheetData></worksheet>`,
    ),
  });
}
