import { describe, expect, it } from "vitest";
import { getIndicator, latest, series, vintages } from "../../src/index.js";
import { selections, seriesOf } from "../_areas.js";

const HA_NOI_2025 = { units: "provinces-2025", code: "01" } as const;

describe("the national DTI: a forecast, then a revision by the ministry", () => {
  it("2023 was first published as a forecast (0,75, December 2023), then as a normal value (0,7326, February 2025), then relayed", () => {
    const rows = vintages("dti-national", { asOf: "2023" });
    expect(
      rows.map((r) => [
        r.release.id,
        r.observation.published,
        r.status,
        r.role,
        r.vintage,
        r.knownFrom,
        r.release.publisher?.id,
      ]),
    ).toEqual([
      ["baogialai-2023-12", "0,75", "forecast", "first", 1, "2023-12-28", "mic"],
      ["vietbao-2025-02", "0,7326", "normal", "revision", 2, "2025-02-06", "mic"],
      ["dantri-2025-10-21", "0,7326", "normal", "relay", 3, "2025-10-21", "most"],
    ]);
    expect(rows.map((r) => r.observation.value)).toEqual([0.75, 0.7326, 0.7326]);
    expect(rows.filter((r) => r.isLatestVintage).map((r) => r.release.id)).toEqual([
      "dantri-2025-10-21",
    ]);
  });

  it("the series shows 0,7326 for 2023, revised, and 0,7955 for 2024", () => {
    const points = series("dti-national");
    expect(
      points.map((p) => [
        p.asOf,
        p.observation.published,
        p.status,
        p.revised,
        p.publications.length,
      ]),
    ).toEqual([
      ["2023", "0,7326", "normal", true, 3],
      ["2024", "0,7955", "normal", false, 3],
    ]);
    expect(points[0]?.observation.value).toBe(0.7326);
    expect(points[1]?.observation.value).toBe(0.7955);
    expect(points[1]?.publications.map((q) => [q.release.id, q.role])).toEqual([
      ["dantri-2025-10-21", "first"],
      ["vietnamnet-2025-10-21", "relay"],
      ["vnexpress-2025-10-21", "relay"],
    ]);
    expect(latest("dti-national")?.release.publisher?.id).toBe("most");
  });

  it("as known on 30 June 2024, 2023 is the forecast and 2024 is not yet published", () => {
    const points = series("dti-national", { knownAt: "2024-06-30" });
    expect(
      points.map((p) => [
        p.asOf,
        p.observation.published,
        p.observation.value,
        p.status,
        p.revised,
      ]),
    ).toEqual([["2023", "0,75", 0.75, "forecast", false]]);
    expect(
      series("dti-national", { knownAt: "2025-03-01" }).map((p) => [p.asOf, p.status]),
    ).toEqual([["2023", "normal"]]);
  });
});

describe("the provincial and ministry means", () => {
  it("the provincial mean, year by year, each published after its year", () => {
    expect(
      series("dti-provinces-mean").map((p) => [
        p.asOf,
        p.observation.published,
        p.observation.value,
        p.publications.map((q) => q.knownFrom),
      ]),
    ).toEqual([
      ["2020", "0,3026", 0.3026, ["2021-10-19", "2021-10-19"]],
      ["2021", "0,4014", 0.4014, ["2022-08-08"]],
      ["2022", "0,5763", 0.5763, ["2025-02-06"]],
      ["2023", "0,6783", 0.6783, ["2025-02-06", "2025-02-06"]],
      ["2024", "0,6961", 0.6961, ["2025-10-21", "2025-10-21", "2025-10-21"]],
    ]);
    const frame = series("dti-provinces-mean").filter((p) => p.conflicts.length > 0);
    expect(frame.map((p) => [p.asOf, p.conflicts])).toEqual([
      ["2023", ["dti-provinces-mean-2023-2024-frame"]],
      ["2024", ["dti-provinces-mean-2023-2024-frame"]],
    ]);
  });

  it("the ministries' means, with and without public services, are two series", () => {
    expect(
      series("dti-ministries-services-mean").map((p) => [p.asOf, p.observation.published]),
    ).toEqual([
      ["2020", "0,3982"],
      ["2021", "0,4595"],
      ["2023", "0,6355"],
    ]);
    expect(
      series("dti-ministries-no-services-mean").map((p) => [p.asOf, p.observation.published]),
    ).toEqual([
      ["2020", "0,2342"],
      ["2021", "0,2151"],
      ["2023", "0,4347"],
    ]);
  });
});

describe("figures about one province", () => {
  it("Hà Nội's DTI 2024, on the 34 units of 2025, from three pages", () => {
    const points = series("dti-province", { area: HA_NOI_2025 });
    expect(
      points.map((p) => [p.figure, p.asOf, p.area, p.observation.published, p.observation.value]),
    ).toEqual([["dti-province@2024@provinces-2025:01", "2024", HA_NOI_2025, "0,8241", 0.8241]]);
    expect(points[0]?.publications.map((q) => [q.release.id, q.role])).toEqual([
      ["dantri-2025-10-21", "first"],
      ["nhandan-2025-10-21", "relay"],
      ["vtcnews-2025-10-21", "relay"],
    ]);
  });

  it("a value of the 63 provinces has its 2023 code, in a series of its own", () => {
    expect(
      series("dti-province", { area: { units: "provinces-2023", code: "84" } }).map((p) => [
        p.asOf,
        p.observation.published,
      ]),
    ).toEqual([["2022", "0,6077"]]);
    expect(
      series("dti-province", { area: { units: "provinces-2023", code: "48" } }).map((p) => [
        p.asOf,
        p.observation.published,
      ]),
    ).toEqual([
      ["2020", "0,4874"],
      ["2023", "0,8340"],
    ]);
    // Hà Nội by its 2023 code: no figure on that basis
    expect(() => series("dti-province", { area: { units: "provinces-2023", code: "01" } })).toThrow(
      /options\.area/,
    );
  });

  it("without an area, a series of provincial values is refused, naming options.area", () => {
    expect(() => series("dti-province")).toThrow(/options\.area/);
    try {
      series("dti-province");
    } catch (e) {
      expect((e as { code?: string }).code).toBe("ERR_MISSING_OPTION");
      expect((e as { argument?: string }).argument).toBe("options.area");
    }
  });
});

describe("no series mixes areas or units", () => {
  const dti = selections.filter(
    (s) => s.id.startsWith("dti-") || s.id.startsWith("provinces-dti-"),
  );

  it("the DTI series: one area (or the nation) and one unit each", () => {
    expect(dti.length).toBeGreaterThan(10);
    for (const s of dti) {
      const unit = getIndicator(s.id).unit;
      for (const p of seriesOf(s)) {
        expect(p.area, s.label).toEqual(s.area);
        for (const q of p.publications) {
          expect(q.observation.area, q.observation.id).toEqual(s.area);
          expect(q.observation.unit, q.observation.id).toBe(unit);
        }
      }
    }
  });

  it("a series of one province never joins the 63-province and the 34-province codes", () => {
    for (const s of selections.filter((x) => x.area !== null)) {
      const units = new Set(
        seriesOf(s).flatMap((p) => p.publications.map((q) => q.observation.area?.units)),
      );
      expect([...units], s.label).toEqual([s.area?.units]);
    }
  });
});
