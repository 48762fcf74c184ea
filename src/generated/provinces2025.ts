// generated — do not edit.
// Made by scripts/generate.ts from data/provinces/provinces-2025.json, data/provinces/crosswalk-2023-2025.json; run `npm run generate` after changing those.

import { _deepFreeze } from "../_lib/_deepFreeze.js";
import type { DataSource, Province2025, ProvinceCrosswalkEntry } from "../model/province.js";

/**
 * The 34 provincial units in force from 2025-07-01 (28 provinces,
 * 6 centrally-run cities), with the codes the GSO gave them, in code order.
 * A code may name another unit than in 2023 (`15` was Yên Bái, is Lào Cai).
 *
 * @category Provinces
 */
export const provinces2025: readonly Province2025[] = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("[{\"code\":\"01\",\"name\":\"Hà Nội\",\"kind\":\"city\",\"inForceFrom\":\"2025-07-01\"},{\"code\":\"04\",\"name\":\"Cao Bằng\",\"kind\":\"province\",\"inForceFrom\":\"2025-07-01\"},{\"code\":\"08\",\"name\":\"Tuyên Quang\",\"kind\":\"province\",\"inForceFrom\":\"2025-07-01\"},{\"code\":\"11\",\"name\":\"Điện Biên\",\"kind\":\"province\",\"inForceFrom\":\"2025-07-01\"},{\"code\":\"12\",\"name\":\"Lai Châu\",\"kind\":\"province\",\"inForceFrom\":\"2025-07-01\"},{\"code\":\"14\",\"name\":\"Sơn La\",\"kind\":\"province\",\"inForceFrom\":\"2025-07-01\"},{\"code\":\"15\",\"name\":\"Lào Cai\",\"kind\":\"province\",\"inForceFrom\":\"2025-07-01\"},{\"code\":\"19\",\"name\":\"Thái Nguyên\",\"kind\":\"province\",\"inForceFrom\":\"2025-07-01\"},{\"code\":\"20\",\"name\":\"Lạng Sơn\",\"kind\":\"province\",\"inForceFrom\":\"2025-07-01\"},{\"code\":\"22\",\"name\":\"Quảng Ninh\",\"kind\":\"province\",\"inForceFrom\":\"2025-07-01\"},{\"code\":\"24\",\"name\":\"Bắc Ninh\",\"kind\":\"province\",\"inForceFrom\":\"2025-07-01\"},{\"code\":\"25\",\"name\":\"Phú Thọ\",\"kind\":\"province\",\"inForceFrom\":\"2025-07-01\"},{\"code\":\"31\",\"name\":\"Hải Phòng\",\"kind\":\"city\",\"inForceFrom\":\"2025-07-01\"},{\"code\":\"33\",\"name\":\"Hưng Yên\",\"kind\":\"province\",\"inForceFrom\":\"2025-07-01\"},{\"code\":\"37\",\"name\":\"Ninh Bình\",\"kind\":\"province\",\"inForceFrom\":\"2025-07-01\"},{\"code\":\"38\",\"name\":\"Thanh Hóa\",\"kind\":\"province\",\"inForceFrom\":\"2025-07-01\"},{\"code\":\"40\",\"name\":\"Nghệ An\",\"kind\":\"province\",\"inForceFrom\":\"2025-07-01\"},{\"code\":\"42\",\"name\":\"Hà Tĩnh\",\"kind\":\"province\",\"inForceFrom\":\"2025-07-01\"},{\"code\":\"44\",\"name\":\"Quảng Trị\",\"kind\":\"province\",\"inForceFrom\":\"2025-07-01\"},{\"code\":\"46\",\"name\":\"Huế\",\"kind\":\"city\",\"inForceFrom\":\"2025-07-01\"},{\"code\":\"48\",\"name\":\"Đà Nẵng\",\"kind\":\"city\",\"inForceFrom\":\"2025-07-01\"},{\"code\":\"51\",\"name\":\"Quảng Ngãi\",\"kind\":\"province\",\"inForceFrom\":\"2025-07-01\"},{\"code\":\"52\",\"name\":\"Gia Lai\",\"kind\":\"province\",\"inForceFrom\":\"2025-07-01\"},{\"code\":\"56\",\"name\":\"Khánh Hòa\",\"kind\":\"province\",\"inForceFrom\":\"2025-07-01\"},{\"code\":\"66\",\"name\":\"Đắk Lắk\",\"kind\":\"province\",\"inForceFrom\":\"2025-07-01\"},{\"code\":\"68\",\"name\":\"Lâm Đồng\",\"kind\":\"province\",\"inForceFrom\":\"2025-07-01\"},{\"code\":\"75\",\"name\":\"Đồng Nai\",\"kind\":\"province\",\"inForceFrom\":\"2025-07-01\"},{\"code\":\"79\",\"name\":\"Hồ Chí Minh\",\"kind\":\"city\",\"inForceFrom\":\"2025-07-01\"},{\"code\":\"80\",\"name\":\"Tây Ninh\",\"kind\":\"province\",\"inForceFrom\":\"2025-07-01\"},{\"code\":\"82\",\"name\":\"Đồng Tháp\",\"kind\":\"province\",\"inForceFrom\":\"2025-07-01\"},{\"code\":\"86\",\"name\":\"Vĩnh Long\",\"kind\":\"province\",\"inForceFrom\":\"2025-07-01\"},{\"code\":\"91\",\"name\":\"An Giang\",\"kind\":\"province\",\"inForceFrom\":\"2025-07-01\"},{\"code\":\"92\",\"name\":\"Cần Thơ\",\"kind\":\"city\",\"inForceFrom\":\"2025-07-01\"},{\"code\":\"96\",\"name\":\"Cà Mau\",\"kind\":\"province\",\"inForceFrom\":\"2025-07-01\"}]"));

