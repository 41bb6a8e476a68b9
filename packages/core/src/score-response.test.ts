import { describe, expect, it } from "vitest";
import { kitchenSinkScale, nineItemScale } from "../test/sample-scales";
import type { ScaleDefinition } from "./scale-definition-schema";
import { scoreResponse } from "./score-response";
import { validateScale } from "./validate-scale";

function valid(input: unknown): ScaleDefinition {
  const result = validateScale(input);
  if (!result.success) throw new Error(JSON.stringify(result.issues, null, 2));
  return result.data;
}

const nine = valid(nineItemScale());
const sink = valid(kitchenSinkScale());

/** Nine answers q1..q9 from a list; `undefined` leaves the item out (not shown). */
function answers(values: (number | null | undefined | string)[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  values.forEach((v, i) => {
    if (v !== undefined) out[`q${i + 1}`] = v;
  });
  return out;
}

const flagIds = (r: ReturnType<typeof scoreResponse>) => r.flags.map((f) => f.id);

describe("scoreResponse on a nine-item sum scale (PHQ-9-shaped, synthetic)", () => {
  it("scores all-minimum and all-maximum answers", () => {
    const low = scoreResponse(nine, answers([0, 0, 0, 0, 0, 0, 0, 0, 0]));
    expect(low.scores.total).toEqual({
      value: 0,
      band: "minimal",
      bandLabel: "Minimal",
      answered: 9,
      prorated: false,
      coding: "0-3",
    });
    expect(low.flags).toEqual([]);
    expect(low.issues).toEqual([]);
    const high = scoreResponse(nine, answers([3, 3, 3, 3, 3, 3, 3, 3, 3]));
    expect(high.scores.total?.value).toBe(27);
    expect(high.scores.total?.band).toBe("severe");
    expect(flagIds(high)).toEqual(["q9_critical", "screen_positive"]);
  });

  it("names the scale, its version and the engine version", () => {
    const r = scoreResponse(nine, answers([1, 1, 1, 1, 1, 1, 1, 1, 1]));
    expect(r).toMatchObject({ scaleId: "nine-item", scaleVersion: "1.0.0", locale: "en" });
    expect(r.engineVersion).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("raises the critical flag on item 9 whatever the total", () => {
    const r = scoreResponse(nine, answers([0, 0, 0, 0, 0, 0, 0, 0, 1]));
    expect(r.scores.total?.band).toBe("minimal");
    expect(r.flags).toEqual([
      {
        id: "q9_critical",
        kind: "critical",
        source: "instrument",
        items: ["q9"],
        scores: [],
        message: "Item 9 answered above zero",
      },
    ]);
  });

  it("raises the critical flag when too many other items are missing to score", () => {
    const r = scoreResponse(nine, answers([1, null, undefined, 1, "x", 1, 1, 1, 2]));
    expect(r.scores.total).toMatchObject({ value: null, reason: "too-many-missing", answered: 6 });
    expect(flagIds(r)).toEqual(["q9_critical", "incomplete"]);
    expect(r.flags[1]).toMatchObject({
      kind: "incomplete",
      source: "engine",
      items: ["q2", "q3", "q5"],
      scores: ["total"],
    });
  });

  it("prorates sum × n / answered and rounds half up (12 × 9 / 8 = 13.5 → 14)", () => {
    const r = scoreResponse(nine, answers([3, 3, 3, 3, 0, 0, 0, null, 0]));
    expect(r.scores.total).toMatchObject({
      value: 14,
      prorated: true,
      answered: 8,
      band: "moderate",
    });
  });

  it("prorating can cross a band edge (13 × 9 / 8 = 14.625 → 15)", () => {
    const r = scoreResponse(nine, answers([3, 3, 3, 3, 1, 0, 0, undefined, 0]));
    expect(r.scores.total).toMatchObject({ value: 15, band: "moderately_severe" });
  });

  it("prorates with two missing (7 × 9 / 7 = 9) and refuses three", () => {
    expect(
      scoreResponse(nine, answers([1, 1, 1, 1, 1, 1, 1, null, null])).scores.total?.value,
    ).toBe(9);
    expect(
      scoreResponse(nine, answers([1, 1, 1, 1, 1, 1, null, null, null])).scores.total?.value,
    ).toBeNull();
  });

  it("asks for a person when a safety item is skipped, and reads nothing into it", () => {
    const r = scoreResponse(nine, answers([0, 0, 0, 0, 0, 0, 0, 0, null]));
    expect(r.scores.total?.value).toBe(0);
    expect(r.flags).toMatchObject([
      { id: "critical_item_unanswered", kind: "attention", source: "engine", items: ["q9"] },
    ]);
  });

  it("fires a safety flag on an out-of-range number, and reports the value", () => {
    const r = scoreResponse(nine, answers([0, 0, 0, 0, 0, 0, 0, 0, 7]));
    expect(flagIds(r)).toEqual(["q9_critical"]);
    expect(r.issues.map((i) => i.code)).toEqual(["out-of-range"]);
    expect(r.scores.total).toMatchObject({ value: 0, prorated: true, answered: 8 });
  });

  it("treats invalid answers as missing and reports each", () => {
    const r = scoreResponse(nine, { ...answers([1, 1, 1.5, 4, "2", 1, 1, 1, 0]), q10: 1 });
    expect(r.issues.map((i) => `${i.code}:${i.path.join(".")}`)).toEqual([
      "unknown-item:answers.q10",
      "out-of-range:answers.q3",
      "out-of-range:answers.q4",
      "string-value:answers.q5",
    ]);
    // 1+1+2+1+1+1+0 = 7 over 7 answered → 7 × 9 / 7 = 9
    expect(r.scores.total?.value).toBe(9);
  });

  it("never throws on answers that are not an object", () => {
    for (const bad of [null, 3, "answers", [1, 2]]) {
      const r = scoreResponse(nine, bad as never);
      expect(r.issues[0]?.code).toBe("answers-not-object");
      expect(r.scores.total?.value).toBeNull();
    }
  });

  it("writes labels and messages in zh-CN", () => {
    const r = scoreResponse(nine, answers([3, 3, 3, 3, 3, 3, 3, 3, null]), { locale: "zh-CN" });
    expect(r.scores.total?.bandLabel).toBe("Severe（中文）");
    expect(r.flags.map((f) => f.message)).toEqual([
      "Total at or above 10（中文）",
      "有安全相关题目未作答（q9）：请当面询问。",
    ]);
  });
});

describe("scoreResponse on every scoring feature (synthetic kitchen-sink scale)", () => {
  const base = { a1: 2, a2: 4, a3: 5, a4: 3, lie1: 0, lie2: 1, risk: 0, now: 0, latency: 45 };

  it("applies reverse keys, weights, means, counts, transforms and formulas", () => {
    const r = scoreResponse(sink, base);
    const values = Object.fromEntries(Object.entries(r.scores).map(([k, v]) => [k, v.value]));
    // a2 reversed: 1 + 5 − 4 = 2; a4 weighted: 3 × 2 = 6
    expect(values).toEqual({
      sum_a: 2 + 2 + 5 + 6,
      mean_a: (2 + 2 + 5) / 3,
      doubled: (2 + 5) * 2,
      high_items: 2, // raw answers ≥ 4: a2 = 4 and a3 = 5
      lies: 1,
      ratio: 6.5, // round((15 − 2) / max(2, 1), 2)
      sleep_flag: 1, // latency 45 > 30
    });
    expect(r.scores.mean_a?.band).toBe("high");
    expect(r.scores.doubled?.band).toBe("raised");
    expect(r.scores.sum_a?.coding).toBe("1-5");
    expect(r.flags).toEqual([]);
  });

  it("takes a mean over the answered items and rounds it", () => {
    const r = scoreResponse(sink, { ...base, a1: null, a2: 5 });
    expect(r.scores.mean_a).toMatchObject({ value: 3, answered: 2 }); // (1 + 5) / 2
    const twoThirds = scoreResponse(sink, { ...base, a1: 1, a2: 5, a3: 1 });
    expect(twoThirds.scores.mean_a?.value).toBe(1); // (1 + 1 + 1) / 3
    const r2 = scoreResponse(sink, { ...base, a1: 1, a2: 4, a3: 1 });
    expect(r2.scores.mean_a).toMatchObject({ value: 1.33, band: "low" }); // 4 / 3 rounded to 2 digits
  });

  it("makes a formula null when a name it uses is null", () => {
    const r = scoreResponse(sink, { ...base, a4: null, latency: undefined });
    expect(r.scores.sum_a).toMatchObject({ value: null, reason: "too-many-missing" });
    expect(r.scores.ratio).toMatchObject({ value: null, reason: "dependency-missing" });
    expect(r.scores.sleep_flag).toMatchObject({ value: null, reason: "dependency-missing" });
    expect(r.flags.find((f) => f.id === "incomplete")?.scores).toEqual([
      "sum_a",
      "high_items",
      "ratio",
      "sleep_flag",
    ]);
  });

  it("does not raise incomplete for an optional score that is null", () => {
    const input = kitchenSinkScale();
    const sleep = input.scores.find((s) => s.id === "sleep_flag")!;
    sleep.optional = true;
    const r = scoreResponse(valid(input), { ...base, latency: undefined });
    expect(r.scores.sleep_flag).toMatchObject({ value: null, reason: "dependency-missing" });
    expect(r.flags.map((f) => f.id)).toEqual([]);
  });

  it("fires validity, refusal and acute flags with their trace", () => {
    const r = scoreResponse(sink, { ...base, lie1: 1, risk: null, now: 1 });
    expect(r.flags.map((f) => [f.id, f.kind, f.items.join("+")])).toEqual([
      ["invalid_lies", "invalid", "lie1+lie2"],
      ["risk_positive", "critical", "risk"],
      ["acute", "acute", "now"],
    ]);
  });

  it("traces the scores that raised a score-based flag", () => {
    const r = scoreResponse(sink, { ...base, a1: 5, a2: 1, a3: 4 });
    expect(r.flags.find((f) => f.id === "high_mean")).toMatchObject({
      scores: ["mean_a"],
      items: [],
    });
  });

  it("lists every unanswered safety item once", () => {
    const r = scoreResponse(sink, { a1: 1, a2: 1, a3: 1, a4: 1 });
    expect(r.flags.find((f) => f.id === "critical_item_unanswered")?.items).toEqual([
      "risk",
      "now",
    ]);
  });

  it("applies norms only when asked, and names the table", () => {
    expect(scoreResponse(sink, base).norm).toBeUndefined();
    const general = scoreResponse(sink, base, { normGroup: {} });
    expect(general.norm).toEqual({
      id: "general",
      version: "2020",
      source: "Synthetic norm for tests",
    });
    expect(general.scores.sum_a).toMatchObject({ z: 1, t: 60 }); // (15 − 12) / 3
    const girls = scoreResponse(sink, base, { normGroup: { sex: "female", age: 13 } });
    expect(girls.norm?.id).toBe("girls_12_15");
    expect(girls.scores.sum_a).toMatchObject({ z: 1, t: 60, percentile: 90 }); // (15 − 11) / 4
    const byId = scoreResponse(sink, { ...base, a3: 1 }, { normTable: "girls_12_15" });
    expect(byId.scores.sum_a).toMatchObject({ value: 11, z: 0, t: 50, percentile: 90 });
    const none = scoreResponse(sink, base, { normTable: "missing" });
    expect(none.issues.map((i) => i.code)).toEqual(["norm-not-found"]);
  });

  it("compiles a definition once and throws for an invalid one", () => {
    expect(() => scoreResponse({ id: "nope" } as never, {})).toThrow(
      "compileScale requires a valid scale definition",
    );
  });
});
