import { readFileSync } from "node:fs";
import { formatCsvRow } from "@psyscreen/core";
import { strFromU8, unzipSync } from "fflate";
import { CliError } from "../cli-error";
import { say } from "../messages";
import type { ReadTableOptions, TableEvent } from "./read-table";

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** XML text with entities and OOXML's `_xHHHH_` escapes decoded. */
function xmlText(text: string): string {
  return text
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
      if (name[0] !== "#") return ENTITIES[name] ?? whole;
      const code =
        name[1] === "x" || name[1] === "X"
          ? Number.parseInt(name.slice(2), 16)
          : Number(name.slice(1));
      return String.fromCodePoint(code);
    })
    .replace(/_x([0-9a-f]{4})_/gi, (_, hex: string) =>
      String.fromCharCode(Number.parseInt(hex, 16)),
    );
}

/** The text of every `<t>` in an element, leaving out phonetic runs (`<rPh>`). */
function runsText(xml: string): string {
  const plain = xml.replace(/<(\w+:)?rPh\b[\s\S]*?<\/(\w+:)?rPh>/g, "");
  let text = "";
  for (const m of plain.matchAll(/<(?:\w+:)?t\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?t>)/g))
    text += xmlText(m[1] ?? "");
  return text;
}

const attribute = (attributes: string, name: string) =>
  new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attributes)?.[1];

/** The 0-based column of a cell reference such as "AB12". */
function columnIndex(ref: string): number {
  let n = 0;
  for (const c of ref.replace(/\d+$/, "")) n = n * 26 + (c.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * Reads one sheet of an XLSX workbook as table events: the first non-empty row is the
 * header, each later non-empty row a row of cells (numbers as numbers, text, booleans as
 * 1/0; formulas by their cached value), numbered as Excel numbers them. The workbook is
 * read whole (a sheet holds at most 1,048,576 rows).
 *
 * @throws CliError when the file is not a workbook or has no such sheet
 */
export async function* readXlsx(options: ReadTableOptions): AsyncGenerator<TableEvent> {
  const { file, locale } = options;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(readFileSync(file), {
      filter: (f) =>
        (f.name.startsWith("xl/") && f.name.endsWith(".xml")) || f.name.endsWith(".rels"),
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code === "string") throw error;
    throw new CliError(say(locale, "xlsx-invalid", { file, reason: (error as Error).message }));
  }
  const text = (name: string) => (entries[name] ? strFromU8(entries[name]) : undefined);
  const workbook = text("xl/workbook.xml");
  if (workbook === undefined)
    throw new CliError(say(locale, "xlsx-invalid", { file, reason: "no xl/workbook.xml" }));
  const sheets = [...workbook.matchAll(/<(?:\w+:)?sheet\b([^>]*)\/?>/g)].map((m) => ({
    name: xmlText(attribute(m[1]!, "name") ?? ""),
    rel: attribute(m[1]!, "r:id") ?? attribute(m[1]!, "[\\w]+:id"),
  }));
  const wanted = options.sheet;
  const sheet =
    wanted === undefined
      ? sheets[0]
      : (sheets.find((s) => s.name === wanted) ??
        (/^\d+$/.test(wanted) ? sheets[Number(wanted) - 1] : undefined));
  if (sheet === undefined)
    throw new CliError(
      say(locale, "xlsx-no-sheet", {
        file,
        sheet: wanted ?? "1",
        sheets: sheets.map((s) => s.name).join(", "),
      }),
    );
  const rels = text("xl/_rels/workbook.xml.rels") ?? "";
  const target = [...rels.matchAll(/<(?:\w+:)?Relationship\b([^>]*)\/?>/g)]
    .map((m) => m[1]!)
    .find((a) => attribute(a, "Id") === sheet.rel);
  const path = (attribute(target ?? "", "Target") ?? "").replace(/^\/?(xl\/)?/, "xl/");
  const xml = text(path);
  if (xml === undefined)
    throw new CliError(say(locale, "xlsx-invalid", { file, reason: `no ${path || "sheet"}` }));
  const shared = [
    ...(text("xl/sharedStrings.xml") ?? "").matchAll(
      /<(?:\w+:)?si\b[^>]*>([\s\S]*?)<\/(?:\w+:)?si>/g,
    ),
  ].map((m) => runsText(m[1]!));

  let header: number | undefined;
  let rowNumber = 0;
  for (const row of xml.matchAll(/<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g)) {
    rowNumber = Number(attribute(row[1]!, "r") ?? rowNumber + 1);
    const cells: unknown[] = [];
    let next = 0;
    for (const c of (row[2] ?? "").matchAll(
      /<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g,
    )) {
      const ref = attribute(c[1]!, "r");
      const at = ref === undefined ? next : columnIndex(ref);
      next = at + 1;
      const body = c[2] ?? "";
      const type = attribute(c[1]!, "t") ?? "n";
      const v = /<(?:\w+:)?v\b[^>]*>([\s\S]*?)<\/(?:\w+:)?v>/.exec(body)?.[1];
      let value: unknown;
      if (type === "inlineStr") value = runsText(body);
      else if (v === undefined) continue;
      else if (type === "s") value = shared[Number(v)] ?? "";
      else if (type === "n") value = Number(v);
      else if (type === "b") value = v === "1" ? 1 : 0;
      else value = xmlText(v); // str (formula text), e (error), d (ISO date)
      while (cells.length < at) cells.push("");
      cells[at] = value;
    }
    if (cells.every((cell) => cell === "")) continue;
    if (header === undefined) {
      header = cells.length;
      yield { kind: "header", line: rowNumber, columns: cells.map((cell) => String(cell).trim()) };
      continue;
    }
    while (cells.length < header) cells.push("");
    yield {
      kind: "cells",
      line: rowNumber,
      cells,
      raw: formatCsvRow(cells as (string | number)[]).trimEnd(),
    };
  }
  if (header === undefined) throw new CliError(say(locale, "file-empty", { file }));
}
