import { once } from "node:events";
import { createWriteStream, type WriteStream } from "node:fs";
import type { Io } from "./io";

const FLUSH_AT = 1 << 16;

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
 * so a large export streams through in constant memory.
 */
export class OutputSink {
  private buffer = "";
  private readonly stream: WriteStream | undefined;
  private failure: Error | undefined;

  constructor(
    file: string | undefined,
    private readonly io: Io,
  ) {
    this.stream = file === undefined || file === "-" ? undefined : createWriteStream(file);
    // a file that cannot be opened or written fails the next write, as a user error
    this.stream?.on("error", (error) => {
      this.failure = error;
    });
  }

  async write(text: string): Promise<void> {
    this.buffer += text;
    if (this.buffer.length >= FLUSH_AT) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.failure) throw this.failure;
    const text = this.buffer;
    this.buffer = "";
    if (text === "") return;
    if (this.stream === undefined) this.io.out(text);
    else if (!this.stream.write(text)) await drainOrError(this.stream);
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
