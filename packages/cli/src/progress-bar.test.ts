import { describe, expect, it } from "vitest";
import { ProgressBar } from "./progress-bar";

function terminal(isTTY: boolean) {
  const writes: string[] = [];
  return { io: { out: () => {}, err: (s: string) => writes.push(s), errIsTTY: isTTY }, writes };
}

describe("ProgressBar", () => {
  it("draws share, rows and rate on a terminal, at most once per interval, and clears its line", () => {
    let now = 0;
    const { io, writes } = terminal(true);
    const bar = new ProgressBar(io, 1000, 100, () => now);
    now = 1000;
    bar.progress.bytes = 250;
    bar.tick(5000);
    now = 1050;
    bar.tick(6000); // within the interval: not drawn
    now = 2000;
    bar.progress.bytes = 1000;
    bar.tick(20000);
    bar.done();
    expect(writes).toEqual([
      "\r[######------------------]  25% 5,000 rows 5,000 rows/s",
      "\r[########################] 100% 20,000 rows 10,000 rows/s",
      `\r${" ".repeat(72)}\r`,
    ]);
  });

  it("writes nothing when standard error is not a terminal", () => {
    const { io, writes } = terminal(false);
    const bar = new ProgressBar(io, 10, 0);
    bar.progress.bytes = 5;
    bar.tick(1);
    bar.done();
    expect(writes).toEqual([]);
  });
});
