import { Bench } from "tinybench";

/** One measured case of the bench, as written to results/latest.json. */
export interface CaseResult {
  name: string;
  /** The table the case belongs to (its baseline is measured in the same run). */
  group: string;
  /** respondents/s (higher is better) or ms per run (lower is better; the widget group). */
  unit: "respondents/s" | "ms";
  median: number;
  min: number;
  max: number;
  n: number;
  respondents: number;
  peakRssMB: number;
  note: string;
  ratioTo: Record<string, number>;
}

/** A case timed in this process: `run` scores `respondents` respondents once. */
export interface SyncCase {
  name: string;
  respondents: number;
  note: string;
  run(): void;
}

/**
 * Times a synchronous case with tinybench: one warm-up, then `n` iterations, each
 * turned into respondents per second; peak RSS is this process's after each iteration.
 */
export async function timeSync(c: SyncCase, group: string, n: number): Promise<CaseResult> {
  let peakRss = process.memoryUsage().rss;
  const bench = new Bench({
    time: 0,
    iterations: n,
    warmup: true,
    warmupTime: 0,
    warmupIterations: 1,
    retainSamples: true,
    throws: true,
  });
  bench.add(c.name, () => c.run(), {
    async: false,
    afterEach: () => {
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    },
  });
  await bench.run();
  const result = bench.tasks[0]!.result;
  if (result.state !== "completed") throw new Error(`${c.name}: ${result.state}`);
  const samples = [...(result.latency.samples ?? [])].sort((a, b) => a - b);
  const perSecond = (ms: number) => Math.round(c.respondents / (ms / 1000));
  const out: CaseResult = {
    name: c.name,
    unit: "respondents/s",
    median: perSecond(median(samples)),
    min: perSecond(samples.at(-1)!),
    max: perSecond(samples[0]!),
    n: samples.length,
    respondents: c.respondents,
    peakRssMB: Math.round(peakRss / 2 ** 20),
    note: c.note,
    group,
    ratioTo: {},
  };
  process.stderr.write(`  ${c.name}: ${out.median.toLocaleString("en")} /s\n`);
  return out;
}

/** The median of some numbers (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** `a / b` to three significant digits. */
export const ratio = (a: number, b: number) => Number((a / b).toPrecision(3));

/**
 * Times `run` `n` times (after one warm-up unless `warmup` is false) and turns each time
 * into respondents per second. `run` returns the peak RSS in bytes it saw (its own
 * child's, say), or undefined to use this process's.
 */
export async function measure(
  name: string,
  group: string,
  note: string,
  respondents: number,
  n: number,
  run: () => Promise<number | undefined>,
  warmup = true,
): Promise<CaseResult> {
  let peak = 0;
  const seconds: number[] = [];
  for (let i = warmup ? 0 : 1; i <= n; i++) {
    const started = performance.now();
    const rss = await run();
    const took = (performance.now() - started) / 1000;
    peak = Math.max(peak, rss ?? process.memoryUsage().rss);
    if (i > 0) seconds.push(took);
  }
  const perSecond = (s: number) => Math.round(respondents / s);
  const result: CaseResult = {
    name,
    group,
    unit: "respondents/s",
    median: perSecond(median(seconds)),
    min: perSecond(Math.max(...seconds)),
    max: perSecond(Math.min(...seconds)),
    n,
    respondents,
    peakRssMB: Math.round(peak / 2 ** 20),
    note,
    ratioTo: {},
  };
  process.stderr.write(`  ${name}: ${result.median.toLocaleString("en")} /s\n`);
  return result;
}
