declare const __PACKAGE_VERSION__: string;

/** The version of @psyscreen/core that scored a result; every result carries it. */
export const ENGINE_VERSION: string =
  typeof __PACKAGE_VERSION__ === "string" ? __PACKAGE_VERSION__ : "0.0.0-source";
