import type { Locale } from "@psyscreen/core";
import type { RegionProfile } from "@psyscreen/registry";
import { CliError } from "./cli-error";
import { say } from "./messages";

/**
 * Refuses a role the profile's visibility matrix does not name, listing those it does.
 *
 * @throws CliError for an unknown role
 */
export function checkRole(profile: RegionProfile, role: string, locale: Locale): void {
  if (profile.visibility[role] !== undefined) return;
  throw new CliError(
    say(locale, "role-unknown", {
      role,
      profile: profile.id,
      roles: Object.keys(profile.visibility).join(", "),
    }),
  );
}
