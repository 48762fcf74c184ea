import { describe, expect, it } from "vitest";
import { firstDay, lastDay } from "../../scripts/generators/_dataset.js";
import {
  bounds,
  type Conflict,
  conflicts,
  getIndicator,
  type IndicatorId,
  indicators,
  type Observation,
  observations,
  parsePeriod,
  type Release,
  releases,
  series,
} from "../../src/index.js";
import { ConflictSchema } from "../../src/schema.js";
import { selections, seriesOf } from "../_areas.js";

const all: readonly Observation[] = observations;
const releaseById = new Map<string, Release>(releases.map((r) => [r.id, r]));
const obsById = new Map(all.map((o) => [o.id, o]));

describe("as-of dates", () => {
  it("every observation has an as-of that is a real calendar date or period", () => {
    for (const o of all) expect(() => parsePeriod(o.asOf), o.id).not.toThrow();
  });

  it("is not after its page's date, nor after its event's", () => {
    for (const o of all) {
      const r = releaseById.get(o.release) as Release;
      // a month as-of may end after the page's day; it must start on or before it
      if (r.source.date !== null) {
        expect(firstDay(o.asOf) <= lastDay(r.source.date), `${o.id} vs ${r.source.date}`).toBe(
          true,
        );
      }
      if (r.event?.date) expect(firstDay(o.asOf) <= r.event.date, o.id).toBe(true);
    }
  });

  it("an as-of read from the event is the event's date; from the page, the page's day", () => {
    for (const o of all) {
      const r = releaseById.get(o.release) as Release;
      if (o.asOfBasis === "event") expect(o.asOf, o.id).toBe(r.event?.date);
      if (o.asOfBasis === "page") expect(o.asOf, o.id).toBe(r.source.date);
      if (o.asOfBasis === "event-period") expect(o.asOf, o.id).toBe(r.event?.period ?? r.period);
      if (o.asOfBasis === "period-end") expect(o.asOf, o.id).toBe(lastDay(o.asOf));
    }
  });

  it("a report figure stated as current is as of the report's event, 6 March 2023", () => {
    const report = all.filter((o) => o.release === "mic-2023-q1");
    expect(report.filter((o) => o.period === "report").every((o) => o.asOf === "2023-03-06")).toBe(
      true,
    );
    expect(report.find((o) => o.id === "onetouch-visits")?.asOf).toBe("2023-02-21");
  });
});

