import { beforeAll, describe, expect, inject, it } from "vitest";
import { DATA_VERSION, observations } from "../../src/index.js";
import { makeConsumer } from "../_consumer.js";
import { run } from "./_tools.js";

/*
 * Issue 12: in CommonJS, `require("vn-digital-indicators").getObservation`
 * could be replaced, DATA_VERSION reassigned and `observations` deleted, for
 * every later require; the ESM build refused all of these. From the packed
 * tarball, in sloppy and in strict mode, both entries, every later require
 * sees the package as published.
 */

// Each attempt, then what a later require (a fresh variable, the same cached
// module) sees. In strict mode every attempt must throw a TypeError; in sloppy
// mode it fails silently. Printed as JSON, compared below.
const attempts = (strict: boolean) => `${strict ? '"use strict";\n' : ""}
const lib = require("vn-digital-indicators");
const schema = require("vn-digital-indicators/schema");
const thrown = [];
const attempt = (name, fn) => {
  try { fn(); thrown.push([name, null]); } catch (e) { thrown.push([name, e instanceof TypeError]); }
};
attempt("replace getObservation", () => { lib.getObservation = () => "forged"; });
attempt("reassign DATA_VERSION", () => { lib.DATA_VERSION = "forged"; });
attempt("delete observations", () => { delete lib.observations; });
attempt("add an export", () => { lib.injected = 1; });
attempt("defineProperty bounds", () => { Object.defineProperty(lib, "bounds", { value: () => "forged" }); });
attempt("replace ObservationSchema", () => { schema.ObservationSchema = null; });
const later = require("vn-digital-indicators");
const laterSchema = require("vn-digital-indicators/schema");
console.log(JSON.stringify({
  thrown,
  frozen: [Object.isFrozen(later), Object.isFrozen(laterSchema)],
  published: later.getObservation("ndxp-transactions-2023-q1").published,
  dataVersion: later.DATA_VERSION,
  observations: later.observations.length,
  injected: "injected" in later,
  bounds: typeof later.bounds({ value: 1, comparator: "eq", decimals: 0, scale: 1 }),
  schema: laterSchema.ObservationSchema.safeParse(later.observations[0]).success,
}));
`;

const esm = `import * as lib from "vn-digital-indicators";
const thrown = [];
for (const [name, fn] of [
  ["replace getObservation", () => { lib.getObservation = () => "forged"; }],
  ["delete observations", () => { delete lib.observations; }],
]) {
  try { fn(); thrown.push([name, null]); } catch (e) { thrown.push([name, e instanceof TypeError]); }
}
console.log(JSON.stringify({ thrown, extensible: Object.isExtensible(lib) }));
`;

const expected = (strict: boolean) => ({
  thrown: [
    "replace getObservation",
    "reassign DATA_VERSION",
    "delete observations",
    "add an export",
    "defineProperty bounds",
    "replace ObservationSchema",
  ].map((name) => [name, strict || name === "defineProperty bounds" ? true : null]),
  frozen: [true, true],
  published: "hơn 111 triệu",
  dataVersion: DATA_VERSION,
  observations: observations.length,
  injected: false,
  bounds: "object",
  schema: true,
});

let dir = "";

beforeAll(() => {
  dir = makeConsumer("immutable", inject("tarball"), {
    "sloppy.cjs": attempts(false),
    "strict.cjs": attempts(true),
    "esm.mjs": esm,
  });
});

function parse(out: string): unknown {
  return JSON.parse(out.trim().split("\n").at(-1) ?? "");
}

describe("the CommonJS entries are as immutable as the ESM ones (issue 12)", () => {
  it("sloppy mode: every change fails silently; later requires see the package as published", () => {
    expect(parse(run(process.execPath, ["sloppy.cjs"], { cwd: dir }))).toEqual(expected(false));
  });

  it("strict mode: every change throws a TypeError; later requires see the package as published", () => {
    expect(parse(run(process.execPath, ["strict.cjs"], { cwd: dir }))).toEqual(expected(true));
  });

  it("the ESM entry, for comparison: its namespace refuses every change (the language's rule)", () => {
    expect(parse(run(process.execPath, ["esm.mjs"], { cwd: dir }))).toEqual({
      thrown: [
        ["replace getObservation", true],
        ["delete observations", true],
      ],
      extensible: false,
    });
  });
});
