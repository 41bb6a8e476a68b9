// Preloaded (node --require) into a child process the bench measures: at exit, writes
// the process's peak resident set size in bytes to the file named by PSYSCREEN_BENCH_RSS.
const { writeFileSync } = require("node:fs");
process.on("exit", () => {
  const file = process.env.PSYSCREEN_BENCH_RSS;
  if (file) writeFileSync(file, String(process.resourceUsage().maxRSS * 1024));
});
