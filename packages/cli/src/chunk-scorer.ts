import {
  type BatchResult,
  ENGINE_VERSION,
  type ScaleDefinition,
  scoreBatch,
} from "@psyscreen/core";
import type { AnswerRow } from "./answer-rows";
import { resultFlagIds } from "./result-columns";

type Row = Extract<AnswerRow, { kind: "row" }>;

/** The output values of one row (as `resultValues` gives them), or undefined. */
export type RowValues = (string | number | null)[];

/**
 * Scores the rows of `psyscreen score` a chunk at a time with `scoreBatch` (typed-array
 * columns, output arrays reused from chunk to chunk) instead of one `scoreResponse` per
 * row, and gives each row's output values in input order, the same values
 * `resultValues` gives for a result without norms. A row whose answers the batch
 * cannot take as they are — text, an item present in one row and absent in another —
 * or that holds an answer the engine finds invalid, is handed back to be scored one by
 * one, so that its issues are reported exactly as before.
 */
export class ChunkScorer {
  private readonly items: string[];
  private readonly columns: Float64Array[];
  private readonly present: boolean[];
  private readonly pending: Row[] = [];
  /** Per pending row: its index in the columns, or -1 to score it one by one. */
  private readonly slot: number[] = [];
  private filled = 0;
  private shape: boolean[] | undefined;
  private result: BatchResult | undefined;
  private readonly flagIds: string[];
  private readonly tail: RowValues;

  constructor(
    private readonly scale: ScaleDefinition,
    readonly size = 4096,
  ) {
    this.items = scale.items.map((i) => i.id);
    this.columns = this.items.map(() => new Float64Array(size));
    this.present = this.items.map(() => false);
    this.flagIds = resultFlagIds(scale);
    this.tail = [scale.id, scale.version, ENGINE_VERSION];
  }

  /** How many rows wait to be scored. */
  get length(): number {
    return this.pending.length;
  }

  /** Adds a row; true when the chunk is full and should be flushed. */
  add(row: Row): boolean {
    const answers = row.answers;
    const items = this.items;
    let fits = true;
    if (this.shape === undefined) {
      for (let i = 0; i < items.length; i++) this.present[i] = Object.hasOwn(answers, items[i]!);
      this.shape = this.present;
    }
    for (let i = 0; i < items.length && fits; i++) {
      const has = Object.hasOwn(answers, items[i]!);
      if (has !== this.present[i]) fits = false;
      else if (has) {
        const v = answers[items[i]!];
        if (v !== null && typeof v !== "number") fits = false;
      }
    }
    if (fits) {
      const r = this.filled++;
      for (let i = 0; i < items.length; i++) {
        if (!this.present[i]) continue;
        const v = answers[items[i]!] as number | null;
        this.columns[i]![r] = v === null ? Number.NaN : v;
      }
    }
    this.slot.push(fits ? this.filled - 1 : -1);
    this.pending.push(row);
    return this.pending.length >= this.size;
  }

  /**
   * Scores the pending rows and calls `each` for every one of them in input order, with
   * its output values, or with undefined for a row to score one by one.
   */
  async flush(each: (row: Row, values: RowValues | undefined) => Promise<void>): Promise<void> {
    const n = this.filled;
    let result: BatchResult | undefined;
    if (n > 0) {
      const columns: Record<string, Float64Array> = {};
      this.items.forEach((id, i) => {
        if (this.present[i]) columns[id] = this.columns[i]!.subarray(0, n);
      });
      const into = this.result?.rows === n ? this.result : undefined;
      result = scoreBatch(this.scale, columns, { rows: n, ...(into ? { into } : {}) });
      if (n === this.size) this.result = result;
    }
    const pending = this.pending.splice(0);
    const slots = this.slot.splice(0);
    this.filled = 0;
    this.shape = undefined;
    for (let p = 0; p < pending.length; p++) {
      const r = slots[p]!;
      if (r < 0 || result!.invalidAnswers[r]! > 0) await each(pending[p]!, undefined);
      else await each(pending[p]!, this.values(result!, r));
    }
  }

  private values(result: BatchResult, r: number): RowValues {
    const values: RowValues = [];
    for (const score of this.scale.scores) {
      const s = result.scores[score.id]!;
      const v = s.value[r]!;
      values.push(Number.isNaN(v) ? null : v);
      if (score.bands?.length) {
        const band = Number.isNaN(v) ? undefined : score.bands[s.band[r]!];
        values.push(band?.id ?? null);
      }
    }
    let flags = "";
    for (const id of this.flagIds) {
      if (result.flags[id]?.[r] === 1) flags = flags === "" ? id : `${flags};${id}`;
    }
    values.push(flags, "", ...this.tail);
    return values;
  }
}
