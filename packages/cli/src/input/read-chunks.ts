import { closeSync, createReadStream, fstatSync, openSync, readSync } from "node:fs";

/** Bytes per read of a text export. */
export const CHUNK_BYTES = 1 << 16;

/**
 * The bytes of a file, a chunk at a time. A regular file is read with synchronous reads,
 * which spares each chunk a round trip through the thread pool and the event loop
 * (`psyscreen score` reads a chunk in a fraction of the time it takes to score it, so
 * the round trips were time spent idle); anything else (a pipe, `/dev/stdin`) is read
 * through a stream. The file is opened on the first read and closed at the end, or when
 * the reader stops early.
 *
 * @param file - the path
 * @param size - bytes per read
 * @returns each chunk's bytes, in order
 * @throws the file system's error (ENOENT, EACCES, EISDIR …) on the first read
 */
export async function* readChunks(file: string, size = CHUNK_BYTES): AsyncGenerator<Uint8Array> {
  const fd = openSync(file, "r");
  let open = true;
  try {
    if (!fstatSync(fd).isFile()) {
      closeSync(fd);
      open = false;
      yield* createReadStream(file, { highWaterMark: size });
      return;
    }
    for (;;) {
      const buffer = Buffer.allocUnsafe(size);
      const read = readSync(fd, buffer, 0, size, null);
      if (read === 0) return;
      yield buffer.subarray(0, read);
    }
  } finally {
    if (open) closeSync(fd);
  }
}
