import { describe, expect, it } from "vitest";
import * as registry from "./index";

describe("the public surface", () => {
  it("exports exactly these values", () => {
    expect(Object.keys(registry).sort()).toMatchInlineSnapshot(`
      [
        "ACCESS_LEVELS",
        "AGE_BANDS",
        "BasisSchema",
        "CARELESS_DEFAULTS",
        "CN_K12",
        "CN_UNIVERSITY",
        "CODE_PATTERN",
        "CONSENT_MODES",
        "CONSENT_SCOPES",
        "CampaignSchema",
        "CensusResponseSchema",
        "CodeSchema",
        "DATA_CATEGORIES",
        "EVIDENCE_KINDS",
        "EXIT_CRITERIA",
        "FAMILY_FLAGS",
        "FAMILY_FLAG_LABELS",
        "LEVEL_STATUSES",
        "PRESETS",
        "REGISTRY_MESSAGES",
        "REGISTRY_STATUSES",
        "RESPONSE_STATUSES",
        "ROLE_KINDS",
        "RegionProfileSchema",
        "RosterSchema",
        "RosterStudentSchema",
        "SAFETY_DEADLINE_HOURS",
        "SAFETY_FLAG_KINDS",
        "SCREEN_FLAG_KINDS",
        "SCREEN_OUTCOMES",
        "STATUS_TRANSITIONS",
        "StudentIdSchema",
        "TermSchema",
        "carelessIndicators",
        "censusRecords",
        "confidenceOf",
        "getPreset",
        "isTerm",
        "mergeProfiles",
        "registryIssueMessage",
        "resolveProfile",
        "routeFlag",
        "routingKey",
        "runCensus",
        "screenOutcome",
        "validateCensusInput",
        "validateProfile",
      ]
    `);
  });
});
