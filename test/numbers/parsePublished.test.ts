import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ArgumentRangeError, ArgumentTypeError, parsePublished } from "../../src/index.js";

describe("parsePublished", () => {
  it.each([
    ["74,72%", 74.72, "eq", 2, 1, true, null],
    ["4,36%", 4.36, "eq", 2, 1, true, null],
    ["khoảng 12,95%", 12.95, "approx", 2, 1, true, null],
    ["hơn 111 triệu", 111_000_000, "gt", 0, 1e6, false, null],
    ["tối thiểu 860 triệu", 860_000_000, "gte", 0, 1e6, false, null],
    ["hơn 1,276 tỷ", 1_276_000_000, "gt", 3, 1e9, false, null],
    ["hơn 17,5 triệu", 17_500_000, "gt", 1, 1e6, false, null],
    ["71.836", 71_836, "eq", 0, 1, false, null],
    ["334.896", 334_896, "eq", 0, 1, false, null],
    ["1.234.567", 1_234_567, "eq", 0, 1, false, null],
    ["19/22", 19, "eq", 0, 1, false, 22],
    ["63/63", 63, "eq", 0, 1, false, 63],
    ["0", 0, "eq", 0, 1, false, null],
    ["0,5%", 0.5, "eq", 1, 1, true, null],
    ["  hơn   111 triệu ", 111_000_000, "gt", 0, 1e6, false, null],
  ] as const)("%s", (text, value, comparator, decimals, scale, percent, whole) => {
    expect(parsePublished(text)).toEqual({ value, comparator, decimals, scale, percent, whole });
  });

  it("reads decomposed (NFD) Vietnamese as well as NFC", () => {
    expect(parsePublished("tối thiểu 860 triệu".normalize("NFD")).value).toBe(860_000_000);
  });

  it.each([
    ["", "empty"],
    ["74.72%", "a . that does not group three digits"],
    ["1.23", "a . that does not group three digits"],
    ["2.0", "version-like"],
    ["1,2,3", "two decimal marks"],
    ["007", "leading zeros"],
    ["-5", "a sign"],
    ["hơn", "a qualifier alone"],
    ["12 %", "a space before %"],
    ["111triệu", "no space before triệu"],
    ["111 ngàn", "an unknown multiplier (the package reads nghìn)"],
    ["23/22", "a part over its whole"],
    ["19,5/22", "a decimal part"],
    ["19/22%", "a part/whole with %"],
    ["more than 111 million", "English"],
    ["hơn khoảng 5", "two qualifiers"],
    ["1e3", "exponent notation"],
    ["Infinity", "Infinity"],
  ])("refuses %j (%s) with ERR_INVALID_FORMAT, naming the argument and value", (text) => {
    try {
      parsePublished(text);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ArgumentRangeError);
      expect((e as ArgumentRangeError).code).toBe("ERR_INVALID_FORMAT");
      expect((e as Error).message).toContain("`published`");
      expect((e as Error).message).toContain(JSON.stringify(text));
    }
  });

  it("refuses a non-string with ERR_INVALID_TYPE", () => {
    for (const bad of [74.72, null, undefined, {}, ["74,72%"]]) {
      expect(() => parsePublished(bad as never)).toThrow(ArgumentTypeError);
    }
  });

  it("property: a Vietnamese rendering of digits parses back to exactly the number", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 12n }),
        fc.integer({ min: 0, max: 4 }),
        fc.constantFrom(
          ["", 1, false],
          [" triệu", 1e6, false],
          [" tỷ", 1e9, false],
          ["%", 1, true],
        ),
        fc.constantFrom(["", "eq"], ["hơn ", "gt"], ["khoảng ", "approx"], ["tối thiểu ", "gte"]),
        (n, decimals, [suffix, scale, percent], [prefix, comparator]) => {
          const digits = n.toString().padStart(decimals + 1, "0");
          const int = digits.slice(0, digits.length - decimals);
          const frac = digits.slice(digits.length - decimals);
          const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
          const text = `${prefix}${grouped}${decimals > 0 ? `,${frac}` : ""}${suffix}`;
          const parsed = parsePublished(text);
          // the decimal text itself, read by JavaScript: the same real number, correctly rounded
          expect(parsed.value).toBe(Number(`${int}.${frac || "0"}e${Math.log10(scale as number)}`));
          expect(parsed.comparator).toBe(comparator);
          expect(parsed.decimals).toBe(decimals);
          expect(parsed.percent).toBe(percent);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("reads every magnitude a report prints exactly, and refuses digits a double cannot hold (issue 12)", () => {
    expect(parsePublished("1.000.000.000.000.000.000.000").value).toBe(1e21);
    expect(parsePublished("1.000.000.000.000 tỷ").value).toBe(1e21);
    expect(parsePublished("0,000000000000001")).toMatchObject({ value: 1e-15, decimals: 15 });
    expect(parsePublished("9.007.199.254.740.992").value).toBe(2 ** 53);
    for (const text of [
      "9.007.199.254.740.993", // no double: it would read back as …992
      "1,00000000000000000001",
      "0,0000000000000001", // 16 decimals
      `1${"0".repeat(309)}`, // beyond ±1.8e308
      "1/99999999999999999999",
    ]) {
      let error: unknown;
      try {
        parsePublished(text);
      } catch (e) {
        error = e;
      }
      expect(error, text).toBeInstanceOf(ArgumentRangeError);
      expect(error, text).toMatchObject({ code: "ERR_OUT_OF_RANGE", argument: "published" });
    }
  });

  it("property: any string either parses to a finite, non-negative value or throws ERR_INVALID_FORMAT", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.stringMatching(/^(hơn |khoảng )?[0-9.,]{1,8}(%| triệu| tỷ|\/\d{1,3})?$/),
        ),
        (text) => {
          try {
            const { value } = parsePublished(text);
            expect(Number.isFinite(value) && value >= 0).toBe(true);
          } catch (e) {
            // or, for digits a double cannot hold exactly, ERR_OUT_OF_RANGE
            expect(e).toBeInstanceOf(ArgumentRangeError);
            expect(["ERR_INVALID_FORMAT", "ERR_OUT_OF_RANGE"]).toContain(
              (e as ArgumentRangeError).code,
            );
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
