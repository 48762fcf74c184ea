import { _options, _plain } from "../_lib/_check.js";
import { _checkConflict, _checkObservation, _checkRelease } from "../_lib/_records.js";
import { ArgumentRangeError, ArgumentTypeError } from "../errors.js";
import type { Conflict } from "../model/conflict.js";
import type { Observation } from "../model/observation.js";
import type { Release } from "../model/release.js";

/** The arguments of an export builder, read and checked. @internal */
export interface _Input<K extends string> {
  /** Plain copies of the observations, in order. */
  readonly observations: Observation[];
  /** The release of each observation (the same index). */
  readonly releases: Release[];
  /** `options.release` where given (one release for all), else `undefined`. */
  readonly release: Release | undefined;
  /** Plain copies of `options.conflicts`, or `null` where none were given. */
  readonly conflicts: Conflict[] | null;
  /** The other options named in `keys`, as given. */
  readonly options: Record<K, unknown>;
}

/** A list option: a plain copy of an array, or the typed error naming it. */
function list(argument: string, value: unknown, expected: string): unknown[] {
  const copy = _plain(argument, value);
  if (!Array.isArray(copy)) {
    throw new ArgumentTypeError("ERR_INVALID_TYPE", argument, value, expected);
  }
  // every index, holes of a sparse array included (read as undefined, and refused)
  return Array.from(copy as unknown[]);
}

/**
 * The arguments of the export builders read once and checked: the
 * observations (an array, each a complete observation of its kind), the
 * release each belongs to (`options.release` for all of them, or looked up
 * by id in `options.releases`), the conflicts (`options.conflicts`, or
 * `null`), as plain copies (see `_plain`), and the other options named in
 * `keys` as given. The builders read the copies only: no getter or Proxy of
 * the input runs twice, and a malformed field is the typed error naming it
 * (`observations[3].name.en`, `options.releases[2].source.url`). Each
 * input is copied once and checked once.
 *
 * With `single` (as `toMarkdown` reads its options), only `options.release`
 * is read (no `releases`, no `conflicts`), and where it is not given the
 * release is `single(id)` of the first observation's release id.
 *
 * @internal
 */
export function _readInput<K extends string>(
  observations: unknown,
  options: unknown,
  keys: readonly K[] = [],
  single?: (releaseId: unknown) => Release,
): _Input<K> {
  const items = _plain("observations", observations);
  if (!Array.isArray(items)) {
    throw new ArgumentTypeError(
      "ERR_INVALID_TYPE",
      "observations",
      observations,
      "an array of observations",
    );
  }
  // options: only the keys read are allowed (a mistyped one is refused, not ignored)
  const known = single ? ["release", ...keys] : ["release", "releases", "conflicts", ...keys];
  const given = (
    single || (typeof options === "object" && options !== null)
      ? _options(
          "options",
          options,
          known,
          single
            ? `an options object { ${known.join(", ")} }`
            : "an options object { release } or { releases, conflicts }",
        )
      : {}
  ) as Record<"release" | "releases" | "conflicts" | K, unknown>;
  let one = given.release;
  if (one === undefined && single) {
    const first: unknown = items[0];
    one = single(
      typeof first === "object" && first !== null
        ? (first as { release?: unknown }).release
        : undefined,
    );
  }
  const many = given.releases;
  if (many !== undefined && one !== undefined) {
    throw new ArgumentTypeError(
      "ERR_INVALID_TYPE",
      "options.releases",
      many,
      "no options.releases when options.release is given (give one of them)",
    );
  }
  let release: Release | undefined;
  const byId = new Map<string, Release>();
  if (many === undefined) {
    if (typeof one !== "object" || one === null) {
      throw new ArgumentTypeError(
        "ERR_MISSING_OPTION",
        "options.release",
        one,
        "the release the observations belong to (e.g. mic2023Q1), or options.releases (e.g. releases)",
      );
    }
    release = _checkRelease("options.release", _plain("options.release", one));
    byId.set(release.id, release);
  } else {
    const all = list("options.releases", many, "an array of releases (e.g. releases)");
    all.forEach((r, i) => {
      const read = _checkRelease(`options.releases[${i}]`, r);
      if (byId.has(read.id)) {
        throw new ArgumentRangeError(
          "ERR_OUT_OF_RANGE",
          `options.releases[${i}].id`,
          read.id,
          "an id no other release of options.releases has",
        );
      }
      byId.set(read.id, read);
    });
  }
  const conflicts =
    given.conflicts === undefined
      ? null
      : list("options.conflicts", given.conflicts, "an array of conflicts (e.g. conflicts)").map(
          (c, i) => _checkConflict(`options.conflicts[${i}]`, c),
        );
  const releases: Release[] = [];
  // every index, holes of a sparse array included (read as undefined, and refused)
  const read = Array.from(items as unknown[], (o, i) => {
    const observation = _checkObservation(`observations[${i}]`, o);
    const own = byId.get(observation.release);
    if (own === undefined) {
      throw new ArgumentRangeError(
        "ERR_OUT_OF_RANGE",
        `observations[${i}].release`,
        observation.release,
        release === undefined
          ? "the id of one of options.releases"
          : `the id of options.release ("${release.id}")`,
      );
    }
    releases.push(own);
    return observation;
  });
  return { observations: read, releases, release, conflicts, options: given };
}
