import { type Province2025Code, provinces2025 } from "../generated/provinces2025.js";
import type { Province2025 } from "../model/province.js";
import { _resolveUnit } from "./_resolveUnit.js";

/**
 * The provincial unit in force from 1 July 2025 (one of 34) with that code or
 * name. Codes are those of 2025: `"15"` is Lào Cai, not Yên Bái as in 2023.
 * Names are read as by `getProvince` (diacritics optional, any case, NFC or
 * NFD, prefixes such as `"Thành phố"` ignored).
 *
 * @param codeOrName - A 2025 GSO code or a name.
 * @returns The unit, frozen.
 * @throws {@link ArgumentTypeError} (`ERR_INVALID_TYPE`) when `codeOrName` is not a string.
 * @throws {@link UnknownIdError} (`ERR_UNKNOWN_ID`) when no 2025 unit has that
 *   code or name (`"Phú Yên"`: merged into Đắk Lắk), naming the closest (none
 *   for input longer than 200 characters, refused at once).
 *
 * @example
 * ```ts
 * getProvince2025("Thành phố Huế")
 * //=> { code: "46", name: "Huế", kind: "city", inForceFrom: "2025-07-01" }
 * getProvince2025("15").name
 * //=> "Lào Cai"
 * ```
 * @category Provinces
 */
export function getProvince2025(codeOrName: Province2025Code | (string & {})): Province2025 {
  return _resolveUnit(provinces2025, codeOrName, "codeOrName", "2025 province");
}
