// generated — do not edit.
// Made by scripts/generate.ts from data/provinces/provinces-2023.json; run `npm run generate` after changing those.

import { _deepFreeze } from "../_lib/_deepFreeze.js";
import type { DataSource, Province } from "../model/province.js";

/**
 * The 63 provincial units of 2023 (58 provinces, 5 centrally-run
 * cities) the report counts, with their General Statistics Office codes, in
 * code order. Look one up by code or name with `getProvince`.
 *
 * @category Provinces
 */
export const provinces: readonly Province[] = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("[{\"code\":\"01\",\"name\":\"Hà Nội\",\"nameAscii\":\"Ha Noi\",\"kind\":\"city\"},{\"code\":\"02\",\"name\":\"Hà Giang\",\"nameAscii\":\"Ha Giang\",\"kind\":\"province\"},{\"code\":\"04\",\"name\":\"Cao Bằng\",\"nameAscii\":\"Cao Bang\",\"kind\":\"province\"},{\"code\":\"06\",\"name\":\"Bắc Kạn\",\"nameAscii\":\"Bac Kan\",\"kind\":\"province\"},{\"code\":\"08\",\"name\":\"Tuyên Quang\",\"nameAscii\":\"Tuyen Quang\",\"kind\":\"province\"},{\"code\":\"10\",\"name\":\"Lào Cai\",\"nameAscii\":\"Lao Cai\",\"kind\":\"province\"},{\"code\":\"11\",\"name\":\"Điện Biên\",\"nameAscii\":\"Dien Bien\",\"kind\":\"province\"},{\"code\":\"12\",\"name\":\"Lai Châu\",\"nameAscii\":\"Lai Chau\",\"kind\":\"province\"},{\"code\":\"14\",\"name\":\"Sơn La\",\"nameAscii\":\"Son La\",\"kind\":\"province\"},{\"code\":\"15\",\"name\":\"Yên Bái\",\"nameAscii\":\"Yen Bai\",\"kind\":\"province\"},{\"code\":\"17\",\"name\":\"Hoà Bình\",\"nameAscii\":\"Hoa Binh\",\"kind\":\"province\"},{\"code\":\"19\",\"name\":\"Thái Nguyên\",\"nameAscii\":\"Thai Nguyen\",\"kind\":\"province\"},{\"code\":\"20\",\"name\":\"Lạng Sơn\",\"nameAscii\":\"Lang Son\",\"kind\":\"province\"},{\"code\":\"22\",\"name\":\"Quảng Ninh\",\"nameAscii\":\"Quang Ninh\",\"kind\":\"province\"},{\"code\":\"24\",\"name\":\"Bắc Giang\",\"nameAscii\":\"Bac Giang\",\"kind\":\"province\"},{\"code\":\"25\",\"name\":\"Phú Thọ\",\"nameAscii\":\"Phu Tho\",\"kind\":\"province\"},{\"code\":\"26\",\"name\":\"Vĩnh Phúc\",\"nameAscii\":\"Vinh Phuc\",\"kind\":\"province\"},{\"code\":\"27\",\"name\":\"Bắc Ninh\",\"nameAscii\":\"Bac Ninh\",\"kind\":\"province\"},{\"code\":\"30\",\"name\":\"Hải Dương\",\"nameAscii\":\"Hai Duong\",\"kind\":\"province\"},{\"code\":\"31\",\"name\":\"Hải Phòng\",\"nameAscii\":\"Hai Phong\",\"kind\":\"city\"},{\"code\":\"33\",\"name\":\"Hưng Yên\",\"nameAscii\":\"Hung Yen\",\"kind\":\"province\"},{\"code\":\"34\",\"name\":\"Thái Bình\",\"nameAscii\":\"Thai Binh\",\"kind\":\"province\"},{\"code\":\"35\",\"name\":\"Hà Nam\",\"nameAscii\":\"Ha Nam\",\"kind\":\"province\"},{\"code\":\"36\",\"name\":\"Nam Định\",\"nameAscii\":\"Nam Dinh\",\"kind\":\"province\"},{\"code\":\"37\",\"name\":\"Ninh Bình\",\"nameAscii\":\"Ninh Binh\",\"kind\":\"province\"},{\"code\":\"38\",\"name\":\"Thanh Hóa\",\"nameAscii\":\"Thanh Hoa\",\"kind\":\"province\"},{\"code\":\"40\",\"name\":\"Nghệ An\",\"nameAscii\":\"Nghe An\",\"kind\":\"province\"},{\"code\":\"42\",\"name\":\"Hà Tĩnh\",\"nameAscii\":\"Ha Tinh\",\"kind\":\"province\"},{\"code\":\"44\",\"name\":\"Quảng Bình\",\"nameAscii\":\"Quang Binh\",\"kind\":\"province\"},{\"code\":\"45\",\"name\":\"Quảng Trị\",\"nameAscii\":\"Quang Tri\",\"kind\":\"province\"},{\"code\":\"46\",\"name\":\"Thừa Thiên Huế\",\"nameAscii\":\"Thua Thien Hue\",\"kind\":\"province\"},{\"code\":\"48\",\"name\":\"Đà Nẵng\",\"nameAscii\":\"Da Nang\",\"kind\":\"city\"},{\"code\":\"49\",\"name\":\"Quảng Nam\",\"nameAscii\":\"Quang Nam\",\"kind\":\"province\"},{\"code\":\"51\",\"name\":\"Quảng Ngãi\",\"nameAscii\":\"Quang Ngai\",\"kind\":\"province\"},{\"code\":\"52\",\"name\":\"Bình Định\",\"nameAscii\":\"Binh Dinh\",\"kind\":\"province\"},{\"code\":\"54\",\"name\":\"Phú Yên\",\"nameAscii\":\"Phu Yen\",\"kind\":\"province\"},{\"code\":\"56\",\"name\":\"Khánh Hòa\",\"nameAscii\":\"Khanh Hoa\",\"kind\":\"province\"},{\"code\":\"58\",\"name\":\"Ninh Thuận\",\"nameAscii\":\"Ninh Thuan\",\"kind\":\"province\"},{\"code\":\"60\",\"name\":\"Bình Thuận\",\"nameAscii\":\"Binh Thuan\",\"kind\":\"province\"},{\"code\":\"62\",\"name\":\"Kon Tum\",\"nameAscii\":\"Kon Tum\",\"kind\":\"province\"},{\"code\":\"64\",\"name\":\"Gia Lai\",\"nameAscii\":\"Gia Lai\",\"kind\":\"province\"},{\"code\":\"66\",\"name\":\"Đắk Lắk\",\"nameAscii\":\"Dak Lak\",\"kind\":\"province\"},{\"code\":\"67\",\"name\":\"Đắk Nông\",\"nameAscii\":\"Dak Nong\",\"kind\":\"province\"},{\"code\":\"68\",\"name\":\"Lâm Đồng\",\"nameAscii\":\"Lam Dong\",\"kind\":\"province\"},{\"code\":\"70\",\"name\":\"Bình Phước\",\"nameAscii\":\"Binh Phuoc\",\"kind\":\"province\"},{\"code\":\"72\",\"name\":\"Tây Ninh\",\"nameAscii\":\"Tay Ninh\",\"kind\":\"province\"},{\"code\":\"74\",\"name\":\"Bình Dương\",\"nameAscii\":\"Binh Duong\",\"kind\":\"province\"},{\"code\":\"75\",\"name\":\"Đồng Nai\",\"nameAscii\":\"Dong Nai\",\"kind\":\"province\"},{\"code\":\"77\",\"name\":\"Bà Rịa - Vũng Tàu\",\"nameAscii\":\"Ba Ria - Vung Tau\",\"kind\":\"province\"},{\"code\":\"79\",\"name\":\"Hồ Chí Minh\",\"nameAscii\":\"Ho Chi Minh\",\"kind\":\"city\"},{\"code\":\"80\",\"name\":\"Long An\",\"nameAscii\":\"Long An\",\"kind\":\"province\"},{\"code\":\"82\",\"name\":\"Tiền Giang\",\"nameAscii\":\"Tien Giang\",\"kind\":\"province\"},{\"code\":\"83\",\"name\":\"Bến Tre\",\"nameAscii\":\"Ben Tre\",\"kind\":\"province\"},{\"code\":\"84\",\"name\":\"Trà Vinh\",\"nameAscii\":\"Tra Vinh\",\"kind\":\"province\"},{\"code\":\"86\",\"name\":\"Vĩnh Long\",\"nameAscii\":\"Vinh Long\",\"kind\":\"province\"},{\"code\":\"87\",\"name\":\"Đồng Tháp\",\"nameAscii\":\"Dong Thap\",\"kind\":\"province\"},{\"code\":\"89\",\"name\":\"An Giang\",\"nameAscii\":\"An Giang\",\"kind\":\"province\"},{\"code\":\"91\",\"name\":\"Kiên Giang\",\"nameAscii\":\"Kien Giang\",\"kind\":\"province\"},{\"code\":\"92\",\"name\":\"Cần Thơ\",\"nameAscii\":\"Can Tho\",\"kind\":\"city\"},{\"code\":\"93\",\"name\":\"Hậu Giang\",\"nameAscii\":\"Hau Giang\",\"kind\":\"province\"},{\"code\":\"94\",\"name\":\"Sóc Trăng\",\"nameAscii\":\"Soc Trang\",\"kind\":\"province\"},{\"code\":\"95\",\"name\":\"Bạc Liêu\",\"nameAscii\":\"Bac Lieu\",\"kind\":\"province\"},{\"code\":\"96\",\"name\":\"Cà Mau\",\"nameAscii\":\"Ca Mau\",\"kind\":\"province\"}]"));

