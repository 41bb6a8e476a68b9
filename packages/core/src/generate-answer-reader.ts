import type { ScaleDefinition } from "./scale-definition-schema";

/**
 * The source that reads an answers object (`answers`) into one local per item, `a{i}`
 * by item index: a finite number as given, `NaN` for `null` (skipped), `-Infinity` for
 * an item not in the answers (not shown). It runs `giveUp` (a statement, e.g. `return;`)
 * for anything the common path does not cover — a key that is not an own item, an
 * answer that is not a finite number or `null`, an item present but not enumerable or
 * `undefined` — so that the caller reads those answers the general way, with their
 * issues. The code needs `hasOwn` (`Object.hasOwn`) and `ownKey`
 * (`Object.prototype.hasOwnProperty`) in scope.
 *
 * One `for…in` over the keys of the answers (V8 enumerates a plain object's keys from
 * a cache) with a `switch` on the item ids written in, so a response costs one pass
 * over its own keys and no lookup in a `Map`; each case stores into its own local.
 */
export function answerReaderSource(def: ScaleDefinition, giveUp: string): string[] {
  const ids = def.items.map((item) => JSON.stringify(item.id));
  return [
    ...ids.map((_, i) => `let a${i} = -Infinity;`),
    "for (const key in answers) {",
    "  switch (key) {",
    // an inherited key is read the general way; V8 answers `hasOwnProperty` of a for-in
    // key from the loop's key cache (Object.hasOwn is not reduced so: twice as slow here)
    ...ids.map(
      (id, i) =>
        `    case ${id}: { if (!ownKey.call(answers, key)) ${giveUp} const v = answers[key];` +
        ` if (typeof v === "number") { if (v - v !== 0) ${giveUp} a${i} = v; }` +
        ` else if (v === null) a${i} = NaN; else ${giveUp} break; }`,
    ),
    `    default: ${giveUp}`,
    "  }",
    "}",
    // an item not enumerated may still be an own (non-enumerable) property
    ...ids.map((id, i) => `if (a${i} === -Infinity && hasOwn(answers, ${id})) ${giveUp}`),
  ];
}
