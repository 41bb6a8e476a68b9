import type { CompiledScale } from "./compile-scale";
import type { Condition } from "./condition-schema";
import { criticalItemUnansweredFlag, ENGINE_FLAGS } from "./engine-flags";
import { ENGINE_VERSION } from "./engine-version";
import { answerReaderSource } from "./generate-answer-reader";
import { prorates, rowCode } from "./generate-row-code";
import { issueMessage } from "./issue";
import type { Locale } from "./locale";
import { roundValue } from "./round-value";
import { ItemStatus, SCORE_REASONS } from "./row-state";
import type { ScaleResult, ScreenFlag } from "./scale-result";

/** The marker of an item not in the answers, in the reader's locals and the row code. */
const NOT_SHOWN = Number.NEGATIVE_INFINITY;

/** Text of one locale, looked up once per scale. */
export interface LocaleText {
  /** Per score, per band, its label. */
  bandLabels: (string | undefined)[][];
  /** Per flag, its message. */
  flagMessages: string[];
  /** `incomplete` messages by the bit set of the null scores. */
  incomplete: Map<number, string>;
  /** `critical_item_unanswered` messages by the items named. */
  unanswered: Map<string, string>;
}

/**
 * A scale's scorer of one common response: the result, or undefined where the answers
 * are not the common case (the caller then takes the general path, with the issues).
 * It reads into its scale's one array of cells: not to be called again while a getter
 * or Proxy trap of the answers it reads runs.
 */
export type ResponseScorer = (
  answers: object,
  text: LocaleText,
  locale: Locale,
) => ScaleResult | undefined;

/**
 * Generates, once per scale, one function that reads an answers object into one number
 * per item (`answerReaderSource`), scores them with the row code the batch loop runs
 * (`rowCode`) into locals, and builds the result as object literals of their final
 * shapes, with the scale's ids, codings and reasons written in: no output arrays, no
 * loop over scores or flags. A flag that is one comparison has its trace written in; a
 * compound flag's trace and the `critical_item_unanswered` flag fill the scale's row
 * state once and ask the compiled conditions, as the general path does. Per-item work
 * other than the reading and the checks (the row state, the `incomplete` flag's items)
 * is done by loops outside the generated code, which so stays small enough for V8 to
 * optimize on a 90-item scale (it does not optimize past 60 KB of bytecode: a version
 * with a local per item ran SCL-90 five times slower than before). Returns undefined where
 * the result cannot be written so (more than 31 scores, a score id `__proto__`) or code
 * generation is not allowed.
 */
export function responseScorer(scale: CompiledScale): ResponseScorer | undefined {
  const def = scale.definition;
  // the bit set of null scores is a 31-bit integer; a literal's "__proto__" key would
  // set the prototype
  if (def.scores.length > 31 || def.scores.some((s) => s.id === "__proto__")) return undefined;
  try {
    return build(scale);
  } catch (error) {
    if (!(error instanceof EvalError)) throw error;
    return undefined;
  }
}

