import { defineConfig } from "tsup";
import { baseTsupConfig } from "../../tsup.config.base.ts";
import { cssInlinePlugin } from "./css-inline-plugin.ts";

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
    entry: { "psy-screening.min": "src/bundle.ts" },
    format: ["esm"],
    platform: "browser",
    target: "es2022",
    minify: true,
    sourcemap: false,
    clean: false,
    dts: false,
    splitting: false,
    noExternal: [/.*/],
    define: { "process.env.NODE_ENV": JSON.stringify("production") },
    esbuildPlugins: [cssInlinePlugin],
    outExtension: () => ({ js: ".js" }),
  },
]);
