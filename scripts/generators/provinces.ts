import * as z from "zod";
import {
  DataSourceSchema,
  type Province,
  type Province2025,
  Province2025Schema,
  type ProvinceCrosswalkEntry,
  ProvinceCrosswalkEntrySchema,
  ProvinceSchema,
} from "../../src/schema.js";
import { type GeneratedFile, header, parsed, readJson, union } from "./_shared.js";

const FILE_2023 = "data/provinces/provinces-2023.json";
const FILE_2025 = "data/provinces/provinces-2025.json";
const FILE_CROSSWALK = "data/provinces/crosswalk-2023-2025.json";

const sources = z.array(DataSourceSchema).min(1);

const provinces2023File = z.strictObject({
  sources,
  provinces: z.array(ProvinceSchema).min(1),
});

const provinces2025File = z.strictObject({
  sources,
  provinces: z.array(Province2025Schema).min(1),
});

const crosswalkFile = z.strictObject({
  inForceFrom: z.iso.date(),
  sources,
  entries: z.array(ProvinceCrosswalkEntrySchema).min(1),
});

function parse<S extends z.ZodType>(schema: S, file: string): z.output<S> {
  const result = schema.safeParse(readJson(file));
  if (!result.success) {
    throw new Error(`${file} does not match its schema:\n${z.prettifyError(result.error)}`);
  }
  return result.data;
}

function uniqueCodes(units: readonly { readonly code: string }[], file: string): void {
  const seen = new Set<string>();
  for (const { code } of units) {
    if (seen.has(code)) throw new Error(`${file}: code ${code} appears twice`);
    seen.add(code);
  }
  const sorted = [...units].map((u) => u.code);
  if (sorted.join() !== [...sorted].sort().join()) throw new Error(`${file}: not in code order`);
}

/** Reads and checks the three canonical province files. */
export function readProvinceData(): {
  provinces: Province[];
  provinces2025: Province2025[];
  crosswalk: ProvinceCrosswalkEntry[];
  sources2023: z.output<typeof sources>;
  sources2025: z.output<typeof sources>;
  sourcesCrosswalk: z.output<typeof sources>;
} {
  const p23 = parse(provinces2023File, FILE_2023);
  const p25 = parse(provinces2025File, FILE_2025);
  const cw = parse(crosswalkFile, FILE_CROSSWALK);
  uniqueCodes(p23.provinces, FILE_2023);
  uniqueCodes(p25.provinces, FILE_2025);

  const codes2023 = new Set(p23.provinces.map((p) => p.code));
  const codes2025 = new Set(p25.provinces.map((p) => p.code));
  const from = cw.entries.map((e) => e.from);
  if (from.join() !== p23.provinces.map((p) => p.code).join()) {
    throw new Error(`${FILE_CROSSWALK}: entries must list every 2023 code once, in code order`);
  }
  for (const e of cw.entries) {
    if (!codes2023.has(e.from)) throw new Error(`${FILE_CROSSWALK}: unknown 2023 code ${e.from}`);
    if (!codes2025.has(e.to)) throw new Error(`${FILE_CROSSWALK}: unknown 2025 code ${e.to}`);
  }
  for (const u of p25.provinces) {
    if (!cw.entries.some((e) => e.to === u.code)) {
      throw new Error(`${FILE_2025}: ${u.code} ${u.name} has no predecessor in ${FILE_CROSSWALK}`);
    }
    if (u.inForceFrom !== cw.inForceFrom) {
      throw new Error(
        `${FILE_2025}: ${u.code} is in force from ${u.inForceFrom}, not ${cw.inForceFrom}`,
      );
    }
  }
  return {
    provinces: p23.provinces,
    provinces2025: p25.provinces,
    crosswalk: cw.entries,
    sources2023: p23.sources,
    sources2025: p25.sources,
    sourcesCrosswalk: cw.sources,
  };
}

