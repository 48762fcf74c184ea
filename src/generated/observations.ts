// generated — do not edit.
// Made by scripts/generate.ts from data/releases/mic-2023-q1.json; run `npm run generate` after changing those.

import { _deepFreeze } from "../_deepFreeze.js";
import type { Observation, ChangeObservation, PartOfWholeObservation, TargetObservation, ValueObservation } from "../model/observation.js";

/**
 * Share of eligible public services available fully online: `74,72%` (mic-2023-q1).
 *
 * > tỷ lệ dịch vụ công trực tuyến mức độ toàn trình đủ điều kiện hiện nay là 74,72%
 *
 * @category Data
 */
export const fullyOnlineServicesShare: ValueObservation = /* @__PURE__ */ _deepFreeze({
  "id": "fully-online-services-share",
  "release": "mic-2023-q1",
  "indicator": "fully-online-services-share",
  "name": {
    "vi": "Tỷ lệ dịch vụ công trực tuyến mức độ toàn trình đủ điều kiện",
    "en": "Share of eligible public services available fully online"
  },
  "value": 74.72,
  "published": "74,72%",
  "comparator": "eq",
  "decimals": 2,
  "scale": 1,
  "unit": "percent",
  "period": "report",
  "periodType": "stock",
  "quote": "tỷ lệ dịch vụ công trực tuyến mức độ toàn trình đủ điều kiện hiện nay là 74,72%",
  "note": null,
  "kind": "value",
  "shareOf": null
} as const satisfies ValueObservation);

/**
 * Change in the share of fully-online services since January 2023: `4,36%` (mic-2023-q1).
 *
 * > 74,72% tăng 4,36% so với tháng 1/2023
 *
 * @category Data
 */
export const fullyOnlineServicesShareChange: ChangeObservation = /* @__PURE__ */ _deepFreeze({
  "id": "fully-online-services-share-change",
  "release": "mic-2023-q1",
  "indicator": "fully-online-services-share",
  "name": {
    "vi": "Mức tăng tỷ lệ dịch vụ công trực tuyến toàn trình so với tháng 1/2023",
    "en": "Change in the share of fully-online services since January 2023"
  },
  "value": 4.36,
  "published": "4,36%",
  "comparator": "eq",
  "decimals": 2,
  "scale": 1,
  "unit": "percent",
  "period": "report",
  "periodType": "stock",
  "quote": "74,72% tăng 4,36% so với tháng 1/2023",
  "note": {
    "vi": "Nguồn ghi \"%\" mà không nói là điểm phần trăm hay phần trăm tương đối; giá trị tháng 1/2023 không được công bố.",
    "en": "The source prints \"%\" without saying whether it means percentage points or a relative change; the January 2023 value is not published."
  },
  "kind": "change",
  "change": {
    "of": "fully-online-services-share",
    "basis": "2023-01",
    "direction": "increase",
    "unit": "ambiguous"
  }
} as const satisfies ChangeObservation);

/**
 * Ministries and sectors that have published and sent their list of services eligible for full online processing: `15` (mic-2023-q1).
 *
 * > 15 bộ, ngành và 55 tỉnh/thành phố đã công bố và gửi danh mục dịch vụ công đủ điều kiện lên mức độ toàn trình
 *
 * @category Data
 */
export const ministriesPublishedFullyOnlineList: ValueObservation = /* @__PURE__ */ _deepFreeze({
  "id": "ministries-published-fully-online-list",
  "release": "mic-2023-q1",
  "indicator": "ministries-published-fully-online-list",
  "name": {
    "vi": "Bộ, ngành đã công bố và gửi danh mục dịch vụ công đủ điều kiện lên mức độ toàn trình",
    "en": "Ministries and sectors that have published and sent their list of services eligible for full online processing"
  },
  "value": 15,
  "published": "15",
  "comparator": "eq",
  "decimals": 0,
  "scale": 1,
  "unit": "ministry",
  "period": "report",
  "periodType": "stock",
  "quote": "15 bộ, ngành và 55 tỉnh/thành phố đã công bố và gửi danh mục dịch vụ công đủ điều kiện lên mức độ toàn trình",
  "note": {
    "vi": "Nguồn không nêu tổng số bộ, ngành cho con số này.",
    "en": "The source states no total of ministries for this count."
  },
  "kind": "value",
  "shareOf": null
} as const satisfies ValueObservation);

