import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ArgumentRangeError,
  ArgumentTypeError,
  formatPercent,
  getObservation,
  observations,
  progressRatio,
} from "../../src/index.js";
import { expectArgError, RUNS } from "./_assert.js";

describe("progressRatio", () => {
  // FIGURES.md, "Figures that follow": 19/22 = 86.36 %; 4/22 = 18.18 %; 62/63 = 98.41 %; 48/63 = 76.19 %
  it.each([
    ["ministries-egov-architecture-2", 19, 22, "86,36%", "86.36%"],
    ["ministries-dx-resolution", 4, 22, "18,18%", "18.18%"],
    ["provinces-dx-resolution", 62, 63, "98,41%", "98.41%"],
    ["provinces-community-tech-teams-all-communes", 48, 63, "76,19%", "76.19%"],
    ["provinces-egov-architecture-2", 63, 63, "100,00%", "100.00%"],
    ["provinces-community-tech-teams", 63, 63, "100,00%", "100.00%"],
  ] as const)("%s = %i/%i → %s", (id, part, whole, vi, en) => {
    const o = getObservation(id);
    expect(progressRatio(o)).toBe(part / whole);
    expect(progressRatio(part, whole)).toBe(part / whole);
    expect(formatPercent(progressRatio(o), { locale: "vi" })).toBe(vi);
    expect(formatPercent(progressRatio(o), { locale: "en", decimals: 2 })).toBe(en);
  });

  it("gives 19/22 = 0.8636… exactly as the division", () => {
    expect(progressRatio(19, 22)).toBeCloseTo(0.863636, 6);
  });

  it("reads every part-of-whole observation of the data set", () => {
    const parts = observations.filter((o) => o.kind === "partOfWhole");
    expect(parts.filter((o) => o.release === "mic-2023-q1")).toHaveLength(6);
    expect(parts.length).toBeGreaterThan(6);
    for (const o of parts) expect(progressRatio(o)).toBe(o.part / o.whole);
  });

  it("refuses bad input with the documented class, code and argument", () => {
    expectArgError(() => progressRatio(Number.NaN, 22), "type", "ERR_INVALID_TYPE", "part");
    expectArgError(() => progressRatio("19" as never, 22), "type", "ERR_INVALID_TYPE", "part");
    expectArgError(() => progressRatio(19, Number.NaN), "type", "ERR_INVALID_TYPE", "whole");
    expectArgError(
      () => progressRatio(19, undefined as never),
      "type",
      "ERR_INVALID_TYPE",
      "whole",
    );
    expectArgError(() => progressRatio(Infinity, 22), "range", "ERR_OUT_OF_RANGE", "part");
    expectArgError(() => progressRatio(1, Infinity), "range", "ERR_OUT_OF_RANGE", "whole");
    expectArgError(() => progressRatio(-1, 22), "range", "ERR_OUT_OF_RANGE", "part");
    expectArgError(() => progressRatio(0, 0), "range", "ERR_OUT_OF_RANGE", "whole");
    expectArgError(() => progressRatio(1, -22), "range", "ERR_OUT_OF_RANGE", "whole");
    expectArgError(() => progressRatio(23, 22), "range", "ERR_OUT_OF_RANGE", "part");
    expectArgError(
      () => progressRatio(getObservation("fully-online-services-share") as never),
      "range",
      "ERR_UNSUPPORTED",
      "observation.kind",
    );
    expectArgError(
      () => progressRatio({ kind: "partOfWhole", part: 19, whole: 22, comparator: "gt" }),
      "range",
      "ERR_UNSUPPORTED",
      "observation.comparator",
    );
    expectArgError(
      () => progressRatio({ kind: "partOfWhole", part: 30, whole: 22 }),
      "range",
      "ERR_OUT_OF_RANGE",
      "observation.part",
    );
  });

  it("names the value received in the message", () => {
    expect(() => progressRatio(23, 22)).toThrow(/received 23/);
    expect(() => progressRatio(1, 0)).toThrow(/`whole`.*received 0/);
  });

  it("property: valid inputs give a finite ratio in [0, 1]", () => {
    fc.assert(
      fc.property(
        fc.double({ min: Number.MIN_VALUE, max: 1e300, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (whole, share) => {
          const part = Math.min(whole * share, whole);
          const r = progressRatio(part, whole);
          expect(Number.isFinite(r)).toBe(true);
          expect(r).toBeGreaterThanOrEqual(0);
          expect(r).toBeLessThanOrEqual(1);
        },
      ),
      RUNS,
    );
  });

  it("property: invalid inputs throw ArgumentTypeError or ArgumentRangeError, never return", () => {
    const bad = fc.oneof(
      fc.constantFrom(Number.NaN, Infinity, -Infinity, 0, -0.5, -1e9),
      fc.double({ max: -Number.MIN_VALUE, noNaN: true }),
      fc.string(),
      fc.constant(null),
      fc.constant(undefined),
    );
    fc.assert(
      fc.property(bad, fc.nat({ max: 1000 }), (whole, part) => {
        expect(() => progressRatio(part, whole as never)).toThrow(
          expect.objectContaining({ argument: "whole" }),
        );
        try {
          progressRatio(part, whole as never);
        } catch (e) {
          expect(e instanceof ArgumentTypeError || e instanceof ArgumentRangeError).toBe(true);
        }
      }),
      RUNS,
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e9 }),
        fc.integer({ min: 1, max: 1e9 }),
        (w, extra) => {
          expectArgError(() => progressRatio(w + extra, w), "range", "ERR_OUT_OF_RANGE", "part");
        },
      ),
      RUNS,
    );
  });
});
