import { _comparator, _fields, _number, _period } from "../_lib/_check.js";
import { ArgumentRangeError } from "../errors.js";
import { _pointsAndRelative } from "./_pointsAndRelative.js";
import type { Derived, DerivedComparator } from "./derived.js";

/**
 * A figure of one quarter, as two editions of the data would carry it.
 * Every observation whose period is a quarter is one.
 *
 * @category Helpers
 */
export interface QuarterFigure {
  /** The value in units (0 or more). */
  readonly value: number;
  /** The qualifier; missing means `eq`. */
  readonly comparator?: string;
  /** The quarter (`2023-Q1`). */
  readonly period: string;
  /** The unit, checked to agree between the two figures where both are given. */
  readonly unit?: string;
}

/**
 * The change from one quarter to the next, returned by {@link quarterOnQuarter}.
 *
 * @category Helpers
 */
export interface QuarterOnQuarter {
  /** `current − previous`, in the figures' unit (percentage points for shares). */
  readonly change: Derived;
  /** The change in percent of the previous quarter's value. */
  readonly relative: Derived;
}

/**
 * Quarter-on-quarter change between two editions' figures of the same
 * indicator (say `2023-Q1` and `2023-Q2`), honouring the qualifiers: a
 * plain figure against a plain figure gives `eq`; `khoảng` gives `approx`;
 * a later "more than" against a plain earlier figure gives a change that is
 * *more than* the difference (`gt`), and a plain later figure against an
 * earlier "more than" one gives `lt`. Two lower bounds ("more than 111
 * million" then "more than 200 million") bound no change at all: the
 * function refuses rather than print a difference that means nothing.
 *
 * @param current - The later quarter's figure.
 * @param previous - The figure of the quarter just before.
 * @returns `{ change, relative }`, each with its comparator.
 * @throws {@link ArgumentTypeError} (`ERR_INVALID_TYPE`) for a mistyped argument.
 * @throws {@link ArgumentRangeError} (`ERR_INVALID_FORMAT`) for a malformed
 *   period; (`ERR_OUT_OF_RANGE`) for a period that is not a quarter, a
 *   `previous` that is not the quarter just before, a negative value, a
 *   previous value of 0, or a relative change beyond the finite range or too
 *   small to tell from 0; (`ERR_UNSUPPORTED`) for units that differ or two
 *   figures that both bound from one side.
 *
 * @example
 * ```ts
 * // a hypothetical Q2 edition printing "hơn 250 triệu" against Q1's plain 200 million:
 * quarterOnQuarter({ value: 250_000_000, comparator: "gt", period: "2023-Q2" }, { value: 200_000_000, period: "2023-Q1" })
 * //=> { change: { value: 50000000, comparator: "gt" }, relative: { value: 25, comparator: "gt" } }
 * quarterOnQuarter({ value: 250_000_000, comparator: "gt", period: "2023-Q2" }, getObservation("ndxp-transactions-2023-q1"))
 * //=> throws ArgumentRangeError (ERR_UNSUPPORTED): two lower bounds bound no change
 * ```
 * @category Helpers
 */
export function quarterOnQuarter(
  current: QuarterFigure,
  previous: QuarterFigure,
): QuarterOnQuarter {
  const keys = ["value", "comparator", "period", "unit"] as const;
  const c = _fields("current", current, "a figure { value, comparator, period }", keys);
  const p = _fields("previous", previous, "a figure { value, comparator, period }", keys);
  const cv = _number("current.value", c.value, "≥ 0");
  const pv = _number("previous.value", p.value, "≥ 0");
  const cc = c.comparator === undefined ? "eq" : _comparator("current.comparator", c.comparator);
  const pc = p.comparator === undefined ? "eq" : _comparator("previous.comparator", p.comparator);
  const cq = _period("current.period", c.period);
  if (cq.type !== "quarter") {
    throw new ArgumentRangeError(
      "ERR_OUT_OF_RANGE",
      "current.period",
      c.period,
      'a quarter such as "2023-Q2"',
    );
  }
  // the quarter just before (the grammar admits one text per quarter)
  const before = cq.quarter === 1 ? `${cq.year - 1}-Q4` : `${cq.year}-Q${(cq.quarter ?? 2) - 1}`;
  if (_period("previous.period", p.period).text !== before) {
    throw new ArgumentRangeError(
      "ERR_OUT_OF_RANGE",
      "previous.period",
      p.period,
      `the quarter just before ${cq.text} ("${before}")`,
    );
  }
  if (typeof c.unit === "string" && typeof p.unit === "string" && c.unit !== p.unit) {
    throw new ArgumentRangeError(
      "ERR_UNSUPPORTED",
      "previous.unit",
      p.unit,
      `"${c.unit}" (the current figure's unit)`,
    );
  }
  if (pv === 0) {
    throw new ArgumentRangeError(
      "ERR_OUT_OF_RANGE",
      "previous.value",
      pv,
      "a value above 0 (no relative change from 0)",
    );
  }
  const comparator = _combine(cc, pc);
  if (comparator === null) {
    throw new ArgumentRangeError(
      "ERR_UNSUPPORTED",
      "previous.comparator",
      pc,
      `a plain or approximate figure when the current one is "${cc}" (two bounds from the same side bound no change)`,
    );
  }
  // exactly on the decimal digits, each rounded once
  const { points, relative } = _pointsAndRelative(
    cv,
    pv,
    { argument: "current.value", received: cv },
    { argument: "previous.value", received: pv },
  );
  return {
    change: { value: points, comparator },
    relative: { value: relative, comparator },
  };
}

function _combine(current: string, previous: string): DerivedComparator | null {
  // which side each figure is bounded from: "above" = the true value is above
  // the printed one (hơn, tối thiểu), "below" = below it (gần)
  const side = (c: string) =>
    c === "gt" || c === "gte" ? "above" : c === "nearly" ? "below" : "none";
  const cs = side(current);
  const ps = side(previous);
  if (cs === "none" && ps === "none") {
    return current === "approx" || previous === "approx" ? "approx" : "eq";
  }
  // a bound with an approximate figure, or two bounds from the same side, bound nothing
  if (current === "approx" || previous === "approx" || cs === ps) return null;
  // current above / previous below (or plain): the change is above the difference
  if (cs === "above" || ps === "below") {
    return cs === "above" && ps === "none" ? (current as "gt" | "gte") : "gt";
  }
  // current below / previous above (or plain): the change is below the difference
  return ps === "above" && cs === "none" ? (previous === "gt" ? "lt" : "lte") : "lt";
}
