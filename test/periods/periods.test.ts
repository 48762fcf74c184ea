import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ArgumentRangeError,
  elapsedShare,
  formatPeriod,
  getObservation,
  latestRelease,
  mic2023Q1,
  observations,
  parsePeriod,
  periodDays,
  periodEnd,
  periodStart,
  releases,
} from "../../src/index.js";
import { expectArgError, RUNS } from "../metrics/_assert.js";

// the zone each project of test/vitest.config.ts runs under (unset: the machine's)
const ZONE = process.env.TZ;

describe(`periods (TZ=${ZONE ?? "unset"})`, () => {
  it("runs in the zone it claims (the TZ projects really differ)", () => {
    const offset = new Date(Date.UTC(2023, 0, 1)).getTimezoneOffset();
    const expected: Record<string, number> = {
      UTC: 0,
      "Pacific/Kiritimati": -14 * 60,
      "Pacific/Honolulu": 10 * 60,
    };
    // these tests run only in the TZ projects of test/vitest.config.ts
    expect(ZONE).toBeDefined();
    expect(Object.keys(expected)).toContain(ZONE);
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(ZONE);
    expect(offset).toBe(expected[ZONE as string]);
  });

  it.each([
    ["2023", { type: "year", year: 2023, quarter: null, month: null, day: null }],
    ["2023-Q1", { type: "quarter", year: 2023, quarter: 1, month: null, day: null }],
    ["2023-Q4", { type: "quarter", year: 2023, quarter: 4, month: null, day: null }],
    ["2023-01", { type: "month", year: 2023, quarter: 1, month: 1, day: null }],
    ["2023-02-21", { type: "day", year: 2023, quarter: 1, month: 2, day: 21 }],
    ["2024-02-29", { type: "day", year: 2024, quarter: 1, month: 2, day: 29 }],
    ["2022-04", { type: "month", year: 2022, quarter: 2, month: 4, day: null }],
  ] as const)("parsePeriod(%j)", (text, expected) => {
    expect(parsePeriod(text)).toEqual({ ...expected, text });
  });

  it.each([
    "2023-Q5",
    "2023-Q0",
    "2023-02-30",
    "2023-02-29",
    "2023-13",
    "2023-00",
    "2023-01-00",
    " 2023",
    "2023 ",
    "2023-1",
    "2023-1-5",
    "23",
    "0999",
    "2023Q1",
    "2023-q1",
    "2023-W01",
    "2023-01-01T00:00",
    "",
    "report",
  ])("parsePeriod refuses %j with ERR_INVALID_FORMAT naming the value", (text) => {
    expectArgError(() => parsePeriod(text), "range", "ERR_INVALID_FORMAT", "period");
    expect(() => parsePeriod(text)).toThrow(JSON.stringify(text));
  });

  it("refuses non-strings", () => {
    expectArgError(() => parsePeriod(2023 as never), "type", "ERR_INVALID_TYPE", "period");
    expectArgError(() => periodStart(new Date() as never), "type", "ERR_INVALID_TYPE", "period");
  });

  it.each([
    ["2023", "2023-01-01", "2023-12-31", 365],
    ["2024", "2024-01-01", "2024-12-31", 366],
    ["2023-Q1", "2023-01-01", "2023-03-31", 90],
    ["2023-Q2", "2023-04-01", "2023-06-30", 91],
    ["2023-Q4", "2023-10-01", "2023-12-31", 92],
    ["2023-01", "2023-01-01", "2023-01-31", 31],
    ["2023-02", "2023-02-01", "2023-02-28", 28],
    ["2024-02", "2024-02-01", "2024-02-29", 29],
    ["2023-02-21", "2023-02-21", "2023-02-21", 1],
    ["1994-12", "1994-12-01", "1994-12-31", 31], // Kiritimati skipped 1994-12-31
    ["1994-12-31", "1994-12-31", "1994-12-31", 1],
    ["2011-12-30", "2011-12-30", "2011-12-30", 1], // so did Samoa 2011-12-30
  ] as const)("%s runs from %s to %s (%i days)", (period, start, end, days) => {
    expect(periodStart(period)).toBe(start);
    expect(periodEnd(period)).toBe(end);
    expect(periodDays(period)).toBe(days);
  });

  it("elapsedShare counts the as-of day: 2023-Q1 at the report's 2023-03-06 is 65/90", () => {
    const q1 = getObservation("ndxp-transactions-2023-q1");
    expect([q1.asOf, q1.asOfBasis, mic2023Q1.event?.date]).toEqual([
      "2023-03-06",
      "event",
      "2023-03-06",
    ]);
    expect(elapsedShare("2023-Q1", q1.asOf)).toBe(65 / 90);
    expect(elapsedShare("2023", "2023-03-06")).toBe(65 / 365);
    expect(elapsedShare("2023-Q1", "2023-01-01")).toBe(1 / 90);
    expect(elapsedShare("2023-Q1", "2023-03-31")).toBe(1);
    expect(elapsedShare("2023-Q1", "2022-12-31")).toBe(0);
    expect(elapsedShare("2023-Q1", "2024-01-01")).toBe(1);
    expect(elapsedShare("2023-02-21", "2023-02-21")).toBe(1);
  });

  it("elapsedShare refuses a Date or a non-day asOf", () => {
    expectArgError(
      () => elapsedShare("2023-Q1", new Date(2023, 2, 6) as never),
      "type",
      "ERR_INVALID_TYPE",
      "asOf",
    );
    expectArgError(() => elapsedShare("2023-Q1", "2023-03"), "range", "ERR_INVALID_FORMAT", "asOf");
    expectArgError(
      () => elapsedShare("2023-Q1", "2023-02-30"),
      "range",
      "ERR_INVALID_FORMAT",
      "asOf",
    );
    expectArgError(
      () => elapsedShare("2023-Q9", "2023-02-03"),
      "range",
      "ERR_INVALID_FORMAT",
      "period",
    );
  });

  it.each([
    ["2023", "năm 2023", "2023"],
    ["2023-Q1", "quý 1/2023", "Q1 2023"],
    ["2023-Q2", "quý 2/2023", "Q2 2023"],
    ["2023-01", "tháng 1/2023", "January 2023"],
    ["2022-04", "tháng 4/2022", "April 2022"],
    ["2023-02-21", "21/2/2023", "21 February 2023"],
    ["1994-12-31", "31/12/1994", "31 December 1994"],
    ["report", "tại thời điểm báo cáo", "at the time of the report"],
  ] as const)("formatPeriod(%j) → %j / %j", (period, vi, en) => {
    expect(formatPeriod(period, { locale: "vi" })).toBe(vi);
    expect(formatPeriod(period, { locale: "en" })).toBe(en);
  });

  it('dates "report" by the event of the release given, and only "report"', () => {
    expect(formatPeriod("report", { locale: "en", release: mic2023Q1 })).toBe(
      "at the time of the report (6 March 2023)",
    );
    expect(formatPeriod("report", { locale: "vi", release: mic2023Q1 })).toBe(
      "tại thời điểm báo cáo (6/3/2023)",
    );
    // a release with no event, or an event with no known day: the words alone
    expect(formatPeriod("report", { locale: "en", release: latestRelease })).toBe(
      "at the time of the report",
    );
    expect(formatPeriod("report", { locale: "en", release: { event: { date: null } } })).toBe(
      "at the time of the report",
    );
    // any object with event.date will do
    const other = { event: { date: "2024-12-31" as const } };
    expect(formatPeriod("report", { locale: "en", release: other })).toBe(
      "at the time of the report (31 December 2024)",
    );
    expect(formatPeriod("2023-Q1", { locale: "en", release: mic2023Q1 })).toBe("Q1 2023");
  });

  it("formats the period and the as-of date of every observation of the data set, in both languages", () => {
    const seen = new Set<string>();
    for (const o of observations) {
      const release = releases.find((r) => r.id === o.release);
      for (const locale of ["vi", "en"] as const) {
        const text = formatPeriod(o.period, { locale, ...(release ? { release } : {}) });
        if (o.period !== "report" || release?.event?.date) {
          expect(text, `${o.id} (${locale})`).toMatch(/\d{4}/);
        }
        // the as-of date always formats: a day, a month or a quarter
        expect(formatPeriod(o.asOf, { locale }), `${o.id} as of (${locale})`).toMatch(/\d{4}/);
        seen.add(o.period === "report" ? "report" : parsePeriod(o.period).type);
      }
    }
    // the data set has figures at the report, and for a year, a quarter, a month and a day
    expect([...seen].sort()).toEqual(["day", "month", "quarter", "report", "year"]);
    expect(observations.filter((o) => o.period === "report").length).toBeGreaterThan(0);
  });

  it("formats the periods of the data set as the report writes them", () => {
    expect(formatPeriod(getObservation("ndxp-transactions-2023-q1").period, { locale: "vi" })).toBe(
      "quý 1/2023",
    );
    expect(formatPeriod(getObservation("onetouch-visits").period, { locale: "vi" })).toBe(
      "21/2/2023",
    );
    expect(
      formatPeriod(getObservation("fully-online-services-share-change").change.basis, {
        locale: "vi",
      }),
    ).toBe("tháng 1/2023");
    expect(
      formatPeriod(getObservation("fully-online-services-share").period, { locale: "en" }),
    ).toBe("at the time of the report");
  });

  it("rejects a bad locale, options or release, naming the argument", () => {
    expectArgError(
      () => formatPeriod("2023", { locale: "fr" as never }),
      "range",
      "ERR_OUT_OF_RANGE",
      "options.locale",
    );
    expectArgError(
      () => formatPeriod("2023", {} as never),
      "type",
      "ERR_INVALID_TYPE",
      "options.locale",
    );
    expectArgError(
      () => formatPeriod("2023", null as never),
      "type",
      "ERR_INVALID_TYPE",
      "options",
    );
    expectArgError(
      () =>
        formatPeriod("report", {
          locale: "en",
          release: { event: { date: "2023-02-30" } } as never,
        }),
      "range",
      "ERR_INVALID_FORMAT",
      "options.release.event.date",
    );
    expectArgError(
      () => formatPeriod("report", { locale: "en", release: {} as never }),
      "type",
      "ERR_INVALID_TYPE",
      "options.release.event",
    );
    expectArgError(
      () => formatPeriod("reports", { locale: "en" }),
      "range",
      "ERR_INVALID_FORMAT",
      "period",
    );
  });

  it("keeps the 0.1.0 call with a locale string (deprecated), with the same results", () => {
    for (const o of observations) {
      for (const locale of ["vi", "en"] as const) {
        expect(formatPeriod(o.period, locale)).toBe(formatPeriod(o.period, { locale }));
      }
    }
    expect(formatPeriod("2023-Q1", "vi")).toBe("quý 1/2023");
    expectArgError(
      () => formatPeriod("2023", "fr" as never),
      "range",
      "ERR_OUT_OF_RANGE",
      "locale",
    );
  });

  // every day from 1900 to 2100, checked against plain UTC arithmetic
  const day = fc
    .integer({ min: Date.UTC(1900, 0, 1) / 864e5, max: Date.UTC(2100, 11, 31) / 864e5 })
    .map((n) => new Date(n * 864e5).toISOString().slice(0, 10));

  it("property: every real day parses, starts and ends on itself, and formats (1 000 runs)", () => {
    fc.assert(
      fc.property(day, (d) => {
        const p = parsePeriod(d);
        expect(p.type).toBe("day");
        expect(periodStart(d)).toBe(d);
        expect(periodEnd(d)).toBe(d);
        expect(periodDays(d)).toBe(1);
        const [y, m, dd] = d.split("-").map(Number) as [number, number, number];
        expect(formatPeriod(d, { locale: "vi" })).toBe(`${dd}/${m}/${y}`);
      }),
      RUNS,
    );
  });

  it("property: month and quarter bounds and elapsed shares agree with UTC arithmetic", () => {
    fc.assert(
      fc.property(day, day, (d, asOf) => {
        const [y, m] = d.split("-").map(Number) as [number, number];
        const q = Math.ceil(m / 3);
        const quarter = `${y}-Q${q}`;
        const qStart = Date.UTC(y, (q - 1) * 3, 1);
        const qEnd = Date.UTC(y, q * 3, 0);
        expect(periodStart(quarter)).toBe(new Date(qStart).toISOString().slice(0, 10));
        expect(periodEnd(quarter)).toBe(new Date(qEnd).toISOString().slice(0, 10));
        const total = (qEnd - qStart) / 864e5 + 1;
        expect(periodDays(quarter)).toBe(total);
        const elapsed = (Date.parse(asOf) - qStart) / 864e5 + 1;
        const share = elapsedShare(quarter, asOf);
        expect(share).toBe(Math.min(1, Math.max(0, elapsed / total)));
        expect(share >= 0 && share <= 1 && Number.isFinite(share)).toBe(true);
        const month = d.slice(0, 7);
        expect(periodEnd(month)).toBe(new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10));
      }),
      RUNS,
    );
  });

  it("property: invalid strings throw ArgumentRangeError (ERR_INVALID_FORMAT), never an invalid date", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.integer({ min: 1000, max: 9999 }).chain((y) =>
            fc.oneof(
              fc.integer({ min: 5, max: 9 }).map((q) => `${y}-Q${q}`),
              fc.integer({ min: 13, max: 99 }).map((m) => `${y}-${m}`),
              fc
                .integer({ min: 1, max: 12 })
                .map((m) => `${y}-${String(m).padStart(2, "0")}-${32 + (m % 60)}`),
            ),
          ),
        ),
        (text) => {
          let result: unknown;
          try {
            result = periodEnd(text);
          } catch (e) {
            expect(e).toBeInstanceOf(ArgumentRangeError);
            expect((e as ArgumentRangeError).code).toBe("ERR_INVALID_FORMAT");
            return;
          }
          expect(result).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        },
      ),
      RUNS,
    );
  });
});
