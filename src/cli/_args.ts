/**
 * The command line's arguments: the options, their parsing and checks, the
 * usage error, the suggestions for a mistyped command or option, and the
 * help text.
 */
import { type ParseArgsConfig, parseArgs } from "node:util";
// The one suggestion rule of the package (a function of strings, no data):
// the command line suggests commands, options and ids as the package suggests
// ids. Everything else the command line reads comes from ../index.js.
import { _closest } from "../_lib/_closest.js";
import { DATA_VERSION, type Locale, mic2023Q1, type Release, VERSION } from "../index.js";

/** The command's name, as the help and the errors print it. @internal */
export const _NAME = "vn-digital-indicators";

/** The Q1/2023 report: what `list` prints unless told otherwise. @internal */
export const _REPORT: Release = mic2023Q1;

/**
 * The columns each command prints into a pipe (TSV, a header row first): the
 * commands print these, and the help lists them. @internal
 */
export const _COLUMNS = {
  list: ["id", "published", "comparator", "value", "unit", "period", "as_of", "name"],
  indicators: ["id", "points", "unit", "name"],
  now: ["indicator", "as_of", "published", "comparator", "value", "status", "publisher", "release"],
  series: [
    "as_of",
    "published",
    "comparator",
    "value",
    "status",
    "release",
    "publications",
    "revised",
    "conflicts",
    "id",
  ],
  vintages: [
    "figure",
    "as_of",
    "published",
    "release",
    "known_from",
    "vintage",
    "role",
    "status",
    "is_latest_vintage",
    "id",
  ],
} as const;

/** The formats of the commands that take `--format`, the default first. @internal */
export const _FORMATS: Readonly<Record<string, readonly string[]>> = {
  export: ["csv", "json", "ndjson", "md"],
  cite: ["text", "bibtex", "biblatex", "csl"],
};

/** `a, b, c` as lines of at most 80 characters, each indented by `indent`. */
function columns(names: readonly string[], indent: string): string {
  const lines: string[] = [];
  let line = "";
  for (const name of names) {
    const next = line === "" ? name : `${line}, ${name}`;
    if (indent.length + next.length + 1 > 80 && line !== "") {
      lines.push(`${line},`);
      line = name;
    } else line = next;
  }
  lines.push(line);
  return lines.join(`\n${indent}`);
}

/** The help text. @internal */
export const _USAGE = `${_NAME} ${VERSION} (data ${DATA_VERSION})
The figures of official reports on Vietnam's digital transformation, as
published: each with its qualifier, as-of date, status and source. A figure
is one indicator's value as of one date; each page that printed it is one
publication of it.

Usage:
  ${_NAME} [list] [--release <id>] [--lang en|vi]
      every figure of one release (default: the report, ${_REPORT.id}) with its
      qualifier ("hơn"/"trên" = more than, "tối thiểu" = at least, "khoảng" =
      about, "gần" = nearly), period and status
  ${_NAME} now [--lang en|vi]
      where each indicator stands now: its newest figure, the date it is as
      of, its qualifier, status and whose figure it is (npm start prints it)
  ${_NAME} indicators [--lang en|vi]
      every indicator: its id, how many points its series has, its name
  ${_NAME} series <indicator> [--known-at <day>] [--lang en|vi]
      one row per figure of an indicator, in as-of order: the value shown
      (its latest vintage), its status, its release, how many publications
      printed it, and the conflicts that name it
  ${_NAME} vintages <indicator> [--as-of <period>] [--known-at <day>] [--lang en|vi]
      one row per publication of each figure: its release, the day it counts
      as public, its vintage (1, 2, ...), its role (first, relay, revision,
      conflicting) and whether the series shows it (latest)
  ${_NAME} show <id> [--indicator] [--lang en|vi]
      one figure, release, indicator or conflict, in full
  ${_NAME} export [--release <id>] [--format csv|json|ndjson|md] [--lang en|vi]
      the tidy table: one row per publication, of every release (or of one,
      with --release), with the conflicts it is part of (default csv)
  ${_NAME} cite <id> [--format text|bibtex|biblatex|csl]
      a citation of a figure or of a release (default text)

Options:
  --release <id>     list, export: one release's figures
  --format <f>       export: csv, json, ndjson or md; cite: text, bibtex,
                     biblatex or csl
  --known-at <day>   series, vintages: as known on that day (YYYY-MM-DD): only
                     the publications made public by then
  --as-of <period>   vintages: the figure as of that date or period only
                     (2023-09-04, 2024-09, 2022-Q3, 2023)
  --indicator        show: read the id as an indicator's, for an id that
                     names both a figure and an indicator
  --lang en|vi       the language of names and readings (default en); export
                     uses it for md only, cite not at all
  -h, --help         show this help
  -v, --version      show the package and data versions

Output: to a terminal, list, now, indicators, series, vintages and show print
readable tables. To a pipe or a file, the first five print tab-separated
values, a header row first:
  list        ${columns(_COLUMNS.list, "              ")}
  now         ${columns(_COLUMNS.now, "              ")}
  indicators  ${columns(_COLUMNS.indicators, "              ")}
  series      ${columns(_COLUMNS.series, "              ")}
  vintages    ${columns(_COLUMNS.vintages, "              ")}
and show prints JSON (the record as the npm package returns it; for an
indicator, { indicator, conflicts }). export and cite print the format asked
for wherever the output goes: CSV is RFC 4180 (UTF-8, CRLF); without
--release, export prints the same bytes as the package's
data/exports/observations.csv (.json, .ndjson); csl is a CSL-JSON array.

Ids: figure ids (list prints them), release ids (${_REPORT.id} ...), indicator
ids (indicators prints them) and conflict ids (show <indicator> names them).
A mistyped id, command or option gets the closest known ones.
Exit codes: 0 done, 1 an error, 2 a usage error (unknown command, id or option).
`;

