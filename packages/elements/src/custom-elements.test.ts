import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PsyScreening } from "./psy-screening";

const here = (path: string) => new URL(path, import.meta.url);
const packageDir = here("../").pathname;

interface Described {
  name: string;
  description?: string;
  type?: { text: string };
}
interface ManifestClass {
  kind: string;
  name: string;
  tagName?: string;
  attributes?: Described[];
  events?: Described[];
  members?: (Described & { kind: string })[];
  slots?: Described[];
  cssParts?: Described[];
  cssProperties?: Described[];
}
interface Manifest {
  modules: { path: string; declarations?: ManifestClass[]; exports?: { kind: string }[] }[];
}

const committed = JSON.parse(readFileSync(here("../custom-elements.json"), "utf8")) as Manifest;
const element = committed.modules
  .flatMap((m) => m.declarations ?? [])
  .find((d) => d.kind === "class" && d.name === "PsyScreening");
const names = (list: Described[] | undefined) => (list ?? []).map((x) => x.name);

/** The element's source files (no tests): what it really reads and dispatches. */
const sources = readdirSync(here("./"))
  .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
  .map((f) => readFileSync(here(`./${f}`), "utf8"))
  .join("\n");
const matches = (re: RegExp) => [...new Set([...sources.matchAll(re)].map((m) => m[1]!))].sort();

describe("custom-elements.json", () => {
  it("is what the analyzer makes of the source now (run `npm run generate -w @psyscreen/elements`)", async () => {
    // A variable specifier: the analyzer's CLI module ships no type declarations.
    const cliModule = "@custom-elements-manifest/analyzer/cli.js";
    const { cli } = (await import(cliModule)) as {
      cli(opts: { argv: string[]; cwd: string; noWrite: boolean }): Promise<unknown>;
    };
    const fresh = await cli({ argv: ["analyze", "--quiet"], cwd: packageDir, noWrite: true });
    expect(committed).toEqual(JSON.parse(JSON.stringify(fresh)));
  }, 60_000);

  it("declares <psy-screening> and its define module", () => {
    expect(element?.tagName).toBe("psy-screening");
    const define = committed.modules.find((m) => m.path === "src/define.ts");
    expect(define?.exports?.map((e) => e.kind)).toContain("custom-element-definition");
  });

  it("lists every attribute the element observes or reads", () => {
    const read = matches(/(?:get|has)Attribute\("([a-z-]+)"\)/g);
    expect(read.length).toBeGreaterThan(0);
    const declared = names(element?.attributes);
    for (const name of [...PsyScreening.observedAttributes, ...read]) {
      expect(declared, `attribute ${name}`).toContain(name);
    }
    // `name` is read by ElementInternals (the form field name), not by our code.
    expect(declared.sort()).toEqual([...new Set([...read, "name"])].sort());
  });

  it("lists every event the element dispatches, each with its detail type", () => {
    const emitted = matches(/#emit\("(psy-[a-z-]+)"/g);
    expect(emitted).toEqual(["psy-change", "psy-complete", "psy-flag", "psy-progress"]);
    expect(names(element?.events).sort()).toEqual(emitted);
    // The detail types the global event map gives (screening-events.ts).
    const details = readFileSync(here("./screening-events.ts"), "utf8");
    for (const event of element?.events ?? []) {
      const typed = new RegExp(`"${event.name}": (\\w+);`).exec(details)?.[1];
      expect(typed, event.name).toBeDefined();
      expect(event.type?.text).toBe(`CustomEvent<${typed}>`);
      expect(event.description).toBeTruthy();
    }
  });

  it("documents the help slot, the parts and the --psy-* custom properties the styles use", () => {
    expect(names(element?.slots)).toEqual(["help"]);
    expect(names(element?.cssParts).sort()).toEqual(matches(/part\("[a-z]+", "([a-z-]+)"\)/g));
    expect(names(element?.cssProperties).sort()).toEqual(matches(/var\((--psy-[a-z-]+)/g));
  });

  it("exposes the public properties and no #private member", () => {
    const members = names(element?.members);
    for (const prop of ["definition", "answers", "result", "locale", "readOnly"]) {
      expect(members).toContain(prop);
    }
    expect(members.filter((m) => m.startsWith("#"))).toEqual([]);
  });
});
