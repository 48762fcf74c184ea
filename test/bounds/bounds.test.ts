import { describe, expect, it } from "vitest";
import { ArgumentRangeError, ArgumentTypeError, bounds, getObservation } from "../../src/index.js";

describe("bounds", () => {
  it("eq: the rounding interval of the printed decimals", () => {
    expect(bounds(getObservation("fully-online-services-share"))).toEqual({
      lower: 74.715,
      lowerInclusive: true,
      upper: 74.725,
      upperInclusive: false,
      approximate: false,
    });
    expect(bounds(getObservation("community-tech-teams"))).toMatchObject({
      lower: 71_835.5,
      upper: 71_836.5,
    });
  });

  it("approx: at least the rounding interval, marked approximate", () => {
    expect(bounds(getObservation("ndxp-transactions-2023-q1-share-of-target"))).toEqual({
      lower: 12.945,
      lowerInclusive: true,
      upper: 12.955,
      upperInclusive: true,
      approximate: true,
    });
  });

  it("gt and gte: open above, with the value excluded or included", () => {
    expect(bounds(getObservation("ndxp-transactions-2023-q1"))).toEqual({
      lower: 111_000_000,
      lowerInclusive: false,
      upper: null,
      upperInclusive: false,
      approximate: false,
    });
    expect(bounds(getObservation("ndxp-transactions-target-2023"))).toMatchObject({
      lower: 860_000_000,
      lowerInclusive: true,
      upper: null,
    });
  });

  it("scales the last printed digit by the multiplier word", () => {
    expect(
      bounds({ value: 1_276_000_000, comparator: "eq", decimals: 3, scale: 1e9 }),
    ).toMatchObject({
      lower: 1_275_500_000,
      upper: 1_276_500_000,
    });
    expect(
      bounds({ value: 17_500_000, comparator: "approx", decimals: 1, scale: 1e6 }),
    ).toMatchObject({ lower: 17_450_000, upper: 17_550_000 });
  });

  it("refuses bad input, naming the field", () => {
    expect(() => bounds(null as never)).toThrow(ArgumentTypeError);
    expect(() => bounds({ value: Number.NaN, comparator: "eq", decimals: 0, scale: 1 })).toThrow(
      /observation\.value/,
    );
    expect(() => bounds({ value: Infinity, comparator: "eq", decimals: 0, scale: 1 })).toThrow(
      ArgumentRangeError,
    );
    expect(() => bounds({ value: 1, comparator: "lt" as never, decimals: 0, scale: 1 })).toThrow(
      /observation\.comparator/,
    );
    expect(() => bounds({ value: 1, comparator: "eq", decimals: -1, scale: 1 })).toThrow(
      /observation\.decimals/,
    );
    expect(() => bounds({ value: 1, comparator: "eq", decimals: 0, scale: 0 })).toThrow(
      /observation\.scale/,
    );
  });
});
