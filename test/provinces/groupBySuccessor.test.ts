import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ArgumentRangeError,
  ArgumentTypeError,
  getObservation,
  groupBySuccessor,
  members,
  provinces,
  provinces2025,
  successorOf,
  UnknownIdError,
} from "../../src/index.js";

const allCodes = provinces.map((p) => p.code);

describe("groupBySuccessor", () => {
  it("62/63 (còn tỉnh Phú Yên) on the 2025 units: Đắk Lắk 1 of 2, every other unit all of its predecessors", () => {
    const dx = groupBySuccessor(members(getObservation("provinces-dx-resolution")));
    expect(dx).toHaveLength(34);
    expect(dx.map((u) => u.successor)).toEqual(provinces2025);
    const dakLak = dx.find((u) => u.successor.code === "66");
    expect(dakLak).toEqual({
      successor: provinces2025.find((u) => u.code === "66"),
      predecessors: ["54", "66"],
      inSet: ["66"],
      notInSet: ["54"],
      inSetCount: 1,
      predecessorCount: 2,
    });
    const partial = dx.filter((u) => u.inSetCount < u.predecessorCount);
    expect(partial.map((u) => u.successor.name)).toEqual(["Đắk Lắk"]);
    expect(dx.reduce((n, u) => n + u.inSetCount, 0)).toBe(62);
    expect(dx.reduce((n, u) => n + u.predecessorCount, 0)).toBe(63);
  });

  it("accepts plain code arrays (duplicates once) and returns frozen entries", () => {
    const g = groupBySuccessor(["54", "54", "93"]);
    const canTho = g.find((u) => u.successor.name === "Cần Thơ");
    expect(canTho?.inSet).toEqual(["93"]);
    expect(canTho?.notInSet).toEqual(["92", "94"]);
    expect(`${canTho?.inSetCount} of ${canTho?.predecessorCount}`).toBe("1 of 3");
    expect(g.reduce((n, u) => n + u.inSetCount, 0)).toBe(2);
    expect(Object.isFrozen(g)).toBe(true);
    expect(Object.isFrozen(g[0])).toBe(true);
    expect(Object.isFrozen(g[0]?.inSet)).toBe(true);
    expect(groupBySuccessor([]).every((u) => u.inSetCount === 0)).toBe(true);
  });

  it("has no field that says a 2025 unit itself had anything", () => {
    const [first] = groupBySuccessor(allCodes);
    expect(Object.keys(first ?? {}).sort()).toEqual([
      "inSet",
      "inSetCount",
      "notInSet",
      "predecessorCount",
      "predecessors",
      "successor",
    ]);
  });

  it("fast-check: for any subset, each 2023 code is counted once, under its successor", () => {
    fc.assert(
      fc.property(fc.subarray(allCodes), (subset) => {
        const g = groupBySuccessor(subset);
        expect(g.reduce((n, u) => n + u.inSetCount, 0)).toBe(subset.length);
        for (const code of subset) {
          const entry = g.find((u) => u.successor.code === successorOf(code).code);
          expect(entry?.inSet).toContain(code);
        }
        for (const u of g) {
          expect(u.inSetCount + u.notInSet.length).toBe(u.predecessorCount);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("rejects what is not a set of 2023 codes", () => {
    expect(() =>
      groupBySuccessor(members(getObservation("provinces-community-tech-teams-all-communes"))),
    ).toThrow(ArgumentRangeError);
    expect(() => groupBySuccessor(["99"])).toThrow(UnknownIdError);
    expect(() => groupBySuccessor(["99"])).toThrow(/set\[0\]/);
    expect(() => groupBySuccessor([54] as never)).toThrow(ArgumentTypeError);
    expect(() => groupBySuccessor("54" as never)).toThrow(ArgumentTypeError);
    expect(() => groupBySuccessor(null as never)).toThrow(ArgumentTypeError);
    expect(() => groupBySuccessor({ stated: true } as never)).toThrow(ArgumentTypeError);
  });
});
