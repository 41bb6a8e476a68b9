import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";
import { baseTsupConfig } from "../../tsup.config.base.ts";

const pkg = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as {
  version: string;
};

export default defineConfig([
  { ...baseTsupConfig, define: { __PACKAGE_VERSION__: JSON.stringify(pkg.version) } },
  {
    ...baseTsupConfig,
    entry: { bin: "src/bin.ts" },
    format: ["esm"],
    dts: false,
    clean: false,
    platform: "node",
    // commands load their modules when they run (`score` does not load the registry)
    splitting: true,
    banner: { js: "#!/usr/bin/env node" },
    define: { __PACKAGE_VERSION__: JSON.stringify(pkg.version) },
  },
]);
