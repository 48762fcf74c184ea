import * as z from "zod";
import { _id, _localizedText } from "./_common.js";

/** @internal */
export const _conflict = z
  .strictObject({
    id: _id,
    kind: z.enum(["value", "date", "comparability"]),
    description: _localizedText,
    observations: z.array(_id).readonly(),
    releases: z.array(_id).min(1).readonly(),
    field: z.string().min(1),
  })
  .readonly();
