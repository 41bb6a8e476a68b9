/** The environment variable that may hold the pseudonym secret of `psyscreen registry export`. */
export const EXPORT_KEY_VARIABLE = "PSYSCREEN_EXPORT_KEY";
