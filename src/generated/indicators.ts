// generated — do not edit.
// Made by scripts/generate.ts from data/indicators.json; run `npm run generate` after changing those.

import { _deepFreeze } from "../_deepFreeze.js";
import type { Indicator } from "../model/indicator.js";

/**
 * Every indicator: what is measured, its unit and whose figure it is.
 *
 * @category Data
 */
export const indicators: readonly Indicator[] = /* @__PURE__ */ _deepFreeze([
  {
    "id": "fully-online-services-share",
    "name": {
      "vi": "Tỷ lệ dịch vụ công trực tuyến mức độ toàn trình đủ điều kiện",
      "en": "Share of eligible public services available fully online"
    },
    "unit": "percent",
    "measures": {
      "vi": "Tỷ lệ dịch vụ công đủ điều kiện được cung cấp trực tuyến mức độ toàn trình",
      "en": "Share of the public services eligible for end-to-end online processing that are provided fully online"
    },
    "subject": "country"
  },
  {
    "id": "ministries-published-fully-online-list",
    "name": {
      "vi": "Số bộ, ngành đã công bố và gửi danh mục dịch vụ công đủ điều kiện lên mức độ toàn trình",
      "en": "Ministries and sectors that have published and sent their list of services eligible for full online processing"
    },
    "unit": "ministry",
    "measures": {
      "vi": "Số bộ, ngành đã công bố và gửi danh mục",
      "en": "Number of ministries and sectors that have published and sent the list"
    },
    "subject": "ministries"
  },
  {
    "id": "provinces-published-fully-online-list",
    "name": {
      "vi": "Số tỉnh/thành phố đã công bố và gửi danh mục dịch vụ công đủ điều kiện lên mức độ toàn trình",
      "en": "Provinces and cities that have published and sent their list of services eligible for full online processing"
    },
    "unit": "province",
    "measures": {
      "vi": "Số tỉnh/thành phố đã công bố và gửi danh mục",
      "en": "Number of provinces and centrally-run cities that have published and sent the list"
    },
    "subject": "provinces"
  },
  {
    "id": "ministries-egov-architecture-2",
    "name": {
      "vi": "Bộ ngành đã ban hành kiến trúc chính quyền điện tử 2.0",
      "en": "Ministries that have issued e-government architecture 2.0"
    },
    "unit": "ministry",
    "measures": {
      "vi": "Số bộ ngành đã ban hành kiến trúc chính quyền điện tử phiên bản 2.0",
      "en": "Number of ministries that have issued their e-government architecture framework, version 2.0"
    },
    "subject": "ministries"
  },
  {
    "id": "provinces-egov-architecture-2",
    "name": {
      "vi": "Tỉnh/thành phố xây dựng, cập nhật kiến trúc 2.0",
      "en": "Provinces that have built or updated e-government architecture 2.0"
    },
    "unit": "province",
    "measures": {
      "vi": "Số tỉnh/thành phố đã xây dựng, cập nhật kiến trúc chính quyền điện tử phiên bản 2.0",
      "en": "Number of provinces and centrally-run cities that have built or updated their e-government architecture framework, version 2.0"
    },
    "subject": "provinces"
  },
  {
    "id": "ministries-dx-resolution",
    "name": {
      "vi": "Bộ ngành đã ban hành nghị quyết, chương trình về chuyển đổi số",
      "en": "Ministries that have issued a resolution or programme on digital transformation"
    },
    "unit": "ministry",
    "measures": {
      "vi": "Số bộ ngành đã ban hành nghị quyết, chương trình về chuyển đổi số",
      "en": "Number of ministries that have issued a resolution or programme on digital transformation"
    },
    "subject": "ministries"
  },
  {
    "id": "provinces-dx-resolution",
    "name": {
      "vi": "Địa phương đã ban hành nghị quyết, chương trình về chuyển đổi số",
      "en": "Provinces that have issued a resolution or programme on digital transformation"
    },
    "unit": "province",
    "measures": {
      "vi": "Số địa phương (tỉnh/thành phố) đã ban hành nghị quyết, chương trình về chuyển đổi số",
      "en": "Number of localities (provinces and centrally-run cities) that have issued a resolution or programme on digital transformation"
    },
    "subject": "provinces"
  },
  {
    "id": "dx-steering-committee-share",
    "name": {
      "vi": "Tỷ lệ bộ ngành và địa phương đã kiện toàn, thành lập Ban Chỉ đạo về chuyển đổi số",
      "en": "Share of ministries and localities that have set up or consolidated a digital-transformation steering committee"
    },
    "unit": "percent",
    "measures": {
      "vi": "Tỷ lệ số bộ ngành và địa phương đã kiện toàn, thành lập Ban Chỉ đạo về chuyển đổi số",
      "en": "Share of ministries and localities with a digital-transformation steering committee set up or consolidated"
    },
    "subject": "ministries-and-provinces"
  },
  {
    "id": "dx-plan-share",
    "name": {
      "vi": "Tỷ lệ bộ ngành và địa phương đã ban hành kế hoạch/đề án về chuyển đổi số",
      "en": "Share of ministries and localities that have issued a digital-transformation plan or scheme"
    },
    "unit": "percent",
    "measures": {
      "vi": "Tỷ lệ số bộ ngành và địa phương đã ban hành kế hoạch/đề án về chuyển đổi số",
      "en": "Share of ministries and localities that have issued a plan or scheme on digital transformation"
    },
    "subject": "ministries-and-provinces"
  },
  {
    "id": "ndxp-transactions",
    "name": {
      "vi": "Số giao dịch thực hiện thông qua NDXP",
      "en": "Transactions through NDXP"
    },
    "unit": "transaction",
    "measures": {
      "vi": "Số giao dịch thực hiện thông qua Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP)",
      "en": "Number of transactions carried out through the National Data Integration and Sharing Platform (NDXP)"
    },
    "subject": "ndxp"
  },
  {
    "id": "ndxp-transactions-share-of-target",
    "name": {
      "vi": "Số giao dịch qua NDXP so với mục tiêu năm",
      "en": "NDXP transactions as a share of the year's target"
    },
    "unit": "percent",
    "measures": {
      "vi": "Số giao dịch qua NDXP tính theo phần trăm của mục tiêu năm",
      "en": "Transactions through NDXP as a percentage of the year's target number"
    },
    "subject": "ndxp"
  },
  {
    "id": "provinces-community-tech-teams",
    "name": {
      "vi": "Tỉnh/thành phố đã thành lập Tổ Công nghệ số cộng đồng",
      "en": "Provinces that have set up community digital technology teams"
    },
    "unit": "province",
    "measures": {
      "vi": "Số tỉnh/thành phố đã thành lập Tổ Công nghệ số cộng đồng",
      "en": "Number of provinces and centrally-run cities that have set up community digital technology teams"
    },
    "subject": "provinces"
  },
  {
    "id": "community-tech-teams",
    "name": {
      "vi": "Số Tổ Công nghệ số cộng đồng",
      "en": "Community digital technology teams"
    },
    "unit": "team",
    "measures": {
      "vi": "Số Tổ Công nghệ số cộng đồng đã thành lập trên cả nước",
      "en": "Number of community digital technology teams set up nationwide"
    },
    "subject": "country"
  },
  {
    "id": "community-tech-team-members",
    "name": {
      "vi": "Số thành viên Tổ Công nghệ số cộng đồng",
      "en": "Members of community digital technology teams"
    },
    "unit": "person",
    "measures": {
      "vi": "Số thành viên tham gia Tổ Công nghệ số cộng đồng cấp xã, thôn, phố",
      "en": "Number of members of community digital technology teams at commune, village and street level"
    },
    "subject": "country"
  },
  {
    "id": "provinces-community-tech-teams-all-communes",
    "name": {
      "vi": "Tỉnh/thành phố hoàn thành 100% Tổ Công nghệ số cộng đồng đến cấp xã",
      "en": "Provinces with community digital technology teams in every commune"
    },
    "unit": "province",
    "measures": {
      "vi": "Số tỉnh/thành phố hoàn thành 100% đến cấp xã",
      "en": "Number of provinces and centrally-run cities that have completed teams in 100 % of their communes"
    },
    "subject": "provinces"
  },
  {
    "id": "onetouch-visits",
    "name": {
      "vi": "Lượt truy cập Nền tảng OneTouch",
      "en": "Visits to the OneTouch platform"
    },
    "unit": "visit",
    "measures": {
      "vi": "Số lượt truy cập vào nền tảng học trực tuyến mở đại trà OneTouch, từ khi khai trương",
      "en": "Number of visits to the OneTouch open online learning platform since its launch"
    },
    "subject": "onetouch"
  },
  {
    "id": "mic-administrative-procedures",
    "name": {
      "vi": "Số thủ tục hành chính của Bộ Thông tin và Truyền thông",
      "en": "Administrative procedures of the Ministry of Information and Communications"
    },
    "unit": "procedure",
    "measures": {
      "vi": "Tổng số thủ tục hành chính thuộc Bộ Thông tin và Truyền thông",
      "en": "Total number of administrative procedures of the ministry"
    },
    "subject": "mic"
  },
  {
    "id": "mic-public-services",
    "name": {
      "vi": "Số dịch vụ công của Bộ Thông tin và Truyền thông",
      "en": "Public services of the Ministry of Information and Communications"
    },
    "unit": "service",
    "measures": {
      "vi": "Số dịch vụ công thuộc Bộ Thông tin và Truyền thông",
      "en": "Number of public services of the ministry"
    },
    "subject": "mic"
  },
  {
    "id": "mic-procedures-with-online-applications-share",
    "name": {
      "vi": "Tỷ lệ thủ tục hành chính có phát sinh hồ sơ trực tuyến của Bộ",
      "en": "Share of the ministry's administrative procedures that received online applications"
    },
    "unit": "percent",
    "measures": {
      "vi": "Tỷ lệ thủ tục hành chính của Bộ có phát sinh hồ sơ trực tuyến",
      "en": "Share of the ministry's administrative procedures for which at least one application was filed online"
    },
    "subject": "mic"
  }
] as const satisfies readonly Indicator[]);

/**
 * The id of an indicator.
 *
 * @category Data
 */
export type IndicatorId =
  | "fully-online-services-share"
  | "ministries-published-fully-online-list"
  | "provinces-published-fully-online-list"
  | "ministries-egov-architecture-2"
  | "provinces-egov-architecture-2"
  | "ministries-dx-resolution"
  | "provinces-dx-resolution"
  | "dx-steering-committee-share"
  | "dx-plan-share"
  | "ndxp-transactions"
  | "ndxp-transactions-share-of-target"
  | "provinces-community-tech-teams"
  | "community-tech-teams"
  | "community-tech-team-members"
  | "provinces-community-tech-teams-all-communes"
  | "onetouch-visits"
  | "mic-administrative-procedures"
  | "mic-public-services"
  | "mic-procedures-with-online-applications-share";