/**
 * Provinces that have published and sent their list of services eligible for full online processing: `55` (mic-2023-q1).
 *
 * > 15 bộ, ngành và 55 tỉnh/thành phố đã công bố và gửi danh mục dịch vụ công đủ điều kiện lên mức độ toàn trình
 *
 * @category Data
 */
export const provincesPublishedFullyOnlineList: ValueObservation = /* @__PURE__ */ _deepFreeze({
  "id": "provinces-published-fully-online-list",
  "release": "mic-2023-q1",
  "indicator": "provinces-published-fully-online-list",
  "name": {
    "vi": "Tỉnh/thành phố đã công bố và gửi danh mục dịch vụ công đủ điều kiện lên mức độ toàn trình",
    "en": "Provinces that have published and sent their list of services eligible for full online processing"
  },
  "value": 55,
  "published": "55",
  "comparator": "eq",
  "decimals": 0,
  "scale": 1,
  "unit": "province",
  "period": "report",
  "periodType": "stock",
  "quote": "15 bộ, ngành và 55 tỉnh/thành phố đã công bố và gửi danh mục dịch vụ công đủ điều kiện lên mức độ toàn trình",
  "note": {
    "vi": "Nguồn không in mẫu số ở đây (năm 2023 có 63 tỉnh/thành phố) và không nêu tên các tỉnh.",
    "en": "The source prints no whole here (there were 63 provinces in 2023) and names none of the provinces."
  },
  "kind": "value",
  "shareOf": null
} as const satisfies ValueObservation);

/**
 * 2023 target: share of public services available fully online: `100%` (mic-2023-q1).
 *
 * > hướng đến mục tiêu 2023 là 100% dịch vụ công trực tuyến mức độ toàn trình
 *
 * @category Data
 */
export const fullyOnlineServicesTarget2023: TargetObservation = /* @__PURE__ */ _deepFreeze({
  "id": "fully-online-services-target-2023",
  "release": "mic-2023-q1",
  "indicator": "fully-online-services-share",
  "name": {
    "vi": "Mục tiêu 2023: tỷ lệ dịch vụ công trực tuyến mức độ toàn trình",
    "en": "2023 target: share of public services available fully online"
  },
  "value": 100,
  "published": "100%",
  "comparator": "eq",
  "decimals": 0,
  "scale": 1,
  "unit": "percent",
  "period": "2023",
  "periodType": "stock",
  "quote": "hướng đến mục tiêu 2023 là 100% dịch vụ công trực tuyến mức độ toàn trình",
  "note": null,
  "kind": "target",
  "target": {
    "year": 2023,
    "comparator": "eq",
    "progress": "fully-online-services-share"
  }
} as const satisfies TargetObservation);

/**
 * Ministries that have issued e-government architecture 2.0: `19/22` (mic-2023-q1).
 *
 * > số bộ ngành, địa phương đã ban hành kiến trúc chính quyền điện tử 2.0 là 19/22 bộ ngành
 *
 * @category Data
 */
export const ministriesEgovArchitecture2: PartOfWholeObservation = /* @__PURE__ */ _deepFreeze({
  "id": "ministries-egov-architecture-2",
  "release": "mic-2023-q1",
  "indicator": "ministries-egov-architecture-2",
  "name": {
    "vi": "Bộ ngành đã ban hành kiến trúc chính quyền điện tử 2.0",
    "en": "Ministries that have issued e-government architecture 2.0"
  },
  "value": 19,
  "published": "19/22",
  "comparator": "eq",
  "decimals": 0,
  "scale": 1,
  "unit": "ministry",
  "period": "report",
  "periodType": "stock",
  "quote": "số bộ ngành, địa phương đã ban hành kiến trúc chính quyền điện tử 2.0 là 19/22 bộ ngành",
  "note": {
    "vi": "Việc 22 là 18 bộ và 4 cơ quan ngang bộ theo Nghị quyết 08/2021/QH15 là suy luận, nguồn không nêu.",
    "en": "That the 22 are the 18 ministries and 4 ministry-level agencies of Resolution 08/2021/QH15 is an inference; the source does not say."
  },
  "kind": "partOfWhole",
  "part": 19,
  "whole": 22,
  "population": "ministries",
  "missing": null
} as const satisfies PartOfWholeObservation);

/**
 * Provinces that have built or updated e-government architecture 2.0: `63/63` (mic-2023-q1).
 *
 * > 63/63 tỉnh/thành phố xây dựng, cập nhật kiến trúc 2.0
 *
 * @category Data
 */
