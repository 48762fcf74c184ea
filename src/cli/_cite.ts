/** `cite <id>`: a citation of a figure or of a release. */
import { cite } from "../index.js";
import { _NAME, type _Parsed, _UsageError } from "./_args.js";
import type { _Io } from "./_io.js";
import { _findTarget, _releaseOf } from "./_lookup.js";

/** `cite`: the format asked for (checked by the dispatcher; default text). @internal */
export function _cite(parsed: _Parsed, _io: _Io): string {
  const found = _findTarget(parsed.positionals[0] ?? "");
  if ("measures" in found) {
    throw new _UsageError(
      `"${found.id}" is an indicator: cite one of its figures (${_NAME} series ${found.id}) or a release`,
    );
  }
  if ("field" in found) {
    throw new _UsageError(
      `"${found.id}" is a conflict: cite the releases it names (${found.releases.join(", ")})`,
    );
  }
  const target = found;
  const release = "kind" in target ? _releaseOf(target) : target;
  switch (parsed.format ?? "text") {
    case "csl":
      return `${JSON.stringify([cite(target, { format: "csl", release })], null, 2)}\n`;
    case "bibtex":
      return cite(target, { format: "bibtex", release });
    case "biblatex":
      return cite(target, { format: "biblatex", release });
    default:
      return `${cite(target, { format: "text", release })}\n`;
  }
}
