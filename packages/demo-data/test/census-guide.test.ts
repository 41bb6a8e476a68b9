// Runs the code of docs/guides/census.md: its ```js blocks are one program; a line
// `expr; // => value` asserts that expr deep-equals value. So the guide cannot drift
// from what the packages do.
import { readFileSync } from "node:fs";
import * as registry from "@psyscreen/registry";
import { describe, expect, it } from "vitest";
import * as demo from "../src/index";

const guide = readFileSync(new URL("../../../docs/guides/census.md", import.meta.url), "utf8");
const code = [...guide.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]!).join("\n");

function program(source: string): { body: string; checks: number } {
  let checks = 0;
  const lines = source.split("\n").map((line) => {
    if (/^import /.test(line)) return "";
    const check = /^(.*?);?\s*\/\/ => (.*)$/.exec(line);
    if (check === null) return line;
    checks++;
    return `__check(() => (${check[1]}), ${check[2]}, ${JSON.stringify(line.trim())});`;
  });
  return { body: lines.join("\n"), checks };
}

describe("docs/guides/census.md", () => {
  it("imports only published entry points", () => {
    const imports = [...code.matchAll(/from "([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(imports)).toEqual(new Set(["@psyscreen/demo-data", "@psyscreen/registry"]));
  });

  it("prints what its code gives", { timeout: 30_000 }, () => {
    const { body, checks } = program(code);
    expect(checks).toBeGreaterThan(10);
    const seen: string[] = [];
    const check = (actual: () => unknown, expected: unknown, line: string) => {
      expect(actual(), line).toEqual(expected);
      seen.push(line);
    };
    const scope = { ...registry, ...demo, __check: check };
    new Function(...Object.keys(scope), body)(...Object.values(scope));
    expect(seen).toHaveLength(checks);
  });
});
