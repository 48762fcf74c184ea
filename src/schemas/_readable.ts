import * as z from "zod";
import { _plain } from "../_lib/_check.js";

/**
 * A schema that first reads its input once into plain data (its own
 * enumerable properties, as `JSON.stringify` reads them; see `_plain`), so
 * that zod never touches the caller's object: a getter or a Proxy that
 * throws, or a revoked Proxy, is an issue of the result (`safeParse` gives
 * `success: false`, `parse` throws a `ZodError`), never an exception of
 * another kind. The output type, and the JSON Schema made from it, are the
 * wrapped schema's.
 *
 * @internal
 */
export function _readable<T>(schema: z.ZodType<T>): z.ZodType<T> {
  return z.preprocess((input, ctx) => {
    try {
      return _plain("input", input);
    } catch (e) {
      ctx.addIssue({
        code: "custom",
        message: `a readable value: ${(e as Error).message}`,
        input,
      });
      return z.NEVER;
    }
  }, schema) as unknown as z.ZodType<T>;
}
