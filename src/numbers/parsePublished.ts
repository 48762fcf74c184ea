import { _toDecimal } from "../_lib/_decimal.js";
import { ArgumentRangeError, ArgumentTypeError } from "../errors.js";
import type { Comparator } from "../model/observation.js";

/**
 * What a published Vietnamese figure says, read by {@link parsePublished}.
 *
 * @category Numbers
 */
export interface ParsedPublished {
  /** The value, in the figure's units (`hơn 111 triệu` → `111000000`; `19/22` → `19`). */
  readonly value: number;
  /**
   * The qualifier: `hơn` or `trên` → `gt`, `khoảng` → `approx`, `tối thiểu`
   * → `gte`, `gần` → `nearly`, none → `eq`.
   */
  readonly comparator: Comparator;
  /** Digits printed after the decimal mark `,`. */
  readonly decimals: number;
  /** The multiplier word: 1, 10^3 (`nghìn`), 10^6 (`triệu`) or 10^9 (`tỷ`). */
  readonly scale: 1 | 1_000 | 1_000_000 | 1_000_000_000;
  /** Whether the figure is printed with `%`. */
  readonly percent: boolean;
  /** The whole of a `part/whole` figure (`19/22` → `22`), or `null`. */
  readonly whole: number | null;
}

const QUALIFIERS: readonly (readonly [string, Comparator])[] = [
  ["hơn ", "gt"],
  ["trên ", "gt"],
  ["khoảng ", "approx"],
  ["tối thiểu ", "gte"],
  ["gần ", "nearly"],
];

const SCALES = { nghìn: 1_000, triệu: 1_000_000, tỷ: 1_000_000_000 } as const;

// integer: plain digits (no leading zero), or digit groups of three after `.`
const GRAMMAR =
  /^(0|[1-9]\d{0,2}(?:\.\d{3})+|[1-9]\d*)(?:,(\d+))?(?:(%)|\/(0|[1-9]\d*)| (nghìn|triệu|tỷ))?$/u;

/**
 * Reads a figure printed in Vietnamese style, as the report prints it: `,` is
 * the decimal mark, `.` groups thousands (three digits a group), `nghìn` is
 * 10^3, `triệu` 10^6, `tỷ` 10^9, `%` marks a percentage, `a/b` a part of a
 * whole, and `hơn` or `trên` ("more than"), `khoảng` ("about"), `tối thiểu`
 * ("at least") or `gần` ("nearly": below, approximately) may come first. The
 * value is computed from the digits exactly (`1,276 tỷ` is exactly
 * `1276000000`, `74,72%` is the double nearest 74.72), and must be held
 * exactly by a double, read back as printed: up to 10^21 and beyond, to 15
 * decimals, as long as the digits fit (`9.007.199.254.740.993` does not:
 * refused rather than read as …992). Input is normalised to Unicode NFC,
 * trimmed, and runs of spaces count as one.
 *
 * @param published - The printed figure (`"74,72%"`, `"hơn 111 triệu"`, `"71.836"`, `"19/22"`).
 * @returns The value, comparator, decimals, scale, and the `%` or whole.
 * @throws {@link ArgumentTypeError} (`ERR_INVALID_TYPE`) for a non-string.
 * @throws {@link ArgumentRangeError} (`ERR_INVALID_FORMAT`) for text outside the
 *   grammar, such as `74.72%` (a `.` must group three digits) or `-5`, or a
 *   part over its whole; (`ERR_OUT_OF_RANGE`) for more than 15 decimals, a
 *   figure beyond ±1.8e308, or digits a double cannot hold exactly.
 *
 * @example
 * ```ts
 * parsePublished("hơn 1,276 tỷ")
 * //=> { value: 1276000000, comparator: "gt", decimals: 3, scale: 1000000000, percent: false, whole: null }
 * parsePublished("71.836").value
 * //=> 71836
 * parsePublished("khoảng 12,95%").comparator
 * //=> "approx"
 * ```
 * @category Numbers
 */
export function parsePublished(published: string): ParsedPublished {
  if (typeof published !== "string") {
    throw new ArgumentTypeError("ERR_INVALID_TYPE", "published", published, "a string");
  }
  let text = published.normalize("NFC").trim().replace(/\s+/gu, " ");
  let comparator: Comparator = "eq";
  for (const [word, c] of QUALIFIERS) {
    if (text.startsWith(word)) {
      comparator = c;
      text = text.slice(word.length);
      break;
    }
  }
  const match = GRAMMAR.exec(text);
  if (match === null) {
    throw new ArgumentRangeError(
      "ERR_INVALID_FORMAT",
      "published",
      published,
      'a Vietnamese figure such as "74,72%", "hơn 1,5 triệu", "71.836" or "19/22" (`,` decimal mark, `.` thousands groups of three)',
    );
  }
  const [, integer = "", fraction = "", percentSign, wholeText, scaleWord] = match;
  const decimals = fraction.length;
  const scale = scaleWord === undefined ? 1 : SCALES[scaleWord as keyof typeof SCALES];
  if (wholeText !== undefined && decimals > 0) {
    throw new ArgumentRangeError(
      "ERR_INVALID_FORMAT",
      "published",
      published,
      "a part/whole of whole numbers",
    );
  }
  if (decimals > 15) {
    throw new ArgumentRangeError(
      "ERR_OUT_OF_RANGE",
      "published",
      published,
      "a figure of at most 15 digits after the decimal mark",
    );
  }
  const value = _exact(
    published,
    `${integer.replaceAll(".", "")}${fraction}`,
    String(scale).length - 1 - decimals,
  );
  const whole = wholeText === undefined ? null : _exact(published, wholeText, 0);
  if (whole !== null && whole < value) {
    throw new ArgumentRangeError(
      "ERR_INVALID_FORMAT",
      "published",
      published,
      "a part no greater than its whole",
    );
  }
  return { value, comparator, decimals, scale, percent: percentSign !== undefined, whole };
}

/** `digits × 10^exponent` as the double that reads exactly so, or the error. @internal */
function _exact(published: string, digits: string, exponent: number): number {
  const value = Number(`${digits}e${exponent}`);
  // (finite first: a finite figure has at most 309 integer digits to read as a BigInt)
  const d = Number.isFinite(value) ? _toDecimal(value) : null;
  // equal as decimals: the same digits once trailing zeros are moved into the exponent
  if (
    d === null ||
    (d.e >= exponent
      ? d.n * 10n ** BigInt(d.e - exponent) !== BigInt(digits)
      : BigInt(digits) * 10n ** BigInt(exponent - d.e) !== d.n)
  ) {
    throw new ArgumentRangeError(
      "ERR_OUT_OF_RANGE",
      "published",
      published,
      d === null
        ? "a figure within the finite range (±1.8e308)"
        : `a figure whose digits a number holds exactly (this one reads back as ${value})`,
    );
  }
  return value;
}
