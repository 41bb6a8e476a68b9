import { execFile, execFileSync } from "node:child_process";

/** The R case of the CSV → CSV group. */
export const R_CSV = "R data.table: fread, score, fwrite, CSV → CSV";

/** Whether `Rscript` runs and has data.table (the case is skipped otherwise). */
export function hasRDataTable(): boolean {
  try {
    execFileSync("Rscript", ["-e", "suppressMessages(library(data.table))"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/**
 * The R script an analyst would write for what the hand loop computes, from the
 * workload's CSV to a CSV: PHQ-9 total (prorated as mean × 9, half up, with 1–2 items
 * missing; none with 3 or more), its band as text, the item-9 flag, keyed by id. It
 * prints the process's peak RSS (`VmHWM`, kB) last.
 */
function script(input: string, output: string): string {
  return `suppressMessages(library(data.table))
d <- fread("${input}", na.strings = "")
m <- as.matrix(d[, paste0("phq9_", 1:9), with = FALSE])
n <- rowSums(!is.na(m))
s <- rowSums(m, na.rm = TRUE)
total <- fcase(n == 9, s, n >= 7, floor(s * 9 / n + 0.5))
band <- fcase(total >= 20, "severe", total >= 15, "moderately_severe", total >= 10, "moderate",
              total >= 5, "mild", total >= 0, "minimal")
item9 <- as.integer(!is.na(d$phq9_9) & d$phq9_9 >= 1)
fwrite(data.table(id = d$id, total = total, total_band = band, item9_positive = item9),
       "${output}", na = "")
cat(sub("[^0-9]*([0-9]+).*", "\\\\1", grep("^VmHWM", readLines("/proc/self/status"), value = TRUE)))`;
}

/**
 * Runs the script in a new `Rscript` process, as `psyscreen score` runs in its own
 * (start-up, reading, scoring and writing all in the time); resolves to the process's
 * peak RSS in bytes.
 */
export function runRCsv(input: string, output: string): Promise<number> {
  return new Promise((resolve, reject) => {
    execFile("Rscript", ["-e", script(input, output)], (error, stdout, stderr) => {
      if (error) reject(new Error(`Rscript failed: ${stderr}`));
      else resolve(Number(stdout.trim().split(/\s+/).pop()) * 1024);
    });
  });
}
