import { _deepFreeze } from "../_lib/_deepFreeze.js";

/**
 * The type of a column of the tidy table, as Frictionless Table Schema names it.
 *
 * @category Formatting
 */
export type TidyFieldType = "string" | "number" | "integer" | "boolean" | "date" | "array";

/**
 * One value an enumerated column of the tidy table takes, with what it means
 * (a Frictionless Table Schema category).
 *
 * @category Formatting
 */
export interface TidyCategory {
  /** The value as written in the table (`gt`). */
  readonly value: string;
  /** What it means (`hơn, more than: strictly above the value`). */
  readonly label: string;
}

/**
 * A column of the tidy table ({@link TidyRow}): its name, type, title and
 * description (with its unit), and for an enumeration the values it takes.
 * The same shape as a Frictionless Table Schema field.
 *
 * @category Formatting
 */
export interface TidyField {
  /** The column's name, snake_case (`name_vi`). */
  readonly name: keyof TidyRow;
  /** Its type. */
  readonly type: TidyFieldType;
  /** Whether every row has a value (`false`: the cell may be empty, `null`). */
  readonly required: boolean;
  /** A short human title. */
  readonly title: string;
  /** What it holds, with its unit, and what an empty cell means. */
  readonly description: string;
  /** For an enumeration: each value it takes, with a label. */
  readonly categories?: readonly TidyCategory[];
  /** For an `array` column: the type of its items (`string`). */
  readonly itemType?: Exclude<TidyFieldType, "array">;
}

/**
 * One observation as one flat row of the tidy table: the shape of an object
 * of `observations.json` and `observations.ndjson`, and of a row of
 * `observations.csv` and `observations.parquet`. `null` is an empty cell (the
 * field does not apply to the observation's kind, or the source gives
 * nothing). The list columns (`missing`, `conflicts`) are arrays of strings
 * (in CSV, their items joined by `;`). Made by {@link toTidyRows}; the
 * columns are described in `tidyFields` (entry `vn-digital-indicators/schema`).
 *
 * @category Formatting
 */
