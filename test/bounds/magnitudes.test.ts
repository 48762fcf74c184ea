import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  bounds,
  consistent,
  formatValue,
  type Interval,
  parsePublished,
  product,
  ratio,
} from "../../src/index.js";
import { expectArgError, RUNS } from "../metrics/_assert.js";

/*
 * Issue 12: bounds, products and ratios for every magnitude and precision a
 * report can print (to 10^21 at 0 decimals, to 15 decimals), checked against
 * exact decimal arithmetic written here independently (strings and BigInt).
 */

/** A double as the exact decimal its shortest text reads: [digits, power of ten]. */
function exact(x: number): [bigint, number] {
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(x));
  if (m === null) throw new Error(`not finite: ${x}`);
  const frac = m[3] ?? "";
  return [BigInt(`${m[1]}${m[2]}${frac}`), Number(m[4] ?? 0) - frac.length];
}

/** Compares two exact decimals: −1, 0 or 1. */
function cmp([a, ea]: [bigint, number], [b, eb]: [bigint, number]): number {
  const e = Math.min(ea, eb);
  const x = a * 10n ** BigInt(ea - e);
  const y = b * 10n ** BigInt(eb - e);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** value ± half a unit of the last printed digit, exactly. */
function halfUnit(value: number, decimals: number, scale: number, sign: 1 | -1): [bigint, number] {
  const [n, e] = exact(value);
  const he = String(scale).length - 2 - decimals; // 5 × 10^he
  const m = Math.min(e, he);
  return [n * 10n ** BigInt(e - m) + BigInt(sign * 5) * 10n ** BigInt(he - m), m];
}

function nonEmpty(i: Interval): boolean {
  return (
    i.upper === null ||
    i.lower < i.upper ||
    (i.lower === i.upper && i.lowerInclusive && i.upperInclusive)
  );
}

const SCALES = [1, 1_000_000, 1_000_000_000] as const;

describe("bounds for every magnitude and precision (issue 12)", () => {
  it("10^16 đồng printed to the unit: a non-empty interval around it, not [x, x)", () => {
    const b = bounds({ value: 1e16, comparator: "eq", decimals: 0, scale: 1 });
    // 9999999999999999.5 and 10000000000000000.5 have no double: rounded outward, open
    expect(b).toEqual({
      lower: 9_999_999_999_999_998,
      lowerInclusive: false,
      upper: 10_000_000_000_000_002,
      upperInclusive: false,
      approximate: false,
    });
    expect(consistent(b, 1e16)).toBe(true);
    expect(consistent(b, bounds({ value: 1e16, comparator: "gt", decimals: 0, scale: 1 }))).toBe(
      true,
    );
  });

  it("10^21 at 0 decimals and 15 decimals: exact ends where a double holds them", () => {
    expect(bounds({ value: 0.123456789012345, comparator: "eq", decimals: 15, scale: 1 })).toEqual({
      lower: 0.1234567890123445,
      lowerInclusive: true,
      upper: 0.1234567890123455,
      upperInclusive: false,
      approximate: false,
    });
    const big = bounds({ value: 1e21, comparator: "approx", decimals: 0, scale: 1 });
    expect(big.lower).toBeLessThan(1e21);
    expect(big.upper).toBeGreaterThan(1e21);
    expect(nonEmpty(big)).toBe(true);
  });

  it("property: never empty; holds [value − ½ unit, value + ½ unit] exactly; ends exact or open", () => {
    const value = fc.oneof(
      fc.double({ min: 0, max: 1e22, noNaN: true }),
      fc.integer({ min: 0, max: 21 }).map((k) => 10 ** k),
      fc
        .tuple(fc.bigInt({ min: 0n, max: 10n ** 17n }), fc.integer({ min: -15, max: 5 }))
        .map(([n, e]) => Number(`${n}e${e}`)),
    );
    fc.assert(
      fc.property(
        value,
        fc.integer({ min: 0, max: 15 }),
        fc.constantFrom(...SCALES),
        fc.constantFrom("eq" as const, "approx" as const),
        (v, decimals, scale, comparator) => {
          const b = bounds({ value: v, comparator, decimals, scale });
          expect(nonEmpty(b)).toBe(true);
          const low = halfUnit(v, decimals, scale, -1);
          const high = halfUnit(v, decimals, scale, 1);
          const lc = cmp(exact(b.lower), low);
          const uc = cmp(exact(b.upper as number), high);
          expect(lc).toBeLessThanOrEqual(0);
          expect(uc).toBeGreaterThanOrEqual(0);
          // an end is inclusive only where it is the exact end
          expect(b.lowerInclusive).toBe(lc === 0);
          expect(b.upperInclusive).toBe(comparator === "approx" && uc === 0);
          expect(consistent(b, v)).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it("refuses a scale formatValue refuses (1, 10^3, 10^6, 10^9 only), and decimals beyond 15", () => {
    for (const scale of [100, 10, 0.5, 1e12, 0, -1]) {
      expectArgError(
        () => bounds({ value: 1, comparator: "eq", decimals: 0, scale }),
        "range",
        "ERR_OUT_OF_RANGE",
        "observation.scale",
      );
      expect(() =>
        formatValue(
          { value: 1, comparator: "eq", decimals: 0, scale, unit: "team" },
          { locale: "en" },
        ),
      ).toThrow(expect.objectContaining({ argument: "observation.scale" }));
    }
    expectArgError(
      () => bounds({ value: 1, comparator: "eq", decimals: 16, scale: 1 }),
      "range",
      "ERR_OUT_OF_RANGE",
      "observation.decimals",
    );
  });

  it("an end beyond the finite range is ArgumentRangeError, never Infinity", () => {
    expectArgError(
      () => bounds({ value: Number.MAX_VALUE, comparator: "eq", decimals: 0, scale: 1e9 }),
      "range",
      "ERR_OUT_OF_RANGE",
      "observation.value",
    );
  });

  it("a figure printed at any magnitude and precision parses back to its value, and bounds it", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 17n - 1n }),
        fc.integer({ min: 0, max: 15 }),
        fc.constantFrom(...SCALES),
        fc.integer({ min: 0, max: 21 }),
        (digits, decimals, scale, zeros) => {
          // a figure of at most 17 significant digits, up to 10^21 units
          const shift = Math.min(zeros, 21 - String(digits).length + 1);
          const value = Number(
            `${digits}e${Math.max(0, shift) - decimals + String(scale).length - 1}`,
          );
          const o = { value, comparator: "eq" as const, decimals, scale, unit: "transaction" };
          const vi = formatValue(o, { locale: "vi" });
          const back = parsePublished(vi);
          expect(back).toMatchObject({ value, decimals, scale, comparator: "eq" });
          expect(consistent(bounds(o), value)).toBe(true);
        },
      ),
      RUNS,
    );
  });
});

describe("products and ratios: exact, outward, never an exact zero (issue 12)", () => {
  it("a product or ratio too small for a double is (0, 5e-324), not [0, 0]", () => {
    const tiny = { lower: 0, lowerInclusive: false, upper: 5e-324, upperInclusive: false };
    expect(product(1e-200, 1e-200)).toEqual({ ...tiny, approximate: false });
    expect(ratio(1e-200, 1e200)).toEqual({ ...tiny, approximate: false });
    expect(consistent(product(1e-200, 1e-200), 0)).toBe(false);
  });

  it("a product or ratio beyond the finite range is ArgumentRangeError, never Infinity", () => {
    expectArgError(() => product(1e200, 1e200), "range", "ERR_OUT_OF_RANGE", "a");
    expectArgError(() => ratio(1e200, 1e-200), "range", "ERR_OUT_OF_RANGE", "a");
    expectArgError(
      () =>
        product(
          {
            lower: 1e300,
            lowerInclusive: true,
            upper: null,
            upperInclusive: false,
            approximate: false,
          },
          1e10,
        ),
      "range",
      "ERR_OUT_OF_RANGE",
      "a",
    );
  });

  it("property: the product and the ratio of two points hold the exact result, ends exact or open", () => {
    const x = fc.double({ min: 0, max: 1e300, noNaN: true });
    const y = fc.double({ min: Number.MIN_VALUE, max: 1e300, noNaN: true });
    fc.assert(
      fc.property(x, y, (a, b) => {
        const [an, ae] = exact(a);
        const [bn, be] = exact(b);
        for (const [fn, divide] of [
          [product, false],
          [ratio, true],
        ] as const) {
          let r: Interval;
          try {
            r = fn(a, b);
          } catch (error) {
            expect(error).toMatchObject({ code: "ERR_OUT_OF_RANGE", argument: "a" });
            expect(divide ? a / b : a * b).toBe(Number.POSITIVE_INFINITY);
            continue;
          }
          expect(nonEmpty(r)).toBe(true);
          // lower ≤ exact ≤ upper: for a ratio, compare lower × b and upper × b with a
          const scaled = (v: number): [bigint, number] => {
            const [n, e] = exact(v);
            return divide ? [n * bn, e + be] : [n, e];
          };
          const target: [bigint, number] = divide ? [an, ae] : [an * bn, ae + be];
          const lc = cmp(scaled(r.lower), target);
          const uc = cmp(scaled(r.upper as number), target);
          expect(lc).toBeLessThanOrEqual(0);
          expect(uc).toBeGreaterThanOrEqual(0);
          expect(r.lowerInclusive).toBe(lc === 0);
          expect(r.upperInclusive).toBe(uc === 0);
          if (an !== 0n) expect(r.upper).toBeGreaterThan(0);
        }
      }),
      RUNS,
    );
  });
});