/**
 * Where the list of 2025 units comes from (repository, path, commit, licence).
 *
 * @category Provinces
 */
export const provinces2025Sources: readonly DataSource[] = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("[{\"repository\":\"https://github.com/dvhcvn/20250701\",\"path\":\"input/docs/915_CTK-CSCL.csv\",\"commit\":\"dd94887ce32324380bc5bb0a76fe39867dafc73b\",\"licence\":\"MIT (Copyright (c) 2025 dvhcvn)\",\"notes\":\"The repository author's transcription of GSO letter 915/CTK-CSCL, which gives the codes of the 34 provincial units in force from 1 July 2025 (Stt, Mã số, Tên 34 tỉnh sau sáp nhập). Source of code and name; the letter writes the 6 centrally-run cities with the prefix \\\"Thành phố \\\", which is removed from name and gives kind \\\"city\\\" (28 provinces, 6 cities).\"}]"));

/**
 * The crosswalk of 63 rows from the units of 2023 to those in force
 * from 2025-07-01: each 2023 code once, in code order. Use
 * `successorOf` and `predecessorsOf` to read it.
 *
 * @category Provinces
 */
export const provinceCrosswalk2025: readonly ProvinceCrosswalkEntry[] = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("[{\"from\":\"01\",\"to\":\"01\"},{\"from\":\"02\",\"to\":\"08\"},{\"from\":\"04\",\"to\":\"04\"},{\"from\":\"06\",\"to\":\"19\"},{\"from\":\"08\",\"to\":\"08\"},{\"from\":\"10\",\"to\":\"15\"},{\"from\":\"11\",\"to\":\"11\"},{\"from\":\"12\",\"to\":\"12\"},{\"from\":\"14\",\"to\":\"14\"},{\"from\":\"15\",\"to\":\"15\"},{\"from\":\"17\",\"to\":\"25\"},{\"from\":\"19\",\"to\":\"19\"},{\"from\":\"20\",\"to\":\"20\"},{\"from\":\"22\",\"to\":\"22\"},{\"from\":\"24\",\"to\":\"24\"},{\"from\":\"25\",\"to\":\"25\"},{\"from\":\"26\",\"to\":\"25\"},{\"from\":\"27\",\"to\":\"24\"},{\"from\":\"30\",\"to\":\"31\"},{\"from\":\"31\",\"to\":\"31\"},{\"from\":\"33\",\"to\":\"33\"},{\"from\":\"34\",\"to\":\"33\"},{\"from\":\"35\",\"to\":\"37\"},{\"from\":\"36\",\"to\":\"37\"},{\"from\":\"37\",\"to\":\"37\"},{\"from\":\"38\",\"to\":\"38\"},{\"from\":\"40\",\"to\":\"40\"},{\"from\":\"42\",\"to\":\"42\"},{\"from\":\"44\",\"to\":\"44\"},{\"from\":\"45\",\"to\":\"44\"},{\"from\":\"46\",\"to\":\"46\"},{\"from\":\"48\",\"to\":\"48\"},{\"from\":\"49\",\"to\":\"48\"},{\"from\":\"51\",\"to\":\"51\"},{\"from\":\"52\",\"to\":\"52\"},{\"from\":\"54\",\"to\":\"66\"},{\"from\":\"56\",\"to\":\"56\"},{\"from\":\"58\",\"to\":\"56\"},{\"from\":\"60\",\"to\":\"68\"},{\"from\":\"62\",\"to\":\"51\"},{\"from\":\"64\",\"to\":\"52\"},{\"from\":\"66\",\"to\":\"66\"},{\"from\":\"67\",\"to\":\"68\"},{\"from\":\"68\",\"to\":\"68\"},{\"from\":\"70\",\"to\":\"75\"},{\"from\":\"72\",\"to\":\"80\"},{\"from\":\"74\",\"to\":\"79\"},{\"from\":\"75\",\"to\":\"75\"},{\"from\":\"77\",\"to\":\"79\"},{\"from\":\"79\",\"to\":\"79\"},{\"from\":\"80\",\"to\":\"80\"},{\"from\":\"82\",\"to\":\"82\"},{\"from\":\"83\",\"to\":\"86\"},{\"from\":\"84\",\"to\":\"86\"},{\"from\":\"86\",\"to\":\"86\"},{\"from\":\"87\",\"to\":\"82\"},{\"from\":\"89\",\"to\":\"91\"},{\"from\":\"91\",\"to\":\"91\"},{\"from\":\"92\",\"to\":\"92\"},{\"from\":\"93\",\"to\":\"92\"},{\"from\":\"94\",\"to\":\"92\"},{\"from\":\"95\",\"to\":\"96\"},{\"from\":\"96\",\"to\":\"96\"}]"));