export const provincesEgovArchitecture2: PartOfWholeObservation = /* @__PURE__ */ _deepFreeze({
  "id": "provinces-egov-architecture-2",
  "release": "mic-2023-q1",
  "indicator": "provinces-egov-architecture-2",
  "name": {
    "vi": "Tỉnh/thành phố xây dựng, cập nhật kiến trúc 2.0",
    "en": "Provinces that have built or updated e-government architecture 2.0"
  },
  "value": 63,
  "published": "63/63",
  "comparator": "eq",
  "decimals": 0,
  "scale": 1,
  "unit": "province",
  "period": "report",
  "periodType": "stock",
  "quote": "63/63 tỉnh/thành phố xây dựng, cập nhật kiến trúc 2.0",
  "note": null,
  "kind": "partOfWhole",
  "part": 63,
  "whole": 63,
  "population": "provinces-2023",
  "missing": null
} as const satisfies PartOfWholeObservation);

/**
 * Ministries that have issued a resolution or programme on digital transformation: `4/22` (mic-2023-q1).
 *
 * > mới chỉ có 4/22 bộ ngành, 62/63 địa phương đã ban hành nghị quyết, chương trình về chuyển đổi số
 *
 * @category Data
 */
export const ministriesDxResolution: PartOfWholeObservation = /* @__PURE__ */ _deepFreeze({
  "id": "ministries-dx-resolution",
  "release": "mic-2023-q1",
  "indicator": "ministries-dx-resolution",
  "name": {
    "vi": "Bộ ngành đã ban hành nghị quyết, chương trình về chuyển đổi số",
    "en": "Ministries that have issued a resolution or programme on digital transformation"
  },
  "value": 4,
  "published": "4/22",
  "comparator": "eq",
  "decimals": 0,
  "scale": 1,
  "unit": "ministry",
  "period": "report",
  "periodType": "stock",
  "quote": "mới chỉ có 4/22 bộ ngành, 62/63 địa phương đã ban hành nghị quyết, chương trình về chuyển đổi số",
  "note": {
    "vi": "Việc 22 là 18 bộ và 4 cơ quan ngang bộ theo Nghị quyết 08/2021/QH15 là suy luận, nguồn không nêu.",
    "en": "That the 22 are the 18 ministries and 4 ministry-level agencies of Resolution 08/2021/QH15 is an inference; the source does not say."
  },
  "kind": "partOfWhole",
  "part": 4,
  "whole": 22,
  "population": "ministries",
  "missing": null
} as const satisfies PartOfWholeObservation);

/**
 * Provinces that have issued a resolution or programme on digital transformation: `62/63` (mic-2023-q1).
 *
 * > 62/63 địa phương đã ban hành nghị quyết, chương trình về chuyển đổi số (còn tỉnh Phú Yên)
 *
 * @category Data
 */
export const provincesDxResolution: PartOfWholeObservation = /* @__PURE__ */ _deepFreeze({
  "id": "provinces-dx-resolution",
  "release": "mic-2023-q1",
  "indicator": "provinces-dx-resolution",
  "name": {
    "vi": "Địa phương đã ban hành nghị quyết, chương trình về chuyển đổi số",
    "en": "Provinces that have issued a resolution or programme on digital transformation"
  },
  "value": 62,
  "published": "62/63",
  "comparator": "eq",
  "decimals": 0,
  "scale": 1,
  "unit": "province",
  "period": "report",
  "periodType": "stock",
  "quote": "62/63 địa phương đã ban hành nghị quyết, chương trình về chuyển đổi số (còn tỉnh Phú Yên)",
  "note": null,
  "kind": "partOfWhole",
  "part": 62,
  "whole": 63,
  "population": "provinces-2023",
  "missing": {
    "codes": [
      "54"
    ],
    "published": "còn tỉnh Phú Yên"
  }
} as const satisfies PartOfWholeObservation);

/**
 * Ministries and localities with a digital-transformation steering committee: `100%` (mic-2023-q1).
 *
 * > 100% số bộ ngành và địa phương đã kiện toàn, thành lập Ban Chỉ đạo về chuyển đổi số
 *
 * @category Data
 */
