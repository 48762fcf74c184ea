import { describe, expect, it } from "vitest";
import { _options } from "../src/_lib/_check.js";
import {
  ArgumentRangeError,
  ArgumentTypeError,
  bounds,
  change,
  formatNumber,
  formatPercent,
  formatPeriod,
  formatValue,
  getObservation,
  impliedBaseline,
  mic2023Q1,
  projectRunRate,
  releases,
  requiredPace,
  toCsv,
  toJson,
  toMarkdown,
  toNdjson,
  toTidyRows,
} from "../src/index.js";
import { Hostile, trapAll } from "./_almost.js";

/*
 * Issue 21: every options object of the public API refuses a key it does not
 * know (a mistyped option was ignored, as if not given: `{ asof }` answered
 * as if no date had been asked), with a typed error naming the key and
 * suggesting the closest known one. Input records (observations, releases,
 * figures passed as data) keep accepting extra fields.
 */

const share = getObservation("fully-online-services-share");
const shareChange = getObservation("fully-online-services-share-change");
const q1 = getObservation("ndxp-transactions-2023-q1");
const target = getObservation("ndxp-transactions-target-2023");

/** `call` throws the unknown-option error naming `argument`, suggesting `closest`. */
function expectUnknown(call: () => unknown, argument: string, closest: string | null): void {
  let error: unknown;
  try {
    call();
  } catch (e) {
    error = e;
  }
  expect(error, `${argument}: expected a throw`).toBeInstanceOf(ArgumentRangeError);
  expect(error).toBeInstanceOf(RangeError);
  const e = error as ArgumentRangeError;
  expect(e.code).toBe("ERR_UNKNOWN_OPTION");
  expect(e.argument).toBe(argument);
  expect(e.received).toBe(argument.split(".").at(-1));
  expect(e.message).toContain(`\`${argument}\``);
  if (closest === null) expect(e.message).not.toContain("closest known option");
  else expect(e.message).toContain(`"${closest}" (the closest known option)`);
}

describe("unknown option keys are refused, naming the key and suggesting the closest (issue 21)", () => {
  it("formatNumber, formatPercent, formatValue", () => {
    expectUnknown(
      () => formatNumber(5, { locale: "en", decimal: 2 } as never),
      "options.decimal",
      "decimals",
    );
    expectUnknown(
      () => formatNumber(5, { locale: "en", Scale: 1e6 } as never),
      "options.Scale",
      "scale",
    );
    expectUnknown(
      () => formatPercent(0.5, { locale: "vi", decimls: 1 } as never),
      "options.decimls",
      "decimals",
    );
    expectUnknown(() => formatPercent(0.5, { lcale: "vi" } as never), "options.lcale", "locale");
    expectUnknown(
      () => formatValue(share, { locale: "vi", lang: "en" } as never),
      "options.lang",
      null,
    );
    expectUnknown(() => formatValue(share, { Locale: "vi" } as never), "options.Locale", "locale");
  });

  it("formatPeriod (the options form; the 0.1.0 string form has no keys)", () => {
    expectUnknown(
      () => formatPeriod("2023-Q1", { locale: "vi", relase: mic2023Q1 } as never),
      "options.relase",
      "release",
    );
    expect(formatPeriod("2023-Q1", "vi")).toBe("quý 1/2023");
  });

  it("impliedBaseline", () => {
    expectUnknown(
      () => impliedBaseline(shareChange, { current: share, readings: "points" } as never),
      "options.readings",
      "reading",
    );
    expectUnknown(
      () => impliedBaseline(shareChange, { curent: 74.72 } as never),
      "options.curent",
      "current",
    );
  });

  it("projectRunRate and requiredPace, in `options` and in `options.coverage`", () => {
    expectUnknown(
      () => projectRunRate(q1, { to: "2023", coverage: "period", To: "2024" } as never),
      "options.To",
      "to",
    );
    expectUnknown(
      () => projectRunRate(q1, { t: "2023", coverage: "period" } as never),
      "options.t",
      "to",
    );
    expectUnknown(
      () => projectRunRate(q1, { to: "2023", coverage: { asof: "2023-03-06" } } as never),
      "options.coverage.asof",
      "asOf",
    );
    expectUnknown(
      () => requiredPace(q1, target, { coverag: "period" } as never),
      "options.coverag",
      "coverage",
    );
    expectUnknown(
      () => requiredPace(q1, target, { coverage: { asOf: "2023-03-06", until: "x" } } as never),
      "options.coverage.until",
      null,
    );
    // the right keys still work
    expect(projectRunRate(q1, { to: "2023", coverage: { asOf: "2023-03-06" } }).periods).toBe(4);
  });

  it("the export builders: toTidyRows, toCsv, toJson, toNdjson, toMarkdown", () => {
    const list = [share];
    for (const build of [toTidyRows, toCsv, toJson, toNdjson]) {
      expectUnknown(
        () => build(list, { release: mic2023Q1, conflict: [] } as never),
        "options.conflict",
        "conflicts",
      );
      expectUnknown(
        () => build(list, { Releases: releases } as never),
        "options.Releases",
        "releases",
      );
    }
    expectUnknown(
      () => toMarkdown(list, { release: mic2023Q1, language: "vi" } as never),
      "options.language",
      null,
    );
    expectUnknown(() => toMarkdown(list, { lan: "vi" } as never), "options.lan", "lang");
    // toMarkdown's options may still be left out; the builders' missing options stay ERR_MISSING_OPTION
    expect(toMarkdown(list)).toContain("| 74,72% |");
    expect(toMarkdown(list, undefined)).toBe(toMarkdown(list));
    expect(() => toTidyRows(list, undefined as never)).toThrow(
      expect.objectContaining({ code: "ERR_MISSING_OPTION" }),
    );
  });
});

