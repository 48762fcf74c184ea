/**
 * The command line's logic, as a function of its arguments and of where its
 * output goes, so that it can be tested in-process. A client of the public
 * API only (`../index.js`).
 */
import { type ParseArgsConfig, parseArgs } from "node:util";
import {
  cite,
  DATA_VERSION,
  formatValue,
  getObservation,
  type Locale,
  mic2023Q1,
  type Observation,
  observations,
  type Release,
  releases,
  toCsv,
  toJson,
  toMarkdown,
  toNdjson,
  toTidyRows,
  UnknownIdError,
  VERSION,
} from "../index.js";
import { _table, _tsvField, _wrap } from "./_table.js";

/** Where the output goes, and what the command returns. @internal */
export interface _Io {
  /** Whether stdout is a terminal (a person reads it). */
  readonly isTTY: boolean;
  /** The terminal's width, where known. */
  readonly columns?: number | undefined;
}

/** What a run produces: the text for stdout and stderr, and the exit code. @internal */
export interface _Result {
  readonly stdout: string;
  readonly stderr: string;
  readonly code: 0 | 1 | 2;
}

const NAME = "vn-digital-indicators";
const REPORT_ID = mic2023Q1.id;

/** The help text. @internal */
export const _USAGE = `${NAME} ${VERSION} (data ${DATA_VERSION})
The figures of the Ministry of Information and Communications' Q1/2023
digital-transformation report (Vietnam), with their qualifiers and sources.

Usage:
  ${NAME} [list] [--lang en|vi]
      every figure with its qualifier ("hơn" = more than, "tối thiểu" = at least,
      "khoảng" = about) and period
  ${NAME} show <id> [--lang en|vi]
      one figure, or a release (id ${REPORT_ID} for the report), in full
  ${NAME} export [--format csv|json|ndjson|md] [--lang en|vi]
      the tidy table, one row per figure (default csv; --lang is for md)
  ${NAME} cite <id> [--format text|bibtex|biblatex|csl]
      a citation of a figure or of the release (default text)

Options:
  --format <f>    output format of export and cite (see above)
  --lang en|vi    language of names and readings (default en)
  -h, --help      show this help
  -v, --version   show the package and data versions

Output: to a terminal, list and show print readable tables. To a pipe or a
file, list prints tab-separated values (a header row, then id, published,
comparator, value, unit, period, as_of, name) and show prints JSON (the record
as the npm package returns it). export and cite print the format asked for
wherever the output goes: CSV is RFC 4180 (UTF-8, CRLF), the same bytes as the
package's data/exports/observations.csv; csl is a CSL-JSON array.

Ids: the observation ids that list prints, or a release id (${REPORT_ID}).
Exit codes: 0 done, 2 usage error (unknown command, id or option), 1 other error.
`;

const QUALIFIER: Record<Locale, Record<Observation["comparator"], string>> = {
  en: { eq: "", approx: "about", gt: "more than", gte: "at least", nearly: "nearly" },
  vi: { eq: "", approx: "khoảng", gt: "hơn", gte: "tối thiểu", nearly: "gần" },
};

/** The Q1/2023 report: what `list` and `export` print unless told otherwise. */
const REPORT: Release = mic2023Q1;
const REPORT_DATE = REPORT.event?.date ?? "";

/** The observations of one release, in the order of its source. */
function ofRelease(release: Release): Observation[] {
  return observations.filter((o) => o.release === release.id);
}

/** The release an observation belongs to. */
function releaseOf(o: Observation): Release {
  return releases.find((r) => r.id === o.release) ?? REPORT;
}

class UsageError extends Error {}

interface Parsed {
  readonly command: string;
  readonly positionals: readonly string[];
  readonly format: string | undefined;
  readonly lang: Locale;
  readonly help: boolean;
  readonly version: boolean;
}

const COMMANDS = ["list", "show", "export", "cite"] as const;
const FORMATS: Record<string, readonly string[]> = {
  export: ["csv", "json", "ndjson", "md"],
  cite: ["text", "bibtex", "biblatex", "csl"],
};

/**
 * Every option, in one table (`node:util` parseArgs' own shape): a `string`
 * option takes a value (`--format csv` or `--format=csv`), a `boolean` one is a
 * flag. A new option is one line here and one field of {@link Parsed}.
 */
const OPTIONS = {
  format: { type: "string" },
  lang: { type: "string" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const satisfies NonNullable<ParseArgsConfig["options"]>;

type OptionName = keyof typeof OPTIONS;

function isOption(name: string): name is OptionName {
  return Object.hasOwn(OPTIONS, name);
}

function parse(argv: readonly string[]): Parsed {
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
      throw new UsageError(`unknown option "${written}"`);
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
      throw new UsageError(`option ${token.rawName} needs a value`);
    }
    values[name] = value; // given twice, the last one counts
  }
  const { lang = "en", format } = values;
  if (lang !== "en" && lang !== "vi") {
    throw new UsageError(`unknown language "${lang}" for --lang: use en or vi`);
  }
  const [command = "list", ...rest] = positionals;
  return {
    command,
    positionals: rest,
    format,
    lang,
    help: flags.has("help"),
    version: flags.has("version"),
  };
}