/** Makes `src/generated/provinces.ts` and `src/generated/provinces2025.ts`. */
export function generate(): GeneratedFile[] {
  const d = readProvinceData();
  const cities2023 = d.provinces.filter((p) => p.kind === "city").length;
  const cities2025 = d.provinces2025.filter((p) => p.kind === "city").length;

  const provincesModule = [
    header([FILE_2023]),
    'import { _deepFreeze } from "../_lib/_deepFreeze.js";',
    'import type { DataSource, Province } from "../model/province.js";',
    "",
    "/**",
    ` * The ${d.provinces.length} provincial units of 2023 (${d.provinces.length - cities2023} provinces, ${cities2023} centrally-run`,
    " * cities) the report counts, with their General Statistics Office codes, in",
    " * code order. Look one up by code or name with `getProvince`.",
    " *",
    " * @category Provinces",
    " */",
    `export const provinces: readonly Province[] = /* @__PURE__ */ _deepFreeze(${parsed(d.provinces)});`,
    "",
    "/**",
    " * Where the list of 2023 units comes from (repository, path, commit, licence).",
    " *",
    " * @category Provinces",
    " */",
    `export const provinceSources: readonly DataSource[] = /* @__PURE__ */ _deepFreeze(${parsed(d.sources2023)});`,
    "",
    "/**",
    " * The GSO code of a provincial unit of 2023: a typo is a compile error.",
    " *",
    " * @category Provinces",
    " */",
    `export type ProvinceCode =${union(d.provinces.map((p) => p.code))};`,
    "",
  ].join("\n");

  const provinces2025Module = [
    header([FILE_2025, FILE_CROSSWALK]),
    'import { _deepFreeze } from "../_lib/_deepFreeze.js";',
    'import type { DataSource, Province2025, ProvinceCrosswalkEntry } from "../model/province.js";',
    "",
    "/**",
    ` * The ${d.provinces2025.length} provincial units in force from ${d.provinces2025[0]?.inForceFrom} (${d.provinces2025.length - cities2025} provinces,`,
    ` * ${cities2025} centrally-run cities), with the codes the GSO gave them, in code order.`,
    " * A code may name another unit than in 2023 (`15` was Yên Bái, is Lào Cai).",
    " *",
    " * @category Provinces",
    " */",
    `export const provinces2025: readonly Province2025[] = /* @__PURE__ */ _deepFreeze(${parsed(d.provinces2025)});`,
    "",
    "/**",
    " * Where the list of 2025 units comes from (repository, path, commit, licence).",
    " *",
    " * @category Provinces",
    " */",
    `export const provinces2025Sources: readonly DataSource[] = /* @__PURE__ */ _deepFreeze(${parsed(d.sources2025)});`,
    "",
    "/**",
    ` * The crosswalk of ${d.crosswalk.length} rows from the units of 2023 to those in force`,
    ` * from ${d.provinces2025[0]?.inForceFrom}: each 2023 code once, in code order. Use`,
    " * `successorOf` and `predecessorsOf` to read it.",
    " *",
    " * @category Provinces",
    " */",
    `export const provinceCrosswalk2025: readonly ProvinceCrosswalkEntry[] = /* @__PURE__ */ _deepFreeze(${parsed(d.crosswalk)});`,
    "",
    "/**",
    " * Where the crosswalk comes from (repository, path, commit, licence), and what",
    " * it was checked against.",
    " *",
    " * @category Provinces",
    " */",
    `export const provinceCrosswalk2025Sources: readonly DataSource[] = /* @__PURE__ */ _deepFreeze(${parsed(d.sourcesCrosswalk)});`,
    "",
    "/**",
    " * The GSO code of a provincial unit in force from 1 July 2025.",
    " *",
    " * @category Provinces",
    " */",
    `export type Province2025Code =${union(d.provinces2025.map((p) => p.code))};`,
    "",
  ].join("\n");

  return [
    { path: "src/generated/provinces.ts", content: provincesModule },
    { path: "src/generated/provinces2025.ts", content: provinces2025Module },
  ];
}
