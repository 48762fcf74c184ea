/**
 * The command line's logic, as a function of its arguments and of where its
 * output goes, so that it can be tested in-process. A client of the public
 * API only (`../index.js`).
 */
import { type ParseArgsConfig, parseArgs } from "node:util";
import {
  type Conflict,
  cite,
  conflicts,
  DATA_VERSION,
  formatPeriod,
  formatValue,
  getObservation,
  type Indicator,
  indicators,
  type Locale,
  mic2023Q1,
  type Observation,
  observations,
  type Release,
  releases,
  series,
  toCsv,
  toJson,
  toMarkdown,
  toNdjson,
  toTidyRows,
  UnknownIdError,
  VERSION,
} from "../index.js";
import { _table, _tsv, _wrap } from "./_table.js";

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

/** The Q1/2023 report: what `list` prints unless told otherwise. */
const REPORT: Release = mic2023Q1;

/** The help text. @internal */
export const _USAGE = `${NAME} ${VERSION} (data ${DATA_VERSION})
The figures of Vietnam's Ministry of Information and Communications on digital
transformation, 2022-2024: the Q1/2023 report and the public pages relaying the
ministry's figures, with their qualifiers, as-of dates and sources.

Usage:
  ${NAME} [list] [--release <id>] [--lang en|vi]
      every figure of a release (default: the report, ${REPORT.id}) with its
      qualifier ("hơn"/"trên" = more than, "tối thiểu" = at least, "khoảng" =
      about, "gần" = nearly) and period
  ${NAME} series <indicator> [--lang en|vi]
      one indicator's figures in as-of order, each with its release
  ${NAME} show <id> [--indicator] [--lang en|vi]
      one figure, a release, or an indicator (its definition, related
      indicators and conflicts), in full; --indicator for an id that names
      both a figure and an indicator
  ${NAME} export [--release <id>] [--format csv|json|ndjson|md] [--lang en|vi]
      the tidy table, one row per figure of every release (or of one, with
      --release), with the conflicts it is part of (default csv; --lang is
      for md, which prints a table per release)
  ${NAME} cite <id> [--format text|bibtex|biblatex|csl]
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

Ids: the observation ids that list prints, a release id (${REPORT.id} …), or
an indicator id (the second column of series' help: ${NAME} show <indicator>).
Exit codes: 0 done, 2 usage error (unknown command, id or option), 1 other error.
`;

const QUALIFIER: Record<Locale, Record<Observation["comparator"], string>> = {
  en: { eq: "", approx: "about", gt: "more than", gte: "at least", nearly: "nearly" },
  vi: { eq: "", approx: "khoảng", gt: "hơn", gte: "tối thiểu", nearly: "gần" },
};

/** The observations of one release, in the order of its source. */
function ofRelease(release: Release): Observation[] {
  return observations.filter((o) => o.release === release.id);
}

/** The release an observation belongs to. */
function releaseOf(o: Observation): Release {
  return releaseById(o.release) ?? REPORT;
}

class UsageError extends Error {}

interface Parsed {
  readonly command: string;
  readonly positionals: readonly string[];
  readonly format: string | undefined;
  readonly release: string | undefined;
  readonly lang: Locale;
  readonly indicator: boolean;
  readonly help: boolean;
  readonly version: boolean;
}