describe("input records keep accepting extra fields: they are data, not options", () => {
  it("observations, figures, releases and intervals with a field more", () => {
    const extra = { ...share, mine: "yes", asof: "x" };
    expect(formatValue(extra, { locale: "vi" })).toBe("74,72%");
    expect(bounds(extra)).toEqual(bounds(share));
    const changeMore = { ...shareChange, extra: 1 };
    const currentMore = { ...share, extra: 1 };
    expect(impliedBaseline(changeMore, { current: currentMore, reading: "points" })).toBe(70.36);
    expect(
      formatPeriod("report", { locale: "en", release: { ...mic2023Q1, extra: 1 } as never }),
    ).toBe("at the time of the report (6 March 2023)");
    expect(toCsv([extra], { release: mic2023Q1 })).toBe(toCsv([share], { release: mic2023Q1 }));
    const q1More = { ...q1, extra: 1 };
    expect(projectRunRate(q1More, { to: "2023", coverage: "period" }).value).toBe(444e6);
  });
});

describe("_options (src/_lib/_check.ts)", () => {
  const known = ["asOf", "reading"] as const;
  const read = (value: unknown) =>
    _options("options", value, known, "an options object { asOf, reading }");

  it("returns the known keys' values, undefined where absent", () => {
    expect(read({ asOf: "2023-03-06" })).toEqual({ asOf: "2023-03-06", reading: undefined });
    expect(read({})).toEqual({ asOf: undefined, reading: undefined });
  });

  it("refuses a non-object as _fields does (undefined included: the caller allows it where options are optional)", () => {
    for (const bad of [undefined, null, 5, "asOf", [], () => 1]) {
      expect(() => read(bad)).toThrow(ArgumentTypeError);
    }
  });

  it("suggests the closest key, case ignored; none where no key is close", () => {
    expectUnknown(() => read({ asof: "2023" }), "options.asof", "asOf");
    expectUnknown(() => read({ ASOF: "2023" }), "options.ASOF", "asOf");
    expectUnknown(() => read({ aOf: "2023" }), "options.aOf", "asOf");
    expectUnknown(() => read({ readin: "points" }), "options.readin", "reading");
    expectUnknown(() => read({ zzzzzzz: 1 }), "options.zzzzzzz", null);
    expectUnknown(() => read({ ["x".repeat(100_000)]: 1 }), `options.${"x".repeat(100_000)}`, null);
    // every known key is listed
    try {
      read({ foo: 1 });
    } catch (e) {
      expect((e as Error).message).toContain('the known options are "asOf", "reading"');
    }
  });

  it("reads only own enumerable string keys: symbols, inherited and hidden keys are not options", () => {
    const o = Object.create({ inherited: 1 }) as Record<PropertyKey, unknown>;
    o[Symbol("s")] = 1;
    Object.defineProperty(o, "hidden", { value: 1, enumerable: false });
    o.asOf = "2023";
    expect(read(o)).toEqual({ asOf: "2023", reading: undefined });
  });

  it("never reads an unknown key's value; a throwing getter or trap is the typed error naming where", () => {
    const unknownGetter = {};
    Object.defineProperty(unknownGetter, "asof", {
      enumerable: true,
      get() {
        throw new Hostile("read");
      },
    });
    expectUnknown(() => read(unknownGetter), "options.asof", "asOf");
    const knownGetter = {};
    Object.defineProperty(knownGetter, "reading", {
      enumerable: true,
      get() {
        throw new Hostile("read");
      },
    });
    expect(() => read(knownGetter)).toThrow(
      expect.objectContaining({ argument: "options.reading", code: "ERR_INVALID_TYPE" }),
    );
    expect(() => read(trapAll({}))).toThrow(
      expect.objectContaining({ argument: "options", code: "ERR_INVALID_TYPE" }),
    );
  });
});

describe("change() refuses parts of different wholes (issue 21)", () => {
  const earlier = getObservation("provinces-dx-resolution"); // 62/63, provinces-2023
  const later = getObservation("provinces-dx-resolution-2023-08-28");

  it("the same population and whole: a change", () => {
    expect(change(earlier, later).indicator).toBe("provinces-dx-resolution");
  });

  it("60/63 provinces, then 34/34 after the 2025 reorganisation: refused, naming both wholes, never −26", () => {
    const after = { ...later, value: 34, part: 34, whole: 34 };
    let error: unknown;
    try {
      const sixty = { ...earlier, value: 60, part: 60 };
      change(sixty, after);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ArgumentRangeError);
    expect(error).toMatchObject({ code: "ERR_UNSUPPORTED", argument: "later.whole", received: 34 });
    expect((error as Error).message).toContain("earlier.whole = 63");
    expect((error as Error).message).toContain("later.whole = 34");
  });

  it("two populations: refused, naming both", () => {
    let error: unknown;
    try {
      change(earlier, { ...later, population: "provinces-2025" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ArgumentRangeError);
    expect(error).toMatchObject({
      code: "ERR_UNSUPPORTED",
      argument: "later.population",
      received: "provinces-2025",
    });
    expect((error as Error).message).toContain('earlier.population = "provinces-2023"');
    expect((error as Error).message).toContain('later.population = "provinces-2025"');
  });

  it("figures without a whole (value observations) are read as before", () => {
    const teams = getObservation("community-tech-teams");
    const before = getObservation("community-tech-teams-2022-05-26");
    expect(change(before, teams).days).toEqual({ min: 284, max: 284 });
  });
});