/** The short usage, printed after a usage error. @internal */
export const _SHORT_USAGE = `Usage: ${_NAME} <command> [options], the commands: list, now, indicators,
series, vintages, show, export, cite. Run \`${_NAME} --help\` for more.
`;

/** A mistake in the command line: exit code 2, with the short usage. @internal */
export class _UsageError extends Error {}

/** The arguments, parsed. @internal */
export interface _Parsed {
  readonly command: string;
  readonly positionals: readonly string[];
  /** The options given (by name, without dashes: `known-at`), in the order first given. */
  readonly given: readonly _OptionName[];
  readonly format: string | undefined;
  readonly release: string | undefined;
  readonly knownAt: string | undefined;
  readonly asOf: string | undefined;
  readonly lang: Locale;
  readonly indicator: boolean;
  readonly help: boolean;
  readonly version: boolean;
}

/**
 * Every option, in one table (`node:util` parseArgs' own shape): a `string`
 * option takes a value (`--format csv` or `--format=csv`), a `boolean` one is a
 * flag. A new option is one line here, one field of {@link _Parsed}, and the
 * commands that take it (`_run.ts`).
 */
const OPTIONS = {
  format: { type: "string" },
  release: { type: "string" },
  "known-at": { type: "string" },
  "as-of": { type: "string" },
  lang: { type: "string" },
  indicator: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const satisfies NonNullable<ParseArgsConfig["options"]>;

/** The name of an option, without its dashes. @internal */
export type _OptionName = keyof typeof OPTIONS;

function isOption(name: string): name is _OptionName {
  return Object.hasOwn(OPTIONS, name);
}

/**
 * ` Did you mean "a"?` for the known name closest to `input` (the package's
 * rule: a name within one or two edits first), or "" where none is close;
 * with a `limit` above 1, ` Did you mean "a" or "b"?`.
 *
 * @internal
 */
export function _didYouMean(input: string, known: readonly string[], limit = 1): string {
  const close = _closest(input, known, limit).map((s) => `"${s}"`);
  if (close.length === 0) return "";
  const last = close.pop();
  return ` Did you mean ${close.length === 0 ? last : `${close.join(", ")} or ${last}`}?`;
}

/** The usage error for an unknown option, with the closest long options. */
function unknownOption(written: string): _UsageError {
  // a short option (-x) is one letter: no other letter is a near miss of it
  const hint = written.startsWith("--")
    ? _didYouMean(
        written.split("=")[0] ?? written,
        Object.keys(OPTIONS).map((o) => `--${o}`),
      )
    : "";
  return new _UsageError(`unknown option "${written}"${hint === "" ? "" : `.${hint}`}`);
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
  const values: Partial<Record<_OptionName, string>> = {};
  const flags = new Set<_OptionName>();
  const given: _OptionName[] = [];
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
      throw unknownOption(written);
    }
    if (!given.includes(name)) given.push(name);
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
    given,
    format,
    release,
    knownAt: values["known-at"],
    asOf: values["as-of"],
    lang,
    indicator: flags.has("indicator"),
    help: flags.has("help"),
    version: flags.has("version"),
  };
}

/** The format asked for, if the command takes it; a usage error otherwise. @internal */
export function _checkFormat(parsed: _Parsed): string | undefined {
  const allowed = _FORMATS[parsed.command];
  if (parsed.format === undefined) return undefined;
  if (!allowed) throw new _UsageError(`option --format is not used by ${parsed.command}`);
  if (!allowed.includes(parsed.format)) {
    const hint = _didYouMean(parsed.format, allowed, 1);
    throw new _UsageError(
      `unknown format "${parsed.format}" for ${parsed.command}: use ${allowed.join(", ")}${hint === "" ? "" : `.${hint}`}`,
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
