import { describe, expect, it } from "vitest";
import {
  change,
  communityTechTeamsSeries,
  getObservation,
  latest,
  latestRelease,
  quarterOnQuarter,
  releases,
  series,
  UnknownIdError,
} from "../../src/index.js";
import { expectArgError } from "../metrics/_assert.js";

describe("series(indicatorId)", () => {
  it("is the named constant of the same indicator, frozen", () => {
    expect(series("community-tech-teams")).toBe(communityTechTeamsSeries);
    expect(Object.isFrozen(communityTechTeamsSeries)).toBe(true);
    expect(Object.isFrozen(communityTechTeamsSeries[0])).toBe(true);
  });

  it("refuses an unknown id, naming the closest, and a long one without searching", () => {
    try {
      series("community-tech-team" as never);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(UnknownIdError);
      expect((e as UnknownIdError).argument).toBe("indicatorId");
      expect((e as UnknownIdError).suggestions).toContain("community-tech-teams");
    }
    expect(() => series("toString" as never)).toThrow(UnknownIdError);
    expect(() => series("__proto__" as never)).toThrow(UnknownIdError);
    const long = "x".repeat(1_000_000);
    try {
      series(long as never);
      expect.unreachable();
    } catch (e) {
      expect((e as UnknownIdError).suggestions).toEqual([]);
    }
    expect(() => series(42 as never)).toThrow(UnknownIdError);
  });

  it("an indicator with no level figure has an empty series (the NDXP year: a target only)", () => {
    expect(series("ndxp-transactions-year")).toEqual([]);
  });
});

describe("latest(indicatorId, { asOf })", () => {
  it("gives the newest figure at or before the day, never an interpolation", () => {
    expect(latest("community-tech-teams")?.observation.published).toBe("93.524");
    expect(latest("community-tech-teams", { asOf: "2023-06-30" })?.observation.published).toBe(
      "71.836",
    );
    expect(latest("community-tech-teams", { asOf: "2023-03-06" })?.observation.id).toBe(
      "community-tech-teams",
    );
    expect(latest("community-tech-teams", { asOf: "2023-03-05" })?.observation.asOf).toBe(
      "2022-08-31",
    );
    expect(latest("community-tech-teams", { asOf: "2022-04-03" })).toBeUndefined();
  });

  it("counts a figure dated by a month only once the month has passed", () => {
    // 93.524 "as of September 2024" (VOV) is not known to hold on 15 September 2024
    expect(latest("community-tech-teams", { asOf: "2024-09-15" })?.asOf).toBe("2023-09-04");
    expect(latest("community-tech-teams", { asOf: "2024-09-30" })?.asOf).toBe("2024-09");
  });

  it("goes by the figure's as-of date, not by the date a relay prints", () => {
    // giaoduc prints the 4 September 2023 figure "as of September 2023": one figure, as of the day
    const point = latest("community-tech-teams", { asOf: "2023-09-15" });
    expect([point?.asOf, point?.observation.asOf, point?.publications.length]).toEqual([
      "2023-09-04",
      "2023-09",
      2,
    ]);
  });

  it("reads the series as known on a day with knownAt", () => {
    // the undated VOV page counts as known from the day the package read it
    expect(latest("community-tech-teams", { knownAt: "2024-12-31" })?.asOf).toBe("2023-09-04");
    expect(
      latest("community-tech-teams", { knownAt: "2023-09-15" })?.publications.map(
        (q) => q.release.id,
      ),
    ).toEqual(["cafef-2023-09"]);
    expect(latest("community-tech-teams", { knownAt: "2022-01-01" })).toBeUndefined();
  });

  it("refuses a malformed asOf, naming it", () => {
    expectArgError(
      () => latest("community-tech-teams", { asOf: "2023-02-30" as never }),
      "range",
      "ERR_INVALID_FORMAT",
      "options.asOf",
    );
    expectArgError(
      () => latest("community-tech-teams", { asOf: "2023-09" as never }),
      "range",
      "ERR_INVALID_FORMAT",
      "options.asOf",
    );
    expectArgError(
      () => latest("community-tech-teams", { asOf: 20230930 as never }),
      "type",
      "ERR_INVALID_TYPE",
      "options.asOf",
    );
    expectArgError(
      () => latest("community-tech-teams", null as never),
      "type",
      "ERR_INVALID_TYPE",
      "options",
    );
  });
});

