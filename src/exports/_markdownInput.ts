import { _fields, _plain } from "../_check.js";
import type { Observation } from "../model/observation.js";
import type { Release } from "../model/release.js";
import { _readInput } from "./_readInput.js";
import type { ToMarkdownOptions } from "./toMarkdown.js";

/**
 * The arguments of `toMarkdown` read once and checked (see `_readInput`):
 * plain copies of the observations and of the options (`release`, `lang`).
 * Where no release is given, `fallback` names the release of the first
 * observation's release id.
 *
 * @internal
 */
export function _markdownInput(
  observations: unknown,
  options: unknown,
  fallback: (releaseId: unknown) => Release,
): [readonly Observation[], ToMarkdownOptions] {
  const given =
    options === undefined
      ? { release: undefined, lang: undefined }
      : _fields("options", options, "an options object { release, lang }", ["release", "lang"]);
  // a plain copy, read once: the first observation's release is read from it
  const list = _plain("observations", observations);
  let release = given.release;
  if (release === undefined && Array.isArray(list)) {
    const first: unknown = list[0];
    release = fallback(
      typeof first === "object" && first !== null
        ? (first as { release?: unknown }).release
        : undefined,
    );
  }
  const input = _readInput(list, { release, lang: given.lang }, ["lang"]);
  const lang = input.options.lang;
  // `release` is given (above), so _readInput has read it
  const read = input.release as Release;
  return [
    input.observations,
    lang === undefined ? { release: read } : { release: read, lang: lang as never },
  ];
}
