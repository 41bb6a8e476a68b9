import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ev, flag, K12, PSY } from "../test/event-fixtures";
import { exportEventStream, linkageTable, readEventStream, WITHHELD } from "./export-event-stream";
import { foldEvents } from "./fold-events";
import { pseudonymise, pseudonymKey } from "./pseudonymise";

const SECRET = "a synthetic secret of at least 32 characters";

describe("pseudonymise", () => {
  it("is keyed HMAC-SHA256 (RFC 4231 test case 2)", async () => {
    // RFC 4231 §4.3: key "Jefe", data "what do ya want for nothing?"
    const key = await globalThis.crypto.subtle.importKey(
      "raw",
      new TextEncoder().encode("Jefe"),
      { name: "HMAC", hash: "SHA-256" },
      false,
      ["sign"],
    );
    expect(await pseudonymise(key, "what do ya want for nothing?")).toBe(
      "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
    );
  });

  it("gives different pseudonyms under different keys, and refuses short secrets", async () => {
    const a = await pseudonymKey(SECRET);
    const b = await pseudonymKey(`${SECRET}!`);
    expect(await pseudonymise(a, "s-1")).not.toBe(await pseudonymise(b, "s-1"));
    await expect(pseudonymKey("short")).rejects.toThrow(/32 bytes/);
  });
});

describe("exportEventStream", () => {
  const events = () => {
    const talk = ev("interview", 1, { noRisk: false, notes: "talked about Zhang San" });
    return [
      flag(0, "positive"),
      talk,
      ev("level-change", 2, { level: "yellow", proposer: PSY, evidence: [talk.id] }),
    ];
  };

  it("pseudonymises every id, keeps references, withholds text, and reads back to the same file", async () => {
    const key = await pseudonymKey(SECRET);
    const list = events();
    const ndjson = await exportEventStream(list, { key, profile: K12 });
    for (const plain of ["s-1", "t-psy", "Zhang San", list[1]!.id])
      expect(ndjson).not.toContain(`"${plain}"`);
    expect(ndjson).not.toContain("Zhang San");
    const read = readEventStream(ndjson);
    expect(read.success).toBe(true);
    if (!read.success) return;
    expect(read.header).toEqual({
      format: "psyscreen-registry-events",
      version: 1,
      pseudonymised: true,
      textWithheld: true,
      profile: { id: "cn-k12", version: "0.1.0" },
    });
    expect(read.events[1]).toMatchObject({ reason: WITHHELD, notes: WITHHELD });
    const pseudo = await pseudonymise(key, "s-1");
    const file = foldEvents(K12, read.events);
    expect(file).toMatchObject({ studentId: pseudo, status: "watch", level: "yellow" });
    expect(await linkageTable(["s-1"], key)).toEqual({ [pseudo]: "s-1" });
  });

  it("exports ids in clear only when asked", async () => {
    const ndjson = await exportEventStream(events(), { identified: true, keepText: true });
    expect(ndjson).toContain('"studentId":"s-1"');
    expect(ndjson).toContain("Zhang San");
    expect(JSON.parse(ndjson.split("\n")[0]!)).toMatchObject({ pseudonymised: false });
  });

  it("never lets a student id through (property)", async () => {
    const key = await pseudonymKey(SECRET);
    await fc.assert(
      fc.asyncProperty(fc.stringMatching(/^[A-Za-z0-9]{6,12}$/), async (studentId) => {
        const list = [
          ev(
            "observation",
            0,
            { domain: "mood", concern: "none", stable: true, note: studentId },
            studentId,
          ),
        ];
        const ndjson = await exportEventStream(list, { key });
        expect(ndjson).not.toContain(studentId);
      }),
      { numRuns: 50 },
    );
  });

  it("refuses a stream of another format or version", () => {
    expect(readEventStream('{"format":"psyscreen-registry-events","version":2}\n')).toMatchObject({
      success: false,
      line: 1,
    });
  });
});
