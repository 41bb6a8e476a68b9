/** Options every command that reads the registry for a role takes. */
export interface RegistryReadOptions {
  /** The SQLite registry file. */
  registry: string;
  /** A preset id or a profile JSON: the rules the registry is read under. */
  profile: string;
  role: string;
  /** When to judge overdue work (ISO date-time). */
  now: string;
  /** The current term's start: a student on the list with no family contact since is overdue. */
  termStart?: string;
  /** With `unit`: the roster that places students in units. */
  roster?: string;
  /** Only students in this org unit (any tier) of the roster. */
  unit?: string;
  encoding?: string;
}
