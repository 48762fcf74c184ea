// generated — do not edit.
// Made by scripts/generate.ts from data/releases/mic-2023-q1.json; run `npm run generate` after changing those.

import { _deepFreeze } from "../_deepFreeze.js";
import type { Correction, Release } from "../model/release.js";
import type { Task } from "../model/task.js";

/**
 * The edition `mic-2023-q1`: Report of the Ministry of Information and Communications to the online state-management briefing conference for Q1/2023.
 *
 * @category Data
 */
export const mic2023Q1: Release = /* @__PURE__ */ _deepFreeze({
  "id": "mic-2023-q1",
  "version": "1.0.0",
  "title": {
    "vi": "Báo cáo của Bộ Thông tin và Truyền thông tại hội nghị trực tuyến giao ban quản lý nhà nước quý 1/2023",
    "en": "Report of the Ministry of Information and Communications to the online state-management briefing conference for Q1/2023"
  },
  "period": "2023-Q1",
  "publisher": {
    "id": "mic",
    "name": {
      "vi": "Bộ Thông tin và Truyền thông",
      "en": "Ministry of Information and Communications"
    },
    "abbreviation": "MIC",
    "succession": {
      "successor": {
        "vi": "Bộ Khoa học và Công nghệ",
        "en": "Ministry of Science and Technology"
      },
      "date": "2025-03-01",
      "description": {
        "vi": "Từ ngày 1/3/2025, Bộ Thông tin và Truyền thông được hợp nhất với Bộ Khoa học và Công nghệ thành Bộ Khoa học và Công nghệ.",
        "en": "From 1 March 2025 the Ministry of Information and Communications was merged with the Ministry of Science and Technology into the Ministry of Science and Technology."
      },
      "legalBasis": [
        "Nghị quyết 176/2025/QH15 (18/2/2025)",
        "Nghị định 55/2025/NĐ-CP (2/3/2025)"
      ],
      "sources": [
        {
          "title": null,
          "publisher": "phapluat.tuoitrethudo.vn",
          "url": "https://phapluat.tuoitrethudo.vn/ong-nguyen-manh-hung-lam-bo-truong-khoa-hoc-va-cong-nghe-100657.html",
          "quote": null
        },
        {
          "title": null,
          "publisher": "myslaw.com.vn",
          "url": "https://myslaw.com.vn/co-cau-to-chuc-cua-chinh-phu-nhiem-ky-quoc-hoi-khoa-xv",
          "quote": null
        }
      ]
    }
  },
  "event": {
    "name": {
      "vi": "Hội nghị trực tuyến giao ban quản lý nhà nước quý 1/2023",
      "en": "Online state-management briefing conference for Q1/2023"
    },
    "date": "2023-03-06",
    "period": "2023-Q1",
    "place": {
      "vi": "Hà Nội, theo hình thức trực tuyến",
      "en": "Hà Nội, online"
    },
    "chair": "Nguyễn Mạnh Hùng",
    "source": {
      "title": "Hội nghị giao ban quản lý nhà nước ngành Thông tin và Truyền thông quý I/2023",
      "publisher": "daknong.gov.vn",
      "url": "https://daknong.gov.vn/tin-tuc-cac-so-ban-nganh/hoi-nghi-giao-ban-quan-ly-nha-nuoc-nganh-thong-tin-va-truyen-thong-quy-i-2023-358546",
      "quote": "Sáng ngày 06/3/2023, tại Hà Nội, Bộ Thông tin và Truyền thông đã tổ chức Hội nghị giao ban quản lý nhà nước quý I năm 2023 theo hình thức trực tuyến"
    }
  },
  "source": {
    "description": {
      "vi": "Bản tin tiếng Việt thuật lại báo cáo của Bộ Thông tin và Truyền thông tại hội nghị; bản tin không ghi ngày và địa chỉ.",
      "en": "A Vietnamese news text relaying the ministry's report to the conference; the text carries no date and no address."
    },
    "language": "vi",
    "incipit": "Báo cáo của Bộ Thông tin và Truyền thông tại hội nghị trực tuyến giao ban quản lý nhà nước quý 1/2023 vừa tổ chức",
    "url": null,
    "date": null
  },
  "compiled": "2026-11-27",
  "platforms": [
    {
      "id": "ndxp",
      "name": {
        "vi": "Nền tảng tích hợp, chia sẻ dữ liệu quốc gia",
        "en": "National Data Integration and Sharing Platform"
      },
      "shortName": "NDXP",
      "url": null,
      "launched": null,
      "quote": "Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP)"
    },
    {
      "id": "onetouch",
      "name": {
        "vi": "Nền tảng học trực tuyến mở đại trà OneTouch",
        "en": "OneTouch massive open online course (MOOC) platform"
      },
      "shortName": "OneTouch",
      "url": "https://onetouch.mic.gov.vn",
      "launched": {
        "period": "2022-04",
        "part": "start",
        "published": "đầu tháng 4/2022",
        "quote": "Nền tảng được khai trương từ đầu tháng 4/2022"
      },
      "quote": "Bộ Thông tin và Truyền thông đã xây dựng Nền tảng học trực tuyến mở đại trà tại địa chỉ https://onetouch.mic.gov.vn (Nền tảng OneTouch)"
    }
  ],
  "corrections": []
} as const satisfies Release);

