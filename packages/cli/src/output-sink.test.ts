import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Io } from "./io";
import { OutputSink } from "./output-sink";

const write = fc.record({
  text: fc.oneof(
    { weight: 4, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
    // past the buffer, in one write
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 700_000 }).map((n) => "学a".repeat(n)) },
  ),
  bytes: fc.boolean(),
});

describe("OutputSink", () => {
  it("writes text and bytes in the order given, to a file and to standard output (property)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "psyscreen-sink-"));
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(write, { maxLength: 40 }), async (writes) => {
        const file = join(dir, `out-${run++}.txt`);
        let out = "";
        const io: Io = { out: (t) => (out += t), err: () => {}, errIsTTY: false };
        const sinks = [new OutputSink(file, io), new OutputSink(undefined, io)];
        for (const sink of sinks) {
          for (const w of writes) {
            if (w.bytes) await sink.writeBytes(Buffer.from(w.text, "utf8"));
            else await sink.write(w.text);
          }
          await sink.close();
        }
        const want = writes.map((w) => w.text).join("");
        expect(readFileSync(file, "utf8")).toBe(want);
        expect(out).toBe(want);
      }),
      { numRuns: 40 },
    );
  });
});
