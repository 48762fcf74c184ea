import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ArgumentRangeError,
  formatNumber,
  formatPercent,
  parsePublished,
} from "../../src/index.js";
import { expectArgError, RUNS } from "../metrics/_assert.js";

describe("formatPercent", () => {
  it.each([
    [19 / 22, "vi", 2, "86,36%"],
    [19 / 22, "en", 2, "86.36%"],
    [19 / 22, "en", 1, "86.4%"],
    [4 / 22, "vi", 2, "18,18%"],
    [62 / 63, "en", 2, "98.41%"],
    [48 / 63, "en", 2, "76.19%"],
    [111 / 860, "en", 2, "12.91%"],
    [0.145, "en", 1, "14.5%"], // 0.145 × 100 is 14.499999999999998 in binary
    [0.00005, "en", 4, "0.0050%"],
    [0.99995, "vi", 2, "100,00%"],
    [12.345, "vi", 0, "1.235%"],
    [-0.2528, "en", 2, "-25.28%"],
    [-0.00001, "en", 2, "0.00%"],
    [0, "vi", 0, "0%"],
  ] as const)("%d (%s, %i decimals) → %s", (ratio, locale, decimals, text) => {
    expect(formatPercent(ratio, { locale, decimals })).toBe(text);
  });

  it("defaults to 2 decimals", () => {
    expect(formatPercent(19 / 22, { locale: "vi" })).toBe("86,36%");
  });

  it("refuses bad input", () => {
    expectArgError(
      () => formatPercent(Number.NaN, { locale: "vi" }),
      "type",
      "ERR_INVALID_TYPE",
      "ratio",
    );
    expectArgError(
      () => formatPercent(Infinity, { locale: "vi" }),
      "range",
      "ERR_OUT_OF_RANGE",
      "ratio",
    );
    expectArgError(
      () => formatPercent(0.5, { locale: "de" as never }),
      "range",
      "ERR_OUT_OF_RANGE",
      "options.locale",
    );
    expectArgError(
      () => formatPercent(0.5, { locale: "vi", decimals: -1 }),
      "range",
      "ERR_OUT_OF_RANGE",
      "options.decimals",
    );
    expectArgError(
      () => formatPercent(0.5, { locale: "vi", decimals: 16 }),
      "range",
      "ERR_OUT_OF_RANGE",
      "options.decimals",
    );
  });

  it("property: a non-negative ratio's vi form parses back within half a unit of the last digit", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.integer({ min: 0, max: 6 }),
        (r, decimals) => {
          const text = formatPercent(r, { locale: "vi", decimals });
          const back = parsePublished(text);
          expect(back.percent).toBe(true);
          expect(back.decimals).toBe(decimals);
          expect(Math.abs(back.value - r * 100)).toBeLessThanOrEqual(
            0.5 * 10 ** -decimals * (1 + 1e-9) + Math.abs(r) * 1e-12,
          );
        },
      ),
      RUNS,
    );
  });
});

