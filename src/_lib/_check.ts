import { ArgumentRangeError, ArgumentTypeError } from "../errors.js";
import type { Locale } from "../model/common.js";
import type { Comparator } from "../model/observation.js";
import { _parsePeriod, type Period } from "../periods/parsePeriod.js";
import { _editDistance } from "./_closest.js";

/*
 * The checks of the helpers' arguments. Each is a small function of its own,
 * and each error's text is written where it is thrown, so that a bundler
 * keeps only what a helper calls (test/packaging/budgets.test.ts: every
 * helper, bundled alone, under 1 KB gzipped).
 */

/** Whether a value is not a number, or NaN: the `ERR_INVALID_TYPE` cases. @internal */
export function _notNumber(value: unknown): boolean {
  return typeof value !== "number" || Number.isNaN(value);
}

/**
 * The error for `value` of `argument`: `ERR_INVALID_TYPE` (an
 * {@link ArgumentTypeError}) where `wrongType`, else `ERR_OUT_OF_RANGE` (an
 * {@link ArgumentRangeError}); its message says what was `expected`.
 *
 * @internal
 */
export function _invalid(
  wrongType: boolean,
  argument: string,
  value: unknown,
  expected: string,
): ArgumentTypeError | ArgumentRangeError {
  return wrongType
    ? new ArgumentTypeError("ERR_INVALID_TYPE", argument, value, expected)
    : new ArgumentRangeError("ERR_OUT_OF_RANGE", argument, value, expected);
}

/**
 * A finite number, `≥ 0` or `> 0` where `bound` says so (−0 read as 0): not
 * a number, or NaN, is `ERR_INVALID_TYPE`; ±Infinity or a number outside the
 * bound `ERR_OUT_OF_RANGE`.
 *
 * @internal
 */
export function _number(argument: string, value: unknown, bound: "" | "≥ 0" | "> 0" = ""): number {
  const v = value as number;
  // the bound's sign: ≥ 0 and > 0 refuse a number below 0; > 0 also 0 (and −0)
  if (!Number.isFinite(v) || (bound && (v < 0 || (v === 0 && bound === "> 0")))) {
    throw _invalid(_notNumber(value), argument, value, `a finite number${bound && ` ${bound}`}`);
  }
  return v || 0;
}

/** A non-null object (not an array, not a revoked Proxy). @internal */
export function _object(
  argument: string,
  value: unknown,
  expected: string,
): Record<string, unknown> {
  _fields(argument, value, expected, []);
  return value as Record<string, unknown>;
}

/**
 * An object (as {@link _object}) read once, field by field, into a plain
 * record of `keys`: a getter or a Proxy trap that throws becomes the typed
 * error naming the field, and later checks read the copy, never the input again.
 *
 * For an input *record* (an observation, a release, a figure passed as
 * data): other keys are allowed. For an options object, use {@link _options}.
 *
 * @internal
 */
export function _fields<K extends string>(
  argument: string,
  value: unknown,
  expected: string,
  keys: readonly K[],
): Record<K, unknown> {
  let object = false;
  try {
    object = typeof value === "object" && value !== null && !Array.isArray(value);
  } catch {
    // Array.isArray throws for a revoked Proxy: not an object to read
  }
  if (!object) throw _invalid(true, argument, value, expected);
  const copy = {} as Record<K, unknown>;
  let key = "";
  try {
    for (key of keys) copy[key as K] = (value as Record<string, unknown>)[key];
  } catch {
    // a getter or a Proxy trap that throws
    throw _invalid(true, `${argument}.${key}`, value, "a readable value");
  }
  return copy;
}

/**
 * An options object read once as {@link _fields} reads it (a getter or a
 * Proxy trap that throws is the typed error naming the field), that refuses
 * every own enumerable key not in `known`: a mistyped option (`{ asof }` for
 * `{ asOf }`) must not be ignored, as if the option had not been given.
 *
 * The refusal is an {@link ArgumentRangeError} with code
 * `ERR_UNKNOWN_OPTION`; its `argument` names the key (`options.asof`), its
 * `received` is the key, and its message suggests the known key closest to
 * it by edit distance, case ignored (`"asOf"`), where one is close (at most
 * three edits, and at most half its length), and lists the known keys.
 * Keys are read with `Object.keys` (own, enumerable, strings: symbols and
 * inherited keys are not options); only the known keys' values are read.
 *
 * Use it for options only: input records (observations, releases, figures
 * passed as data) keep accepting extra fields (read them with
 * {@link _fields}). Where a function allows leaving the options out, call it
 * only when they are given:
 *
 * ```ts
 * const opts = options === undefined ? {} : _options("options", options, ["asOf"], "an options object { asOf }");
 * ```
 *
 * @param argument - The argument's name in errors (`options`, `options.coverage`).
 * @param value - The options object as received.
 * @param known - Every key the function reads (the only ones allowed).
 * @param expected - What was expected, in words, for a value that is not an object.
 * @returns A plain record of the `known` keys' values (`undefined` where absent).
 * @internal
 */
