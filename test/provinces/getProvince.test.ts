import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ArgumentTypeError,
  getProvince,
  getProvince2025,
  provinces,
  provinces2025,
  UnknownIdError,
} from "../../src/index.js";

const nfd = (s: string): string => s.normalize("NFD");
const upper = (s: string): string => s.toUpperCase();

describe("getProvince", () => {
  it("finds each of the 63 by code, and by name in NFC, NFD, ASCII, upper and lower case", () => {
    expect(provinces).toHaveLength(63);
    let checked = 0;
    for (const p of provinces) {
      const forms = [
        p.code,
        p.name,
        nfd(p.name),
        upper(p.name),
        nfd(upper(p.name)),
        p.name.toLowerCase(),
        p.nameAscii,
        upper(p.nameAscii),
        p.nameAscii.toLowerCase(),
        ` ${p.name} `,
      ];
      for (const form of forms) {
        expect(getProvince(form), JSON.stringify(form)).toBe(p);
        checked++;
      }
    }
    expect(checked).toBe(630);
    // the NFD forms are not the NFC ones (else the NFD check would prove nothing)
    expect(provinces.filter((p) => nfd(p.name) !== p.name).length).toBeGreaterThan(55);
  });

  it("accepts the prefixes Tỉnh, Thành phố, TP., TP and the suffixes Province, City", () => {
    for (const p of provinces) {
      const prefix = p.kind === "city" ? "Thành phố" : "Tỉnh";
      expect(getProvince(`${prefix} ${p.name}`)).toBe(p);
      expect(getProvince(nfd(`${prefix} ${p.name}`))).toBe(p);
      expect(getProvince(upper(`${prefix} ${p.nameAscii}`))).toBe(p);
      expect(getProvince(`${p.nameAscii} ${p.kind === "city" ? "City" : "Province"}`)).toBe(p);
    }
    for (const form of [
      "TP. Hồ Chí Minh",
      "TP Hồ Chí Minh",
      "Tp.Hồ Chí Minh",
      "TP. HỒ CHÍ MINH",
      "Thành phố Hồ Chí Minh",
      "Ho Chi Minh City",
      "tp ho chi minh",
    ]) {
      expect(getProvince(form).code, form).toBe("79");
    }
    expect(getProvince("Thành phố Hà Nội").code).toBe("01");
    expect(getProvince("Tỉnh Phú Yên").code).toBe("54");
  });

  it("the issue's examples", () => {
    expect(getProvince("54")).toEqual({
      code: "54",
      name: "Phú Yên",
      nameAscii: "Phu Yen",
      kind: "province",
    });
    for (const form of ["Phú Yên", "phu yen", "PHU YEN", "Tỉnh Phú Yên"]) {
      expect(getProvince(form).code).toBe("54");
    }
  });

  it("either tone placement: Hoà/Hòa, Hoá/Hóa", () => {
    expect(getProvince("Hoà Bình").code).toBe("17"); // GSO spelling
    expect(getProvince("Hòa Bình").code).toBe("17");
    expect(getProvince("Khánh Hòa").code).toBe("56"); // GSO spelling
    expect(getProvince("Khánh Hoà").code).toBe("56");
    expect(getProvince("Thanh Hóa").code).toBe("38");
    expect(getProvince("Thanh Hoá").code).toBe("38");
    expect(getProvince(nfd("Tỉnh Thanh Hoá")).code).toBe("38");
  });

  it("folds đ/Đ to d for names written without diacritics, and ignores spaces and punctuation", () => {
    expect(getProvince("Da Nang").code).toBe("48");
    expect(getProvince("DAK LAK").code).toBe("66");
    expect(getProvince("dak nong").code).toBe("67");
    expect(getProvince("Dien Bien").code).toBe("11");
    expect(getProvince("Hanoi").code).toBe("01");
    expect(getProvince("Bà Rịa–Vũng Tàu").code).toBe("77");
    expect(getProvince("Ba Ria Vung Tau").code).toBe("77");
  });

  it("a name written with diacritics must have the right ones", () => {
    expect(() => getProvince("Hà Nổi")).toThrow(UnknownIdError);
    expect(() => getProvince("Đà Nang")).toThrow(UnknownIdError);
  });

  it("an unknown name throws UnknownIdError naming the input and the closest names", () => {
    const error = (() => {
      try {
        getProvince("Phu Yenn");
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(UnknownIdError);
    expect(error).toBeInstanceOf(RangeError);
    const e = error as UnknownIdError;
    expect(e.code).toBe("ERR_UNKNOWN_ID");
    expect(e.argument).toBe("codeOrName");
    expect(e.received).toBe("Phu Yenn");
    expect(e.suggestions[0]).toBe("Phú Yên");
    expect(e.message).toContain('"Phu Yenn"');
    expect(e.message).toContain('"Phú Yên"');
    expect(e.message).toContain("codeOrName");
  });

  it("suggests the 2023 name for a 2025-only name, and codes for an unknown code", () => {
    expect(() => getProvince("Huế")).toThrow(/Thừa Thiên Huế/);
    try {
      getProvince("53");
    } catch (e) {
      expect((e as UnknownIdError).suggestions).toContain("54");
    }
    expect(() => getProvince("53")).toThrow(UnknownIdError);
    expect(() => getProvince("1")).toThrow(UnknownIdError);
    expect(() => getProvince("")).toThrow(UnknownIdError);
  });

  it("rejects a non-string with ArgumentTypeError", () => {
    for (const bad of [54, null, undefined, {}, ["54"], Number.NaN]) {
      expect(() => getProvince(bad as never)).toThrow(ArgumentTypeError);
    }
    try {
      getProvince(54 as never);
    } catch (e) {
      expect((e as ArgumentTypeError).code).toBe("ERR_INVALID_TYPE");
      expect((e as ArgumentTypeError).message).toContain("codeOrName");
      expect((e as ArgumentTypeError).message).toContain("54");
    }
  });

  it("fast-check: random strings match a province or throw UnknownIdError, never anything else", () => {
    const names = provinces.flatMap((p) => [p.name, p.nameAscii, p.code]);
    let matched = 0;
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: "grapheme" }),
          fc.string({ unit: "binary" }),
          fc.string({ unit: "binary-ascii" }),
          fc
            .tuple(fc.constantFrom(...names), fc.string(), fc.constantFrom("", "Tỉnh ", "TP. "))
            .map(([n, noise, prefix]) => `${prefix}${n}${noise}`),
          fc
            .tuple(fc.constantFrom(...names), fc.nat())
            .map(([n, i]) => n.slice(0, i % (n.length + 1))),
        ),
        (input) => {
          try {
            const p = getProvince(input);
            expect(provinces).toContain(p);
            matched++;
          } catch (e) {
            expect(e).toBeInstanceOf(UnknownIdError);
            expect((e as UnknownIdError).code).toBe("ERR_UNKNOWN_ID");
            expect((e as UnknownIdError).received).toBe(input);
            for (const s of (e as UnknownIdError).suggestions) {
              expect(names).toContain(s);
            }
          }
        },
      ),
      { numRuns: 2000 },
    );
    expect(matched).toBeGreaterThan(0);
  });

  it("fast-check: any value that is not a string throws ArgumentTypeError", () => {
    fc.assert(
      fc.property(
        fc.anything().filter((v) => typeof v !== "string"),
        (value) => {
          expect(() => getProvince(value as never)).toThrow(ArgumentTypeError);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe("getProvince2025", () => {
  it("finds each of the 34 by code and by name in NFC, NFD, ASCII and upper case", () => {
    expect(provinces2025).toHaveLength(34);
    for (const p of provinces2025) {
      const ascii = p.name.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d");
      for (const form of [p.code, p.name, nfd(p.name), upper(p.name), ascii, upper(ascii)]) {
        expect(getProvince2025(form), form).toBe(p);
      }
    }
  });

  it("uses 2025 codes and names", () => {
    expect(getProvince2025("15").name).toBe("Lào Cai");
    expect(getProvince2025("Thành phố Huế")).toEqual({
      code: "46",
      name: "Huế",
      kind: "city",
      inForceFrom: "2025-07-01",
    });
    expect(() => getProvince2025("Phú Yên")).toThrow(UnknownIdError);
    expect(() => getProvince2025("54")).toThrow(UnknownIdError);
    expect(() => getProvince2025(1 as never)).toThrow(ArgumentTypeError);
  });
});
