import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ArgumentTypeError,
  delta,
  getObservation,
  impliedBaseline,
  shareOfTarget,
  targetGap,
} from "../../src/index.js";
import { expectArgError, RUNS, underflowOr } from "./_assert.js";

const change = getObservation("fully-online-services-share-change");
const current = getObservation("fully-online-services-share");
const onlineTarget = getObservation("fully-online-services-target-2023");
const ndxpQ1 = getObservation("ndxp-transactions-2023-q1");
const ndxpTarget = getObservation("ndxp-transactions-target-2023");

describe("delta", () => {
  it("gives both readings of 70.36 → 74.72", () => {
    // the nearest double to 436/70.36 exactly; (4.36 / 70.36) * 100 in floating
    // point is 6.196702671972712, one unit in the last place above
    expect(delta(74.72, 70.36)).toEqual({ points: 4.36, relative: 6.196702671972711 });
    expect(delta(74.72, 70.36).relative).toBeCloseTo(6.1967, 4);
  });

  it("the relative reading of January (71.598…) gives back +4.36 %", () => {
    const january = 74.72 / 1.0436;
    expect(delta(74.72, january).relative).toBeCloseTo(4.36, 12);
    expect(delta(74.72, january).points).toBeCloseTo(3.1217, 4);
  });

  it("refuses bad input", () => {
    expectArgError(() => delta(Number.NaN, 1), "type", "ERR_INVALID_TYPE", "current");
    expectArgError(() => delta(1, Infinity), "range", "ERR_OUT_OF_RANGE", "previous");
    expectArgError(() => delta(1, 0), "range", "ERR_OUT_OF_RANGE", "previous");
    expectArgError(() => delta(-1, 5), "range", "ERR_OUT_OF_RANGE", "current");
  });

  it("property: finite results; points = current − previous; relative = points / previous × 100", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e12, noNaN: true }),
        fc.double({ min: 1e-6, max: 1e12, noNaN: true }),
        (c, p) => {
          const d = delta(c, p);
          expect(Number.isFinite(d.points)).toBe(true);
          expect(Number.isFinite(d.relative)).toBe(true);
          expect(d.points).toBeCloseTo(c - p, 3);
          expect(d.relative).toBeGreaterThanOrEqual(-100);
        },
      ),
      RUNS,
    );
  });

  it("property: invalid inputs throw with the argument named", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.constantFrom(Number.NaN, Infinity, -Infinity, 0),
          fc.double({ max: -1e-9, noNaN: true }),
        ),
        (bad) => {
          expect(() => delta(1, bad)).toThrow(expect.objectContaining({ argument: "previous" }));
        },
      ),
      RUNS,
    );
  });
});