describe("formatNumber", () => {
  it.each([
    [334_896 / 71_836, { locale: "vi", decimals: 2 }, "4,66"], // FIGURES.md: 4.66 members a team
    [334_896 / 71_836, { locale: "en", decimals: 2 }, "4.66"],
    [25.28, { locale: "en", decimals: 2 }, "25.28"],
    [444_000_000, { locale: "en", scale: 1_000_000, comparator: "gt" }, "more than 444 million"],
    [444_000_000, { locale: "vi", scale: 1_000_000, comparator: "gt" }, "hơn 444 triệu"],
    [749_000_000, { locale: "en", scale: 1_000_000, comparator: "lt" }, "less than 749 million"],
    [749_000_000, { locale: "vi", scale: 1_000_000, comparator: "lt" }, "dưới 749 triệu"],
    [1_276_000_000, { locale: "vi", scale: 1_000_000_000, decimals: 3 }, "1,276 tỷ"],
    [71_836, { locale: "vi" }, "71.836"],
    [1234567.891, { locale: "en", decimals: 2 }, "1,234,567.89"],
    [1e21, { locale: "en" }, "1,000,000,000,000,000,000,000"],
  ] as const)("%d %j → %s", (value, options, text) => {
    expect(formatNumber(value, options)).toBe(text);
  });

  it("refuses bad input", () => {
    expectArgError(
      () => formatNumber(Number.NaN, { locale: "vi" }),
      "type",
      "ERR_INVALID_TYPE",
      "value",
    );
    expectArgError(
      () => formatNumber(-Infinity, { locale: "vi" }),
      "range",
      "ERR_OUT_OF_RANGE",
      "value",
    );
    expectArgError(
      () => formatNumber(1, { locale: "vi", scale: 10 as never }),
      "range",
      "ERR_OUT_OF_RANGE",
      "options.scale",
    );
    expectArgError(
      () => formatNumber(1, { locale: "vi", comparator: "ne" as never }),
      "range",
      "ERR_OUT_OF_RANGE",
      "options.comparator",
    );
  });

  it("property: any finite number formats to a finite text that parses back (non-negative), or is refused where it would print as 0", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e15, noNaN: true }),
        fc.integer({ min: 0, max: 5 }),
        (v, decimals) => {
          // half a unit of the last digit: below it, a value other than 0 would print as 0
          if (v !== 0 && v < 0.5 * 10 ** -decimals * (1 - 1e-12)) {
            expect(() => formatNumber(v, { locale: "vi", decimals })).toThrow(ArgumentRangeError);
            return;
          }
          const text = formatNumber(v, { locale: "vi", decimals });
          const back = parsePublished(text);
          expect(Math.abs(back.value - v)).toBeLessThanOrEqual(0.5 * 10 ** -decimals + v * 1e-15);
          if (v !== 0) expect(back.value).toBeGreaterThan(0);
        },
      ),
      RUNS,
    );
  });

  describe("never prints a value other than 0 as 0 (issue 21)", () => {
    it.each([
      // the case: 5 in thousands would print "0 thousand"
      [5, { locale: "en", scale: 1_000 }, 2, undefined],
      [5, { locale: "vi", scale: 1_000, decimals: 1 }, 2, 1],
      [400_000, { locale: "en", scale: 1_000_000_000, decimals: 3 }, 4, 3],
      [0.4, { locale: "en" }, 1, undefined],
      [0.004, { locale: "vi", decimals: 2 }, 3, 2],
      // negative tiny values: never "-0", never "0.00"
      [-0.001, { locale: "en", decimals: 2 }, 3, 2],
      [-0.4, { locale: "vi" }, 1, undefined],
      [-4e-7, { locale: "en", decimals: 6, comparator: "lt" }, 7, 6],
    ] as const)(
      "%d %j: refused, naming options.decimals and the least decimals (%i) that show it",
      (value, options, least, received) => {
        let error: unknown;
        try {
          formatNumber(value, options);
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(ArgumentRangeError);
        expect(error).toMatchObject({
          code: "ERR_OUT_OF_RANGE",
          argument: "options.decimals",
          received,
        });
        expect((error as Error).message).toContain(`at least ${least} decimals`);
        // and those decimals do show it
        const text = formatNumber(value, { ...options, decimals: least });
        expect(text).toMatch(/[1-9]/);
        expect(text.includes("-")).toBe(value < 0);
      },
    );

    it("a value no decimals up to 15 show is refused naming `value`", () => {
      for (const v of [1e-300, -1e-16, Number.MIN_VALUE]) {
        expectArgError(
          () => formatNumber(v, { locale: "en", decimals: 15 }),
          "range",
          "ERR_OUT_OF_RANGE",
          "value",
        );
      }
      expectArgError(
        () => formatNumber(4e-13, { locale: "en", scale: 1_000, decimals: 15 }),
        "range",
        "ERR_OUT_OF_RANGE",
        "value",
      );
    });

    it("values that round to something other than 0, and 0 itself, still print", () => {
      expect(formatNumber(5, { locale: "en", scale: 1_000, decimals: 2 })).toBe("0.01 thousand");
      expect(formatNumber(500, { locale: "en", scale: 1_000 })).toBe("1 thousand");
      expect(formatNumber(0.5, { locale: "vi" })).toBe("1");
      expect(formatNumber(-0.005, { locale: "en", decimals: 2 })).toBe("-0.01");
      expect(formatNumber(0, { locale: "en", decimals: 2 })).toBe("0.00");
      expect(formatNumber(-0, { locale: "vi", scale: 1_000_000 })).toBe("0 triệu");
    });
  });
});
