import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { checkScaleFolder } from "../scripts/check-scale-folder";
import { findScaleIds } from "../scripts/find-scale-ids";

const root = new URL("../", import.meta.url);

describe("checkScaleFolder (run by the build before tsup)", () => {
  it("finds nothing wrong with any shipped scale", () => {
    expect(findScaleIds(root).flatMap((id) => checkScaleFolder(root, id))).toEqual([]);
  });

  it("reports an invalid definition, a failing fixture and a missing README", () => {
    const dir = mkdtempSync(join(tmpdir(), "psyscreen-scales-"));
    const tmp = pathToFileURL(`${dir}/`);
    try {
      cpSync(new URL("k6/", root), new URL("k6/", tmp), { recursive: true });
      rmSync(new URL("k6/README.md", tmp));
      const fixtures = JSON.parse(readFileSync(new URL("k6/fixtures.json", tmp), "utf8"));
      fixtures.cases[0].expect.flags = ["serious_distress"];
      writeFileSync(new URL("k6/fixtures.json", tmp), JSON.stringify(fixtures));
      const problems = checkScaleFolder(tmp, "k6");
      expect(problems[0]).toBe("k6/README.md is missing");
      expect(problems[1]).toMatch(/^k6\/fixtures\.json ".+": flags: expected \[serious_distress\]/);

      const scale = JSON.parse(readFileSync(new URL("k6/scale.json", tmp), "utf8"));
      scale.scores[0].bands[0].max = 1;
      writeFileSync(new URL("k6/scale.json", tmp), JSON.stringify(scale));
      expect(checkScaleFolder(tmp, "k6")).toContainEqual(
        expect.stringMatching(/^k6\/scale\.json scores › total › bands.*\[band-gap\]$/),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
