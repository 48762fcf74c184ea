import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { _closest, _editDistance } from "../../src/_lib/_closest.js";
import {
  getIndicator,
  getObservation,
  getProvince,
  getProvince2025,
  getRelease,
  getTask,
  indicators,
  observations,
  predecessorsOf,
  provinces,
  successorOf,
  UnknownIdError,
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

/** _closest without its bound: the reference it must agree with. */
function unbounded(input: string, candidates: readonly string[]): string[] {
  const needle = input.toLowerCase();
  return candidates
    .map((candidate) => {
      const c = candidate.toLowerCase();
      const contains = needle.length > 0 && (c.includes(needle) || needle.includes(c));
      return { candidate, score: _editDistance(needle, c) - (contains ? c.length : 0) };
    })
    .filter(({ candidate, score }) => score <= Math.max(3, Math.floor(candidate.length / 2)))
    .sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate))
    .slice(0, 5)
    .map(({ candidate }) => candidate);
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
    // one character past the longest id: no search; a near miss within it still gets one
    expect(
      unknown(() => getObservation(`${"q".repeat(longest + 1)}` as never)).suggestions,
    ).toEqual([]);
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