function build(scale: CompiledScale): ResponseScorer {
  const def = scale.definition;
  const str = JSON.stringify;
  const row = rowCode(scale, Number.NaN, NOT_SHOWN, (i) => ({ value: `cells[${i}]` }));
  const lines = [...answerReaderSource(def, "return;"), ...row.items, "if (invalid !== 0) return;"];
  lines.push(...row.scores);

  // scores: each shape one literal, in the general path's key order
  lines.push("const L = text.bandLabels;");
  def.scores.forEach((s, k) => {
    const coding = s.coding === undefined ? "" : `, coding: ${str(s.coding)}`;
    const counts = `answered: an${k}, prorated: ${prorates(s) ? `pr${k} === 1` : "false"}`;
    const plain = `{ value: sc${k}, ${counts}${coding} }`;
    const banded =
      (s.bands ?? []).length === 0
        ? plain
        : `(bd${k} < 0 ? ${plain} : { value: sc${k}, ${counts}, band: B${k}[bd${k}], bandLabel: L[${k}][bd${k}]${coding} })`;
    const empty = `{ value: null, ${counts}, reason: REASONS[rc${k}]${coding} }`;
    lines.push(`const r${k} = sc${k} === sc${k} ? ${banded} : ${empty};`);
  });

  // flags: the scale's, then the engine's, as the general path orders them
  const compound = def.flags.flatMap((flag, f) =>
    fixedTrace(flag.when) === undefined ? [`fired${f}`] : [],
  );
  lines.push(
    `if (${[...compound, "unaRow"].join(" || ")}) {`,
    "  fillItems();",
    ...def.scores.map(
      (_, k) =>
        `  S.value[${k}] = sc${k}; S.reason[${k}] = rc${k}; S.answered[${k}] = an${k}; S.prorated[${k}] = pr${k};`,
    ),
    "}",
    // the array of flags at its final length (a push would allocate room for 16)
    `const flags = new Array(${[...def.flags.map((_, f) => `+fired${f}`), "+incRow", "+unaRow"].join(" + ")}), M = text.flagMessages;`,
    "let nf = 0;",
  );
  def.flags.forEach((flag, f) => {
    const head = `id: ${str(flag.id)}, kind: ${str(flag.kind)}, source: ${str(flag.source)}`;
    const fixed = fixedTrace(flag.when);
    const trace =
      fixed === undefined
        ? `const t = trace(${f}); flags[nf++] = { ${head}, items: t[0], scores: t[1], message: M[${f}] };`
        : `flags[nf++] = { ${head}, items: [${fixed.item === undefined ? "" : str(fixed.item)}], scores: [${fixed.score === undefined ? "" : str(fixed.score)}], message: M[${f}] };`;
    lines.push(`if (fired${f}) { ${trace} }`);
  });
  const nullScores = def.scores.flatMap((s, k) =>
    s.optional
      ? []
      : [`if (rc${k} === 1 || rc${k} === 2) { mask |= ${1 << k}; ns.push(${str(s.id)}); }`],
  );
  lines.push(
    "if (incRow) {",
    "  let mask = 0; const ns = [], items = [];",
    ...nullScores.map((line) => `  ${line}`),
    "  incompleteItems(items);",
    `  flags[nf++] = { id: ${str(ENGINE_FLAGS.incomplete)}, kind: "incomplete", source: "engine", items, scores: ns, message: incompleteMessage(text, mask, ns, locale) };`,
    "}",
    "if (unaRow) flags[nf++] = unansweredFlag(text, locale);",
  );
  const scores = def.scores.map((s, k) => `${str(s.id)}: r${k}`).join(", ");
  lines.push(
    `return { scaleId: ${str(def.id)}, scaleVersion: ${str(def.version)}, engineVersion: ${str(ENGINE_VERSION)}, locale, scores: { ${scores} }, flags, issues: [] };`,
  );

  const bandIds = def.scores.map(
    (s, k) => `const B${k} = ${str((s.bands ?? []).map((b) => b.id))};`,
  );
  const factory = new Function(
    "roundValue",
    "hasOwn",
    "ownKey",
    "REASONS",
    "S",
    "trace",
    "unansweredFlag",
    "incompleteMessage",
    "cells",
    "IDS",
    "fillItems",
    "incompleteItems",
    `${row.helpers.join("\n")}\n${bandIds.join("\n")}\nreturn function scoreOneResponse(answers, text, locale) {\n${lines.join("\n")}\n};`,
  );
  const st = scale.createState();
  const cells = new Float64Array(def.items.length);
  // the row state's items and the incomplete flag's items from the cells: the rows
  // that get here have no invalid answer, so a finite cell is a valid answer
  const fillItems = () => {
    for (let i = 0; i < cells.length; i++) {
      const v = cells[i]!;
      const given = v - v === 0;
      st.status[i] = given
        ? ItemStatus.valid
        : v === NOT_SHOWN
          ? ItemStatus.absent
          : ItemStatus.skipped;
      st.raw[i] = given ? v : Number.NaN;
      st.keyed[i] = given ? scale.keyAnswer(i, v) * def.items[i]!.weight : Number.NaN;
    }
  };
  const incompleteItems = (items: string[]) => {
    for (let i = 0; i < cells.length; i++) {
      const v = cells[i]!;
      if (v - v !== 0) items.push(def.items[i]!.id);
    }
  };
  const trace = (f: number): [string[], string[]] => {
    const t = { items: new Set<string>(), scores: new Set<string>() };
    scale.flags[f]!.test(st, t);
    return [[...t.items], [...t.scores]];
  };
  const unansweredFlag = (text: LocaleText, locale: Locale): ScreenFlag =>
    criticalItemUnansweredFlag(scale, st, locale, text.unanswered);
  return factory(
    roundValue,
    Object.hasOwn,
    Object.prototype.hasOwnProperty,
    SCORE_REASONS,
    st,
    trace,
    unansweredFlag,
    incompleteMessage,
    cells,
    def.items.map((item) => item.id),
    fillItems,
    incompleteItems,
  ) as ResponseScorer;
}

/** The `incomplete` flag's message for a set of null scores, cached per locale text. */
function incompleteMessage(
  text: LocaleText,
  mask: number,
  nullScores: string[],
  locale: Locale,
): string {
  let message = text.incomplete.get(mask);
  if (message === undefined) {
    message = issueMessage("engine-flag-incomplete", { scores: nullScores }, locale);
    text.incomplete.set(mask, message);
  }
  return message;
}

/** A single comparison's trace is its own item or score whenever it is true. */
function fixedTrace(when: Condition): { item?: string; score?: string } | undefined {
  if ("skipped" in when) return { item: when.skipped };
  if ("item" in when) return { item: when.item };
  if ("score" in when) return { score: when.score };
  return undefined;
}
