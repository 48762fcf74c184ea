/** The command line's lookups: releases, indicators, figures and conflicts by id. */
import { _closest } from "../_lib/_closest.js";
import {
  type Conflict,
  conflicts,
  type Indicator,
  indicators,
  type Observation,
  observations,
  type Release,
  releases,
} from "../index.js";
import { _didYouMean, _NAME, _REPORT, _UsageError } from "./_args.js";

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

/** The kinds of record an id can name, as the suggestions call them. */
type Kind = "figure" | "indicator" | "release" | "conflict";

/** Every id with the kinds it names (an id can be a figure's and an indicator's). */
function idsByKind(kinds: readonly Kind[]): Map<string, Kind[]> {
  const all = new Map<string, Kind[]>();
  const add = (id: string, kind: Kind) => all.set(id, [...(all.get(id) ?? []), kind]);
  if (kinds.includes("figure")) for (const o of observations) add(o.id, "figure");
  if (kinds.includes("indicator")) for (const i of indicators) add(i.id, "indicator");
  if (kinds.includes("release")) for (const r of releases) add(r.id, "release");
  if (kinds.includes("conflict")) for (const c of conflicts) add(c.id, "conflict");
  return all;
}

/** `the indicator "x"`, `the figure and indicator "x"`. */
function named(id: string, kinds: readonly Kind[]): string {
  return `the ${kinds.join(" and ")} "${id}"`;
}

/** `a`, `a or b`, `a, b or c`. */
function either(items: readonly string[]): string {
  return items.length < 2
    ? (items[0] ?? "")
    : `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}

/**
 * ` Did you mean the indicator "x"? Also close: the figure "y", …` over the
 * ids of `kinds`, each suggestion named with its kind, by the package's
 * suggestion rule (every id within one or two edits first), or "".
 *
 * @internal
 */
export function _suggest(input: string, kinds: readonly Kind[]): string {
  const all = idsByKind(kinds);
  const close = _closest(input, [...all.keys()]);
  if (close.length === 0) return "";
  const [first = "", ...rest] = close.map((id) => named(id, all.get(id) ?? []));
  return ` Did you mean ${first}?${rest.length === 0 ? "" : ` Also close: ${rest.join(", ")}.`}`;
}

/** The release with that id, or the usage error naming the closest. @internal */
export function _findRelease(id: string): Release {
  const release = releaseById(id);
  if (release) return release;
  const hint = _didYouMean(
    id,
    releases.map((r) => r.id),
  );
  throw new _UsageError(
    `unknown release "${id}".${hint} Releases: ${releases.map((r) => r.id).join(", ")}.`,
  );
}

/**
 * The indicator with that id, for `series` and `vintages`; a usage error
 * otherwise that says what the id is (a figure: its indicator; a release:
 * its list) or names the closest indicators, and the indicators of the
 * closest figures.
 *
 * @internal
 */
export function _findSeriesIndicator(id: string, command: string): Indicator {
  const indicator = _findIndicator(id);
  if (indicator) return indicator;
  const figure = observations.find((o) => o.id === id);
  if (figure) {
    throw new _UsageError(
      `"${id}" is a figure, not an indicator. Did you mean its indicator "${figure.indicator}"? (${_NAME} ${command} ${figure.indicator})`,
    );
  }
  if (releaseById(id)) {
    throw new _UsageError(
      `"${id}" is a release, not an indicator: its figures are listed by ${_NAME} list --release ${id}`,
    );
  }
  // the closest indicators, and the indicators of the closest figures
  const byFigure = new Map(observations.map((o) => [o.id, o.indicator]));
  const close = _closest(id, [...indicators.map((i) => i.id), ...byFigure.keys()]);
  const suggestions: string[] = [];
  for (const c of close) {
    const via = byFigure.get(c);
    const text =
      via === undefined || _findIndicator(c)
        ? `"${c}"`
        : `"${via}" (the indicator of the figure "${c}")`;
    if (!suggestions.some((s) => s.startsWith(`"${via ?? c}"`))) suggestions.push(text);
  }
  throw new _UsageError(
    `unknown indicator "${id}".${suggestions.length === 0 ? "" : ` Did you mean ${either(suggestions)}?`} Run \`${_NAME} indicators\` for the indicators.`,
  );
}

/**
 * The release, indicator, conflict or figure with that id (an indicator
 * first with `preferIndicator`); a usage error naming the closest ids of
 * every kind otherwise ("did you mean the indicator …?").
 *
 * @internal
 */
export function _findTarget(
  id: string,
  preferIndicator = false,
): Observation | Release | Indicator | Conflict {
  const release = releaseById(id);
  if (release && !preferIndicator) return release;
  const indicator = _findIndicator(id);
  const figure = observations.find((o) => o.id === id);
  if (indicator && (preferIndicator || figure === undefined)) return indicator;
  if (preferIndicator) {
    throw new _UsageError(
      `unknown indicator "${id}".${_suggest(id, ["indicator"])} Run \`${_NAME} indicators\` for the indicators.`,
    );
  }
  if (figure) return figure;
  const conflict = conflicts.find((c) => c.id === id);
  if (conflict) return conflict;
  throw new _UsageError(
    `unknown id "${id}".${_suggest(id, ["figure", "indicator", "release", "conflict"])} Run \`${_NAME} list\` for the figures, \`${_NAME} indicators\` for the indicators.`,
  );
}
