import ts from "typescript";
import { expect } from "vitest";

/**
 * Turns the JavaScript or TypeScript samples of a page into one program: a line
 * `expr; // => value` becomes a check that `expr` (awaited) deep-equals `value`, and
 * `import … from "pkg"` reads the module from the map the test passes, so a sample may
 * import only the packages the test names.
 *
 * @param source - the samples, joined
 * @param loader - `ts` or `tsx`
 * @returns the program's body (for an async function of `__import` and `__check`) and
 *   how many checks it holds
 */
export function toProgram(source: string, loader: "ts" | "tsx"): { body: string; checks: number } {
  let checks = 0;
  const checked = source
    .split("\n")
    .map((line) => {
      const m = /^(\s*)(\S.*?);?\s*\/\/ => (.*)$/.exec(line);
      if (m === null) return line;
      checks++;
      return `${m[1]}await __check(async () => (${m[2]}), ${m[3]}, ${JSON.stringify(line.trim())});`;
    })
    .join("\n");
  // TypeScript, not esbuild, strips the types: esbuild refuses to run under jsdom
  const code = ts.transpileModule(checked, {
    compilerOptions: {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      jsx: loader === "tsx" ? ts.JsxEmit.ReactJSX : ts.JsxEmit.Preserve,
    },
    fileName: `sample.${loader}`,
  }).outputText;
  const body = code
    .replace(/^(import [^\n]*?;)\s*\/\/.*$/gm, "$1")
    .replace(/^import \* as (\w+) from "([^"]+)";$/gm, 'const $1 = __import("$2");')
    .replace(
      /^import \{([^}]*)\} from "([^"]+)";$/gm,
      (_, names: string, from: string) =>
        `const {${names.replace(/\s+as\s+/g, ": ")}} = __import(${JSON.stringify(from)});`,
    )
    .replace(/^import (\w+) from "([^"]+)";$/gm, 'const $1 = __import("$2").default;')
    .replace(/^import "([^"]+)";$/gm, '__import("$1");')
    .replace(/^export (?=(async )?function |const |class )/gm, "");
  if (/^import /m.test(body)) throw new Error(`an import the docs runner cannot read:\n${body}`);
  return { body, checks };
}

const AsyncFunction = (async () => {}).constructor as new (
  ...args: string[]
) => (...values: unknown[]) => Promise<unknown>;

/**
 * Runs the samples as one program and checks every `// =>` line.
 *
 * @param source - the samples, joined
 * @param modules - what `import` may read, by specifier
 * @param loader - `ts` or `tsx`
 * @param extra - more names the program sees (e.g. a `render` helper)
 * @returns the checked lines, in order
 */
export async function runProgram(
  source: string,
  modules: Record<string, object>,
  loader: "ts" | "tsx" = "ts",
  extra: Record<string, unknown> = {},
): Promise<string[]> {
  const { body, checks } = toProgram(source, loader);
  const seen: string[] = [];
  const importModule = (name: string) => {
    const module = modules[name];
    if (module === undefined)
      throw new Error(`a docs sample imports ${name}, which the test does not offer`);
    return module;
  };
  const check = async (actual: () => Promise<unknown>, expected: unknown, line: string) => {
    expect(await actual(), line).toEqual(expected);
    seen.push(line);
  };
  const names = Object.keys(extra);
  await new AsyncFunction("__import", "__check", ...names, body)(
    importModule,
    check,
    ...names.map((n) => extra[n]),
  );
  expect(seen).toHaveLength(checks);
  return seen;
}
