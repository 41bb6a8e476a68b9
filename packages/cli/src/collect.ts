/**
 * Commander's collector for a repeatable option that also takes comma-separated values:
 * `--keep a --keep b,c` → `["a", "b", "c"]`.
 */
export const collect = (value: string, previous: string[]) => [
  ...previous,
  ...value.split(",").filter(Boolean),
];
