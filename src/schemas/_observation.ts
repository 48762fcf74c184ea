import * as z from "zod";
import { _COMPARATORS } from "../_lib/_check.js";
import { parsePublished } from "../numbers/parsePublished.js";
import { _id, _localizedText, _periodString } from "./_common.js";

const comparator = z.enum(_COMPARATORS);
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
  "index",
  "connection-point",
  "agency",
]);

/** @internal */
export const _area = z
  .strictObject({
    units: z.enum(["provinces-2023", "provinces-2025"]),
    code: z.string().regex(/^\d{2}$/),
  })
  .readonly();

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
  status: z.enum(["normal", "estimate", "provisional", "forecast"]),
  area: _area.nullable(),
  sameFigureAs: _id.nullable(),
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
    population: z.enum([
      "provinces-2023",
      "provinces-2025",
      "ministries",
      "ministries-and-provinces",
    ]),
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

/**
 * The fields of an observation that {@link _refineObservation} reads (and
 * only these: fields added to the model later pass through untouched).
 *
 * @internal
 */
export interface _RefinedFields {
  readonly kind: string;
  readonly published: string;
  readonly value: number;
  readonly comparator: string;
  readonly decimals: number;
  readonly scale: number;
  readonly period: string;
  readonly part?: number;
  readonly whole?: number;
}

/**
 * What the types cannot say about an observation, checked once its fields
 * have their types: its printed form (`published`) reads back
 * (`parsePublished`) to its value, comparator, decimals and scale (and, for
 * a part of a whole, to its part and whole; for another kind, to no whole);
 * a part is its value and no greater than its whole. Real calendar dates
 * are checked by the period schema itself.
 *
 * @internal
 */
export function _refineObservation(o: _RefinedFields, ctx: z.RefinementCtx): void {
  const issue = (path: string, message: string): void => {
    ctx.addIssue({ code: "custom", path: [path], message, input: o });
  };
  if (o.kind === "partOfWhole") {
    if (o.part !== o.value) issue("part", "the part of a part-of-whole figure is its value");
    if (o.part !== undefined && o.whole !== undefined && o.part > o.whole) {
      issue("part", `a part no greater than its whole (${o.whole})`);
    }
  }
  let read: ReturnType<typeof parsePublished>;
  try {
    read = parsePublished(o.published);
  } catch (e) {
    issue("published", `a printed figure parsePublished reads: ${(e as Error).message}`);
    return;
  }
  const says = `"${o.published}" reads as`;
  if (read.value !== o.value) issue("value", `${says} ${read.value}, not ${o.value}`);
  if (read.comparator !== o.comparator) {
    issue("comparator", `${says} "${read.comparator}", not "${o.comparator}"`);
  }
  if (read.decimals !== o.decimals) {
    issue("decimals", `${says} ${read.decimals} decimals, not ${o.decimals}`);
  }
  if (read.scale !== o.scale) issue("scale", `${says} scale ${read.scale}, not ${o.scale}`);
  const whole = o.kind === "partOfWhole" ? (o.whole ?? null) : null;
  if (read.whole !== whole) {
    issue(whole === null ? "published" : "whole", `${says} whole ${read.whole}, not ${whole}`);
  }
}

/** @internal */
export const _observation = z
  .discriminatedUnion("kind", [
    _valueObservation,
    _partOfWholeObservation,
    _changeObservation,
    _targetObservation,
  ])
  .superRefine(_refineObservation);
