import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ArgumentRangeError,
  delta,
  impliedBaseline,
  progressRatio,
  projectRunRate,
  quarterOnQuarter,
  requiredPace,
  shareOfTarget,
  targetGap,
} from "../../src/index.js";
import { expectArgError, RUNS } from "./_assert.js";

/*
 * Issue 12: helpers documented to return a finite number or throw returned
 * Infinity for large or tiny finite inputs (near Number.MAX_VALUE, or a
 * divisor near Number.MIN_VALUE), and 0 for a result that underflows.
 */

const MAX = Number.MAX_VALUE;
const change = (value: number, direction: "increase" | "decrease") =>
  ({ kind: "change", value, change: { direction, unit: "relative" } }) as const;
const target = (value: number) => ({ value, target: { comparator: "eq" as const, year: 2023 } });

/** Every finite number in a result, however deep. */
function numbers(value: unknown): number[] {
  if (typeof value === "number") return [value];
  if (typeof value === "object" && value !== null) return Object.values(value).flatMap(numbers);
  return [];
}

describe("no silent Infinity, no silent 0 (issue 12)", () => {
  it("a result beyond ±1.8e308 is ArgumentRangeError (ERR_OUT_OF_RANGE), never Infinity", () => {
    expectArgError(() => delta(MAX, 1e-300), "range", "ERR_OUT_OF_RANGE", "previous");
    expectArgError(
      () => impliedBaseline(change(99.99999999999999, "decrease"), { current: MAX }),
      "range",
      "ERR_OUT_OF_RANGE",
      "change.value",
    );
    expectArgError(
      () =>
        impliedBaseline(
          { ...change(MAX, "decrease"), change: { direction: "decrease", unit: "points" } },
          { current: MAX },
        ),
      "range",
      "ERR_OUT_OF_RANGE",
      "change.value",
    );
    expectArgError(
      () => shareOfTarget(MAX, target(Number.MIN_VALUE)),
      "range",
      "ERR_OUT_OF_RANGE",
      "target.value",
    );
    expectArgError(
      () =>
        quarterOnQuarter({ value: MAX, period: "2023-Q2" }, { value: 1e-300, period: "2023-Q1" }),
      "range",
      "ERR_OUT_OF_RANGE",
      "previous.value",
    );
    expectArgError(
      () => projectRunRate({ value: MAX, period: "2023-Q1" }, { to: "2023", coverage: "period" }),
      "range",
      "ERR_OUT_OF_RANGE",
      "observation.value",
    );
    expectArgError(
      () =>
        // 1 day of 365 left: MAX × 365 a year
        requiredPace({ value: 0, period: "2023" }, target(MAX), {
          coverage: { asOf: "2023-12-30" },
        }),
      "range",
      "ERR_OUT_OF_RANGE",
      "target.value",
    );
  });

  it("a non-zero result below 5e-324 is ArgumentRangeError, never reported as 0", () => {
    // (a difference of two doubles, and so a relative change, cannot underflow)
    expectArgError(
      () => shareOfTarget(1e-300, target(1e300)),
      "range",
      "ERR_OUT_OF_RANGE",
      "target.value",
    );
    expectArgError(() => progressRatio(1e-300, 1e300), "range", "ERR_OUT_OF_RANGE", "part");
    expectArgError(
      () => impliedBaseline(change(1e300, "increase"), { current: 1e-300 }),
      "range",
      "ERR_OUT_OF_RANGE",
      "change.value",
    );
    // and an exact 0 stays 0
    expect(shareOfTarget(0, target(1e300)).value).toBe(0);
    expect(delta(1, 1)).toEqual({ points: 0, relative: 0 });
  });

  it("property: any finite inputs give finite numbers (never ±Infinity, NaN, or 0 for a non-zero result) or a typed ERR_OUT_OF_RANGE", () => {
    const any = fc.oneof(
      fc.double({ min: 0, max: MAX, noNaN: true }),
      fc.constantFrom(0, Number.MIN_VALUE, MAX, 1e-300, 1e300, 2 ** -1074, 2 ** 1023),
    );
    const positive = any.filter((x) => x > 0);
    fc.assert(
      fc.property(
        any,
        positive,
        fc.constantFrom("increase" as const, "decrease" as const),
        (a, b, direction) => {
          const calls: [string, () => unknown, boolean][] = [
            ["delta", () => delta(a, b), a !== b],
            ["shareOfTarget", () => shareOfTarget(a, target(b)), a !== 0],
            ["targetGap", () => targetGap(a, target(b)), a !== b],
            ["progressRatio", () => progressRatio(Math.min(a, b), b), Math.min(a, b) !== 0],
            [
              "quarterOnQuarter",
              () =>
                quarterOnQuarter({ value: a, period: "2023-Q2" }, { value: b, period: "2023-Q1" }),
              a !== b,
            ],
            [
              "impliedBaseline",
              () => impliedBaseline(change(Math.min(b, 99), direction), { current: a }),
              a !== 0,
            ],
            [
              "projectRunRate",
              () =>
                projectRunRate(
                  { value: a, period: "2023-Q1" },
                  { to: "2023", coverage: { asOf: "2023-01-02" } },
                ),
              a !== 0,
            ],
          ];
          for (const [name, call, nonZero] of calls) {
            let result: unknown;
            try {
              result = call();
            } catch (error) {
              expect(error, name).toBeInstanceOf(ArgumentRangeError);
              expect((error as ArgumentRangeError).code, name).toBe("ERR_OUT_OF_RANGE");
              continue;
            }
            for (const n of numbers(result)) expect(Number.isFinite(n), `${name}: ${n}`).toBe(true);
            const first = numbers(result)[0] as number;
            if (nonZero) expect(first, `${name}(${a}, ${b})`).not.toBe(0);
          }
        },
      ),
      RUNS,
    );
  });
});
