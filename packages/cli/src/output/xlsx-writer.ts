import { once } from "node:events";
import { createWriteStream, type WriteStream } from "node:fs";
import { neutralizeFormula } from "@psyscreen/core";
import { strToU8, Zip, ZipDeflate } from "fflate";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const FLUSH_AT = 1 << 16;

/** The parts of a one-sheet workbook besides the sheet itself. */
function packageParts(sheetName: string): Record<string, string> {
  return {
    "[Content_Types].xml": `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    "_rels/.rels": `${XML}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="${escapeXml(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": `${XML}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
  };
}

/** Text as XML character data: markup escaped, characters XML forbids left out. */
function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** The column letters of a 0-based index: 0 → A, 26 → AA. */
function columnName(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/**
 * Writes one sheet of an XLSX workbook to a file row by row, compressing as it goes,
 * so a large result streams in constant memory. Numbers become number cells; text
 * becomes inline strings, with text a spreadsheet would run as a formula (= + - @)
 * prefixed with `'`; null and undefined leave the cell empty.
 *
 * @example
 * const xlsx = new XlsxWriter("scores.xlsx");
 * await xlsx.writeRow(["id", "total"]);
 * await xlsx.writeRow(["S1", 12]);
 * await xlsx.close();
 */
export class XlsxWriter {
  private readonly stream: WriteStream;
  private readonly zip: Zip;
  private readonly sheet: ZipDeflate;
  private readonly pending: Uint8Array[] = [];
  private buffer = "";
  private rows = 0;
  private failure: Error | undefined;

  constructor(file: string, sheetName = "Sheet1") {
    this.stream = createWriteStream(file);
    this.stream.on("error", (error) => {
      this.failure = error;
    });
    this.zip = new Zip((error, data) => {
      if (error) this.failure = error;
      else this.pending.push(data);
    });
    for (const [name, text] of Object.entries(packageParts(sheetName))) {
      const part = new ZipDeflate(name, { level: 6 });
      this.zip.add(part);
      part.push(strToU8(text), true);
    }
    this.sheet = new ZipDeflate("xl/worksheets/sheet1.xml", { level: 6 });
    this.zip.add(this.sheet);
    this.buffer = `${XML}<worksheet xmlns="${MAIN}"><sheetData>`;
  }

  /** Adds a row below the last one. */
  async writeRow(values: readonly (string | number | null | undefined)[]): Promise<void> {
    const r = ++this.rows;
    let xml = `<row r="${r}">`;
    values.forEach((value, c) => {
      if (value === null || value === undefined || value === "") return;
      const ref = `${columnName(c)}${r}`;
      if (typeof value === "number") {
        if (Number.isFinite(value)) xml += `<c r="${ref}"><v>${value}</v></c>`;
        return;
      }
      const text = escapeXml(neutralizeFormula(value));
      xml += `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${text}</t></is></c>`;
    });
    this.buffer += `${xml}</row>`;
    if (this.buffer.length >= FLUSH_AT) await this.flush(false);
  }

  /** Finishes the workbook and closes the file. */
  async close(): Promise<void> {
    this.buffer += "</sheetData></worksheet>";
    await this.flush(true);
    this.zip.end();
    await this.drain();
    this.stream.end();
    await once(this.stream, "finish");
    if (this.failure) throw this.failure;
  }

  private async flush(final: boolean): Promise<void> {
    this.sheet.push(strToU8(this.buffer), final);
    this.buffer = "";
    await this.drain();
  }

  private async drain(): Promise<void> {
    if (this.failure) throw this.failure;
    while (this.pending.length > 0) {
      if (!this.stream.write(this.pending.shift()!)) await once(this.stream, "drain");
    }
  }
}
