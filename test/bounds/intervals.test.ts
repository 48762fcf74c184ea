import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ArgumentRangeError,
  ArgumentTypeError,
  bounds,
  consistent,
  getObservation,
  type Interval,
  product,
  ratio,
} from "../../src/index.js";
import { expectArgError, RUNS } from "../metrics/_assert.js";

const closed = (lower: number, upper: number | null): Interval => ({
  lower,
  lowerInclusive: true,
  upper,
  upperInclusive: upper !== null,
  approximate: false,
});

describe("rows 12–14 agree within rounding (FIGURES.md)", () => {
  const share = bounds(getObservation("ndxp-transactions-2023-q1-share-of-target"));
  const target = getObservation("ndxp-transactions-target-2023");
  const q1 = bounds(getObservation("ndxp-transactions-2023-q1"));
  const implied = product(product(share, 0.01), target.value);

  it("12.95 % stated to 2 decimals of 860 million is [111.327, 111.413] million, approximate", () => {
    expect(implied).toEqual({
      lower: 111_327_000,
      lowerInclusive: true,
      upper: 111_413_000,
      upperInclusive: true,
      approximate: true,
    });
  });

  it("which is consistent with “hơn 111 triệu” (more than 111 million)", () => {
    expect(consistent(implied, q1)).toBe(true);
    expect(consistent(q1, implied)).toBe(true);
  });

  it("and would not be with “hơn 112 triệu”, nor with exactly 111 million", () => {
    expect(
      consistent(implied, bounds({ value: 112e6, comparator: "gt", decimals: 0, scale: 1e6 })),
    ).toBe(false);
    expect(consistent(implied, 111_000_000)).toBe(false);
  });

  it("the other way round: more than 111 million of 860 million is more than 12.9 %", () => {
    const r = ratio(q1, target.value);
    expect(r.lower).toBeCloseTo(111 / 860, 15);
    expect(r.lowerInclusive).toBe(false);
    expect(r.upper).toBeNull();
    expect(consistent(product(r, 100), share)).toBe(true);
  });
});

describe("ratio", () => {
  it("334 896 members / 71 836 teams = 4.66 a team, within the rounding of both", () => {
    const r = ratio(
      bounds(getObservation("community-tech-team-members")),
      bounds(getObservation("community-tech-teams")),
    );
    expect(r.lower).toBeCloseTo(334_895.5 / 71_836.5, 12);
    expect(r.upper).toBeCloseTo(334_896.5 / 71_835.5, 12);
    expect(r.lower).toBeGreaterThan(4.66);
    expect(r.upper as number).toBeLessThan(4.665);
    expect(consistent(r, 334_896 / 71_836)).toBe(true);
  });

  it("unbounded denominators give a lower bound of 0; a denominator reaching 0 gives no upper bound", () => {
    expect(ratio(closed(1, 2), closed(4, null))).toEqual({
      lower: 0,
      lowerInclusive: false,
      upper: 0.5,
      upperInclusive: true,
      approximate: false,
    });
    expect(ratio(closed(1, 2), { ...closed(0, 4), lowerInclusive: false })).toMatchObject({
      lower: 0.25,
      upper: null,
    });
    expect(ratio(0, closed(4, null))).toEqual(closed(0, 0));
  });

  it("refuses a denominator that includes 0", () => {
    expectArgError(() => ratio(1, 0), "range", "ERR_OUT_OF_RANGE", "b");
    expectArgError(() => ratio(1, closed(0, 5)), "range", "ERR_OUT_OF_RANGE", "b");
  });
});

describe("product", () => {
  it("keeps open and closed ends, and approximate", () => {
    expect(product(bounds(getObservation("fully-online-services-share")), 2)).toEqual({
      lower: 149.43,
      lowerInclusive: true,
      upper: 149.45,
      upperInclusive: false,
      approximate: false,
    });
    expect(product(closed(0, 1), { ...closed(2, 3), lowerInclusive: false })).toMatchObject({
      lower: 0,
      lowerInclusive: true,
    });
    expect(product(0, closed(5, null))).toEqual(closed(0, 0));
  });
});

