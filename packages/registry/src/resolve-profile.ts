import * as z from "zod";
import { CodeSchema, LocalizedTextSchema, VersionSchema } from "./code-schema";
import { mergeProfiles } from "./merge-profiles";
import { RegionProfileSchema } from "./region-profile-schema";
import { RegistryIssueCollector } from "./registry-issue";
import { type ProfileOptions, type ProfileResult, validateProfile } from "./validate-profile";
import { addZodIssues } from "./zod-issues";

type Json = Record<string, unknown>;

/**
 * What an inheriting profile must say itself: its own id, version and name (a school
 * never shows under its region's name), its parent, and the fields it replaces whole.
 */
const OverrideHeadSchema = z.looseObject({
  id: CodeSchema,
  version: VersionSchema,
  name: LocalizedTextSchema,
  extends: CodeSchema,
  replace: z.array(RegionProfileSchema.keyof()).optional(),
});

function isProfileLike(value: unknown): value is Json & { id: string } {
  return typeof value === "object" && value !== null && typeof (value as Json).id === "string";
}

/**
 * Resolves a profile that inherits (`extends`) from a parent — a school from its county,
 * a county from a preset — by merging each override into its parent (see
 * `mergeProfiles`), then validates the result. A profile without `extends` is only
 * validated. Parents are looked up by id among `parents` and may extend each other.
 *
 * @param profile - the profile to resolve
 * @param parents - the profiles it may inherit from, e.g. `PRESETS`
 * @param options - `locale` of the messages
 * @returns the resolved profile with its `lineage`, or the issues found
 * @example
 * const school = { id: "no-1-middle", version: "1.0.0", extends: "cn-k12",
 *   name: { en: "No. 1 Middle School", "zh-CN": "第一中学" }, reporting: { minCellSize: 10 } };
 * resolveProfile(school, PRESETS).success // => true
 */
export function resolveProfile(
  profile: unknown,
  parents: readonly unknown[],
  options: ProfileOptions = {},
): ProfileResult {
  const issues = new RegistryIssueCollector(options.locale ?? "en");
  const byId = new Map<string, Json>();
  for (const parent of parents) if (isProfileLike(parent)) byId.set(parent.id, parent);

  const chain: Json[] = [];
  let node: unknown = profile;
  while (typeof node === "object" && node !== null && "extends" in node) {
    // issues in a parent's head are prefixed with the parent's id
    const prefix = chain.length === 0 ? [] : [String((node as Json).id)];
    const head = OverrideHeadSchema.safeParse(node);
    if (!head.success) {
      const local = new RegistryIssueCollector(issues.locale);
      addZodIssues(local, node, head.error);
      for (const i of local.issues) issues.issues.push({ ...i, path: [...prefix, ...i.path] });
      return { success: false, issues: issues.issues };
    }
    const child = node as Json;
    chain.push(child);
    const parentId = head.data.extends;
    if (chain.some((c) => c.id === parentId)) {
      const ids = [...chain.map((c) => String(c.id)), parentId];
      issues.add("extends-cycle", [...prefix, "extends"], { ids });
      return { success: false, issues: issues.issues };
    }
    const parent = byId.get(parentId);
    if (parent === undefined) {
      issues.add("unknown-parent", [...prefix, "extends"], { id: parentId });
      return { success: false, issues: issues.issues };
    }
    node = parent;
  }
  let resolved = node;
  for (const child of chain.reverse()) resolved = mergeProfiles(resolved as Json, child);
  return validateProfile(resolved, options);
}