describe("impliedBaseline", () => {
  // FIGURES.md: January 2023 = 70.36 % as points; 74.72 / 1.0436 = 71.60 % as relative
  it("points: 74.72 − 4.36 = 70.36 exactly", () => {
    expect(impliedBaseline(change, { current, reading: "points" })).toBe(70.36);
  });

  it("relative: 74.72 / 1.0436 = 71.60 (to 2 decimals)", () => {
    const v = impliedBaseline(change, { current, reading: "relative" });
    expect(v).toBeCloseTo(71.6, 2);
    // the nearest double to 7472/104.36 exactly; 74.72 / 1.0436 in floating
    // point is 71.59831353008815, one unit in the last place below
    expect(v).toBe(71.59831353008816);
  });

  it("accepts the current value as a number", () => {
    expect(impliedBaseline(change, { current: 74.72, reading: "points" })).toBe(70.36);
  });

  it("has no default reading for an ambiguous change: ERR_MISSING_OPTION explaining both", () => {
    expect(change.change.unit).toBe("ambiguous");
    let error: unknown;
    try {
      impliedBaseline(change, { current });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ArgumentTypeError);
    expect((error as ArgumentTypeError).code).toBe("ERR_MISSING_OPTION");
    expect((error as ArgumentTypeError).argument).toBe("options.reading");
    const message = (error as Error).message;
    expect(message).toContain("`options.reading`");
    expect(message).toContain('"points"');
    expect(message).toContain('"relative"');
    expect(message).toContain("70.36");
    expect(message).toContain("71.598");
    expect(message).toContain("received undefined");
  });

  it("uses the data's unit where stated, and refuses a contradicting reading", () => {
    const asPoints = { ...change, change: { ...change.change, unit: "points" as const } };
    expect(impliedBaseline(asPoints, { current })).toBe(70.36);
    expectArgError(
      () => impliedBaseline(asPoints, { current, reading: "relative" }),
      "range",
      "ERR_OUT_OF_RANGE",
      "options.reading",
    );
    const asRelative = { ...change, change: { ...change.change, unit: "relative" as const } };
    expect(impliedBaseline(asRelative, { current })).toBe(71.59831353008816);
  });

  it("handles a decrease", () => {
    const down = { ...change, change: { ...change.change, direction: "decrease" as const } };
    expect(impliedBaseline(down, { current, reading: "points" })).toBe(79.08);
    expect(impliedBaseline(down, { current, reading: "relative" })).toBeCloseTo(74.72 / 0.9564, 12);
  });

  it("refuses bad input", () => {
    expectArgError(
      () => impliedBaseline(current as never, { current, reading: "points" }),
      "range",
      "ERR_UNSUPPORTED",
      "change.kind",
    );
    expectArgError(
      () =>
        impliedBaseline(change, {
          current: getObservation("ndxp-transactions-2023-q1"),
          reading: "points",
        }),
      "range",
      "ERR_OUT_OF_RANGE",
      "options.current",
    );
    expectArgError(
      () => impliedBaseline(change, { current: Number.NaN, reading: "points" }),
      "type",
      "ERR_INVALID_TYPE",
      "options.current",
    );
    expectArgError(
      () => impliedBaseline(change, { current, reading: "percent" as never }),
      "range",
      "ERR_OUT_OF_RANGE",
      "options.reading",
    );
    expectArgError(
      () => impliedBaseline(change, { current: 3, reading: "points" }),
      "range",
      "ERR_OUT_OF_RANGE",
      "change.value",
    );
    expectArgError(
      () =>
        impliedBaseline(
          { ...change, value: 100, change: { ...change.change, direction: "decrease" } },
          { current, reading: "relative" },
        ),
      "range",
      "ERR_OUT_OF_RANGE",
      "change.value",
    );
    expectArgError(
      () => impliedBaseline(change, undefined as never),
      "type",
      "ERR_INVALID_TYPE",
      "options",
    );
  });

  it("property: finite, non-negative results; both readings go back to the current value", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.constantFrom("points" as const, "relative" as const),
        (cur, size, reading) => {
          const c = {
            kind: "change" as const,
            value: size,
            change: { direction: "increase" as const, unit: "ambiguous" as const },
          };
          if (reading === "points" && size > cur) {
            expectArgError(
              () => impliedBaseline(c, { current: cur, reading }),
              "range",
              "ERR_OUT_OF_RANGE",
              "change.value",
            );
            return;
          }
          const base = underflowOr(() => impliedBaseline(c, { current: cur, reading }));
          if (base === null) {
            // a non-zero earlier value below 5e-324: refused, never reported as 0
            expect(cur).toBeGreaterThan(0);
            expect(cur).toBeLessThan(1e-300);
            return;
          }
          expect(Number.isFinite(base)).toBe(true);
          expect(base).toBeGreaterThanOrEqual(0);
          expect(base).toBeLessThanOrEqual(cur);
          const back = reading === "points" ? base + size : base * (1 + size / 100);
          expect(back).toBeCloseTo(cur, 6 - Math.max(0, Math.ceil(Math.log10(cur + 1))));
        },
      ),
      RUNS,
    );
  });

  it("property: without a reading, an ambiguous change always throws ERR_MISSING_OPTION", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 99, noNaN: true }),
        (cur, size) => {
          expectArgError(
            () =>
              impliedBaseline(
                {
                  kind: "change",
                  value: size,
                  change: { direction: "increase", unit: "ambiguous" },
                },
                { current: cur },
              ),
            "type",
            "ERR_MISSING_OPTION",
            "options.reading",
          );
        },
      ),
      RUNS,
    );
  });
});

