import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeChunks } from "./decode-chunks";

/** `bytes` cut into chunks of the given sizes (cycled), as a byte stream. */
async function* cut(bytes: Uint8Array, sizes: number[]): AsyncGenerator<Uint8Array> {
  for (let at = 0, k = 0; at < bytes.length; k++) {
    const size = sizes[k % sizes.length]!;
    yield bytes.slice(at, at + size);
    at += size;
  }
}

async function decodeAll(bytes: Uint8Array, sizes: number[]): Promise<string> {
  let text = "";
  for await (const t of decodeChunks(cut(bytes, sizes), { file: "x.csv", locale: "en" })) text += t;
  return text;
}

describe("decodeChunks", () => {
  it("gives back the text however its UTF-8 bytes are cut, ASCII runs and all (property)", async () => {
    // mostly ASCII, so that whole chunks are ASCII next to chunks that cut a character
    const piece = fc.oneof(
      { weight: 6, arbitrary: fc.stringMatching(/^[ -~\n]{0,40}$/) },
      { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 6 }) },
      { weight: 1, arbitrary: fc.constantFrom("学号", "张三", "é", "😀", "\uFEFF", "\u00a0") },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(piece, { maxLength: 30 }),
        fc.boolean(),
        fc.array(fc.integer({ min: 1, max: 64 }), { minLength: 1, maxLength: 8 }),
        async (pieces, bom, sizes) => {
          const text = pieces.join("");
          const bytes = Buffer.from(`${bom ? "\uFEFF" : ""}${text}`, "utf8");
          // a text's own leading U+FEFF is a byte-order mark too
          expect(await decodeAll(bytes, sizes)).toBe(bom ? text : text.replace(/^\uFEFF/, ""));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("still stops at bytes that are not UTF-8 after ASCII chunks, naming the line", async () => {
    const bytes = Buffer.concat([Buffer.from("a,b\n1,2\n3,4\n"), Buffer.from([0xff, 0x0a])]);
    // the first chunk decides UTF-8; the bad byte comes in a later chunk
    await expect(decodeAll(bytes, [4, 4, 4, 2])).rejects.toThrow(/^x\.csv:4: /);
  });
});
