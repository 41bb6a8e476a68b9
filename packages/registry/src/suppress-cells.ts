import type { CensusStudent, PrevalenceCell } from "./census-result";

/** For each tier, the tier its units nest in (each unit inside one unit of it), if any. */
function nestingParents(
  students: readonly CensusStudent[],
  tiers: readonly string[],
): Map<string, string | undefined> {
  const parents = new Map<string, string | undefined>();
  tiers.forEach((tier, i) => {
    const parent = tiers.slice(i + 1).find((upper) => {
      const seen = new Map<string, string>();
      for (const s of students) {
        const unit = s.units[tier]!;
        const up = s.units[upper]!;
        if ((seen.get(unit) ?? up) !== up) return false;
        seen.set(unit, up);
      }
      return true;
    });
    parents.set(tier, parent);
  });
  return parents;
}

/**
 * Hides prevalence cells that could single out students, in two steps.
 *
 * 1. Primary: a cell is hidden when its count, or the number screened without the flag
 *    (screened − count), is below `minCellSize` — a count of 0 included, since "nobody"
 *    and "everybody" disclose as much as "one".
 * 2. Complementary: for each scale and flag kind, the units of a tier are grouped under
 *    the unit of the lowest higher tier they nest in (classes under their grade; dorms,
 *    which cut across classes, under a department or the school). When the parent cell
 *    is shown, its count minus the shown children's counts gives the hidden children's
 *    total; so a group may not have exactly one hidden child: the shown child with the
 *    smallest count is hidden too. A parent with a single child is hidden with it. A
 *    tier nesting in no higher tier is grouped under the whole population, whose total
 *    is known when every unit of the top tier is shown. This repeats until nothing
 *    changes. Denominators (`screened`) stay shown: they are coverage, not health data.
 *
 * Not covered: subtraction across flag kinds or scales (they are not partitions of each
 * other), and totals published elsewhere than in this table.
 *
 * @param cells - the cells, all shown
 * @param students - the census's students (their units say which unit nests in which)
 * @param tiers - the tiers reported, from the student's unit upwards
 * @param minCellSize - the profile's `reporting.minCellSize`
 * @returns the cells with `suppressed`, `count` and `rate` set
 * @example
 * suppressCells(cells, students, ["class", "grade", "school"], 5).filter((c) => c.suppressed)
 */
export function suppressCells(
  cells: readonly PrevalenceCell[],
  students: readonly CensusStudent[],
  tiers: readonly string[],
  minCellSize: number,
): PrevalenceCell[] {
  const out = cells.map((c) => ({ ...c }));
  const count = new Map(out.map((c) => [c, c.count ?? 0]));
  for (const cell of out) {
    const n = count.get(cell)!;
    if (n < minCellSize || cell.screened - n < minCellSize) cell.suppressed = "primary";
  }

  const parents = nestingParents(students, tiers);
  const parentUnit = new Map<string, string>(); // `${tier}\0${unit}` → parent unit
  for (const s of students) {
    for (const tier of tiers) {
      const upper = parents.get(tier);
      if (upper !== undefined) parentUnit.set(`${tier}\u0000${s.units[tier]}`, s.units[upper]!);
    }
  }

  // families of cells that add up: same scale and kind
  const families = new Map<string, PrevalenceCell[]>();
  for (const cell of out) {
    const key = `${cell.scaleId}\u0000${cell.kind}`;
    const list = families.get(key) ?? [];
    list.push(cell);
    families.set(key, list);
  }

  const top = tiers[tiers.length - 1];
  for (const family of families.values()) {
    const at = new Map(family.map((c) => [`${c.tier}\u0000${c.unit}`, c]));
    let changed = true;
    while (changed) {
      changed = false;
      for (const tier of tiers) {
        const upper = parents.get(tier);
        const groups = new Map<string, PrevalenceCell[]>();
        for (const cell of family) {
          if (cell.tier !== tier) continue;
          const parent = upper === undefined ? "*" : parentUnit.get(`${tier}\u0000${cell.unit}`)!;
          const group = groups.get(parent) ?? [];
          group.push(cell);
          groups.set(parent, group);
        }
        for (const [parent, group] of groups) {
          const parentCell = upper === undefined ? undefined : at.get(`${upper}\u0000${parent}`);
          const parentShown =
            upper === undefined
              ? tier !== top && family.filter((c) => c.tier === top).every((c) => !c.suppressed)
              : parentCell !== undefined && !parentCell.suppressed;
          if (!parentShown) continue;
          const hidden = group.filter((c) => c.suppressed);
          if (hidden.length !== 1) continue;
          const shown = group
            .filter((c) => !c.suppressed)
            .sort((a, b) => count.get(a)! - count.get(b)! || a.unit.localeCompare(b.unit));
          // a lone child equals its parent: hide the parent (or, for the whole
          // population, the smallest top-tier cell) with it
          const smallestTop = family
            .filter((c) => c.tier === top && !c.suppressed)
            .sort((a, b) => count.get(a)! - count.get(b)!)[0];
          const next = shown[0] ?? parentCell ?? smallestTop;
          if (next !== undefined) {
            next.suppressed = "complementary";
            changed = true;
          }
        }
      }
    }
  }

  for (const cell of out) {
    if (cell.suppressed) {
      cell.count = null;
      cell.rate = null;
    }
  }
  return out;
}