function findTarget(id: string): Observation | Release {
  const release = releases.find((r) => r.id === id);
  if (release) return release;
  try {
    return getObservation(id as Parameters<typeof getObservation>[0]);
  } catch (error) {
    if (error instanceof UnknownIdError) {
      const hint =
        error.suggestions.length > 0
          ? ` Closest known: ${error.suggestions.map((s) => `"${s}"`).join(", ")}.`
          : "";
      throw new UsageError(`unknown id "${id}".${hint} Run \`${NAME} list\` for the ids.`);
    }
    throw error;
  }
}

function list(parsed: Parsed, io: _Io): string {
  const { lang } = parsed;
  if (!io.isTTY) {
    const rows = toTidyRows(ofRelease(REPORT), { release: REPORT });
    const head = ["id", "published", "comparator", "value", "unit", "period", "as_of", "name"];
    return [
      head.join("\t"),
      ...rows.map((r) =>
        [
          r.id,
          r.published,
          r.comparator,
          r.value,
          r.unit,
          r.period,
          r.as_of,
          lang === "en" ? r.name_en : r.name_vi,
        ]
          .map(_tsvField)
          .join("\t"),
      ),
    ]
      .map((line) => `${line}\n`)
      .join("");
  }
  const head =
    lang === "en"
      ? ["published", "read in English", "figure; its id and period"]
      : ["số công bố", "", "chỉ tiêu; mã và kỳ"];
  const rows = [
    head,
    ...ofRelease(REPORT).map((o) => [
      o.published,
      lang === "en" ? formatValue(o, { locale: "en" }) : QUALIFIER[lang][o.comparator],
      `${lang === "en" ? o.name.en : o.name.vi}\n  ${o.id} · ${
        o.period === "report" ? (lang === "en" ? "at report" : "báo cáo") : o.period
      }`,
    ]),
  ];
  const intro =
    lang === "en"
      ? [
          `${REPORT.title.en}`,
          `Data ${DATA_VERSION}, package ${VERSION}.`,
          `"at report": stated as current at the conference on ${REPORT_DATE}.`,
          `Published figures are in Vietnamese style: "," is the decimal mark, "." groups thousands;`,
          "triệu = million, tỷ = billion; hơn = more than, tối thiểu = at least, khoảng = about.",
          "",
        ]
      : [
          `${REPORT.title.vi}`,
          `Dữ liệu ${DATA_VERSION}, gói ${VERSION}. "báo cáo": số liệu tại hội nghị ngày ${REPORT_DATE}.`,
          "",
        ];
  const outro =
    lang === "en"
      ? [
          "",
          `${ofRelease(REPORT).length} figures. One in full: ${NAME} show <id>. Cite: ${NAME} cite <id>.`,
          `Every column (bounds, parts, targets), as CSV: ${NAME} export. Help: ${NAME} --help.`,
        ]
      : ["", `${ofRelease(REPORT).length} chỉ tiêu. Chi tiết: ${NAME} show <mã>.`];
  const wrapLines = (lines: string[]): string[] =>
    lines.flatMap((l) => _wrap(l, io.columns ?? Number.POSITIVE_INFINITY));
  return `${[...wrapLines(intro), _table(rows, io.columns), ...wrapLines(outro)].join("\n")}\n`;
}

function showObservation(o: Observation, lang: Locale): string {
  const [row] = toTidyRows([o], { release: releaseOf(o) });
  if (!row) throw new Error("no row");
  const q = QUALIFIER[lang][o.comparator];
  const lines: [string, string][] = [
    ["id", o.id],
    ["figure", lang === "en" ? o.name.en : o.name.vi],
    [lang === "en" ? "(Vietnamese)" : "(English)", lang === "en" ? o.name.vi : o.name.en],
    ["published", o.published],
    ["qualifier", q === "" ? "stated plainly (eq)" : `${q} (${o.comparator})`],
    ["value", `${o.value} ${o.unit}`],
    [
      "bounds",
      `${row.lower_inclusive ? "[" : "("}${row.lower}, ${row.upper ?? "∞"}${row.upper_inclusive ? "]" : ")"}${row.approximate ? " at least (approximate)" : ""}`,
    ],
    ["period", `${o.period} (${o.periodType}), as of ${o.asOf} (${o.asOfBasis})`],
  ];
  if (o.kind === "partOfWhole") {
    lines.push(["part of whole", `${o.part} of ${o.whole} (${o.population})`]);
    if (o.missing) lines.push(["missing", `${o.missing.codes.join(", ")}: ${o.missing.published}`]);
  }
  if (o.kind === "change") {
    lines.push([
      "change",
      `${o.change.direction} of ${o.change.of} since ${o.change.basis}, unit ${o.change.unit}`,
    ]);
  }
  if (o.kind === "target") {
    lines.push(["target", `by end of ${o.target.year} (${o.target.comparator})`]);
  }
  if (o.kind === "value" && o.shareOf) lines.push(["share of", o.shareOf]);
  if (o.estimate) lines.push(["estimate", "yes: the source calls it an estimate"]);
  lines.push(["indicator", o.indicator], ["term", o.term]);
  if (o.quote !== null) lines.push(["quote", o.quote]);
  if (o.note) lines.push(["note", lang === "en" ? o.note.en : o.note.vi]);
  lines.push(["source", row.source], ["data", DATA_VERSION], ["cite", `${NAME} cite ${o.id}`]);
  return `${_table(lines)}\n`;
}

