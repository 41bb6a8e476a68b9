import { formatCsvRow } from "@psyscreen/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readRecords } from "./read-records";

async function all(chunks: string[], delimiter = ",") {
  const out = [];
  for await (const record of readRecords(chunks, delimiter)) out.push(record);
  return out;
}

describe("readRecords", () => {
  it("reads quoted fields with delimiters, quotes and newlines, and numbers lines", async () => {
    const text = 'id,note\r\n1,"a, ""b"""\n2,"two\nlines"\n\n3,\n';
    expect(await all([text])).toEqual([
      { line: 1, fields: ["id", "note"] },
      { line: 2, fields: ["1", 'a, "b"'] },
      { line: 3, fields: ["2", "two\nlines"] },
      { line: 6, fields: ["3", ""] },
    ]);
  });

  it("reads TSV and a last line without a newline", async () => {
    expect(await all(["a\tb\n1\t2"], "\t")).toEqual([
      { line: 1, fields: ["a", "b"] },
      { line: 2, fields: ["1", "2"] },
    ]);
  });

  it("reads back what formatCsvRow writes, however the text is cut into chunks (property)", async () => {
    const field = fc.string({ unit: fc.constantFrom("a", "1", ",", '"', "\n", " ", "中") });
    const rows = fc.array(fc.array(field, { minLength: 2, maxLength: 4 }), {
      minLength: 1,
      maxLength: 6,
    });
    await fc.assert(
      fc.asyncProperty(rows, fc.array(fc.nat(), { maxLength: 8 }), async (records, cuts) => {
        const text = records.map((r) => formatCsvRow(r)).join("");
        const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
        const chunks = [0, ...points].map((p, i, arr) => text.slice(p, arr[i + 1] ?? text.length));
        expect((await all(chunks)).map((r) => r.fields)).toEqual(records);
      }),
    );
  });
});

describe("readRecords on malformed input", () => {
  it("marks text after a closing quote with its field, and reads on", async () => {
    expect(await all(['a,b\n1,"x"y\n2,3\n'])).toEqual([
      { line: 1, fields: ["a", "b"] },
      {
        line: 2,
        fields: ["1", "xy"],
        malformed: { code: "text-after-quote", column: 2, lastLine: 2 },
      },
      { line: 3, fields: ["2", "3"] },
    ]);
  });

  it("marks a quote never closed, naming the lines it swallowed", async () => {
    expect(await all(['a,b\n1,2\n3,"open\n4,5\n6,7\n'])).toEqual([
      { line: 1, fields: ["a", "b"] },
      { line: 2, fields: ["1", "2"] },
      {
        line: 3,
        fields: ["3", "open\n4,5\n6,7\n"],
        malformed: { code: "unclosed-quote", column: 2, lastLine: 5 },
      },
    ]);
  });
});
