import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readProvinceData } from "../../scripts/generators/provinces.js";
import {
  provinceCrosswalk2025,
  provinceCrosswalk2025Sources,
  provinceSources,
  provinces,
  provinces2025,
  provinces2025Sources,
} from "../../src/index.js";
import { _nameKey } from "../../src/provinces/_nameKey.js";
import {
  DataSourceSchema,
  Province2025Schema,
  ProvinceCrosswalkEntrySchema,
  ProvinceSchema,
} from "../../src/schema.js";
import { readSource } from "../_source.js";

const CITIES_2023 = ["01", "31", "48", "79", "92"];
const root = join(import.meta.dirname, "..", "..");

/** Rows of a reference CSV (no quoted fields in these files), header dropped. */
function csv(path: string): string[][] {
  const text = readSource(path);
  const [, ...rows] = text.trim().split(/\r?\n/);
  return rows.map((r) => r.split(","));
}

describe("the data in data/provinces, on its own", () => {
  it("63 units of 2023 with unique two-digit codes, in code order, 5 of them cities", () => {
    const raw = JSON.parse(
      readFileSync(join(root, "data/provinces/provinces-2023.json"), "utf8"),
    ) as { provinces: { code: string }[] };
    expect(raw.provinces).toHaveLength(63);
    expect(provinces).toHaveLength(63);
    const codes = provinces.map((p) => p.code);
    expect(new Set(codes).size).toBe(63);
    expect(codes).toEqual([...codes].sort());
    for (const c of codes) expect(c).toMatch(/^\d{2}$/);
    expect(provinces.filter((p) => p.kind === "city").map((p) => p.code)).toEqual(CITIES_2023);
    expect(provinces.filter((p) => p.kind === "province")).toHaveLength(58);
    expect(new Set(provinces.map((p) => p.name)).size).toBe(63);
  });

  it("34 units of 2025 with unique codes, 28 provinces and 6 cities, in force from 2025-07-01", () => {
    expect(provinces2025).toHaveLength(34);
    expect(new Set(provinces2025.map((p) => p.code)).size).toBe(34);
    expect(provinces2025.filter((p) => p.kind === "city").map((p) => p.name)).toEqual([
      "Hà Nội",
      "Hải Phòng",
      "Huế",
      "Đà Nẵng",
      "Hồ Chí Minh",
      "Cần Thơ",
    ]);
    expect(provinces2025.filter((p) => p.kind === "province")).toHaveLength(28);
    for (const p of provinces2025) expect(p.inForceFrom).toBe("2025-07-01");
  });

  it("the crosswalk maps every 2023 unit to exactly one 2025 unit, onto all 34", () => {
    expect(provinceCrosswalk2025).toHaveLength(63);
    expect(provinceCrosswalk2025.map((e) => e.from)).toEqual(provinces.map((p) => p.code));
    const codes2025 = new Set(provinces2025.map((p) => p.code));
    for (const e of provinceCrosswalk2025) expect(codes2025.has(e.to), e.from).toBe(true);
    expect(new Set(provinceCrosswalk2025.map((e) => e.to)).size).toBe(34);
    const sizes = provinces2025.map(
      (u) => provinceCrosswalk2025.filter((e) => e.to === u.code).length,
    );
    expect(sizes.filter((n) => n === 1)).toHaveLength(11); // 60-NQ/TW: 11 units not merged
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(63);
    expect(Math.max(...sizes)).toBe(3);
  });

  it("every record and source parses with its schema; sources are pinned to commits", () => {
    for (const p of provinces) expect(ProvinceSchema.parse(p)).toEqual(p);
    for (const p of provinces2025) expect(Province2025Schema.parse(p)).toEqual(p);
    for (const e of provinceCrosswalk2025) expect(ProvinceCrosswalkEntrySchema.parse(e)).toEqual(e);
    const all = [...provinceSources, ...provinces2025Sources, ...provinceCrosswalk2025Sources];
    expect(all.length).toBe(6);
    for (const s of all) expect(DataSourceSchema.parse(s)).toEqual(s);
    expect(provinceSources.map((s) => s.repository)).toEqual([
      "https://github.com/daohoangson/dvhcvn",
      "https://github.com/ThangLeQuoc/vietnamese-provinces-database",
    ]);
    expect(provinces2025Sources.map((s) => s.path)).toEqual(["input/docs/915_CTK-CSCL.csv"]);
    expect(provinceCrosswalk2025Sources.map((s) => s.path)).toContain("mapping/splits.json");
  });

  it("the generator's checks pass on the canonical files", () => {
    const d = readProvinceData();
    expect(d.provinces).toHaveLength(63);
    expect(d.crosswalk).toHaveLength(63);
  });

  it("names are NFC; folding a name's diacritics gives its ASCII name; no two names fold alike", () => {
    for (const p of provinces) {
      expect(p.name.normalize("NFC")).toBe(p.name);
      expect(_nameKey(p.name).ascii, p.name).toBe(_nameKey(p.nameAscii).ascii);
      expect(p.nameAscii).toMatch(/^[\x20-\x7e]+$/);
    }
    for (const list of [provinces, provinces2025]) {
      expect(new Set(list.map((p) => _nameKey(p.name).ascii)).size).toBe(list.length);
      expect(new Set(list.map((p) => _nameKey(p.name).toned)).size).toBe(list.length);
    }
  });
});

