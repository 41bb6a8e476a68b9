/** One command of a sh sample and the output lines the page shows under it. */
export interface ShellCommand {
  /** The words after the program name. */
  args: string[];
  program: string;
  /** `# …` lines right under the command: text its output must contain (`…` = anything). */
  shows: string[];
}

/** Splits a command line as a POSIX shell would, for words, "double" and 'single' quotes. */
export function shellWords(line: string): string[] {
  const words: string[] = [];
  for (const m of line.matchAll(/"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g)) {
    words.push(m[1] !== undefined ? m[1].replace(/\\(.)/g, "$1") : (m[2] ?? m[3]!));
  }
  return words;
}

/**
 * The commands of a sh sample, continuation lines joined; a comment line before any
 * command is prose, a comment line right under a command is what it prints.
 *
 * @param code - the sample
 * @returns its commands
 */
export function shellCommands(code: string): ShellCommand[] {
  const commands: ShellCommand[] = [];
  for (const line of code.replace(/\\\n\s*/g, "").split("\n")) {
    if (line.trim() === "") continue;
    if (line.startsWith("#")) {
      commands.at(-1)?.shows.push(line.replace(/^#\s?/, ""));
      continue;
    }
    const [program, ...args] = shellWords(line);
    commands.push({ program: program!, args, shows: [] });
  }
  return commands;
}

/**
 * Whether printed output contains a shown line, `…` standing for any text.
 *
 * @param output - what the command printed (stdout and stderr)
 * @param shown - the line the page shows
 * @returns true when some line of the output matches
 */
export function showsLine(output: string, shown: string): boolean {
  const pattern = shown
    .split("…")
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join(".*");
  return new RegExp(pattern).test(output);
}
