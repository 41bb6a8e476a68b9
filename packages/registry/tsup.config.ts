import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";
import { baseTsupConfig } from "../../tsup.config.base.ts";

const pkg = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as {
  version: string;
};

export default defineConfig({
  ...baseTsupConfig,
  // the SQLite store is a separate, Node-only entry point
  entry: ["src/index.ts", "src/sqlite.ts"],
  external: ["better-sqlite3"],
  define: { __PACKAGE_VERSION__: JSON.stringify(pkg.version) },
});
