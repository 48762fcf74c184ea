import { describe, expect, it } from "vitest";
import { getObservation, type Observation, observations } from "../../src/index.js";

const all: readonly Observation[] = observations;

describe("the figures agree with each other", () => {
  it("part ≤ whole, and a named missing member accounts for whole − part", () => {
    for (const o of all) {
      if (o.kind !== "partOfWhole") continue;
      expect(o.part).toBeLessThanOrEqual(o.whole);
      if (o.missing !== null) {
        expect(o.missing.codes.length, o.id).toBe(o.whole - o.part);
        expect(new Set(o.missing.codes).size).toBe(o.missing.codes.length);
        if (o.quote !== null) expect(o.quote).toContain(o.missing.published);
      }
    }
    const dx = getObservation("provinces-dx-resolution");
    expect(dx.missing?.codes).toEqual(["54"]);
  });

  it("rows 12-14: about 12,95% of at least 860 million agrees with more than 111 million", () => {
    const share = getObservation("ndxp-transactions-2023-q1-share-of-target");
    const target = getObservation("ndxp-transactions-target-2023");
    const q1 = getObservation("ndxp-transactions-2023-q1");
    expect(share.shareOf).toBe(target.id);
    // 12,95 printed to 2 decimals: [12.945, 12.955) percent of the 860 million target
    const half = 0.5 * 10 ** -share.decimals;
    const low = ((share.value - half) / 100) * target.value;
    const high = ((share.value + half) / 100) * target.value;
    expect(low).toBeCloseTo(111_327_000, 0);
    expect(high).toBeCloseTo(111_413_000, 0);
    // "hơn 111 triệu" allows any count above 111 000 000: the interval lies inside it
    expect(q1.comparator).toBe("gt");
    expect(low).toBeGreaterThan(q1.value);
    // and 111 million is not inside it: the share is not computed from 111 million exactly
    expect((q1.value / target.value) * 100).toBeLessThan(share.value - half);
  });

  it("the cumulative NDXP count exceeds the Q1 count", () => {
    expect(getObservation("ndxp-transactions-cumulative").value).toBeGreaterThan(
      getObservation("ndxp-transactions-2023-q1").value,
    );
  });
});
