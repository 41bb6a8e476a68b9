import { once } from "node:events";
import { createWriteStream, type WriteStream } from "node:fs";
import type { Io } from "./io";

const FLUSH_AT = 1 << 16;

/**
 * Buffered output to a file (with backpressure) or to the command's standard output,
 * so a large export streams through in constant memory.
 */
export class OutputSink {
  private buffer = "";
  private readonly stream: WriteStream | undefined;

  constructor(
    file: string | undefined,
    private readonly io: Io,
  ) {
    this.stream = file === undefined || file === "-" ? undefined : createWriteStream(file);
  }

  async write(text: string): Promise<void> {
    this.buffer += text;
    if (this.buffer.length >= FLUSH_AT) await this.flush();
  }

  async flush(): Promise<void> {
    const text = this.buffer;
    this.buffer = "";
    if (text === "") return;
    if (this.stream === undefined) this.io.out(text);
    else if (!this.stream.write(text)) await once(this.stream, "drain");
  }

  async close(): Promise<void> {
    await this.flush();
    if (this.stream !== undefined) {
      this.stream.end();
      await once(this.stream, "finish");
    }
  }
}
