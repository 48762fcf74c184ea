import { provinces } from "../generated/provinces.js";
import {
  type Province2025Code,
  provinceCrosswalk2025,
  provinces2025,
} from "../generated/provinces2025.js";
import type { Province } from "../model/province.js";
import { _resolveUnit } from "./_resolveUnit.js";

/**
 * The units of 2023 that make up a unit in force from 1 July 2025, in code
 * order: one where the unit was not merged, two or three where it was.
 *
 * @param codeOrName2025 - A 2025 GSO code or name, read as by `getProvince2025`
 *   (`"15"` is Lào Cai in 2025).
 * @returns The 2023 units, frozen.
 * @throws {@link ArgumentTypeError} (`ERR_INVALID_TYPE`) when the argument is not a string.
 * @throws {@link UnknownIdError} (`ERR_UNKNOWN_ID`) when no 2025 unit has that code or name.
 *
 * @example
 * ```ts
 * predecessorsOf("66").map((p) => p.name)
 * //=> ["Phú Yên", "Đắk Lắk"]
 * predecessorsOf("Cần Thơ").map((p) => p.code)
 * //=> ["92", "93", "94"]
 * ```
 * @category Provinces
 */
export function predecessorsOf(
  codeOrName2025: Province2025Code | (string & {}),
): readonly Province[] {
  const { code } = _resolveUnit(provinces2025, codeOrName2025, "codeOrName2025", "2025 province");
  const from = new Set(provinceCrosswalk2025.filter((e) => e.to === code).map((e) => e.from));
  return Object.freeze(provinces.filter((p) => from.has(p.code)));
}
