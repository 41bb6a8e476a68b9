/**
 * The named columns of the CLI's CSV output, line by line (the empty last line stays
 * empty), so a test checks the columns it is about whatever else a scale adds. Assumes
 * no field holds a comma, as in the outputs tested.
 */
export function csvColumns(csv: string, names: readonly string[]): string[] {
  const lines = csv.split("\n");
  const header = lines[0]!.split(",");
  const at = names.map((name) => header.indexOf(name));
  return lines.map((line) => {
    if (line === "") return "";
    const cells = line.split(",");
    return at.map((i) => (i < 0 ? "<missing>" : (cells[i] ?? ""))).join(",");
  });
}