export interface TidyRow {
  /** The observation's id. */
  readonly id: string;
  /** The release's id. */
  readonly release: string;
  /** The release's own version (`1.0.0`); a correction of the release bumps it. */
  readonly release_version: string;
  /** The version of the whole data set, `DATA_VERSION` (`2.0.0`). */
  readonly data_version: string;
  /** The indicator's id. */
  readonly indicator: string;
  /** The observation's kind. */
  readonly kind: string;
  /** Its name in Vietnamese. */
  readonly name_vi: string;
  /** Its name in English. */
  readonly name_en: string;
  /** The value, in units of `unit`. */
  readonly value: number;
  /** The figure as printed. */
  readonly published: string;
  /** The printed qualifier. */
  readonly comparator: string;
  /** Digits printed after the decimal mark. */
  readonly decimals: number;
  /** The multiplier word's value. */
  readonly scale: number;
  /** The unit. */
  readonly unit: string;
  /** The reference period, or `report`. */
  readonly period: string;
  /** `stock` or `flow`. */
  readonly period_type: string;
  /** The date the figure is as of, as written: a day (`2023-09-04`), or a month (`2024-09`) or quarter (`2022-Q3`) where the source gives no day. */
  readonly as_of: string;
  /** The first day of `as_of` (`YYYY-MM-DD`; the day itself for a day). */
  readonly as_of_start: string;
  /** The last day of `as_of` (`YYYY-MM-DD`; the day itself for a day). */
  readonly as_of_end: string;
  /** How `as_of` was read from the source (`stated`, `event` …). */
  readonly as_of_basis: string;
  /** For a level (a figure of a series): its position in its series (indicator and area) among the rows given, from 1; `null` for a change or a target. */
  readonly as_of_order: number | null;
  /** What the source says the value is: `normal`, `estimate` (`ước đạt`), `provisional` (`sơ bộ`), `forecast` (`dự báo`). */
  readonly status: string;
  /** The SDMX `OBS_STATUS` code of `status`: `A`, `E`, `P`, `F`. */
  readonly status_sdmx: string;
  /** The provincial units of the figure's province (`provinces-2025`), or `null` for the nation. */
  readonly area_units: string | null;
  /** The province's code in those units (`01`), or `null` for the nation. */
  readonly area_code: string | null;
  /** For a level: the id of the figure it publishes (`community-tech-teams@2023-03-06`); `null` for a change or a target. */
  readonly figure: string | null;
  /** The day (or month) the release made its figures public, as read, or `null` where none could be read. */
  readonly published_at: string | null;
  /** How `published_at` was read: `event`, `official`, `page`, `address` or `none`. */
  readonly published_at_basis: string;
  /** The day the release counts as public (`YYYY-MM-DD`): see `knownAt`. */
  readonly known_from: string;
  /** For a level: the vintage of this publication of its figure (1, 2, …); `null` for a change or a target. */
  readonly vintage: number | null;
  /** For a level: `first`, `relay`, `revision` or `conflicting`; `null` for a change or a target. */
  readonly publication_role: string | null;
  /** For a level: `true` on the one row per figure that its series shows (its latest vintage); `null` for a change or a target. */
  readonly is_latest_vintage: boolean | null;
  /** The words the source uses for what is counted. */
  readonly term: string;
  /** The part of a part-of-whole figure. */
  readonly part: number | null;
  /** The whole of a part-of-whole figure. */
  readonly whole: number | null;
  /** The population a part-of-whole figure counts in. */
  readonly population: string | null;
  /** The codes of the members named as missing (`["54"]`), or `null` where none is named. */
  readonly missing: readonly string[] | null;
  /** The words naming the missing members, verbatim. */
  readonly missing_published: string | null;
  /** For a change: the id of the observation it is a change of. */
  readonly change_of: string | null;
  /** For a change: the period compared with. */
  readonly change_basis: string | null;
  /** For a change: `increase` or `decrease`. */
  readonly change_direction: string | null;
  /** For a change: `points`, `relative` or `ambiguous`. */
  readonly change_unit: string | null;
  /** For a target: its year. */
  readonly target_year: number | null;
  /** For a target: `eq` or `gte`. */
  readonly target_comparator: string | null;
  /** For a target: the id of the observation measuring progress. */
  readonly target_progress: string | null;
  /** For a share of a target: the target's id. */
  readonly share_of: string | null;
  /** The lower bound the printed figure allows. */
  readonly lower: number;
  /** Whether `lower` itself is allowed. */
  readonly lower_inclusive: boolean;
  /** The upper bound, or `null` for none. */
  readonly upper: number | null;
  /** Whether `upper` itself is allowed. */
  readonly upper_inclusive: boolean;
  /** Whether the bounds are a lower estimate of the uncertainty (`khoảng`). */
  readonly approximate: boolean;
  /** The clause of the source, verbatim, or `null` for a third-party page (not quoted). */
  readonly quote: string | null;
  /** A remark, in Vietnamese. */
  readonly note_vi: string | null;
  /** A remark, in English. */
  readonly note_en: string | null;
  /**
   * The ids of the conflicts that name the observation (`[]`: none), or
   * `null` where no conflicts were given to the builder.
   */
  readonly conflicts: readonly string[] | null;
  /** The source: who published it, its title, the event and the address. */
  readonly source: string;
  /** The address of the source page, or `null` where none is known (the report). */
  readonly source_url: string | null;
  /** The site that printed the source (`cafef.vn`), or `null` where not known. */
  readonly source_printed_by: string | null;
  /** The day the package last read the source (`YYYY-MM-DD`). */
  readonly source_accessed: string;
  /** The id of the publisher whose figures they are (`mic`), or `null` where the source does not say. */
  readonly publisher: string | null;
}

const id = "kebab-case id";

