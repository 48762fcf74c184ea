import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  formatNumber,
  formatPercent,
  getObservation,
  projectRunRate,
  requiredPace,
  shareOfTarget,
} from "../../src/index.js";
import { expectArgError, RUNS } from "../metrics/_assert.js";

const q1 = getObservation("ndxp-transactions-2023-q1");
const target = getObservation("ndxp-transactions-target-2023");
const reportDay = "2023-03-06"; // the event's date: q1.asOf

describe("NDXP pace (FIGURES.md)", () => {
  it("run rate, Q1 taken as the whole quarter: more than 444 million for 2023, more than ~52 % of the target", () => {
    const run = projectRunRate(q1, { to: "2023", coverage: "period" });
    expect(run).toEqual({
      value: 444_000_000,
      comparator: "gt",
      perPeriod: 111_000_000,
      covered: 1,
      periods: 4,
      granularity: "quarter",
    });
    const share = shareOfTarget(run, target);
    expect(share.comparator).toBe("gt");
    expect(share.value).toBeCloseTo(444 / 860, 15);
    expect(formatPercent(share.value, { locale: "en", decimals: 0 })).toBe("52%");
    expect(
      formatNumber(run.value, { locale: "en", scale: 1_000_000, comparator: run.comparator }),
    ).toBe("more than 444 million");
  });

  it("remaining three quarters need less than 749 million, less than ~250 million a quarter", () => {
    const pace = requiredPace(q1, target, { coverage: "period" });
    expect(pace.remaining).toEqual({ value: 749_000_000, comparator: "lt" });
    expect(pace.periods).toBe(3);
    expect(pace.perPeriod.comparator).toBe("lt");
    expect(pace.perPeriod.value).toBeCloseTo(749_000_000 / 3, 6);
    expect(Math.round(pace.perPeriod.value / 1e6)).toBe(250);
    expect(pace.granularity).toBe("quarter");
  });

  it("coverage to the report day (2023-03-06): Q1 counted 65 of 90 days", () => {
    expect(q1.asOf).toBe(reportDay);
    const run = projectRunRate(q1, { to: "2023", coverage: { asOf: reportDay } });
    expect(run.covered).toBe(65 / 90);
    expect(run.perPeriod).toBeCloseTo((111_000_000 * 90) / 65, 4);
    expect(run.value).toBeCloseTo((111_000_000 * 90 * 4) / 65, 4); // ≈ 614.8 million
    expect(Math.round(run.value / 1e6)).toBe(615);
    expect(run.comparator).toBe("gt");
    expect(shareOfTarget(run, target).value).toBeCloseTo(0.7148, 4);

    const pace = requiredPace(q1, target, { coverage: { asOf: reportDay } });
    expect(pace.periods).toBeCloseTo(3 + 25 / 90, 12);
    expect(pace.perPeriod.value).toBeCloseTo(749_000_000 / (3 + 25 / 90), 4); // ≈ 228.5 million
    expect(Math.round(pace.perPeriod.value / 1e5) / 10).toBe(228.5);
    expect(pace.perPeriod.comparator).toBe("lt");
  });

  it("an asOf after the period counts it whole", () => {
    expect(projectRunRate(q1, { to: "2023", coverage: { asOf: "2023-04-15" } }).value).toBe(
      444_000_000,
    );
  });

  it("plain and “at least” inputs keep their comparator", () => {
    expect(
      projectRunRate({ value: 10, period: "2023-01" }, { to: "2023", coverage: "period" }),
    ).toMatchObject({
      value: 120,
      comparator: "eq",
      periods: 12,
      granularity: "month",
    });
    expect(
      projectRunRate(
        { value: 10, comparator: "gte", period: "2023-Q2" },
        { to: "2023-Q2", coverage: "period" },
      ),
    ).toMatchObject({ value: 10, comparator: "gte", periods: 1 });
  });

  it("has no default coverage: ERR_MISSING_OPTION explaining both", () => {
    expectArgError(
      () => projectRunRate(q1, { to: "2023" } as never),
      "type",
      "ERR_MISSING_OPTION",
      "options.coverage",
    );
    expect(() => projectRunRate(q1, { to: "2023" } as never)).toThrow(/"period".*asOf.*no default/);
    expectArgError(
      () => requiredPace(q1, target, {} as never),
      "type",
      "ERR_MISSING_OPTION",
      "options.coverage",
    );
  });

  it("refuses what would mislead", () => {
    expectArgError(
      () =>
        projectRunRate(getObservation("ndxp-transactions-cumulative"), {
          to: "2023",
          coverage: "period",
        }),
      "range",
      "ERR_UNSUPPORTED",
      "observation.periodType",
    );
    expectArgError(
      () => projectRunRate({ value: 1, period: "report" }, { to: "2023", coverage: "period" }),
      "range",
      "ERR_UNSUPPORTED",
      "observation.period",
    );
    expectArgError(
      () => projectRunRate(q1, { to: "2024", coverage: "period" }),
      "range",
      "ERR_OUT_OF_RANGE",
      "options.to",
    );
    expectArgError(
      () => projectRunRate(q1, { to: "2023-01", coverage: "period" }),
      "range",
      "ERR_OUT_OF_RANGE",
      "options.to",
    );
    expectArgError(
      () => projectRunRate(q1, { to: "2023-Q5" as never, coverage: "period" }),
      "range",
      "ERR_INVALID_FORMAT",
      "options.to",
    );
    expectArgError(
      () => projectRunRate(q1, { to: "2023", coverage: { asOf: "2022-12-31" } }),
      "range",
      "ERR_OUT_OF_RANGE",
      "options.coverage.asOf",
    );
    expectArgError(
      () => projectRunRate(q1, { to: "2023", coverage: { asOf: "6/3/2023" as never } }),
      "range",
      "ERR_INVALID_FORMAT",
      "options.coverage.asOf",
    );
    expectArgError(
      () => projectRunRate(q1, { to: "2023", coverage: "asOf" as never }),
      "range",
      "ERR_OUT_OF_RANGE",
      "options.coverage",
    );
    expectArgError(
      () =>
        requiredPace({ value: 1, period: "2023-Q2", periodType: "flow" }, target, {
          coverage: "period",
        }),
      "range",
      "ERR_UNSUPPORTED",
      "progress.period",
    );
    expectArgError(
      () => requiredPace({ value: 1, period: "2022-Q1" }, target, { coverage: "period" }),
      "range",
      "ERR_OUT_OF_RANGE",
      "progress.period",
    );
    expectArgError(
      () => requiredPace({ value: 1, period: "2023" }, target, { coverage: "period" }),
      "range",
      "ERR_OUT_OF_RANGE",
      "progress.period",
    );
    expect(
      requiredPace({ value: 900e6, period: "2023" }, target, { coverage: "period" }).perPeriod,
    ).toEqual({
      value: 0,
      comparator: "eq",
    });
  });

  it("property: valid projections are finite, ≥ the input, and scale by periods / covered", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e12, noNaN: true }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 0, max: 120 }),
        (value, q, dayOffset) => {
          const period = `2023-Q${q}` as const;
          const asOf = new Date(Date.UTC(2023, (q - 1) * 3, 1 + dayOffset))
            .toISOString()
            .slice(0, 10);
          const run = projectRunRate(
            { value, period },
            { to: "2023", coverage: { asOf: asOf as `${number}-${number}-${number}` } },
          );
          expect(Number.isFinite(run.value)).toBe(true);
          expect(run.value).toBeGreaterThanOrEqual(value * 4 * (1 - 1e-12));
          expect(run.covered).toBeGreaterThan(0);
          expect(run.covered).toBeLessThanOrEqual(1);
          expect(run.value).toBeCloseTo(
            (value / run.covered) * 4,
            -Math.ceil(Math.log10(value + 1)) + 3,
          );
        },
      ),
      RUNS,
    );
  });

  it("property: required pace is finite and ≥ 0 for any progress from the year's start", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e10, noNaN: true }),
        fc.double({ min: 1, max: 1e10, noNaN: true }),
        fc.constantFrom(
          "2023-Q1",
          "2023-Q2",
          "2023-Q3",
          "2023-01",
          "2023-06",
          "2023-01-01",
          "2023-01-05",
        ),
        fc.constantFrom("gte" as const, "eq" as const),
        (value, t, period, tc) => {
          const from = !["2023-Q1", "2023-01", "2023-01-01"].includes(period);
          const run = () =>
            requiredPace(
              { value, period },
              { value: t, target: { comparator: tc, year: 2023 } },
              { coverage: "period" },
            );
          if (from) {
            expectArgError(run, "range", "ERR_UNSUPPORTED", "progress.period");
            return;
          }
          const pace = run();
          expect(Number.isFinite(pace.perPeriod.value)).toBe(true);
          if (tc === "gte") expect(pace.perPeriod.value).toBeGreaterThanOrEqual(0);
          expect(pace.periods).toBeGreaterThan(0);
        },
      ),
      RUNS,
    );
  });

  it("property: invalid coverage throws, never returns", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.constant(null), fc.integer(), fc.record({ asOf: fc.string() })),
        (coverage) => {
          expect(() => projectRunRate(q1, { to: "2023", coverage: coverage as never })).toThrow(
            expect.objectContaining({ argument: expect.stringMatching(/^options\.coverage/) }),
          );
        },
      ),
      RUNS,
    );
  });
});
