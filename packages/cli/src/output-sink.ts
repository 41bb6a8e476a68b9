import { once } from "node:events";
import { createWriteStream, type WriteStream } from "node:fs";
import type { Io } from "./io";

const FLUSH_AT = 1 << 18;

/** Waits for `drain` or `error`, leaving no listener behind (one per wait would pile up). */
function drainOrError(stream: WriteStream): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stream.off("drain", done);
      stream.off("error", done);
      resolve();
    };
    stream.on("drain", done);
    stream.on("error", done);
  });
}

/**
 * Buffered output to a file (with backpressure) or to the command's standard output,
 * so a large export streams through in constant memory. Text and bytes (UTF-8) may be
 * mixed; they come out in the order written.
 */
export class OutputSink {
  private buffer: Buffer = Buffer.allocUnsafe(2 * FLUSH_AT);
  private length = 0;
  private readonly free: Buffer[] = [];
  private readonly stream: WriteStream | undefined;
  private failure: Error | undefined;

  constructor(
    file: string | undefined,
    private readonly io: Io,
  ) {
    this.stream =
      file === undefined || file === "-"
        ? undefined
        : createWriteStream(file, { highWaterMark: 4 * FLUSH_AT });
    // a file that cannot be opened or written fails the next write, as a user error
    this.stream?.on("error", (error) => {
      this.failure = error;
    });
  }

  async write(text: string): Promise<void> {
    // a UTF-16 code unit is at most 3 bytes of UTF-8
    if (this.length + text.length * 3 > this.buffer.length) {
      await this.flush();
      if (text.length * 3 > this.buffer.length) return this.send(Buffer.from(text));
    }
    this.length += this.buffer.write(text, this.length, "utf8");
    if (this.length >= FLUSH_AT) await this.flush();
  }

  /** Writes UTF-8 bytes; they are copied, so the caller may reuse them. */
  async writeBytes(bytes: Uint8Array): Promise<void> {
    if (bytes.length === 0) return;
    if (this.length + bytes.length > this.buffer.length) {
      await this.flush();
      if (bytes.length > this.buffer.length) return this.send(Buffer.from(bytes));
    }
    this.buffer.set(bytes, this.length);
    this.length += bytes.length;
    if (this.length >= FLUSH_AT) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.length === 0) return;
    const full = this.buffer;
    const bytes = full.subarray(0, this.length);
    // the stream keeps the bytes until written: the next ones go into another buffer,
    // and this one is reused once written
    this.buffer = this.free.pop() ?? Buffer.allocUnsafe(2 * FLUSH_AT);
    this.length = 0;
    await this.send(bytes, () => this.free.push(full));
  }

  private async send(bytes: Buffer, written?: () => void): Promise<void> {
    if (this.stream === undefined) {
      this.io.out(bytes.toString("utf8"));
      written?.();
      // let the event loop turn: input is read synchronously, so an error of standard
      // output (EPIPE: the reader has gone, see bin.ts) would otherwise wait until the end
      await new Promise((resolve) => setImmediate(resolve));
    } else {
      const more = this.stream.write(bytes, (error) => {
        if (!error) written?.();
      });
      if (!more) await drainOrError(this.stream);
    }
    if (this.failure) throw this.failure;
  }

  async close(): Promise<void> {
    await this.flush();
    if (this.stream !== undefined) {
      if (this.failure) throw this.failure;
      this.stream.end();
      await Promise.race([once(this.stream, "finish"), once(this.stream, "close")]);
      if (this.failure) throw this.failure;
    }
  }
}
