import type { ScaleDefinition } from "./scale-definition-schema";

/**
 * Reads an answers object into one number per item (`cells`, by item index): a finite
 * number as given, `NaN` for `null` (skipped), `-Infinity` for an item not in the
 * answers (not shown). Returns false, leaving the cells undefined, for anything the
 * common path does not cover — a key that is not an own item, an answer that is not a
 * finite number or `null`, an item present but not enumerable or `undefined` — so that
 * the caller reads those answers the general way, with their issues.
 */
export type AnswerReader = (answers: object, cells: Float64Array) => boolean;

/** Per definition, its reader (null: code generation not allowed). */
const readers = new WeakMap<ScaleDefinition, AnswerReader | null>();

/**
 * Generates, once per definition, a reader specialised to its item ids: one `switch`
 * over the keys of the answers (V8 enumerates a plain object's keys from a cache), so a
 * response costs one pass over its own keys and no lookup in a `Map`. Returns undefined
 * where code generation is not allowed (a Content-Security-Policy without
 * 'unsafe-eval'); the caller then reads the general way.
 */
export function answerReader(def: ScaleDefinition): AnswerReader | undefined {
  const cached = readers.get(def);
  if (cached !== undefined) return cached ?? undefined;
  let reader: AnswerReader | null = null;
  try {
    reader = build(def);
  } catch (error) {
    if (!(error instanceof EvalError)) throw error;
  }
  readers.set(def, reader);
  return reader ?? undefined;
}

function build(def: ScaleDefinition): AnswerReader {
  const ids = def.items.map((item) => JSON.stringify(item.id));
  const source = [
    `for (let i = 0; i < ${ids.length}; i++) cells[i] = -Infinity;`,
    "for (const key in answers) {",
    "  let i;",
    "  switch (key) {",
    ...ids.map((id, i) => `    case ${id}: i = ${i}; break;`),
    "    default: return false;",
    "  }",
    // an inherited key is read the general way; V8 answers `hasOwnProperty` of a for-in
    // key from the loop's key cache (Object.hasOwn is not reduced so: twice as slow here)
    "  if (!ownKey.call(answers, key)) return false;",
    "  const v = answers[key];",
    '  if (typeof v === "number") { if (v - v !== 0) return false; cells[i] = v; }',
    "  else if (v === null) cells[i] = NaN;",
    "  else return false;",
    "}",
    // an item not enumerated may still be an own (non-enumerable) property
    ...ids.map((id, i) => `if (cells[${i}] === -Infinity && hasOwn(answers, ${id})) return false;`),
    "return true;",
  ];
  const factory = new Function(
    "hasOwn",
    "ownKey",
    `return function readAnswers(answers, cells) {\n${source.join("\n")}\n};`,
  ) as (
    hasOwn: typeof Object.hasOwn,
    ownKey: typeof Object.prototype.hasOwnProperty,
  ) => AnswerReader;
  return factory(Object.hasOwn, Object.prototype.hasOwnProperty);
}