export const dxSteeringCommitteeShare: ValueObservation = /* @__PURE__ */ _deepFreeze({
  "id": "dx-steering-committee-share",
  "release": "mic-2023-q1",
  "indicator": "dx-steering-committee-share",
  "name": {
    "vi": "Bộ ngành và địa phương đã kiện toàn, thành lập Ban Chỉ đạo về chuyển đổi số",
    "en": "Ministries and localities with a digital-transformation steering committee"
  },
  "value": 100,
  "published": "100%",
  "comparator": "eq",
  "decimals": 0,
  "scale": 1,
  "unit": "percent",
  "period": "report",
  "periodType": "stock",
  "quote": "100% số bộ ngành và địa phương đã kiện toàn, thành lập Ban Chỉ đạo về chuyển đổi số",
  "note": null,
  "kind": "value",
  "shareOf": null
} as const satisfies ValueObservation);

/**
 * Ministries and localities with a digital-transformation plan or scheme: `100%` (mic-2023-q1).
 *
 * > 100% số bộ ngành và địa phương … ban hành kế hoạch/đề án về chuyển đổi số
 *
 * @category Data
 */
export const dxPlanShare: ValueObservation = /* @__PURE__ */ _deepFreeze({
  "id": "dx-plan-share",
  "release": "mic-2023-q1",
  "indicator": "dx-plan-share",
  "name": {
    "vi": "Bộ ngành và địa phương đã ban hành kế hoạch/đề án về chuyển đổi số",
    "en": "Ministries and localities with a digital-transformation plan or scheme"
  },
  "value": 100,
  "published": "100%",
  "comparator": "eq",
  "decimals": 0,
  "scale": 1,
  "unit": "percent",
  "period": "report",
  "periodType": "stock",
  "quote": "100% số bộ ngành và địa phương … ban hành kế hoạch/đề án về chuyển đổi số",
  "note": {
    "vi": "Con số 100% được in một lần cho cả hai nội dung (Ban Chỉ đạo; kế hoạch/đề án).",
    "en": "The 100% is printed once for both statements (steering committee; plan or scheme)."
  },
  "kind": "value",
  "shareOf": null
} as const satisfies ValueObservation);

/**
 * Transactions through NDXP in Q1 2023: `hơn 111 triệu` (mic-2023-q1).
 *
 * > Cũng trong quý 1, tổng số giao dịch thực hiện thông qua Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) đạt hơn 111 triệu giao dịch
 *
 * @category Data
 */
export const ndxpTransactions2023Q1: ValueObservation = /* @__PURE__ */ _deepFreeze({
  "id": "ndxp-transactions-2023-q1",
  "release": "mic-2023-q1",
  "indicator": "ndxp-transactions",
  "name": {
    "vi": "Số giao dịch qua NDXP trong quý 1/2023",
    "en": "Transactions through NDXP in Q1 2023"
  },
  "value": 111000000,
  "published": "hơn 111 triệu",
  "comparator": "gt",
  "decimals": 0,
  "scale": 1000000,
  "unit": "transaction",
  "period": "2023-Q1",
  "periodType": "flow",
  "quote": "Cũng trong quý 1, tổng số giao dịch thực hiện thông qua Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) đạt hơn 111 triệu giao dịch",
  "note": {
    "vi": "Báo cáo được trình bày ngày 6/3/2023, trước khi quý 1 kết thúc: con số chỉ có thể tính đến gần ngày đó (suy luận từ ngày hội nghị).",
    "en": "The report was presented on 6 March 2023, before the quarter ended: the count can only cover the quarter up to about that day (an inference from the event's date)."
  },
  "kind": "value",
  "shareOf": null
} as const satisfies ValueObservation);

/**
 * NDXP transactions in Q1 2023 as a share of the 2023 target: `khoảng 12,95%` (mic-2023-q1).
 *
 * > tương ứng với khoảng 12,95% so với mục tiêu năm 2023
 *
 * @category Data
 */
export const ndxpTransactions2023Q1ShareOfTarget: ValueObservation = /* @__PURE__ */ _deepFreeze({
  "id": "ndxp-transactions-2023-q1-share-of-target",
  "release": "mic-2023-q1",
  "indicator": "ndxp-transactions-share-of-target",
  "name": {
    "vi": "Số giao dịch qua NDXP quý 1/2023 so với mục tiêu năm 2023",
    "en": "NDXP transactions in Q1 2023 as a share of the 2023 target"
  },
  "value": 12.95,
  "published": "khoảng 12,95%",
  "comparator": "approx",
  "decimals": 2,
  "scale": 1,
  "unit": "percent",
  "period": "2023-Q1",
  "periodType": "flow",
  "quote": "tương ứng với khoảng 12,95% so với mục tiêu năm 2023",
  "note": null,
  "kind": "value",
  "shareOf": "ndxp-transactions-target-2023"
} as const satisfies ValueObservation);

