import { ENGINE_FLAGS } from "./engine-flags";
import { type FormulaNode, parseFormula } from "./formula";
import type { IssueCollector } from "./issue-collector";
import { type ItemDomain, itemDomain } from "./item-domain";
import type { ItemDefinition, ResponseSet, ScaleDefinition } from "./scale-definition-schema";
import { type ScoreShape, scoreShape } from "./score-shape";

/** What the engine knows about a structurally valid definition once it has read it. */
export interface ScaleAnalysis {
  itemIndex: Map<string, number>;
  /** Per item; undefined where its response set is unknown. */
  domains: (ItemDomain | undefined)[];
  scoreIndex: Map<string, number>;
  /** Score indices in an order where every score comes after what it uses. */
  scoreOrder: number[];
  shapes: (ScoreShape | undefined)[];
  formulas: (FormulaNode | undefined)[];
  /** Per formula score, the names (score and item ids) its formula reads. */
  formulaNames: string[][];
}

/**
 * Reads a structurally valid definition: resolves every reference, parses formulas,
 * orders scores by dependency and works out each score's shape, reporting what does
 * not hold together.
 */
export function analyzeScale(def: ScaleDefinition, issues: IssueCollector): ScaleAnalysis {
  checkUnique(issues, ["responseSets"], def.responseSets);
  checkUnique(issues, ["items"], def.items);
  checkUnique(issues, ["scores"], def.scores);
  checkUnique(issues, ["flags"], def.flags);
  checkUnique(issues, ["norms"], def.norms ?? []);
  for (const flag of def.flags) {
    // the engine raises these itself; a scale may not reuse them
    if ((Object.values(ENGINE_FLAGS) as string[]).includes(flag.id)) {
      issues.add("duplicate-id", ["flags", flag.id, "id"], { id: flag.id });
    }
  }

  const sets = new Map<string, ResponseSet>(def.responseSets.map((s) => [s.id, s]));
  for (const set of def.responseSets) checkResponseSet(issues, set);

  const itemIndex = new Map(def.items.map((item, i) => [item.id, i]));
  const domains = def.items.map((item) => resolveItem(issues, def, item, sets));

  const scoreIndex = new Map(def.scores.map((score, i) => [score.id, i]));
  const formulas: (FormulaNode | undefined)[] = [];
  const formulaNames: string[][] = [];
  const dependsOn: number[][] = [];
  def.scores.forEach((score, i) => {
    const path = ["scores", score.id];
    dependsOn[i] = [];
    if (score.method === "formula") {
      const read = readFormula(issues, path, score.formula, itemIndex, scoreIndex, dependsOn[i]);
      formulas[i] = read?.node;
      formulaNames[i] = read?.names ?? [];
      if (score.range.min > score.range.max) {
        issues.add("range-invalid", [...path, "range"], score.range);
      }
      return;
    }
    score.items.forEach((id, k) => {
      if (!itemIndex.has(id))
        issues.add("unknown-reference", [...path, "items", k], { kind: "item", id });
    });
    const minAnswered = score.missing?.minAnswered;
    if (minAnswered !== undefined && minAnswered > score.items.length) {
      issues.add("min-answered-too-large", [...path, "missing", "minAnswered"], {
        minAnswered,
        count: score.items.length,
      });
    }
  });

  const scoreOrder = orderScores(issues, def, dependsOn);
  const shapes: (ScoreShape | undefined)[] = def.scores.map((score) => {
    if (score.method === "formula") return scoreShape(score, []);
    const facts = score.items.flatMap((id) => {
      const index = itemIndex.get(id);
      const domain = index === undefined ? undefined : domains[index];
      return domain === undefined ? [] : [{ item: def.items[index!]!, domain }];
    });
    return facts.length === score.items.length ? scoreShape(score, facts) : undefined;
  });
  return { itemIndex, domains, scoreIndex, scoreOrder, shapes, formulas, formulaNames };
}

function checkUnique(
  issues: IssueCollector,
  path: string[],
  entries: readonly { id: string }[],
): void {
  const seen = new Set<string>();
  entries.forEach((entry, i) => {
    if (seen.has(entry.id)) issues.add("duplicate-id", [...path, i, "id"], { id: entry.id });
    seen.add(entry.id);
  });
}

function checkResponseSet(issues: IssueCollector, set: ResponseSet): void {
  const path = ["responseSets", set.id];
  if (set.kind === "choice") {
    const seen = new Set<number>();
    set.options.forEach((option, i) => {
      if (seen.has(option.value)) {
        issues.add("duplicate-option", [...path, "options", i, "value"], { value: option.value });
      }
      seen.add(option.value);
    });
  } else if (set.min !== undefined && set.max !== undefined && set.min > set.max) {
    issues.add("range-invalid", path, { min: set.min, max: set.max });
  }
}

function resolveItem(
  issues: IssueCollector,
  def: ScaleDefinition,
  item: ItemDefinition,
  sets: Map<string, ResponseSet>,
): ItemDomain | undefined {
  const path = ["items", item.id];
  if (item.text !== undefined && !def.licence.embedText && def.contentPack === undefined) {
    issues.add("text-not-embeddable", [...path, "text"]);
  }
  const set = sets.get(item.responseSet);
  if (set === undefined) {
    issues.add("unknown-reference", [...path, "responseSet"], {
      kind: "response set",
      id: item.responseSet,
    });
    return undefined;
  }
  const domain = itemDomain(set);
  if (item.reverse && !(Number.isFinite(domain.min) && Number.isFinite(domain.max))) {
    issues.add("reverse-without-bounds", [...path, "reverse"], { item: item.id });
  }
  return domain;
}

function readFormula(
  issues: IssueCollector,
  path: string[],
  text: string,
  itemIndex: Map<string, number>,
  scoreIndex: Map<string, number>,
  dependsOn: number[],
): { node: FormulaNode; names: string[] } | undefined {
  const parsed = parseFormula(text);
  if (!parsed.success) {
    issues.add(parsed.code, [...path, "formula"], parsed.params);
    return undefined;
  }
  let known = true;
  for (const name of parsed.names) {
    const score = scoreIndex.get(name);
    if (score !== undefined) dependsOn.push(score);
    else if (!itemIndex.has(name)) {
      issues.add("formula-unknown-name", [...path, "formula"], { name });
      known = false;
    }
  }
  return known ? { node: parsed.node, names: parsed.names } : undefined;
}

/** Orders scores so each follows what it uses (Kahn's algorithm); reports cycles. */
function orderScores(
  issues: IssueCollector,
  def: ScaleDefinition,
  dependsOn: number[][],
): number[] {
  const order: number[] = [];
  const done = new Set<number>();
  let progressed = true;
  while (progressed && order.length < def.scores.length) {
    progressed = false;
    def.scores.forEach((_, i) => {
      if (!done.has(i) && dependsOn[i]!.every((d) => done.has(d))) {
        order.push(i);
        done.add(i);
        progressed = true;
      }
    });
  }
  if (order.length < def.scores.length) {
    const ids = def.scores.filter((_, i) => !done.has(i)).map((s) => s.id);
    issues.add("score-cycle", ["scores"], { ids });
  }
  return order;
}
