/**
 * The stable codes of the errors this package throws. Match on `error.code`,
 * not on the message: messages may be reworded in any release.
 *
 * - `ERR_INVALID_TYPE`: an argument has the wrong type (a string for a number, NaN);
 * - `ERR_OUT_OF_RANGE`: a number is outside what the argument allows
 *   (±Infinity, a negative count, a zero whole, a part over its whole);
 * - `ERR_UNKNOWN_ID`: no record has that id or name;
 * - `ERR_MISSING_OPTION`: a required choice was not made (the reading of an ambiguous change);
 * - `ERR_INVALID_FORMAT`: a string does not follow its grammar (a period, a published number);
 * - `ERR_UNSUPPORTED`: the request is valid but cannot be answered for this record;
 * - `ERR_UNKNOWN_OPTION`: an options object has a key the function does not
 *   know (`{ asof }` for `{ asOf }`): the error's `argument` names it
 *   (`options.asof`) and its message suggests the closest known key.
 *
 * @category Errors
 */
export type ErrorCode =
  | "ERR_INVALID_TYPE"
  | "ERR_OUT_OF_RANGE"
  | "ERR_UNKNOWN_ID"
  | "ERR_MISSING_OPTION"
  | "ERR_INVALID_FORMAT"
  | "ERR_UNSUPPORTED"
  | "ERR_UNKNOWN_OPTION";

/**
 * Thrown when an argument has the wrong type, or is NaN (codes
 * `ERR_INVALID_TYPE`, `ERR_MISSING_OPTION`).
 *
 * @example
 * ```ts
 * try { progressRatio(Number.NaN, 22) } catch (e) { (e as ArgumentTypeError).code }
 * //=> "ERR_INVALID_TYPE"
 * ```
 * @category Errors
 */
export class ArgumentTypeError extends TypeError {
  /** The stable code of the error. */
  declare readonly code: ErrorCode;
  /** The name of the argument (or `argument.option`) that was wrong. */
  declare readonly argument: string;
  /** The value received. */
  declare readonly received: unknown;

  /**
   * Makes the error; its message names the argument, the value received and
   * what was expected.
   *
   * @param code - The stable code.
   * @param argument - The argument's name.
   * @param received - The value received.
   * @param expected - What was expected, in words.
   */
  constructor(code: ErrorCode, argument: string, received: unknown, expected: string) {
    super(_message(argument, received, expected));
    Object.assign(this, { name: "ArgumentTypeError", code, argument, received });
  }
}

/**
 * Thrown when a value has the right type but is outside what its argument
 * allows, or does not follow its grammar, or names an option that does not
 * exist (codes `ERR_OUT_OF_RANGE`, `ERR_INVALID_FORMAT`, `ERR_UNSUPPORTED`,
 * `ERR_UNKNOWN_OPTION`).
 *
 * @example
 * ```ts
 * try { progressRatio(23, 22) } catch (e) { (e as ArgumentRangeError).code }
 * //=> "ERR_OUT_OF_RANGE"
 * ```
 * @category Errors
 */
export class ArgumentRangeError extends RangeError {
  /** The stable code of the error. */
  declare readonly code: ErrorCode;
  /** The name of the argument (or `argument.option`) that was wrong. */
  declare readonly argument: string;
  /** The value received. */
  declare readonly received: unknown;

  /**
   * Makes the error; its message names the argument, the value received and
   * what was expected.
   *
   * @param code - The stable code.
   * @param argument - The argument's name.
   * @param received - The value received.
   * @param expected - What was expected, in words.
   */
  constructor(code: ErrorCode, argument: string, received: unknown, expected: string) {
    super(_message(argument, received, expected));
    Object.assign(this, { name: "ArgumentRangeError", code, argument, received });
  }
}

/**
 * Thrown when no record has the id or name asked for (code `ERR_UNKNOWN_ID`).
 * The message and `suggestions` give the closest known ids.
 *
 * @example
 * ```ts
 * try { getObservation("fully-online-service-share" as never) }
 * catch (e) { (e as UnknownIdError).suggestions[0] }
 * //=> "fully-online-services-share"
 * ```
 * @category Errors
 */
export class UnknownIdError extends RangeError {
  /** The stable code of the error: always `ERR_UNKNOWN_ID`. */
  readonly code: ErrorCode = "ERR_UNKNOWN_ID";
  /** The name of the argument that was wrong. */
  readonly argument: string;
  /** The value received. */
  readonly received: unknown;
  /** The closest known ids, best first (at most five): every id within one or two edits first. */
  readonly suggestions: readonly string[];

  /**
   * Makes the error; its message names the argument, the value received and
   * the closest known ids.
   *
   * @param argument - The argument's name.
   * @param received - The value received.
   * @param what - What kind of record was looked for (`observation`).
   * @param suggestions - The closest known ids, best first.
   */
  constructor(argument: string, received: unknown, what: string, suggestions: readonly string[]) {
    const list = _strings(suggestions);
    const hint = list.length > 0 ? ` Closest known: ${list.map((s) => `"${s}"`).join(", ")}.` : "";
    super(`Unknown ${_text(what)} \`${_text(argument)}\`: received ${_describe(received)}.${hint}`);
    this.name = "UnknownIdError";
    this.argument = argument;
    this.received = received;
    this.suggestions = Object.freeze(list);
  }
}

/**
 * The message of an argument error: names the argument, what was expected
 * and the value received.
 *
 * @internal
 */
export function _message(argument: string, received: unknown, expected: string): string {
  return `Invalid argument \`${_text(argument)}\`: expected ${_text(expected)}, received ${_describe(received)}.`;
}

/** A string as is; anything else described, never converted (no user code runs). @internal */
function _text(value: unknown): string {
  return typeof value === "string" ? value : _describe(value);
}

/** The strings of an array (others dropped); [] for anything else, or where reading it throws. @internal */
function _strings(value: unknown): string[] {
  const list: string[] = [];
  try {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length && list.length < 5; i++) {
        const s: unknown = value[i];
        if (typeof s === "string") list.push(s);
      }
    }
  } catch {
    // a Proxy or a getter that throws: no suggestions
  }
  return list;
}

/**
 * Describes a received value for an error message: strings quoted (cut at 80
 * characters), numbers as written (NaN, Infinity, -0), other primitives by
 * their type, objects as "an object" or "an array". It reads no property,
 * calls no method and converts nothing of an object, so no getter, Proxy
 * trap, `toString` or `valueOf` of the value runs, and it never throws
 * (a revoked Proxy is "an object").
 *
 * @internal
 */
export function _describe(value: unknown): string {
  const type = typeof value;
  try {
    return type === "string"
      ? JSON.stringify(
          (value as string).length > 80 ? `${(value as string).slice(0, 77)}...` : value,
        )
      : type === "object" && value
        ? // Array.isArray runs no trap; it throws only for a revoked Proxy
          Array.isArray(value)
          ? "an array"
          : "an object"
        : type === "symbol" || type === "function"
          ? `a ${type}`
          : // numbers as written (NaN, Infinity; -0 kept), 10n, true, undefined, null
            `${Object.is(value, -0) ? "-" : ""}${value as string}${type === "bigint" ? "n" : ""}`;
  } catch {
    return "an object";
  }
}