/**
 * 2023 target: transactions through NDXP: `tối thiểu 860 triệu` (mic-2023-q1).
 *
 * > mục tiêu năm 2023 (đạt tối thiểu 860 triệu giao dịch qua NDXP)
 *
 * @category Data
 */
export const ndxpTransactionsTarget2023: TargetObservation = /* @__PURE__ */ _deepFreeze({
  "id": "ndxp-transactions-target-2023",
  "release": "mic-2023-q1",
  "indicator": "ndxp-transactions",
  "name": {
    "vi": "Mục tiêu năm 2023: số giao dịch qua NDXP",
    "en": "2023 target: transactions through NDXP"
  },
  "value": 860000000,
  "published": "tối thiểu 860 triệu",
  "comparator": "gte",
  "decimals": 0,
  "scale": 1000000,
  "unit": "transaction",
  "period": "2023",
  "periodType": "flow",
  "quote": "mục tiêu năm 2023 (đạt tối thiểu 860 triệu giao dịch qua NDXP)",
  "note": null,
  "kind": "target",
  "target": {
    "year": 2023,
    "comparator": "gte",
    "progress": "ndxp-transactions-2023-q1"
  }
} as const satisfies TargetObservation);

/**
 * Transactions through NDXP since its launch: `hơn 1,276 tỷ` (mic-2023-q1).
 *
 * > tổng số từ khi khai trương đến nay hơn 1,276 tỷ giao dịch
 *
 * @category Data
 */
export const ndxpTransactionsCumulative: ValueObservation = /* @__PURE__ */ _deepFreeze({
  "id": "ndxp-transactions-cumulative",
  "release": "mic-2023-q1",
  "indicator": "ndxp-transactions",
  "name": {
    "vi": "Tổng số giao dịch qua NDXP từ khi khai trương",
    "en": "Transactions through NDXP since its launch"
  },
  "value": 1276000000,
  "published": "hơn 1,276 tỷ",
  "comparator": "gt",
  "decimals": 3,
  "scale": 1000000000,
  "unit": "transaction",
  "period": "report",
  "periodType": "stock",
  "quote": "tổng số từ khi khai trương đến nay hơn 1,276 tỷ giao dịch",
  "note": {
    "vi": "Cộng dồn từ khi khai trương nền tảng; báo cáo không nêu ngày khai trương NDXP.",
    "en": "Cumulative since the platform's launch; the report does not give NDXP's launch date."
  },
  "kind": "value",
  "shareOf": null
} as const satisfies ValueObservation);

/**
 * Provinces that have set up community digital technology teams: `63/63` (mic-2023-q1).
 *
 * > cả nước 63/63 tỉnh/thành phố đã thành lập 71.836 Tổ Công nghệ số cộng đồng
 *
 * @category Data
 */
export const provincesCommunityTechTeams: PartOfWholeObservation = /* @__PURE__ */ _deepFreeze({
  "id": "provinces-community-tech-teams",
  "release": "mic-2023-q1",
  "indicator": "provinces-community-tech-teams",
  "name": {
    "vi": "Tỉnh/thành phố đã thành lập Tổ Công nghệ số cộng đồng",
    "en": "Provinces that have set up community digital technology teams"
  },
  "value": 63,
  "published": "63/63",
  "comparator": "eq",
  "decimals": 0,
  "scale": 1,
  "unit": "province",
  "period": "report",
  "periodType": "stock",
  "quote": "cả nước 63/63 tỉnh/thành phố đã thành lập 71.836 Tổ Công nghệ số cộng đồng",
  "note": null,
  "kind": "partOfWhole",
  "part": 63,
  "whole": 63,
  "population": "provinces-2023",
  "missing": null
} as const satisfies PartOfWholeObservation);

/**
 * Community digital technology teams: `71.836` (mic-2023-q1).
 *
 * > cả nước 63/63 tỉnh/thành phố đã thành lập 71.836 Tổ Công nghệ số cộng đồng
 *
 * @category Data
 */
