/** A fenced code block of a Markdown page. */
export interface CodeBlock {
  /** The language of the fence (`ts`, `sh`, `json`, …). */
  lang: string;
  /** `key=value` words after the language, e.g. `file=my-scale/scale.json`. */
  attrs: Record<string, string>;
  code: string;
  /** 1-based line of the opening fence, for messages. */
  line: number;
}

/**
 * The fenced code blocks of a Markdown page, in order.
 *
 * @param markdown - the page
 * @returns its blocks
 * @example
 * codeBlocks("x\n```ts a=b\n1;\n```\n")[0] // => { lang: "ts", attrs: { a: "b" }, code: "1;\n", line: 2 }
 */
export function codeBlocks(markdown: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  for (const m of markdown.matchAll(/^```(\S*)([^\n]*)\n([\s\S]*?)^```$/gm)) {
    const attrs: Record<string, string> = {};
    for (const [, key, value] of m[2]!.matchAll(/(\w+)=(\S+)/g)) attrs[key!] = value!;
    const line = markdown.slice(0, m.index).split("\n").length;
    blocks.push({ lang: m[1]!, attrs, code: m[3]!, line });
  }
  return blocks;
}
