import { describe, expect, it } from "vitest";
import { _describe } from "../src/errors.js";
import {
  ArgumentRangeError,
  ArgumentTypeError,
  bounds,
  formatValue,
  UnknownIdError,
} from "../src/index.js";
import { revoked, trapAll } from "./_almost.js";

/*
 * Issue 12: the error-message builder read user getters. It must never run
 * user code: no getter, no Proxy trap, no toString / valueOf / toPrimitive.
 */

/** An object whose every conversion and named property throws. */
function hostile(calls: string[]): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (const key of ["id", "length", "name", "value", "toString", "valueOf", "toJSON"]) {
    Object.defineProperty(o, key, {
      enumerable: true,
      get() {
        calls.push(key);
        throw new Error(`getter ${key} ran`);
      },
    });
  }
  Object.defineProperty(o, Symbol.toPrimitive, {
    get() {
      calls.push("toPrimitive");
      throw new Error("toPrimitive ran");
    },
  });
  return o;
}

describe("_describe never runs user code (issue 12)", () => {
  it("a getter that throws, a Proxy trapping everything, a revoked Proxy: described, nothing runs", () => {
    const calls: string[] = [];
    expect(_describe(hostile(calls))).toBe("an object");
    expect(_describe(trapAll({ id: "x" }, calls))).toBe("an object");
    expect(_describe(trapAll([1, 2], calls))).toBe("an array");
    expect(_describe(revoked(true))).toBe("an object");
    expect(calls).toEqual([]);
  });

  it("primitives as written; symbols and functions by their type", () => {
    expect(_describe("a".repeat(100))).toBe(JSON.stringify(`${"a".repeat(77)}...`));
    expect([Number.NaN, -0, Infinity, 1.5].map(_describe)).toEqual([
      "NaN",
      "-0",
      "Infinity",
      "1.5",
    ]);
    expect([10n, true, undefined, null].map(_describe)).toEqual([
      "10n",
      "true",
      "undefined",
      "null",
    ]);
    expect(_describe(Symbol("s"))).toBe("a symbol");
    expect(_describe(() => 1)).toBe("a function");
  });

  it("the error classes never throw, whatever they are given, and run none of it", () => {
    const calls: string[] = [];
    const odd = [hostile(calls), trapAll({}, calls), revoked(true), Symbol("x"), 1n, null];
    for (const v of odd) {
      for (const Cls of [ArgumentTypeError, ArgumentRangeError]) {
        const e = new Cls(v as never, v as never, v, v as never);
        expect(e).toBeInstanceOf(Cls);
        expect(typeof e.message).toBe("string");
      }
      const u = new UnknownIdError(v as never, v, v as never, v as never);
      expect(u.suggestions).toEqual([]);
      expect(u.code).toBe("ERR_UNKNOWN_ID");
    }
    expect(
      new UnknownIdError("id", "x", "observation", ["a", 1 as never, "b"]).suggestions,
    ).toEqual(["a", "b"]);
    // only the suggestions list of a Proxy may be read (in a try): nothing else
    expect(calls.filter((c) => c !== "get" && c !== "getOwnPropertyDescriptor")).toEqual([]);
  });

  it("a function given a getter that throws or a revoked Proxy throws its typed error", () => {
    const calls: string[] = [];
    for (const bad of [hostile(calls), trapAll({}, calls), revoked(true)]) {
      expect(() => bounds(bad as never)).toThrow(ArgumentTypeError);
      expect(() => formatValue(bad as never, { locale: "vi" })).toThrow(ArgumentTypeError);
      try {
        bounds(bad as never);
      } catch (e) {
        expect(e).toMatchObject({ code: "ERR_INVALID_TYPE" });
        expect((e as ArgumentTypeError).argument).toMatch(/^observation/);
      }
    }
  });
});
