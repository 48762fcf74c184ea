import { _object, _options, _plain } from "../_lib/_check.js";
import { _checkObservation, _checkRelease, _readRelease } from "../_lib/_records.js";
import { ArgumentRangeError, ArgumentTypeError } from "../errors.js";
import type { Observation } from "../model/observation.js";
import type { Release } from "../model/release.js";
import type { CiteFormat } from "./types.js";

/**
 * The arguments of `cite` read once and checked: the format, and the target
 * as a release or an observation of `options.release`, as plain copies (see
 * `_plain`) checked field by field, so that a record that is almost a
 * release (no `publisher`, no `event.date`) or almost an observation (no
 * `name`) is the typed error naming the field, and no getter or Proxy of the
 * input runs twice. A target with a `kind` is read as an observation,
 * anything else as a release. An option key `cite` does not know
 * (`{ formt }`, `{ releases }`) is refused, not ignored (`_options`).
 *
 * @internal
 */
export function _citeInput(
  target: unknown,
  options: unknown,
): { format: CiteFormat; release: Release; observation: Observation | null } {
  const { format, release } =
    typeof options === "object" && options !== null
      ? _options(
          "options",
          options,
          ["format", "release"],
          'an options object such as { format: "text" }',
        )
      : { format: undefined, release: undefined };
  const formats = '"csl", "bibtex", "biblatex" or "text"';
  if (typeof format !== "string") {
    throw new ArgumentTypeError("ERR_MISSING_OPTION", "options.format", format, formats);
  }
  if (format !== "csl" && format !== "bibtex" && format !== "biblatex" && format !== "text") {
    throw new ArgumentRangeError("ERR_OUT_OF_RANGE", "options.format", format, formats);
  }
  const t = _object("target", _plain("target", target), "a release or an observation");
  if (t.kind === undefined)
    return { format, release: _checkRelease("target", t), observation: null };
  const observation = _checkObservation("target", t);
  if (typeof release !== "object" || release === null) {
    throw new ArgumentTypeError(
      "ERR_MISSING_OPTION",
      "options.release",
      release,
      "the release the observation belongs to (e.g. mic2023Q1)",
    );
  }
  const r = _readRelease("options.release", release);
  if (observation.release !== r.id) {
    throw new ArgumentRangeError(
      "ERR_OUT_OF_RANGE",
      "options.release",
      release,
      `the release "${observation.release}" of the observation`,
    );
  }
  return { format, release: r, observation };
}
