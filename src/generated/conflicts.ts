// generated — do not edit.
// Made by scripts/generate.ts from data/conflicts.json; run `npm run generate` after changing those.

import { _deepFreeze } from "../_lib/_deepFreeze.js";
import type { Conflict } from "../model/conflict.js";

/**
 * What the sources disagree on, each naming the observations and releases
 * involved and what disagrees. The package resolves none of them: every
 * figure stays as published.
 *
 * @category Data
 */
export const conflicts: readonly Conflict[] = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("[{\"id\":\"onetouch-launch-month\",\"kind\":\"value\",\"description\":{\"vi\":\"Tháng khai trương nền tảng học trực tuyến mở đại trà: báo cáo quý 1/2023 ghi đầu tháng 4/2022; hai bài của CafeF năm 2023 ghi đầu tháng 5/2022.\",\"en\":\"The open learning platform's launch month: the Q1/2023 report says early April 2022; two CafeF articles of 2023 say early May 2022.\"},\"observations\":[],\"releases\":[\"mic-2023-q1\",\"cafef-2023-08\",\"cafef-2023-09\"],\"field\":\"platforms.onetouch.launched\"},{\"id\":\"onetouch-visits-same-count-two-dates\",\"kind\":\"date\",\"description\":{\"vi\":\"Cùng con số 18,053 triệu lượt truy cập được in cho ngày 22/8/2023 và cho ngày 4/9/2023.\",\"en\":\"The same 18,053 million visits is printed as at 22 August 2023 and as at 4 September 2023.\"},\"observations\":[\"onetouch-visits-2023-08-22\",\"onetouch-visits-2023-09-04\"],\"releases\":[\"cafef-2023-08\",\"cafef-2023-09\"],\"field\":\"asOf\"},{\"id\":\"community-tech-teams-2022-08-dates\",\"kind\":\"date\",\"description\":{\"vi\":\"Hai trang in số Tổ và số người tham gia gần như nhau (42.469 và hơn 42.460; hơn 208 nghìn và trên 208.300) với 49/63 tỉnh, nhưng một trang ghi ngày 23/8/2022, trang kia chỉ có ngày 20/8/2022 ở đầu đoạn.\",\"en\":\"Two pages print nearly the same team and people counts (42.469 and more than 42.460; more than 208 thousand and more than 208.300) with 49/63 provinces, one dated 23 August 2022, the other only by a 20 August 2022 date opening its paragraph.\"},\"observations\":[\"community-tech-teams-2022-08-23\",\"community-tech-teams-2022-08-20\",\"community-tech-team-members-2022-08-23\",\"community-tech-team-members-2022-08-20\",\"provinces-deployed-community-tech-team-model-2022-08-23\",\"provinces-deployed-community-tech-team-model-2022-08-20\"],\"releases\":[\"vneconomy-2022-q3\",\"thoisutoancanh-2022-08\"],\"field\":\"asOf\"},{\"id\":\"ndxp-since-launch-2022-09-date\",\"kind\":\"date\",\"description\":{\"vi\":\"Một trang ghi cùng tổng hơn 661 triệu giao dịch là đến ngày 26/9/2022 và đến cuối tháng 9/2022.\",\"en\":\"One page dates the same total of more than 661 million transactions both to 26 September 2022 and to the end of September 2022.\"},\"observations\":[\"ndxp-transactions-since-launch-2022-09-26\"],\"releases\":[\"anninhthudo-2022-09\"],\"field\":\"asOf\"},{\"id\":\"ndxp-partial-quarters\",\"kind\":\"comparability\",\"description\":{\"vi\":\"Quý 1/2022 (trên 134,5 triệu) chỉ tính đến ngày 23/3/2022; quý 1/2023 (hơn 111 triệu) được báo cáo ngày 6/3/2023. Không quý nào đủ ba tháng và hai quý dừng ở ngày khác nhau: mức giảm không phải thay đổi giữa hai quý.\",\"en\":\"Q1/2022 (more than 134,5 million) is counted to 23 March 2022; Q1/2023 (more than 111 million) was reported on 6 March 2023. Neither covers its whole quarter and they stop on different days: the fall is not a change between quarters.\"},\"observations\":[\"ndxp-transactions-quarter-2022-03-23\",\"ndxp-transactions-2023-q1\"],\"releases\":[\"antoanthongtin-2022-03\",\"mic-2023-q1\"],\"field\":\"asOf\"},{\"id\":\"fully-online-services-share-2023-04-30-precision\",\"kind\":\"value\",\"description\":{\"vi\":\"Hai trang in tỷ lệ cuối tháng 4/2023 là trên 84% và trên 84,1%: hai con số khác nhau cho cùng một ngày, không trang nào nói là sửa số.\",\"en\":\"Two pages print the end-of-April 2023 share as more than 84% and as more than 84,1%: two different figures for one day, neither stated as a revision.\"},\"observations\":[\"fully-online-services-share-2023-04-30-vienkinhteso\",\"fully-online-services-share-2023-04-30\"],\"releases\":[\"vienkinhteso-2023-04\",\"vietnamnet-2023-05\"],\"field\":\"value\"},{\"id\":\"dti-provinces-mean-2023-2024-frame\",\"kind\":\"comparability\",\"description\":{\"vi\":\"Giá trị trung bình DTI cấp tỉnh năm 2023 (0,6783) được tổng hợp từ 98 chỉ số thành phần, năm 2024 (0,6961) từ 47; các trang so sánh trực tiếp hai giá trị (tăng 2,6%) mà không nói bộ chỉ số đã đổi.\",\"en\":\"The provincial DTI mean for 2023 (0,6783) is built from 98 component indices, that for 2024 (0,6961) from 47; the pages compare the two directly (up 2,6%) without saying the index changed.\"},\"observations\":[\"dti-provinces-mean-2023\",\"dti-provinces-mean-2024\"],\"releases\":[\"vneconomy-2025-02\",\"dantri-2025-10-21\",\"baomoi-2025-02-06\",\"nhandan-2025-10-21\"],\"field\":\"measures\"}]"));

/**
 * The id of a conflict.
 *
 * @category Data
 */
export type ConflictId =
  | "onetouch-launch-month"
  | "onetouch-visits-same-count-two-dates"
  | "community-tech-teams-2022-08-dates"
  | "ndxp-since-launch-2022-09-date"
  | "ndxp-partial-quarters"
  | "fully-online-services-share-2023-04-30-precision"
  | "dti-provinces-mean-2023-2024-frame";
