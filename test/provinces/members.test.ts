import { describe, expect, it } from "vitest";
import {
  ArgumentRangeError,
  ArgumentTypeError,
  getObservation,
  members,
  missingMembers,
  type Observation,
  type PartOfWholeObservation,
  provinces,
} from "../../src/index.js";
import { reportObservations as observations } from "../_report.js";

const all: readonly Observation[] = observations;
const allCodes = provinces.map((p) => p.code);
const partOfWhole = all.filter((o): o is PartOfWholeObservation => o.kind === "partOfWhole");

describe("members and missingMembers on the report's figures", () => {
  it("62/63 (còn tỉnh Phú Yên): every code but 54; missing: 54", () => {
    const dx = getObservation("provinces-dx-resolution");
    expect(dx.published).toBe("62/63");
    const m = members(dx);
    expect(m.stated).toBe(true);
    if (!m.stated) return;
    expect(m.codes).toHaveLength(62);
    expect(m.codes).toEqual(allCodes.filter((c) => c !== "54"));
    expect(missingMembers(dx)).toEqual({ stated: true, codes: ["54"] });
    expect(Object.isFrozen(m)).toBe(true);
    expect(Object.isFrozen(m.codes)).toBe(true);
  });

  it("63/63: all 63; none missing", () => {
    for (const id of ["provinces-egov-architecture-2", "provinces-community-tech-teams"] as const) {
      const o = getObservation(id);
      expect(o.published).toBe("63/63");
      expect(members(o)).toEqual({ stated: true, codes: allCodes });
      expect(missingMembers(o)).toEqual({ stated: true, codes: [] });
    }
  });

  it("48/63 names nobody: not stated, never a guess", () => {
    const o = getObservation("provinces-community-tech-teams-all-communes");
    expect(o.published).toBe("48/63");
    expect(members(o)).toEqual({ stated: false, reason: "not-named" });
    expect(missingMembers(o)).toEqual({ stated: false, reason: "not-named" });
  });

  it("ministries (19/22, 4/22): no list, not stated", () => {
    for (const id of ["ministries-egov-architecture-2", "ministries-dx-resolution"] as const) {
      const o = getObservation(id);
      expect(o.population).toBe("ministries");
      expect(members(o)).toEqual({ stated: false, reason: "no-list" });
      expect(missingMembers(o)).toEqual({ stated: false, reason: "no-list" });
    }
  });

  it("over every part-of-whole figure: members and missing partition the 63 where stated", () => {
    const provincial = partOfWhole.filter((o) => o.population === "provinces-2023");
    expect(provincial.length).toBeGreaterThanOrEqual(4);
    let stated = 0;
    for (const o of provincial) {
      const m = members(o);
      const x = missingMembers(o);
      expect(m.stated, o.id).toBe(x.stated);
      if (m.stated && x.stated) {
        stated++;
        expect(m.codes.length, o.id).toBe(o.part);
        expect(x.codes.length, o.id).toBe(o.whole - o.part);
        expect([...m.codes, ...x.codes].sort()).toEqual(allCodes);
      }
    }
    expect(stated).toBe(3);
  });

  it("every missing.codes of every provinces-2023 observation is a real 2023 code", () => {
    const named = partOfWhole.filter((o) => o.population === "provinces-2023" && o.missing);
    expect(named.length).toBeGreaterThanOrEqual(1);
    for (const o of named) {
      for (const code of o.missing?.codes ?? []) expect(allCodes, o.id).toContain(code);
    }
  });
});

describe("bare counts", () => {
  it("55 tỉnh/thành phố and 15 bộ, ngành: how many, not which", () => {
    const p = getObservation("provinces-published-fully-online-list");
    expect(p.published).toBe("55");
    expect(members(p)).toEqual({ stated: false, reason: "not-named" });
    expect(missingMembers(p)).toEqual({ stated: false, reason: "not-named" });
    const m = getObservation("ministries-published-fully-online-list");
    expect(members(m)).toEqual({ stated: false, reason: "no-list" });
  });

  it("a count of something else, a share, a change, a target: ERR_UNSUPPORTED", () => {
    for (const id of [
      "community-tech-teams",
      "fully-online-services-share",
      "fully-online-services-share-change",
      "fully-online-services-target-2023",
    ] as const) {
      expect(() => members(getObservation(id) as never), id).toThrow(ArgumentRangeError);
      expect(() => missingMembers(getObservation(id) as never), id).toThrow(
        /ERR_UNSUPPORTED|observation/,
      );
    }
  });
});

describe("members on made-up observations", () => {
  const dx = getObservation("provinces-dx-resolution");
  const make = (over: Record<string, unknown>): PartOfWholeObservation =>
    ({ ...dx, ...over }) as unknown as PartOfWholeObservation;

  it("0/63: none are members, all are missing", () => {
    const zero = make({ part: 0, value: 0, missing: null });
    expect(members(zero)).toEqual({ stated: true, codes: [] });
    expect(missingMembers(zero)).toEqual({ stated: true, codes: allCodes });
  });

  it("61/63 naming one: partly named, not stated", () => {
    const o = make({ part: 61, value: 61 });
    expect(members(o)).toEqual({ stated: false, reason: "partly-named" });
    expect(missingMembers(o)).toEqual({ stated: false, reason: "partly-named" });
  });

  it("rejects what it cannot read, naming the argument", () => {
    expect(() => members(null as never)).toThrow(ArgumentTypeError);
    expect(() => members("provinces-dx-resolution" as never)).toThrow(ArgumentTypeError);
    expect(() => members(getObservation("ndxp-transactions-2023-q1") as never)).toThrow(
      ArgumentRangeError,
    );
    expect(() => members(make({ whole: 64 }))).toThrow(/observation\.whole/);
    expect(() => members(make({ part: 62.5 }))).toThrow(/observation\.part/);
    expect(() => members(make({ part: -1 }))).toThrow(/observation\.part/);
    expect(() => members(make({ part: 64 }))).toThrow(/observation\.part/);
    expect(() => members(make({ missing: { codes: ["99"], published: "x" } }))).toThrow(
      /observation\.missing\.codes/,
    );
    expect(() => members(make({ missing: { codes: ["54", "54"], published: "x" } }))).toThrow(
      ArgumentRangeError,
    );
    expect(() => members(make({ part: 63, value: 63 }))).toThrow(/observation\.missing\.codes/);
    expect(() => members(make({ missing: "54" }))).toThrow(ArgumentTypeError);
    expect(() => members(make({ population: "communes" }))).toThrow(/observation\.population/);
    try {
      members(make({ kind: "value" }));
    } catch (e) {
      expect((e as ArgumentRangeError).code).toBe("ERR_UNSUPPORTED");
    }
  });
});
