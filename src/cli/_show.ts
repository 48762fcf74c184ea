/** `show <id>`: one figure, a release, an indicator or a conflict, in full. */
import {
  type AsOfBasis,
  type Conflict,
  type ConflictKind,
  conflicts,
  DATA_VERSION,
  type Indicator,
  type Locale,
  type MadePublicBasis,
  type Observation,
  observations,
  type Release,
  toTidyRows,
} from "../index.js";
import { _NAME, type _Parsed } from "./_args.js";
import { _pointCount } from "./_indicators.js";
import type { _Io } from "./_io.js";
import { _findIndicator, _findTarget, _ofRelease, _releaseOf } from "./_lookup.js";
import { _QUALIFIER, _STATUS } from "./_qualifier.js";
import { _table } from "./_table.js";

/** A text in each language. */
type Words = Readonly<Record<Locale, string>>;

/** The labels of the views, in each language. */
const LABEL = {
  id: { en: "id", vi: "mã" },
  figure: { en: "figure", vi: "số liệu" },
  otherLanguage: { en: "(Vietnamese)", vi: "(tiếng Anh)" },
  published: { en: "published", vi: "số công bố" },
  qualifier: { en: "qualifier", vi: "từ đi kèm số" },
  value: { en: "value", vi: "giá trị" },
  bounds: { en: "bounds", vi: "khoảng giá trị" },
  period: { en: "period", vi: "kỳ" },
  partOfWhole: { en: "part of whole", vi: "phần trên tổng" },
  missing: { en: "missing", vi: "còn thiếu" },
  change: { en: "change", vi: "thay đổi" },
  target: { en: "target", vi: "mục tiêu" },
  shareOf: { en: "share of", vi: "tỷ lệ của" },
  status: { en: "status", vi: "tình trạng" },
  indicator: { en: "indicator", vi: "chỉ tiêu" },
  term: { en: "term", vi: "thuật ngữ" },
  quote: { en: "quote", vi: "trích nguyên văn" },
  note: { en: "note", vi: "ghi chú" },
  source: { en: "source", vi: "nguồn" },
  data: { en: "data", vi: "dữ liệu" },
  cite: { en: "cite", vi: "trích dẫn" },
  measures: { en: "measures", vi: "đo gì" },
  unit: { en: "unit", vi: "đơn vị" },
  subject: { en: "subject", vi: "lĩnh vực" },
  terms: { en: "terms", vi: "thuật ngữ" },
  canFall: { en: "can fall", vi: "có thể giảm" },
  points: { en: "points", vi: "số điểm" },
  series: { en: "series", vi: "chuỗi số liệu" },
  title: { en: "title", vi: "tiêu đề" },
  publisher: { en: "publisher", vi: "cơ quan công bố" },
  since: { en: "since", vi: "từ ngày" },
  event: { en: "event", vi: "sự kiện" },
  place: { en: "place", vi: "địa điểm" },
  chair: { en: "chair", vi: "chủ trì" },
  printedBy: { en: "printed by", vi: "trang đăng" },
  address: { en: "address", vi: "địa chỉ" },
  pageDate: { en: "page date", vi: "ngày trên trang" },
  madePublic: { en: "made public", vi: "công bố ngày" },
  read: { en: "read on", vi: "ngày đọc" },
  figures: { en: "figures", vi: "số liệu" },
  kind: { en: "kind", vi: "loại" },
  description: { en: "what disagrees", vi: "điểm vênh" },
  field: { en: "field", vi: "trường" },
  releases: { en: "releases", vi: "nguồn" },
  yes: { en: "yes", vi: "có" },
  no: { en: "no", vi: "không" },
} as const satisfies Record<string, Words>;

const AS_OF_BASIS: Record<AsOfBasis, Words> = {
  stated: { en: "the date the source states", vi: "ngày nguồn ghi" },
  context: { en: "the date of its passage", vi: "ngày của đoạn văn" },
  "period-end": { en: "the end of the period", vi: "cuối kỳ" },
  event: { en: "the event's date", vi: "ngày sự kiện" },
  "event-period": { en: "the period the briefing reviewed", vi: "kỳ mà hội nghị tổng kết" },
  page: { en: "the page's date", vi: "ngày trên trang" },
};

const MADE_PUBLIC_BASIS: Record<MadePublicBasis, Words> = {
  event: { en: "the event's date", vi: "ngày sự kiện" },
  official: { en: "the publisher's own release date", vi: "ngày công bố chính thức" },
  page: { en: "the page's date", vi: "ngày trên trang" },
  address: { en: "the date in the page's address", vi: "ngày trong địa chỉ trang" },
  none: {
    en: "no date could be read: counted as public from the day read",
    vi: "không đọc được ngày: tính là công khai từ ngày đọc",
  },
};

const CONFLICT_KIND: Record<ConflictKind, Words> = {
  value: { en: "different values", vi: "vênh số liệu" },
  date: { en: "different dates", vi: "vênh ngày" },
  comparability: {
    en: "figures that look comparable but are not",
    vi: "trông như so sánh được nhưng không",
  },
};

