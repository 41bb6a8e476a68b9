// Preloaded (node --require) into a child process the bench measures: at exit, writes
// the process's peak resident set size in bytes to the file named by PSYSCREEN_BENCH_RSS.
// On Linux it reads VmHWM from /proc/self/status: getrusage's ru_maxrss is kept across
// execve, so a child spawned by a large parent reports the parent's peak, not its own.
const { readFileSync, writeFileSync } = require("node:fs");

function peakRssBytes() {
  try {
    const hwm = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync("/proc/self/status", "utf8"));
    if (hwm) return Number(hwm[1]) * 1024;
  } catch {
    // not Linux: fall back to getrusage
  }
  return process.resourceUsage().maxRSS * 1024;
}

process.on("exit", () => {
  const file = process.env.PSYSCREEN_BENCH_RSS;
  if (file) writeFileSync(file, String(peakRssBytes()));
});
