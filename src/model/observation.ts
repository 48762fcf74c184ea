import type { LocalizedText, PeriodString } from "./common.js";

/**
 * What the printed form of a figure says about the true value:
 *
 * - `eq`: stated plainly (`74,72%`): equal up to the printed decimals;
 * - `approx`: `khoảng` ("about"): near the value, by an amount the source does not state;
 * - `gt`: `hơn` or `trên` ("more than", "above"): strictly above the value;
 * - `gte`: `tối thiểu` ("at least"): the value or above;
 * - `nearly`: `gần` ("nearly"): below the value, by an amount the source
 *   does not state (an approximate upper bound).
 *
 * @category Model
 */
export type Comparator = "eq" | "approx" | "gt" | "gte" | "nearly";

/**
 * The unit of a figure: `percent` for a share printed with `%` (74.72 means
 * 74.72 %), `index` for a score on a scale from 0 to 1 (the Digital
 * Transformation Index, `0,7955`), otherwise what one unit of the count is
 * (`connection-point`: a connection point between systems through NDXP;
 * `agency`: an agency or unit whose systems are connected).
 *
 * @category Model
 */
export type Unit =
  | "percent"
  | "ministry"
  | "province"
  | "transaction"
  | "team"
  | "person"
  | "visit"
  | "procedure"
  | "service"
  | "ministry-or-province"
  | "transactions-per-day"
  | "index"
  | "connection-point"
  | "agency";

/**
 * How a figure relates to its period:
 *
 * - `stock`: a level at the end of the period, or at the time of the report
 *   (a share, a cumulative count, a number of units that have done something);
 * - `flow`: an amount counted within the period (transactions in Q1/2023).
 *
 * @category Model
 */
export type PeriodType = "stock" | "flow";

/**
 * The period of a figure: a {@link PeriodString}, or `"report"` for a figure
 * stated as current ("hiện nay", "hiện tại", "đến nay") at the time of the
 * report, that is at its event (see `Release.event.date`).
 *
 * @category Model
 */
export type ObservationPeriod = PeriodString | "report";

/**
 * The kind of an observation, which says which extra fields it has.
 *
 * @category Model
 */
export type ObservationKind = "value" | "partOfWhole" | "change" | "target";

/**
 * The set a part-of-whole figure counts in: the 63 provincial units of 2023
 * (`provinces-2023`), the 34 provincial units since 1 July 2025
 * (`provinces-2025`), the ministries and ministry-level agencies
 * (`ministries`, 22 in the report; which 22 the report does not list), or
 * both together (`ministries-and-provinces`, as one page counts "80/83 Bộ,
 * tỉnh" without listing them; members it names by province are province
 * codes of 2023).
 *
 * @category Model
 */
export type Population =
  | "provinces-2023"
  | "provinces-2025"
  | "ministries"
  | "ministries-and-provinces";

/**
 * How the date an observation is as of ({@link ObservationBase.asOf}) was read:
 *
 * - `stated`: the source prints it ("tính đến ngày 04/9/2023", "tính đến
 *   tháng 9/2024": then a month);
 * - `context`: the source prints it for the passage the figure stands in,
 *   not for the figure itself (a paragraph that opens "tính đến ngày …");
 * - `period-end`: the source gives a period and the figure is as of its end
 *   ("cuối tháng 4/2023" → 2023-04-30);
 * - `event`: the figure is stated as current ("hiện nay", "đến nay") at the
 *   event where it was reported, whose date it takes;
 * - `event-period`: the source dates the figure only by the briefing or
 *   report it comes from, whose date is not known: `asOf` is the period
 *   that briefing or report reviewed;
 * - `page`: the figure is stated as current ("đến nay") on a page that
 *   names no event: `asOf` is the page's date.
 *
 * @category Model
 */
export type AsOfBasis = "stated" | "context" | "period-end" | "event" | "event-period" | "page";

