/**
 * The figures of the reports on Vietnam's digital transformation of the
 * Ministry of Information and Communications, 2022–2024, as typed, cited,
 * versioned constants and series, with helpers that make every reading
 * choice explicit.
 *
 * @module vn-digital-indicators
 */

// Helpers
export { type BoundsInput, bounds } from "./bounds/bounds.js";
export { consistent } from "./bounds/consistent.js";
export { product } from "./bounds/product.js";
export { ratio } from "./bounds/ratio.js";
// Exports, citations (issue 6)
export {
  type CiteFormat,
  type CiteOptions,
  type CslDate,
  type CslItem,
  type CslName,
  cite,
} from "./cite/cite.js";
export { getIndicator } from "./data/getIndicator.js";
export { getObservation } from "./data/getObservation.js";
export { getRelease } from "./data/getRelease.js";
export { getTask } from "./data/getTask.js";
// Errors
export {
  ArgumentRangeError,
  ArgumentTypeError,
  type ErrorCode,
  UnknownIdError,
} from "./errors.js";
export type {
  TidyCategory,
  TidyField,
  TidyFieldType,
  TidyRow,
} from "./exports/tidyFields.js";
export { type ToCsvOptions, toCsv } from "./exports/toCsv.js";
export { type ToJsonOptions, toJson } from "./exports/toJson.js";
export { type ToMarkdownOptions, toMarkdown } from "./exports/toMarkdown.js";
export { type ToNdjsonOptions, toNdjson } from "./exports/toNdjson.js";
export { type ToTidyRowsOptions, toTidyRows } from "./exports/toTidyRows.js";
export { type ConflictId, conflicts } from "./generated/conflicts.js";
export { type IndicatorId, indicators } from "./generated/indicators.js";
// Data (generated from data/; see scripts/generate.ts)
export * from "./generated/observations.js";
// issue 7: provinces (the 63 units of 2023, set-valued figures, the 2025 reorganisation)
export { type ProvinceCode, provinceSources, provinces } from "./generated/provinces.js";
export {
  type Province2025Code,
  provinceCrosswalk2025,
  provinceCrosswalk2025Sources,
  provinces2025,
  provinces2025Sources,
} from "./generated/provinces2025.js";
export * from "./generated/releases.js";
export * from "./generated/series.js";
export type { IndicatorLevels } from "./generated/seriesByIndicator.js";
export { DATA_VERSION, VERSION } from "./generated/version.js";
export { type DeltaResult, delta } from "./metrics/delta.js";
// Issue 3: helpers that never mislead (metrics, bounds, periods, projections, formatting)
export type { Derived, DerivedComparator, FigureInput } from "./metrics/derived.js";
export {
  type ChangeInput,
  type ChangeReading,
  type ImpliedBaselineOptions,
  impliedBaseline,
} from "./metrics/impliedBaseline.js";
export { type PartOfWholeInput, progressRatio } from "./metrics/progressRatio.js";
export {
  type QuarterFigure,
  type QuarterOnQuarter,
  quarterOnQuarter,
} from "./metrics/quarterOnQuarter.js";
export { shareOfTarget } from "./metrics/shareOfTarget.js";
export { type ProgressInput, type TargetInput, targetGap } from "./metrics/targetGap.js";
// Model (types only)
export type {
  IsoDate,
  Locale,
  LocalizedText,
  PeriodString,
  SourceReference,
} from "./model/common.js";
export type { Conflict, ConflictKind } from "./model/conflict.js";
export type { Indicator, RelatedIndicator, Subject } from "./model/indicator.js";
export type { DifferenceInterval, Interval } from "./model/interval.js";
export type {
  Area,
  AreaUnits,
  AsOfBasis,
  Change,
  ChangeObservation,
  ChangeUnit,
  Comparator,
  NamedMissing,
  Observation,
  ObservationBase,
  ObservationKind,
  ObservationPeriod,
  ObservationStatus,
  PartOfWholeObservation,
  PeriodType,
  Population,
  Target,
  TargetObservation,
  Unit,
  ValueObservation,
} from "./model/observation.js";
export type {
  DataSource,
  MemberSet,
  Province,
  Province2025,
  ProvinceCrosswalkEntry,
  ProvinceKind,
  StatedMembers,
  SuccessorCoverage,
  UnstatedMembers,
  UnstatedReason,
} from "./model/province.js";
export type {
  Correction,
  MadePublic,
  MadePublicBasis,
  Platform,
  PlatformLaunch,
  Publisher,
  Release,
  ReportEvent,
  SourceDocument,
  SourceSeen,
  Succession,
} from "./model/release.js";
export type {
  LevelObservation,
  Publication,
  PublicationRole,
  SeriesPoint,
  ShownReason,
  VintageRow,
} from "./model/series.js";
export type { Task } from "./model/task.js";
export { type FormatNumberOptions, formatNumber } from "./numbers/formatNumber.js";
export { type FormatPercentOptions, formatPercent } from "./numbers/formatPercent.js";
export {
  type FormatValueInput,
  type FormatValueOptions,
  formatValue,
} from "./numbers/formatValue.js";
// Numbers
export { type ParsedPublished, parsePublished } from "./numbers/parsePublished.js";
export { elapsedShare } from "./periods/elapsedShare.js";
export { type FormatPeriodOptions, formatPeriod } from "./periods/formatPeriod.js";
export { type Period, type PeriodGranularity, parsePeriod } from "./periods/parsePeriod.js";
export { periodDays } from "./periods/periodDays.js";
export { periodEnd } from "./periods/periodEnd.js";
export { periodStart } from "./periods/periodStart.js";
export {
  type Coverage,
  type FlowInput,
  type ProjectRunRateOptions,
  projectRunRate,
  type RunRateProjection,
} from "./projections/projectRunRate.js";
export {
  type RequiredPace,
  type RequiredPaceOptions,
  requiredPace,
} from "./projections/requiredPace.js";
export { getProvince } from "./provinces/getProvince.js";
export { getProvince2025 } from "./provinces/getProvince2025.js";
export { groupBySuccessor } from "./provinces/groupBySuccessor.js";
export { members } from "./provinces/members.js";
export { missingMembers } from "./provinces/missingMembers.js";
export { predecessorsOf } from "./provinces/predecessorsOf.js";
export { successorOf } from "./provinces/successorOf.js";
// Series: one indicator across releases
export {
  type ChangeBetween,
  type ChangeEnd,
  type ChangeFigure,
  change,
} from "./series/change.js";
export { type LatestOptions, latest } from "./series/latest.js";
export { type SeriesOptions, series } from "./series/series.js";
export { type VintagesOptions, vintages } from "./series/vintages.js";
