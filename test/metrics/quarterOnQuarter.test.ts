import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getObservation, quarterOnQuarter } from "../../src/index.js";
import { expectArgError, RUNS } from "./_assert.js";

const q1 = getObservation("ndxp-transactions-2023-q1");

describe("quarterOnQuarter", () => {
  it("plain figures: eq; a later “more than”: gt; an earlier “more than”: lt", () => {
    expect(
      quarterOnQuarter({ value: 250e6, period: "2023-Q2" }, { value: 200e6, period: "2023-Q1" }),
    ).toEqual({
      change: { value: 50e6, comparator: "eq" },
      relative: { value: 25, comparator: "eq" },
    });
    expect(
      quarterOnQuarter(
        { value: 250e6, comparator: "gt", period: "2023-Q2" },
        { value: 200e6, period: "2023-Q1" },
      ).change,
    ).toEqual({ value: 50e6, comparator: "gt" });
    expect(
      quarterOnQuarter({ value: 150e6, period: "2023-Q2", unit: "transaction" }, q1).change,
    ).toEqual({
      value: 39e6,
      comparator: "lt",
    });
    expect(
      quarterOnQuarter(
        { value: 80.5, comparator: "approx", period: "2024-Q1" },
        { value: 74.72, period: "2023-Q4" },
      ).change,
    ).toEqual({ value: 5.78, comparator: "approx" });
  });

  it("refuses two lower bounds (the Q1 NDXP figure against a later “more than”)", () => {
    expectArgError(
      () => quarterOnQuarter({ value: 250e6, comparator: "gt", period: "2023-Q2" }, q1),
      "range",
      "ERR_UNSUPPORTED",
      "previous.comparator",
    );
  });

  it("refuses quarters that do not follow each other, and other bad input", () => {
    expectArgError(
      () => quarterOnQuarter({ value: 1, period: "2023-Q3" }, q1),
      "range",
      "ERR_OUT_OF_RANGE",
      "previous.period",
    );
    expectArgError(
      () => quarterOnQuarter({ value: 1, period: "2024-Q1" }, { value: 1, period: "2023-Q3" }),
      "range",
      "ERR_OUT_OF_RANGE",
      "previous.period",
    );
    expectArgError(
      () => quarterOnQuarter({ value: 1, period: "2023-04" }, q1),
      "range",
      "ERR_OUT_OF_RANGE",
      "current.period",
    );
    expectArgError(
      () => quarterOnQuarter({ value: 1, period: "2023-Q5" }, q1),
      "range",
      "ERR_INVALID_FORMAT",
      "current.period",
    );
    expectArgError(
      () => quarterOnQuarter({ value: 1, period: "2023-Q2" }, { value: 0, period: "2023-Q1" }),
      "range",
      "ERR_OUT_OF_RANGE",
      "previous.value",
    );
    expectArgError(
      () => quarterOnQuarter({ value: 1, period: "2023-Q2", unit: "visit" }, q1),
      "range",
      "ERR_UNSUPPORTED",
      "previous.unit",
    );
    expectArgError(
      () => quarterOnQuarter(null as never, q1),
      "type",
      "ERR_INVALID_TYPE",
      "current",
    );
  });

  it("property: consecutive quarters give finite results; relative ≥ −100", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1001, max: 9999 }),
        fc.integer({ min: 1, max: 4 }),
        fc.double({ min: 0, max: 1e12, noNaN: true }),
        fc.double({ min: 1e-6, max: 1e12, noNaN: true }),
        (year, q, c, p) => {
          const prev = q === 1 ? `${year - 1}-Q4` : `${year}-Q${q - 1}`;
          const r = quarterOnQuarter(
            { value: c, period: `${year}-Q${q}` },
            { value: p, period: prev },
          );
          expect(Number.isFinite(r.change.value) && Number.isFinite(r.relative.value)).toBe(true);
          expect(r.relative.value).toBeGreaterThanOrEqual(-100);
        },
      ),
      RUNS,
    );
  });
});