/**
 * How the unit of a published change is to be read:
 *
 * - `points`: percentage points (74.72 % up 4.36 means 70.36 % before);
 * - `relative`: percent of the earlier value (74.72 / 1.0436 before);
 * - `ambiguous`: the source prints `%` and does not say which; a helper
 *   needs the caller to choose.
 *
 * @category Model
 */
export type ChangeUnit = "points" | "relative" | "ambiguous";

/**
 * What the source says a value is, following SDMX's `OBS_STATUS` code list
 * (the code is in brackets; exports carry it beside the word):
 *
 * - `normal` (`A`): a value published as it stands;
 * - `estimate` (`E`): the source calls it an estimate (`ước đạt`, `ước tính`);
 * - `provisional` (`P`): the source calls it provisional (`sơ bộ`);
 * - `forecast` (`F`): the source gives it for a period not yet measured
 *   (`dự báo`, `dự kiến`).
 *
 * @category Model
 */
export type ObservationStatus = "normal" | "estimate" | "provisional" | "forecast";

/**
 * The provincial units an area belongs to: the 63 of 2023
 * (`provinces-2023`, codes of `provinces`) or the 34 since 1 July 2025
 * (`provinces-2025`, codes of `provinces2025`).
 *
 * @category Model
 */
export type AreaUnits = "provinces-2023" | "provinces-2025";

/**
 * One province a figure is about (`{ units: "provinces-2025", code: "01" }`
 * for Hà Nội after 2025). A figure about the nation has no area (`null`).
 *
 * @category Model
 */
export interface Area {
  /** Which provincial units the code is one of. */
  readonly units: AreaUnits;
  /** The province's statistical-office code in those units (`"01"`). */
  readonly code: string;
}

/**
 * The fields every published figure has, whatever its kind.
 *
 * @category Model
 */
export interface ObservationBase {
  /** Stable id, kebab-case (`fully-online-services-share`). */
  readonly id: string;
  /** The id of the release (edition) that published it. */
  readonly release: string;
  /** The id of the indicator it is a figure of. */
  readonly indicator: string;
  /** What it is, in both languages. */
  readonly name: LocalizedText;
  /**
   * The value as a number, in {@link Unit}s (`74.72` for `74,72%`,
   * `111000000` for `hơn 111 triệu`). Read it together with
   * {@link ObservationBase.comparator}.
   */
  readonly value: number;
  /** The figure exactly as printed in the source (`74,72%`, `hơn 111 triệu`, `71.836`). */
  readonly published: string;
  /** What the printed qualifier says about the true value. */
  readonly comparator: Comparator;
  /** The number of digits printed after the decimal mark (`74,72%` → 2, `1,276 tỷ` → 3). */
  readonly decimals: number;
  /** The multiplier word printed after the number: 1, 10^3 (`nghìn`), 10^6 (`triệu`) or 10^9 (`tỷ`). */
  readonly scale: 1 | 1_000 | 1_000_000 | 1_000_000_000;
  /** The unit of {@link ObservationBase.value}. */
  readonly unit: Unit;
  /** The period the figure refers to, or `"report"` for "at the time of the report". */
  readonly period: ObservationPeriod;
  /** Whether the figure is a level at the period's end (`stock`) or an amount within it (`flow`). */
  readonly periodType: PeriodType;
  /**
   * The clause of the source that states it, verbatim (pieces joined by ` … `
   * where elided), for a release whose text the package quotes
   * (`source.quotes`); `null` for a figure read on a third-party page, whose
   * sentences are not copied: its release says where to read it.
   */
  readonly quote: string | null;
  /** A remark on how to read the figure, or `null`. */
  readonly note: LocalizedText | null;
  /**
   * The date (`2023-09-04`), or where the source gives no day the period
   * (`2024-09`), that the figure is as of: a level at that date, or a count
   * that runs up to it. How it was read is {@link ObservationBase.asOfBasis}.
   */
  readonly asOf: PeriodString;
  /** How {@link ObservationBase.asOf} was read from the source. */
  readonly asOfBasis: AsOfBasis;
  /**
   * What the source says the value is: `normal`, `estimate` (`ước đạt`,
   * `ước tính`), `provisional` (`sơ bộ`) or `forecast` (`dự báo`, `dự kiến`).
   */
  readonly status: ObservationStatus;
  /**
   * The province the figure is about, or `null` for a figure about the
   * nation (or about what its indicator's `subject` names as a whole).
   */
  readonly area: Area | null;
  /**
   * The id of an observation of another release whose figure this one prints
   * again, dated less precisely (a month where the other gives the day), or
   * `null`: then the figure is its indicator, area and as-of date.
   */
  readonly sameFigureAs: string | null;
  /**
   * The words the source uses for what is counted (`Tổ CNSCĐ`, `toàn trình`,
   * `kế hoạch/đề án`), one of its indicator's `terms`: a page that uses
   * another indicator's words counts something else.
   */
  readonly term: string;
}

