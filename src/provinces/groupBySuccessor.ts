import { _plain } from "../_lib/_check.js";
import { _closest } from "../_lib/_closest.js";
import { ArgumentRangeError, ArgumentTypeError, UnknownIdError } from "../errors.js";
import { type ProvinceCode, provinces } from "../generated/provinces.js";
import { provinceCrosswalk2025, provinces2025 } from "../generated/provinces2025.js";
import type { MemberSet, SuccessorCoverage } from "../model/province.js";

/**
 * Re-expresses a set of 2023 units on the units in force from 1 July 2025:
 * for each of the 34, which of its predecessors were in the set and how many
 * of how many (Đắk Lắk: 1 of 2 predecessors had issued the resolution).
 *
 * It states facts about the 2023 units only. It never says that a 2025 unit
 * "had" something: Đắk Lắk of 2025 did not exist when the report counted, and
 * a unit whose predecessors were all in the set is still only a sum of 2023
 * facts. Combine the counts yourself if you must, and say how.
 *
 * @param set - 2023 codes (duplicates count once), or what `members` /
 *   `missingMembers` returns when it is stated.
 * @returns One entry per 2025 unit, all 34, in code order, frozen.
 * @throws {@link ArgumentTypeError} (`ERR_INVALID_TYPE`) when `set` is neither
 *   an array nor a member set, or holds a non-string.
 * @throws {@link ArgumentRangeError} (`ERR_UNSUPPORTED`) for a member set
 *   that is not stated (`{ stated: false }`): there is nothing to re-express.
 * @throws {@link UnknownIdError} (`ERR_UNKNOWN_ID`) for a string that is not a
 *   2023 code, naming the closest codes.
 *
 * @example
 * ```ts
 * const dx = groupBySuccessor(members(getObservation("provinces-dx-resolution"))); // 62/63
 * const dakLak = dx.find((u) => u.successor.name === "Đắk Lắk");
 * `${dakLak?.inSetCount} of ${dakLak?.predecessorCount}`
 * //=> "1 of 2"
 * dakLak?.notInSet
 * //=> ["54"]
 * dx.filter((u) => u.inSetCount < u.predecessorCount).length
 * //=> 1
 * ```
 * @category Provinces
 */
export function groupBySuccessor(
  set: readonly (ProvinceCode | (string & {}))[] | MemberSet,
): readonly SuccessorCoverage<ProvinceCode>[] {
  const codes = _codesOf(_plain("set", set));
  return Object.freeze(
    provinces2025.map((successor) => {
      const predecessors = provinceCrosswalk2025
        .filter((e) => e.to === successor.code)
        .map((e) => e.from as ProvinceCode)
        .sort();
      const inSet = predecessors.filter((c) => codes.has(c));
      const notInSet = predecessors.filter((c) => !codes.has(c));
      return Object.freeze({
        successor,
        predecessors: Object.freeze(predecessors),
        inSet: Object.freeze(inSet),
        notInSet: Object.freeze(notInSet),
        inSetCount: inSet.length,
        predecessorCount: predecessors.length,
      });
    }),
  );
}

function _codesOf(set: unknown): Set<string> {
  const expected = "an array of 2023 province codes or a stated member set";
  let list: unknown = set;
  let argument = "set";
  if (typeof set === "object" && set !== null && !Array.isArray(set)) {
    const s = set as { stated?: unknown; codes?: unknown };
    if (s.stated === false) {
      throw new ArgumentRangeError(
        "ERR_UNSUPPORTED",
        "set",
        set,
        `${expected} (this one is not stated)`,
      );
    }
    if (s.stated !== true) throw new ArgumentTypeError("ERR_INVALID_TYPE", "set", set, expected);
    list = s.codes;
    argument = "set.codes";
  }
  if (!Array.isArray(list))
    throw new ArgumentTypeError("ERR_INVALID_TYPE", argument, list, expected);
  const known = provinces.map((p) => p.code);
  const codes = new Set<string>();
  list.forEach((code: unknown, i) => {
    if (typeof code !== "string") {
      throw new ArgumentTypeError(
        "ERR_INVALID_TYPE",
        `${argument}[${i}]`,
        code,
        "a 2023 province code",
      );
    }
    if (!known.includes(code)) {
      throw new UnknownIdError(`${argument}[${i}]`, code, "province code", _closest(code, known));
    }
    codes.add(code);
  });
  return codes;
}
