import { describe, expect, it } from "vitest";
import {
  conflicts,
  getIndicator,
  getRelease,
  latest,
  observations,
  releases,
  series,
  vintages,
} from "../../src/index.js";

// Issue 19, online public services and the digital economy's share of GDP:
// the figures of 2024–2026, the statistics office's vintages, and the
// publishers as they are now.

const releaseIds = new Set<string>(releases.map((r) => r.id));
const observationIds = new Set<string>(observations.map((o) => o.id));

const DOSSIERS = "fully-online-dossiers-share";
const GSO = "digital-economy-value-added-share";

describe("the share of dossiers handled fully online, to today", () => {
  it("latest() answers with November 2025's 51,7%, published by MOST", () => {
    const p = latest(DOSSIERS);
    expect(p?.asOf).toBe("2025-11-26");
    expect(p?.observation.published).toBe("51,7%");
    expect(p?.observation.value).toBe(51.7);
    expect(p?.release.id).toBe("vietnamnet-2025-11-26");
    expect(p?.release.publisher?.id).toBe("most");
  });

  it("latest() as of the end of October 2025 is October's 39,98%, published by MOST", () => {
    const p = latest(DOSSIERS, { asOf: "2025-10-31" });
    expect(p?.asOf).toBe("2025-10-26");
    expect(p?.observation.period).toBe("2025-10");
    expect(p?.observation.published).toBe("39,98%");
    expect(p?.observation.value).toBe(39.98);
    expect(p?.release.id).toBe("vietnamnet-2025-11-07");
    expect(p?.release.publisher?.id).toBe("most");
  });

  it("as known on 30 November 2025 the newest figure is October's (the November page is undated)", () => {
    const p = latest(DOSSIERS, { knownAt: "2025-11-30" });
    expect(p?.observation.published).toBe("39,98%");
    expect(p?.release.publisher?.id).toBe("most");
  });

  it("the nation's series, one point per figure, 2023 to November 2025", () => {
    expect(
      series(DOSSIERS).map((p) => [
        p.asOf,
        p.observation.published,
        p.release.publisher?.id ?? null,
      ]),
    ).toEqual([
      ["2023", "17%", "mic"],
      ["2024-06-30", "42%", "mic"],
      ["2024", "45,8%", "mic"],
      ["2025-06", "39,51%", "most"],
      ["2025-10-21", "gần 40%", "most"],
      ["2025-10-26", "39,98%", "most"],
      ["2025-11-26", "51,7%", "most"],
    ]);
  });

  it("a province's figure is its own series, never the nation's", () => {
    const haNam = { units: "provinces-2023", code: "35" } as const;
    expect(series(DOSSIERS, { area: haNam }).map((p) => [p.asOf, p.observation.published])).toEqual(
      [["2024", "68,54%"]],
    );
    expect(series(DOSSIERS).some((p) => p.area !== null)).toBe(false);
  });

  it("the fall from the 2024 figure is a recorded comparability conflict, not a change", () => {
    const c = conflicts.find((x) => x.id === "fully-online-dossiers-share-year-and-months");
    expect(c?.kind).toBe("comparability");
    expect(c?.observations).toContain("fully-online-dossiers-share-2024");
    expect(c?.observations).toContain("fully-online-dossiers-share-2025-10-26");
    const year = series(DOSSIERS).find((p) => p.asOf === "2024");
    expect(year?.conflicts).toEqual(["fully-online-dossiers-share-year-and-months"]);
  });

  it("each new online-services indicator is related both ways to the 2023 'toàn trình đủ điều kiện' share", () => {
    const fos = getIndicator("fully-online-services-share").related.map((r) => r.id);
    for (const id of [
      "fully-online-dossiers-share",
      "ministries-fully-online-dossiers-share",
      "provinces-fully-online-dossiers-share",
      "online-dossiers-share",
      "online-services-with-dossiers-share",
      "ministries-procedures-fully-online-share",
      "provinces-procedures-fully-online-share",
      "public-services-fully-digital-share",
    ] as const) {
      expect(fos).toContain(id);
      expect(getIndicator(id).related.map((r) => r.id)).toContain("fully-online-services-share");
    }
  });
});