export function _options<K extends string>(
  argument: string,
  value: unknown,
  known: readonly K[],
  expected: string,
): Record<K, unknown> {
  _fields(argument, value, expected, []);
  let keys: string[];
  try {
    keys = Object.keys(value as object);
  } catch {
    // a Proxy whose ownKeys trap throws
    throw _invalid(true, argument, value, "a readable value");
  }
  for (const key of keys) {
    if (!(known as readonly string[]).includes(key)) {
      // edit distance, case ignored; a key longer than a known one by 4 or
      // more is not within 3 edits of it (not compared, whatever its length)
      const score = (k: string) =>
        key.length < k.length + 4 ? _editDistance(key.toLowerCase(), k.toLowerCase()) : 9;
      // the closest known key (the first of equals), where it is close
      const best = known.reduce((b, k) => (score(k) < score(b) ? k : b));
      const close = score(best) < 4 && score(best) <= best.length / 2;
      throw new ArgumentRangeError(
        "ERR_UNKNOWN_OPTION",
        `${argument}.${key}`,
        key,
        `${close ? `"${best}" (the closest known option); ` : ""}the known options are "${known.join('", "')}"`,
      );
    }
  }
  return _fields(argument, value, expected, known);
}

/**
 * A deep copy of a record as plain data: the own enumerable properties of
 * objects and arrays (as `JSON.stringify` reads them), each read once; other
 * values as they are. A getter or a Proxy that throws is the typed error
 * naming where; data nested more than 12 levels (a cycle) is refused.
 *
 * @internal
 */
export function _plain(argument: string, value: unknown, depth = 12): unknown {
  if (typeof value !== "object" || value === null) return value;
  let array: boolean;
  let keys: string[];
  try {
    array = Array.isArray(value);
    keys = Object.keys(value);
  } catch {
    throw _invalid(true, argument, value, "a readable value");
  }
  if (depth === 0) {
    throw new ArgumentRangeError(
      "ERR_OUT_OF_RANGE",
      argument,
      value,
      "data nested at most 12 levels deep",
    );
  }
  const copy = (array ? [] : {}) as Record<string, unknown>;
  for (const key of keys) {
    const path = array ? `${argument}[${key}]` : `${argument}.${key}`;
    let v: unknown;
    try {
      v = (value as Record<string, unknown>)[key];
    } catch {
      throw _invalid(true, path, value, "a readable value");
    }
    // defineProperty: a key "__proto__" stays a key
    Object.defineProperty(copy, key, {
      value: _plain(path, v, depth - 1),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return copy;
}

/** The published comparators. @internal */
export const _COMPARATORS: readonly Comparator[] = ["eq", "approx", "gt", "gte", "nearly"];

/** One of the published comparators. @internal */
export function _comparator(argument: string, value: unknown): Comparator {
  return _oneOf(argument, value, _COMPARATORS);
}

/** One of `allowed` (strings), or the `ERR_OUT_OF_RANGE` error listing them. @internal */
export function _oneOf<T extends string>(
  argument: string,
  value: unknown,
  allowed: readonly T[],
): T {
  if (!(allowed as readonly unknown[]).includes(value)) {
    throw _invalid(false, argument, value, `one of "${allowed.join('", "')}"`);
  }
  return value as T;
}

/** The locale, `vi` or `en`, or the error naming `argument`. @internal */
export function _locale(argument: string, value: unknown): Locale {
  if (value !== "vi" && value !== "en") {
    throw _invalid(typeof value !== "string", argument, value, '"vi" or "en"');
  }
  return value;
}

/** Decimals from 0 to 15, or the error naming `argument`. @internal */
export function _decimals(argument: string, value: unknown): number {
  if (!Number.isInteger(value) || (value as number) < 0 || (value as number) > 15) {
    throw _invalid(_notNumber(value), argument, value, "an integer from 0 to 15");
  }
  return value as number;
}

/** A scale of 1, 10^3, 10^6 or 10^9, or the error naming `argument`. @internal */
export function _scale(argument: string, value: unknown): 1 | 1_000 | 1_000_000 | 1_000_000_000 {
  if (value !== 1 && value !== 1e3 && value !== 1e6 && value !== 1e9) {
    throw _invalid(_notNumber(value), argument, value, "1, 1000, 1000000 or 1000000000");
  }
  return value;
}

/** A period text read as `parsePeriod` reads it, naming `argument` in the error. @internal */
export function _period(argument: string, value: unknown): Period {
  return _parsePeriod(argument, value);
}
