import { _fields } from "../_lib/_check.js";
import { _add, _neg, _ONE, _roundOutward, _toDecimal } from "../_lib/_decimal.js";
import { bounds } from "../bounds/bounds.js";
import { _describe, ArgumentRangeError, ArgumentTypeError } from "../errors.js";
import type { DifferenceInterval, Interval } from "../model/interval.js";
import type { Comparator, Unit } from "../model/observation.js";
import { _asOfSpan } from "./_asOf.js";

/**
 * The fields of an observation that {@link change} reads. Every level
 * observation (kind `value` or `partOfWhole`) is one.
 *
 * @category Series
 */
export interface ChangeFigure {
  /** The observation's id. */
  readonly id: string;
  /** Its kind: `value` or `partOfWhole` (a level). */
  readonly kind: string;
  /** The indicator it is a figure of. */
  readonly indicator: string;
  /** Its unit. */
  readonly unit: Unit;
  /** The value, in units. */
  readonly value: number;
  /** The printed qualifier. */
  readonly comparator: Comparator;
  /** Digits printed after the decimal mark. */
  readonly decimals: number;
  /** The multiplier word's value. */
  readonly scale: number;
  /** The date or period it is as of. */
  readonly asOf: string;
  /**
   * For a part-of-whole figure, the set it counts in (`provinces-2023`): two
   * figures that both give one must give the same.
   */
  readonly population?: string;
  /**
   * For a part-of-whole figure, the whole (`63` in `60/63`): two figures that
   * both give one must give the same.
   */
  readonly whole?: number;
}

/**
 * One end of a {@link ChangeBetween}: which figure, as of when, and the
 * interval it allows.
 *
 * @category Series
 */
export interface ChangeEnd {
  /** The observation's id. */
  readonly id: string;
  /** Its as-of date or period. */
  readonly asOf: string;
  /** The interval its printed form allows (see `bounds`). */
  readonly interval: Interval;
}

/**
 * The change between two figures of one indicator, returned by {@link change}.
 *
 * @category Series
 */
export interface ChangeBetween {
  /** The indicator. */
  readonly indicator: string;
  /** The unit of the figures and of the difference (percentage points for a share). */
  readonly unit: Unit;
  /** The earlier figure. */
  readonly from: ChangeEnd;
  /** The later figure. */
  readonly to: ChangeEnd;
  /**
   * `later − earlier`, as the interval both figures' bounds allow: exact
   * ends where both are plain (up to their printed decimals), open or
   * missing ends where a figure is "more than" or "nearly".
   */
  readonly difference: DifferenceInterval;
  /**
   * The calendar days between the two as-of dates: `min` = `max` when both
   * are days; a range when either is dated only by a month or longer.
   */
  readonly days: {
    /** The fewest days: from the last day of the earlier as-of to the first day of the later. */
    readonly min: number;
    /** The most days: from the first day of the earlier as-of to the last day of the later. */
    readonly max: number;
  };
}

const LEVELS: readonly string[] = ["value", "partOfWhole"];

function _level(argument: string, value: unknown): ChangeFigure {
  // read once, field by field: a getter or Proxy of the input never runs twice
  const o = _fields(argument, value, "a level observation (kind value or partOfWhole)", [
    "id",
    "kind",
    "indicator",
    "unit",
    "value",
    "comparator",
    "decimals",
    "scale",
    "asOf",
    "population",
    "whole",
  ]);
  if (typeof o.kind !== "string" || !LEVELS.includes(o.kind)) {
    throw new ArgumentRangeError(
      "ERR_UNSUPPORTED",
      `${argument}.kind`,
      o.kind,
      '"value" or "partOfWhole" (a level; a target or a printed change has no level to compare)',
    );
  }
  for (const key of ["id", "indicator", "unit"] as const) {
    if (typeof o[key] !== "string") {
      throw new ArgumentTypeError("ERR_INVALID_TYPE", `${argument}.${key}`, o[key], "a string");
    }
  }
  return o as unknown as ChangeFigure;
}

