import { existsSync } from "node:fs";
import type { Locale } from "@psyscreen/core";
import {
  getPreset,
  PRESETS,
  type RegionProfile,
  type RegionProfileInput,
  Registry,
  resolveProfile,
} from "@psyscreen/registry";
import { CliError } from "./cli-error";
import { readJson } from "./load-scale";
import { say } from "./messages";

/** A registry opened on a SQLite file, with the profile it is read under. */
export interface OpenRegistry {
  registry: Registry;
  profile: RegionProfile;
  /** Closes the file. */
  close(): void;
}

/**
 * The profile a command names: a preset id (`cn-k12`) or a profile JSON, which may extend
 * a preset; resolved and validated.
 *
 * @throws CliError naming the first issue when the profile does not validate
 */
export function loadProfile(ref: string, locale: Locale): RegionProfile {
  const input = (getPreset(ref) ?? readJson(ref, locale)) as RegionProfileInput;
  const resolved = resolveProfile(input, PRESETS, { locale });
  if (!resolved.success) {
    const first = resolved.issues[0]!;
    throw new CliError(
      say(locale, "profile-invalid", {
        file: ref,
        issues: resolved.issues.length,
        first: `${first.path.join(".")}: ${first.message}`,
      }),
    );
  }
  return resolved.data;
}

/**
 * Opens the SQLite registry in `file` (better-sqlite3 is an optional peer) under a
 * profile. Every command but the census import reads a registry that must exist, so a
 * mistyped path is an error, not a new empty file.
 *
 * @param file - the registry file
 * @param profileRef - a preset id or a profile JSON
 * @param options - `create`: make the file when it is missing
 * @throws CliError when the file is missing, better-sqlite3 is not installed, the file is
 *   not a registry, or the profile does not validate
 */
export async function openRegistry(
  file: string,
  profileRef: string | RegionProfile,
  locale: Locale,
  options: { create?: boolean } = {},
): Promise<OpenRegistry> {
  const profile = typeof profileRef === "string" ? loadProfile(profileRef, locale) : profileRef;
  if (options.create !== true && !existsSync(file)) {
    throw new CliError(say(locale, "registry-missing", { file }));
  }
  let sqlite: typeof import("@psyscreen/registry/sqlite");
  try {
    sqlite = await import("@psyscreen/registry/sqlite");
    new sqlite.SqliteStore(":memory:").close();
  } catch {
    throw new CliError(say(locale, "sqlite-missing"));
  }
  let store: InstanceType<typeof sqlite.SqliteStore>;
  try {
    store = new sqlite.SqliteStore(file);
  } catch (error) {
    throw new CliError(say(locale, "file-error", { file, reason: (error as Error).message }));
  }
  return {
    registry: new Registry(profile, store, { locale }),
    profile,
    close: () => store.close(),
  };
}

/**
 * Opens the registry as {@link openRegistry} does, runs `use` on it and closes the file
 * however `use` ends.
 */
export async function withRegistry<T>(
  file: string,
  profileRef: string | RegionProfile,
  locale: Locale,
  use: (opened: OpenRegistry) => Promise<T>,
  options: { create?: boolean } = {},
): Promise<T> {
  const opened = await openRegistry(file, profileRef, locale, options);
  try {
    return await use(opened);
  } finally {
    opened.close();
  }
}
