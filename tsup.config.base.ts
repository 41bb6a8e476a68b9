import type { Options } from "tsup";

/**
 * The build every package shares: ESM + CJS + declarations, targeting Node 20 and
 * current browsers. A package spreads this and adds only what is its own, so a later
 * tool swap touches one file.
 */
export const baseTsupConfig: Options = {
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  target: "es2022",
  sourcemap: true,
  clean: true,
  treeshake: true,
  splitting: false,
  // tsup injects `baseUrl`, which TypeScript 6 deprecates (ENVIRONMENT.md, trap 3).
  dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
  outExtension: ({ format }) => ({ js: format === "cjs" ? ".cjs" : ".js" }),
};