/**
 * Every edition of the data, oldest first.
 *
 * @category Data
 */
export const releases: readonly Release[] = /* @__PURE__ */ _deepFreeze([mic2023Q1]);

/**
 * The newest edition: the one `observations` and `tasks` come from.
 *
 * @category Data
 */
export const latestRelease: Release = mic2023Q1;

/**
 * Every correction made to any edition since its first release, oldest first
 * (what, when, why). Empty: nothing has been corrected.
 *
 * @category Data
 */
export const corrections: readonly Correction[] = /* @__PURE__ */ _deepFreeze([] as const satisfies readonly Correction[]);

/**
 * The id of an edition.
 *
 * @category Data
 */
export type ReleaseId =
  | "mic-2023-q1";

/**
 * The commitments with no number (due period, verbatim clause) of the latest release.
 *
 * @category Data
 */
export const tasks: readonly Task[] = /* @__PURE__ */ _deepFreeze([
  {
    "id": "ai-dataset-catalogue",
    "release": "mic-2023-q1",
    "by": "mic",
    "name": {
      "vi": "Xây dựng và công bố danh mục các bộ dữ liệu phục vụ trí tuệ nhân tạo (AI)",
      "en": "Build and publish a catalogue of data sets for artificial intelligence (AI)"
    },
    "due": "2023-Q2",
    "quote": "nhiệm vụ trọng tâm trong quý 2/2023 là xây dựng và công bố danh mục các bộ dữ liệu phục vụ trí tuệ nhân tạo (AI) để huy động các doanh nghiệp, cộng đồng nghiên cứu, đóng góp"
  },
  {
    "id": "data-development-directive",
    "release": "mic-2023-q1",
    "by": "mic",
    "name": {
      "vi": "Chỉ đạo xây dựng Chỉ thị của Thủ tướng Chính phủ về phát triển dữ liệu",
      "en": "Steer the drafting of a Prime Minister's directive on developing data for socio-economic development and national digital transformation"
    },
    "due": "2023-Q2",
    "quote": "Chỉ đạo xây dựng Chỉ thị của Thủ tướng Chính phủ về phát triển dữ liệu phục vụ phát triển kinh tế - xã hội và chuyển đổi số quốc gia"
  },
  {
    "id": "mic-document-and-one-stop-systems",
    "release": "mic-2023-q1",
    "by": "mic",
    "name": {
      "vi": "Xây dựng kế hoạch phát triển hệ thống văn bản điều hành và hệ thống dịch vụ công và một cửa điện tử",
      "en": "Plan the development of the ministry's executive-document system and its public-service and electronic one-stop systems"
    },
    "due": null,
    "quote": "Thời gian tới, Bộ tiếp tục xây dựng kế hoạch phát triển hệ thống văn bản điều hành và hệ thống dịch vụ công và một cửa điện tử"
  }
] as const satisfies readonly Task[]);

/**
 * The id of a task.
 *
 * @category Data
 */
export type TaskId =
  | "ai-dataset-catalogue"
  | "data-development-directive"
  | "mic-document-and-one-stop-systems";
