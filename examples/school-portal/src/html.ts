import { escapeHtml } from "@psyscreen/core";

/** HTML already escaped, to put into `html` templates as it is. */
export interface Safe {
  readonly safe: string;
}

/** A template tag that escapes every value except `Safe` ones and arrays of them. */
export function html(strings: TemplateStringsArray, ...values: unknown[]): Safe {
  let out = strings[0]!;
  values.forEach((value, i) => {
    out += render(value) + strings[i + 1]!;
  });
  return { safe: out };
}

function render(value: unknown): string {
  if (value === null || value === undefined || value === false) return "";
  if (Array.isArray(value)) return value.map(render).join("");
  if (typeof value === "object" && "safe" in value) return (value as Safe).safe;
  return escapeHtml(String(value));
}
