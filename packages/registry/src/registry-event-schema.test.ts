import { describe, expect, it } from "vitest";
import { REGISTRY_EVENT_TYPES, RegistryEventSchema } from "./registry-event-schema";

const base = {
  v: 1,
  id: "e-1",
  studentId: "s-1",
  actor: "t-1",
  role: "psy-teacher",
  time: "2026-09-01T08:00:00+08:00",
  reason: "synthetic",
};

describe("RegistryEventSchema", () => {
  it("covers the event types of issue 5", () => {
    expect(REGISTRY_EVENT_TYPES).toEqual([
      "census-result",
      "flag-raised",
      "interview",
      "observation",
      "family-contact",
      "level-change",
      "plan-created",
      "plan-reviewed",
      "referral-made",
      "referral-status",
      "case-conference",
      "case-report",
      "medical-document",
      "leave",
      "return-application",
      "exit",
      "correction",
    ]);
  });

  it("requires who, which role, when and why on every event", () => {
    for (const key of ["actor", "role", "time", "reason", "studentId", "id"] as const) {
      const { [key]: _, ...rest } = base;
      const parsed = RegistryEventSchema.safeParse({ ...rest, type: "interview", noRisk: true });
      expect(parsed.success, key).toBe(false);
    }
  });

  it("refuses an unknown format version, unknown fields and a diagnosis field", () => {
    const ok = { ...base, type: "interview", noRisk: true };
    expect(RegistryEventSchema.safeParse(ok).success).toBe(true);
    expect(RegistryEventSchema.safeParse({ ...ok, v: 2 }).success).toBe(false);
    const doc = {
      ...base,
      type: "medical-document",
      issuer: "City hospital",
      document: "diagnosis",
      issuedOn: "2026-09-01",
      providedBy: "guardian",
    };
    expect(RegistryEventSchema.safeParse(doc).success).toBe(true);
    expect(RegistryEventSchema.safeParse({ ...doc, diagnosis: "F32" }).success).toBe(false);
  });

  it("fills in an empty evidence list and needs a close reason only on close", () => {
    const exit = {
      ...base,
      type: "exit",
      step: "exit",
      proposer: { actor: "t-1", role: "psy-teacher" },
    };
    const parsed = RegistryEventSchema.parse(exit);
    expect(parsed.type === "exit" && parsed.evidence).toEqual([]);
    expect(RegistryEventSchema.safeParse({ ...exit, step: "close" }).success).toBe(false);
    expect(
      RegistryEventSchema.safeParse({ ...exit, step: "close", closeReason: "transfer" }).success,
    ).toBe(true);
  });
});
