/** `show <id>`: one figure, a release, or an indicator, in full. */
import {
  type Conflict,
  conflicts,
  DATA_VERSION,
  type Indicator,
  type Locale,
  type Observation,
  observations,
  type Release,
  series,
  toTidyRows,
} from "../index.js";
import { _NAME, type _Parsed } from "./_args.js";
import type { _Io } from "./_io.js";
import { _findIndicator, _findTarget, _ofRelease, _releaseOf } from "./_lookup.js";
import { _QUALIFIER, _STATUS } from "./_qualifier.js";
import { _table } from "./_table.js";

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
  if (o.status !== "normal") lines.push(["status", `${o.status}: ${_STATUS.en[o.status]}`]);
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

/** `show`: a table to a terminal, JSON to a pipe. @internal */
export function _show(parsed: _Parsed, io: _Io): string {
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