/**
 * Where the list of 2023 units comes from (repository, path, commit, licence).
 *
 * @category Provinces
 */
export const provinceSources: readonly DataSource[] = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("[{\"repository\":\"https://github.com/daohoangson/dvhcvn\",\"path\":\"data/dvhcvn.json\",\"commit\":\"9ce1ab57a41bb056d6d3e77cbc9e2c561ff18ec5\",\"licence\":\"GPL-3.0\",\"notes\":\"Commit \\\"Update 10/04/2023\\\" (data_date 10/04/2023): the list of the General Statistics Office's web service danhmuchanhchinh.gso.gov.vn. Source of code, name and kind; the prefix \\\"Tỉnh \\\" or \\\"Thành phố \\\" of the full name is removed from name; kind \\\"city\\\" is \\\"thành phố trực thuộc trung ương\\\" (5 units: 01, 31, 48, 79, 92). GSO spelling is kept (\\\"Hoà Bình\\\", \\\"Khánh Hòa\\\"). Only facts (codes, names, kinds) were taken; no file of it is kept.\"},{\"repository\":\"https://github.com/ThangLeQuoc/vietnamese-provinces-database\",\"path\":\"postgresql/ImportData_vn_units.sql\",\"commit\":\"e93a64ad8fb40d8f93eceec051180dcd2beafbbf\",\"licence\":\"MIT (Copyright (c) 2021 Thang Le Quoc)\",\"notes\":\"Commit of 2023-04-26 (\\\"Update data records (#32)\\\"), the 63 rows of the provinces INSERT statements. Source of nameAscii (its name_en, without diacritics). It agrees with the GSO list on all 63 codes, short names, full names and kinds.\"}]"));

/**
 * The GSO code of a provincial unit of 2023: a typo is a compile error.
 *
 * @category Provinces
 */
export type ProvinceCode =
  | "01"
  | "02"
  | "04"
  | "06"
  | "08"
  | "10"
  | "11"
  | "12"
  | "14"
  | "15"
  | "17"
  | "19"
  | "20"
  | "22"
  | "24"
  | "25"
  | "26"
  | "27"
  | "30"
  | "31"
  | "33"
  | "34"
  | "35"
  | "36"
  | "37"
  | "38"
  | "40"
  | "42"
  | "44"
  | "45"
  | "46"
  | "48"
  | "49"
  | "51"
  | "52"
  | "54"
  | "56"
  | "58"
  | "60"
  | "62"
  | "64"
  | "66"
  | "67"
  | "68"
  | "70"
  | "72"
  | "74"
  | "75"
  | "77"
  | "79"
  | "80"
  | "82"
  | "83"
  | "84"
  | "86"
  | "87"
  | "89"
  | "91"
  | "92"
  | "93"
  | "94"
  | "95"
  | "96";
