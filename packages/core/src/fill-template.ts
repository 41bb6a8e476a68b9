/**
 * Fills a message template's `{name}` placeholders from `params`: a list is joined with
 * ", ", a missing value leaves its placeholder as it is (so a wrong key shows instead of
 * vanishing), and `term`, when given, may put a value into the message's language (e.g.
 * a kind `item` as 条目).
 *
 * @param template - the message with `{name}` placeholders
 * @param params - the values the message names
 * @param term - the value as the message should say it, or `undefined` to keep it
 * @returns the message
 * @example
 * fillTemplate("{n} of {total} answered", { n: 7, total: 9 }) // => "7 of 9 answered"
 */
export function fillTemplate(
  template: string,
  params: Readonly<Record<string, unknown>>,
  term?: (key: string, value: string) => string | undefined,
): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, key: string) => {
    const value = params[key];
    if (value === undefined || value === null) return placeholder;
    const text = Array.isArray(value) ? value.join(", ") : String(value);
    return term?.(key, text) ?? text;
  });
}
