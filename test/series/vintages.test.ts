import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { _point, type _RawPublication } from "../../src/_lib/_vintages.js";
import {
  conflicts,
  getObservation,
  type LevelObservation,
  mic2023Q1,
  observations,
  type Publisher,
  type Release,
  releases,
  series,
  toTidyRows,
  vintages,
} from "../../src/index.js";
import { selections, seriesOf } from "../_areas.js";
import { syntheticRelease } from "../_synthetic.js";

const today = new Date().toISOString().slice(0, 10);

// --- a synthetic figure, to read each rule on its own -----------------------

const gso: Publisher = {
  id: "gso",
  name: { vi: "Tổng cục Thống kê", en: "General Statistics Office" },
  abbreviation: "GSO",
  domains: ["gso.gov.vn"],
  succession: {
    successor: { vi: "Cục Thống kê", en: "National Statistics Office" },
    publisher: "nso",
    date: "2025-03-01",
    description: { vi: "", en: "" },
    legalBasis: [],
    sources: [],
  },
};
const nso: Publisher = {
  ...gso,
  id: "nso",
  abbreviation: "NSO",
  domains: ["nso.gov.vn"],
  succession: null,
};

function release(
  id: string,
  publisher: Publisher | null,
  madePublic: Release["madePublic"],
  printedBy = "example.vn",
): Release {
  return syntheticRelease(id, publisher, madePublic, printedBy);
}

const base = getObservation("community-tech-teams");

function pub(
  r: Release,
  published: string,
  value: number,
  extra: Partial<LevelObservation> = {},
): _RawPublication {
  const observation = {
    ...base,
    id: `x-${r.id}`,
    release: r.id,
    published,
    value,
    ...extra,
  } as LevelObservation;
  const date = r.madePublic.date;
  const knownFrom = (
    date === null ? r.source.accessed : date.length === 7 ? `${date}-28` : date
  ) as `${number}-${number}-${number}`;
  return { observation, release: r, knownFrom };
}

function point(publications: _RawPublication[], knownAt?: string) {
  return _point(
    { figure: "x@2022", asOf: "2022", area: null, publications },
    (id) => (id.includes("conflict") ? ["c"] : []),
    knownAt,
  );
}

