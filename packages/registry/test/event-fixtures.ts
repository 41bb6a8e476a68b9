import { CN_K12 } from "../src/presets";
import type { RegionProfile } from "../src/region-profile-schema";
import { type RegistryEvent, RegistryEventSchema } from "../src/registry-event-schema";
import { validateProfile } from "../src/validate-profile";

/** The cn-k12 preset, validated. */
export const K12: RegionProfile = (() => {
  const result = validateProfile(CN_K12);
  if (!result.success) throw new Error("cn-k12 must validate", { cause: result.issues });
  return result.data;
})();

let counter = 0;

/** A synthetic event: base fields filled in, parsed through the schema. */
export function ev(
  type: RegistryEvent["type"],
  day: number,
  fields: Record<string, unknown> = {},
  studentId = "s-1",
): RegistryEvent {
  counter += 1;
  const time = new Date(Date.UTC(2026, 8, 1) + day * 86_400_000).toISOString();
  return RegistryEventSchema.parse({
    v: 1,
    id: `e-${String(counter).padStart(5, "0")}`,
    studentId,
    actor: "t-psy",
    role: "psy-teacher",
    time,
    reason: "synthetic test event",
    type,
    ...fields,
  });
}

export const PSY = { actor: "t-psy", role: "psy-teacher" };
export const PSY2 = { actor: "t-psy-2", role: "psy-teacher" };
export const LEADER = { actor: "t-lead", role: "school-leader" };
export const GRADE = { actor: "t-grade", role: "grade-head" };
export const CLASS = { actor: "t-class", role: "class-teacher" };

/** A flag raised by the census system. */
export function flag(day: number, kind: string, flagId = `${kind}-flag`): RegistryEvent {
  return ev("flag-raised", day, {
    actor: "system",
    role: "system",
    flagId,
    kind,
    source: "census",
  });
}
