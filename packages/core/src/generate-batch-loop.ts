import type { CompiledScale } from "./compile-scale";
import { prorates, rowCode } from "./generate-row-code";
import { roundValue } from "./round-value";

/** The typed arrays a generated batch loop fills. */
export interface BatchArrays {
  value: Float64Array[];
  reason: Uint8Array[];
  band: Int16Array[];
  answered: Uint32Array[];
  prorated: Uint8Array[];
  flags: Uint8Array[];
  incomplete: Uint8Array;
  unanswered: Uint8Array;
  invalid: Uint32Array;
}

/** A scale's batch loop, generated once as specialised source code. */
export type BatchLoop = (
  columns: readonly (ArrayLike<number> | undefined)[],
  rows: number,
  missingValue: number,
  notShownValue: number,
  out: BatchArrays,
) => void;

/** Per compiled scale, per pair of sentinels (`missing|notShown`), its loop (null: no eval). */
const loops = new WeakMap<CompiledScale, Map<string, BatchLoop | null>>();

/**
 * Generates, once per compiled scale, a loop specialised to it — every item's check,
 * every score's rule, band and flag written out as straight-line code, as ARCHITECTURE's
 * Speed section asks (`rowCode`, shared with `scoreResponse`'s fast path) — with the
 * exact semantics of the closures `scoreResponse`'s general path uses (property tests
 * compare them on random definitions). Returns undefined where code generation is not
 * allowed (a page's Content-Security-Policy without 'unsafe-eval'); `scoreBatch` then
 * uses the closures.
 */
export function batchLoop(
  scale: CompiledScale,
  missingValue: number,
  notShownValue: number,
): BatchLoop | undefined {
  const bySentinels = loops.get(scale) ?? new Map<string, BatchLoop | null>();
  loops.set(scale, bySentinels);
  const key = `${missingValue}|${notShownValue}`;
  if (bySentinels.has(key)) return bySentinels.get(key) ?? undefined;
  let loop: BatchLoop | null = null;
  try {
    loop = build(scale, missingValue, notShownValue);
  } catch (error) {
    if (!(error instanceof EvalError)) throw error;
  }
  bySentinels.set(key, loop);
  return loop ?? undefined;
}

function build(scale: CompiledScale, missingValue: number, notShownValue: number): BatchLoop {
  const def = scale.definition;
  const row = rowCode(scale, missingValue, notShownValue, (i) => ({
    guard: `c${i} !== undefined`,
    value: `c${i}[row]`,
  }));
  const lines: string[] = [];
  const emit = (line: string): void => {
    lines.push(line);
  };
  for (let i = 0; i < def.items.length; i++) emit(`const c${i} = columns[${i}];`);
  def.scores.forEach((_, k) => {
    emit(
      `const v${k} = out.value[${k}], r${k} = out.reason[${k}], b${k} = out.band[${k}], a${k} = out.answered[${k}], p${k} = out.prorated[${k}];`,
    );
  });
  for (let f = 0; f < def.flags.length; f++) emit(`const f${f} = out.flags[${f}];`);
  emit("const inv = out.invalid, inc = out.incomplete, una = out.unanswered;");
  // Arrays whose value cannot change from row to row (a formula's answered count, the
  // prorated mark of a score that never prorates, the band of a score without bands)
  // are filled once, not written per row.
  def.scores.forEach((s, k) => {
    if (s.method === "formula") emit(`a${k}.fill(0, 0, rows);`);
    if (!prorates(s)) emit(`p${k}.fill(0, 0, rows);`);
    if ((s.bands ?? []).length === 0) emit(`b${k}.fill(-1, 0, rows);`);
  });
  emit("for (let row = 0; row < rows; row++) {");
  lines.push(...row.items);
  emit("inv[row] = invalid;");
  lines.push(...row.scores);
  def.scores.forEach((s, k) => {
    emit(`v${k}[row] = sc${k}; r${k}[row] = rc${k};`);
    if (s.method !== "formula") emit(`a${k}[row] = an${k};`);
    if (prorates(s)) emit(`p${k}[row] = pr${k};`);
    if ((s.bands ?? []).length > 0) emit(`b${k}[row] = bd${k};`);
  });
  for (let f = 0; f < def.flags.length; f++) emit(`f${f}[row] = fired${f} ? 1 : 0;`);
  emit("inc[row] = incRow ? 1 : 0;");
  emit("una[row] = unaRow ? 1 : 0;");
  emit("}");

  const factory = new Function(
    "roundValue",
    `${row.helpers.join("\n")}\nreturn function batchLoop(columns, rows, missingValue, notShownValue, out) {\n${lines.join("\n")}\n};`,
  ) as (round: typeof roundValue) => BatchLoop;
  return factory(roundValue);
}
