const ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * Text as HTML, safe in element content and in quoted attribute values: every character
 * that could open markup or end an attribute is escaped.
 *
 * @param text - the text (a number is written as `String` writes it)
 * @returns the escaped text
 * @example
 * escapeHtml('<b title="x">Tom & Jerry\'s</b>') // => "&lt;b title=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/b&gt;"
 */
export function escapeHtml(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
