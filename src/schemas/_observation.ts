import * as z from "zod";
import { _id, _localizedText, _periodString } from "./_common.js";

const comparator = z.enum(["eq", "approx", "gt", "gte", "nearly"]);
const unit = z.enum([
  "percent",
  "ministry",
  "province",
  "transaction",
  "team",
  "person",
  "visit",
  "procedure",
  "service",
  "ministry-or-province",
  "transactions-per-day",
]);

const base = {
  id: _id,
  release: _id,
  indicator: _id,
  name: _localizedText,
  value: z.number().finite().nonnegative(),
  published: z.string().min(1),
  comparator,
  decimals: z.int().min(0).max(6),
  scale: z.literal([1, 1_000, 1_000_000, 1_000_000_000]),
  unit,
  period: z.union([_periodString, z.literal("report")]),
  periodType: z.enum(["stock", "flow"]),
  quote: z.string().min(1).nullable(),
  note: _localizedText.nullable(),
  asOf: _periodString,
  asOfBasis: z.enum(["stated", "context", "period-end", "event", "event-period", "page"]),
  estimate: z.boolean(),
  term: z.string().min(1),
};

/** @internal */
export const _valueObservation = z
  .strictObject({ ...base, kind: z.literal("value"), shareOf: _id.nullable() })
  .readonly();

/** @internal */
export const _partOfWholeObservation = z
  .strictObject({
    ...base,
    kind: z.literal("partOfWhole"),
    part: z.int().nonnegative(),
    whole: z.int().positive(),
    population: z.enum(["provinces-2023", "ministries", "ministries-and-provinces"]),
    missing: z
      .strictObject({
        codes: z.array(z.string().min(1)).min(1).readonly(),
        published: z.string().min(1),
      })
      .readonly()
      .nullable(),
  })
  .readonly();

/** @internal */
export const _changeObservation = z
  .strictObject({
    ...base,
    kind: z.literal("change"),
    change: z
      .strictObject({
        of: _id,
        basis: _periodString,
        direction: z.enum(["increase", "decrease"]),
        unit: z.enum(["points", "relative", "ambiguous"]),
      })
      .readonly(),
  })
  .readonly();

/** @internal */
export const _targetObservation = z
  .strictObject({
    ...base,
    kind: z.literal("target"),
    target: z
      .strictObject({
        year: z.int().min(1900).max(2100),
        comparator: z.enum(["eq", "gte"]),
        progress: _id.nullable(),
      })
      .readonly(),
  })
  .readonly();

/** @internal */
export const _observation = z.discriminatedUnion("kind", [
  _valueObservation,
  _partOfWholeObservation,
  _changeObservation,
  _targetObservation,
]);