/**
 * Where the crosswalk comes from (repository, path, commit, licence), and what
 * it was checked against.
 *
 * @category Provinces
 */
export const provinceCrosswalk2025Sources: readonly DataSource[] = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("[{\"repository\":\"https://github.com/dvhcvn/20250701\",\"path\":\"mapping/splits.json\",\"commit\":\"dd94887ce32324380bc5bb0a76fe39867dafc73b\",\"licence\":\"MIT (Copyright (c) 2025 dvhcvn)\",\"notes\":\"Province-level part of the mapping (63 old units, 34 distinct new names); the new codes are read from 915_CTK-CSCL.csv by name. Checked row by row, with no mismatch, against the annex of Nghị quyết 60-NQ/TW and against the 34 names of GSO letter 915/CTK-CSCL. The text of National Assembly Resolution 202/2025/QH15 itself was not seen. Code 46 was \\\"Tỉnh Thừa Thiên Huế\\\" in the GSO list of 10/04/2023 and is \\\"Thành phố Huế\\\" in dvhcvn's snapshot of 01/03/2025; 60-NQ/TW lists \\\"Thành phố Huế\\\" as not merged.\"},{\"repository\":\"https://github.com/dvhcvn/20250701\",\"path\":\"input/docs/60-NQ_TW.md\",\"commit\":\"dd94887ce32324380bc5bb0a76fe39867dafc73b\",\"licence\":\"MIT (Copyright (c) 2025 dvhcvn)\",\"notes\":\"Transcription of the annex \\\"Danh sách dự kiến tên gọi… của 34 đơn vị hành chính cấp tỉnh\\\" of Nghị quyết 60-NQ/TW (12/4/2025): 11 units not merged and 23 merged units. Used to check the mapping.\"},{\"repository\":\"https://github.com/dvhcvn/20250701\",\"path\":\"input/docs/915_CTK-CSCL.csv\",\"commit\":\"dd94887ce32324380bc5bb0a76fe39867dafc73b\",\"licence\":\"MIT (Copyright (c) 2025 dvhcvn)\",\"notes\":\"The repository author's transcription of GSO letter 915/CTK-CSCL, which gives the codes of the 34 provincial units in force from 1 July 2025 (Stt, Mã số, Tên 34 tỉnh sau sáp nhập). Source of code and name; the letter writes the 6 centrally-run cities with the prefix \\\"Thành phố \\\", which is removed from name and gives kind \\\"city\\\" (28 provinces, 6 cities).\"}]"));

/**
 * The GSO code of a provincial unit in force from 1 July 2025.
 *
 * @category Provinces
 */
export type Province2025Code =
  | "01"
  | "04"
  | "08"
  | "11"
  | "12"
  | "14"
  | "15"
  | "19"
  | "20"
  | "22"
  | "24"
  | "25"
  | "31"
  | "33"
  | "37"
  | "38"
  | "40"
  | "42"
  | "44"
  | "46"
  | "48"
  | "51"
  | "52"
  | "56"
  | "66"
  | "68"
  | "75"
  | "79"
  | "80"
  | "82"
  | "86"
  | "91"
  | "92"
  | "96";
