import { _closest } from "../_lib/_closest.js";
import { UnknownIdError } from "../errors.js";

/**
 * The record with that id, or an {@link UnknownIdError} naming the closest ids
 * (see `_closest`: every id within one or two edits first). An id more than
 * two characters longer than every known id (no id is within two edits of it)
 * is refused at once, with no suggestions: no search runs on it, whatever its
 * length.
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
    const longest = records.reduce((m, r) => Math.max(m, r.id.length), 0);
    if (typeof id === "string" && id.length > longest + 2) {
      throw new UnknownIdError("id", id, what, []);
    }
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
