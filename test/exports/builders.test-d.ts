import { describe, expectTypeOf, it } from "vitest";
import {
  conflicts,
  mic2023Q1,
  observations,
  releases,
  type TidyRow,
  type ToCsvOptions,
  type ToTidyRowsOptions,
  toCsv,
  toJson,
  toNdjson,
  toTidyRows,
} from "../../src/index.js";

describe("the export builders' options", () => {
  it("take one release, or many releases, with conflicts or not", () => {
    expectTypeOf(toTidyRows(observations, { release: mic2023Q1 })).toEqualTypeOf<
      readonly TidyRow[]
    >();
    expectTypeOf(toCsv(observations, { releases, conflicts })).toEqualTypeOf<string>();
    expectTypeOf(toJson(observations, { release: mic2023Q1, conflicts })).toEqualTypeOf<string>();
    expectTypeOf(toNdjson(observations, { releases })).toEqualTypeOf<string>();
    expectTypeOf<ToCsvOptions>().toEqualTypeOf<ToTidyRowsOptions>();
  });

  it("refuse, at compile time, neither release nor releases, or both", () => {
    // @ts-expect-error neither a release nor releases
    toCsv(observations, {});
    // @ts-expect-error conflicts alone name no release
    toCsv(observations, { conflicts });
    // @ts-expect-error one release and many: which?
    toTidyRows(observations, { release: mic2023Q1, releases });
  });
});

describe("the row's types", () => {
  it("lists are arrays of strings; dates and the as-of as written are strings; counts numbers", () => {
    expectTypeOf<TidyRow["missing"]>().toEqualTypeOf<readonly string[] | null>();
    expectTypeOf<TidyRow["conflicts"]>().toEqualTypeOf<readonly string[] | null>();
    expectTypeOf<TidyRow["as_of"]>().toEqualTypeOf<string>();
    expectTypeOf<TidyRow["as_of_start"]>().toEqualTypeOf<string>();
    expectTypeOf<TidyRow["as_of_end"]>().toEqualTypeOf<string>();
    expectTypeOf<TidyRow["status"]>().toEqualTypeOf<string>();
    expectTypeOf<TidyRow["is_latest_vintage"]>().toEqualTypeOf<boolean | null>();
    expectTypeOf<TidyRow["vintage"]>().toEqualTypeOf<number | null>();
    expectTypeOf<TidyRow["known_from"]>().toEqualTypeOf<string>();
    expectTypeOf<TidyRow["part"]>().toEqualTypeOf<number | null>();
    expectTypeOf<TidyRow["source_url"]>().toEqualTypeOf<string | null>();
    expectTypeOf<TidyRow["publisher"]>().toEqualTypeOf<string | null>();
  });
});
