import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type Comparator,
  formatValue,
  getObservation,
  type ObservationId,
  parsePublished,
} from "../../src/index.js";
import { reportObservations as observations } from "../_report.js";
import { readSource } from "../_source.js";
import { expectArgError, RUNS } from "../metrics/_assert.js";

// every observation: [id, vi (as published), en]
const TABLE: readonly (readonly [ObservationId, string, string])[] = [
  ["fully-online-services-share", "74,72%", "74.72%"],
  ["fully-online-services-share-change", "4,36%", "4.36%"],
  ["ministries-published-fully-online-list", "15", "15"],
  ["provinces-published-fully-online-list", "55", "55"],
  ["fully-online-services-target-2023", "100%", "100%"],
  ["ministries-egov-architecture-2", "19/22", "19/22"],
  ["provinces-egov-architecture-2", "63/63", "63/63"],
  ["ministries-dx-resolution", "4/22", "4/22"],
  ["provinces-dx-resolution", "62/63", "62/63"],
  ["dx-steering-committee-share", "100%", "100%"],
  ["dx-plan-share", "100%", "100%"],
  ["ndxp-transactions-2023-q1", "hơn 111 triệu", "more than 111 million"],
  ["ndxp-transactions-2023-q1-share-of-target", "khoảng 12,95%", "about 12.95%"],
  ["ndxp-transactions-target-2023", "tối thiểu 860 triệu", "at least 860 million"],
  ["ndxp-transactions-cumulative", "hơn 1,276 tỷ", "more than 1.276 billion"],
  ["provinces-community-tech-teams", "63/63", "63/63"],
  ["community-tech-teams", "71.836", "71,836"],
  ["community-tech-team-members", "334.896", "334,896"],
  ["provinces-community-tech-teams-all-communes", "48/63", "48/63"],
  ["onetouch-visits", "hơn 17,5 triệu", "more than 17.5 million"],
  ["mic-administrative-procedures", "262", "262"],
  ["mic-public-services", "274", "274"],
  ["mic-procedures-with-online-applications-share", "31%", "31%"],
];

