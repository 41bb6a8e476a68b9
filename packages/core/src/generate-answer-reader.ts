import type { ScaleDefinition } from "./scale-definition-schema";

/**
 * The source that reads an answers object (`answers`) into one number per item
 * (`cells`, a Float64Array by item index): a finite number as given, `NaN` for `null`
 * (skipped), `-Infinity` for an item not in the answers (not shown). It runs `giveUp`
 * (a statement, e.g. `return;`) for anything the common path does not cover — a key
 * that is not an own item, an answer that is not a finite number or `null`, an item
 * present but not enumerable or `undefined` — so that the caller reads those answers
 * the general way, with their issues. The code needs `hasOwn` (`Object.hasOwn`),
 * `ownKey` (`Object.prototype.hasOwnProperty`) and `IDS` (the item ids) in scope.
 *
 * One `for…in` over the keys of the answers (V8 enumerates a plain object's keys from
 * a cache); a key is first compared with the id of the item after the last key's (keys
 * mostly come in the items' order: one comparison), then with every id in a `switch`
 * written in, so a response costs one pass over its own keys and no lookup in a `Map`.
 * The code stays small for wide scales (one short `case` per item): V8 does not
 * optimize a function past 60 KB of bytecode.
 */
export function answerReaderSource(def: ScaleDefinition, giveUp: string): string[] {
  const n = def.items.length;
  return [
    `for (let i = 0; i < ${n}; i++) cells[i] = -Infinity;`,
    "let next = 0;",
    "for (const key in answers) {",
    // keys mostly come in the items' order: the item after the last one is tried first
    "  let i = next;",
    "  if (key !== IDS[i]) switch (key) {",
    ...def.items.map((item, i) => `    case ${JSON.stringify(item.id)}: i = ${i}; break;`),
    `    default: ${giveUp}`,
    "  }",
    "  next = i + 1;",
    // an inherited key is read the general way; V8 answers `hasOwnProperty` of a for-in
    // key from the loop's key cache (Object.hasOwn is not reduced so: twice as slow here)
    `  if (!ownKey.call(answers, key)) ${giveUp}`,
    "  const v = answers[key];",
    `  if (typeof v === "number") { if (v - v !== 0) ${giveUp} cells[i] = v; }`,
    `  else if (v === null) cells[i] = NaN; else ${giveUp}`,
    "}",
    // an item not enumerated may still be an own (non-enumerable) property
    `for (let i = 0; i < ${n}; i++) if (cells[i] === -Infinity && hasOwn(answers, IDS[i])) ${giveUp}`,
  ];
}
