import { isAscii } from "node:buffer";
import { TextDecoder } from "node:util";
import type { Locale } from "@psyscreen/core";
import { CliError } from "../cli-error";
import { say } from "../messages";

/** How `decodeChunks` reads bytes as text. */
export interface DecodeOptions {
  /** The file's name, for messages. */
  file: string;
  /** A WHATWG encoding label (utf-8, gbk, gb18030, utf-16le …); undefined = detect. */
  encoding?: string | undefined;
  locale: Locale;
  /** Told which encoding was chosen when it was not UTF-8 by default (BOM or detection). */
  onNote?: (text: string) => void;
  /** Counts the bytes read so far (for a progress bar). */
  progress?: { bytes: number };
}

const BOMS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], "utf-8"],
  [[0xff, 0xfe], "utf-16le"],
  [[0xfe, 0xff], "utf-16be"],
];

function bomEncoding(bytes: Uint8Array): string | undefined {
  return BOMS.find(([bom]) => bom.every((b, i) => bytes[i] === b))?.[1];
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    // stream: a character cut at the end of the sample is not an error
    new TextDecoder("utf-8", { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/**
 * Decodes a byte stream to text chunks. The encoding is the one given, else the one a
 * byte-order mark names (UTF-8, UTF-16), else UTF-8 when the first chunk is valid UTF-8,
 * else GB18030 (the superset of GBK, which Excel on Chinese Windows writes), said through
 * `onNote`. A byte sequence that is not valid in the chosen encoding stops the read with
 * a message naming the line, instead of turning into replacement characters.
 *
 * @param bytes - the file's bytes in chunks
 * @param options - file name, encoding, locale, note and progress callbacks
 * @returns the text, chunk by chunk, without a byte-order mark
 * @throws CliError for an unknown encoding label or bytes invalid in the encoding
 * @example
 * for await (const t of decodeChunks(createReadStream("gbk.csv"), { file: "gbk.csv", locale: "en" })) t
 * // => "学号,phq9_1…" (read as GB18030)
 */
export async function* decodeChunks(
  bytes: AsyncIterable<Uint8Array>,
  options: DecodeOptions,
): AsyncGenerator<string> {
  const { file, locale } = options;
  let decoder: TextDecoder | undefined;
  let label = "";
  let lines = 0;
  /**
   * Whether the next chunk must go through the decoder: the first (whose byte-order mark
   * it strips) and any after a chunk that may end inside a character.
   */
  let pending = true;
  for await (const chunk of bytes) {
    if (options.progress) options.progress.bytes += chunk.length;
    if (decoder === undefined) {
      const bom = bomEncoding(chunk);
      label = options.encoding ?? bom ?? (isUtf8(chunk) ? "utf-8" : "gb18030");
      try {
        decoder = new TextDecoder(label, { fatal: true });
      } catch {
        throw new CliError(say(locale, "encoding-unknown", { encoding: label }));
      }
      if (options.encoding === undefined && label !== "utf-8") {
        options.onNote?.(
          say(locale, bom ? "encoding-bom" : "encoding-detected", { file, encoding: label }),
        );
      }
    }
    let text: string;
    try {
      // ASCII is the same in UTF-8 and read far faster as Latin-1
      const ascii = isAscii(chunk);
      if (label === "utf-8" && !pending && ascii)
        text = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length).toString("latin1");
      else {
        text = decoder.decode(chunk, { stream: true });
        pending = !ascii;
      }
    } catch {
      const lenient = new TextDecoder(label).decode(chunk);
      const at = lenient.indexOf("\uFFFD");
      const before = lenient.slice(0, at < 0 ? lenient.length : at);
      const line = lines + 1 + (before.match(/\n/g)?.length ?? 0);
      throw new CliError(
        say(locale, label === "utf-8" ? "encoding-invalid-utf8" : "encoding-invalid", {
          file,
          line,
          encoding: decoder.encoding,
        }),
      );
    }
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) lines++;
    if (text !== "") yield text;
  }
  let rest = "";
  try {
    rest = decoder?.decode() ?? "";
  } catch {
    // the file ends inside a multi-byte character
    throw new CliError(
      say(locale, label === "utf-8" ? "encoding-invalid-utf8" : "encoding-invalid", {
        file,
        line: lines + 1,
        encoding: label,
      }),
    );
  }
  if (rest !== "") yield rest;
}
