/**
 * Splits text arriving in chunks into lines (LF or CRLF), numbered from 1, holding one
 * line in memory at a time.
 *
 * @param chunks - the text
 * @returns each line without its line break
 * @example
 * for await (const l of splitLines(["a\r\nb", "c\n"])) l // => { line: 1, text: "a" }, { line: 2, text: "bc" }
 */
export async function* splitLines(
  chunks: AsyncIterable<string>,
): AsyncGenerator<{ line: number; text: string }> {
  let pending = "";
  let line = 0;
  for await (const chunk of chunks) {
    pending += chunk;
    let start = 0;
    for (let i = pending.indexOf("\n"); i >= 0; i = pending.indexOf("\n", start)) {
      const end = i > start && pending[i - 1] === "\r" ? i - 1 : i;
      yield { line: ++line, text: pending.slice(start, end) };
      start = i + 1;
    }
    pending = pending.slice(start);
  }
  if (pending !== "") yield { line: ++line, text: pending.replace(/\r$/, "") };
}