describe("change(earlier, later)", () => {
  it("84,14% after 77,08%: exactly 7.06 points up to the printed decimals, one month apart", () => {
    const result = change(
      getObservation("fully-online-services-share-2023-03"),
      getObservation("fully-online-services-share-2023-04"),
    );
    expect(result.indicator).toBe("fully-online-services-share");
    expect(result.unit).toBe("percent");
    expect(result.difference).toEqual({
      lower: 7.05,
      lowerInclusive: false,
      upper: 7.07,
      upperInclusive: false,
      approximate: false,
    });
    // two months dated by month only: from 1 day to 60 days apart
    expect(result.days).toEqual({ min: 1, max: 60 });
  });

  it("two lower bounds give an interval unbounded on both sides, not a number", () => {
    const result = change(
      getObservation("ndxp-transactions-since-launch-2022-09-26"),
      getObservation("ndxp-transactions-cumulative"),
    );
    expect(result.difference).toEqual({
      lower: null,
      lowerInclusive: false,
      upper: null,
      upperInclusive: false,
      approximate: false,
    });
    // "hơn 661 triệu": above 661 million, no upper bound
    expect(result.from.interval).toEqual({
      lower: 661_000_000,
      lowerInclusive: false,
      upper: null,
      upperInclusive: false,
      approximate: false,
    });
    expect(result.days).toEqual({ min: 161, max: 161 });
  });

  it("a plain count after a lower bound: a lower bound open, the upper end exact", () => {
    // hơn 42.460 (20/8/2022) → 42.469 (23/8/2022): the difference is below 9.5
    const result = change(
      getObservation("community-tech-teams-2022-08-20"),
      getObservation("community-tech-teams-2022-08-23"),
    );
    expect(result.difference).toEqual({
      lower: null,
      lowerInclusive: false,
      upper: 9.5,
      upperInclusive: false,
      approximate: false,
    });
    expect(result.days).toEqual({ min: 3, max: 3 });
  });

  it("refuses two indicators, two units, a target, and a later figure that is not later", () => {
    const teams = getObservation("community-tech-teams");
    expectArgError(
      () => change(teams, getObservation("community-tech-team-members-2023-08-22")),
      "range",
      "ERR_UNSUPPORTED",
      "later.indicator",
    );
    expectArgError(
      () => change(teams, { ...getObservation("community-tech-teams-2023-08-22"), unit: "person" }),
      "range",
      "ERR_UNSUPPORTED",
      "later.unit",
    );
    expectArgError(
      () =>
        change(
          getObservation("fully-online-services-share"),
          getObservation("fully-online-services-target-2023") as never,
        ),
      "range",
      "ERR_UNSUPPORTED",
      "later.kind",
    );
    expectArgError(
      () => change(getObservation("community-tech-teams-2023-08-22"), teams),
      "range",
      "ERR_OUT_OF_RANGE",
      "later.asOf",
    );
    expectArgError(() => change(teams, teams), "range", "ERR_OUT_OF_RANGE", "later.asOf");
    // 4 September and "September": they overlap, so neither is later
    expectArgError(
      () =>
        change(
          getObservation("community-tech-teams-2023-09-04"),
          getObservation("community-tech-teams-2023-09"),
        ),
      "range",
      "ERR_OUT_OF_RANGE",
      "later.asOf",
    );
    expectArgError(() => change(null as never, teams), "type", "ERR_INVALID_TYPE", "earlier");
    expectArgError(
      () =>
        change(teams, { ...getObservation("community-tech-teams-2023-08-22"), asOf: "2023-13" }),
      "range",
      "ERR_INVALID_FORMAT",
      "later.asOf",
    );
  });
});

describe("quarterOnQuarter on real editions", () => {
  it("refuses Q1/2022 against Q1/2023: not consecutive quarters (and a recorded conflict)", () => {
    expectArgError(
      () =>
        quarterOnQuarter(
          getObservation("ndxp-transactions-2023-q1"),
          getObservation("ndxp-transactions-quarter-2022-03-23"),
        ),
      "range",
      "ERR_OUT_OF_RANGE",
      "previous.period",
    );
  });

  it("reads the qualifiers of real figures: more than 134,5 million against nearly 48 million is no quarter pair", () => {
    const q = getObservation("ndxp-transactions-quarter-2022-03-23");
    expect(q.comparator).toBe("gt");
    expect(getObservation("ndxp-transactions-month-2022-03-23").comparator).toBe("nearly");
  });
});

describe("releases", () => {
  it("are ordered by date, the report among them, the newest last", () => {
    expect(releases.at(-1)).toBe(latestRelease);
    expect(latestRelease.id).toBe("vneconomy-2026-01-06");
    expect(releases.map((r) => r.id)).toContain("mic-2023-q1");
    expect(releases[0]?.id).toBe("doanhnghiepvaphattrien-2021-10");
  });
});