describe("relays, revisions and conflicts (the rules on a synthetic figure)", () => {
  const first = release(
    "gso-2023-12",
    gso,
    { date: "2023-12-29", basis: "official" },
    "gso.gov.vn",
  );
  const relay = release("relay-2024-01", gso, { date: "2024-01-05", basis: "page" });
  const second = release("gso-2025-01", gso, { date: "2025-01-06", basis: "event" });
  const third = release("nso-2026-01", nso, { date: "2026-01-05", basis: "official" });

  it("the same value again is a relay; the point shows the publisher's own page", () => {
    const p = point([pub(relay, "12,63%", 12.63), pub(first, "12,63%", 12.63)]);
    expect(p?.publications.map((q) => [q.release.id, q.role, q.vintage])).toEqual([
      ["gso-2023-12", "first", 1],
      ["relay-2024-01", "relay", 2],
    ]);
    expect([p?.release.id, p?.reason, p?.revised]).toEqual(["gso-2023-12", "own-page", false]);
  });

  it("a new value at a later dated release of the same publisher is a revision, shown; knownAt shows the vintage of its day", () => {
    const pubs = [
      pub(first, "12,63%", 12.63),
      pub(relay, "12,63%", 12.63),
      pub(second, "12,83%", 12.83),
    ];
    const now = point(pubs);
    expect(now?.publications.map((q) => q.role)).toEqual(["first", "relay", "revision"]);
    expect([now?.observation.published, now?.revised, now?.reason]).toEqual([
      "12,83%",
      true,
      "only",
    ]);
    const then = point(pubs, "2024-06-30");
    expect([then?.observation.published, then?.revised, then?.publications.length]).toEqual([
      "12,63%",
      false,
      2,
    ]);
    expect(point(pubs, "2023-12-28")).toBeUndefined();
  });

  it("the successor revises its predecessor's figures", () => {
    const p = point([pub(second, "12,83%", 12.83), pub(third, "12,87%", 12.87)]);
    expect(p?.publications.map((q) => q.role)).toEqual(["first", "revision"]);
    expect(p?.observation.published).toBe("12,87%");
  });

  it("a forecast, then the value: a revision of value and status", () => {
    const p = point([
      pub(first, "0,75", 0.75, { status: "forecast", decimals: 2 }),
      pub(second, "0,7326", 0.7326, { decimals: 4 }),
    ]);
    expect([p?.observation.published, p?.status, p?.publications[1]?.role]).toEqual([
      "0,7326",
      "normal",
      "revision",
    ]);
  });

  it("an estimate confirmed at a later release of the publisher: the same value, a revision of status", () => {
    const p = point([
      pub(first, "18,3%", 18.3, { status: "estimate" }),
      pub(second, "18,3%", 18.3),
    ]);
    expect([p?.publications[1]?.role, p?.status]).toEqual(["revision", "normal"]);
  });

  it("a relay page with another value is a conflict, never a revision; the rule picks, and says why", () => {
    const other = release("other-2024-02", gso, { date: "2024-02-01", basis: "page" });
    const p = point([
      pub(first, "12,63%", 12.63),
      pub(other, "12,88%", 12.88, { id: "x-conflict" } as never),
    ]);
    expect(p?.publications.map((q) => q.role)).toEqual(["first", "conflicting"]);
    expect([p?.observation.published, p?.reason, p?.revised, p?.conflicts]).toEqual([
      "12,63%",
      "own-page",
      false,
      ["c"],
    ]);
  });

  it("no revision without a named publisher, and none from another publisher", () => {
    const anon = release("anon-2024", null, { date: "2024-03-01", basis: "event" });
    const mic = release("mic-2024", mic2023Q1.publisher, { date: "2024-03-01", basis: "event" });
    for (const r of [anon, mic]) {
      expect(point([pub(first, "12,63%", 12.63), pub(r, "13%", 13)])?.publications[1]?.role).toBe(
        "conflicting",
      );
    }
  });

  it("a relay that drops the status word does not make an estimate a measurement", () => {
    const a = release("a-with-word", nso, { date: "2026-01-05", basis: "page" });
    const b = release("b-without", nso, { date: "2026-01-06", basis: "page" });
    const p = point([pub(a, "14,02%", 14.02, { status: "estimate" }), pub(b, "14,02%", 14.02)]);
    expect([p?.release.id, p?.status, p?.reason]).toEqual([
      "a-with-word",
      "estimate",
      "status-word",
    ]);
    expect(p?.publications.map((q) => q.role)).toEqual(["first", "relay"]);
  });

  it("among conflicting prints: the publisher named, then dated, then latest, then more decimals, then release order", () => {
    const named = release("b-named", gso, { date: null, basis: "none" });
    const anon = release("a-anon", null, { date: "2024-01-01", basis: "page" });
    expect(point([pub(anon, "84%", 84), pub(named, "84,1%", 84.1)])?.reason).toBe(
      "publisher-named",
    );
    const undated = release("a-undated", gso, { date: null, basis: "none" });
    const dated = release("b-dated", gso, { date: "2023-05", basis: "page" });
    expect(point([pub(undated, "84%", 84), pub(dated, "84,1%", 84.1)])?.release.id).toBe("b-dated");
    const early = release("b-early", gso, { date: "2023-05-01", basis: "page" });
    const late = release("a-late", gso, { date: "2023-06-01", basis: "page" });
    const byDate = point([pub(early, "84,1%", 84.1), pub(late, "84%", 84)]);
    expect([byDate?.release.id, byDate?.reason]).toEqual(["a-late", "latest"]);
    const same1 = release("b-same", gso, { date: "2023-05-01", basis: "page" });
    const same2 = release("a-same", gso, { date: "2023-05-01", basis: "page" });
    const precise = point([
      pub(same1, "84,1%", 84.1, { decimals: 1 }),
      pub(same2, "84%", 84, { decimals: 0 }),
    ]);
    expect([precise?.release.id, precise?.reason]).toEqual(["b-same", "precise"]);
    const tie = point([pub(same1, "84%", 84), pub(same2, "84%", 84)]);
    expect([tie?.release.id, tie?.reason]).toEqual(["a-same", "release-order"]);
  });
});