describe("targetGap and shareOfTarget", () => {
  // FIGURES.md: gap to the 2023 target for row 1: 25.28 percentage points
  it("row 1: 25.28 points to the 100 % level, exactly", () => {
    expect(targetGap(current, onlineTarget)).toEqual({ value: 25.28, comparator: "eq" });
    expect(shareOfTarget(current, onlineTarget)).toEqual({ value: 0.7472, comparator: "eq" });
  });

  it("NDXP: more than 111 million of at least 860 million leaves less than 749 million", () => {
    expect(targetGap(ndxpQ1, ndxpTarget)).toEqual({ value: 749_000_000, comparator: "lt" });
    const share = shareOfTarget(ndxpQ1, ndxpTarget);
    expect(share.comparator).toBe("gt");
    expect(share.value).toBeCloseTo(111 / 860, 15);
  });

  it("a floor passed leaves 0; a level passed gives a negative gap", () => {
    expect(targetGap(900_000_000, ndxpTarget)).toEqual({ value: 0, comparator: "eq" });
    expect(targetGap({ value: 900_000_000, comparator: "gt" }, ndxpTarget)).toEqual({
      value: 0,
      comparator: "eq",
    });
    expect(targetGap({ value: 900_000_000, comparator: "approx" }, ndxpTarget)).toEqual({
      value: 0,
      comparator: "approx",
    });
    expect(targetGap(60, { value: 50, target: { comparator: "eq" } })).toEqual({
      value: -10,
      comparator: "eq",
    });
    expect(shareOfTarget(900_000_000, ndxpTarget).value).toBeCloseTo(900 / 860, 15);
  });

  it("carries the progress comparator", () => {
    expect(targetGap({ value: 50, comparator: "gte" }, onlineTarget).comparator).toBe("lte");
    expect(targetGap({ value: 50, comparator: "approx" }, onlineTarget).comparator).toBe("approx");
    expect(shareOfTarget({ value: 50, comparator: "gte" }, onlineTarget).comparator).toBe("gte");
  });

  it("refuses bad input", () => {
    expectArgError(
      () => targetGap(Number.NaN, onlineTarget),
      "type",
      "ERR_INVALID_TYPE",
      "progress",
    );
    expectArgError(() => targetGap(-1, onlineTarget), "range", "ERR_OUT_OF_RANGE", "progress");
    expectArgError(
      () => shareOfTarget(1, { value: 0, target: { comparator: "gte" } }),
      "range",
      "ERR_OUT_OF_RANGE",
      "target.value",
    );
    expectArgError(() => shareOfTarget(1, null as never), "type", "ERR_INVALID_TYPE", "target");
    expectArgError(
      () => targetGap(1, { value: 5, target: { comparator: "gt" as never } }),
      "range",
      "ERR_OUT_OF_RANGE",
      "target.target.comparator",
    );
    expectArgError(() => targetGap(current, ndxpTarget), "range", "ERR_UNSUPPORTED", "target.unit");
    expectArgError(
      () => shareOfTarget({ value: 5, comparator: "lt" }, onlineTarget),
      "range",
      "ERR_OUT_OF_RANGE",
      "progress.comparator",
    );
  });

  it("property: finite results in range (share ≥ 0; a floor gap in [0, target])", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e12, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e12, noNaN: true }),
        fc.constantFrom("eq" as const, "gte" as const),
        fc.constantFrom("eq", "approx", "gt", "gte"),
        (p, t, tc, pc) => {
          const target = { value: t, target: { comparator: tc } };
          const gap = targetGap({ value: p, comparator: pc }, target);
          const share = underflowOr(() => shareOfTarget({ value: p, comparator: pc }, target));
          if (share === null) {
            // a non-zero share below 5e-324: refused, never reported as 0
            expect(p).toBeGreaterThan(0);
            expect(p / t).toBeLessThan(1e-300);
            return;
          }
          expect(Number.isFinite(gap.value) && Number.isFinite(share.value)).toBe(true);
          expect(share.value).toBeGreaterThanOrEqual(0);
          if (tc === "gte") {
            expect(gap.value).toBeGreaterThanOrEqual(0);
            expect(gap.value).toBeLessThanOrEqual(t);
          } else {
            expect(gap.value).toBeCloseTo(t - p, 0);
          }
        },
      ),
      RUNS,
    );
  });

  it("property: invalid targets throw naming target.value", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.constantFrom(0, -0, Infinity, -Infinity),
          fc.double({ max: -1e-9, noNaN: true }),
        ),
        (t) => {
          expect(() => shareOfTarget(1, { value: t, target: { comparator: "gte" } })).toThrow(
            expect.objectContaining({ argument: "target.value" }),
          );
          expect(() => targetGap(1, { value: t, target: { comparator: "eq" } })).toThrow(
            expect.objectContaining({ argument: "target.value" }),
          );
        },
      ),
      RUNS,
    );
  });
});
