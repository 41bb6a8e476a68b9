import { mkdirSync, rmSync } from "node:fs";
import { dirname } from "node:path";
import { CN_K12, type RegionProfile, Registry, resolveProfile } from "@psyscreen/registry";
import { type PortalSchool, PortalStore } from "./portal-store";
import { seedSchool } from "./seed-school";

/** An open portal: its file, the registry on it, the school and the profile. */
export interface Portal {
  store: PortalStore;
  registry: Registry;
  school: PortalSchool;
  profile: RegionProfile;
  /** Whether this run seeded the file (a new file, or `reset`). */
  seeded: boolean;
  close(): void;
}

/** Options of `openPortal`. */
export interface OpenPortalOptions {
  /** The SQLite file (created with its folder), or `:memory:`. */
  file: string;
  /** Delete the file first and seed it again. */
  reset?: boolean;
  /** The time of seeding; default now. */
  now?: Date;
}

/** The `cn-k12` preset, resolved: the profile the demo school runs under. */
export function portalProfile(): RegionProfile {
  const resolved = resolveProfile(CN_K12, []);
  if (!resolved.success)
    throw new Error("portalProfile requires a valid preset", { cause: resolved.issues });
  return resolved.data;
}

/**
 * Opens the portal's SQLite file, seeding it with the synthetic school when it is new
 * (or on `reset`); a second run reuses what the first one wrote.
 *
 * @param options - the file, reset, the time of seeding
 * @returns the open portal; `close()` closes the database
 */
export async function openPortal(options: OpenPortalOptions): Promise<Portal> {
  if (options.file !== ":memory:") {
    if (options.reset) {
      for (const suffix of ["", "-wal", "-shm"]) rmSync(options.file + suffix, { force: true });
    }
    mkdirSync(dirname(options.file), { recursive: true });
  }
  const store = new PortalStore(options.file);
  const profile = portalProfile();
  const registry = new Registry(profile, store.registryStore);
  let school = store.school();
  const seeded = school === null;
  if (school === null) school = await seedSchool(store, registry, options.now ?? new Date());
  return { store, registry, school, profile, seeded, close: () => store.close() };
}