const COMMANDS = ["list", "series", "show", "export", "cite"] as const;
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
  const { lang = "en", format, release } = values;
  if (lang !== "en" && lang !== "vi") {
    throw new UsageError(`unknown language "${lang}" for --lang: use en or vi`);
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

/** The indicator with that id, or undefined. */
function findIndicator(id: string): Indicator | undefined {
  return indicators.find((i) => i.id === id);
}

/** The release with that id, or undefined. */
function releaseById(id: string): Release | undefined {
  return releases.find((r) => r.id === id);
}

/** The release with that id, or the usage error naming the known ones. */
function findRelease(id: string): Release {
  const release = releaseById(id);
  if (release) return release;
  throw new UsageError(
    `unknown release "${id}". Releases: ${releases.map((r) => r.id).join(", ")}.`,
  );
}

function findTarget(id: string, preferIndicator = false): Observation | Release | Indicator {
  const release = releaseById(id);
  if (release) return release;
  const indicator = findIndicator(id);
  if (indicator && (preferIndicator || !observations.some((o) => o.id === id))) return indicator;
  if (preferIndicator)
    throw new UsageError(
      `unknown indicator "${id}". Run \`${NAME} show <indicator>\` with an indicator id.`,
    );
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
  const release = parsed.release === undefined ? REPORT : findRelease(parsed.release);
  const figures = ofRelease(release);
  if (!io.isTTY) {
    const rows = toTidyRows(figures, { release });
    const head = ["id", "published", "comparator", "value", "unit", "period", "as_of", "name"];
    return _tsv([
      head,
      ...rows.map((r) => [
        r.id,
        r.published,
        r.comparator,
        r.value,
        r.unit,
        r.period,
        r.as_of,
        lang === "en" ? r.name_en : r.name_vi,
      ]),
    ]);
  }
  const head =
    lang === "en"
      ? ["published", "read in English", "figure; its id and period"]
      : ["số công bố", "", "chỉ tiêu; mã và kỳ"];
  const rows = [
    head,
    ...figures.map((o) => [
      o.published,
      lang === "en" ? formatValue(o, { locale: "en" }) : QUALIFIER[lang][o.comparator],
      `${lang === "en" ? o.name.en : o.name.vi}\n  ${o.id} · ${
        o.period === "report" ? (lang === "en" ? "at report" : "báo cáo") : o.period
      }${o.estimate ? (lang === "en" ? " · an estimate" : " · ước tính") : ""}`,
    ]),
  ];
  const eventDate = release.event?.date ?? null;
  const atReport =
    eventDate === null
      ? []
      : lang === "en"
        ? [`"at report": stated as current at the conference on ${eventDate}.`]
        : [`"báo cáo": số liệu tại hội nghị ngày ${eventDate}.`];
  const intro =
    lang === "en"
      ? [
          `${release.title.en}`,
          `Release ${release.id}@${release.version}, data ${DATA_VERSION}, package ${VERSION}.`,
          ...atReport,
          `Published figures are in Vietnamese style: "," is the decimal mark, "." groups thousands;`,
          "triệu = million, tỷ = billion; hơn = more than, tối thiểu = at least, khoảng = about.",
          "",
        ]
      : [
          `${release.title.vi}`,
          `Dữ liệu ${release.id}@${release.version}, bộ dữ liệu ${DATA_VERSION}, gói ${VERSION}.`,
          ...atReport,
          "",
        ];
  const outro =
    lang === "en"
      ? [
          "",
          `${figures.length} figures. One in full: ${NAME} show <id>. Cite: ${NAME} cite <id>.`,
          `Other releases: ${NAME} list --release <id> (${releases.length} in all). One indicator over time: ${NAME} series <indicator>.`,
          `Every column (bounds, parts, targets), as CSV: ${NAME} export. Help: ${NAME} --help.`,
        ]
      : [
          "",
          `${figures.length} chỉ tiêu. Chi tiết: ${NAME} show <mã>. Chuỗi số liệu: ${NAME} series <chỉ tiêu>.`,
        ];
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

/** The conflicts that name a figure of the indicator, or a release the indicator has figures in. */
function conflictsOf(indicator: Indicator): Conflict[] {
  const own = new Set(observations.filter((o) => o.indicator === indicator.id).map((o) => o.id));
  return conflicts.filter((c) => c.observations.some((id) => own.has(id)));
}

function seriesOf(parsed: Parsed, io: _Io): string {
  const id = parsed.positionals[0] ?? "";
  const indicator = findIndicator(id);
  if (indicator === undefined) {
    throw new UsageError(
      `unknown indicator "${id}". Indicators: ${indicators.map((i) => i.id).join(", ")}.`,
    );
  }
  const points = series(indicator.id as Parameters<typeof series>[0]);
  const { lang } = parsed;
  if (!io.isTTY) {
    const head = ["as_of", "published", "comparator", "value", "release", "estimate", "id"];
    return _tsv([
      head,
      ...points.map(({ observation: o, release }) => [
        o.asOf,
        o.published,
        o.comparator,
        o.value,
        release.id,
        o.estimate,
        o.id,
      ]),
    ]);
  }
  const head =
    lang === "en"
      ? ["as of", "published", "read in English", "release (printed by); notes"]
      : ["ngày số liệu", "số công bố", "", "nguồn; ghi chú"];
  const rows = [
    head,
    ...points.map(({ observation: o, release, conflicts: ids }) => [
      formatPeriod(o.asOf, { locale: lang }),
      o.published,
      lang === "en" ? formatValue(o, { locale: "en" }) : QUALIFIER[lang][o.comparator],
      [
        `${release.id}${release.source.printedBy ? ` (${release.source.printedBy})` : ""}`,
        o.estimate ? (lang === "en" ? "an estimate" : "ước tính") : null,
        ids.length > 0 ? `${lang === "en" ? "conflict" : "vênh"}: ${ids.join(", ")}` : null,
      ]
        .filter((x) => x !== null)
        .join("\n  "),
    ]),
  ];
  const related = indicator.related.map((r) => r.id);
  const intro = [
    `${lang === "en" ? indicator.name.en : indicator.name.vi} (${indicator.id})`,
    lang === "en" ? indicator.measures.en : indicator.measures.vi,
    ...(related.length > 0
      ? [`${lang === "en" ? "Not the same as" : "Khác với"}: ${related.join(", ")}.`]
      : []),
    "",
  ];
  const outro = [
    "",
    lang === "en"
      ? `${points.length} figures, nothing interpolated. The definition and conflicts: ${NAME} show ${indicator.id} --indicator.`
      : `${points.length} số liệu, không nội suy. Định nghĩa: ${NAME} show ${indicator.id} --indicator.`,
  ];
  const wrapLines = (lines: string[]): string[] =>
    lines.flatMap((l) => _wrap(l, io.columns ?? Number.POSITIVE_INFINITY));
  return `${[...wrapLines(intro), _table(rows, io.columns), ...wrapLines(outro)].join("\n")}\n`;
}

function showIndicator(indicator: Indicator, lang: Locale): string {
  const en = lang === "en";
  const lines: [string, string][] = [
    ["id", indicator.id],
    ["indicator", en ? indicator.name.en : indicator.name.vi],
    [en ? "(Vietnamese)" : "(English)", en ? indicator.name.vi : indicator.name.en],
    ["measures", en ? indicator.measures.en : indicator.measures.vi],
    ["unit", indicator.unit],
    ["subject", indicator.subject],
    ["terms", indicator.terms.join(" | ")],
    ["cannot fall", indicator.nonDecreasing ? "yes" : "no"],
  ];
  for (const r of indicator.related) {
    lines.push([`not ${r.id}`, en ? r.difference.en : r.difference.vi]);
  }
  for (const c of conflictsOf(indicator)) {
    lines.push([`conflict ${c.id}`, en ? c.description.en : c.description.vi]);
  }
  lines.push(
    ["figures", String(series(indicator.id as Parameters<typeof series>[0]).length)],
    ["series", `${NAME} series ${indicator.id}`],
  );
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
    ["figures", String(ofRelease(r).length)],
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

/**
 * `export`: every release with the conflicts (the shipped
 * data/exports/observations.* byte for byte), or one release with
 * `--release`. Markdown is a table per release, in the data set's order.
 */
function exportOf(parsed: Parsed, format: string): string {
  const chosen = parsed.release === undefined ? undefined : findRelease(parsed.release);
  if (format === "md") {
    return (chosen === undefined ? releases : [chosen])
      .map((release) => toMarkdown(ofRelease(release), { release, lang: parsed.lang }))
      .join("\n");
  }
  const rows = chosen === undefined ? observations : ofRelease(chosen);
  const options = chosen === undefined ? { releases, conflicts } : { release: chosen };
  switch (format) {
    case "json":
      return toJson(rows, options);
    case "ndjson":
      return toNdjson(rows, options);
    default:
      return toCsv(rows, options);
  }
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
  if (parsed.release !== undefined && parsed.command !== "list" && parsed.command !== "export") {
    throw new UsageError(`option --release is not used by ${parsed.command}`);
  }
  if (parsed.indicator && parsed.command !== "show") {
    throw new UsageError(`option --indicator is not used by ${parsed.command}`);
  }
  switch (parsed.command) {
    case "list":
      arity(parsed, 0, "no argument");
      return list(parsed, io);
    case "series":
      arity(parsed, 1, "an indicator id");
      return seriesOf(parsed, io);
    case "show": {
      arity(parsed, 1, "an id");
      const target = findTarget(parsed.positionals[0] ?? "", parsed.indicator);
      if ("kind" in target) {
        if (!io.isTTY) return `${JSON.stringify(target, null, 2)}\n`;
        const also = findIndicator(target.id)
          ? `(also an indicator: ${NAME} show ${target.id} --indicator; ${NAME} series ${target.id})\n`
          : "";
        return `${showObservation(target, parsed.lang)}${also}`;
      }
      if ("measures" in target) {
        if (!io.isTTY) {
          return `${JSON.stringify({ indicator: target, conflicts: conflictsOf(target) }, null, 2)}\n`;
        }
        return showIndicator(target, parsed.lang);
      }
      if (!io.isTTY) return `${JSON.stringify(target, null, 2)}\n`;
      return showRelease(target, parsed.lang);
    }
    case "export": {
      arity(parsed, 0, "no argument");
      return exportOf(parsed, format ?? "csv");
    }
    default: {
      arity(parsed, 1, "an id");
      const found = findTarget(parsed.positionals[0] ?? "");
      if ("measures" in found) {
        throw new UsageError(
          `"${found.id}" is an indicator: cite one of its figures (${NAME} series ${found.id}) or a release`,
        );
      }
      const target = found;
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
        stderr: `${NAME}: ${error.message}\nUsage: ${NAME} list [--release <id>] | series <indicator> | show <id> | export --format csv|json|ndjson|md | cite <id> --format text|bibtex|biblatex|csl\nRun \`${NAME} --help\` for more.\n`,
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