/**
 * The change between two figures of the **same indicator**, from the
 * intervals their printed forms allow (see `bounds`): "hơn 111 triệu" then
 * "trên 134,5 triệu" allow any difference at all, so the result says so
 * rather than print 23.5 million. Computed on decimal digits
 * (`84,14% − 77,08%` is exactly 7.06 points, up to the printed decimals).
 * Nothing is interpolated and no reading is chosen for the caller.
 *
 * @param earlier - The earlier figure (a level observation).
 * @param later - The later figure, of the same indicator and unit.
 * @returns The indicator, unit, both ends with their intervals, the
 *   difference as an interval, and the days between the two as-of dates.
 * @throws {@link ArgumentTypeError} (`ERR_INVALID_TYPE`) for a non-object or
 *   a mistyped field; {@link ArgumentRangeError} (`ERR_UNSUPPORTED`) for a
 *   target or change observation, two indicators or two units, or two
 *   part-of-whole figures of different populations or wholes (`60/63`
 *   provinces, then `34/34`: the error names `later.population` or
 *   `later.whole`, and gives both values);
 *   (`ERR_INVALID_FORMAT`) for a malformed as-of; (`ERR_OUT_OF_RANGE`) for a
 *   `later` whose as-of is not after `earlier`'s (or overlaps it), and for
 *   the fields `bounds` refuses.
 *
 * @example
 * ```ts
 * const [march, april] = series("fully-online-services-share").slice(1, 3);
 * change(march.observation, april.observation).difference
 * //=> { lower: 7.05, lowerInclusive: false, upper: 7.07, upperInclusive: false, approximate: false }
 * change(getObservation("ndxp-transactions-since-launch-2022-09-26"), getObservation("ndxp-transactions-cumulative")).difference
 * //=> { lower: null, lowerInclusive: false, upper: null, upperInclusive: false, approximate: false }
 * change(getObservation("community-tech-teams-2022-05-26"), getObservation("community-tech-teams")).days
 * //=> { min: 284, max: 284 }
 * ```
 * @category Series
 */
export function change(earlier: ChangeFigure, later: ChangeFigure): ChangeBetween {
  const e = _level("earlier", earlier);
  const l = _level("later", later);
  if (l.indicator !== e.indicator) {
    throw new ArgumentRangeError(
      "ERR_UNSUPPORTED",
      "later.indicator",
      l.indicator,
      `the earlier figure's indicator ("${e.indicator}"): a change is within one indicator`,
    );
  }
  if (l.unit !== e.unit) {
    throw new ArgumentRangeError(
      "ERR_UNSUPPORTED",
      "later.unit",
      l.unit,
      `the earlier figure's unit ("${e.unit}")`,
    );
  }
  // parts of two different wholes (60/63 provinces, then 34/34 after the 2025
  // reorganisation) count two different sets: their difference is no change
  for (const key of ["population", "whole"] as const) {
    if (e[key] !== undefined && l[key] !== undefined && e[key] !== l[key]) {
      throw new ArgumentRangeError(
        "ERR_UNSUPPORTED",
        `later.${key}`,
        l[key],
        `the earlier figure's ${key} (earlier.${key} = ${_describe(e[key])}, later.${key} = ${_describe(l[key])}): parts of different wholes count different sets, and their difference is no change`,
      );
    }
  }
  const from = _asOfSpan("earlier.asOf", e.asOf);
  const to = _asOfSpan("later.asOf", l.asOf);
  if (to.first <= from.last) {
    throw new ArgumentRangeError(
      "ERR_OUT_OF_RANGE",
      "later.asOf",
      l.asOf,
      `an as-of date after the earlier figure's ("${from.text}", not overlapping it)`,
    );
  }
  const a = bounds(e);
  const b = bounds(l);
  // later − earlier, exactly on decimal digits, each end rounded outward where
  // no double is exact (and then open): the lower end from later's lower and
  // earlier's upper, the upper end from later's upper and earlier's lower
  const diff = (x: number, y: number, mode: -1 | 1) =>
    _roundOutward(
      _add(_toDecimal(x), _neg(_toDecimal(y))),
      _ONE,
      mode,
      "later.value",
      l.value,
      "figures whose difference is within ±1.8e308",
    );
  const low = a.upper === null ? null : diff(b.lower, a.upper, -1);
  const high = b.upper === null ? null : diff(b.upper, a.lower, 1);
  const lower = low?.value ?? null;
  const upper = high?.value ?? null;
  return {
    indicator: e.indicator,
    unit: e.unit,
    from: { id: e.id, asOf: e.asOf, interval: a },
    to: { id: l.id, asOf: l.asOf, interval: b },
    difference: {
      lower,
      lowerInclusive: low?.exact === true && b.lowerInclusive && a.upperInclusive,
      upper,
      upperInclusive: high?.exact === true && b.upperInclusive && a.lowerInclusive,
      approximate: a.approximate || b.approximate,
    },
    days: { min: to.first - from.last, max: to.last - from.first },
  };
}
