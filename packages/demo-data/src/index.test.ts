import { describe, expect, it } from "vitest";
import * as demo from "./index";

describe("the public surface", () => {
  it("exports exactly these values", () => {
    expect(Object.keys(demo).sort()).toMatchInlineSnapshot(`
      [
        "DEMO_RATES",
        "createRandom",
        "csvCell",
        "generateAnswers",
        "generateSchool",
        "responsesToCsv",
        "rosterToCsv",
      ]
    `);
  });
});
