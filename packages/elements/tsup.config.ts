import { defineConfig } from "tsup";
import { baseTsupConfig } from "../../tsup.config.base.ts";
import { cssInlinePlugin } from "./css-inline-plugin.ts";
import { SINGLE_FILE_OPTIONS } from "./single-file.ts";

// `clean` is off: the two builds run side by side; `npm run build` empties dist/ first.
export default defineConfig([
  {
    ...baseTsupConfig,
    entry: ["src/index.ts", "src/define.ts"],
    // One shared chunk, so `./define` registers the very class `.` exports.
    splitting: true,
    clean: false,
    noExternal: [/\.css\?inline$/],
    esbuildPlugins: [cssInlinePlugin],
  },
  {
    // The settings of single-file.ts (shared with the browser tests and the size report).
    entry: { "psy-screening.min": SINGLE_FILE_OPTIONS.entryPoints[0]! },
    format: ["esm"],
    platform: SINGLE_FILE_OPTIONS.platform,
    target: SINGLE_FILE_OPTIONS.target,
    minify: SINGLE_FILE_OPTIONS.minify,
    sourcemap: false,
    clean: false,
    dts: false,
    splitting: false,
    noExternal: [/.*/],
    define: SINGLE_FILE_OPTIONS.define,
    esbuildPlugins: SINGLE_FILE_OPTIONS.plugins,
    outExtension: () => ({ js: ".js" }),
  },
]);
