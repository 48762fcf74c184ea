import { _number } from "../_lib/_check.js";
import { _pointsAndRelative } from "./_pointsAndRelative.js";

/**
 * The two readings of a change between two levels, returned by {@link delta}.
 *
 * @category Helpers
 */
export interface DeltaResult {
  /** `current − previous`, in the levels' unit: percentage points for two shares in percent. */
  readonly points: number;
  /** `(current − previous) / previous × 100`: percent of the earlier level. */
  readonly relative: number;
}

/**
 * The change from `previous` to `current`, in both readings, so that neither
 * is taken for the other: for two shares in percent, the difference in
 * percentage points and the relative change in percent. Both are computed
 * exactly on the decimal digits (`74.72 − 70.36` is `4.36`, not
 * `4.359999999999999`), then rounded once to the nearest double.
 *
 * @param current - The later level (0 or more).
 * @param previous - The earlier level (more than 0: a relative change from 0 has no value).
 * @returns `{ points, relative }`, both finite.
 * @throws {@link ArgumentTypeError} (`ERR_INVALID_TYPE`) for a non-number or NaN.
 * @throws {@link ArgumentRangeError} (`ERR_OUT_OF_RANGE`) for ±Infinity, a
 *   negative level, a `previous` of 0, or a relative change beyond the
 *   finite range or too small to tell from 0 (a tiny `previous` under a
 *   huge `current`, and the other way round).
 *
 * @example
 * ```ts
 * // January 2023 read as 70.36 % (the change in points) or 71.60 % (relative)
 * delta(74.72, 70.36)
 * //=> { points: 4.36, relative: 6.196702671972711 }
 * delta(74.72, 74.72 / 1.0436).relative
 * //=> 4.36 (to within 1e-12)
 * ```
 * @category Helpers
 */
export function delta(current: number, previous: number): DeltaResult {
  const c = _number("current", current, "≥ 0");
  const p = _number("previous", previous, "> 0");
  return _pointsAndRelative(
    c,
    p,
    { argument: "current", received: current },
    { argument: "previous", received: previous },
  );
}
