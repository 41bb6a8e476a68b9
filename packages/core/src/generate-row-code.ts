import { SAFETY_FLAG_KINDS } from "./check-flags";
import { comparedItems } from "./compile-condition";
import { BAND_TOLERANCE, type CompiledScale } from "./compile-scale";
import type { Condition } from "./condition-schema";
import { FORMULA_HELPERS, formulaToJs } from "./formula-to-js";
import type { Rounding } from "./identifier-schema";
import { TIE_TOLERANCE } from "./round-value";

/** A number as JavaScript source (`-0` kept, negatives in parentheses). */
export const num = (n: number) => (Object.is(n, -0) ? "-0" : n < 0 ? `(${n})` : String(n));
const jsOp = (op: string) => (op === "==" ? "===" : op === "!=" ? "!==" : op);

/** Whether a score prorates (a sum under the default or explicit `prorate` rule). */
export const prorates = (s: CompiledScale["definition"]["scores"][number]) =>
  s.method === "sum" && (s.missing?.method ?? "prorate") === "prorate";

/**
 * The source of one row's scoring, for the generated batch loop and the generated
 * response scorer, as locals:
 * - `items`: per item i, `s{i}` its status (0 not shown, 1 skipped, 2 valid, 3 out of
 *   range, 4 not a number), `x{i}` its raw number, `k{i}` its keyed value; `invalid`
 *   counts the answers the response set does not allow;
 * - `scores`: per score k, `sc{k}` its value (NaN: null), `rc{k}` the reason code,
 *   `an{k}` the items answered, `pr{k}` 1 when prorated, `bd{k}` the band index (-1:
 *   none; only for scores with bands); per flag f `fired{f}`; `incRow`, `unaRow` the
 *   engine's `incomplete` and `critical_item_unanswered`;
 * - `helpers`: the functions the lines call (`FORMULA_HELPERS`, which needs `roundValue`
 *   in scope, and one rounding function per rule).
 * `input(i)` gives the expression of item i's value and, optionally, a guard that must
 * hold for the item to be read at all. The sentinels are written in as constants.
 */
export function rowCode(
  scale: CompiledScale,
  missingValue: number,
  notShownValue: number,
  input: (i: number) => { guard?: string; value: string },
): { items: string[]; scores: string[]; helpers: string[] } {
  const { definition: def, analysis } = scale;
  const items: string[] = [];
  const scores: string[] = [];
  // one rounding function per rule, its factor and tie mode written in (as roundValue)
  const rounders = new Map<string, string>();
  const round = (x: string, rule: Rounding) => {
    const name = `round_${rule.digits}_${rule.mode.replace("-", "_")}`;
    if (!rounders.has(name)) rounders.set(name, rounderSource(name, rule));
    return `${name}(${x})`;
  };

  // items: status s, raw x, keyed k — as setAnswer and the batch path of scoreBatch
  items.push("let invalid = 0;");
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
    const { guard, value } = input(i);
    items.push(`let s${i} = 0, x${i} = NaN, k${i} = NaN;`);
    items.push(`${guard === undefined ? "" : `if (${guard}) `}{ const v = ${value};`);
    items.push(
      `  if (typeof v === "number" && ${allowed}${notSentinel}) { s${i} = 2; x${i} = v; k${i} = ${weighted}; }`,
    );
    if (!Number.isNaN(notShownValue)) items.push(`  else if (v === ${num(notShownValue)}) {}`);
    items.push(
      `  else if (v !== v${Number.isNaN(missingValue) ? "" : ` || v === ${num(missingValue)}`}) { s${i} = 1; }`,
    );
    items.push(
      `  else if (typeof v === "number" && v - v === 0) { s${i} = 3; x${i} = v; invalid++; } else { s${i} = 4; invalid++; } }`,
    );
  });

  // scores in dependency order: value sc, reason rc
  for (const k of analysis.scoreOrder) scores.push(...scoreSource(scale, k, round));

  // bands are ascending (validateScale): the band is how many mins the value reaches,
  // less one; written without branches, as the chain in bandIndex decides
  def.scores.forEach((s, k) => {
    const bands = s.bands ?? [];
    if (bands.length === 0) return;
    const x = `sc${k} + ${num(BAND_TOLERANCE)}`;
    const reached = bands.map((b) => `+(${num(b.min)} <= x)`).join(" + ");
    scores.push(
      `let bd${k}; { const x = ${x}; bd${k} = sc${k} <= ${num(bands[bands.length - 1]!.max)} + ${num(BAND_TOLERANCE)} ? ${reached} - 1 : -1; }`,
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
    scores.push(`const fired${f} = ${cond(flag.when, safety)};`);
    const ids = [...new Set(comparedItems(flag.when))].map((id) => analysis.itemIndex.get(id)!);
    if (safety && ids.length > 0)
      unanswered.push(
        `(!fired${f} && (${ids.map((i) => `(s${i} !== 2${asked(i)})`).join(" || ")}))`,
      );
  });
  const incomplete = def.scores
    .map((s, k) => (s.optional ? "" : `rc${k} === 1 || rc${k} === 2`))
    .filter(Boolean);
  scores.push(`const incRow = ${incomplete.join(" || ") || "false"};`);
  scores.push(`const unaRow = ${unanswered.join(" || ") || "false"};`);
  return { items, scores, helpers: [FORMULA_HELPERS, ...rounders.values()] };
}

/** One score's lines: `sc{k}`, `rc{k}`, `an{k}`, `pr{k}` from the items and earlier scores. */
function scoreSource(
  scale: CompiledScale,
  k: number,
  round: (x: string, rule: Rounding) => string,
): string[] {
  const { definition: def, analysis } = scale;
  const lines: string[] = [];
  const emit = (line: string) => lines.push(line);
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
    emit("{ let sum = 0, ans = 0;");
    for (const i of items) emit(`if (k${i} === k${i}) { sum += k${i}; ans++; }`);
    emit(`an${k} = ans; if (ans < ${min}) rc${k} = 1; else { let w;`);
    if (s.method === "mean") emit("w = sum / ans;");
    else if (prorates(s)) {
      const prorated = `(sum * ${n}) / ans`;
      const rule = s.missing?.rounding;
      emit(
        `if (ans < ${n}) { w = ${rule ? round(prorated, rule) : prorated}; pr${k} = 1; } else w = sum;`,
      );
    } else emit("w = sum;");
    emit(`w = ${finish("w")}; if (w - w === 0) sc${k} = w; else rc${k} = 3; } }`);
  }
  return lines;
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
