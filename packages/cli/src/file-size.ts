import { statSync } from "node:fs";

/** A file's size in bytes, or 0 when it cannot be read (the reader says why). */
export function fileSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}
