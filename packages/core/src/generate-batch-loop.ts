import { SAFETY_FLAG_KINDS } from "./check-flags";
import { comparedItems } from "./compile-condition";
import { BAND_TOLERANCE, type CompiledScale } from "./compile-scale";
import type { Condition } from "./condition-schema";
import { FORMULA_HELPERS, formulaToJs } from "./formula-to-js";
import type { Rounding } from "./identifier-schema";
import { roundValue, TIE_TOLERANCE } from "./round-value";

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

const num = (n: number) => (Object.is(n, -0) ? "-0" : n < 0 ? `(${n})` : String(n));
const jsOp = (op: string) => (op === "==" ? "===" : op === "!=" ? "!==" : op);

/**
 * Generates, once per compiled scale, a loop specialised to it — every item's check,
 * every score's rule, band and flag written out as straight-line code, as ARCHITECTURE's
 * Speed section asks — with the exact semantics of the closures `scoreResponse` uses
 * (property tests compare them on random definitions). Formula scores are written in
 * as expressions too (`formulaToJs`). Returns undefined where code generation is not allowed (a page's
 * Content-Security-Policy without 'unsafe-eval'); `scoreBatch` then uses the closures.
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
  const { definition: def, analysis } = scale;
  const lines: string[] = [];
  const emit = (line: string): void => {
    lines.push(line);
  };
  // one rounding function per rule, its factor and tie mode written in (as roundValue)
  const rounders = new Map<string, string>();
  const round = (x: string, rule: Rounding) => {
    const name = `round_${rule.digits}_${rule.mode.replace("-", "_")}`;
    if (!rounders.has(name)) rounders.set(name, rounderSource(name, rule));
    return `${name}(${x})`;
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
  const prorates = (s: (typeof def.scores)[number]) =>
    s.method === "sum" && (s.missing?.method ?? "prorate") === "prorate";
  def.scores.forEach((s, k) => {
    if (s.method === "formula") emit(`a${k}.fill(0, 0, rows);`);
    if (!prorates(s)) emit(`p${k}.fill(0, 0, rows);`);
    if ((s.bands ?? []).length === 0) emit(`b${k}.fill(-1, 0, rows);`);
  });
  emit("for (let row = 0; row < rows; row++) {");
  emit("let invalid = 0;");

  // items: status s, raw x, keyed k — as setAnswer and the batch path of scoreBatch
  def.items.forEach((item, i) => {
    const d = analysis.domains[i]!;
    const values = d.values;
    const contiguous = values === undefined || (d.integer && values.length === d.max - d.min + 1);
    const checks = contiguous
      ? [
          Number.isFinite(d.min) ? `v >= ${num(d.min)}` : "",
          Number.isFinite(d.max) ? `v <= ${num(d.max)}` : "",
          d.integer ? "Math.floor(v) === v" : "",
        ].filter(Boolean)
      : [`(${values!.map((x) => `v === ${num(x)}`).join(" || ")})`];
    // finite min and max already exclude NaN and ±Infinity; Math.floor(v) === v is
    // Number.isInteger(v) for finite v
    const bounded = contiguous && Number.isFinite(d.min) && Number.isFinite(d.max);
    const allowed = [bounded ? "" : "v - v === 0", ...checks].filter(Boolean).join(" && ");
    const keyed = item.reverse ? `(${num(d.min + d.max)} - v)` : "v";
    const weighted = item.weight === 1 ? keyed : `${keyed} * ${num(item.weight)}`;
    // The sentinels are written in as constants (a NaN sentinel needs no check: NaN is
    // always "skipped"). The common case comes first: a valid answer that is neither
    // sentinel; NaN fails every comparison, so the order does not change the decision.
    const notSentinel = [notShownValue, missingValue]
      .filter((x) => !Number.isNaN(x))
      .map((x) => ` && v !== ${num(x)}`)
      .join("");
    emit(`let s${i} = 0, x${i} = NaN, k${i} = NaN;`);
    emit(`if (c${i} !== undefined) { const v = c${i}[row];`);
    emit(
      `  if (typeof v === "number" && ${allowed}${notSentinel}) { s${i} = 2; x${i} = v; k${i} = ${weighted}; }`,
    );
    if (!Number.isNaN(notShownValue)) emit(`  else if (v === ${num(notShownValue)}) {}`);
    emit(
      `  else if (v !== v${Number.isNaN(missingValue) ? "" : ` || v === ${num(missingValue)}`}) { s${i} = 1; }`,
    );
    emit(
      `  else if (typeof v === "number" && v - v === 0) { s${i} = 3; x${i} = v; invalid++; } else { s${i} = 4; invalid++; } }`,
    );
  });
  emit("inv[row] = invalid;");

  // scores in dependency order: value sc, reason rc
  for (const k of analysis.scoreOrder) {
    const s = def.scores[k]!;
    const finish = (x: string) => {
      const m = s.transform?.multiply ?? 1;
      const a = s.transform?.add ?? 0;
      const v = m === 1 ? `(${x}) + ${num(a)}` : `(${x}) * ${num(m)} + ${num(a)}`;
      return s.rounding === undefined ? v : round(v, s.rounding);
    };
    emit(`let sc${k} = NaN, rc${k} = 0, an${k} = 0, pr${k} = 0;`);
    if (s.method === "formula") {
      const names = analysis.formulaNames[k]!;
      const scoreDeps = names
        .filter((n) => analysis.scoreIndex.has(n))
        .map((n) => analysis.scoreIndex.get(n)!);
      const itemDeps = names
        .filter((n) => !analysis.scoreIndex.has(n))
        .map((n) => analysis.itemIndex.get(n)!);
      const lacks = [
        ...scoreDeps.map((d) => `sc${d} !== sc${d}`),
        ...itemDeps.map((d) => `s${d} !== 2`),
      ];
      // finite names: the formula runs only when its answers are valid (finite) and the
      // scores it reads have values (finite too: a non-finite value is null)
      const expression = formulaToJs(
        analysis.formulas[k]!,
        (name) => {
          const sIndex = analysis.scoreIndex.get(name);
          return sIndex !== undefined ? `sc${sIndex}` : `x${analysis.itemIndex.get(name)!}`;
        },
        true,
      );
      emit(`if (${lacks.join(" || ") || "false"}) { rc${k} = 2; } else {`);
      emit(`  const w = ${finish(expression)};`);
      emit(`  if (w - w === 0) sc${k} = w; else rc${k} = 3; }`);
    } else if (s.method === "count") {
      const items = s.items.map((id) => analysis.itemIndex.get(id)!);
      const min = s.missing?.minAnswered ?? items.length;
      emit("{ let count = 0, ans = 0;");
      for (const i of items)
        emit(`if (s${i} === 2) { ans++; if (x${i} ${jsOp(s.op)} ${num(s.value)}) count++; }`);
      emit(
        `an${k} = ans; if (ans < ${min}) rc${k} = 1; else { const w = ${finish("count")}; if (w - w === 0) sc${k} = w; else rc${k} = 3; } }`,
      );
    } else {
      const items = s.items.map((id) => analysis.itemIndex.get(id)!);
      const n = items.length;
      const min = Math.max(1, s.missing?.minAnswered ?? n);
      const prorate = prorates(s);
      emit("{ let sum = 0, ans = 0;");
      for (const i of items) emit(`if (k${i} === k${i}) { sum += k${i}; ans++; }`);
      emit(`an${k} = ans; if (ans < ${min}) rc${k} = 1; else { let w;`);
      if (s.method === "mean") emit("w = sum / ans;");
      else if (prorate) {
        const prorated = `(sum * ${n}) / ans`;
        const rule = s.missing?.rounding;
        emit(
          `if (ans < ${n}) { w = ${rule ? round(prorated, rule) : prorated}; pr${k} = 1; } else w = sum;`,
        );
      } else emit("w = sum;");
      emit(`w = ${finish("w")}; if (w - w === 0) sc${k} = w; else rc${k} = 3; } }`);
    }
  }

  // outputs, bands
  def.scores.forEach((s, k) => {
    emit(`v${k}[row] = sc${k}; r${k}[row] = rc${k};`);
    if (s.method !== "formula") emit(`a${k}[row] = an${k};`);
    if (prorates(s)) emit(`p${k}[row] = pr${k};`);
    const bands = s.bands ?? [];
    if (bands.length === 0) return;
    // bands are ascending (validateScale): the band is how many mins the value reaches,
    // less one; written without branches, as the chain in bandIndex decides
    const x = `sc${k} + ${num(BAND_TOLERANCE)}`;
    const reached = bands.map((b) => `+(${num(b.min)} <= x)`).join(" + ");
    emit(
      `{ const x = ${x}; b${k}[row] = sc${k} <= ${num(bands[bands.length - 1]!.max)} + ${num(BAND_TOLERANCE)} ? ${reached} - 1 : -1; }`,
    );
  });

  // flags: the scale's, then the engine's
  const cond = (c: Condition, raw: boolean): string => {
    if ("any" in c) return `(${c.any.map((p) => cond(p, raw)).join(" || ")})`;
    if ("all" in c) return `(${c.all.map((p) => cond(p, raw)).join(" && ")})`;
    if ("skipped" in c) return `(s${analysis.itemIndex.get(c.skipped)!} === 1)`;
    if ("score" in c) {
      const k = analysis.scoreIndex.get(c.score)!;
      return `(sc${k} === sc${k} && sc${k} ${jsOp(c.op)} ${num(c.value)})`;
    }
    const i = analysis.itemIndex.get(c.item)!;
    const usable = raw ? `(s${i} === 2 || s${i} === 3)` : `s${i} === 2`;
    return `(${usable} && x${i} ${jsOp(c.op)} ${num(c.value)})`;
  };
  const asked = (i: number): string => {
    const when = def.items[i]!.askedWhen;
    return when === undefined ? "" : ` && ${cond(when, true)}`;
  };
  const unanswered: string[] = [];
  def.flags.forEach((flag, f) => {
    const safety = SAFETY_FLAG_KINDS.includes(flag.kind);
    emit(`const fired${f} = ${cond(flag.when, safety)}; f${f}[row] = fired${f} ? 1 : 0;`);
    const items = [...new Set(comparedItems(flag.when))].map((id) => analysis.itemIndex.get(id)!);
    if (safety && items.length > 0)
      unanswered.push(
        `(!fired${f} && (${items.map((i) => `(s${i} !== 2${asked(i)})`).join(" || ")}))`,
      );
  });
  const incomplete = def.scores
    .map((s, k) => (s.optional ? "" : `rc${k} === 1 || rc${k} === 2`))
    .filter(Boolean);
  emit(`inc[row] = ${incomplete.join(" || ") || "false"} ? 1 : 0;`);
  emit(`una[row] = ${unanswered.join(" || ") || "false"} ? 1 : 0;`);
  emit("}");

  const factory = new Function(
    "roundValue",
    `${FORMULA_HELPERS}\n${[...rounders.values()].join("\n")}\nreturn function batchLoop(columns, rows, missingValue, notShownValue, out) {\n${lines.join("\n")}\n};`,
  ) as (round: typeof roundValue) => BatchLoop;
  return factory(roundValue);
}

/** `roundValue` for one rule, step for step, with the rule's constants written in. */
function rounderSource(name: string, rule: Rounding): string {
  const factor = num(10 ** rule.digits);
  const tie = rule.mode === "half-up" ? "floor + 1" : "floor % 2 !== 0 ? floor + 1 : floor";
  return [
    `function ${name}(value) {`,
    `  const scaled = value * ${factor}, floor = Math.floor(scaled), fraction = scaled - floor;`,
    `  const rounded = Math.abs(fraction - 0.5) <= ${num(TIE_TOLERANCE)} * Math.max(1, Math.abs(scaled))`,
    `    ? (${tie}) : Math.round(scaled);`,
    `  return rounded / ${factor};`,
    "}",
  ].join("\n");
}
