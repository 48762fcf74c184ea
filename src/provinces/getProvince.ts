import { type ProvinceCode, provinces } from "../generated/provinces.js";
import type { Province } from "../model/province.js";
import { _resolveUnit } from "./_resolveUnit.js";

/**
 * The provincial unit of 2023 (one of the 63 the report counts) with that
 * code or name.
 *
 * Accepts the GSO code (`"54"`) or the name: with diacritics (`"Phú Yên"`,
 * NFC or NFD, either tone placement: `"Hoà Bình"` or `"Hòa Bình"`), without
 * them (`"phu yen"`, `"PHU YEN"`, `"Da Nang"`: đ is d), with or without a
 * prefix (`"Tỉnh Phú Yên"`, `"Thành phố Hà Nội"`, `"TP. Hồ Chí Minh"`,
 * `"TP Hồ Chí Minh"`) or an English suffix (`"Ho Chi Minh City"`). Spaces
 * and punctuation are ignored (`"Hanoi"`, `"Bà Rịa–Vũng Tàu"`). A name
 * written with diacritics must have the right ones (`"Hà Nổi"` is unknown).
 * Names of 2025 units that were not units in 2023 (`"Huế"`) are unknown here:
 * see `getProvince2025`.
 *
 * @param codeOrName - A 2023 GSO code or a name.
 * @returns The unit, frozen.
 * @throws {@link ArgumentTypeError} (`ERR_INVALID_TYPE`) when `codeOrName` is not a string.
 * @throws {@link UnknownIdError} (`ERR_UNKNOWN_ID`) when no unit has that code
 *   or name; the message and `suggestions` give the closest names (or codes).
 *   A code or name longer than 200 characters is refused at once, with no
 *   suggestions.
 *
 * @example
 * ```ts
 * getProvince("54")
 * //=> { code: "54", name: "Phú Yên", nameAscii: "Phu Yen", kind: "province" }
 * getProvince("TP. Hồ Chí Minh").code
 * //=> "79"
 * getProvince("hoa binh").name
 * //=> "Hoà Bình"
 * getProvince("Phu Yenn")
 * //=> throws UnknownIdError: Unknown province `codeOrName`: received "Phu Yenn". Closest known: "Phú Yên".
 * ```
 * @category Provinces
 */
export function getProvince(codeOrName: ProvinceCode | (string & {})): Province {
  return _resolveUnit(provinces, codeOrName, "codeOrName", "province");
}
