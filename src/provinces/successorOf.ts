import { type ProvinceCode, provinces } from "../generated/provinces.js";
import { provinceCrosswalk2025, provinces2025 } from "../generated/provinces2025.js";
import type { Province2025 } from "../model/province.js";
import { _resolveUnit } from "./_resolveUnit.js";

/**
 * The unit in force from 1 July 2025 that a unit of 2023 became part of
 * (every one of the 63 has exactly one). Where a unit was merged, the
 * successor is larger than the unit was: do not carry a 2023 figure over to it.
 *
 * @param codeOrName2023 - A 2023 GSO code or name, read as by `getProvince`.
 * @returns The 2025 unit, frozen.
 * @throws {@link ArgumentTypeError} (`ERR_INVALID_TYPE`) when the argument is not a string.
 * @throws {@link UnknownIdError} (`ERR_UNKNOWN_ID`) when no 2023 unit has that code or name.
 *
 * @example
 * ```ts
 * // 62/63 … (còn tỉnh Phú Yên): Phú Yên was merged into Đắk Lắk
 * successorOf("54")
 * //=> { code: "66", name: "Đắk Lắk", kind: "province", inForceFrom: "2025-07-01" }
 * successorOf("Yên Bái").code
 * //=> "15"
 * ```
 * @category Provinces
 */
export function successorOf(codeOrName2023: ProvinceCode | (string & {})): Province2025 {
  const { code } = _resolveUnit(provinces, codeOrName2023, "codeOrName2023", "province");
  const to = provinceCrosswalk2025.find((e) => e.from === code)?.to;
  // scripts/generators/provinces.ts checks that every 2023 code has one successor.
  return provinces2025.find((u) => u.code === to) as Province2025;
}
