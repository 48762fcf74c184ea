import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import {
  getObservation,
  mic2023Q1,
  type Observation,
  observations,
  releases,
} from "../../src/index.js";
import * as schemas from "../../src/schema.js";
import { ObservationSchema, ReleaseFileSchema, ReleaseSchema } from "../../src/schema.js";
import { replaced, revoked, throwingAt } from "../_almost.js";

/*
 * Issue 12: the ./schema entry accepted impossible records: a period
 * 2023-02-30, a part greater than its whole, a value that its printed form
 * contradicts (75 printed as 74,72%).
 */

const share = getObservation("fully-online-services-share"); // 74,72%
const dx = getObservation("provinces-dx-resolution"); // 62/63
const change = getObservation("fully-online-services-share-change");
const q1 = getObservation("ndxp-transactions-2023-q1"); // hơn 111 triệu

/** The paths of the issues of a failed parse. */
function issues(result: { success: boolean; error?: ZodError }): string[] {
  expect(result.success).toBe(false);
  return (result.error?.issues ?? []).map((i) => i.path.join("."));
}

describe("the schemas refine what the types cannot say (issue 12)", () => {
  it("the canonical data still passes", () => {
    for (const o of observations) expect(ObservationSchema.parse(o)).toEqual(o);
    for (const r of releases) expect(ReleaseSchema.parse(r)).toEqual(r);
  });

  it("refuses a day that does not exist, also inside period strings", () => {
    const onDay = getObservation("onetouch-visits"); // period 2023-02-21
    expect(issues(ObservationSchema.safeParse({ ...onDay, period: "2023-02-30" }))).toEqual([
      "period",
    ]);
    expect(ObservationSchema.safeParse({ ...onDay, period: "2024-02-29" }).success).toBe(true);
    expect(issues(ObservationSchema.safeParse({ ...onDay, period: "2023-02-29" }))).toEqual([
      "period",
    ]);
    expect(
      issues(ObservationSchema.safeParse(replaced(change, ["change", "basis"], "2023-04-31"))),
    ).toEqual(["change.basis"]);
    expect(issues(ReleaseSchema.safeParse({ ...mic2023Q1, compiled: "2023-02-30" }))).toEqual([
      "compiled",
    ]);
    expect(
      issues(ReleaseSchema.safeParse(replaced(mic2023Q1, ["event", "date"], "2023-06-31"))),
    ).toEqual(["event.date"]);
  });

  it("refuses a part greater than its whole, or a part that is not the value", () => {
    expect(issues(ObservationSchema.safeParse({ ...dx, part: 64, value: 64 }))).toContain("part");
    expect(issues(ObservationSchema.safeParse({ ...dx, part: 61 }))).toContain("part");
  });

  it("refuses a value, comparator, decimals, scale or whole that the printed form contradicts", () => {
    expect(issues(ObservationSchema.safeParse({ ...share, value: 75 }))).toEqual(["value"]);
    expect(issues(ObservationSchema.safeParse({ ...share, comparator: "approx" }))).toEqual([
      "comparator",
    ]);
    expect(issues(ObservationSchema.safeParse({ ...share, decimals: 1 }))).toEqual(["decimals"]);
    expect(issues(ObservationSchema.safeParse({ ...q1, scale: 1_000_000_000 }))).toEqual(["scale"]);
    expect(issues(ObservationSchema.safeParse({ ...dx, whole: 64 }))).toEqual(["whole"]);
    expect(issues(ObservationSchema.safeParse({ ...share, published: "74.72%" }))).toEqual([
      "published",
    ]);
    expect(issues(ObservationSchema.safeParse({ ...share, published: "62/63" }))).toContain(
      "published",
    );
    // a canonical file names its publisher by id
    const file = {
      release: { ...mic2023Q1, publisher: "mic" },
      observations: [{ ...share, value: 75 }],
      tasks: [],
    };
    expect(issues(ReleaseFileSchema.safeParse(file))).toEqual(["observations.0.value"]);
  });

  it("a getter that throws or a revoked Proxy fails the parse (ZodError), never another exception", () => {
    const hostile: unknown[] = [
      throwingAt(share, ["value"]),
      throwingAt(mic2023Q1, ["publisher", "name"]),
      revoked(),
      [revoked()],
    ];
    for (const [name, schema] of Object.entries(schemas)) {
      if (typeof schema !== "object" || schema === null || !("safeParse" in schema)) continue;
      for (const input of hostile) {
        expect(schema.safeParse(input).success, name).toBe(false);
        expect(() => schema.parse(input), name).toThrow(ZodError);
      }
    }
  });

  it("a plain, valid record keeps its type through the schema", () => {
    const parsed: Observation = ObservationSchema.parse(share);
    expect(parsed).toEqual(share);
  });
});
