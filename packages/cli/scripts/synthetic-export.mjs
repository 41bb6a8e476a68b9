#!/usr/bin/env node
// Writes a synthetic PHQ-9 export (CSV) with N rows to standard output, for measuring
// `psyscreen score` on large files: a deterministic generator (no real data), one id
// column, a class column and nine items 0–3 with about 1 % skipped answers.
//
//   node packages/cli/scripts/synthetic-export.mjs 1000000 > /tmp/phq9-1m.csv
import { once } from "node:events";

const rows = Number(process.argv[2] ?? 1000);
let seed = 20261128;
const random = () => {
  // xorshift32: the same file every run
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) / 4294967296;
};
const header = ["student", "class", ...Array.from({ length: 9 }, (_, i) => `phq9_${i + 1}`)];
let buffer = `${header.join(",")}\n`;
for (let r = 1; r <= rows; r++) {
  const level = random() * 2;
  const items = Array.from({ length: 9 }, () =>
    random() < 0.01 ? "" : String(Math.min(3, Math.floor(level + random() * 2))),
  );
  buffer += `S${r},${r % 40},${items.join(",")}\n`;
  if (buffer.length > 1 << 16) {
    if (!process.stdout.write(buffer)) await once(process.stdout, "drain");
    buffer = "";
  }
}
process.stdout.write(buffer);