describe("the data against the reference lists in data/sources/provinces", () => {
  it("the 63 units of 2023 are those of provinces-2023.csv, field by field", () => {
    const rows = csv("provinces/provinces-2023.csv");
    expect(rows).toHaveLength(63);
    const kinds: Record<string, string> = {
      tỉnh: "province",
      "thành phố trực thuộc trung ương": "city",
    };
    expect(
      rows.map(([code, name, nameAscii, kind]) => ({
        code,
        name,
        nameAscii,
        kind: kinds[kind ?? ""],
      })),
    ).toEqual(provinces);
  });

  it("ThangLeQuoc's list agrees on codes, names, ASCII names and kinds", () => {
    const rows = csv("provinces/thanglequoc-provinces-2023-04-26.csv");
    expect(rows).toHaveLength(63);
    expect(
      rows.map(([code, name, nameEn, fullName, , , unit]) => ({
        code,
        name,
        nameAscii: nameEn,
        kind: unit === "1" ? "city" : "province",
        fullName,
      })),
    ).toEqual(
      provinces.map((p) => ({
        ...p,
        fullName: `${p.kind === "city" ? "Thành phố" : "Tỉnh"} ${p.name}`,
      })),
    );
  });

  it("the 34 units and their codes are those of 915_CTK-CSCL.csv", () => {
    const rows = csv("provinces/915_CTK-CSCL.csv");
    expect(rows).toHaveLength(34);
    expect(rows.map(([, code, name]) => ({ code, listed: name }))).toEqual(
      provinces2025.map((p) => ({
        code: p.code,
        listed: p.kind === "city" ? `Thành phố ${p.name}` : p.name,
      })),
    );
  });

  it("the crosswalk is provinces-2025-merger.csv, with the new codes read from 915_CTK-CSCL.csv by name", () => {
    const merger = csv("provinces/provinces-2025-merger.csv");
    const gso = csv("provinces/915_CTK-CSCL.csv");
    expect(merger).toHaveLength(63);
    const codeByName = new Map(
      gso.map(([, code, name]) => [(name ?? "").replace(/^Thành phố /, ""), code]),
    );
    expect(new Set(merger.map((r) => r[2])).size).toBe(34);
    expect(
      merger.map(([from, , newName]) => ({ from, to: codeByName.get(newName ?? "") })),
    ).toEqual(provinceCrosswalk2025);
    const name2023 = new Map(provinces.map((p) => [p.code, p.name]));
    for (const [from, oldName] of merger) expect(name2023.get(from ?? "")).toBe(oldName);
  });
});