/** A row of a view: its label in the language asked for, and its text. */
function row(label: Words, lang: Locale, text: string): [string, string] {
  return [label[lang], text];
}

function showObservation(o: Observation, lang: Locale, width: number | undefined): string {
  const [tidy] = toTidyRows([o], { release: _releaseOf(o) });
  if (!tidy) throw new Error("no row");
  const en = lang === "en";
  const q = _QUALIFIER[lang][o.comparator];
  const bounds = `${tidy.lower_inclusive ? "[" : "("}${tidy.lower}, ${tidy.upper ?? "∞"}${tidy.upper_inclusive ? "]" : ")"}`;
  const lines: [string, string][] = [
    row(LABEL.id, lang, o.id),
    row(LABEL.figure, lang, en ? o.name.en : o.name.vi),
    row(LABEL.otherLanguage, lang, en ? o.name.vi : o.name.en),
    row(LABEL.published, lang, o.published),
    row(
      LABEL.qualifier,
      lang,
      q === ""
        ? en
          ? "none: the figure as it stands (eq)"
          : "không có: số ghi trơn (eq)"
        : `${q} (${o.comparator})`,
    ),
    row(LABEL.value, lang, `${o.value} ${o.unit}`),
    row(
      LABEL.bounds,
      lang,
      tidy.approximate
        ? `${bounds}${en ? ", at the least (an approximate figure)" : ", ít nhất là vậy (số ước chừng)"}`
        : bounds,
    ),
    row(
      LABEL.period,
      lang,
      en
        ? `${o.period === "report" ? "at the report" : o.period} (${o.periodType === "flow" ? "counted within the period" : "a level"}), as of ${o.asOf} (${AS_OF_BASIS[o.asOfBasis].en})`
        : `${o.period === "report" ? "tại thời điểm báo cáo" : o.period} (${o.periodType === "flow" ? "tính trong kỳ" : "mức tại thời điểm"}), số liệu ngày ${o.asOf} (${AS_OF_BASIS[o.asOfBasis].vi})`,
    ),
  ];
  if (o.kind === "partOfWhole") {
    lines.push(
      row(LABEL.partOfWhole, lang, `${o.part} ${en ? "of" : "trên"} ${o.whole} (${o.population})`),
    );
    if (o.missing) {
      lines.push(row(LABEL.missing, lang, `${o.missing.codes.join(", ")}: ${o.missing.published}`));
    }
  }
  if (o.kind === "change") {
    const up = o.change.direction === "increase";
    lines.push(
      row(
        LABEL.change,
        lang,
        en
          ? `${up ? "an increase" : "a decrease"} of ${o.change.of} since ${o.change.basis}, unit ${o.change.unit}`
          : `${up ? "tăng" : "giảm"}, của ${o.change.of} so với ${o.change.basis}, đơn vị ${o.change.unit}`,
      ),
    );
  }
  if (o.kind === "target") {
    lines.push(
      row(
        LABEL.target,
        lang,
        `${en ? "by the end of" : "đến hết năm"} ${o.target.year} (${o.target.comparator})`,
      ),
    );
  }
  if (o.kind === "value" && o.shareOf) lines.push(row(LABEL.shareOf, lang, o.shareOf));
  if (o.status !== "normal") lines.push(row(LABEL.status, lang, _STATUS[lang][o.status]));
  lines.push(row(LABEL.indicator, lang, o.indicator), row(LABEL.term, lang, o.term));
  if (o.quote !== null) lines.push(row(LABEL.quote, lang, o.quote));
  if (o.note) lines.push(row(LABEL.note, lang, en ? o.note.en : o.note.vi));
  lines.push(
    row(LABEL.source, lang, tidy.source),
    row(LABEL.data, lang, DATA_VERSION),
    row(LABEL.cite, lang, `${_NAME} cite ${o.id}`),
  );
  return `${_table(lines, width)}\n`;
}

/** The conflicts that name a figure of the indicator. */
function conflictsOf(indicator: Indicator): Conflict[] {
  const own = new Set(observations.filter((o) => o.indicator === indicator.id).map((o) => o.id));
  return conflicts.filter((c) => c.observations.some((id) => own.has(id)));
}

function showIndicator(indicator: Indicator, lang: Locale, width: number | undefined): string {
  const en = lang === "en";
  const lines: [string, string][] = [
    row(LABEL.id, lang, indicator.id),
    row(LABEL.indicator, lang, en ? indicator.name.en : indicator.name.vi),
    row(LABEL.otherLanguage, lang, en ? indicator.name.vi : indicator.name.en),
    row(LABEL.measures, lang, en ? indicator.measures.en : indicator.measures.vi),
    row(LABEL.unit, lang, indicator.unit),
    row(LABEL.subject, lang, indicator.subject),
    row(LABEL.terms, lang, indicator.terms.join(" | ")),
    // nonDecreasing: by its definition, it only grows (a count since launch)
    row(
      LABEL.canFall,
      lang,
      indicator.nonDecreasing
        ? en
          ? "no: by its definition it only grows"
          : "không: theo định nghĩa chỉ tăng"
        : LABEL.yes[lang],
    ),
  ];
  for (const r of indicator.related) {
    lines.push([`${en ? "unlike" : "khác"} ${r.id}`, en ? r.difference.en : r.difference.vi]);
  }
  for (const c of conflictsOf(indicator)) {
    lines.push([`${en ? "conflict" : "vênh"} ${c.id}`, en ? c.description.en : c.description.vi]);
  }
  lines.push(
    row(LABEL.points, lang, String(_pointCount(indicator))),
    row(LABEL.series, lang, `${_NAME} series ${indicator.id}`),
  );
  return `${_table(lines, width)}\n`;
}

