import { _add, _HUNDRED, _mul, _neg, _result, _toDecimal } from "../_lib/_decimal.js";

/** Who an error of {@link _pointsAndRelative} names: the argument, and the value received. @internal */
export interface _Blamed {
  readonly argument: string;
  readonly received: unknown;
}

/**
 * `current − previous` (`points`) and `(current − previous) / previous × 100`
 * (`relative`), exactly on the decimal digits, each rounded once to the
 * nearest double (`previous` > 0). A result beyond the finite range, or one
 * that underflows to 0, is the error of `_result` naming `blameCurrent` for
 * `points` and `blamePrevious` for `relative`.
 *
 * @internal
 */
export function _pointsAndRelative(
  current: number,
  previous: number,
  blameCurrent: _Blamed,
  blamePrevious: _Blamed,
): { points: number; relative: number } {
  const before = _toDecimal(previous);
  const difference = _add(_toDecimal(current), _neg(before));
  return {
    points: _result(blameCurrent.argument, blameCurrent.received, difference),
    relative: _result(
      blamePrevious.argument,
      blamePrevious.received,
      _mul(difference, _HUNDRED),
      before,
    ),
  };
}