/**
 * A figure that stands by itself: a count or a share.
 *
 * @category Model
 */
export interface ValueObservation extends ObservationBase {
  /** Discriminant. */
  readonly kind: "value";
  /**
   * For a share of a target (`khoảng 12,95% so với mục tiêu`): the id of the
   * target observation; otherwise `null`.
   */
  readonly shareOf: string | null;
}

/**
 * Members of a counted set that the source names as missing (`còn tỉnh Phú Yên`).
 *
 * @category Model
 */
export interface NamedMissing {
  /** The members, by code in the population (`["54"]` for Phú Yên). */
  readonly codes: readonly string[];
  /** The words of the source that name them, verbatim. */
  readonly published: string;
}

/**
 * A figure printed as part of a whole (`19/22`, `62/63`). Its `value` is the part.
 *
 * @category Model
 */
export interface PartOfWholeObservation extends ObservationBase {
  /** Discriminant. */
  readonly kind: "partOfWhole";
  /** The part, as printed (equal to `value`). */
  readonly part: number;
  /** The whole, as printed. */
  readonly whole: number;
  /** What is counted. */
  readonly population: Population;
  /** The members the source names as missing, or `null` where it names none. */
  readonly missing: NamedMissing | null;
}

/**
 * The change a figure is published with (`tăng 4,36% so với tháng 1/2023`).
 *
 * @category Model
 */
export interface Change {
  /** The id of the observation whose change this is (the later value). */
  readonly of: string;
  /** The period compared with (`2023-01`, or a day such as `2022-05-13`). */
  readonly basis: PeriodString;
  /** `increase` (`tăng`) or `decrease` (`giảm`); `value` is the size, never negative. */
  readonly direction: "increase" | "decrease";
  /** Points, relative percent, or ambiguous where the source does not say. */
  readonly unit: ChangeUnit;
}

/**
 * A published change against an earlier period. The earlier value itself is
 * not published; compute it with `impliedBaseline`, choosing a reading where
 * the unit is ambiguous.
 *
 * @category Model
 */
export interface ChangeObservation extends ObservationBase {
  /** Discriminant. */
  readonly kind: "change";
  /** What the change is of and against. */
  readonly change: Change;
}

/**
 * What a target sets: a level by the end of its year, or at least an amount.
 *
 * @category Model
 */
export interface Target {
  /** The year by whose end the target is to be met. */
  readonly year: number;
  /** `eq` for a level to reach (`100%`), `gte` for a floor (`tối thiểu 860 triệu`). */
  readonly comparator: "eq" | "gte";
  /** The id of the indicator's observation that measures progress, or `null`. */
  readonly progress: string | null;
}

/**
 * A published target (`mục tiêu 2023 là 100%`).
 *
 * @category Model
 */
export interface TargetObservation extends ObservationBase {
  /** Discriminant. */
  readonly kind: "target";
  /** The target's year and comparator. */
  readonly target: Target;
}

/**
 * One published figure, with its qualifier, period and source clause.
 * Narrow it by `kind`.
 *
 * @category Model
 */
export type Observation =
  | ValueObservation
  | PartOfWholeObservation
  | ChangeObservation
  | TargetObservation;
