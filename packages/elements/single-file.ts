import type { BuildOptions } from "esbuild";
import { cssInlinePlugin } from "./css-inline-plugin.ts";

/**
 * How `dist/psy-screening.min.js` is bundled (esbuild): one minified ES module for the
 * browser with React's production build. tsup.config.ts builds the published file with
 * these settings; the browser tests and `scripts/bundle-report.ts` build the same.
 */
export const SINGLE_FILE_OPTIONS = {
  entryPoints: [new URL("./src/bundle.ts", import.meta.url).pathname],
  bundle: true,
  format: "esm",
  platform: "browser",
  target: "es2022",
  minify: true,
  define: { "process.env.NODE_ENV": JSON.stringify("production") },
  plugins: [cssInlinePlugin],
} satisfies BuildOptions;
