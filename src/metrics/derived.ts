/**
 * How a derived number relates to the true value, carried over from the
 * qualifiers of the figures it was computed from:
 *
 * - `eq`: as exact as its inputs (up to their printed decimals);
 * - `approx`: near the value, by an amount the sources do not state (`khoảng`);
 * - `gt` / `gte`: the true value is above (or at least) this number (`hơn`, `tối thiểu`);
 * - `lt` / `lte`: the true value is below (or at most) this number
 *   (`8,6 tỷ` minus "more than 111 million" is less than 749 million).
 *
 * @category Helpers
 */
export type DerivedComparator = "eq" | "approx" | "gt" | "gte" | "lt" | "lte";

/**
 * A number computed from published figures, never published itself, with
 * what it says about the true value.
 *
 * @category Helpers
 */
export interface Derived {
  /** The number. Finite. */
  readonly value: number;
  /** How the true value relates to {@link Derived.value}. */
  readonly comparator: DerivedComparator;
}

/**
 * A figure read by a helper: any observation, a {@link Derived} result, or
 * the same fields written by hand.
 *
 * @category Helpers
 */
export interface FigureInput {
  /** The value in units (0 or more, finite). */
  readonly value: number;
  /** The qualifier (`eq`, `approx`, `gt`, `gte`); missing means `eq`. */
  readonly comparator?: string;
  /** The unit, checked against the other figure's where both are given. */
  readonly unit?: string;
  /** The observation's id, checked where a helper knows which one it expects. */
  readonly id?: string;
}
