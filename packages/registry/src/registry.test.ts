import { describe, expect, it } from "vitest";
import { ev, flag, K12, PSY } from "../test/event-fixtures";
import { MemoryStore } from "./memory-store";
import { Registry } from "./registry";

describe("Registry", () => {
  it("refuses an illegal event with a clear message and writes nothing", async () => {
    const store = new MemoryStore();
    const registry = new Registry(K12, store, { locale: "zh-CN" });
    const outcome = await registry.append(
      ev("level-change", 0, { level: "yellow", proposer: PSY }),
    );
    expect(outcome.success).toBe(false);
    if (outcome.success) return;
    expect(outcome.issues[0]).toMatchObject({
      code: "transition-illegal",
      message: "档案没有 universal → watch 这一状态转换。",
    });
    expect(await store.students()).toEqual([]);
  });

  it("refuses a whole batch when one event is refused", async () => {
    const store = new MemoryStore();
    const registry = new Registry(K12, store);
    const outcome = await registry.appendAll([
      flag(0, "positive"),
      ev("level-change", 1, { level: "orange", proposer: PSY }),
    ]);
    expect(!outcome.success && outcome.issues.map((i) => i.code)).toEqual(["evidence-missing"]);
    expect(await store.students()).toEqual([]);
  });

  it("reports schema problems with the index of the event", async () => {
    const outcome = await new Registry(K12).appendAll([{ v: 1, type: "interview" }]);
    expect(!outcome.success && outcome.issues[0]!.path[0]).toBe(0);
  });

  it("refuses a late event that would make a stored later one illegal", async () => {
    const registry = new Registry(K12);
    const talk = ev("interview", 1, { noRisk: false });
    expect((await registry.appendAll([flag(0, "positive"), talk])).success).toBe(true);
    expect(
      (
        await registry.append(
          ev("level-change", 2, { level: "yellow", proposer: PSY, evidence: [talk.id] }),
        )
      ).success,
    ).toBe(true);
    const correctedBefore = ev("correction", 1.5, {
      corrects: talk.id,
      correction: "other student",
    });
    const outcome = await registry.append(correctedBefore);
    expect(!outcome.success && outcome.issues[0]!.code).toBe("evidence-corrected");
    expect((await registry.file("s-1")).status).toBe("watch");
  });

  it("serialises concurrent appends", async () => {
    const registry = new Registry(K12);
    const events = Array.from({ length: 20 }, (_, i) =>
      ev("observation", i, { domain: "mood", concern: "none", stable: true }),
    );
    const outcomes = await Promise.all(events.map((e) => registry.append(e)));
    expect(outcomes.every((o) => o.success)).toBe(true);
    expect((await registry.events("s-1")).length).toBe(20);
  });
});