export const communityTechTeams: ValueObservation = /* @__PURE__ */ _deepFreeze({
  "id": "community-tech-teams",
  "release": "mic-2023-q1",
  "indicator": "community-tech-teams",
  "name": {
    "vi": "Số Tổ Công nghệ số cộng đồng",
    "en": "Community digital technology teams"
  },
  "value": 71836,
  "published": "71.836",
  "comparator": "eq",
  "decimals": 0,
  "scale": 1,
  "unit": "team",
  "period": "report",
  "periodType": "stock",
  "quote": "cả nước 63/63 tỉnh/thành phố đã thành lập 71.836 Tổ Công nghệ số cộng đồng",
  "note": {
    "vi": "Dấu \".\" phân cách hàng nghìn: 71.836 là bảy mươi mốt nghìn tám trăm ba mươi sáu.",
    "en": "The \".\" groups thousands: 71.836 is seventy-one thousand eight hundred and thirty-six."
  },
  "kind": "value",
  "shareOf": null
} as const satisfies ValueObservation);

/**
 * Members of community digital technology teams at commune, village and street level: `334.896` (mic-2023-q1).
 *
 * > 334.896 thành viên tham gia Tổ Công nghệ số cộng đồng cấp xã, thôn, phố
 *
 * @category Data
 */
export const communityTechTeamMembers: ValueObservation = /* @__PURE__ */ _deepFreeze({
  "id": "community-tech-team-members",
  "release": "mic-2023-q1",
  "indicator": "community-tech-team-members",
  "name": {
    "vi": "Số thành viên Tổ Công nghệ số cộng đồng cấp xã, thôn, phố",
    "en": "Members of community digital technology teams at commune, village and street level"
  },
  "value": 334896,
  "published": "334.896",
  "comparator": "eq",
  "decimals": 0,
  "scale": 1,
  "unit": "person",
  "period": "report",
  "periodType": "stock",
  "quote": "334.896 thành viên tham gia Tổ Công nghệ số cộng đồng cấp xã, thôn, phố",
  "note": null,
  "kind": "value",
  "shareOf": null
} as const satisfies ValueObservation);

/**
 * Provinces with community digital technology teams in every commune: `48/63` (mic-2023-q1).
 *
 * > 48/63 tỉnh/thành phố hoàn thành 100% đến cấp xã
 *
 * @category Data
 */
export const provincesCommunityTechTeamsAllCommunes: PartOfWholeObservation = /* @__PURE__ */ _deepFreeze({
  "id": "provinces-community-tech-teams-all-communes",
  "release": "mic-2023-q1",
  "indicator": "provinces-community-tech-teams-all-communes",
  "name": {
    "vi": "Tỉnh/thành phố hoàn thành 100% Tổ Công nghệ số cộng đồng đến cấp xã",
    "en": "Provinces with community digital technology teams in every commune"
  },
  "value": 48,
  "published": "48/63",
  "comparator": "eq",
  "decimals": 0,
  "scale": 1,
  "unit": "province",
  "period": "report",
  "periodType": "stock",
  "quote": "48/63 tỉnh/thành phố hoàn thành 100% đến cấp xã",
  "note": null,
  "kind": "partOfWhole",
  "part": 48,
  "whole": 63,
  "population": "provinces-2023",
  "missing": null
} as const satisfies PartOfWholeObservation);

/**
 * Visits to the OneTouch platform as of 21 February 2023: `hơn 17,5 triệu` (mic-2023-q1).
 *
 * > tính đến 21/2/2023 đã có hơn 17,5 triệu lượt truy cập vào nền tảng học trực tuyến mở đại trà OneTouch
 *
 * @category Data
 */
export const onetouchVisits: ValueObservation = /* @__PURE__ */ _deepFreeze({
  "id": "onetouch-visits",
  "release": "mic-2023-q1",
  "indicator": "onetouch-visits",
  "name": {
    "vi": "Lượt truy cập nền tảng OneTouch tính đến 21/2/2023",
    "en": "Visits to the OneTouch platform as of 21 February 2023"
  },
  "value": 17500000,
  "published": "hơn 17,5 triệu",
  "comparator": "gt",
  "decimals": 1,
  "scale": 1000000,
  "unit": "visit",
  "period": "2023-02-21",
  "periodType": "stock",
  "quote": "tính đến 21/2/2023 đã có hơn 17,5 triệu lượt truy cập vào nền tảng học trực tuyến mở đại trà OneTouch",
  "note": {
    "vi": "Cộng dồn từ khi khai trương (đầu tháng 4/2022).",
    "en": "Cumulative since the launch (early April 2022)."
  },
  "kind": "value",
  "shareOf": null
} as const satisfies ValueObservation);

