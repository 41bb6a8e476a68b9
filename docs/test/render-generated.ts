import {
  DATA_CATEGORIES,
  getPreset,
  REGISTRY_STATUSES,
  type RegionProfileInput,
  STATUS_TRANSITIONS,
} from "@psyscreen/registry";

// The sections of the docs that are rendered from the code (status machine, visibility
// matrix). A page marks each with `<!-- generated: <kind> <preset> -->` … `<!-- end
// generated -->`; generated-sections.test.ts fails when one differs from its rendering,
// and `npm run docs:generated` rewrites them.

const transitionKey = (t: { from: string; to: string }) => `${t.from}→${t.to}`;

const mermaidId = (status: string) => (status === "*" ? "any" : status.replaceAll("-", "_"));

function preset(id: string): RegionProfileInput {
  const profile = getPreset(id);
  if (profile === undefined) throw new Error(`no preset ${id}`);
  return profile;
}

function rule(profile: RegionProfileInput, from: string, to: string) {
  return profile.transitions?.find((t) => transitionKey(t) === transitionKey({ from, to }));
}

const roleLabel = (profile: RegionProfileInput, code: string) =>
  profile.roles?.find((r) => r.code === code)?.label["zh-CN"] ?? code;

/** The status machine as a Mermaid state diagram: every legal transition, labelled with its row. */
function statusDiagram(profile: RegionProfileInput): string {
  const lines = ["```mermaid", "stateDiagram-v2", "  direction LR"];
  for (const status of REGISTRY_STATUSES) lines.push(`  state "${status}" as ${mermaidId(status)}`);
  lines.push('  state "any status" as any', `  [*] --> ${mermaidId(REGISTRY_STATUSES[0])}`);
  for (const t of STATUS_TRANSITIONS) {
    const r = rule(profile, t.from, t.to);
    const marks = [r?.automatic ? "auto" : "", r?.approve.length ? "approved" : ""].filter(Boolean);
    const label = marks.length ? `${t.ref} (${marks.join(", ")})` : t.ref;
    lines.push(`  ${mermaidId(t.from)} --> ${mermaidId(t.to)}: ${label}`);
  }
  lines.push("```");
  return lines.join("\n");
}

/** The transitions as a table: who proposes, who approves, what evidence each needs. */
function transitionTable(profile: RegionProfileInput): string {
  const lines = [
    "| row | from | to | proposed by | approved by | needs | system may make it |",
    "| --- | --- | --- | --- | --- | --- | --- |",
  ];
  for (const t of STATUS_TRANSITIONS) {
    const r = rule(profile, t.from, t.to);
    const roles = (codes: string[] | undefined) =>
      codes?.length ? codes.map((c) => roleLabel(profile, c)).join("、") : "—";
    const needs = [...(r?.requires ?? []), ...(r?.fourEyes ? ["four eyes"] : [])].join(", ") || "—";
    lines.push(
      `| ${t.ref} | ${t.from === "*" ? "any" : t.from} | ${t.to} | ${roles(r?.propose)} | ${r?.approve.length ? roles(r.approve) : "takes effect at once"} | ${needs} | ${r?.automatic ? "yes" : "no"} |`,
    );
  }
  return lines.join("\n");
}

/** The visibility matrix: one row per role, one column per kind of data. */
function visibilityTable(profile: RegionProfileInput): string {
  const head = `| role | ${DATA_CATEGORIES.join(" | ")} |`;
  const lines = [head, `| --- |${" --- |".repeat(DATA_CATEGORIES.length)}`];
  for (const [role, row] of Object.entries(profile.visibility ?? {})) {
    const cells = DATA_CATEGORIES.map((c) => {
      const cell = row[c];
      return typeof cell === "string" ? cell : `${cell.access} from ${cell.fromLevel}`;
    });
    lines.push(`| ${roleLabel(profile, role)} (\`${role}\`) | ${cells.join(" | ")} |`);
  }
  return lines.join("\n");
}

const RENDERERS: Record<string, (profile: RegionProfileInput) => string> = {
  "status-diagram": statusDiagram,
  "transition-table": transitionTable,
  visibility: visibilityTable,
};

/**
 * Renders one generated section.
 *
 * @param spec - `<kind> <preset>`, e.g. `visibility cn-k12`
 * @returns its Markdown
 * @throws when the kind or preset is unknown
 */
export function renderGenerated(spec: string): string {
  const [kind, id] = spec.trim().split(/\s+/);
  const render = RENDERERS[kind!];
  if (render === undefined) throw new Error(`no generated section "${kind}"`);
  return render(preset(id!));
}

/** The generated sections of a page: `spec`, the text between the markers, and where. */
export const GENERATED = /<!-- generated: ([^>]+?) -->\n([\s\S]*?)\n?<!-- end generated -->/g;

/**
 * A page with each generated section rendered afresh.
 *
 * @param markdown - the page
 * @returns the page as it should be
 */
export function regenerate(markdown: string): string {
  return markdown.replace(
    GENERATED,
    (_, spec: string) =>
      `<!-- generated: ${spec} -->\n${renderGenerated(spec)}\n<!-- end generated -->`,
  );
}
