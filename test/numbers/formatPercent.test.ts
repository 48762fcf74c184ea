import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatNumber, formatPercent, parsePublished } from "../../src/index.js";
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

  it("property: any finite number formats to a finite text that parses back (non-negative)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e15, noNaN: true }),
        fc.integer({ min: 0, max: 5 }),
        (v, decimals) => {
          const text = formatNumber(v, { locale: "vi", decimals });
          const back = parsePublished(text);
          expect(Math.abs(back.value - v)).toBeLessThanOrEqual(0.5 * 10 ** -decimals + v * 1e-15);
        },
      ),
      RUNS,
    );
  });
});
