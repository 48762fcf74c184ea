import type { TidyRow } from "./tidyFields.js";

/**
 * The names of the tidy table's columns, in order: what the CSV header and
 * every row follow. The same as `tidyFields.map((f) => f.name)` (a test
 * checks), kept apart so that a bundle using `toCsv` does not carry the
 * columns' descriptions.
 *
 * @internal
 */
export const _TIDY_COLUMNS: readonly (keyof TidyRow)[] = [
  "id",
  "release",
  "release_version",
  "data_version",
  "indicator",
  "kind",
  "name_vi",
  "name_en",
  "value",
  "published",
  "comparator",
  "decimals",
  "scale",
  "unit",
  "period",
  "period_type",
  "as_of",
  "as_of_start",
  "as_of_end",
  "as_of_basis",
  "estimate",
  "term",
  "part",
  "whole",
  "population",
  "missing",
  "missing_published",
  "change_of",
  "change_basis",
  "change_direction",
  "change_unit",
  "target_year",
  "target_comparator",
  "target_progress",
  "share_of",
  "lower",
  "lower_inclusive",
  "upper",
  "upper_inclusive",
  "approximate",
  "quote",
  "note_vi",
  "note_en",
  "conflicts",
  "source",
  "source_url",
  "source_printed_by",
  "publisher",
];
