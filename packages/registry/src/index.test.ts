import { describe, expect, it } from "vitest";
import * as registry from "./index";

describe("the public surface", () => {
  it("exports exactly these values", () => {
    expect(Object.keys(registry).sort()).toMatchInlineSnapshot(`
      [
        "ACCESS_LEVELS",
        "BasisSchema",
        "CLOSE_REASONS",
        "CN_K12",
        "CN_UNIVERSITY",
        "CODE_PATTERN",
        "CONSENT_MODES",
        "CONSENT_SCOPES",
        "CONTACT_KINDS",
        "CodeSchema",
        "DATA_CATEGORIES",
        "EVENT_MESSAGES",
        "EVIDENCE_EVENTS",
        "EVIDENCE_KINDS",
        "EXIT_CRITERIA",
        "FLAGGING_KINDS",
        "FLAG_SOURCES",
        "LEVEL_STATUSES",
        "MEDICAL_DOCUMENT_KINDS",
        "OBSERVATION_DOMAINS",
        "PRESETS",
        "REFERRAL_STATUSES",
        "REGISTRY_EVENT_TYPES",
        "REGISTRY_EVENT_VERSION",
        "REGISTRY_MESSAGES",
        "REGISTRY_STATUSES",
        "ROLE_KINDS",
        "RegionProfileSchema",
        "RegistryEventSchema",
        "SAFETY_DEADLINE_HOURS",
        "SAFETY_FLAG_KINDS",
        "SCREEN_FLAG_KINDS",
        "STATUS_TRANSITIONS",
        "SYSTEM_ROLE",
        "applyEvent",
        "emptyFile",
        "fileOrder",
        "foldEvents",
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
