import { readFileSync } from "node:fs";
import { defineProject, type UserWorkspaceConfig } from "vitest/config";

/**
 * Settings every Node-side test project shares: tests import workspace packages from
 * their TypeScript source (the `@psyscreen/source` export condition), so `npm test`
 * needs no build.
 */
export function nodeProject(name: string, packageJsonUrl: URL): UserWorkspaceConfig {
  const pkg = JSON.parse(readFileSync(packageJsonUrl, "utf8")) as { version: string };
  return defineProject({
    resolve: { conditions: ["@psyscreen/source"] },
    ssr: { resolve: { conditions: ["@psyscreen/source"] } },
    define: { __PACKAGE_VERSION__: JSON.stringify(pkg.version) },
    test: {
      name,
      environment: "node",
      include: ["src/**/*.test.ts", "test/**/*.test.ts"],
      // Timeouts catch hangs, not slowness: the machines are shared, and a property test
      // that takes 2 s alone can take ten times that while another job runs.
      testTimeout: 60_000,
    },
  });
}