describe("the digital economy's share of GDP: the statistics office's vintages", () => {
  it("2022: first 12,63% (29/12/2023), then 12,83% (6/1/2025) as a revision", () => {
    const rows = vintages(GSO, { asOf: "2022" }).map((r) => [
      r.release.id,
      r.observation.published,
      r.knownFrom,
      r.vintage,
      r.role,
      r.status,
      r.isLatestVintage,
    ]);
    expect(rows).toEqual([
      ["congthuong-2023-12-29", "12,63%", "2023-12-29", 1, "first", "normal", false],
      ["baomoi-2025-01-06", "12,83%", "2025-01-06", 2, "revision", "normal", true],
      ["dukcoquantwtphcm-2023", "12,63%", "2026-12-03", 3, "conflicting", "normal", false],
      ["tracuuquyhoach-2024", "12,83%", "2026-12-03", 3, "relay", "normal", false],
    ]);
  });

  it("2023: first the estimate 12,33%, then 12,87% as a revision", () => {
    const rows = vintages(GSO, { asOf: "2023" }).map((r) => [
      r.release.id,
      r.observation.published,
      r.role,
      r.status,
    ]);
    expect(rows.slice(0, 2)).toEqual([
      ["congthuong-2023-12-29", "12,33%", "first", "estimate"],
      ["baomoi-2025-01-06", "12,87%", "revision", "normal"],
    ]);
    expect(series(GSO).find((p) => p.asOf === "2023")?.revised).toBe(true);
  });

  it("as known on 30 June 2024, the series shows the first vintage", () => {
    expect(
      series(GSO, { knownAt: "2024-06-30" }).map((p) => [
        p.asOf,
        p.observation.published,
        p.status,
      ]),
    ).toEqual([
      ["2020", "12,66%", "normal"],
      ["2021", "12,87%", "normal"],
      ["2022", "12,63%", "normal"],
      ["2023", "12,33%", "estimate"],
    ]);
  });

  it("today it shows every year to 2025, the revised values, 2025 as published in January 2026", () => {
    expect(series(GSO).map((p) => [p.asOf, p.observation.published])).toEqual([
      ["2020", "12,66%"],
      ["2021", "12,87%"],
      ["2022", "12,83%"],
      ["2023", "12,87%"],
      ["2024", "13,17%"],
      ["2025", "14,02%"],
    ]);
    expect(latest(GSO)?.release.publisher?.id).toBe("nso");
  });

  it("the two relays that print the first release's 2021 differently are a recorded conflict", () => {
    const p = series(GSO).find((x) => x.asOf === "2021");
    expect(p?.conflicts).toContain("digital-economy-value-added-share-2021-relays-differ");
    expect(p?.publications.map((q) => q.observation.published).sort()).toEqual([
      "12,87%",
      "12,87%",
      "12,87%",
      "12,87%",
      "12,88%",
    ]);
  });

  it("the ministry's policy estimate is another indicator, never joined to the statistics office's", () => {
    expect(
      series("digital-economy-share-ministry-estimate").map((p) => [
        p.asOf,
        p.observation.published,
        p.status,
      ]),
    ).toEqual([
      ["2021", "11,91%", "estimate"],
      ["2022", "14,26%", "estimate"],
      ["2023", "16,5%", "estimate"],
      ["2024-06-30", "18,3%", "estimate"],
      ["2024", "18,3%", "estimate"],
    ]);
    expect(getIndicator(GSO).related.map((r) => r.id)).toContain(
      "digital-economy-share-ministry-estimate",
    );
  });

  it("the statistics office is a publisher whose successor, from 1 March 2025, is the NSO", () => {
    const gso = getRelease("congthuong-2023-12-29").publisher;
    expect(gso?.id).toBe("gso");
    expect(gso?.succession?.publisher).toBe("nso");
    expect(gso?.succession?.date).toBe("2025-03-01");
    expect(getRelease("vneconomy-2026-01-06").publisher?.id).toBe("nso");
  });
});

describe("the conflicts added for issue 19 name publications that exist", () => {
  const added = [
    "fully-online-dossiers-share-year-and-months",
    "digital-economy-value-added-share-2021-relays-differ",
    "digital-economy-value-added-share-undated-first-vintage",
    "digital-economy-value-added-share-trial-2022",
  ];

  it.each(added)("%s", (id) => {
    const c = conflicts.find((x) => x.id === id);
    expect(c, id).toBeDefined();
    expect(c?.observations.length).toBeGreaterThan(1);
    for (const o of c?.observations ?? []) expect(observationIds.has(o), o).toBe(true);
    for (const r of c?.releases ?? []) expect(releaseIds.has(r), r).toBe(true);
  });
});
