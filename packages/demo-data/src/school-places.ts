import { createRandom } from "./create-random";

/** Where a synthetic student sits: grade, units per tier, and age at the term's start. */
export interface Place {
  grade: string;
  units: Record<string, string>;
  age: number;
}

/** K-12: grades g1–g9, `classes` classes of `size` per grade, one school. */
export function k12Places(classes: number, size: number): Place[] {
  const places: Place[] = [];
  for (let g = 1; g <= 9; g++) {
    for (let c = 1; c <= classes; c++) {
      for (let i = 0; i < size; i++) {
        places.push({
          grade: `g${g}`,
          units: { class: `g${g}-c${c}`, grade: `g${g}`, school: "demo-school" },
          age: g + 6,
        });
      }
    }
  }
  return places;
}

/**
 * University: departments × years y1–y4 × `classes` classes of `size`; rooms of four
 * drawn across the classes of a department's year (dorms cut across classes).
 */
export function universityPlaces(
  departments: number,
  classes: number,
  size: number,
  seed: string,
): Place[] {
  const places: Place[] = [];
  for (let d = 1; d <= departments; d++) {
    for (let y = 1; y <= 4; y++) {
      const cohort: Place[] = [];
      for (let c = 1; c <= classes; c++) {
        for (let i = 0; i < size; i++) {
          cohort.push({
            grade: `y${y}`,
            units: { class: `d${d}-y${y}-c${c}`, department: `d${d}`, school: "demo-university" },
            age: y + 17,
          });
        }
      }
      // rooms of four, drawn across the cohort's classes (dorms cut across classes)
      const random = createRandom(`${seed}:dorms:${d}:${y}`);
      for (let i = cohort.length - 1; i > 0; i--) {
        const j = random.int(i + 1);
        [cohort[i], cohort[j]] = [cohort[j]!, cohort[i]!];
      }
      cohort.forEach((p, k) => {
        const room = String(Math.floor(k / 4) + 1).padStart(2, "0");
        p.units = { dorm: `d${d}-y${y}-r${room}`, ...p.units };
      });
      places.push(...cohort);
    }
  }
  return places;
}