// --- the package's own series ------------------------------------------------

describe("the series as known on a day (properties over every indicator)", () => {
  it("series(id) is series(id, { knownAt: today })", () => {
    for (const s of selections) expect(seriesOf(s, today), s.label).toEqual(seriesOf(s));
  });

  it("a knownAt before a release's public day never shows it; every publication known by then is there", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...selections),
        fc.date({ min: new Date("2021-06-01"), max: new Date("2027-01-01"), noInvalidDate: true }),
        (sel, date) => {
          const day = date.toISOString().slice(0, 10);
          const then = seriesOf(sel, day);
          const shown = then.flatMap((p) => p.publications);
          for (const q of shown)
            expect(q.knownFrom <= day, `${q.observation.id} on ${day}`).toBe(true);
          const expected = seriesOf(sel)
            .flatMap((p) => p.publications)
            .filter((q) => q.knownFrom <= day)
            .map((q) => q.observation.id);
          expect(new Set(shown.map((q) => q.observation.id))).toEqual(new Set(expected));
        },
      ),
      { seed: 20230306, numRuns: 300 },
    );
  });

  it("every publication of every figure appears exactly once in vintages, one of them the latest", () => {
    for (const sel of selections) {
      const { id, area } = sel;
      const rows = vintages(id, area === null ? {} : { area });
      const levels = observations.filter(
        (o) =>
          o.indicator === id &&
          (o.kind === "value" || o.kind === "partOfWhole") &&
          JSON.stringify(o.area) === JSON.stringify(area),
      );
      expect(rows.map((r) => r.observation.id).sort(), sel.label).toEqual(
        levels.map((o) => o.id).sort(),
      );
      const points = seriesOf(sel);
      for (const p of points) {
        const mine = rows.filter((r) => r.figure === p.figure);
        expect(mine.filter((r) => r.isLatestVintage).map((r) => r.observation)).toEqual([
          p.observation,
        ]);
      }
    }
  });

  it("vintages({ asOf }) gives one figure's rows only", () => {
    const rows = vintages("community-tech-teams", { asOf: "2023-09-04" });
    expect(
      rows.map((r) => [r.release.id, r.knownFrom, r.vintage, r.role, r.isLatestVintage]),
    ).toEqual([
      ["cafef-2023-09", "2023-09-12", 1, "first", false],
      ["giaoduc-2023-09-20", "2023-09-20", 2, "relay", true],
    ]);
    expect(vintages("community-tech-teams", { asOf: "2023-09" })).toEqual([]);
  });

  it("the tidy table filtered to is_latest_vintage has one row per point of every series", () => {
    const rows = toTidyRows(observations, { releases, conflicts });
    const latest = rows.filter((r) => r.is_latest_vintage === true);
    const points = selections.flatMap((s) => seriesOf(s).map((p, i) => ({ p, order: i + 1 })));
    expect(latest.map((r) => r.id).sort()).toEqual(points.map(({ p }) => p.observation.id).sort());
    for (const { p, order } of points) {
      const mine = rows.filter((r) => r.figure === p.figure);
      expect(mine.length, p.figure).toBe(p.publications.length);
      for (const r of mine) expect(r.as_of_order, p.figure).toBe(order);
    }
    // changes and targets are not points of a series
    for (const r of rows.filter((x) => x.kind === "change" || x.kind === "target")) {
      expect([r.figure, r.vintage, r.is_latest_vintage, r.as_of_order]).toEqual([
        null,
        null,
        null,
        null,
      ]);
    }
  });

  it("refuses a knownAt that is not a day, naming it", () => {
    expect(() => series("community-tech-teams", { knownAt: "2024-02" as never })).toThrow(
      /options\.knownAt/,
    );
    expect(() => series("community-tech-teams", { knownAt: 20240201 as never })).toThrow(
      /options\.knownAt/,
    );
  });

  it("refuses an area for an indicator about the nation, naming it", () => {
    expect(() =>
      series("community-tech-teams", { area: { units: "provinces-2025", code: "01" } }),
    ).toThrow(/options\.area/);
  });
});
