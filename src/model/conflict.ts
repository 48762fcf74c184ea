import type { LocalizedText } from "./common.js";

/**
 * What kind of disagreement a {@link Conflict} records:
 *
 * - `value`: two sources give different facts for the same thing (the month
 *   a platform was launched);
 * - `date`: the same figure is dated differently (by two pages, or twice on
 *   one page);
 * - `comparability`: figures of one indicator that read as comparable but
 *   are not (two "quarters" each counted up to a different day).
 *
 * @category Model
 */
export type ConflictKind = "value" | "date" | "comparability";

/**
 * A disagreement between sources, recorded as data. The package resolves
 * none: every figure involved stays as published.
 *
 * @category Model
 */
export interface Conflict {
  /** Stable id, kebab-case. */
  readonly id: string;
  /** What kind of disagreement. */
  readonly kind: ConflictKind;
  /** What disagrees, in both languages (this package's words). */
  readonly description: LocalizedText;
  /** The observations involved (ids), possibly none where the conflict is in release metadata. */
  readonly observations: readonly string[];
  /** The releases involved (ids), at least one. */
  readonly releases: readonly string[];
  /** The field that disagrees (`asOf`, `value`, `platforms.onetouch.launched`). */
  readonly field: string;
}
