import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { _closest, _editDistance } from "../../src/_lib/_closest.js";
import {
  conflicts,
  getIndicator,
  getObservation,
  getProvince,
  getProvince2025,
  getRelease,
  getTask,
  indicators,
  latest,
  observations,
  predecessorsOf,
  provinces,
  releases,
  series,
  successorOf,
  UnknownIdError,
  vintages,
} from "../../src/index.js";
import { RUNS } from "../metrics/_assert.js";

/*
 * Issue 12: `getObservation` with a 1 MB string took 1.5 s computing close
 * matches. Lookup input is bounded; the speed itself is measured by
 * `npm run bench` (lookups), not here.
 */

function unknown(fn: () => unknown): UnknownIdError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(UnknownIdError);
    return e as UnknownIdError;
  }
  throw new Error("expected UnknownIdError");
}

/**
 * The optimal-string-alignment distance (Damerau–Levenshtein restricted: a
 * transposed pair is not edited again), written independently of the
 * package's: the textbook recurrence over prefixes, by recursion with a memo.
 */
function damerauLevenshtein(a: string, b: string): number {
  const memo = new Map<string, number>();
  const d = (i: number, j: number): number => {
    if (i === 0) return j;
    if (j === 0) return i;
    const key = `${i},${j}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let best = Math.min(
      d(i - 1, j) + 1,
      d(i, j - 1) + 1,
      d(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1),
    );
    if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
      best = Math.min(best, d(i - 2, j - 2) + 1);
    }
    memo.set(key, best);
    return best;
  };
  return d(a.length, b.length);
}

/**
 * _closest's rule without its bound, written out: the reference it must agree
 * with. Every candidate within one or two edits (and fewer edits than half
 * its length) first, by edits; then the others by the score of 0.2.0 (edits
 * minus the length of a candidate containing or contained in the input),
 * kept up to max(3, half the candidate's length); five in all.
 */
function unbounded(input: string, candidates: readonly string[]): string[] {
  const needle = input.toLowerCase();
  const byName = (a: { candidate: string }, b: { candidate: string }) =>
    a.candidate.localeCompare(b.candidate);
  const all = candidates.map((candidate) => {
    const c = candidate.toLowerCase();
    const edits = damerauLevenshtein(needle, c);
    const contains = needle.length > 0 && (c.includes(needle) || needle.includes(c));
    return { candidate, edits, score: edits - (contains ? c.length : 0) };
  });
  const isNear = (x: { candidate: string; edits: number }) =>
    x.edits <= 2 && x.edits * 2 < x.candidate.length;
  const near = all.filter(isNear).sort((a, b) => a.edits - b.edits || byName(a, b));
  const rest = all
    .filter((x) => !isNear(x))
    .filter(({ candidate, score }) => score <= Math.max(3, Math.floor(candidate.length / 2)))
    .sort((a, b) => a.score - b.score || byName(a, b));
  return [...near, ...rest].slice(0, 5).map(({ candidate }) => candidate);
}

/** An id with `count` random edits (insertion, deletion, substitution, adjacent transposition). */
function edited(ids: readonly string[], count: 1 | 2): fc.Arbitrary<[string, string]> {
  const edit = fc.tuple(
    fc.nat(3),
    fc.nat(),
    fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz-0123456789"),
  );
  return fc
    .tuple(fc.constantFrom(...ids), fc.array(edit, { minLength: count, maxLength: count }))
    .map(([id, edits]) => {
      let s = id;
      for (const [op, at, c] of edits) {
        const i = at % (s.length + 1);
        if (op === 0) s = s.slice(0, i) + c + s.slice(i);
        else if (op === 1 && i < s.length) s = s.slice(0, i) + s.slice(i + 1);
        else if (op === 2 && i < s.length) s = s.slice(0, i) + c + s.slice(i + 1);
        else if (i + 1 < s.length) s = s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
      }
      return [id, s];
    });
}

describe("lookup input is bounded (issue 12)", () => {
  const huge = "x".repeat(1_000_000);

  it("an id longer than every known id is UnknownIdError with no suggestions, for every getter", () => {
    for (const get of [getObservation, getIndicator, getRelease, getTask] as ((
      id: string,
    ) => unknown)[]) {
      const error = unknown(() => get(huge));
      expect(error.code).toBe("ERR_UNKNOWN_ID");
      expect(error.suggestions).toEqual([]);
      expect(error.message.length).toBeLessThan(300);
    }
    const longest = Math.max(...observations.map((o) => o.id.length));
    // three characters past the longest id: no search (nothing is within two edits);
    // a near miss up to two characters longer still gets one
    expect(
      unknown(() => getObservation(`${"q".repeat(longest + 3)}` as never)).suggestions,
    ).toEqual([]);
    const longestId = observations.find((o) => o.id.length === longest)?.id ?? "";
    expect(unknown(() => getObservation(`${longestId}-x` as never)).suggestions[0]).toBe(longestId);
    expect(
      unknown(() => getObservation("fully-online-service-share" as never)).suggestions[0],
    ).toBe("fully-online-services-share");
    expect(indicators.length).toBeGreaterThan(0);
  });

  it("a code or name longer than 200 characters is UnknownIdError with no suggestions", () => {
    for (const get of [getProvince, getProvince2025, successorOf, predecessorsOf]) {
      for (const input of [huge, "9".repeat(1_000_000), ` ${"Phú Yên".padEnd(201, " ")}`]) {
        const error = unknown(() => get(input));
        expect(error.suggestions).toEqual([]);
      }
    }
    // 200 and fewer: read as before (spaces ignored)
    expect(getProvince(`${"Phú Yên".padEnd(199, " ")}`).code).toBe("54");
  });

  it("property: the bound on close matches never changes them (it only skips inputs too long to match)", () => {
    const ids = observations.map((o) => o.id);
    const names = provinces.map((p) => p.nameAscii.toLowerCase().replace(/[^a-z]/g, ""));
    const text = fc.oneof(
      fc.string({ maxLength: 160 }),
      fc
        .constantFrom(...ids)
        .chain((id) =>
          fc
            .tuple(fc.string({ maxLength: 90 }), fc.string({ maxLength: 90 }))
            .map(([a, b]) => a + id + b),
        ),
    );
    fc.assert(
      fc.property(text, fc.constantFrom(ids, names), (input, candidates) => {
        expect(_closest(input, candidates)).toEqual(unbounded(input, candidates));
      }),
      RUNS,
    );
  });
});

describe("suggestions find the near miss (issue 20): every id within one or two edits first", () => {
  it("figures: community-tech-team suggests community-tech-teams first, though many ids contain it", () => {
    const s = unknown(() => getObservation("community-tech-team" as never)).suggestions;
    expect(s[0]).toBe("community-tech-teams");
    // the ids that contain the input still follow
    expect(s.slice(1).every((id) => id.includes("community-tech-team"))).toBe(true);
    // two edits: a transposition and a deletion
    expect(
      unknown(() => getObservation("fully-onlnie-services-shar" as never)).suggestions[0],
    ).toBe("fully-online-services-share");
    // case ignored
    expect(unknown(() => getObservation("Community-Tech-Team" as never)).suggestions[0]).toBe(
      "community-tech-teams",
    );
  });

  it("indicators: getIndicator, series, latest and vintages suggest the indicator one or two edits away", () => {
    expect(unknown(() => getIndicator("ndxp-transactions-quartre" as never)).suggestions[0]).toBe(
      "ndxp-transactions-quarter",
    );
    for (const lookup of [series, latest, vintages] as ((id: string) => unknown)[]) {
      const s = unknown(() => lookup("ndxp-transaction-quartr")).suggestions;
      expect(s[0]).toBe("ndxp-transactions-quarter");
      expect(unknown(() => lookup("community-tech-team")).suggestions[0]).toBe(
        "community-tech-teams",
      );
    }
  });

  it("releases and tasks: a transposition, a missing letter", () => {
    expect(unknown(() => getRelease("vov-2042-09" as never)).suggestions[0]).toBe("vov-2024-09");
    expect(unknown(() => getRelease("mic-2023-1q" as never)).suggestions[0]).toBe("mic-2023-q1");
    expect(unknown(() => getTask("ai-dataset-catalog" as never)).suggestions[0]).toBe(
      "ai-dataset-catalogue",
    );
  });

  it("conflicts: the rule over the conflict ids (the command line's show uses it)", () => {
    const ids = conflicts.map((c) => c.id);
    expect(_closest("ndxp-partial-quarter", ids)[0]).toBe("ndxp-partial-quarters");
    expect(_closest("onetouch-launch-mnoth", ids)[0]).toBe("onetouch-launch-month");
  });

  it("a two-character code is no near miss of every other (the threshold of 0.2.0 stands)", () => {
    const codes = provinces.map((p) => p.code);
    expect(_closest("99", codes)).toEqual(unbounded("99", codes));
    expect(_closest("99", codes).length).toBeLessThanOrEqual(5);
  });

  it("property: an id with one or two random edits is suggested, whenever at most five ids are that near", () => {
    const lists = [
      observations.map((o) => o.id),
      indicators.map((i) => i.id),
      releases.map((r) => r.id),
      conflicts.map((c) => c.id),
    ];
    fc.assert(
      fc.property(
        fc
          .constantFrom(...lists)
          .chain((ids) =>
            fc
              .tuple(fc.constant(ids), fc.constantFrom(1 as const, 2 as const))
              .chain(([ids, n]) => edited(ids, n).map(([id, input]) => ({ ids, id, input }))),
          ),
        ({ ids, id, input }) => {
          const near = ids.filter((c) => {
            const d = damerauLevenshtein(input.toLowerCase(), c.toLowerCase());
            return d <= 2 && d * 2 < c.length;
          });
          fc.pre(near.length <= 5 && id.length > 4);
          const suggestions = _closest(input, ids);
          expect(suggestions).toContain(id);
          // the near misses come first
          expect(new Set(suggestions.slice(0, near.length))).toEqual(new Set(near));
        },
      ),
      RUNS,
    );
  });

  it("property: the package's distance is the reference optimal-string-alignment distance", () => {
    const text = fc.string({ unit: fc.constantFrom(..."abcd-"), maxLength: 12 });
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(_editDistance(a, b)).toBe(damerauLevenshtein(a, b));
      }),
      RUNS,
    );
    expect(_editDistance("ca", "abc")).toBe(3); // restricted (the unrestricted distance is 2)
    expect(_editDistance("teams", "taems")).toBe(1); // a swap is one edit
  });
});
