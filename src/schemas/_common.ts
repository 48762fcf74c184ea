import * as z from "zod";
import type { IsoDate, LocalizedText, PeriodString, SourceReference } from "../model/common.js";
import { parsePeriod } from "../periods/parsePeriod.js";

/** The grammar of a {@link PeriodString}: `2023`, `2023-Q1`, `2023-01`, `2023-02-21`. @internal */
export const _PERIOD_PATTERN =
  /^\d{4}(?:-Q[1-4]|-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

/** @internal */
export const _localizedText = z
  .strictObject({
    vi: z.string().min(1).describe("Vietnamese, with diacritics, in Unicode NFC."),
    en: z.string().min(1).describe("English."),
  })
  .readonly() satisfies z.ZodType<LocalizedText>;

/** @internal */
export const _isoDate = z.iso.date() as unknown as z.ZodType<IsoDate, string>;

/** Whether a period text names a real calendar period (no `2023-02-30`). @internal */
export function _isCalendarPeriod(text: string): boolean {
  try {
    parsePeriod(text);
    return true;
  } catch {
    return false;
  }
}

/** @internal */
export const _periodString = z
  .string()
  .regex(_PERIOD_PATTERN, "a period: YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD")
  .refine(
    _isCalendarPeriod,
    "a real calendar period (2023-02-30 is no day)",
  ) as unknown as z.ZodType<PeriodString, string>;

/** @internal */
export const _id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "a kebab-case id")
  .describe("A stable id, kebab-case.");

/** @internal */
export const _sourceReference = z
  .strictObject({
    title: z.string().min(1).nullable(),
    publisher: z.string().min(1),
    url: z.url().nullable(),
    quote: z.string().min(1).nullable(),
  })
  .readonly() satisfies z.ZodType<SourceReference>;