describe("series", () => {
  it.each(selections)(
    "$label: one point per figure, in as-of order, one indicator and one area only, levels only, nothing lost",
    (s) => {
      const { id, area } = s;
      const points = seriesOf(s);
      for (const p of points) {
        expect(p.observation.indicator).toBe(id);
        expect(["value", "partOfWhole"]).toContain(p.observation.kind);
        expect(p.release.id).toBe(p.observation.release);
        expect(p.figure).toBe(
          `${id}@${p.asOf}${area === null ? "" : `@${area.units}:${area.code}`}`,
        );
        // one area (or the nation) and one unit throughout
        expect(p.area).toEqual(area);
        for (const q of p.publications) {
          expect(q.observation.area).toEqual(area);
          expect(q.observation.unit).toBe(getIndicator(id).unit);
        }
        expect(p.status).toBe(p.observation.status);
        // the value shown is one of the figure's publications, from its release
        const shown = p.publications.filter((q) => q.observation === p.observation);
        expect(shown.map((q) => q.release)).toEqual([p.release]);
        for (const q of p.publications) expect(q.observation.indicator).toBe(id);
      }
      for (let i = 1; i < points.length; i++) {
        const [a, b] = [points[i - 1], points[i]];
        const order =
          lastDay(a?.asOf ?? "").localeCompare(lastDay(b?.asOf ?? "")) ||
          firstDay(a?.asOf ?? "").localeCompare(firstDay(b?.asOf ?? ""));
        expect(order, `${a?.figure} → ${b?.figure}`).toBeLessThan(0);
      }
      // one point per as-of date: no figure twice
      expect(new Set(points.map((p) => p.asOf)).size).toBe(points.length);
      // every level observation of the indicator and area is published exactly once in its series
      const levels = all.filter(
        (o) =>
          o.indicator === id &&
          (o.kind === "value" || o.kind === "partOfWhole") &&
          JSON.stringify(o.area) === JSON.stringify(area),
      );
      const published = points.flatMap((p) => p.publications.map((q) => q.observation.id));
      expect(published.length).toBe(levels.length);
      expect(new Set(published)).toEqual(new Set(levels.map((o) => o.id)));
    },
  );

  it("the teams series runs from April 2022 to September 2024, one point per date, a relay counted", () => {
    const teams = series("community-tech-teams");
    expect(teams.map((p) => [p.asOf, p.observation.published, p.publications.length])).toEqual([
      ["2022-04-04", "gần 2.300", 1],
      ["2022-05-26", "18.286", 1],
      ["2022-06-14", "27.218", 1],
      ["2022-08-20", "hơn 42.460", 1],
      ["2022-08-23", "42.469", 1],
      ["2022-08-31", "45.895", 1],
      ["2023-03-06", "71.836", 1],
      ["2023-08-22", "74.818", 1],
      ["2023-09-04", "76.905", 2],
      ["2024-09", "93.524", 1],
    ]);
    // the 4 September figure printed again by a page dated by the month only: a relay
    const sept = teams[8];
    expect(sept?.publications.map((q) => [q.release.id, q.role, q.vintage])).toEqual([
      ["cafef-2023-09", "first", 1],
      ["giaoduc-2023-09-20", "relay", 2],
    ]);
    // the page naming the ministry as the figures' publisher is shown
    expect([sept?.release.id, sept?.reason]).toEqual(["giaoduc-2023-09-20", "publisher-named"]);
  });

  it("the end-April 2023 share: two pages, two figures for one day, a recorded conflict, the dated one shown", () => {
    const point = series("fully-online-services-share").find((p) => p.asOf === "2023-04-30");
    expect(point?.publications.map((q) => [q.observation.published, q.role])).toEqual([
      ["trên 84,1%", "first"],
      ["trên 84%", "conflicting"],
    ]);
    expect(point?.conflicts).toEqual(["fully-online-services-share-2023-04-30-precision"]);
    expect([point?.observation.published, point?.reason]).toEqual(["trên 84,1%", "dated"]);
  });

  it("each point names the conflicts that name any of its publications", () => {
    for (const sel of selections) {
      for (const p of seriesOf(sel)) {
        const named = new Set(p.publications.map((q) => q.observation.id));
        const expected = conflicts
          .filter((c) => c.observations.some((o) => named.has(o)))
          .map((c) => c.id);
        expect(new Set(p.conflicts), p.figure).toEqual(new Set(expected));
      }
    }
  });

  it("a publication that disagrees with no revision stated is named by a recorded conflict, with another publication of its figure", () => {
    for (const sel of selections) {
      for (const p of seriesOf(sel)) {
        for (const q of p.publications.filter((x) => x.role === "conflicting")) {
          const others = p.publications.filter((x) => x !== q).map((x) => x.observation.id);
          const recorded = conflicts.filter(
            (c) =>
              c.observations.includes(q.observation.id) &&
              c.observations.some((o) => others.includes(o)),
          );
          expect(recorded.length, `${p.figure}: ${q.observation.id}`).toBeGreaterThan(0);
        }
      }
    }
  });

  it("a figure printed twice with different values is revised or in conflict, never silently picked", () => {
    for (const sel of selections) {
      for (const p of seriesOf(sel)) {
        const values = new Set(
          p.publications.map((q) => `${q.observation.comparator} ${q.observation.value}`),
        );
        if (values.size > 1) expect(p.revised || p.conflicts.length > 0, p.figure).toBe(true);
      }
    }
  });
});

describe("definitions: no series mixes two", () => {
  const pairs = indicators.flatMap((i) =>
    i.related.filter((r) => i.id < r.id).map((r) => [i.id, r.id] as const),
  );

  it("there are related pairs to check (plans vs resolutions, deployed vs 100% of communes …)", () => {
    const names = pairs.map((p) => p.join(" ~ "));
    expect(names).toContain("provinces-dx-plan ~ provinces-dx-resolution");
    expect(names).toContain(
      "provinces-community-tech-teams-all-communes ~ provinces-deployed-community-tech-team-model",
    );
    expect(names).toContain("fully-online-services-share ~ level-4-online-services-share");
    expect(names).toContain("ndxp-transactions-month ~ ndxp-transactions-quarter");
  });

  it.each(pairs)("%s and %s: no shared word, no shared figure", (a, b) => {
    const A = getIndicator(a as IndicatorId);
    const B = getIndicator(b as IndicatorId);
    // their words differ where their units agree (the same unit would otherwise let them chain)
    if (A.unit === B.unit) {
      for (const term of A.terms)
        expect(B.terms, `${a} and ${b} share "${term}"`).not.toContain(term);
    }
    const inA = new Set(
      selections
        .filter((s) => s.id === a)
        .flatMap((s) => seriesOf(s))
        .flatMap((p) => p.publications.map((q) => q.observation.id)),
    );
    for (const p of selections.filter((s) => s.id === b).flatMap((s) => seriesOf(s))) {
      for (const q of p.publications) expect(inA.has(q.observation.id)).toBe(false);
    }
  });

  it("every observation uses one of its indicator's words", () => {
    for (const o of all)
      expect(getIndicator(o.indicator as IndicatorId).terms, o.id).toContain(o.term);
  });
});

