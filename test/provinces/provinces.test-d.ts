import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import {
  type DataSource,
  getProvince,
  getProvince2025,
  type MemberSet,
  members,
  type Province,
  type Province2025,
  type Province2025Code,
  type ProvinceCode,
  type ProvinceCrosswalkEntry,
  predecessorsOf,
  successorOf,
} from "../../src/index.js";
import type {
  _dataSource,
  _province,
  _province2025,
  _provinceCrosswalkEntry,
} from "../../src/schemas/_province.js";

describe("the province schemas and interfaces cannot drift", () => {
  it("infer exactly the interfaces", () => {
    expectTypeOf<z.output<typeof _province>>().toEqualTypeOf<Province>();
    expectTypeOf<z.output<typeof _province2025>>().toEqualTypeOf<Province2025>();
    expectTypeOf<
      z.output<typeof _provinceCrosswalkEntry>
    >().toEqualTypeOf<ProvinceCrosswalkEntry>();
    expectTypeOf<z.output<typeof _dataSource>>().toEqualTypeOf<DataSource>();
  });
});

describe("codes are literal unions", () => {
  it("ProvinceCode and Province2025Code", () => {
    expectTypeOf<"54">().toExtend<ProvinceCode>();
    expectTypeOf<"66">().toExtend<Province2025Code>();
    expectTypeOf<"54">().not.toExtend<Province2025Code>();
    expectTypeOf<"03">().not.toExtend<ProvinceCode>();
  });

  it("the functions return the model types", () => {
    expectTypeOf(getProvince("54")).toEqualTypeOf<Province>();
    expectTypeOf(getProvince2025("66")).toEqualTypeOf<Province2025>();
    expectTypeOf(successorOf("54")).toEqualTypeOf<Province2025>();
    expectTypeOf(predecessorsOf("66")).toEqualTypeOf<readonly Province[]>();
    expectTypeOf(members).returns.toEqualTypeOf<MemberSet<ProvinceCode>>();
  });
});