function showRelease(r: Release, lang: Locale): string {
  const p = r.publisher;
  const s = p?.succession ?? null;
  const lines: [string, string][] = [
    ["id", r.id],
    ["title", lang === "en" ? r.title.en : r.title.vi],
    [lang === "en" ? "(Vietnamese)" : "(English)", lang === "en" ? r.title.vi : r.title.en],
    ["publisher", p ? `${p.name.vi} (${p.name.en}, ${p.abbreviation})` : "not named by the source"],
  ];
  if (s) lines.push(["since", `${s.date}: ${lang === "en" ? s.description.en : s.description.vi}`]);
  const e = r.event;
  if (e) {
    lines.push([
      "event",
      `${lang === "en" ? e.name.en : e.name.vi}, ${e.date ?? "date not known"}`,
    ]);
    if (e.place) lines.push(["place", lang === "en" ? e.place.en : e.place.vi]);
    if (e.chair) lines.push(["chair", e.chair]);
  }
  if (r.period) lines.push(["period", r.period]);
  if (r.source.printedBy) lines.push(["printed by", r.source.printedBy]);
  if (r.source.url) lines.push(["address", r.source.url]);
  if (r.source.date) lines.push(["page date", r.source.date]);
  lines.push(
    ["source", lang === "en" ? r.source.description.en : r.source.description.vi],
    ["data", `${r.id}@${r.version}, compiled ${r.compiled}`],
    ["figures", String(observations.filter((o) => o.release === r.id).length)],
    ["cite", `${NAME} cite ${r.id}`],
  );
  return `${_table(lines)}\n`;
}

function checkFormat(parsed: Parsed): string | undefined {
  const allowed = FORMATS[parsed.command];
  if (parsed.format === undefined) return undefined;
  if (!allowed) throw new UsageError(`option --format is not used by ${parsed.command}`);
  if (!allowed.includes(parsed.format)) {
    throw new UsageError(
      `unknown format "${parsed.format}" for ${parsed.command}: use ${allowed.join(", ")}`,
    );
  }
  return parsed.format;
}

function arity(parsed: Parsed, count: number, what: string): void {
  if (parsed.positionals.length < count) {
    throw new UsageError(`${parsed.command} needs ${what}`);
  }
  if (parsed.positionals.length > count) {
    throw new UsageError(
      `unexpected argument "${parsed.positionals[count]}" for ${parsed.command}`,
    );
  }
}

function execute(parsed: Parsed, io: _Io): string {
  if (parsed.help) return _USAGE;
  if (parsed.version) return `${VERSION} (data ${DATA_VERSION})\n`;
  if (!(COMMANDS as readonly string[]).includes(parsed.command)) {
    throw new UsageError(`unknown command "${parsed.command}"`);
  }
  const format = checkFormat(parsed);
  switch (parsed.command) {
    case "list":
      arity(parsed, 0, "no argument");
      return list(parsed, io);
    case "show": {
      arity(parsed, 1, "an id");
      const target = findTarget(parsed.positionals[0] ?? "");
      if (!io.isTTY) return `${JSON.stringify(target, null, 2)}\n`;
      return "kind" in target
        ? showObservation(target, parsed.lang)
        : showRelease(target, parsed.lang);
    }
    case "export": {
      arity(parsed, 0, "no argument");
      const options = { release: REPORT };
      const rows = ofRelease(REPORT);
      switch (format ?? "csv") {
        case "json":
          return toJson(rows, options);
        case "ndjson":
          return toNdjson(rows, options);
        case "md":
          return toMarkdown(rows, { ...options, lang: parsed.lang });
        default:
          return toCsv(rows, options);
      }
    }
    default: {
      arity(parsed, 1, "an id");
      const target = findTarget(parsed.positionals[0] ?? "");
      const release = "kind" in target ? releaseOf(target) : target;
      switch (format ?? "text") {
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
  }
}

/**
 * Runs the command line on its arguments (without `node` and the script).
 *
 * @internal
 */
export function _run(argv: readonly string[], io: _Io): _Result {
  try {
    return { stdout: execute(parse(argv), io), stderr: "", code: 0 };
  } catch (error) {
    if (error instanceof UsageError) {
      return {
        stdout: "",
        stderr: `${NAME}: ${error.message}\nUsage: ${NAME} list | show <id> | export --format csv|json|ndjson|md | cite <id> --format text|bibtex|biblatex|csl\nRun \`${NAME} --help\` for more.\n`,
        code: 2,
      };
    }
    return {
      stdout: "",
      stderr: `${NAME}: ${error instanceof Error ? error.message : String(error)}\n`,
      code: 1,
    };
  }
}
