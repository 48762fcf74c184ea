/**
 * The command line's arguments: the options, their parsing and checks, the
 * usage error, and the help text.
 */
import { type ParseArgsConfig, parseArgs } from "node:util";
import { DATA_VERSION, type Locale, mic2023Q1, type Release, VERSION } from "../index.js";

/** The command's name, as the help and the errors print it. @internal */
export const _NAME = "vn-digital-indicators";

/** The Q1/2023 report: what `list` prints unless told otherwise. @internal */
export const _REPORT: Release = mic2023Q1;

/** The help text. @internal */
export const _USAGE = `${_NAME} ${VERSION} (data ${DATA_VERSION})
The figures of Vietnam's Ministry of Information and Communications on digital
transformation, 2022-2024: the Q1/2023 report and the public pages relaying the
ministry's figures, with their qualifiers, as-of dates and sources.

Usage:
  ${_NAME} [list] [--release <id>] [--lang en|vi]
      every figure of a release (default: the report, ${_REPORT.id}) with its
      qualifier ("hơn"/"trên" = more than, "tối thiểu" = at least, "khoảng" =
      about, "gần" = nearly) and period
  ${_NAME} series <indicator> [--lang en|vi]
      one indicator's figures in as-of order, each with its release
  ${_NAME} show <id> [--indicator] [--lang en|vi]
      one figure, a release, or an indicator (its definition, related
      indicators and conflicts), in full; --indicator for an id that names
      both a figure and an indicator
  ${_NAME} export [--release <id>] [--format csv|json|ndjson|md] [--lang en|vi]
      the tidy table, one row per figure of every release (or of one, with
      --release), with the conflicts it is part of (default csv; --lang is
      for md, which prints a table per release)
  ${_NAME} cite <id> [--format text|bibtex|biblatex|csl]
      a citation of a figure or of the release (default text)

Options:
  --format <f>    output format of export and cite (see above)
  --lang en|vi    language of names and readings (default en)
  -h, --help      show this help
  -v, --version   show the package and data versions

Output: to a terminal, list, series and show print readable tables. To a pipe
or a file, list prints tab-separated values (a header row, then id, published,
comparator, value, unit, period, as_of, name), series too (as_of, published,
comparator, value, release, estimate, id), and show prints JSON (the record as
the npm package returns it; for an indicator, { indicator, conflicts }).
export and cite print the format asked for wherever the output goes: CSV is
RFC 4180 (UTF-8, CRLF); without --release, export prints the same bytes as the
package's data/exports/observations.csv (.json, .ndjson); csl is a CSL-JSON
array.

Ids: the observation ids that list prints, a release id (${_REPORT.id} …), or
an indicator id (the second column of series' help: ${_NAME} show <indicator>).
Exit codes: 0 done, 2 usage error (unknown command, id or option), 1 other error.
`;

/** A mistake in the command line: exit code 2, with the short usage. @internal */
export class _UsageError extends Error {}

/** The arguments, parsed. @internal */
export interface _Parsed {
  readonly command: string;
  readonly positionals: readonly string[];
  readonly format: string | undefined;
  readonly release: string | undefined;
  readonly lang: Locale;
  readonly indicator: boolean;
  readonly help: boolean;
  readonly version: boolean;
}

const FORMATS: Record<string, readonly string[]> = {
  export: ["csv", "json", "ndjson", "md"],
  cite: ["text", "bibtex", "biblatex", "csl"],
};

/**
 * Every option, in one table (`node:util` parseArgs' own shape): a `string`
 * option takes a value (`--format csv` or `--format=csv`), a `boolean` one is a
 * flag. A new option is one line here and one field of {@link _Parsed}.
 */
const OPTIONS = {
  format: { type: "string" },
  release: { type: "string" },
  lang: { type: "string" },
  indicator: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const satisfies NonNullable<ParseArgsConfig["options"]>;

type OptionName = keyof typeof OPTIONS;

function isOption(name: string): name is OptionName {
  return Object.hasOwn(OPTIONS, name);
}

/** The arguments (without `node` and the script), parsed; a usage error for a mistake. @internal */
export function _parse(argv: readonly string[]): _Parsed {
  // Not strict: parseArgs reads the arguments into tokens (what was written,
  // where), and every problem is reported here, in this tool's words and with
  // its exit code, the same on Node, Deno and Bun.
  const { tokens } = parseArgs({
    args: [...argv],
    options: OPTIONS,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const positionals: string[] = [];
  const values: Partial<Record<OptionName, string>> = {};
  const flags = new Set<OptionName>();
  for (const token of tokens) {
    if (token.kind === "positional") positionals.push(token.value);
    if (token.kind !== "option") continue; // after `--`, every argument is a positional
    const written = argv[token.index] ?? "";
    const { name } = token;
    // an unknown option; a flag given a value (`--help=1`); a group of flags (`-hv`)
    if (
      !isOption(name) ||
      (OPTIONS[name].type === "boolean" &&
        (token.inlineValue === true || written !== token.rawName))
    ) {
      throw new _UsageError(`unknown option "${written}"`);
    }
    if (OPTIONS[name].type === "boolean") {
      flags.add(name);
      continue;
    }
    const value = token.value;
    // at the end, empty (`--format=`), or the next option (`--format --lang vi`)
    if (
      value === undefined ||
      value === "" ||
      (token.inlineValue !== true && value.startsWith("-"))
    ) {
      throw new _UsageError(`option ${token.rawName} needs a value`);
    }
    values[name] = value; // given twice, the last one counts
  }
  const { lang = "en", format, release } = values;
  if (lang !== "en" && lang !== "vi") {
    throw new _UsageError(`unknown language "${lang}" for --lang: use en or vi`);
  }
  const [command = "list", ...rest] = positionals;
  return {
    command,
    positionals: rest,
    format,
    release,
    lang,
    indicator: flags.has("indicator"),
    help: flags.has("help"),
    version: flags.has("version"),
  };
}

/** The format asked for, if the command takes it; a usage error otherwise. @internal */
export function _checkFormat(parsed: _Parsed): string | undefined {
  const allowed = FORMATS[parsed.command];
  if (parsed.format === undefined) return undefined;
  if (!allowed) throw new _UsageError(`option --format is not used by ${parsed.command}`);
  if (!allowed.includes(parsed.format)) {
    throw new _UsageError(
      `unknown format "${parsed.format}" for ${parsed.command}: use ${allowed.join(", ")}`,
    );
  }
  return parsed.format;
}

/** A usage error unless the command was given exactly `count` arguments. @internal */
export function _arity(parsed: _Parsed, count: number, what: string): void {
  if (parsed.positionals.length < count) {
    throw new _UsageError(`${parsed.command} needs ${what}`);
  }
  if (parsed.positionals.length > count) {
    throw new _UsageError(
      `unexpected argument "${parsed.positionals[count]}" for ${parsed.command}`,
    );
  }
}
