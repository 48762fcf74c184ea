import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  mic2023Q1,
  type Observation,
  observations,
  parsePublished,
  releases,
  tasks,
} from "../../src/index.js";
import { reportObservations as report } from "../_report.js";
import { readSource } from "../_source.js";

const all: readonly Observation[] = observations;
const quoted = new Set(releases.filter((r) => r.source.quotes).map((r) => r.id));

/** The words a qualifier may be printed with, by comparator. */
const WORDS: Record<Observation["comparator"], readonly string[]> = {
  eq: [""],
  approx: ["khoảng "],
  gt: ["hơn ", "trên "],
  gte: ["tối thiểu "],
  nearly: ["gần "],
};

describe("published forms", () => {
  it.each(all.map((o) => [o.id, o] as const))(
    "%s: parsing the printed form gives back its value, comparator, decimals and scale",
    (_, o) => {
      const parsed = parsePublished(o.published);
      expect(parsed.value).toBe(o.value);
      expect(parsed.comparator).toBe(o.comparator);
      expect(parsed.decimals).toBe(o.decimals);
      expect(parsed.scale).toBe(o.scale);
      expect(parsed.percent).toBe(o.unit === "percent");
      if (o.kind === "partOfWhole") {
        expect(parsed.whole).toBe(o.whole);
        expect(o.part).toBe(o.value);
      } else {
        expect(parsed.whole).toBeNull();
      }
      // the printed qualifier is one of the comparator's words
      expect(WORDS[o.comparator].some((w) => o.published.startsWith(w))).toBe(true);
    },
  );

  it("every name, quote and term is in Unicode NFC", () => {
    for (const o of all) {
      for (const text of [o.name.vi, o.quote ?? "", o.term, o.published]) {
        expect(text.normalize("NFC")).toBe(text);
      }
    }
  });
});

describe("the report's figures: verbatim clauses from data/sources", () => {
  it.each(report.map((o) => [o.id, o] as const))(
    "%s: its quote contains its printed form",
    (_, o) => {
      expect(o.quote).toContain(o.published);
    },
  );

  it("every quote stands verbatim in the source text (each piece of an elided quote, in order)", () => {
    const source = readSource("mic-2023-q1-briefing.vi.txt");
    for (const quote of reportQuotes()) {
      let from = 0;
      for (const piece of quote.split(" … ")) {
        const at = source.indexOf(piece, from);
        expect(at, `quote piece not in source: ${piece}`).toBeGreaterThanOrEqual(0);
        from = at + piece.length;
      }
    }
  });

  it("every term of a report figure stands in the report's text", () => {
    const source = readSource("mic-2023-q1-briefing.vi.txt");
    for (const o of report) expect(source, o.id).toContain(o.term);
  });

  it("the report's 23 observations are byte for byte what 0.1.0 shipped, but for the fields added since and the three NDXP indicators split", () => {
    const shipped = JSON.parse(
      readFileSync(
        join(import.meta.dirname, "..", "fixtures", "0.1.0", "observations.json"),
        "utf8",
      ),
    ) as Record<string, unknown>[];
    expect(report).toHaveLength(23);
    expect(report.map((o) => o.id)).toEqual(shipped.map((o) => o.id));
    // fields added by the series (issue 10): as-of date and how it was read, term; by the
    // vintages (0.3.0): status (which replaced 0.2.0's estimate flag), area, sameFigureAs
    const ADDED = ["asOf", "asOfBasis", "status", "area", "sameFigureAs", "term"];
    // the one change to a 0.1.0 field: NDXP's single indicator is four (a quarter's, a
    // year's, since launch); CHANGELOG 0.2.0, Breaking
    const SPLIT: Record<string, string> = {
      "ndxp-transactions-2023-q1": "ndxp-transactions-quarter",
      "ndxp-transactions-target-2023": "ndxp-transactions-year",
      "ndxp-transactions-cumulative": "ndxp-transactions-since-launch",
    };
    for (const [i, o] of report.entries()) {
      const before = shipped[i] as Record<string, unknown>;
      const now = Object.fromEntries(
        Object.entries(o).filter(([key]) => !ADDED.includes(key)),
      ) as Record<string, unknown>;
      if (o.id in SPLIT) {
        expect(before.indicator).toBe("ndxp-transactions");
        expect(now.indicator).toBe(SPLIT[o.id]);
        now.indicator = before.indicator;
      }
      expect(JSON.stringify(now, null, 2), o.id).toBe(JSON.stringify(before, null, 2));
      for (const key of ADDED) expect(Object.keys(o), o.id).toContain(key);
      // the report's figures are about the nation, each its own figure
      expect([o.area, o.sameFigureAs], o.id).toEqual([null, null]);
    }
  });
});

describe("third-party pages: facts, never sentences", () => {
  it("a figure of a page the package does not quote carries no quote", () => {
    for (const o of all) {
      expect(o.quote === null, o.id).toBe(!quoted.has(o.release));
    }
  });

  it("a page release has its address and printer, no incipit, and was seen in part", () => {
    for (const r of releases) {
      if (r.source.quotes) continue;
      expect(r.source.url, r.id).toMatch(/^https?:\/\//);
      expect(r.source.printedBy, r.id).not.toBeNull();
      expect(r.source.incipit, r.id).toBeNull();
      expect(r.source.seen, r.id).toBe("opening");
      expect(r.platforms.every((p) => p.quote === null && p.launched?.quote == null)).toBe(true);
    }
  });

  it("texts of the package's own (titles, notes, descriptions) stay short: no copied paragraphs", () => {
    for (const r of releases) {
      if (r.source.quotes) continue;
      for (const text of [r.title.vi, r.source.description.vi]) {
        expect(text.split(/\s+/).length, `${r.id}: ${text}`).toBeLessThan(30);
      }
    }
    for (const o of all) {
      if (quoted.has(o.release)) continue;
      expect(o.term.split(/\s+/).length, o.id).toBeLessThanOrEqual(14);
      if (o.note) expect(o.note.vi.split(/\s+/).length, o.id).toBeLessThan(40);
    }
  });
});

function reportQuotes(): string[] {
  return [
    ...report.map((o) => o.quote ?? ""),
    ...tasks.map((t) => t.quote),
    ...mic2023Q1.platforms.flatMap((p) => [
      p.quote ?? "",
      ...(p.launched?.quote ? [p.launched.quote] : []),
    ]),
    mic2023Q1.source.incipit ?? "",
  ];
}
