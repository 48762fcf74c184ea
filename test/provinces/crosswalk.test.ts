import { describe, expect, it } from "vitest";
import {
  ArgumentTypeError,
  getProvince,
  predecessorsOf,
  provinceCrosswalk2025,
  provinces,
  provinces2025,
  successorOf,
  UnknownIdError,
} from "../../src/index.js";
import { readSource } from "../_source.js";

describe("successorOf", () => {
  it("Phú Yên → Đắk Lắk, by code or by name", () => {
    expect(successorOf("54")).toEqual({
      code: "66",
      name: "Đắk Lắk",
      kind: "province",
      inForceFrom: "2025-07-01",
    });
    expect(successorOf("Phú Yên").code).toBe("66");
    expect(successorOf("tinh phu yen").code).toBe("66");
  });

  it("codes change meaning: Yên Bái (15) and Lào Cai (10) → Lào Cai (15 in 2025)", () => {
    expect(successorOf("15")).toMatchObject({ code: "15", name: "Lào Cai" });
    expect(successorOf("10")).toMatchObject({ code: "15", name: "Lào Cai" });
    expect(successorOf("46")).toMatchObject({ code: "46", name: "Huế", kind: "city" });
    expect(successorOf("Bình Dương")).toMatchObject({ code: "79", name: "Hồ Chí Minh" });
  });

  it("every 2023 unit has exactly one successor, a 2025 unit, 34 in all", () => {
    const seen = new Set<string>();
    for (const p of provinces) {
      const s = successorOf(p.code);
      expect(provinces2025).toContain(s);
      expect(provinceCrosswalk2025.filter((e) => e.from === p.code)).toHaveLength(1);
      seen.add(s.code);
    }
    expect(seen.size).toBe(34);
  });

  it("the 34 successor codes are those of 915_CTK-CSCL.csv", () => {
    const text = readSource("provinces/915_CTK-CSCL.csv");
    const codes = text
      .trim()
      .split(/\r?\n/)
      .slice(1)
      .map((r) => r.split(",")[1]);
    expect(codes).toHaveLength(34);
    expect([...new Set(provinces.map((p) => successorOf(p.code).code))].sort()).toEqual(
      [...codes].sort(),
    );
  });

  it("throws UnknownIdError or ArgumentTypeError naming the argument", () => {
    expect(() => successorOf("Đắk Lắk mới")).toThrow(UnknownIdError);
    expect(() => successorOf("99")).toThrow(/codeOrName2023/);
    expect(() => successorOf(54 as never)).toThrow(ArgumentTypeError);
  });
});

describe("predecessorsOf", () => {
  it("Đắk Lắk (66) ← Phú Yên and Đắk Lắk; Cần Thơ ← 3; Cao Bằng ← itself", () => {
    expect(predecessorsOf("66").map((p) => p.name)).toEqual(["Phú Yên", "Đắk Lắk"]);
    expect(predecessorsOf("Cần Thơ").map((p) => p.code)).toEqual(["92", "93", "94"]);
    expect(predecessorsOf("Thành phố Hồ Chí Minh").map((p) => p.code)).toEqual(["74", "77", "79"]);
    expect(predecessorsOf("04")).toEqual([getProvince("04")]);
    expect(predecessorsOf("15").map((p) => p.name)).toEqual(["Lào Cai", "Yên Bái"]);
  });

  it("is the inverse of successorOf: the predecessors partition the 63", () => {
    const all: string[] = [];
    for (const u of provinces2025) {
      const pre = predecessorsOf(u.code);
      expect(pre.length, u.name).toBeGreaterThanOrEqual(1);
      expect(Object.isFrozen(pre)).toBe(true);
      for (const p of pre) {
        expect(successorOf(p.code)).toBe(u);
        all.push(p.code);
      }
    }
    expect(all.sort()).toEqual(provinces.map((p) => p.code));
  });

  it("takes 2025 codes and names only", () => {
    expect(() => predecessorsOf("54")).toThrow(UnknownIdError);
    expect(() => predecessorsOf("Phú Yên")).toThrow(UnknownIdError);
    expect(() => predecessorsOf(null as never)).toThrow(ArgumentTypeError);
  });
});
