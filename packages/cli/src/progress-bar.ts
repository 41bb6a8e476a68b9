import type { Io } from "./io";

const WIDTH = 24;

/**
 * A progress bar on standard error — the share of the input's bytes read, rows and rows
 * per second — redrawn at most every `intervalMs`, and only when standard error is a
 * terminal (silent when piped or redirected).
 */
export class ProgressBar {
  /** Bytes read so far; the reader adds to it. */
  readonly progress = { bytes: 0 };
  private readonly started: number;
  private drawnAt = 0;
  private drawn = false;

  constructor(
    private readonly io: Io,
    private readonly totalBytes: number,
    private readonly intervalMs = 100,
    private readonly now: () => number = Date.now,
  ) {
    this.started = now();
  }

  /** Redraws the bar if it is due. */
  tick(rows: number): void {
    if (!this.io.errIsTTY) return;
    const t = this.now();
    if (t - this.drawnAt < this.intervalMs) return;
    this.drawnAt = t;
    const share = this.totalBytes > 0 ? Math.min(1, this.progress.bytes / this.totalBytes) : 0;
    const filled = Math.round(share * WIDTH);
    const seconds = Math.max((t - this.started) / 1000, 1e-3);
    const rate = Math.round(rows / seconds).toLocaleString("en");
    this.io.err(
      `\r[${"#".repeat(filled)}${"-".repeat(WIDTH - filled)}] ${String(Math.floor(share * 100)).padStart(3)}% ${rows.toLocaleString("en")} rows ${rate} rows/s`,
    );
    this.drawn = true;
  }

  /** Clears the bar's line, so the summary starts on a clean line. */
  done(): void {
    if (this.drawn) this.io.err(`\r${" ".repeat(WIDTH + 48)}\r`);
    this.drawn = false;
  }
}