describe("formatValue", () => {
  it("the table covers all 23 observations", () => {
    expect(TABLE).toHaveLength(23);
    expect(new Set(TABLE.map(([id]) => id))).toEqual(new Set(observations.map((o) => o.id)));
  });

  it.each(TABLE)("%s → vi %j, en %j", (id, vi, en) => {
    const o = getObservation(id);
    expect(formatValue(o, { locale: "vi" })).toBe(vi);
    expect(formatValue(o, { locale: "vi" })).toBe(o.published);
    expect(formatValue(o, { locale: "en" })).toBe(en);
  });

  it("gives back, in vi, a form that the source text contains", () => {
    const text = readSource("mic-2023-q1-briefing.vi.txt");
    for (const o of observations)
      expect(text.normalize("NFC")).toContain(formatValue(o, { locale: "vi" }));
  });

  it("refuses a record with no unit (it printed 74,72), naming observation.unit (issue 12)", () => {
    const { unit: _, ...noUnit } = getObservation("fully-online-services-share");
    expectArgError(
      () => formatValue(noUnit as never, { locale: "vi" }),
      "type",
      "ERR_INVALID_TYPE",
      "observation.unit",
    );
    expectArgError(
      () => formatValue({ ...noUnit, unit: "" } as never, { locale: "vi" }),
      "range",
      "ERR_OUT_OF_RANGE",
      "observation.unit",
    );
  });

  it("refuses a part that is not a whole number (it printed 20/22 for 19.5) or not the value (issue 12)", () => {
    const o = getObservation("ministries-egov-architecture-2"); // 19/22
    expectArgError(
      () => formatValue({ ...o, value: 19.5, part: 19.5 }, { locale: "vi" }),
      "range",
      "ERR_OUT_OF_RANGE",
      "observation.value",
    );
    expectArgError(
      () => formatValue({ ...o, value: 19.5, decimals: 1, part: 19.5 }, { locale: "vi" }),
      "range",
      "ERR_OUT_OF_RANGE",
      "observation.value",
    );
    expectArgError(
      () => formatValue({ ...o, part: 18 }, { locale: "vi" }),
      "range",
      "ERR_OUT_OF_RANGE",
      "observation.part",
    );
  });

  it("refuses a value with more digits than its decimals: never prints another figure (issue 12)", () => {
    const o = getObservation("fully-online-services-share"); // 74,72%
    expectArgError(
      () => formatValue({ ...o, value: 74.725 }, { locale: "vi" }),
      "range",
      "ERR_OUT_OF_RANGE",
      "observation.value",
    );
    const q1 = getObservation("ndxp-transactions-2023-q1"); // hơn 111 triệu
    expectArgError(
      () => formatValue({ ...q1, value: 111_400_000 }, { locale: "vi" }),
      "range",
      "ERR_OUT_OF_RANGE",
      "observation.value",
    );
    expect(formatValue({ ...q1, value: 1e21 }, { locale: "vi" })).toBe(
      "hơn 1.000.000.000.000.000 triệu",
    );
  });

  it("never prints a value other than 0 as 0 (issue 21): refused, as any value with digits below its last printed one", () => {
    const teams = getObservation("community-tech-teams"); // 71.836, scale 1, 0 decimals
    for (const [value, scale, decimals] of [
      [5, 1_000, 0], // would be "0 nghìn"
      [400_000, 1_000_000_000, 0],
      [400_000, 1_000_000_000, 3], // "0,000 tỷ"
      [0.004, 1, 2],
      [Number.MIN_VALUE, 1, 15],
    ] as const) {
      expectArgError(
        () => formatValue({ ...teams, value, scale, decimals }, { locale: "en" }),
        "range",
        "ERR_OUT_OF_RANGE",
        "observation.value",
      );
    }
    // negative values, however small, are refused as every negative value is
    for (const value of [-0.001, -Number.MIN_VALUE]) {
      expectArgError(
        () => formatValue({ ...teams, value, decimals: 3 }, { locale: "en" }),
        "range",
        "ERR_OUT_OF_RANGE",
        "observation.value",
      );
    }
    // with the decimals that hold its digits, a tiny value prints them all
    expect(formatValue({ ...teams, value: 5, scale: 1_000, decimals: 3 }, { locale: "en" })).toBe(
      "0.005 thousand",
    );
    expect(formatValue({ ...teams, value: 0.004, decimals: 3 }, { locale: "vi" })).toBe("0,004");
    expect(formatValue({ ...teams, value: 0, decimals: 2 }, { locale: "vi" })).toBe("0,00");
  });

  it("refuses bad input, naming the field", () => {
    const o = getObservation("fully-online-services-share");
    expectArgError(
      () => formatValue(null as never, { locale: "vi" }),
      "type",
      "ERR_INVALID_TYPE",
      "observation",
    );
    expectArgError(() => formatValue(o, undefined as never), "type", "ERR_INVALID_TYPE", "options");
    expectArgError(() => formatValue(o, {} as never), "type", "ERR_INVALID_TYPE", "options.locale");
    expectArgError(
      () => formatValue(o, { locale: "fr" as never }),
      "range",
      "ERR_OUT_OF_RANGE",
      "options.locale",
    );
    expectArgError(
      () => formatValue({ ...o, value: Number.NaN }, { locale: "vi" }),
      "type",
      "ERR_INVALID_TYPE",
      "observation.value",
    );
    expectArgError(
      () => formatValue({ ...o, value: -1 }, { locale: "vi" }),
      "range",
      "ERR_OUT_OF_RANGE",
      "observation.value",
    );
    expectArgError(
      () => formatValue({ ...o, value: Infinity }, { locale: "vi" }),
      "range",
      "ERR_OUT_OF_RANGE",
      "observation.value",
    );
    expectArgError(
      () => formatValue({ ...o, decimals: 1.5 }, { locale: "vi" }),
      "range",
      "ERR_OUT_OF_RANGE",
      "observation.decimals",
    );
    expectArgError(
      () => formatValue({ ...o, scale: 100 }, { locale: "vi" }),
      "range",
      "ERR_OUT_OF_RANGE",
      "observation.scale",
    );
    expectArgError(
      () => formatValue({ ...o, comparator: "lt" as never }, { locale: "vi" }),
      "range",
      "ERR_OUT_OF_RANGE",
      "observation.comparator",
    );
    expectArgError(
      () =>
        formatValue({ ...getObservation("ministries-dx-resolution"), whole: 3 }, { locale: "en" }),
      "range",
      "ERR_OUT_OF_RANGE",
      "observation.whole",
    );
  });

  // a published figure: digits, decimals, scale, qualifier, % or whole
  const published = fc
    .record({
      integer: fc.bigInt({ min: 0n, max: 10n ** 13n }),
      decimals: fc.integer({ min: 0, max: 4 }),
      scale: fc.constantFrom(1, 1_000_000, 1_000_000_000),
      comparator: fc.constantFrom<Comparator>("eq", "approx", "gt", "gte"),
      form: fc.constantFrom("plain", "percent", "whole"),
      extra: fc.integer({ min: 0, max: 1000 }),
    })
    .map(({ integer, decimals, scale, comparator, form, extra }) => {
      const whole = form === "whole";
      const d = whole ? 0 : decimals;
      const s = whole || form === "percent" ? 1 : scale;
      const value = Number(`${integer}e${Math.log10(s) - d}`);
      return {
        value,
        comparator,
        decimals: d,
        scale: s,
        unit: form === "percent" ? "percent" : "team",
        ...(whole ? { whole: value + extra } : {}),
      };
    });

  it("property: vi output round-trips through parsePublished (value, comparator, decimals, scale, % and whole)", () => {
    fc.assert(
      fc.property(published, (o) => {
        const text = formatValue(o, { locale: "vi" });
        const back = parsePublished(text);
        expect(back).toEqual({
          value: o.value,
          comparator: o.comparator,
          decimals: o.decimals,
          scale: o.scale,
          percent: o.unit === "percent",
          whole: o.whole ?? null,
        });
        // and the parser's reading formats back to the same text
        expect(
          formatValue(
            {
              value: back.value,
              comparator: back.comparator,
              decimals: back.decimals,
              scale: back.scale,
              unit: back.percent ? "percent" : "team",
              ...(back.whole === null ? {} : { whole: back.whole }),
            },
            { locale: "vi" },
          ),
        ).toBe(text);
      }),
      RUNS,
    );
  });

  it("property: en output is the vi output with the marks swapped and English words", () => {
    fc.assert(
      fc.property(published, (o) => {
        const vi = formatValue(o, { locale: "vi" });
        const en = formatValue(o, { locale: "en" });
        const swapped = vi
          .replace(/[.,]/gu, (c) => (c === "." ? "," : "."))
          .replace(/^hơn /u, "more than ")
          .replace(/^khoảng /u, "about ")
          .replace(/^tối thiểu /u, "at least ")
          .replace(/ triệu$/u, " million")
          .replace(/ tỷ$/u, " billion");
        expect(en).toBe(swapped);
      }),
      RUNS,
    );
  });

  it("property: invalid values throw ArgumentRangeError naming observation.value", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ max: -Number.MIN_VALUE, noNaN: true }),
          fc.constantFrom(Infinity, -Infinity),
        ),
        (value) => {
          expectArgError(
            () =>
              formatValue(
                { value, comparator: "eq", decimals: 0, scale: 1, unit: "team" },
                { locale: "en" },
              ),
            "range",
            "ERR_OUT_OF_RANGE",
            "observation.value",
          );
        },
      ),
      RUNS,
    );
  });
});
