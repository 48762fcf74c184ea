import { describe, expect, it } from "vitest";
import {
  latestRelease,
  type Observation,
  observations,
  parsePublished,
  tasks,
} from "../../src/index.js";
import { readSource } from "../_source.js";

const all: readonly Observation[] = observations;

describe("published forms and quotes", () => {
  it.each(all.map((o) => [o.id, o] as const))("%s: its quote contains its printed form", (_, o) => {
    expect(o.quote).toContain(o.published);
  });

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
    },
  );

  it("every quote stands verbatim in the source text (each piece of an elided quote, in order)", () => {
    const source = readSource("mic-2023-q1-briefing.vi.txt");
    for (const quote of allQuotes()) {
      let from = 0;
      for (const piece of quote.split(" … ")) {
        const at = source.indexOf(piece, from);
        expect(at, `quote piece not in source: ${piece}`).toBeGreaterThanOrEqual(0);
        from = at + piece.length;
      }
    }
  });

  it("every quote and name is in Unicode NFC", () => {
    for (const o of all) {
      expect(o.quote.normalize("NFC")).toBe(o.quote);
      expect(o.name.vi.normalize("NFC")).toBe(o.name.vi);
    }
  });
});

function allQuotes(): string[] {
  return [
    ...all.map((o) => o.quote),
    ...tasks.map((t) => t.quote),
    ...latestRelease.platforms.flatMap((p) => [p.quote, ...(p.launched ? [p.launched.quote] : [])]),
    latestRelease.source.incipit,
  ];
}