describe("counts that cannot fall", () => {
  const rising = indicators.filter((i) => i.nonDecreasing);

  it("are marked on their indicators (teams, members, transactions since launch, visits …)", () => {
    const marked = rising.map((i) => i.id);
    for (const id of [
      "community-tech-teams",
      "community-tech-team-members",
      "ndxp-transactions-since-launch",
      "onetouch-visits",
      "provinces-community-tech-teams",
    ]) {
      expect(marked).toContain(id);
    }
    // flows and shares can fall
    expect(marked).not.toContain("ndxp-transactions-quarter");
    expect(marked).not.toContain("fully-online-services-share");
  });

  it.each(selections.filter((s) => rising.some((i) => i.id === s.id)))(
    "$label: each figure's bounds allow it to be no lower than the one before, or a conflict says why",
    (s) => {
      const points = seriesOf(s);
      for (let i = 1; i < points.length; i++) {
        const earlier = points[i - 1]?.observation as Observation;
        const later = points[i]?.observation as Observation;
        const a = bounds(earlier);
        const b = bounds(later);
        // possible to be non-decreasing: the later figure's upper end reaches the earlier's lower end
        const possible =
          b.upper === null ||
          b.upper > a.lower ||
          (b.upper === a.lower && b.upperInclusive && a.lowerInclusive);
        if (!possible) {
          const explained = conflicts.some(
            (c) => c.observations.includes(earlier.id) && c.observations.includes(later.id),
          );
          expect(
            explained,
            `${earlier.id} (${earlier.published}) → ${later.id} (${later.published})`,
          ).toBe(true);
        }
      }
    },
  );
});

describe("conflicts", () => {
  it("each parses, names what disagrees, and its references resolve", () => {
    expect(conflicts.length).toBeGreaterThan(0);
    for (const c of conflicts as readonly Conflict[]) {
      expect(ConflictSchema.parse(c)).toEqual(c);
      for (const id of c.observations) {
        expect(obsById.has(id), `${c.id}: ${id}`).toBe(true);
        expect(c.releases, `${c.id}: release of ${id}`).toContain(obsById.get(id)?.release);
      }
      for (const id of c.releases) expect(releaseById.has(id), `${c.id}: ${id}`).toBe(true);
    }
    expect(new Set(conflicts.map((c) => c.id)).size).toBe(conflicts.length);
  });

  it("records the launch month, the visit count printed for two dates and the partial NDXP quarters", () => {
    const byId = new Map(conflicts.map((c) => [c.id, c]));
    const launch = byId.get("onetouch-launch-month");
    expect(launch?.releases).toContain("mic-2023-q1");
    const months = (launch?.releases ?? []).map(
      (r) =>
        releaseById.get(r)?.platforms.find((p) => p.id === "onetouch")?.launched?.published ?? null,
    );
    expect(new Set(months)).toEqual(new Set(["đầu tháng 4/2022", "đầu tháng 5/2022"]));
    const visits = byId.get("onetouch-visits-same-count-two-dates")?.observations ?? [];
    expect(visits.map((id) => obsById.get(id)?.published)).toEqual([
      "18,053 triệu",
      "18,053 triệu",
    ]);
    expect(new Set(visits.map((id) => obsById.get(id)?.asOf)).size).toBe(2);
    expect(byId.get("ndxp-partial-quarters")?.observations).toEqual([
      "ndxp-transactions-quarter-2022-03-23",
      "ndxp-transactions-2023-q1",
    ]);
  });

  it("resolves nothing: every figure a conflict names is still in the data as published", () => {
    for (const c of conflicts) {
      for (const id of c.observations) expect(all.some((o) => o.id === id)).toBe(true);
    }
  });
});
