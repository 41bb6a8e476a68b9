import type * as z from "zod";
import { IDENTIFIER_PATTERN, SCALE_ID_PATTERN, VERSION_PATTERN } from "./identifier-schema";
import type { IssueCode, IssueParams } from "./issue";
import type { IssueCollector } from "./issue-collector";

/** The issue codes every schema's structural problems map to. */
export type StructuralIssueCode =
  | "invalid-type"
  | "invalid-value"
  | "invalid-format"
  | "invalid-union"
  | "too-small"
  | "too-big"
  | "unknown-key";

/** How a package's schemas name their issues, for `translateZodIssues`. */
export interface ZodIssueNaming<C extends string> {
  /** Issue codes for failed regex patterns, keyed by the pattern's text. */
  formatCodes: Readonly<Record<string, C>>;
  /** The key under which refinements carry their issue code in `params`. */
  customKey: string;
  /** The name of a list entry in a path; default: its `id`. */
  entryName?: (entry: unknown) => string | undefined;
}

/** One translated issue, before its message is rendered. */
export interface TranslatedIssue<C extends string> {
  code: C | StructuralIssueCode;
  path: (string | number)[];
  params: IssueParams;
}

const entryId = (entry: unknown): string | undefined =>
  isRecord(entry) && typeof entry.id === "string" && entry.id !== "" ? entry.id : undefined;

/**
 * Replaces array indices in a path by the name of the element they point at, where it
 * has one, so a path reads `items › phq9_9 › responseSet`, not `items › 8 › …`.
 *
 * @param input - the object the path walks
 * @param path - property names and indices
 * @param entryName - names a list entry; default: its `id`
 * @returns the path with entries named
 * @example
 * namePath({ items: [{ id: "q1" }] }, ["items", 0, "text"]) // => ["items", "q1", "text"]
 */
export function namePath(
  input: unknown,
  path: readonly PropertyKey[],
  entryName: (entry: unknown) => string | undefined = entryId,
): (string | number)[] {
  const named: (string | number)[] = [];
  let node: unknown = input;
  for (const key of path) {
    const step = typeof key === "symbol" ? String(key) : key;
    let label: string | number = step;
    if (Array.isArray(node) && typeof step === "number") label = entryName(node[step]) ?? step;
    named.push(label);
    node =
      isRecord(node) || Array.isArray(node)
        ? (node as Record<string | number, unknown>)[step]
        : undefined;
  }
  return named;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Translates zod's issues into psyscreen issue codes with named paths: one issue per
 * unknown key at the key itself, pattern failures by their pattern's code, refinements
 * by the code they carry. Every package with a zod schema (scales, region profiles)
 * reports through this.
 *
 * @param error - zod's error
 * @param input - the value that was parsed, to name list entries in paths
 * @param naming - the package's pattern codes, refinement key and entry names
 * @returns the issues, ready for a collector
 * @example
 * translateZodIssues(error, input, { formatCodes: {}, customKey: "psyscreen" })[0].code
 * // => "invalid-type"
 */
export function translateZodIssues<C extends string>(
  error: z.ZodError,
  input: unknown,
  naming: ZodIssueNaming<C>,
): TranslatedIssue<C>[] {
  const out: TranslatedIssue<C>[] = [];
  for (const issue of error.issues) {
    const path = namePath(input, issue.path, naming.entryName);
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys)
        out.push({ code: "unknown-key", path: [...path, key], params: { keys: [key] } });
      continue;
    }
    out.push({ ...translate(issue, naming), path });
  }
  return out;
}

function translate<C extends string>(
  issue: z.core.$ZodIssue,
  naming: ZodIssueNaming<C>,
): Omit<TranslatedIssue<C>, "path"> {
  switch (issue.code) {
    case "invalid_type":
      return { code: "invalid-type", params: { expected: issue.expected } };
    case "too_small":
      return { code: "too-small", params: { limit: Number(issue.minimum) } };
    case "too_big":
      return { code: "too-big", params: { limit: Number(issue.maximum) } };
    case "invalid_format": {
      const pattern = "pattern" in issue ? String(issue.pattern) : "";
      return {
        code: naming.formatCodes[pattern] ?? "invalid-format",
        params: { detail: issue.message },
      };
    }
    case "invalid_value":
      return { code: "invalid-value", params: { values: issue.values.map(String) } };
    case "invalid_union":
      return { code: "invalid-union", params: {} };
    case "custom": {
      const code = (issue.params as Record<string, C> | undefined)?.[naming.customKey];
      return code === undefined
        ? { code: "invalid-format", params: { detail: issue.message } }
        : { code, params: {} };
    }
    default:
      return { code: "invalid-format", params: { detail: issue.message } };
  }
}

const SCALE_NAMING: ZodIssueNaming<IssueCode> = {
  formatCodes: {
    [IDENTIFIER_PATTERN.toString()]: "invalid-identifier",
    [SCALE_ID_PATTERN.toString()]: "invalid-scale-id",
    [VERSION_PATTERN.toString()]: "invalid-version",
  },
  customKey: "psyscreen",
};

/** Adds zod's issues about a scale definition to a collector. */
export function addZodIssues(collector: IssueCollector, input: unknown, error: z.ZodError): void {
  for (const issue of translateZodIssues(error, input, SCALE_NAMING)) {
    collector.add(issue.code, issue.path, issue.params);
  }
}