/**
 * The columns of the tidy table, in order, described for people and for
 * Frictionless Table Schema (the generated `datapackage.json` is made from
 * them). Exported by the `vn-digital-indicators/schema` entry, not the main
 * one, so that an app does not carry the descriptions.
 *
 * @example
 * ```ts
 * import { tidyFields } from "vn-digital-indicators/schema";
 * tidyFields.map((f) => f.name).slice(0, 5)
 * //=> ["id", "release", "release_version", "data_version", "indicator"]
 * tidyFields.find((f) => f.name === "as_of_end")?.type
 * //=> "date"
 * tidyFields.find((f) => f.name === "missing")?.type
 * //=> "array"
 * ```
 * @category Formatting
 */
export const tidyFields: readonly TidyField[] = /* @__PURE__ */ _deepFreeze([
  {
    name: "id",
    type: "string",
    required: true,
    title: "Observation id",
    description: `The observation's stable ${id}, as in the npm package (\`getObservation(id)\`).`,
  },
  {
    name: "release",
    type: "string",
    required: true,
    title: "Release id",
    description: `The edition (report) the figure is published in, a ${id} (\`mic-2023-q1\`).`,
  },
  {
    name: "release_version",
    type: "string",
    required: true,
    title: "Release version",
    description:
      "The release's own version, semantic versioning (`1.0.0`): a correction of one of its figures bumps its patch. With `release`, it names the edition cited (`mic-2023-q1@1.0.0`).",
  },
  {
    name: "data_version",
    type: "string",
    required: true,
    title: "Data set version",
    description:
      "The version of the whole data set (the package's `DATA_VERSION`, `2.0.0`), the same on every row: a new release bumps its minor, a correction its patch. Cite it. (In package 0.1.0 this column held `<release>@<version>`; that is now `release` and `release_version`.)",
  },
  {
    name: "indicator",
    type: "string",
    required: true,
    title: "Indicator id",
    description: `The ${id} of the quantity the figure is of (several observations may share one: a value, its change, its target).`,
  },
  {
    name: "kind",
    type: "string",
    required: true,
    title: "Kind",
    description: "What the figure is, which says which of the kind-specific columns are filled.",
    categories: [
      { value: "value", label: "a count or a share standing by itself" },
      {
        value: "partOfWhole",
        label: "a part of a whole printed as part/whole (19/22): part, whole, population",
      },
      { value: "change", label: "a change against an earlier period: change_* columns" },
      { value: "target", label: "a target: target_* columns" },
    ],
  },
  {
    name: "name_vi",
    type: "string",
    required: true,
    title: "Name (Vietnamese)",
    description: "What the figure is, in Vietnamese (UTF-8, Unicode NFC, with diacritics).",
  },
  {
    name: "name_en",
    type: "string",
    required: true,
    title: "Name (English)",
    description:
      "What the figure is, in English (a working translation by this package, not a quotation).",
  },
  {
    name: "value",
    type: "number",
    required: true,
    title: "Value",
    description:
      "The figure as a number, in units of `unit` (74.72 for `74,72%`, meaning 74.72 percent; 111000000 for `hơn 111 triệu`). Read it together with `comparator`: for `gt` the true value is above it.",
  },
  {
    name: "published",
    type: "string",
    required: true,
    title: "Published form",
    description:
      "The figure exactly as printed in the source, Vietnamese number style (`,` decimal mark, `.` thousands separator): `74,72%`, `hơn 111 triệu`, `71.836`, `19/22`.",
  },
  {
    name: "comparator",
    type: "string",
    required: true,
    title: "Qualifier",
    description: "What the printed qualifier says about the true value against `value`.",
    categories: [
      { value: "eq", label: "stated plainly: equal up to the printed decimals" },
      {
        value: "approx",
        label: "khoảng, about: near the value by an amount the source does not state",
      },
      { value: "gt", label: "hơn or trên, more than: strictly above the value" },
      { value: "gte", label: "tối thiểu, at least: the value or above" },
      {
        value: "nearly",
        label: "gần, nearly: below the value by an amount the source does not state",
      },
    ],
  },
  {
    name: "decimals",
    type: "integer",
    required: true,
    title: "Printed decimals",
    description:
      "The number of digits printed after the decimal mark (`74,72%` → 2, `1,276 tỷ` → 3), before the multiplier word.",
  },
  {
    name: "scale",
    type: "integer",
    required: true,
    title: "Multiplier",
    description:
      "The value of the multiplier word printed after the number: 1 (none), 1000 (`nghìn`, thousand), 1000000 (`triệu`, million) or 1000000000 (`tỷ`, billion).",
  },
  {
    name: "unit",
    type: "string",
    required: true,
    title: "Unit",
    description:
      "The unit of `value`, `part`, `whole`, `lower` and `upper`: `percent` for a share printed with % (74.72 means 74.72 %), otherwise what one unit counts.",
    categories: [
      { value: "percent", label: "percent (74.72 = 74.72 %)" },
      { value: "ministry", label: "ministries or ministry-level agencies" },
      { value: "province", label: "provinces or centrally-run cities (63 in 2023)" },
      { value: "transaction", label: "transactions" },
      { value: "team", label: "teams" },
      { value: "person", label: "persons" },
      { value: "visit", label: "visits" },
      { value: "procedure", label: "administrative procedures" },
      { value: "service", label: "public services" },
      {
        value: "ministry-or-province",
        label: "ministries and provinces counted together (`Bộ, tỉnh`)",
      },
      { value: "transactions-per-day", label: "transactions per day (an average)" },
      { value: "index", label: "an index on a scale from 0 to 1 (0.7955)" },
      { value: "connection-point", label: "connection points between systems (NDXP)" },
      { value: "agency", label: "agencies or units" },
    ],
  },
  {
    name: "period",
    type: "string",
    required: true,
    title: "Reference period",
    description:
      "The period the figure refers to: a year (`2023`), a quarter (`2023-Q1`), a month (`2023-01`) or a day (`2023-02-21`); or `report` for a figure stated as current (`hiện nay`, `đến nay`) at the time of the report, i.e. at its event (see `as_of`).",
  },
  {
    name: "period_type",
    type: "string",
    required: true,
    title: "Period type",
    description: "How the figure relates to its period.",
    categories: [
      { value: "stock", label: "a level at the end of the period, or at the time of the report" },
      { value: "flow", label: "an amount counted within the period" },
    ],
  },
  {
    name: "as_of",
    type: "string",
    required: true,
    title: "As of (as written)",
    description:
      "The date the figure is as of, as precise as the source gives it: a day (`2023-09-04`), or where the source gives no day a month (`2024-09`) or a quarter (`2022-Q3`). A level at that date, or a count that runs up to it. For a figure stated as current at a report (`period` = `report`), the day of the event it was presented at (2023-03-06 for mic-2023-q1; the report's text itself carries no date). Text, not a date column: a month is not a day. Use `as_of_start` and `as_of_end` to sort and filter by date.",
  },
  {
    name: "as_of_start",
    type: "date",
    required: true,
    title: "As of: first day",
    description:
      "The first day of `as_of` (`2024-09-01` for `2024-09`, `2022-07-01` for `2022-Q3`; the day itself where `as_of` is a day).",
  },
  {
    name: "as_of_end",
    type: "date",
    required: true,
    title: "As of: last day",
    description:
      "The last day of `as_of` (`2024-09-30` for `2024-09`, `2022-09-30` for `2022-Q3`; the day itself where `as_of` is a day). A series is in the order of this date; the package never picks a day inside a month or quarter.",
  },
  {
    name: "as_of_basis",
    type: "string",
    required: true,
    title: "As of: how it was read",
    description: "How `as_of` was read from the source.",
    categories: [
      { value: "stated", label: "printed for the figure itself (tính đến ngày 04/9/2023)" },
      {
        value: "context",
        label: "printed for the passage the figure stands in, not for the figure",
      },
      { value: "period-end", label: "the end of the period the source gives (cuối tháng 4/2023)" },
      {
        value: "event",
        label: "stated as current (hiện nay, đến nay) at the event that presented it: its date",
      },
      {
        value: "event-period",
        label:
          "dated only by the briefing or report it comes from, whose day is not known: the period reviewed",
      },
      { value: "page", label: "stated as current on a page that names no event: the page's date" },
    ],
  },
  {
    name: "as_of_order",
    type: "integer",
    required: false,
    title: "Order in its series",
    description:
      "For a level (kind `value` or `partOfWhole`): the position of its figure in the series of its indicator and area, from 1, in as-of order (a day before a month ending the same day); every publication of one figure has the same number. Sort a series by it. Empty for a change or a target, which are not points of a series.",
  },
  {
    name: "status",
    type: "string",
    required: true,
    title: "Status",
    description:
      "What the source says the value is (SDMX `OBS_STATUS`, code in `status_sdmx`); a value stays as published, marked.",
    categories: [
      { value: "normal", label: "published as it stands (SDMX A)" },
      { value: "estimate", label: "called an estimate: ước đạt, ước tính (SDMX E)" },
      { value: "provisional", label: "called provisional: sơ bộ (SDMX P)" },
      { value: "forecast", label: "given for a period not yet measured: dự báo, dự kiến (SDMX F)" },
    ],
  },
  {
    name: "status_sdmx",
    type: "string",
    required: true,
    title: "Status (SDMX code)",
    description: "The SDMX `OBS_STATUS` code of `status`.",
    categories: [
      { value: "A", label: "normal value" },
      { value: "E", label: "estimated value" },
      { value: "P", label: "provisional value" },
      { value: "F", label: "forecast value" },
    ],
  },
  {
    name: "area_units",
    type: "string",
    required: false,
    title: "Area: units",
    description:
      "For a figure about one province: which provincial units its code is one of. Empty for a figure about the nation. A series never mixes the nation and a province, nor the two sets of units.",
    categories: [
      { value: "provinces-2023", label: "the 63 provincial units of 2023 (`provinces`)" },
      {
        value: "provinces-2025",
        label: "the 34 provincial units since 1 July 2025 (`provinces2025`)",
      },
    ],
  },
  {
    name: "area_code",
    type: "string",
    required: false,
    title: "Area: code",
    description:
      "For a figure about one province: its statistical-office code in `area_units` (`01`, text: keep the leading zero). Empty for the nation.",
  },
  {
    name: "figure",
    type: "string",
    required: false,
    title: "Figure id",
    description:
      "For a level: the figure this row publishes, `<indicator>@<as of>` (and `@<units>:<code>` for a province). Several rows (relays, revisions, conflicting prints) may publish one figure; filter `is_latest_vintage` for one row per figure. Empty for a change or a target.",
  },
  {
    name: "published_at",
    type: "string",
    required: false,
    title: "Made public",
    description:
      "The day its release made the figures public (`2023-03-06`), or the month where only that is shown (`2023-05`), as read (`published_at_basis`). Empty where no date could be read: then `known_from` is the day the package read the page.",
  },
  {
    name: "published_at_basis",
    type: "string",
    required: true,
    title: "Made public: how it was read",
    description: "How `published_at` was read.",
    categories: [
      { value: "event", label: "the day of the event that presented the figures" },
      { value: "official", label: "the publisher's own release date" },
      { value: "page", label: "the date printed on the page relaying them" },
      { value: "address", label: "the date the page's address encodes" },
      { value: "none", label: "no date could be read" },
    ],
  },
  {
    name: "known_from",
    type: "date",
    required: true,
    title: "Known from",
    description:
      "The day the publication counts as public: `published_at` (its last day for a month), or where that is empty the day the package read the page. `series(id, { knownAt })` shows only publications known from that day or before.",
  },
  {
    name: "vintage",
    type: "integer",
    required: false,
    title: "Vintage",
    description:
      "For a level: the vintage of this publication of its figure: 1 for the figure's first day of publication, 2 for the next day it was published again, and so on (among the rows given). Empty for a change or a target.",
  },
  {
    name: "publication_role",
    type: "string",
    required: false,
    title: "Publication role",
    description:
      "For a level: what this publication is, against those made public before it. Empty for a change or a target.",
    categories: [
      { value: "first", label: "the first publication of the figure" },
      { value: "relay", label: "the same value again" },
      {
        value: "revision",
        label:
          "a new value (or status) from the same publisher at a later dated release of its own",
      },
      {
        value: "conflicting",
        label: "a different value with no revision stated (a recorded conflict names it)",
      },
    ],
  },
  {
    name: "is_latest_vintage",
    type: "boolean",
    required: false,
    title: "Latest vintage",
    description:
      "For a level: `true` on exactly one row per figure, the publication its series shows (the latest vintage; among relays and conflicting prints, the one the documented rule picks), `false` on the others. Filter on it for one row per point of each series. Empty for a change or a target.",
  },
  {
    name: "term",
    type: "string",
    required: true,
    title: "Term",
    description:
      "The words the source uses for what is counted (Vietnamese, as printed: `Tổ CNSCĐ`, `toàn trình`), one of its indicator's terms (`indicators.csv`). A page that uses another indicator's words counts something else.",
  },
  {
    name: "part",
    type: "integer",
    required: false,
    title: "Part",
    description:
      "For `partOfWhole`: the part as printed (19 of `19/22`), in units of `unit`; equal to `value`. Empty for other kinds.",
  },
  {
    name: "whole",
    type: "integer",
    required: false,
    title: "Whole",
    description:
      "For `partOfWhole`: the whole as printed (22 of `19/22`), in units of `unit`. Empty for other kinds. The ratio is not stored: compute part/whole.",
  },
  {
    name: "population",
    type: "string",
    required: false,
    title: "Population",
    description: "For `partOfWhole`: the set counted in. Empty for other kinds.",
    categories: [
      { value: "provinces-2023", label: "the 63 provinces and centrally-run cities of 2023" },
      { value: "provinces-2025", label: "the 34 provincial units since 1 July 2025" },
      {
        value: "ministries",
        label:
          "ministries and ministry-level agencies (22 in the report; which 22 it does not list)",
      },
      {
        value: "ministries-and-provinces",
        label:
          "ministries and provinces together (80/83 Bộ, tỉnh), members named by their 2023 province code",
      },
    ],
  },
  {
    name: "missing",
    type: "array",
    itemType: "string",
    required: false,
    title: "Missing members",
    description:
      'For `partOfWhole`: the members the source names as missing, a list of their General Statistics Office codes in the population (`["54"]` = Phú Yên; `["01", "36", "67"]`). Codes are text, never numbers (`01` keeps its zero). In CSV the codes are joined by `;` (`01;36;67`). Empty where none is named.',
  },
  {
    name: "missing_published",
    type: "string",
    required: false,
    title: "Missing members, as printed",
    description:
      "The words of the source naming the missing members, verbatim (`còn tỉnh Phú Yên`). Empty where none is named.",
  },
  {
    name: "change_of",
    type: "string",
    required: false,
    title: "Change of",
    description:
      "For `change`: the id of the observation (the later value) the change is of. Empty for other kinds.",
  },
  {
    name: "change_basis",
    type: "string",
    required: false,
    title: "Change basis",
    description:
      "For `change`: the period compared with (`2023-01`). Its value is not published. Empty for other kinds.",
  },
  {
    name: "change_direction",
    type: "string",
    required: false,
    title: "Change direction",
    description:
      "For `change`: the direction; `value` is the size, never negative. Empty for other kinds.",
    categories: [
      { value: "increase", label: "tăng, increase" },
      { value: "decrease", label: "giảm, decrease" },
    ],
  },
  {
    name: "change_unit",
    type: "string",
    required: false,
    title: "Change unit",
    description: "For `change`: how the unit of the change is to be read. Empty for other kinds.",
    categories: [
      { value: "points", label: "percentage points" },
      { value: "relative", label: "percent of the earlier value" },
      {
        value: "ambiguous",
        label: "the source prints % and does not say which: keep both readings",
      },
    ],
  },
  {
    name: "target_year",
    type: "integer",
    required: false,
    title: "Target year",
    description:
      "For `target`: the year by whose end the target is to be met. Empty for other kinds.",
  },
  {
    name: "target_comparator",
    type: "string",
    required: false,
    title: "Target comparator",
    description: "For `target`: what the target sets. Empty for other kinds.",
    categories: [
      { value: "eq", label: "a level to reach" },
      { value: "gte", label: "a floor: at least the value" },
    ],
  },
  {
    name: "target_progress",
    type: "string",
    required: false,
    title: "Target progress",
    description:
      "For `target`: the id of the observation that measures progress towards it. Empty where none or for other kinds.",
  },
  {
    name: "share_of",
    type: "string",
    required: false,
    title: "Share of",
    description:
      "For a share of a target (`khoảng 12,95% so với mục tiêu`): the target observation's id. Empty otherwise.",
  },
  {
    name: "lower",
    type: "number",
    required: true,
    title: "Lower bound",
    description:
      "The lowest true value the printed figure allows, in units of `unit`: half a unit of the last printed digit below `value` for `eq`/`approx` (74.715 for `74,72%`), `value` itself for `gt`/`gte`.",
  },
  {
    name: "lower_inclusive",
    type: "boolean",
    required: true,
    title: "Lower bound inclusive",
    description: "Whether `lower` itself is allowed (`false` for `gt`, more than).",
  },
  {
    name: "upper",
    type: "number",
    required: false,
    title: "Upper bound",
    description:
      "The highest true value the printed figure allows, in units of `unit` (74.725 for `74,72%`). Empty where there is no upper bound (`gt`, `gte`).",
  },
  {
    name: "upper_inclusive",
    type: "boolean",
    required: true,
    title: "Upper bound inclusive",
    description: "Whether `upper` itself is allowed; `false` where `upper` is empty.",
  },
  {
    name: "approximate",
    type: "boolean",
    required: true,
    title: "Approximate bounds",
    description:
      "`true` for `approx` (`khoảng`): the bounds are what the printed decimals allow at the least; the true value may lie outside by an amount the source does not state.",
  },
  {
    name: "quote",
    type: "string",
    required: false,
    title: "Quote",
    description:
      "The clause of the source that states the figure, verbatim Vietnamese (pieces joined by ` … ` where elided); empty for a figure read on a third-party page, whose sentences are not copied.",
  },
  {
    name: "note_vi",
    type: "string",
    required: false,
    title: "Note (Vietnamese)",
    description: "A remark on how to read the figure, in Vietnamese. Empty where none.",
  },
  {
    name: "note_en",
    type: "string",
    required: false,
    title: "Note (English)",
    description: "A remark on how to read the figure, in English. Empty where none.",
  },
  {
    name: "conflicts",
    type: "array",
    itemType: "string",
    required: false,
    title: "Conflicts",
    description:
      "The ids of the recorded conflicts that name this observation (`conflicts.csv`: two sources that disagree, or figures that read as comparable but are not), a list; empty where none does. In CSV the ids are joined by `;`. The package resolves no conflict: every figure stays as published.",
  },
  {
    name: "source",
    type: "string",
    required: true,
    title: "Source",
    description:
      "The source in words: its publisher (or the site that printed it), its title (Vietnamese), the event it was presented at and its address.",
  },
  {
    name: "source_url",
    type: "string",
    required: false,
    title: "Source address",
    description:
      "The address of the page the figure was read on. Empty for the Q1/2023 report (`mic-2023-q1`), whose text carries no address (its event's address is in `releases.csv`).",
  },
  {
    name: "source_printed_by",
    type: "string",
    required: false,
    title: "Printed by",
    description: "The site that printed the source page (`cafef.vn`). Empty where not known.",
  },
  {
    name: "source_accessed",
    type: "date",
    required: true,
    title: "Source read on",
    description:
      "The day the package last read the source (a citation's retrieval date; for the Q1/2023 report, the day its text was compiled).",
  },
  {
    name: "publisher",
    type: "string",
    required: false,
    title: "Publisher",
    description:
      "The id of the body whose figures they are (`mic`: the Ministry of Information and Communications; names in `releases.csv`). Empty where the page does not say whose figures they are.",
  },
]);
