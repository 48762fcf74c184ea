import type { DerivedComparator } from "../metrics/derived.js";
import type { Comparator } from "../model/observation.js";

/**
 * The comparator of a quantity that grows with a published figure (its share
 * of a target, a projection from it): the figure's own, except `nearly`
 * (`gần`, below the value), which makes the quantity *less than* the one
 * computed from the printed value (`lt`).
 *
 * @internal
 */
export function _increasing(comparator: Comparator): DerivedComparator {
  return comparator === "nearly" ? "lt" : comparator;
}
