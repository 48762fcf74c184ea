import { _closest } from "../_closest.js";
import { UnknownIdError } from "../errors.js";

/**
 * The record with that id, or an {@link UnknownIdError} naming the closest ids.
 *
 * @internal
 */
export function _findById<R extends { readonly id: string }>(
  records: readonly R[],
  id: unknown,
  what: string,
): R {
  const found = records.find((r) => r.id === id);
  if (found === undefined) {
    const suggestions =
      typeof id === "string"
        ? _closest(
            id,
            records.map((r) => r.id),
          )
        : [];
    throw new UnknownIdError("id", id, what, suggestions);
  }
  return found;
}
