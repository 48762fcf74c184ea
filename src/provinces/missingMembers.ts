import type { ProvinceCode } from "../generated/provinces.js";
import type { PartOfWholeObservation, ValueObservation } from "../model/observation.js";
import type { MemberSet } from "../model/province.js";
import { _memberSets } from "./_memberSets.js";

/**
 * The provincial units of 2023 a part-of-whole figure leaves out, by code,
 * where the source states who they are: `["54"]` (Phú Yên) for
 * `62/63 … (còn tỉnh Phú Yên)`, none for `63/63`. Where the source gives only
 * a count (`48/63`: 15 units, not named), or the population has no list
 * (ministries), the result is `{ stated: false, reason }`: never a guess.
 *
 * @param observation - A part-of-whole observation (`kind: "partOfWhole"`), or a
 *   bare count of provinces or ministries (`55 tỉnh/thành phố`: not stated).
 * @returns `{ stated: true, codes }` (codes in code order) or `{ stated: false, reason }`, frozen.
 * @throws {@link ArgumentTypeError} (`ERR_INVALID_TYPE`) when `observation` is
 *   not an object, or its `missing` is malformed.
 * @throws {@link ArgumentRangeError} (`ERR_UNSUPPORTED`) for another kind of
 *   observation (a share, a change, a target, a count of something else) or
 *   an unknown population; (`ERR_OUT_OF_RANGE`) when its
 *   `whole` is not 63, its `part` not an integer from 0 to 63, or its
 *   missing codes are not distinct 2023 codes or too many.
 *
 * @example
 * ```ts
 * missingMembers(getObservation("provinces-dx-resolution")) // 62/63 (còn tỉnh Phú Yên)
 * //=> { stated: true, codes: ["54"] }
 * missingMembers(getObservation("provinces-egov-architecture-2")) // 63/63
 * //=> { stated: true, codes: [] }
 * missingMembers(getObservation("provinces-community-tech-teams-all-communes")) // 48/63
 * //=> { stated: false, reason: "not-named" }
 * ```
 * @category Provinces
 */
export function missingMembers(
  observation: PartOfWholeObservation | ValueObservation,
): MemberSet<ProvinceCode> {
  return _memberSets(observation).missing;
}
