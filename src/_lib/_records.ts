import { ArgumentTypeError } from "../errors.js";
import type { Conflict } from "../model/conflict.js";
import type { Observation } from "../model/observation.js";
import type { Release } from "../model/release.js";
import { parsePeriod } from "../periods/parsePeriod.js";
import { _COMPARATORS, _decimals, _object, _oneOf, _plain, _scale } from "./_check.js";

/** A check of one value at `path`; throws the typed error naming it. @internal */
type _Rule = (path: string, value: unknown) => void;

function check(ok: boolean, path: string, value: unknown, expected: string): void {
  if (!ok) throw new ArgumentTypeError("ERR_INVALID_TYPE", path, value, expected);
}

// the rules are functions, built on each call: nothing runs at import, so a
// bundle that reads no record carries none of this
const str: _Rule = (p, v) => check(typeof v === "string", p, v, "a string");
const num: _Rule = (p, v) => check(Number.isFinite(v), p, v, "a finite number");
const int: _Rule = (p, v) => check(Number.isInteger(v), p, v, "a whole number");
const day: _Rule = (p, v) =>
  check(typeof v === "string" && _isPeriod(v, true), p, v, 'a day as "YYYY-MM-DD"');
const period: _Rule = (p, v) =>
  check(
    v === "report" || (typeof v === "string" && _isPeriod(v, false)),
    p,
    v,
    'a period such as "2023-Q1", or "report"',
  );
const nullable =
  (rule: _Rule): _Rule =>
  (path, value) => {
    if (value !== null) rule(path, value);
  };
const oneOf =
  (allowed: readonly string[]): _Rule =>
  (path, value) => {
    _oneOf(path, value, allowed);
  };
const shape =
  (rules: Readonly<Record<string, _Rule>>): _Rule =>
  (path, value) => {
    const o = _object(path, value, "an object");
    for (const [key, rule] of Object.entries(rules)) rule(`${path}.${key}`, o[key]);
  };
const list =
  (rule: _Rule): _Rule =>
  (path, value) => {
    if (!Array.isArray(value))
      throw new ArgumentTypeError("ERR_INVALID_TYPE", path, value, "an array");
    // every index, holes of a sparse array included
    for (let i = 0; i < value.length; i++) rule(`${path}[${i}]`, value[i]);
  };

function _isPeriod(text: string, dayOnly: boolean): boolean {
  try {
    return !dayOnly || parsePeriod(text).type === "day";
  } catch {
    return false;
  }
}

function text(): _Rule {
  return shape({ vi: str, en: str });
}

function observationRules(kind: Observation["kind"]): _Rule {
  const base = shape({
    id: str,
    release: str,
    indicator: str,
    name: text(),
    value: num,
    published: str,
    comparator: oneOf(_COMPARATORS),
    decimals: (p, v) => _decimals(p, v),
    scale: (p, v) => _scale(p, v),
    unit: str,
    period,
    periodType: oneOf(["stock", "flow"]),
    quote: nullable(str),
    note: nullable(text()),
    asOf: (p, v) =>
      check(
        typeof v === "string" && _isPeriod(v, false),
        p,
        v,
        'a date or period such as "2023-09-04"',
      ),
    asOfBasis: oneOf(["stated", "context", "period-end", "event", "event-period", "page"]),
    status: oneOf(["normal", "estimate", "provisional", "forecast"]),
    area: nullable(shape({ units: oneOf(["provinces-2023", "provinces-2025"]), code: str })),
    sameFigureAs: nullable(str),
    term: str,
  });
  const own = {
    value: () => shape({ shareOf: nullable(str) }),
    partOfWhole: () =>
      shape({
        part: int,
        whole: int,
        population: str,
        missing: nullable(shape({ codes: list(str), published: str })),
      }),
    change: () =>
      shape({
        change: shape({
          of: str,
          basis: period,
          direction: oneOf(["increase", "decrease"]),
          unit: oneOf(["points", "relative", "ambiguous"]),
        }),
      }),
    target: () =>
      shape({
        target: shape({ year: int, comparator: oneOf(["eq", "gte"]), progress: nullable(str) }),
      }),
  }[kind]();
  return (path, value) => {
    base(path, value);
    own(path, value);
  };
}

const KINDS: readonly Observation["kind"][] = ["value", "partOfWhole", "change", "target"];

/**
 * An observation read once into plain data (see `_plain`) and checked field
 * by field against the model: every field of its kind, with its type (and
 * its values, for the enumerations). The copy is what the caller reads: a
 * getter or a Proxy of the input never runs twice.
 *
 * @internal
 */
export function _readObservation(path: string, value: unknown): Observation {
  return _checkObservation(path, _plain(path, value));
}

/**
 * An observation already read into plain data (see `_plain`) checked field
 * by field, as {@link _readObservation}, without copying it again.
 *
 * @internal
 */
export function _checkObservation(path: string, plain: unknown): Observation {
  const o = _object(path, plain, "an observation");
  observationRules(_oneOf(`${path}.kind`, o.kind, KINDS))(path, o);
  return o as unknown as Observation;
}

/**
 * A release read once into plain data (see `_plain`) and checked field by
 * field: the fields this package reads of a release (id, version, title,
 * publisher, event, source), with their types. The copy holds every field
 * of the input; a function that starts reading another field must add it
 * to these checks.
 *
 * @internal
 */
export function _readRelease(path: string, value: unknown): Release {
  return _checkRelease(path, _plain(path, value));
}

/**
 * A release already read into plain data (see `_plain`) checked field by
 * field, as {@link _readRelease}, without copying it again.
 *
 * @internal
 */
export function _checkRelease(path: string, plain: unknown): Release {
  const o = _object(path, plain, "a release");
  shape({
    id: str,
    version: str,
    title: text(),
    publisher: nullable(
      shape({
        id: str,
        name: text(),
        abbreviation: str,
        domains: list(str),
        succession: nullable(shape({ successor: text(), publisher: nullable(str), date: day })),
      }),
    ),
    event: nullable(
      shape({ name: text(), date: nullable(day), place: nullable(text()), period: period }),
    ),
    source: shape({
      language: str,
      url: nullable(str),
      date: nullable(period),
      printedBy: nullable(str),
      quotes: (p, v) => check(typeof v === "boolean", p, v, "a boolean"),
      accessed: day,
    }),
    madePublic: shape({
      date: nullable(period),
      basis: oneOf(["event", "official", "page", "address", "none"]),
    }),
    compiled: day,
  })(path, o);
  return o as unknown as Release;
}

/**
 * A conflict read once into plain data (see `_plain`) and checked field by
 * field: the fields the export builders read of a conflict (its id and the
 * observations it names), with their types.
 *
 * @internal
 */
export function _readConflict(path: string, value: unknown): Conflict {
  return _checkConflict(path, _plain(path, value));
}

/** A conflict already read into plain data, checked as {@link _readConflict}. @internal */
export function _checkConflict(path: string, plain: unknown): Conflict {
  const o = _object(path, plain, "a conflict");
  shape({ id: str, observations: list(str) })(path, o);
  return o as unknown as Conflict;
}
