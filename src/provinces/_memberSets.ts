import { _fields, _plain } from "../_lib/_check.js";
import { ArgumentRangeError, ArgumentTypeError } from "../errors.js";
import { type ProvinceCode, provinces } from "../generated/provinces.js";
import type { MemberSet } from "../model/province.js";

const EXPECTED =
  'a part-of-whole observation, or a count of provinces or ministries (kind "value", unit "province" or "ministry")';

/**
 * The members and the non-members of the set a part-of-whole observation
 * counts, each where the source states it. Checks the observation.
 *
 * @internal
 */
export function _memberSets(observation: unknown): {
  members: MemberSet<ProvinceCode>;
  missing: MemberSet<ProvinceCode>;
} {
  const o = _fields("observation", observation, EXPECTED, [
    "kind",
    "unit",
    "population",
    "whole",
    "part",
    "missing",
  ]);
  if (o.kind === "value" && (o.unit === "province" || o.unit === "ministry")) {
    // a bare count (`55 tỉnh/thành phố`): the source says how many, not which
    const reason = o.unit === "province" ? "not-named" : "no-list";
    const none = Object.freeze({ stated: false, reason } as const);
    return { members: none, missing: none };
  }
  if (o.kind !== "partOfWhole") {
    throw new ArgumentRangeError("ERR_UNSUPPORTED", "observation", observation, EXPECTED);
  }
  if (o.population === "ministries") {
    const none = Object.freeze({ stated: false, reason: "no-list" } as const);
    return { members: none, missing: none };
  }
  if (o.population !== "provinces-2023") {
    throw new ArgumentRangeError(
      "ERR_UNSUPPORTED",
      "observation.population",
      o.population,
      '"provinces-2023" or "ministries"',
    );
  }
  const whole = provinces.length;
  if (o.whole !== whole) {
    throw new ArgumentRangeError(
      "ERR_OUT_OF_RANGE",
      "observation.whole",
      o.whole,
      `${whole}, the number of provincial units of 2023`,
    );
  }
  const part = o.part;
  if (typeof part !== "number" || !Number.isInteger(part) || part < 0 || part > whole) {
    throw new ArgumentRangeError(
      "ERR_OUT_OF_RANGE",
      "observation.part",
      part,
      `an integer from 0 to ${whole}`,
    );
  }
  const named = namedCodes(_plain("observation.missing", o.missing));
  if (named.size > whole - part) {
    throw new ArgumentRangeError(
      "ERR_OUT_OF_RANGE",
      "observation.missing.codes",
      [...named],
      `at most ${whole - part} codes (whole − part)`,
    );
  }
  if (part > 0 && named.size < whole - part) {
    const reason = named.size === 0 ? "not-named" : "partly-named";
    const unstated = Object.freeze({ stated: false, reason } as const);
    return { members: unstated, missing: unstated };
  }
  const codes = provinces.map((p) => p.code as ProvinceCode);
  const isMissing = (code: string): boolean => part === 0 || named.has(code);
  return {
    members: stated(codes.filter((c) => !isMissing(c))),
    missing: stated(codes.filter(isMissing)),
  };
}

function stated(codes: ProvinceCode[]): MemberSet<ProvinceCode> {
  return Object.freeze({ stated: true, codes: Object.freeze(codes) } as const);
}

function namedCodes(missing: unknown): Set<string> {
  if (missing === null || missing === undefined) return new Set();
  const codes = (missing as { codes?: unknown }).codes;
  if (typeof missing !== "object" || !Array.isArray(codes)) {
    throw new ArgumentTypeError(
      "ERR_INVALID_TYPE",
      "observation.missing",
      missing,
      "null or an object with an array `codes`",
    );
  }
  const known = new Set(provinces.map((p) => p.code));
  const set = new Set<string>();
  for (const code of codes) {
    if (typeof code !== "string" || !known.has(code) || set.has(code)) {
      throw new ArgumentRangeError(
        "ERR_OUT_OF_RANGE",
        "observation.missing.codes",
        codes,
        "distinct 2023 province codes",
      );
    }
    set.add(code);
  }
  return set;
}