function showRelease(r: Release, lang: Locale, width: number | undefined): string {
  const en = lang === "en";
  const p = r.publisher;
  const s = p?.succession ?? null;
  const lines: [string, string][] = [
    row(LABEL.id, lang, r.id),
    row(LABEL.title, lang, en ? r.title.en : r.title.vi),
    row(LABEL.otherLanguage, lang, en ? r.title.vi : r.title.en),
    row(
      LABEL.publisher,
      lang,
      p
        ? `${p.name.vi} (${p.name.en}, ${p.abbreviation})`
        : en
          ? "not named by the source"
          : "nguồn không nêu",
    ),
  ];
  if (s) {
    lines.push(row(LABEL.since, lang, `${s.date}: ${en ? s.description.en : s.description.vi}`));
  }
  const e = r.event;
  if (e) {
    lines.push(
      row(
        LABEL.event,
        lang,
        `${en ? e.name.en : e.name.vi}, ${e.date ?? (en ? "date not known" : "chưa rõ ngày")}`,
      ),
    );
    if (e.place) lines.push(row(LABEL.place, lang, en ? e.place.en : e.place.vi));
    if (e.chair) lines.push(row(LABEL.chair, lang, e.chair));
  }
  if (r.period) lines.push(row(LABEL.period, lang, r.period));
  if (r.source.printedBy) lines.push(row(LABEL.printedBy, lang, r.source.printedBy));
  if (r.source.url) lines.push(row(LABEL.address, lang, r.source.url));
  if (r.source.date) lines.push(row(LABEL.pageDate, lang, r.source.date));
  const basis = MADE_PUBLIC_BASIS[r.madePublic.basis][lang];
  lines.push(
    row(
      LABEL.madePublic,
      lang,
      r.madePublic.date === null ? basis : `${r.madePublic.date} (${basis})`,
    ),
    row(LABEL.read, lang, r.source.accessed),
    row(LABEL.source, lang, en ? r.source.description.en : r.source.description.vi),
    row(LABEL.data, lang, `${r.id}@${r.version}, ${en ? "compiled" : "biên soạn"} ${r.compiled}`),
    row(LABEL.figures, lang, String(_ofRelease(r).length)),
    row(LABEL.cite, lang, `${_NAME} cite ${r.id}`),
  );
  return `${_table(lines, width)}\n`;
}

function showConflict(c: Conflict, lang: Locale, width: number | undefined): string {
  const en = lang === "en";
  const lines: [string, string][] = [
    row(LABEL.id, lang, c.id),
    row(LABEL.kind, lang, `${CONFLICT_KIND[c.kind][lang]} (${c.kind})`),
    row(LABEL.description, lang, en ? c.description.en : c.description.vi),
    row(LABEL.field, lang, c.field),
  ];
  if (c.observations.length > 0) lines.push(row(LABEL.figures, lang, c.observations.join(", ")));
  lines.push(row(LABEL.releases, lang, c.releases.join(", ")));
  return `${_table(lines, width)}\n`;
}

/** `show`: a table to a terminal, JSON to a pipe. @internal */
export function _show(parsed: _Parsed, io: _Io): string {
  const target = _findTarget(parsed.positionals[0] ?? "", parsed.indicator);
  const { lang } = parsed;
  if ("kind" in target && "value" in target) {
    if (!io.isTTY) return `${JSON.stringify(target, null, 2)}\n`;
    const also = _findIndicator(target.id)
      ? lang === "en"
        ? `(also an indicator: ${_NAME} show ${target.id} --indicator; ${_NAME} series ${target.id})\n`
        : `(cũng là mã chỉ tiêu: ${_NAME} show ${target.id} --indicator; ${_NAME} series ${target.id})\n`
      : "";
    return `${showObservation(target, lang, io.columns)}${also}`;
  }
  if ("measures" in target) {
    if (!io.isTTY) {
      return `${JSON.stringify({ indicator: target, conflicts: conflictsOf(target) }, null, 2)}\n`;
    }
    return showIndicator(target, lang, io.columns);
  }
  if (!io.isTTY) return `${JSON.stringify(target, null, 2)}\n`;
  return "field" in target
    ? showConflict(target, lang, io.columns)
    : showRelease(target, lang, io.columns);
}
