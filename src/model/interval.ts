/**
 * An interval of real numbers that a published figure allows.
 *
 * `upper` is `null` where there is no upper bound (`hơn 111 triệu` allows any
 * count above 111 million). When `approximate` is `true` (`khoảng`, "about"),
 * the interval is what the printed decimals allow at the least: the true value
 * may lie outside it by an amount the source does not state.
 *
 * @category Model
 */
export interface Interval {
  /** The lower bound, finite. */
  readonly lower: number;
  /** Whether `lower` itself is allowed. */
  readonly lowerInclusive: boolean;
  /** The upper bound, or `null` for none. */
  readonly upper: number | null;
  /** Whether `upper` itself is allowed (always `false` when `upper` is `null`). */
  readonly upperInclusive: boolean;
  /** `true` when the interval is a lower estimate of the uncertainty (`khoảng`). */
  readonly approximate: boolean;
}

/**
 * An interval of real numbers that may be unbounded on either side: what
 * two published figures allow for their difference (`null` = no bound on
 * that side). "More than 111 million" minus "more than 134.5 million" allows
 * any difference at all: both ends `null`.
 *
 * @category Model
 */
export interface DifferenceInterval {
  /** The lower bound, or `null` for none. */
  readonly lower: number | null;
  /** Whether `lower` itself is allowed (always `false` when `lower` is `null`). */
  readonly lowerInclusive: boolean;
  /** The upper bound, or `null` for none. */
  readonly upper: number | null;
  /** Whether `upper` itself is allowed (always `false` when `upper` is `null`). */
  readonly upperInclusive: boolean;
  /** `true` when either figure was approximate (`khoảng`, `gần`): the interval is the least it allows. */
  readonly approximate: boolean;
}
