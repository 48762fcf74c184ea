import * as z from "zod";
import { _isoDate } from "./_common.js";

const code = z.string().regex(/^\d{2}$/, "a two-digit GSO code");
const name = z
  .string()
  .min(1)
  .refine((s) => s === s.normalize("NFC") && s === s.trim(), "a trimmed name in Unicode NFC");
const kind = z.enum(["province", "city"]);

/** @internal */
export const _province = z
  .strictObject({
    code,
    name,
    nameAscii: z.string().regex(/^[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$/, "trimmed ASCII"),
    kind,
  })
  .readonly();

/** @internal */
export const _province2025 = z
  .strictObject({
    code,
    name,
    kind,
    inForceFrom: _isoDate,
  })
  .readonly();

/** @internal */
export const _provinceCrosswalkEntry = z.strictObject({ from: code, to: code }).readonly();

/** @internal */
export const _dataSource = z
  .strictObject({
    repository: z.url(),
    path: z.string().min(1),
    commit: z.string().regex(/^[0-9a-f]{40}$/, "a full commit hash"),
    licence: z.string().min(1),
    notes: z.string().min(1),
  })
  .readonly();
