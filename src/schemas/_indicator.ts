import * as z from "zod";
import { _id, _localizedText, _periodString } from "./_common.js";

/** @internal */
export const _indicator = z
  .strictObject({
    id: _id,
    name: _localizedText,
    unit: z.enum([
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
    ]),
    measures: _localizedText,
    subject: z.enum([
      "country",
      "ministries",
      "provinces",
      "ministries-and-provinces",
      "mic",
      "ndxp",
      "onetouch",
    ]),
    terms: z.array(z.string().min(1)).min(1).readonly(),
    nonDecreasing: z.boolean(),
    related: z.array(z.strictObject({ id: _id, difference: _localizedText }).readonly()).readonly(),
  })
  .readonly();

/** @internal */
export const _task = z
  .strictObject({
    id: _id,
    release: _id,
    by: z.literal("mic"),
    name: _localizedText,
    due: _periodString.nullable(),
    quote: z.string().min(1),
  })
  .readonly();
