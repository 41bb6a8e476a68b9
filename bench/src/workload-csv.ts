import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { generateWorkload, PHQ_DIFFICULTY, PHQ_ITEMS } from "./workload";

/** The PHQ-9 columns of a CSV workload file, in order, after `id`. */
export const PHQ_CSV_COLUMNS = [...PHQ_ITEMS, PHQ_DIFFICULTY];

/**
 * Writes `rows` PHQ-9 respondents of the seeded workload to a CSV file (`id`, the nine
 * items, the difficulty question; a skipped answer is an empty cell), a million rows at a
 * time so that ten million never sit in memory. Chunk k is `generateWorkload(…, seed + k)`.
 */
export async function writeWorkloadCsv(path: string, rows: number, seed = 20261128) {
  const out = createWriteStream(path);
  out.write(`id,${PHQ_CSV_COLUMNS.join(",")}\n`);
  const chunk = 1_000_000;
  for (let start = 0, k = 0; start < rows; start += chunk, k++) {
    const n = Math.min(chunk, rows - start);
    const w = generateWorkload(n, seed + k);
    const cols = PHQ_CSV_COLUMNS.map((id) => w.phq[id]!);
    const lines: string[] = [];
    for (let r = 0; r < n; r++) {
      let line = String(start + r + 1);
      for (const col of cols) line += Number.isNaN(col[r]!) ? "," : `,${col[r]}`;
      lines.push(line);
      if (lines.length === 10_000) {
        if (!out.write(`${lines.join("\n")}\n`)) await once(out, "drain");
        lines.length = 0;
      }
    }
    if (lines.length > 0 && !out.write(`${lines.join("\n")}\n`)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
}