describe("consistent", () => {
  it("touching ends count only when both are closed", () => {
    expect(consistent(closed(1, 2), closed(2, 3))).toBe(true);
    expect(consistent({ ...closed(1, 2), upperInclusive: false }, closed(2, 3))).toBe(false);
    expect(consistent(closed(1, 2), { ...closed(2, 3), lowerInclusive: false })).toBe(false);
    expect(consistent(closed(1, null), closed(5, null))).toBe(true);
    expect(consistent(2, 2)).toBe(true);
    expect(consistent(2, 3)).toBe(false);
  });

  it("accepts negative intervals (gaps); product and ratio do not", () => {
    expect(consistent(closed(-3, -1), closed(-2, 0))).toBe(true);
    expectArgError(() => product(closed(-3, -1), 2), "range", "ERR_OUT_OF_RANGE", "a.lower");
    expectArgError(() => ratio(2, -1), "range", "ERR_OUT_OF_RANGE", "b");
  });

  it("refuses malformed intervals, naming the field", () => {
    expectArgError(() => consistent(null as never, 1), "type", "ERR_INVALID_TYPE", "a");
    expectArgError(() => consistent(Number.NaN, 1), "type", "ERR_INVALID_TYPE", "a");
    expectArgError(() => consistent(1, Infinity), "range", "ERR_OUT_OF_RANGE", "b");
    expectArgError(
      () => consistent({ ...closed(1, 2), lower: Number.NaN }, 1),
      "type",
      "ERR_INVALID_TYPE",
      "a.lower",
    );
    expectArgError(
      () => consistent({ ...closed(1, 2), upper: 0 }, 1),
      "range",
      "ERR_OUT_OF_RANGE",
      "a.upper",
    );
    expectArgError(
      () => consistent({ ...closed(1, 2), upper: Infinity }, 1),
      "range",
      "ERR_OUT_OF_RANGE",
      "a.upper",
    );
    expectArgError(
      () => consistent({ ...closed(1, 2), approximate: "no" as never }, 1),
      "type",
      "ERR_INVALID_TYPE",
      "a.approximate",
    );
    expectArgError(
      () => consistent({ ...closed(1, 1), upperInclusive: false }, 1),
      "range",
      "ERR_OUT_OF_RANGE",
      "a",
    );
    expectArgError(
      () => product(1, { ...closed(1, 2), lower: -Infinity }),
      "range",
      "ERR_OUT_OF_RANGE",
      "b.lower",
    );
  });
});

// a non-negative, non-empty interval with its members
const interval = fc
  .record({
    // figures, not subnormals: 0, or from 1e-6 to 1e9
    lower: fc.oneof(fc.constant(0), fc.double({ min: 1e-6, max: 1e9, noNaN: true })),
    width: fc.oneof(
      fc.constant(null),
      fc.constant(0),
      fc.double({ min: 1e-6, max: 1e9, noNaN: true }),
    ),
    li: fc.boolean(),
    ui: fc.boolean(),
    approximate: fc.boolean(),
    t: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(({ lower, width, li, ui, approximate, t }) => {
    const upper = width === null ? null : lower + width;
    const point = upper === lower;
    const i: Interval = {
      lower,
      lowerInclusive: point ? true : li,
      upper,
      upperInclusive: upper === null ? false : point ? true : ui,
      approximate,
    };
    // a member: strictly inside, or the point itself
    const member = point
      ? lower
      : upper === null
        ? lower + 1 + t * 1e6
        : lower + (upper - lower) * (0.25 + t / 2);
    return { i, member };
  })
  .filter(({ i, member }) => member > i.lower || (member === i.lower && i.lowerInclusive));

function contains(i: Interval, v: number, tolerance: number): boolean {
  const lowOk = i.lowerInclusive ? v >= i.lower * (1 - tolerance) : v > i.lower * (1 - tolerance);
  if (i.upper === null) return lowOk;
  const upOk = i.upperInclusive ? v <= i.upper * (1 + tolerance) : v < i.upper * (1 + tolerance);
  return lowOk && upOk;
}

describe("interval properties", () => {
  it("property: product contains every product of members, finite bounds, approximate carried", () => {
    fc.assert(
      fc.property(interval, interval, (a, b) => {
        const p = product(a.i, b.i);
        expect(Number.isFinite(p.lower)).toBe(true);
        expect(p.upper === null || Number.isFinite(p.upper)).toBe(true);
        expect(p.approximate).toBe(a.i.approximate || b.i.approximate);
        expect(contains(p, a.member * b.member, 1e-12)).toBe(true);
        expect(consistent(p, a.member * b.member) || contains(p, a.member * b.member, 1e-12)).toBe(
          true,
        );
      }),
      RUNS,
    );
  });

  it("property: ratio contains every quotient of members (denominator above 0)", () => {
    fc.assert(
      fc.property(
        interval,
        interval.filter(({ i }) => i.lower > 1e-6),
        (a, b) => {
          const r = ratio(a.i, b.i);
          expect(Number.isFinite(r.lower)).toBe(true);
          expect(r.upper === null || Number.isFinite(r.upper)).toBe(true);
          expect(contains(r, a.member / b.member, 1e-12)).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it("property: consistent is symmetric, and true when both hold a common member", () => {
    fc.assert(
      fc.property(interval, interval, (a, b) => {
        expect(consistent(a.i, b.i)).toBe(consistent(b.i, a.i));
        expect(consistent(a.i, a.member)).toBe(true);
        if (contains(b.i, a.member, 0)) expect(consistent(a.i, b.i)).toBe(true);
      }),
      RUNS,
    );
  });

  it("property: invalid operands throw ArgumentTypeError or ArgumentRangeError", () => {
    const bad = fc.oneof(
      fc.constantFrom(Number.NaN, Infinity, -Infinity, null, undefined, "1", {}),
      fc.double({ max: -1e-9, noNaN: true }),
      interval.map(({ i }) => ({ ...i, upper: i.lower - 1 })),
    );
    fc.assert(
      fc.property(bad, fc.constantFrom(product, ratio), (x, fn) => {
        let error: unknown;
        try {
          fn(x as never, 2);
        } catch (e) {
          error = e;
        }
        expect(error instanceof ArgumentTypeError || error instanceof ArgumentRangeError).toBe(
          true,
        );
        expect((error as Error).message).toMatch(/`a(\.\w+)?`/);
      }),
      RUNS,
    );
  });
});
