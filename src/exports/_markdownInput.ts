import type { Observation } from "../model/observation.js";
import { _readInput } from "./_readInput.js";
import type { ToMarkdownOptions } from "./toMarkdown.js";

/**
 * The arguments of `toMarkdown` read once and checked (see `_readInput`):
 * plain copies of the observations and of the options (`release`, `lang`).
 *
 * @internal
 */
export function _markdownInput(
  observations: unknown,
  options: unknown,
): [readonly Observation[], ToMarkdownOptions] {
  const input = _readInput(observations, options, ["lang"]);
  const lang = input.options.lang;
  return [
    input.observations,
    lang === undefined
      ? { release: input.release }
      : { release: input.release, lang: lang as never },
  ];
}
