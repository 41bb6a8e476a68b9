import {
  type BatchResult,
  ENGINE_FLAGS,
  ENGINE_VERSION,
  formatCsvRow,
  type ScaleDefinition,
} from "@psyscreen/core";

/** One text cell as `formatCsvRow` writes it with `neutralizeFormulas`, without the newline. */
function textCell(text: string): string {
  return formatCsvRow([text], { neutralizeFormulas: true }).slice(0, -1);
}

/** Whether `formatCsvRow` would write a text cell as it is. */
function plain(text: string): boolean {
  const first = text.charCodeAt(0);
  // = + - @ (a formula to neutralize), tab, CR; then what needs quotes
  if (first === 61 || first === 43 || first === 45 || first === 64 || first === 9 || first === 13)
    return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 34 || c === 10 || c === 13 || c === 9) return false;
  }
  return true;
}

/**
 * Writes the CSV lines of `psyscreen score` for rows scored by `scoreBatch` without
 * invalid answers, byte for byte as `formatCsvRow(resultValues(…))` writes the same rows
 * scored one by one, without building a value array per row: band and flag cells are
 * formatted once per scale (the flag cells once per combination of fired flags),
 * numbers once per distinct small integer.
 */
export class BatchRowWriter {
  private readonly scores: { id: string; bands: string[] | undefined }[];
  private readonly flagIds: string[];
  /** The line's end after the flags cell: empty issues, scale id and version, engine version. */
  private readonly tail: string;
  private readonly flagCells = new Map<number, string>();
  private readonly numbers: string[] = [];

  constructor(scale: ScaleDefinition) {
    this.scores = scale.scores.map((s) => ({
      id: s.id,
      bands: s.bands?.length ? s.bands.map((b) => textCell(b.id)) : undefined,
    }));
    this.flagIds = [
      ...scale.flags.map((f) => f.id),
      ENGINE_FLAGS.incomplete,
      ENGINE_FLAGS.criticalItemUnanswered,
    ];
    this.tail = formatCsvRow(["", scale.id, scale.version, ENGINE_VERSION], {
      neutralizeFormulas: true,
    });
    for (let n = 0; n < 256; n++) this.numbers.push(String(n));
  }

  /** The line of row `r` of `result`, read from `line` with id `id` (undefined: no id column). */
  line(result: BatchResult, r: number, line: number, id: string | undefined): string {
    let text = line < 256 ? this.numbers[line]! : String(line);
    if (id !== undefined) text += `,${plain(id) ? id : textCell(id)}`;
    for (const score of this.scores) {
      const s = result.scores[score.id]!;
      const v = s.value[r]!;
      if (Number.isNaN(v)) text += score.bands === undefined ? "," : ",,";
      else {
        text += `,${v >= 0 && v < 256 && Number.isInteger(v) ? this.numbers[v]! : String(v)}`;
        if (score.bands !== undefined) text += `,${score.bands[s.band[r]!] ?? ""}`;
      }
    }
    let mask = 0;
    const flagIds = this.flagIds;
    for (let f = 0; f < flagIds.length; f++) {
      if (result.flags[flagIds[f]!]?.[r] === 1) mask += 2 ** f;
    }
    let end = this.flagCells.get(mask);
    if (end === undefined) {
      const fired = flagIds.filter((_, f) => Math.floor(mask / 2 ** f) % 2 === 1);
      end = `,${textCell(fired.join(";"))},${this.tail}`;
      this.flagCells.set(mask, end);
    }
    return text + end;
  }
}
