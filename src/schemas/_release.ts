import * as z from "zod";
import { _id, _isoDate, _localizedText, _periodString, _sourceReference } from "./_common.js";

const platformLaunch = z
  .strictObject({
    period: _periodString,
    part: z.enum(["start", "middle", "end"]).nullable(),
    published: z.string().min(1),
    quote: z.string().min(1).nullable(),
  })
  .readonly();

/** @internal */
export const _platform = z
  .strictObject({
    id: _id,
    name: _localizedText,
    shortName: z.string().min(1),
    url: z.url().nullable(),
    launched: platformLaunch.nullable(),
    quote: z.string().min(1).nullable(),
  })
  .readonly();

/** @internal */
export const _correction = z
  .strictObject({
    release: _id,
    observation: _id,
    field: z.string().min(1),
    before: z.string(),
    after: z.string(),
    date: _isoDate,
    version: z.string().regex(/^\d+\.\d+\.\d+$/),
    reason: _localizedText,
  })
  .readonly();

/** @internal */
export const _publisher = z
  .strictObject({
    id: _id,
    name: _localizedText,
    abbreviation: z.string().min(1),
    domains: z.array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/)).readonly(),
    succession: z
      .strictObject({
        successor: _localizedText,
        publisher: _id.nullable(),
        date: _isoDate,
        description: _localizedText,
        legalBasis: z.array(z.string().min(1)).readonly(),
        sources: z.array(_sourceReference).min(1).readonly(),
      })
      .readonly()
      .nullable(),
  })
  .readonly();

/** @internal */
export const _release = z
  .strictObject({
    id: _id,
    version: z.string().regex(/^\d+\.\d+\.\d+$/),
    title: _localizedText,
    period: _periodString.nullable(),
    publisher: _publisher.nullable(),
    event: z
      .strictObject({
        name: _localizedText,
        date: _isoDate.nullable(),
        period: _periodString,
        place: _localizedText.nullable(),
        chair: z.string().min(1).nullable(),
        source: _sourceReference,
      })
      .readonly()
      .nullable(),
    source: z
      .strictObject({
        description: _localizedText,
        language: z.literal("vi"),
        incipit: z.string().min(1).nullable(),
        url: z.url().nullable(),
        date: _periodString.nullable(),
        printedBy: z.string().min(1).nullable(),
        quotes: z.boolean(),
        seen: z.enum(["full-text", "opening"]),
        printedTitle: z.string().min(1).nullable(),
        accessed: _isoDate,
        verifiable: z.boolean(),
      })
      .readonly(),
    madePublic: z
      .strictObject({
        date: _periodString.nullable(),
        basis: z.enum(["event", "official", "page", "address", "none"]),
      })
      .readonly()
      .refine((m) => (m.date === null) === (m.basis === "none"), {
        message: "a date exactly when the basis is not none",
      }),
    compiled: _isoDate,
    platforms: z.array(_platform).readonly(),
    corrections: z.array(_correction).readonly(),
  })
  .readonly();
