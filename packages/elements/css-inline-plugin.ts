import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Plugin } from "esbuild";
import { trimSurveyCss } from "./survey-css-trim.ts";

const require = createRequire(import.meta.url);

/**
 * Loads `…/file.css?inline` as a text string (what Vite does natively), so the SurveyJS
 * stylesheet ends up inside the shadow root instead of the page. The resolved path keeps
 * its `?inline` suffix: tsup's own CSS plugin matches `\.css$` in every namespace and
 * would otherwise swallow the import (ENVIRONMENT.md §5). SurveyJS's stylesheet loses the
 * rules of question types psyscreen never renders (survey-css-trim.ts).
 */
export const cssInlinePlugin: Plugin = {
  name: "css-inline",
  setup(build) {
    build.onResolve({ filter: /\.css\?inline$/ }, (args) => ({
      path: `${require.resolve(args.path.slice(0, -"?inline".length), { paths: [args.resolveDir] })}?inline`,
      namespace: "css-inline",
    }));
    build.onLoad({ filter: /.*/, namespace: "css-inline" }, (args) => {
      const file = args.path.slice(0, -"?inline".length);
      const css = readFileSync(file, "utf8");
      const fromSurvey = /[\\/]survey-core[\\/]/.test(file);
      return { contents: fromSurvey ? trimSurveyCss(css) : css, loader: "text" };
    });
  },
};
