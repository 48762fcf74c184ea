/**
 * The command line's logic, as a function of its arguments and of where its
 * output goes, so that it can be tested in-process. A client of the public
 * API only (`../index.js`).
 */
import {
  type Conflict,
  cite,
  conflicts,
  DATA_VERSION,
  formatPeriod,
  formatValue,
  type Indicator,
  indicators,
  type Locale,
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
  VERSION,
} from "../index.js";
import {
  _arity,
  _checkFormat,
  _NAME,
  type _Parsed,
  _parse,
  _REPORT,
  _USAGE,
  _UsageError,
} from "./_args.js";
import type { _Io, _Result } from "./_io.js";
import { _findIndicator, _findRelease, _findTarget, _ofRelease, _releaseOf } from "./_lookup.js";
import { _QUALIFIER } from "./_qualifier.js";
import { _table, _tsv, _wrap } from "./_table.js";

const COMMANDS = ["list", "series", "show", "export", "cite"] as const;

function list(parsed: _Parsed, io: _Io): string {
  const { lang } = parsed;
  const release = parsed.release === undefined ? _REPORT : _findRelease(parsed.release);
  const figures = _ofRelease(release);
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
      lang === "en" ? formatValue(o, { locale: "en" }) : _QUALIFIER[lang][o.comparator],
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
          `${figures.length} figures. One in full: ${_NAME} show <id>. Cite: ${_NAME} cite <id>.`,
          `Other releases: ${_NAME} list --release <id> (${releases.length} in all). One indicator over time: ${_NAME} series <indicator>.`,
          `Every column (bounds, parts, targets), as CSV: ${_NAME} export. Help: ${_NAME} --help.`,
        ]
      : [
          "",
          `${figures.length} chỉ tiêu. Chi tiết: ${_NAME} show <mã>. Chuỗi số liệu: ${_NAME} series <chỉ tiêu>.`,
        ];
  const wrapLines = (lines: string[]): string[] =>
    lines.flatMap((l) => _wrap(l, io.columns ?? Number.POSITIVE_INFINITY));
  return `${[...wrapLines(intro), _table(rows, io.columns), ...wrapLines(outro)].join("\n")}\n`;
}

function showObservation(o: Observation, lang: Locale): string {
  const [row] = toTidyRows([o], { release: _releaseOf(o) });
  if (!row) throw new Error("no row");
  const q = _QUALIFIER[lang][o.comparator];
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
  lines.push(["source", row.source], ["data", DATA_VERSION], ["cite", `${_NAME} cite ${o.id}`]);
  return `${_table(lines)}\n`;
}

/** The conflicts that name a figure of the indicator, or a release the indicator has figures in. */
function conflictsOf(indicator: Indicator): Conflict[] {
  const own = new Set(observations.filter((o) => o.indicator === indicator.id).map((o) => o.id));
  return conflicts.filter((c) => c.observations.some((id) => own.has(id)));
}

function seriesOf(parsed: _Parsed, io: _Io): string {
  const id = parsed.positionals[0] ?? "";
  const indicator = _findIndicator(id);
  if (indicator === undefined) {
    throw new _UsageError(
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
      lang === "en" ? formatValue(o, { locale: "en" }) : _QUALIFIER[lang][o.comparator],
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
      ? `${points.length} figures, nothing interpolated. The definition and conflicts: ${_NAME} show ${indicator.id} --indicator.`
      : `${points.length} số liệu, không nội suy. Định nghĩa: ${_NAME} show ${indicator.id} --indicator.`,
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
    ["series", `${_NAME} series ${indicator.id}`],
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
    ["figures", String(_ofRelease(r).length)],
    ["cite", `${_NAME} cite ${r.id}`],
  );
  return `${_table(lines)}\n`;
}

/**
 * `export`: every release with the conflicts (the shipped
 * data/exports/observations.* byte for byte), or one release with
 * `--release`. Markdown is a table per release, in the data set's order.
 */
function exportOf(parsed: _Parsed, format: string): string {
  const chosen = parsed.release === undefined ? undefined : _findRelease(parsed.release);
  if (format === "md") {
    return (chosen === undefined ? releases : [chosen])
      .map((release) => toMarkdown(_ofRelease(release), { release, lang: parsed.lang }))
      .join("\n");
  }
  const rows = chosen === undefined ? observations : _ofRelease(chosen);
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

function execute(parsed: _Parsed, io: _Io): string {
  if (parsed.help) return _USAGE;
  if (parsed.version) return `${VERSION} (data ${DATA_VERSION})\n`;
  if (!(COMMANDS as readonly string[]).includes(parsed.command)) {
    throw new _UsageError(`unknown command "${parsed.command}"`);
  }
  const format = _checkFormat(parsed);
  if (parsed.release !== undefined && parsed.command !== "list" && parsed.command !== "export") {
    throw new _UsageError(`option --release is not used by ${parsed.command}`);
  }
  if (parsed.indicator && parsed.command !== "show") {
    throw new _UsageError(`option --indicator is not used by ${parsed.command}`);
  }
  switch (parsed.command) {
    case "list":
      _arity(parsed, 0, "no argument");
      return list(parsed, io);
    case "series":
      _arity(parsed, 1, "an indicator id");
      return seriesOf(parsed, io);
    case "show": {
      _arity(parsed, 1, "an id");
      const target = _findTarget(parsed.positionals[0] ?? "", parsed.indicator);
      if ("kind" in target) {
        if (!io.isTTY) return `${JSON.stringify(target, null, 2)}\n`;
        const also = _findIndicator(target.id)
          ? `(also an indicator: ${_NAME} show ${target.id} --indicator; ${_NAME} series ${target.id})\n`
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
      _arity(parsed, 0, "no argument");
      return exportOf(parsed, format ?? "csv");
    }
    default: {
      _arity(parsed, 1, "an id");
      const found = _findTarget(parsed.positionals[0] ?? "");
      if ("measures" in found) {
        throw new _UsageError(
          `"${found.id}" is an indicator: cite one of its figures (${_NAME} series ${found.id}) or a release`,
        );
      }
      const target = found;
      const release = "kind" in target ? _releaseOf(target) : target;
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
    return { stdout: execute(_parse(argv), io), stderr: "", code: 0 };
  } catch (error) {
    if (error instanceof _UsageError) {
      return {
        stdout: "",
        stderr: `${_NAME}: ${error.message}\nUsage: ${_NAME} list [--release <id>] | series <indicator> | show <id> | export --format csv|json|ndjson|md | cite <id> --format text|bibtex|biblatex|csl\nRun \`${_NAME} --help\` for more.\n`,
        code: 2,
      };
    }
    return {
      stdout: "",
      stderr: `${_NAME}: ${error instanceof Error ? error.message : String(error)}\n`,
      code: 1,
    };
  }
}