/**
 * Administrative procedures of the Ministry of Information and Communications: `262` (mic-2023-q1).
 *
 * > Bộ Thông tin và Truyền thông có tổng số thủ tục hành chính 262 thủ tục
 *
 * @category Data
 */
export const micAdministrativeProcedures: ValueObservation = /* @__PURE__ */ _deepFreeze({
  "id": "mic-administrative-procedures",
  "release": "mic-2023-q1",
  "indicator": "mic-administrative-procedures",
  "name": {
    "vi": "Tổng số thủ tục hành chính của Bộ Thông tin và Truyền thông",
    "en": "Administrative procedures of the Ministry of Information and Communications"
  },
  "value": 262,
  "published": "262",
  "comparator": "eq",
  "decimals": 0,
  "scale": 1,
  "unit": "procedure",
  "period": "report",
  "periodType": "stock",
  "quote": "Bộ Thông tin và Truyền thông có tổng số thủ tục hành chính 262 thủ tục",
  "note": null,
  "kind": "value",
  "shareOf": null
} as const satisfies ValueObservation);

/**
 * Public services of the Ministry of Information and Communications: `274` (mic-2023-q1).
 *
 * > số dịch vụ công là 274
 *
 * @category Data
 */
export const micPublicServices: ValueObservation = /* @__PURE__ */ _deepFreeze({
  "id": "mic-public-services",
  "release": "mic-2023-q1",
  "indicator": "mic-public-services",
  "name": {
    "vi": "Số dịch vụ công của Bộ Thông tin và Truyền thông",
    "en": "Public services of the Ministry of Information and Communications"
  },
  "value": 274,
  "published": "274",
  "comparator": "eq",
  "decimals": 0,
  "scale": 1,
  "unit": "service",
  "period": "report",
  "periodType": "stock",
  "quote": "số dịch vụ công là 274",
  "note": null,
  "kind": "value",
  "shareOf": null
} as const satisfies ValueObservation);

/**
 * Share of the ministry's administrative procedures that received online applications: `31%` (mic-2023-q1).
 *
 * > tỷ lệ thủ tục hành chính có phát sinh hồ sơ trực tuyến 31%
 *
 * @category Data
 */
export const micProceduresWithOnlineApplicationsShare: ValueObservation = /* @__PURE__ */ _deepFreeze({
  "id": "mic-procedures-with-online-applications-share",
  "release": "mic-2023-q1",
  "indicator": "mic-procedures-with-online-applications-share",
  "name": {
    "vi": "Tỷ lệ thủ tục hành chính có phát sinh hồ sơ trực tuyến của Bộ",
    "en": "Share of the ministry's administrative procedures that received online applications"
  },
  "value": 31,
  "published": "31%",
  "comparator": "eq",
  "decimals": 0,
  "scale": 1,
  "unit": "percent",
  "period": "report",
  "periodType": "stock",
  "quote": "tỷ lệ thủ tục hành chính có phát sinh hồ sơ trực tuyến 31%",
  "note": null,
  "kind": "value",
  "shareOf": null
} as const satisfies ValueObservation);

/**
 * Every published figure of the latest release (`mic-2023-q1`), in the order of the source.
 *
 * @category Data
 */
export const observations: readonly Observation[] = /* @__PURE__ */ _deepFreeze([fullyOnlineServicesShare, fullyOnlineServicesShareChange, ministriesPublishedFullyOnlineList, provincesPublishedFullyOnlineList, fullyOnlineServicesTarget2023, ministriesEgovArchitecture2, provincesEgovArchitecture2, ministriesDxResolution, provincesDxResolution, dxSteeringCommitteeShare, dxPlanShare, ndxpTransactions2023Q1, ndxpTransactions2023Q1ShareOfTarget, ndxpTransactionsTarget2023, ndxpTransactionsCumulative, provincesCommunityTechTeams, communityTechTeams, communityTechTeamMembers, provincesCommunityTechTeamsAllCommunes, onetouchVisits, micAdministrativeProcedures, micPublicServices, micProceduresWithOnlineApplicationsShare]);

/**
 * The id of an observation of the latest release: a typo is a compile error.
 *
 * @category Data
 */
