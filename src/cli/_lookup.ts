/** The command line's lookups: releases, indicators and figures by id. */
import {
  getObservation,
  type Indicator,
  indicators,
  type Observation,
  observations,
  type Release,
  releases,
  UnknownIdError,
} from "../index.js";
import { _NAME, _REPORT, _UsageError } from "./_args.js";

/** The observations of one release, in the order of its source. @internal */
export function _ofRelease(release: Release): Observation[] {
  return observations.filter((o) => o.release === release.id);
}

/** The release an observation belongs to. @internal */
export function _releaseOf(o: Observation): Release {
  return releaseById(o.release) ?? _REPORT;
}

/** The indicator with that id, or undefined. @internal */
export function _findIndicator(id: string): Indicator | undefined {
  return indicators.find((i) => i.id === id);
}

/** The release with that id, or undefined. */
function releaseById(id: string): Release | undefined {
  return releases.find((r) => r.id === id);
}

/** The release with that id, or the usage error naming the known ones. @internal */
export function _findRelease(id: string): Release {
  const release = releaseById(id);
  if (release) return release;
  throw new _UsageError(
    `unknown release "${id}". Releases: ${releases.map((r) => r.id).join(", ")}.`,
  );
}

/**
 * The release, indicator or figure with that id (an indicator first with
 * `preferIndicator`); a usage error naming the closest ids otherwise.
 *
 * @internal
 */
export function _findTarget(
  id: string,
  preferIndicator = false,
): Observation | Release | Indicator {
  const release = releaseById(id);
  if (release) return release;
  const indicator = _findIndicator(id);
  if (indicator && (preferIndicator || !observations.some((o) => o.id === id))) return indicator;
  if (preferIndicator)
    throw new _UsageError(
      `unknown indicator "${id}". Run \`${_NAME} show <indicator>\` with an indicator id.`,
    );
  try {
    return getObservation(id as Parameters<typeof getObservation>[0]);
  } catch (error) {
    if (error instanceof UnknownIdError) {
      const hint =
        error.suggestions.length > 0
          ? ` Closest known: ${error.suggestions.map((s) => `"${s}"`).join(", ")}.`
          : "";
      throw new _UsageError(`unknown id "${id}".${hint} Run \`${_NAME} list\` for the ids.`);
    }
    throw error;
  }
}
