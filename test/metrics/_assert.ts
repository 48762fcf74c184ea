import { expect } from "vitest";
import { ArgumentRangeError, ArgumentTypeError } from "../../src/index.js";

/**
 * Runs `fn`, expects it to throw an `ArgumentTypeError` or `ArgumentRangeError`
 * (as `kind`) with `code`, whose message names `argument`.
 */
export function expectArgError(
  fn: () => unknown,
  kind: "type" | "range",
  code: string,
  argument: string,
): void {
  let error: unknown;
  try {
    fn();
  } catch (e) {
    error = e;
  }
  expect(error, "expected a throw").toBeInstanceOf(
    kind === "type" ? ArgumentTypeError : ArgumentRangeError,
  );
  expect(error).toBeInstanceOf(kind === "type" ? TypeError : RangeError);
  expect((error as ArgumentRangeError).code).toBe(code);
  expect((error as Error).message).toContain(`\`${argument}\``);
  expect((error as ArgumentRangeError).argument).toBe(argument);
}

/**
 * `build()` throws the package's typed error of `kind` (`"type"`: an
 * `ArgumentTypeError`, else an `ArgumentRangeError`), with `code` and naming
 * `argument`; `name` labels a failure.
 */
export function expectBuilderError(
  name: string,
  build: () => unknown,
  kind: string,
  code: string,
  argument: string,
): void {
  let error: unknown;
  try {
    build();
  } catch (e) {
    error = e;
  }
  expect(error, name).toBeInstanceOf(kind === "type" ? ArgumentTypeError : ArgumentRangeError);
  expect(error, name).toMatchObject({ code, argument });
}

/** Any value that is not a finite number (for fast-check `constantFrom`). */
export const NON_FINITE = [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY] as const;

/** fast-check parameters: at least 1 000 runs per property. */
export const RUNS = { numRuns: 1000 } as const;

/**
 * Runs `fn`; where it refuses a non-zero result too small for a double (the
 * typed `ERR_OUT_OF_RANGE` underflow error: never an exact zero), `null`.
 * Any other error is thrown on.
 */
export function underflowOr<T>(fn: () => T): T | null {
  try {
    return fn();
  } catch (error) {
    if (
      error instanceof ArgumentRangeError &&
      error.code === "ERR_OUT_OF_RANGE" &&
      /below 5e-324/.test(error.message)
    ) {
      return null;
    }
    throw error;
  }
}
