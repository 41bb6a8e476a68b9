import { emptyFile, type StudentFile, type StudentView } from "@psyscreen/registry";
import { describe, expect, it } from "vitest";
import { overdueForRole } from "./overdue-for-role";

const flag = (ownerRole: string) => ({
  eventId: "census/2026-2027-1/s-1/phq-9/item9_positive",
  flagId: "item9_positive",
  kind: "critical" as const,
  raisedAt: "2026-10-08T00:00:00.000Z",
  dueAt: "2026-10-09T00:00:00.000Z",
  ownerRole,
  tier: "school",
});
const file = (ownerRole: string): StudentFile => ({
  ...emptyFile("s-1"),
  status: "crisis",
  level: "red",
  openFlags: [flag(ownerRole)],
  planDueAt: "2026-10-09T00:00:00.000Z",
});
const NOW = "2026-10-10T00:00:00Z";

describe("overdueForRole", () => {
  it("shows a role that sees the status all the overdue work, with its references", () => {
    const view: StudentView = { studentId: "s-1", role: "psy-teacher", status: "crisis" };
    expect(overdueForRole("psy-teacher", file("psy-teacher"), view, NOW)).toEqual([
      {
        studentId: "s-1",
        kind: "interview",
        dueAt: "2026-10-09T00:00:00.000Z",
        ref: flag("").eventId,
        ownerRole: "psy-teacher",
      },
      { studentId: "s-1", kind: "plan", dueAt: "2026-10-09T00:00:00.000Z" },
    ]);
  });

  it("shows any other role only its own work, without the flag behind it", () => {
    const view: StudentView = { studentId: "s-1", role: "class-teacher" };
    expect(overdueForRole("class-teacher", file("psy-teacher"), view, NOW)).toEqual([]);
    const own = overdueForRole("class-teacher", file("class-teacher"), view, NOW);
    expect(own).toEqual([
      {
        studentId: "s-1",
        kind: "interview",
        dueAt: "2026-10-09T00:00:00.000Z",
        ownerRole: "class-teacher",
      },
    ]);
    expect(JSON.stringify(own)).not.toContain("item9");
  });

  it("shows nothing to a role that sees nothing of the file", () => {
    expect(overdueForRole("county-centre", file("county-centre"), null, NOW)).toEqual([]);
  });
});