export type ObservationId =
  | "fully-online-services-share"
  | "fully-online-services-share-change"
  | "ministries-published-fully-online-list"
  | "provinces-published-fully-online-list"
  | "fully-online-services-target-2023"
  | "ministries-egov-architecture-2"
  | "provinces-egov-architecture-2"
  | "ministries-dx-resolution"
  | "provinces-dx-resolution"
  | "dx-steering-committee-share"
  | "dx-plan-share"
  | "ndxp-transactions-2023-q1"
  | "ndxp-transactions-2023-q1-share-of-target"
  | "ndxp-transactions-target-2023"
  | "ndxp-transactions-cumulative"
  | "provinces-community-tech-teams"
  | "community-tech-teams"
  | "community-tech-team-members"
  | "provinces-community-tech-teams-all-communes"
  | "onetouch-visits"
  | "mic-administrative-procedures"
  | "mic-public-services"
  | "mic-procedures-with-online-applications-share";

/**
 * The type of each observation of the latest release, by id: what
 * `getObservation(id)` returns.
 *
 * @category Data
 */
export interface ObservationsById {
  /** Share of eligible public services available fully online: `74,72%`. */
  readonly "fully-online-services-share": ValueObservation;
  /** Change in the share of fully-online services since January 2023: `4,36%`. */
  readonly "fully-online-services-share-change": ChangeObservation;
  /** Ministries and sectors that have published and sent their list of services eligible for full online processing: `15`. */
  readonly "ministries-published-fully-online-list": ValueObservation;
  /** Provinces that have published and sent their list of services eligible for full online processing: `55`. */
  readonly "provinces-published-fully-online-list": ValueObservation;
  /** 2023 target: share of public services available fully online: `100%`. */
  readonly "fully-online-services-target-2023": TargetObservation;
  /** Ministries that have issued e-government architecture 2.0: `19/22`. */
  readonly "ministries-egov-architecture-2": PartOfWholeObservation;
  /** Provinces that have built or updated e-government architecture 2.0: `63/63`. */
  readonly "provinces-egov-architecture-2": PartOfWholeObservation;
  /** Ministries that have issued a resolution or programme on digital transformation: `4/22`. */
  readonly "ministries-dx-resolution": PartOfWholeObservation;
  /** Provinces that have issued a resolution or programme on digital transformation: `62/63`. */
  readonly "provinces-dx-resolution": PartOfWholeObservation;
  /** Ministries and localities with a digital-transformation steering committee: `100%`. */
  readonly "dx-steering-committee-share": ValueObservation;
  /** Ministries and localities with a digital-transformation plan or scheme: `100%`. */
  readonly "dx-plan-share": ValueObservation;
  /** Transactions through NDXP in Q1 2023: `hơn 111 triệu`. */
  readonly "ndxp-transactions-2023-q1": ValueObservation;
  /** NDXP transactions in Q1 2023 as a share of the 2023 target: `khoảng 12,95%`. */
  readonly "ndxp-transactions-2023-q1-share-of-target": ValueObservation;
  /** 2023 target: transactions through NDXP: `tối thiểu 860 triệu`. */
  readonly "ndxp-transactions-target-2023": TargetObservation;
  /** Transactions through NDXP since its launch: `hơn 1,276 tỷ`. */
  readonly "ndxp-transactions-cumulative": ValueObservation;
  /** Provinces that have set up community digital technology teams: `63/63`. */
  readonly "provinces-community-tech-teams": PartOfWholeObservation;
  /** Community digital technology teams: `71.836`. */
  readonly "community-tech-teams": ValueObservation;
  /** Members of community digital technology teams at commune, village and street level: `334.896`. */
  readonly "community-tech-team-members": ValueObservation;
  /** Provinces with community digital technology teams in every commune: `48/63`. */
  readonly "provinces-community-tech-teams-all-communes": PartOfWholeObservation;
  /** Visits to the OneTouch platform as of 21 February 2023: `hơn 17,5 triệu`. */
  readonly "onetouch-visits": ValueObservation;
  /** Administrative procedures of the Ministry of Information and Communications: `262`. */
  readonly "mic-administrative-procedures": ValueObservation;
  /** Public services of the Ministry of Information and Communications: `274`. */
  readonly "mic-public-services": ValueObservation;
  /** Share of the ministry's administrative procedures that received online applications: `31%`. */
  readonly "mic-procedures-with-online-applications-share": ValueObservation;
}
