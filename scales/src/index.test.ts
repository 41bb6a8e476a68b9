import { describe, expect, it } from "vitest";
import * as scales from "./index";

describe("@psyscreen/scales public surface", () => {
  it("exports exactly these values (a change here is an API change: add a changeset)", () => {
    expect(Object.keys(scales).sort()).toMatchInlineSnapshot(`
      [
        "getScale",
        "listScales",
        "scaleIds",
      ]
    `);
  });
});
