import { _fields, _plain } from "../_check.js";
import { _readObservation, _readRelease } from "../_records.js";
import { ArgumentRangeError, ArgumentTypeError } from "../errors.js";
import type { Observation } from "../model/observation.js";
import type { Release } from "../model/release.js";

/**
 * The arguments of the export builders read once and checked: the
 * observations (an array, each a complete observation of its kind, of
 * `options.release`) and the release, as plain copies (see `_plain`), and
 * the other options named in `keys` as given. The builders read the copies
 * only: no getter or Proxy of the input runs twice, and a malformed field
 * is the typed error naming it (`observations[3].name.en`).
 *
 * @internal
 */
export function _readInput<K extends string>(
  observations: unknown,
  options: unknown,
  keys: readonly K[] = [],
): { observations: Observation[]; release: Release; options: Record<K, unknown> } {
  const list = _plain("observations", observations);
  if (!Array.isArray(list)) {
    throw new ArgumentTypeError(
      "ERR_INVALID_TYPE",
      "observations",
      observations,
      "an array of observations",
    );
  }
  const given =
    typeof options === "object" && options !== null
      ? _fields("options", options, "an options object { release }", ["release", ...keys])
      : ({} as Record<"release" | K, unknown>);
  if (typeof given.release !== "object" || given.release === null) {
    throw new ArgumentTypeError(
      "ERR_MISSING_OPTION",
      "options.release",
      given.release,
      "the release the observations belong to (e.g. mic2023Q1)",
    );
  }
  const release = _readRelease("options.release", given.release);
  // every index, holes of a sparse array included (read as undefined, and refused)
  const read = Array.from(list as unknown[], (o, i) => {
    const observation = _readObservation(`observations[${i}]`, o);
    if (observation.release !== release.id) {
      throw new ArgumentRangeError(
        "ERR_OUT_OF_RANGE",
        `observations[${i}].release`,
        observation.release,
        `the id of options.release ("${release.id}")`,
      );
    }
    return observation;
  });
  return { observations: read, release, options: given };
}
