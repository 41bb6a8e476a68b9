import { describe, expect, it } from "vitest";
import * as registry from "./index";

describe("the public surface", () => {
  it("exports exactly these values", () => {
    expect(Object.keys(registry).sort()).toMatchInlineSnapshot(`
      [
        "ACCESS_LEVELS",
        "BasisSchema",
        "CN_K12",
        "CN_UNIVERSITY",
        "CODE_PATTERN",
        "CONSENT_MODES",
        "CONSENT_SCOPES",
        "CodeSchema",
        "DATA_CATEGORIES",
        "EVIDENCE_KINDS",
        "EXIT_CRITERIA",
        "LEVEL_STATUSES",
        "PRESETS",
        "REGISTRY_MESSAGES",
        "REGISTRY_STATUSES",
        "ROLE_KINDS",
        "RegionProfileSchema",
        "SAFETY_DEADLINE_HOURS",
        "SAFETY_FLAG_KINDS",
        "SCREEN_FLAG_KINDS",
        "STATUS_TRANSITIONS",
        "getPreset",
        "mergeProfiles",
        "registryIssueMessage",
        "resolveProfile",
        "routingKey",
        "validateProfile",
      ]
    `);
  });
});
