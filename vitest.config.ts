import { defineConfig } from "vitest/config";

/**
 * One test run over every workspace: each package, the scale library and each example with
 * tests is a project, and so are the docs, whose code samples run as tests.
 */
export default defineConfig({
  test: {
    projects: [
      "packages/*/vitest.config.ts",
      "scales/vitest.config.ts*",
      "examples/*/vitest.config.ts",
      "docs/vitest.config.ts",
    ],
  },
});
