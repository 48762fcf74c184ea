// generated — do not edit.
// Made by scripts/generate.ts from data/releases/doanhnghiepvaphattrien-2021-10.json, data/releases/tapchicongthuong-2021-10.json, data/releases/24h-2022-02.json, data/releases/antoanthongtin-2022-03.json, data/releases/baokiemtoan-2022-03.json, data/releases/ictvietnam-2022-04-04.json, data/releases/1thegioi-2022-06-02.json, data/releases/thoibao-2022-06-15.json, data/releases/kinhtedothi-2022-08.json, data/releases/thoisutoancanh-2022-08.json, data/releases/qdnd-2022-08.json, data/releases/doanhnghiepvadoisong-2022-08.json, data/releases/laodongthudo-2022-08.json, data/releases/anninhthudo-2022-09.json, data/releases/vneconomy-2022-q3.json, data/releases/mic-2023-q1.json, data/releases/vienkinhteso-2023-04.json, data/releases/vneconomy-2023-05-05.json, data/releases/vietnamnet-2023-05.json, data/releases/anlao-2023-06.json, data/releases/vnmedia-2023-06.json, data/releases/travinh-2023-07.json, data/releases/cafef-2023-08.json, data/releases/cafef-2023-09.json, data/releases/tapchibaohiemxahoi-2023-09-14.json, data/releases/giaoduc-2023-09-20.json, data/releases/vietnamnet-2023-12-04.json, data/releases/baogialai-2023-12.json, data/releases/congthuong-2023-12-29.json, data/releases/nld-2023-12-29.json, data/releases/dukcoquantwtphcm-2023.json, data/releases/cchccantho-2024-04.json, data/releases/dongnai-2024-06.json, data/releases/ninhthuan-2024-07-10.json, data/releases/vov-2024-09.json, data/releases/sggp-2024-12-29.json, data/releases/kinhtedothi-2024.json, data/releases/tracuuquyhoach-2024.json, data/releases/baomoi-2025-01-06.json, data/releases/baomoi-2025-02-06.json, data/releases/tothethao-2025-02.json, data/releases/vietbao-2025-02.json, data/releases/vneconomy-2025-02.json, data/releases/baomoi-2025-06.json, data/releases/baomoi-2025-10.json, data/releases/dantri-2025-10-21.json, data/releases/doingoailaocai-2025-10.json, data/releases/nhandan-2025-10-21.json, data/releases/thanhnien-2025-10-21.json, data/releases/vietnamnet-2025-10-21.json, data/releases/vnexpress-2025-10-21.json, data/releases/vtcnews-2025-10-21.json, data/releases/mst-2025-10-31.json, data/releases/vietnamnet-2025-11-07.json, data/releases/vietnamplus-2025-11-08.json, data/releases/vietnamnet-2025-11-26.json, data/releases/huengaynay-2025-12-27.json, data/releases/thoibaotaichinh-2026-01-05.json, data/releases/vneconomy-2026-01-06.json; run `npm run generate` after changing those.

import { _deepFreeze } from "../_lib/_deepFreeze.js";
import type { Observation, ChangeObservation, PartOfWholeObservation, TargetObservation, ValueObservation } from "../model/observation.js";

/**
 * Provincial DTI, mean over the provinces: `0,3026`, as of 2020 (doanhnghiepvaphattrien-2021-10, doanhnghiepvaphattrien.net).
 *
 * @category Data
 */
export const dtiProvincesMean2020Doanhnghiepvaphattrien: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"dti-provinces-mean-2020-doanhnghiepvaphattrien\",\"release\":\"doanhnghiepvaphattrien-2021-10\",\"indicator\":\"dti-provinces-mean\",\"name\":{\"vi\":\"Giá trị trung bình DTI cấp tỉnh\",\"en\":\"Provincial DTI, mean over the provinces\"},\"value\":0.3026,\"published\":\"0,3026\",\"comparator\":\"eq\",\"decimals\":4,\"scale\":1,\"unit\":\"index\",\"period\":\"2020\",\"periodType\":\"stock\",\"quote\":null,\"note\":null,\"asOf\":\"2020\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"số điểm trung bình của các tỉnh thành\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Provincial DTI: Đà Nẵng: `0,4874`, as of 2020 (doanhnghiepvaphattrien-2021-10, doanhnghiepvaphattrien.net).
 *
 * @category Data
 */
export const dtiProvince202048: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"dti-province-2020-48\",\"release\":\"doanhnghiepvaphattrien-2021-10\",\"indicator\":\"dti-province\",\"name\":{\"vi\":\"Chỉ số chuyển đổi số cấp tỉnh: Đà Nẵng\",\"en\":\"Provincial DTI: Đà Nẵng\"},\"value\":0.4874,\"published\":\"0,4874\",\"comparator\":\"eq\",\"decimals\":4,\"scale\":1,\"unit\":\"index\",\"period\":\"2020\",\"periodType\":\"stock\",\"quote\":null,\"note\":null,\"asOf\":\"2020\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":{\"units\":\"provinces-2023\",\"code\":\"48\"},\"sameFigureAs\":null,\"term\":\"số điểm DTI\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Provincial DTI, mean over the provinces: `0,3026`, as of 2020 (tapchicongthuong-2021-10, tapchicongthuong.vn).
 *
 * @category Data
 */
export const dtiProvincesMean2020: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"dti-provinces-mean-2020\",\"release\":\"tapchicongthuong-2021-10\",\"indicator\":\"dti-provinces-mean\",\"name\":{\"vi\":\"Giá trị trung bình DTI cấp tỉnh\",\"en\":\"Provincial DTI, mean over the provinces\"},\"value\":0.3026,\"published\":\"0,3026\",\"comparator\":\"eq\",\"decimals\":4,\"scale\":1,\"unit\":\"index\",\"period\":\"2020\",\"periodType\":\"stock\",\"quote\":null,\"note\":null,\"asOf\":\"2020\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"DTI 2020 cấp tỉnh trung bình\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Ministry DTI, mean over the ministries providing public services: `0,3982`, as of 2020 (tapchicongthuong-2021-10, tapchicongthuong.vn).
 *
 * @category Data
 */
export const dtiMinistriesServicesMean2020: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"dti-ministries-services-mean-2020\",\"release\":\"tapchicongthuong-2021-10\",\"indicator\":\"dti-ministries-services-mean\",\"name\":{\"vi\":\"Giá trị trung bình DTI của các bộ, ngành có cung cấp dịch vụ công\",\"en\":\"Ministry DTI, mean over the ministries providing public services\"},\"value\":0.3982,\"published\":\"0,3982\",\"comparator\":\"eq\",\"decimals\":4,\"scale\":1,\"unit\":\"index\",\"period\":\"2020\",\"periodType\":\"stock\",\"quote\":null,\"note\":{\"vi\":\"Trang tính cho nhóm 18 bộ, ngành có cung cấp dịch vụ công.\",\"en\":\"The page gives it for the group of 18 ministries providing public services.\"},\"asOf\":\"2020\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"DTI 2020 của các bộ cung cấp DVC trung bình\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Ministry DTI, mean over the ministries providing no public services: `0,2342`, as of 2020 (tapchicongthuong-2021-10, tapchicongthuong.vn).
 *
 * @category Data
 */
export const dtiMinistriesNoServicesMean2020: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"dti-ministries-no-services-mean-2020\",\"release\":\"tapchicongthuong-2021-10\",\"indicator\":\"dti-ministries-no-services-mean\",\"name\":{\"vi\":\"Giá trị trung bình DTI của các bộ, ngành không cung cấp dịch vụ công\",\"en\":\"Ministry DTI, mean over the ministries providing no public services\"},\"value\":0.2342,\"published\":\"0,2342\",\"comparator\":\"eq\",\"decimals\":4,\"scale\":1,\"unit\":\"index\",\"period\":\"2020\",\"periodType\":\"stock\",\"quote\":null,\"note\":null,\"asOf\":\"2020\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"DTI 2020 của các bộ không cung cấp DVC trung bình\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Share of eligible public services online at level 4: `96,74%`, as of 2022-01-20 (24h-2022-02, 24h.com.vn).
 *
 * @category Data
 */
export const level4OnlineServicesShare20220120: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"level-4-online-services-share-2022-01-20\",\"release\":\"24h-2022-02\",\"indicator\":\"level-4-online-services-share\",\"name\":{\"vi\":\"Tỷ lệ dịch vụ công trực tuyến đủ điều kiện đạt mức độ 4\",\"en\":\"Share of eligible public services online at level 4\"},\"value\":96.74,\"published\":\"96,74%\",\"comparator\":\"eq\",\"decimals\":2,\"scale\":1,\"unit\":\"percent\",\"period\":\"2022-01-20\",\"periodType\":\"stock\",\"quote\":null,\"note\":null,\"asOf\":\"2022-01-20\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"mức độ 4\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Provinces that have built or updated e-government architecture 2.0: `54/63`, as of 2022-01-20 (24h-2022-02, 24h.com.vn).
 *
 * @category Data
 */
export const provincesEgovArchitecture220220120: PartOfWholeObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"provinces-egov-architecture-2-2022-01-20\",\"release\":\"24h-2022-02\",\"indicator\":\"provinces-egov-architecture-2\",\"name\":{\"vi\":\"Tỉnh/thành phố xây dựng, cập nhật kiến trúc 2.0\",\"en\":\"Provinces that have built or updated e-government architecture 2.0\"},\"value\":54,\"published\":\"54/63\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"province\",\"period\":\"2022-01-20\",\"periodType\":\"stock\",\"quote\":null,\"note\":null,\"asOf\":\"2022-01-20\",\"asOfBasis\":\"context\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"xây dựng, cập nhật Kiến trúc Chính quyền điện tử, phiên bản 2.0\",\"kind\":\"partOfWhole\",\"part\":54,\"whole\":63,\"population\":\"provinces-2023\",\"missing\":null}"));

/**
 * Provinces that have drawn up a digital-transformation programme or plan: `52/63`, as of 2022-01-20 (24h-2022-02, 24h.com.vn).
 *
 * @category Data
 */
export const provincesDxProgrammeOrPlan20220120: PartOfWholeObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"provinces-dx-programme-or-plan-2022-01-20\",\"release\":\"24h-2022-02\",\"indicator\":\"provinces-dx-programme-or-plan\",\"name\":{\"vi\":\"Tỉnh/thành phố đã xây dựng ban hành Chương trình/Kế hoạch chuyển đổi số\",\"en\":\"Provinces that have drawn up a digital-transformation programme or plan\"},\"value\":52,\"published\":\"52/63\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"province\",\"period\":\"2022-01-20\",\"periodType\":\"stock\",\"quote\":null,\"note\":null,\"asOf\":\"2022-01-20\",\"asOfBasis\":\"context\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"Chương trình/Kế hoạch Chuyển đổi số\",\"kind\":\"partOfWhole\",\"part\":52,\"whole\":63,\"population\":\"provinces-2023\",\"missing\":null}"));

/**
 * NDXP transactions in a month: `gần 48 triệu`, as of 2022-03-23 (antoanthongtin-2022-03, antoanthongtin.gov.vn).
 *
 * @category Data
 */
export const ndxpTransactionsMonth20220323: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"ndxp-transactions-month-2022-03-23\",\"release\":\"antoanthongtin-2022-03\",\"indicator\":\"ndxp-transactions-month\",\"name\":{\"vi\":\"Số giao dịch qua NDXP trong tháng\",\"en\":\"NDXP transactions in a month\"},\"value\":48000000,\"published\":\"gần 48 triệu\",\"comparator\":\"nearly\",\"decimals\":0,\"scale\":1000000,\"unit\":\"transaction\",\"period\":\"2022-03\",\"periodType\":\"flow\",\"quote\":null,\"note\":{\"vi\":\"Nguồn ghi ngày 23/3 không kèm năm; năm 2022 là của tháng và quý trong cùng câu.\",\"en\":\"The source prints 23/3 without a year; 2022 is the year of the month and quarter in the same sentence.\"},\"asOf\":\"2022-03-23\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"trong tháng\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * NDXP transactions in a quarter: `trên 134,5 triệu`, as of 2022-03-23 (antoanthongtin-2022-03, antoanthongtin.gov.vn).
 *
 * @category Data
 */
export const ndxpTransactionsQuarter20220323: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"ndxp-transactions-quarter-2022-03-23\",\"release\":\"antoanthongtin-2022-03\",\"indicator\":\"ndxp-transactions-quarter\",\"name\":{\"vi\":\"Số giao dịch qua NDXP trong quý\",\"en\":\"NDXP transactions in a quarter\"},\"value\":134500000,\"published\":\"trên 134,5 triệu\",\"comparator\":\"gt\",\"decimals\":1,\"scale\":1000000,\"unit\":\"transaction\",\"period\":\"2022-Q1\",\"periodType\":\"flow\",\"quote\":null,\"note\":{\"vi\":\"Quý tính đến ngày 23/3/2022, không phải cả quý.\",\"en\":\"The quarter counted up to 23 March 2022, not the whole quarter.\"},\"asOf\":\"2022-03-23\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"trong quý\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Provinces that have built or updated e-government architecture 2.0: `59/63`, as of 2022-03-23 (baokiemtoan-2022-03, baokiemtoan.vn).
 *
 * @category Data
 */
export const provincesEgovArchitecture220220323: PartOfWholeObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"provinces-egov-architecture-2-2022-03-23\",\"release\":\"baokiemtoan-2022-03\",\"indicator\":\"provinces-egov-architecture-2\",\"name\":{\"vi\":\"Tỉnh/thành phố xây dựng, cập nhật kiến trúc 2.0\",\"en\":\"Provinces that have built or updated e-government architecture 2.0\"},\"value\":59,\"published\":\"59/63\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"province\",\"period\":\"2022-03-23\",\"periodType\":\"stock\",\"quote\":null,\"note\":null,\"asOf\":\"2022-03-23\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"xây dựng, cập nhật kiến trúc chính quyền điện tử, phiên bản 2.0\",\"kind\":\"partOfWhole\",\"part\":59,\"whole\":63,\"population\":\"provinces-2023\",\"missing\":null}"));

/**
 * Ministries that have issued e-government architecture 2.0: `19/22`, as of 2022-03-23 (baokiemtoan-2022-03, baokiemtoan.vn).
 *
 * @category Data
 */
export const ministriesEgovArchitecture220220323: PartOfWholeObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"ministries-egov-architecture-2-2022-03-23\",\"release\":\"baokiemtoan-2022-03\",\"indicator\":\"ministries-egov-architecture-2\",\"name\":{\"vi\":\"Bộ ngành đã ban hành kiến trúc chính quyền điện tử 2.0\",\"en\":\"Ministries that have issued e-government architecture 2.0\"},\"value\":19,\"published\":\"19/22\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"ministry\",\"period\":\"2022-03-23\",\"periodType\":\"stock\",\"quote\":null,\"note\":null,\"asOf\":\"2022-03-23\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"xây dựng, cập nhật kiến trúc chính quyền điện tử, phiên bản 2.0\",\"kind\":\"partOfWhole\",\"part\":19,\"whole\":22,\"population\":\"ministries\",\"missing\":null}"));

/**
 * Provinces that have set up or consolidated a digital-transformation steering committee: `59/63`, as of 2022-03-23 (baokiemtoan-2022-03, baokiemtoan.vn).
 *
 * @category Data
 */
export const provincesDxSteeringCommittee20220323: PartOfWholeObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"provinces-dx-steering-committee-2022-03-23\",\"release\":\"baokiemtoan-2022-03\",\"indicator\":\"provinces-dx-steering-committee\",\"name\":{\"vi\":\"Tỉnh/thành phố đã kiện toàn, thành lập Ban Chỉ đạo về chuyển đổi số\",\"en\":\"Provinces that have set up or consolidated a digital-transformation steering committee\"},\"value\":59,\"published\":\"59/63\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"province\",\"period\":\"2022-03-23\",\"periodType\":\"stock\",\"quote\":null,\"note\":null,\"asOf\":\"2022-03-23\",\"asOfBasis\":\"context\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"kiện toàn Ban Chỉ đạo CĐS\",\"kind\":\"partOfWhole\",\"part\":59,\"whole\":63,\"population\":\"provinces-2023\",\"missing\":null}"));

/**
 * Community digital technology teams: `gần 2.300`, as of 2022-04-04 (ictvietnam-2022-04-04, ictvietnam.vn).
 *
 * @category Data
 */
export const communityTechTeams20220404: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"community-tech-teams-2022-04-04\",\"release\":\"ictvietnam-2022-04-04\",\"indicator\":\"community-tech-teams\",\"name\":{\"vi\":\"Số Tổ Công nghệ số cộng đồng\",\"en\":\"Community digital technology teams\"},\"value\":2300,\"published\":\"gần 2.300\",\"comparator\":\"nearly\",\"decimals\":0,\"scale\":1,\"unit\":\"team\",\"period\":\"2022-04-04\",\"periodType\":\"stock\",\"quote\":null,\"note\":{\"vi\":\"Trang nói \\\"hiện nay\\\", không nêu ngày số liệu: lấy ngày của trang.\",\"en\":\"The page says \\\"now\\\" and gives no date for the figure: the page's date is taken.\"},\"asOf\":\"2022-04-04\",\"asOfBasis\":\"page\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"tổ\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Provinces that have set up community digital technology teams: `26/63`, as of 2022-05-26 (1thegioi-2022-06-02, 1thegioi.vn).
 *
 * @category Data
 */
export const provincesCommunityTechTeams20220526: PartOfWholeObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"provinces-community-tech-teams-2022-05-26\",\"release\":\"1thegioi-2022-06-02\",\"indicator\":\"provinces-community-tech-teams\",\"name\":{\"vi\":\"Tỉnh/thành phố đã thành lập Tổ Công nghệ số cộng đồng\",\"en\":\"Provinces that have set up community digital technology teams\"},\"value\":26,\"published\":\"26/63\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"province\",\"period\":\"2022-05-26\",\"periodType\":\"stock\",\"quote\":null,\"note\":null,\"asOf\":\"2022-05-26\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"thành lập\",\"kind\":\"partOfWhole\",\"part\":26,\"whole\":63,\"population\":\"provinces-2023\",\"missing\":null}"));

/**
 * Increase in provinces with community digital technology teams since 13 May 2022: `73,3%`, as of 2022-05-26 (1thegioi-2022-06-02, 1thegioi.vn).
 *
 * @category Data
 */
export const provincesCommunityTechTeamsChange20220526: ChangeObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"provinces-community-tech-teams-change-2022-05-26\",\"release\":\"1thegioi-2022-06-02\",\"indicator\":\"provinces-community-tech-teams\",\"name\":{\"vi\":\"Mức tăng số tỉnh/thành phố đã thành lập Tổ Công nghệ số cộng đồng so với ngày 13/5/2022\",\"en\":\"Increase in provinces with community digital technology teams since 13 May 2022\"},\"value\":73.3,\"published\":\"73,3%\",\"comparator\":\"eq\",\"decimals\":1,\"scale\":1,\"unit\":\"percent\",\"period\":\"2022-05-26\",\"periodType\":\"stock\",\"quote\":null,\"note\":{\"vi\":\"Tăng so với ngày 13/5/2022; giá trị ngày đó không được công bố.\",\"en\":\"An increase against 13 May 2022; the value on that day is not published.\"},\"asOf\":\"2022-05-26\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"thành lập\",\"kind\":\"change\",\"change\":{\"of\":\"provinces-community-tech-teams-2022-05-26\",\"basis\":\"2022-05-13\",\"direction\":\"increase\",\"unit\":\"relative\"}}"));

/**
 * Community digital technology teams: `18.286`, as of 2022-05-26 (1thegioi-2022-06-02, 1thegioi.vn).
 *
 * @category Data
 */
export const communityTechTeams20220526: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"community-tech-teams-2022-05-26\",\"release\":\"1thegioi-2022-06-02\",\"indicator\":\"community-tech-teams\",\"name\":{\"vi\":\"Số Tổ Công nghệ số cộng đồng\",\"en\":\"Community digital technology teams\"},\"value\":18286,\"published\":\"18.286\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"team\",\"period\":\"2022-05-26\",\"periodType\":\"stock\",\"quote\":null,\"note\":null,\"asOf\":\"2022-05-26\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"Tổ công nghệ số cộng đồng\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Increase in community digital technology teams since 13 May 2022: `90%`, as of 2022-05-26 (1thegioi-2022-06-02, 1thegioi.vn).
 *
 * @category Data
 */
export const communityTechTeamsChange20220526: ChangeObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"community-tech-teams-change-2022-05-26\",\"release\":\"1thegioi-2022-06-02\",\"indicator\":\"community-tech-teams\",\"name\":{\"vi\":\"Mức tăng số Tổ Công nghệ số cộng đồng so với ngày 13/5/2022\",\"en\":\"Increase in community digital technology teams since 13 May 2022\"},\"value\":90,\"published\":\"90%\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"percent\",\"period\":\"2022-05-26\",\"periodType\":\"stock\",\"quote\":null,\"note\":{\"vi\":\"Tăng so với ngày 13/5/2022; giá trị ngày đó không được công bố.\",\"en\":\"An increase against 13 May 2022; the value on that day is not published.\"},\"asOf\":\"2022-05-26\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"Tổ công nghệ số cộng đồng\",\"kind\":\"change\",\"change\":{\"of\":\"community-tech-teams-2022-05-26\",\"basis\":\"2022-05-13\",\"direction\":\"increase\",\"unit\":\"relative\"}}"));

/**
 * Members of community digital technology teams: `64.432`, as of 2022-05-26 (1thegioi-2022-06-02, 1thegioi.vn).
 *
 * @category Data
 */
export const communityTechTeamMembers20220526: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"community-tech-team-members-2022-05-26\",\"release\":\"1thegioi-2022-06-02\",\"indicator\":\"community-tech-team-members\",\"name\":{\"vi\":\"Số thành viên Tổ Công nghệ số cộng đồng\",\"en\":\"Members of community digital technology teams\"},\"value\":64432,\"published\":\"64.432\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"person\",\"period\":\"2022-05-26\",\"periodType\":\"stock\",\"quote\":null,\"note\":null,\"asOf\":\"2022-05-26\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"thành viên tham gia\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Increase in community digital technology team members since 13 May 2022: `113%`, as of 2022-05-26 (1thegioi-2022-06-02, 1thegioi.vn).
 *
 * @category Data
 */
export const communityTechTeamMembersChange20220526: ChangeObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"community-tech-team-members-change-2022-05-26\",\"release\":\"1thegioi-2022-06-02\",\"indicator\":\"community-tech-team-members\",\"name\":{\"vi\":\"Mức tăng số thành viên Tổ Công nghệ số cộng đồng so với ngày 13/5/2022\",\"en\":\"Increase in community digital technology team members since 13 May 2022\"},\"value\":113,\"published\":\"113%\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"percent\",\"period\":\"2022-05-26\",\"periodType\":\"stock\",\"quote\":null,\"note\":{\"vi\":\"Tăng so với ngày 13/5/2022; giá trị ngày đó không được công bố.\",\"en\":\"An increase against 13 May 2022; the value on that day is not published.\"},\"asOf\":\"2022-05-26\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"thành viên tham gia\",\"kind\":\"change\",\"change\":{\"of\":\"community-tech-team-members-2022-05-26\",\"basis\":\"2022-05-13\",\"direction\":\"increase\",\"unit\":\"relative\"}}"));

/**
 * Provinces that have set up community digital technology teams: `34/63`, as of 2022-06-14 (thoibao-2022-06-15, thoibao.online).
 *
 * @category Data
 */
export const provincesCommunityTechTeams20220614: PartOfWholeObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"provinces-community-tech-teams-2022-06-14\",\"release\":\"thoibao-2022-06-15\",\"indicator\":\"provinces-community-tech-teams\",\"name\":{\"vi\":\"Tỉnh/thành phố đã thành lập Tổ Công nghệ số cộng đồng\",\"en\":\"Provinces that have set up community digital technology teams\"},\"value\":34,\"published\":\"34/63\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"province\",\"period\":\"2022-06-14\",\"periodType\":\"stock\",\"quote\":null,\"note\":{\"vi\":\"Nguồn ghi ngày không kèm năm; năm lấy từ ngày của trang.\",\"en\":\"The source prints the day without a year; the year is the page's.\"},\"asOf\":\"2022-06-14\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"đã thành lập\",\"kind\":\"partOfWhole\",\"part\":34,\"whole\":63,\"population\":\"provinces-2023\",\"missing\":null}"));

/**
 * Community digital technology teams: `27.218`, as of 2022-06-14 (thoibao-2022-06-15, thoibao.online).
 *
 * @category Data
 */
export const communityTechTeams20220614: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"community-tech-teams-2022-06-14\",\"release\":\"thoibao-2022-06-15\",\"indicator\":\"community-tech-teams\",\"name\":{\"vi\":\"Số Tổ Công nghệ số cộng đồng\",\"en\":\"Community digital technology teams\"},\"value\":27218,\"published\":\"27.218\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"team\",\"period\":\"2022-06-14\",\"periodType\":\"stock\",\"quote\":null,\"note\":{\"vi\":\"Nguồn ghi ngày không kèm năm; năm lấy từ ngày của trang.\",\"en\":\"The source prints the day without a year; the year is the page's.\"},\"asOf\":\"2022-06-14\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"Tổ công nghệ số cộng đồng\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Members of community digital technology teams: `130.487`, as of 2022-06-14 (thoibao-2022-06-15, thoibao.online).
 *
 * @category Data
 */
export const communityTechTeamMembers20220614: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"community-tech-team-members-2022-06-14\",\"release\":\"thoibao-2022-06-15\",\"indicator\":\"community-tech-team-members\",\"name\":{\"vi\":\"Số thành viên Tổ Công nghệ số cộng đồng\",\"en\":\"Members of community digital technology teams\"},\"value\":130487,\"published\":\"130.487\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"person\",\"period\":\"2022-06-14\",\"periodType\":\"stock\",\"quote\":null,\"note\":{\"vi\":\"Nguồn ghi ngày không kèm năm; năm lấy từ ngày của trang.\",\"en\":\"The source prints the day without a year; the year is the page's.\"},\"asOf\":\"2022-06-14\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"thành viên tham gia\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Provincial DTI, mean over the provinces: `0,4014`, as of 2021 (kinhtedothi-2022-08, kinhtedothi.vn).
 *
 * @category Data
 */
export const dtiProvincesMean2021: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"dti-provinces-mean-2021\",\"release\":\"kinhtedothi-2022-08\",\"indicator\":\"dti-provinces-mean\",\"name\":{\"vi\":\"Giá trị trung bình DTI cấp tỉnh\",\"en\":\"Provincial DTI, mean over the provinces\"},\"value\":0.4014,\"published\":\"0,4014\",\"comparator\":\"eq\",\"decimals\":4,\"scale\":1,\"unit\":\"index\",\"period\":\"2021\",\"periodType\":\"stock\",\"quote\":null,\"note\":null,\"asOf\":\"2021\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"giá trị trung bình DTI cấp tỉnh\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Ministry DTI, mean over the ministries providing public services: `0,4595`, as of 2021 (kinhtedothi-2022-08, kinhtedothi.vn).
 *
 * @category Data
 */
export const dtiMinistriesServicesMean2021: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"dti-ministries-services-mean-2021\",\"release\":\"kinhtedothi-2022-08\",\"indicator\":\"dti-ministries-services-mean\",\"name\":{\"vi\":\"Giá trị trung bình DTI của các bộ, ngành có cung cấp dịch vụ công\",\"en\":\"Ministry DTI, mean over the ministries providing public services\"},\"value\":0.4595,\"published\":\"0,4595\",\"comparator\":\"eq\",\"decimals\":4,\"scale\":1,\"unit\":\"index\",\"period\":\"2021\",\"periodType\":\"stock\",\"quote\":null,\"note\":{\"vi\":\"Trang tính cho nhóm 17 bộ, ngành có cung cấp dịch vụ công.\",\"en\":\"The page gives it for the group of 17 ministries providing public services.\"},\"asOf\":\"2021\",\"asOfBasis\":\"context\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"DTI cấp bộ cung cấp dịch vụ công\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Ministry DTI, mean over the ministries providing no public services: `0,2151`, as of 2021 (kinhtedothi-2022-08, kinhtedothi.vn).
 *
 * @category Data
 */
export const dtiMinistriesNoServicesMean2021: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"dti-ministries-no-services-mean-2021\",\"release\":\"kinhtedothi-2022-08\",\"indicator\":\"dti-ministries-no-services-mean\",\"name\":{\"vi\":\"Giá trị trung bình DTI của các bộ, ngành không cung cấp dịch vụ công\",\"en\":\"Ministry DTI, mean over the ministries providing no public services\"},\"value\":0.2151,\"published\":\"0,2151\",\"comparator\":\"eq\",\"decimals\":4,\"scale\":1,\"unit\":\"index\",\"period\":\"2021\",\"periodType\":\"stock\",\"quote\":null,\"note\":{\"vi\":\"Trang tính cho nhóm 9 bộ, ngành không cung cấp dịch vụ công, trong đó có hai đơn vị lần đầu được đánh giá.\",\"en\":\"The page gives it for the group of 9 ministries providing no public services, two of them assessed for the first time.\"},\"asOf\":\"2021\",\"asOfBasis\":\"context\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"DTI cấp bộ không cung cấp dịch vụ công\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Provinces that have deployed the community digital technology team model: `49/63`, as of 2022-08-20 (thoisutoancanh-2022-08, thoisutoancanh.com).
 *
 * @category Data
 */
export const provincesDeployedCommunityTechTeamModel20220820: PartOfWholeObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"provinces-deployed-community-tech-team-model-2022-08-20\",\"release\":\"thoisutoancanh-2022-08\",\"indicator\":\"provinces-deployed-community-tech-team-model\",\"name\":{\"vi\":\"Tỉnh/thành phố đã triển khai xây dựng mô hình Tổ Công nghệ số cộng đồng\",\"en\":\"Provinces that have deployed the community digital technology team model\"},\"value\":49,\"published\":\"49/63\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"province\",\"period\":\"2022-08-20\",\"periodType\":\"stock\",\"quote\":null,\"note\":{\"vi\":\"Ngày 20/8/2022 mở đầu đoạn văn; câu về Tổ không có ngày riêng.\",\"en\":\"The date 20 August 2022 opens the paragraph; the sentence on the teams has no date of its own.\"},\"asOf\":\"2022-08-20\",\"asOfBasis\":\"context\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"triển khai xây dựng mô hình\",\"kind\":\"partOfWhole\",\"part\":49,\"whole\":63,\"population\":\"provinces-2023\",\"missing\":null}"));

/**
 * Community digital technology teams: `hơn 42.460`, as of 2022-08-20 (thoisutoancanh-2022-08, thoisutoancanh.com).
 *
 * @category Data
 */
export const communityTechTeams20220820: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"community-tech-teams-2022-08-20\",\"release\":\"thoisutoancanh-2022-08\",\"indicator\":\"community-tech-teams\",\"name\":{\"vi\":\"Số Tổ Công nghệ số cộng đồng\",\"en\":\"Community digital technology teams\"},\"value\":42460,\"published\":\"hơn 42.460\",\"comparator\":\"gt\",\"decimals\":0,\"scale\":1,\"unit\":\"team\",\"period\":\"2022-08-20\",\"periodType\":\"stock\",\"quote\":null,\"note\":{\"vi\":\"Ngày 20/8/2022 mở đầu đoạn văn; câu về Tổ không có ngày riêng.\",\"en\":\"The date 20 August 2022 opens the paragraph; the sentence on the teams has no date of its own.\"},\"asOf\":\"2022-08-20\",\"asOfBasis\":\"context\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"tổ\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Members of community digital technology teams: `trên 208.300`, as of 2022-08-20 (thoisutoancanh-2022-08, thoisutoancanh.com).
 *
 * @category Data
 */
export const communityTechTeamMembers20220820: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"community-tech-team-members-2022-08-20\",\"release\":\"thoisutoancanh-2022-08\",\"indicator\":\"community-tech-team-members\",\"name\":{\"vi\":\"Số thành viên Tổ Công nghệ số cộng đồng\",\"en\":\"Members of community digital technology teams\"},\"value\":208300,\"published\":\"trên 208.300\",\"comparator\":\"gt\",\"decimals\":0,\"scale\":1,\"unit\":\"person\",\"period\":\"2022-08-20\",\"periodType\":\"stock\",\"quote\":null,\"note\":{\"vi\":\"Ngày 20/8/2022 mở đầu đoạn văn; câu về Tổ không có ngày riêng.\",\"en\":\"The date 20 August 2022 opens the paragraph; the sentence on the teams has no date of its own.\"},\"asOf\":\"2022-08-20\",\"asOfBasis\":\"context\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"người tham gia\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Provinces that have deployed the community digital technology team model: `49/63`, as of 2022-08-23 (qdnd-2022-08, qdnd.vn).
 *
 * @category Data
 */
export const provincesDeployedCommunityTechTeamModel20220823Qdnd: PartOfWholeObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"provinces-deployed-community-tech-team-model-2022-08-23-qdnd\",\"release\":\"qdnd-2022-08\",\"indicator\":\"provinces-deployed-community-tech-team-model\",\"name\":{\"vi\":\"Tỉnh/thành phố đã triển khai xây dựng mô hình Tổ Công nghệ số cộng đồng\",\"en\":\"Provinces that have deployed the community digital technology team model\"},\"value\":49,\"published\":\"49/63\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"province\",\"period\":\"2022-08-23\",\"periodType\":\"stock\",\"quote\":null,\"note\":{\"vi\":\"In là \\\"49 tỉnh, thành/63 tỉnh, thành\\\".\",\"en\":\"Printed as \\\"49 tỉnh, thành/63 tỉnh, thành\\\" (49 of 63 provinces).\"},\"asOf\":\"2022-08-23\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"triển khai xây dựng mô hình\",\"kind\":\"partOfWhole\",\"part\":49,\"whole\":63,\"population\":\"provinces-2023\",\"missing\":null}"));

/**
 * Share of eligible public services online at level 4: `khoảng 97,3%`, as of 2022-08-31 (doanhnghiepvadoisong-2022-08, doanhnghiepvadoisong.com.vn).
 *
 * @category Data
 */
export const level4OnlineServicesShare20220831: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"level-4-online-services-share-2022-08-31\",\"release\":\"doanhnghiepvadoisong-2022-08\",\"indicator\":\"level-4-online-services-share\",\"name\":{\"vi\":\"Tỷ lệ dịch vụ công trực tuyến đủ điều kiện đạt mức độ 4\",\"en\":\"Share of eligible public services online at level 4\"},\"value\":97.3,\"published\":\"khoảng 97,3%\",\"comparator\":\"approx\",\"decimals\":1,\"scale\":1,\"unit\":\"percent\",\"period\":\"2022-08-31\",\"periodType\":\"stock\",\"quote\":null,\"note\":{\"vi\":\"Câu có ngày bị cắt sau \\\"mức độ\\\"; trang in cùng con số 97,3% cho \\\"mức độ 4\\\" ở câu khác, không kèm \\\"khoảng\\\" và không có ngày.\",\"en\":\"The dated clause is cut after \\\"mức độ\\\" (level); the page prints the same 97,3% for \\\"mức độ 4\\\" in another clause, without \\\"khoảng\\\" (about) and with no date.\"},\"asOf\":\"2022-08-31\",\"asOfBasis\":\"period-end\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"mức độ 4\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Provinces that have set up community digital technology teams: `51/63`, as of 2022-08-31 (laodongthudo-2022-08, laodongthudo.vn).
 *
 * @category Data
 */
export const provincesCommunityTechTeams20220831: PartOfWholeObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"provinces-community-tech-teams-2022-08-31\",\"release\":\"laodongthudo-2022-08\",\"indicator\":\"provinces-community-tech-teams\",\"name\":{\"vi\":\"Tỉnh/thành phố đã thành lập Tổ Công nghệ số cộng đồng\",\"en\":\"Provinces that have set up community digital technology teams\"},\"value\":51,\"published\":\"51/63\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"province\",\"period\":\"2022-08-31\",\"periodType\":\"stock\",\"quote\":null,\"note\":{\"vi\":\"Nguồn ghi \\\"đến cuối tháng 8/2022\\\".\",\"en\":\"The source says \\\"to the end of August 2022\\\".\"},\"asOf\":\"2022-08-31\",\"asOfBasis\":\"period-end\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"đã thành lập\",\"kind\":\"partOfWhole\",\"part\":51,\"whole\":63,\"population\":\"provinces-2023\",\"missing\":null}"));

/**
 * Community digital technology teams: `45.895`, as of 2022-08-31 (laodongthudo-2022-08, laodongthudo.vn).
 *
 * @category Data
 */
export const communityTechTeams20220831: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"community-tech-teams-2022-08-31\",\"release\":\"laodongthudo-2022-08\",\"indicator\":\"community-tech-teams\",\"name\":{\"vi\":\"Số Tổ Công nghệ số cộng đồng\",\"en\":\"Community digital technology teams\"},\"value\":45895,\"published\":\"45.895\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"team\",\"period\":\"2022-08-31\",\"periodType\":\"stock\",\"quote\":null,\"note\":{\"vi\":\"Nguồn ghi \\\"đến cuối tháng 8/2022\\\".\",\"en\":\"The source says \\\"to the end of August 2022\\\".\"},\"asOf\":\"2022-08-31\",\"asOfBasis\":\"period-end\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"Tổ công nghệ số cộng đồng\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Members of community digital technology teams at commune, village and residential-group level: `211.737`, as of 2022-08-31 (laodongthudo-2022-08, laodongthudo.vn).
 *
 * @category Data
 */
export const communityTechTeamMembers20220831: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"community-tech-team-members-2022-08-31\",\"release\":\"laodongthudo-2022-08\",\"indicator\":\"community-tech-team-members\",\"name\":{\"vi\":\"Số thành viên Tổ Công nghệ số cộng đồng cấp xã, thôn, tổ dân phố\",\"en\":\"Members of community digital technology teams at commune, village and residential-group level\"},\"value\":211737,\"published\":\"211.737\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"person\",\"period\":\"2022-08-31\",\"periodType\":\"stock\",\"quote\":null,\"note\":{\"vi\":\"Nguồn ghi \\\"đến cuối tháng 8/2022\\\".\",\"en\":\"The source says \\\"to the end of August 2022\\\".\"},\"asOf\":\"2022-08-31\",\"asOfBasis\":\"period-end\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"thành viên tham gia\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * NDXP transactions in a month: `58.397.139`, as of 2022-09-26 (anninhthudo-2022-09, anninhthudo.vn).
 *
 * @category Data
 */
export const ndxpTransactionsMonth20220926: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"ndxp-transactions-month-2022-09-26\",\"release\":\"anninhthudo-2022-09\",\"indicator\":\"ndxp-transactions-month\",\"name\":{\"vi\":\"Số giao dịch qua NDXP trong tháng\",\"en\":\"NDXP transactions in a month\"},\"value\":58397139,\"published\":\"58.397.139\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"transaction\",\"period\":\"2022-09\",\"periodType\":\"flow\",\"quote\":null,\"note\":{\"vi\":\"Tháng 9/2022 tính đến ngày 26/9.\",\"en\":\"September 2022 counted up to the 26th.\"},\"asOf\":\"2022-09-26\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"trong tháng\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * NDXP transactions since the platform's launch: `hơn 661 triệu`, as of 2022-09-26 (anninhthudo-2022-09, anninhthudo.vn).
 *
 * @category Data
 */
export const ndxpTransactionsSinceLaunch20220926: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"ndxp-transactions-since-launch-2022-09-26\",\"release\":\"anninhthudo-2022-09\",\"indicator\":\"ndxp-transactions-since-launch\",\"name\":{\"vi\":\"Tổng số giao dịch qua NDXP từ khi khai trương\",\"en\":\"NDXP transactions since the platform's launch\"},\"value\":661000000,\"published\":\"hơn 661 triệu\",\"comparator\":\"gt\",\"decimals\":0,\"scale\":1000000,\"unit\":\"transaction\",\"period\":\"2022-09-26\",\"periodType\":\"stock\",\"quote\":null,\"note\":{\"vi\":\"Cùng trang ghi tổng này là đến cuối tháng 9/2022 ở đoạn mở đầu.\",\"en\":\"The same page dates this total to the end of September 2022 in its opening paragraph.\"},\"asOf\":\"2022-09-26\",\"asOfBasis\":\"context\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"kể từ khi khai trương đến nay\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * NDXP transactions a day, on average: `khoảng 1,6 triệu`, as of 2022-09-26 (anninhthudo-2022-09, anninhthudo.vn).
 *
 * @category Data
 */
export const ndxpTransactionsDailyAverage20220926: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"ndxp-transactions-daily-average-2022-09-26\",\"release\":\"anninhthudo-2022-09\",\"indicator\":\"ndxp-transactions-daily-average\",\"name\":{\"vi\":\"Số giao dịch qua NDXP bình quân mỗi ngày\",\"en\":\"NDXP transactions a day, on average\"},\"value\":1600000,\"published\":\"khoảng 1,6 triệu\",\"comparator\":\"approx\",\"decimals\":1,\"scale\":1000000,\"unit\":\"transactions-per-day\",\"period\":\"2022\",\"periodType\":\"flow\",\"quote\":null,\"note\":{\"vi\":\"Bình quân từ đầu năm 2022; ngày cuối là của đoạn trước.\",\"en\":\"An average since the start of 2022; its end date is that of the paragraph before.\"},\"asOf\":\"2022-09-26\",\"asOfBasis\":\"context\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"trung bình mỗi ngày\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Share of ministries and localities that have set up or consolidated a digital-transformation steering committee: `100%`, as of 2022-Q3 (vneconomy-2022-q3, vneconomy.vn).
 *
 * @category Data
 */
export const dxSteeringCommitteeShare2022Q3: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"dx-steering-committee-share-2022-q3\",\"release\":\"vneconomy-2022-q3\",\"indicator\":\"dx-steering-committee-share\",\"name\":{\"vi\":\"Tỷ lệ bộ ngành và địa phương đã kiện toàn, thành lập Ban Chỉ đạo về chuyển đổi số\",\"en\":\"Share of ministries and localities that have set up or consolidated a digital-transformation steering committee\"},\"value\":100,\"published\":\"100%\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"percent\",\"period\":\"report\",\"periodType\":\"stock\",\"quote\":null,\"note\":{\"vi\":\"Nguồn không ghi ngày cho số liệu này; chỉ biết nó được nêu quanh hội nghị giao ban quý 3/2022.\",\"en\":\"The source gives no date for this figure; it is known only to come from around the Q3/2022 briefing.\"},\"asOf\":\"2022-Q3\",\"asOfBasis\":\"event-period\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"kiện toàn, thành lập Ban chỉ đạo về chuyển đổi số\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Share of ministries that have issued a digital-transformation plan or scheme: `100%`, as of 2022-Q3 (vneconomy-2022-q3, vneconomy.vn).
 *
 * @category Data
 */
export const ministriesDxPlanShare2022Q3: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"ministries-dx-plan-share-2022-q3\",\"release\":\"vneconomy-2022-q3\",\"indicator\":\"ministries-dx-plan-share\",\"name\":{\"vi\":\"Tỷ lệ bộ ngành đã ban hành kế hoạch/đề án về chuyển đổi số\",\"en\":\"Share of ministries that have issued a digital-transformation plan or scheme\"},\"value\":100,\"published\":\"100%\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"percent\",\"period\":\"report\",\"periodType\":\"stock\",\"quote\":null,\"note\":{\"vi\":\"Nguồn không ghi ngày cho số liệu này; chỉ biết nó được nêu quanh hội nghị giao ban quý 3/2022.\",\"en\":\"The source gives no date for this figure; it is known only to come from around the Q3/2022 briefing.\"},\"asOf\":\"2022-Q3\",\"asOfBasis\":\"event-period\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"Kế hoạch/Đề án về chuyển đổi số\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Provinces that have issued a digital-transformation plan or scheme: `62/63`, as of 2022-Q3 (vneconomy-2022-q3, vneconomy.vn).
 *
 * @category Data
 */
export const provincesDxPlan2022Q3: PartOfWholeObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"provinces-dx-plan-2022-q3\",\"release\":\"vneconomy-2022-q3\",\"indicator\":\"provinces-dx-plan\",\"name\":{\"vi\":\"Địa phương đã ban hành kế hoạch/đề án chuyển đổi số\",\"en\":\"Provinces that have issued a digital-transformation plan or scheme\"},\"value\":62,\"published\":\"62/63\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"province\",\"period\":\"report\",\"periodType\":\"stock\",\"quote\":null,\"note\":{\"vi\":\"Nguồn không ghi ngày cho số liệu này; chỉ biết nó được nêu quanh hội nghị giao ban quý 3/2022.\",\"en\":\"The source gives no date for this figure; it is known only to come from around the Q3/2022 briefing.\"},\"asOf\":\"2022-Q3\",\"asOfBasis\":\"event-period\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"Kế hoạch/Đề án chuyển đổi số\",\"kind\":\"partOfWhole\",\"part\":62,\"whole\":63,\"population\":\"provinces-2023\",\"missing\":null}"));

/**
 * Provinces that have deployed the community digital technology team model: `49/63`, as of 2022-08-23 (vneconomy-2022-q3, vneconomy.vn).
 *
 * @category Data
 */
export const provincesDeployedCommunityTechTeamModel20220823: PartOfWholeObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"provinces-deployed-community-tech-team-model-2022-08-23\",\"release\":\"vneconomy-2022-q3\",\"indicator\":\"provinces-deployed-community-tech-team-model\",\"name\":{\"vi\":\"Tỉnh/thành phố đã triển khai xây dựng mô hình Tổ Công nghệ số cộng đồng\",\"en\":\"Provinces that have deployed the community digital technology team model\"},\"value\":49,\"published\":\"49/63\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"province\",\"period\":\"2022-08-23\",\"periodType\":\"stock\",\"quote\":null,\"note\":{\"vi\":\"Nguồn in \\\"tính đến này 23/8/2022\\\", đọc là \\\"ngày\\\".\",\"en\":\"The source prints \\\"tính đến này 23/8/2022\\\", read as \\\"ngày\\\" (day).\"},\"asOf\":\"2022-08-23\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"triển khai xây dựng mô hình\",\"kind\":\"partOfWhole\",\"part\":49,\"whole\":63,\"population\":\"provinces-2023\",\"missing\":null}"));

/**
 * Community digital technology teams: `42.469`, as of 2022-08-23 (vneconomy-2022-q3, vneconomy.vn).
 *
 * @category Data
 */
export const communityTechTeams20220823: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"community-tech-teams-2022-08-23\",\"release\":\"vneconomy-2022-q3\",\"indicator\":\"community-tech-teams\",\"name\":{\"vi\":\"Số Tổ Công nghệ số cộng đồng\",\"en\":\"Community digital technology teams\"},\"value\":42469,\"published\":\"42.469\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"team\",\"period\":\"2022-08-23\",\"periodType\":\"stock\",\"quote\":null,\"note\":{\"vi\":\"Ngày là của câu trước trong cùng đoạn.\",\"en\":\"The date is that of the sentence before, in the same paragraph.\"},\"asOf\":\"2022-08-23\",\"asOfBasis\":\"context\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"tổ công nghệ số cộng đồng\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Members of community digital technology teams: `hơn 208 nghìn`, as of 2022-08-23 (vneconomy-2022-q3, vneconomy.vn).
 *
 * @category Data
 */
export const communityTechTeamMembers20220823: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"community-tech-team-members-2022-08-23\",\"release\":\"vneconomy-2022-q3\",\"indicator\":\"community-tech-team-members\",\"name\":{\"vi\":\"Số thành viên Tổ Công nghệ số cộng đồng\",\"en\":\"Members of community digital technology teams\"},\"value\":208000,\"published\":\"hơn 208 nghìn\",\"comparator\":\"gt\",\"decimals\":0,\"scale\":1000,\"unit\":\"person\",\"period\":\"2022-08-23\",\"periodType\":\"stock\",\"quote\":null,\"note\":{\"vi\":\"Nguồn đếm \\\"người tham gia\\\"; ngày là của câu trước trong cùng đoạn.\",\"en\":\"The source counts \\\"người tham gia\\\" (people taking part); the date is that of the sentence before.\"},\"asOf\":\"2022-08-23\",\"asOfBasis\":\"context\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"người tham gia\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Share of eligible public services available fully online: `74,72%`, as of 2023-03-06 (mic-2023-q1).
 *
 * > tỷ lệ dịch vụ công trực tuyến mức độ toàn trình đủ điều kiện hiện nay là 74,72%
 *
 * @category Data
 */
export const fullyOnlineServicesShare: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"fully-online-services-share\",\"release\":\"mic-2023-q1\",\"indicator\":\"fully-online-services-share\",\"name\":{\"vi\":\"Tỷ lệ dịch vụ công trực tuyến mức độ toàn trình đủ điều kiện\",\"en\":\"Share of eligible public services available fully online\"},\"value\":74.72,\"published\":\"74,72%\",\"comparator\":\"eq\",\"decimals\":2,\"scale\":1,\"unit\":\"percent\",\"period\":\"report\",\"periodType\":\"stock\",\"quote\":\"tỷ lệ dịch vụ công trực tuyến mức độ toàn trình đủ điều kiện hiện nay là 74,72%\",\"note\":null,\"asOf\":\"2023-03-06\",\"asOfBasis\":\"event\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"dịch vụ công trực tuyến mức độ toàn trình đủ điều kiện\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Change in the share of fully-online services since January 2023: `4,36%`, as of 2023-03-06 (mic-2023-q1).
 *
 * > 74,72% tăng 4,36% so với tháng 1/2023
 *
 * @category Data
 */
export const fullyOnlineServicesShareChange: ChangeObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"fully-online-services-share-change\",\"release\":\"mic-2023-q1\",\"indicator\":\"fully-online-services-share\",\"name\":{\"vi\":\"Mức tăng tỷ lệ dịch vụ công trực tuyến toàn trình so với tháng 1/2023\",\"en\":\"Change in the share of fully-online services since January 2023\"},\"value\":4.36,\"published\":\"4,36%\",\"comparator\":\"eq\",\"decimals\":2,\"scale\":1,\"unit\":\"percent\",\"period\":\"report\",\"periodType\":\"stock\",\"quote\":\"74,72% tăng 4,36% so với tháng 1/2023\",\"note\":{\"vi\":\"Nguồn ghi \\\"%\\\" mà không nói là điểm phần trăm hay phần trăm tương đối; giá trị tháng 1/2023 không được công bố.\",\"en\":\"The source prints \\\"%\\\" without saying whether it means percentage points or a relative change; the January 2023 value is not published.\"},\"asOf\":\"2023-03-06\",\"asOfBasis\":\"event\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"dịch vụ công trực tuyến mức độ toàn trình đủ điều kiện\",\"kind\":\"change\",\"change\":{\"of\":\"fully-online-services-share\",\"basis\":\"2023-01\",\"direction\":\"increase\",\"unit\":\"ambiguous\"}}"));

/**
 * Ministries and sectors that have published and sent their list of services eligible for full online processing: `15`, as of 2023-03-06 (mic-2023-q1).
 *
 * > 15 bộ, ngành và 55 tỉnh/thành phố đã công bố và gửi danh mục dịch vụ công đủ điều kiện lên mức độ toàn trình
 *
 * @category Data
 */
export const ministriesPublishedFullyOnlineList: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"ministries-published-fully-online-list\",\"release\":\"mic-2023-q1\",\"indicator\":\"ministries-published-fully-online-list\",\"name\":{\"vi\":\"Bộ, ngành đã công bố và gửi danh mục dịch vụ công đủ điều kiện lên mức độ toàn trình\",\"en\":\"Ministries and sectors that have published and sent their list of services eligible for full online processing\"},\"value\":15,\"published\":\"15\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"ministry\",\"period\":\"report\",\"periodType\":\"stock\",\"quote\":\"15 bộ, ngành và 55 tỉnh/thành phố đã công bố và gửi danh mục dịch vụ công đủ điều kiện lên mức độ toàn trình\",\"note\":{\"vi\":\"Nguồn không nêu tổng số bộ, ngành cho con số này.\",\"en\":\"The source states no total of ministries for this count.\"},\"asOf\":\"2023-03-06\",\"asOfBasis\":\"event\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"đã công bố và gửi danh mục dịch vụ công đủ điều kiện lên mức độ toàn trình\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Provinces that have published and sent their list of services eligible for full online processing: `55`, as of 2023-03-06 (mic-2023-q1).
 *
 * > 15 bộ, ngành và 55 tỉnh/thành phố đã công bố và gửi danh mục dịch vụ công đủ điều kiện lên mức độ toàn trình
 *
 * @category Data
 */
export const provincesPublishedFullyOnlineList: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"provinces-published-fully-online-list\",\"release\":\"mic-2023-q1\",\"indicator\":\"provinces-published-fully-online-list\",\"name\":{\"vi\":\"Tỉnh/thành phố đã công bố và gửi danh mục dịch vụ công đủ điều kiện lên mức độ toàn trình\",\"en\":\"Provinces that have published and sent their list of services eligible for full online processing\"},\"value\":55,\"published\":\"55\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"province\",\"period\":\"report\",\"periodType\":\"stock\",\"quote\":\"15 bộ, ngành và 55 tỉnh/thành phố đã công bố và gửi danh mục dịch vụ công đủ điều kiện lên mức độ toàn trình\",\"note\":{\"vi\":\"Nguồn không in mẫu số ở đây (năm 2023 có 63 tỉnh/thành phố) và không nêu tên các tỉnh.\",\"en\":\"The source prints no whole here (there were 63 provinces in 2023) and names none of the provinces.\"},\"asOf\":\"2023-03-06\",\"asOfBasis\":\"event\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"đã công bố và gửi danh mục dịch vụ công đủ điều kiện lên mức độ toàn trình\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * 2023 target: share of public services available fully online: `100%`, as of 2023-03-06 (mic-2023-q1).
 *
 * > hướng đến mục tiêu 2023 là 100% dịch vụ công trực tuyến mức độ toàn trình
 *
 * @category Data
 */
export const fullyOnlineServicesTarget2023: TargetObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"fully-online-services-target-2023\",\"release\":\"mic-2023-q1\",\"indicator\":\"fully-online-services-share\",\"name\":{\"vi\":\"Mục tiêu 2023: tỷ lệ dịch vụ công trực tuyến mức độ toàn trình\",\"en\":\"2023 target: share of public services available fully online\"},\"value\":100,\"published\":\"100%\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"percent\",\"period\":\"2023\",\"periodType\":\"stock\",\"quote\":\"hướng đến mục tiêu 2023 là 100% dịch vụ công trực tuyến mức độ toàn trình\",\"note\":null,\"asOf\":\"2023-03-06\",\"asOfBasis\":\"event\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"dịch vụ công trực tuyến mức độ toàn trình\",\"kind\":\"target\",\"target\":{\"year\":2023,\"comparator\":\"eq\",\"progress\":\"fully-online-services-share\"}}"));

/**
 * Ministries that have issued e-government architecture 2.0: `19/22`, as of 2023-03-06 (mic-2023-q1).
 *
 * > số bộ ngành, địa phương đã ban hành kiến trúc chính quyền điện tử 2.0 là 19/22 bộ ngành
 *
 * @category Data
 */
export const ministriesEgovArchitecture2: PartOfWholeObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"ministries-egov-architecture-2\",\"release\":\"mic-2023-q1\",\"indicator\":\"ministries-egov-architecture-2\",\"name\":{\"vi\":\"Bộ ngành đã ban hành kiến trúc chính quyền điện tử 2.0\",\"en\":\"Ministries that have issued e-government architecture 2.0\"},\"value\":19,\"published\":\"19/22\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"ministry\",\"period\":\"report\",\"periodType\":\"stock\",\"quote\":\"số bộ ngành, địa phương đã ban hành kiến trúc chính quyền điện tử 2.0 là 19/22 bộ ngành\",\"note\":{\"vi\":\"Việc 22 là 18 bộ và 4 cơ quan ngang bộ theo Nghị quyết 08/2021/QH15 là suy luận, nguồn không nêu.\",\"en\":\"That the 22 are the 18 ministries and 4 ministry-level agencies of Resolution 08/2021/QH15 is an inference; the source does not say.\"},\"asOf\":\"2023-03-06\",\"asOfBasis\":\"event\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"ban hành kiến trúc chính quyền điện tử 2.0\",\"kind\":\"partOfWhole\",\"part\":19,\"whole\":22,\"population\":\"ministries\",\"missing\":null}"));

/**
 * Provinces that have built or updated e-government architecture 2.0: `63/63`, as of 2023-03-06 (mic-2023-q1).
 *
 * > 63/63 tỉnh/thành phố xây dựng, cập nhật kiến trúc 2.0
 *
 * @category Data
 */
export const provincesEgovArchitecture2: PartOfWholeObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"provinces-egov-architecture-2\",\"release\":\"mic-2023-q1\",\"indicator\":\"provinces-egov-architecture-2\",\"name\":{\"vi\":\"Tỉnh/thành phố xây dựng, cập nhật kiến trúc 2.0\",\"en\":\"Provinces that have built or updated e-government architecture 2.0\"},\"value\":63,\"published\":\"63/63\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"province\",\"period\":\"report\",\"periodType\":\"stock\",\"quote\":\"63/63 tỉnh/thành phố xây dựng, cập nhật kiến trúc 2.0\",\"note\":null,\"asOf\":\"2023-03-06\",\"asOfBasis\":\"event\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"xây dựng, cập nhật kiến trúc 2.0\",\"kind\":\"partOfWhole\",\"part\":63,\"whole\":63,\"population\":\"provinces-2023\",\"missing\":null}"));

/**
 * Ministries that have issued a resolution or programme on digital transformation: `4/22`, as of 2023-03-06 (mic-2023-q1).
 *
 * > mới chỉ có 4/22 bộ ngành, 62/63 địa phương đã ban hành nghị quyết, chương trình về chuyển đổi số
 *
 * @category Data
 */
export const ministriesDxResolution: PartOfWholeObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"ministries-dx-resolution\",\"release\":\"mic-2023-q1\",\"indicator\":\"ministries-dx-resolution\",\"name\":{\"vi\":\"Bộ ngành đã ban hành nghị quyết, chương trình về chuyển đổi số\",\"en\":\"Ministries that have issued a resolution or programme on digital transformation\"},\"value\":4,\"published\":\"4/22\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"ministry\",\"period\":\"report\",\"periodType\":\"stock\",\"quote\":\"mới chỉ có 4/22 bộ ngành, 62/63 địa phương đã ban hành nghị quyết, chương trình về chuyển đổi số\",\"note\":{\"vi\":\"Việc 22 là 18 bộ và 4 cơ quan ngang bộ theo Nghị quyết 08/2021/QH15 là suy luận, nguồn không nêu.\",\"en\":\"That the 22 are the 18 ministries and 4 ministry-level agencies of Resolution 08/2021/QH15 is an inference; the source does not say.\"},\"asOf\":\"2023-03-06\",\"asOfBasis\":\"event\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"nghị quyết, chương trình về chuyển đổi số\",\"kind\":\"partOfWhole\",\"part\":4,\"whole\":22,\"population\":\"ministries\",\"missing\":null}"));

/**
 * Provinces that have issued a resolution or programme on digital transformation: `62/63`, as of 2023-03-06 (mic-2023-q1).
 *
 * > 62/63 địa phương đã ban hành nghị quyết, chương trình về chuyển đổi số (còn tỉnh Phú Yên)
 *
 * @category Data
 */
export const provincesDxResolution: PartOfWholeObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"provinces-dx-resolution\",\"release\":\"mic-2023-q1\",\"indicator\":\"provinces-dx-resolution\",\"name\":{\"vi\":\"Địa phương đã ban hành nghị quyết, chương trình về chuyển đổi số\",\"en\":\"Provinces that have issued a resolution or programme on digital transformation\"},\"value\":62,\"published\":\"62/63\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"province\",\"period\":\"report\",\"periodType\":\"stock\",\"quote\":\"62/63 địa phương đã ban hành nghị quyết, chương trình về chuyển đổi số (còn tỉnh Phú Yên)\",\"note\":null,\"asOf\":\"2023-03-06\",\"asOfBasis\":\"event\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"nghị quyết, chương trình về chuyển đổi số\",\"kind\":\"partOfWhole\",\"part\":62,\"whole\":63,\"population\":\"provinces-2023\",\"missing\":{\"codes\":[\"54\"],\"published\":\"còn tỉnh Phú Yên\"}}"));

/**
 * Ministries and localities with a digital-transformation steering committee: `100%`, as of 2023-03-06 (mic-2023-q1).
 *
 * > 100% số bộ ngành và địa phương đã kiện toàn, thành lập Ban Chỉ đạo về chuyển đổi số
 *
 * @category Data
 */
export const dxSteeringCommitteeShare: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"dx-steering-committee-share\",\"release\":\"mic-2023-q1\",\"indicator\":\"dx-steering-committee-share\",\"name\":{\"vi\":\"Bộ ngành và địa phương đã kiện toàn, thành lập Ban Chỉ đạo về chuyển đổi số\",\"en\":\"Ministries and localities with a digital-transformation steering committee\"},\"value\":100,\"published\":\"100%\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"percent\",\"period\":\"report\",\"periodType\":\"stock\",\"quote\":\"100% số bộ ngành và địa phương đã kiện toàn, thành lập Ban Chỉ đạo về chuyển đổi số\",\"note\":null,\"asOf\":\"2023-03-06\",\"asOfBasis\":\"event\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"kiện toàn, thành lập Ban Chỉ đạo về chuyển đổi số\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Ministries and localities with a digital-transformation plan or scheme: `100%`, as of 2023-03-06 (mic-2023-q1).
 *
 * > 100% số bộ ngành và địa phương … ban hành kế hoạch/đề án về chuyển đổi số
 *
 * @category Data
 */
export const dxPlanShare: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"dx-plan-share\",\"release\":\"mic-2023-q1\",\"indicator\":\"dx-plan-share\",\"name\":{\"vi\":\"Bộ ngành và địa phương đã ban hành kế hoạch/đề án về chuyển đổi số\",\"en\":\"Ministries and localities with a digital-transformation plan or scheme\"},\"value\":100,\"published\":\"100%\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"percent\",\"period\":\"report\",\"periodType\":\"stock\",\"quote\":\"100% số bộ ngành và địa phương … ban hành kế hoạch/đề án về chuyển đổi số\",\"note\":{\"vi\":\"Con số 100% được in một lần cho cả hai nội dung (Ban Chỉ đạo; kế hoạch/đề án).\",\"en\":\"The 100% is printed once for both statements (steering committee; plan or scheme).\"},\"asOf\":\"2023-03-06\",\"asOfBasis\":\"event\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"ban hành kế hoạch/đề án về chuyển đổi số\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Transactions through NDXP in Q1 2023: `hơn 111 triệu`, as of 2023-03-06 (mic-2023-q1).
 *
 * > Cũng trong quý 1, tổng số giao dịch thực hiện thông qua Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) đạt hơn 111 triệu giao dịch
 *
 * @category Data
 */
export const ndxpTransactions2023Q1: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"ndxp-transactions-2023-q1\",\"release\":\"mic-2023-q1\",\"indicator\":\"ndxp-transactions-quarter\",\"name\":{\"vi\":\"Số giao dịch qua NDXP trong quý 1/2023\",\"en\":\"Transactions through NDXP in Q1 2023\"},\"value\":111000000,\"published\":\"hơn 111 triệu\",\"comparator\":\"gt\",\"decimals\":0,\"scale\":1000000,\"unit\":\"transaction\",\"period\":\"2023-Q1\",\"periodType\":\"flow\",\"quote\":\"Cũng trong quý 1, tổng số giao dịch thực hiện thông qua Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) đạt hơn 111 triệu giao dịch\",\"note\":{\"vi\":\"Báo cáo được trình bày ngày 6/3/2023, trước khi quý 1 kết thúc: con số chỉ có thể tính đến gần ngày đó (suy luận từ ngày hội nghị).\",\"en\":\"The report was presented on 6 March 2023, before the quarter ended: the count can only cover the quarter up to about that day (an inference from the event's date).\"},\"asOf\":\"2023-03-06\",\"asOfBasis\":\"event\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"trong quý\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * NDXP transactions in Q1 2023 as a share of the 2023 target: `khoảng 12,95%`, as of 2023-03-06 (mic-2023-q1).
 *
 * > tương ứng với khoảng 12,95% so với mục tiêu năm 2023
 *
 * @category Data
 */
export const ndxpTransactions2023Q1ShareOfTarget: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"ndxp-transactions-2023-q1-share-of-target\",\"release\":\"mic-2023-q1\",\"indicator\":\"ndxp-transactions-share-of-target\",\"name\":{\"vi\":\"Số giao dịch qua NDXP quý 1/2023 so với mục tiêu năm 2023\",\"en\":\"NDXP transactions in Q1 2023 as a share of the 2023 target\"},\"value\":12.95,\"published\":\"khoảng 12,95%\",\"comparator\":\"approx\",\"decimals\":2,\"scale\":1,\"unit\":\"percent\",\"period\":\"2023-Q1\",\"periodType\":\"flow\",\"quote\":\"tương ứng với khoảng 12,95% so với mục tiêu năm 2023\",\"note\":null,\"asOf\":\"2023-03-06\",\"asOfBasis\":\"event\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"so với mục tiêu năm 2023\",\"kind\":\"value\",\"shareOf\":\"ndxp-transactions-target-2023\"}"));

/**
 * 2023 target: transactions through NDXP: `tối thiểu 860 triệu`, as of 2023-03-06 (mic-2023-q1).
 *
 * > mục tiêu năm 2023 (đạt tối thiểu 860 triệu giao dịch qua NDXP)
 *
 * @category Data
 */
export const ndxpTransactionsTarget2023: TargetObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"ndxp-transactions-target-2023\",\"release\":\"mic-2023-q1\",\"indicator\":\"ndxp-transactions-year\",\"name\":{\"vi\":\"Mục tiêu năm 2023: số giao dịch qua NDXP\",\"en\":\"2023 target: transactions through NDXP\"},\"value\":860000000,\"published\":\"tối thiểu 860 triệu\",\"comparator\":\"gte\",\"decimals\":0,\"scale\":1000000,\"unit\":\"transaction\",\"period\":\"2023\",\"periodType\":\"flow\",\"quote\":\"mục tiêu năm 2023 (đạt tối thiểu 860 triệu giao dịch qua NDXP)\",\"note\":null,\"asOf\":\"2023-03-06\",\"asOfBasis\":\"event\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"giao dịch qua NDXP\",\"kind\":\"target\",\"target\":{\"year\":2023,\"comparator\":\"gte\",\"progress\":\"ndxp-transactions-2023-q1\"}}"));

/**
 * Transactions through NDXP since its launch: `hơn 1,276 tỷ`, as of 2023-03-06 (mic-2023-q1).
 *
 * > tổng số từ khi khai trương đến nay hơn 1,276 tỷ giao dịch
 *
 * @category Data
 */
export const ndxpTransactionsCumulative: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"ndxp-transactions-cumulative\",\"release\":\"mic-2023-q1\",\"indicator\":\"ndxp-transactions-since-launch\",\"name\":{\"vi\":\"Tổng số giao dịch qua NDXP từ khi khai trương\",\"en\":\"Transactions through NDXP since its launch\"},\"value\":1276000000,\"published\":\"hơn 1,276 tỷ\",\"comparator\":\"gt\",\"decimals\":3,\"scale\":1000000000,\"unit\":\"transaction\",\"period\":\"report\",\"periodType\":\"stock\",\"quote\":\"tổng số từ khi khai trương đến nay hơn 1,276 tỷ giao dịch\",\"note\":{\"vi\":\"Cộng dồn từ khi khai trương nền tảng; báo cáo không nêu ngày khai trương NDXP.\",\"en\":\"Cumulative since the platform's launch; the report does not give NDXP's launch date.\"},\"asOf\":\"2023-03-06\",\"asOfBasis\":\"event\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"từ khi khai trương đến nay\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Provinces that have set up community digital technology teams: `63/63`, as of 2023-03-06 (mic-2023-q1).
 *
 * > cả nước 63/63 tỉnh/thành phố đã thành lập 71.836 Tổ Công nghệ số cộng đồng
 *
 * @category Data
 */
export const provincesCommunityTechTeams: PartOfWholeObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"provinces-community-tech-teams\",\"release\":\"mic-2023-q1\",\"indicator\":\"provinces-community-tech-teams\",\"name\":{\"vi\":\"Tỉnh/thành phố đã thành lập Tổ Công nghệ số cộng đồng\",\"en\":\"Provinces that have set up community digital technology teams\"},\"value\":63,\"published\":\"63/63\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"province\",\"period\":\"report\",\"periodType\":\"stock\",\"quote\":\"cả nước 63/63 tỉnh/thành phố đã thành lập 71.836 Tổ Công nghệ số cộng đồng\",\"note\":null,\"asOf\":\"2023-03-06\",\"asOfBasis\":\"event\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"đã thành lập\",\"kind\":\"partOfWhole\",\"part\":63,\"whole\":63,\"population\":\"provinces-2023\",\"missing\":null}"));

/**
 * Community digital technology teams: `71.836`, as of 2023-03-06 (mic-2023-q1).
 *
 * > cả nước 63/63 tỉnh/thành phố đã thành lập 71.836 Tổ Công nghệ số cộng đồng
 *
 * @category Data
 */
export const communityTechTeams: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"community-tech-teams\",\"release\":\"mic-2023-q1\",\"indicator\":\"community-tech-teams\",\"name\":{\"vi\":\"Số Tổ Công nghệ số cộng đồng\",\"en\":\"Community digital technology teams\"},\"value\":71836,\"published\":\"71.836\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"team\",\"period\":\"report\",\"periodType\":\"stock\",\"quote\":\"cả nước 63/63 tỉnh/thành phố đã thành lập 71.836 Tổ Công nghệ số cộng đồng\",\"note\":{\"vi\":\"Dấu \\\".\\\" phân cách hàng nghìn: 71.836 là bảy mươi mốt nghìn tám trăm ba mươi sáu.\",\"en\":\"The \\\".\\\" groups thousands: 71.836 is seventy-one thousand eight hundred and thirty-six.\"},\"asOf\":\"2023-03-06\",\"asOfBasis\":\"event\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"Tổ Công nghệ số cộng đồng\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Members of community digital technology teams at commune, village and street level: `334.896`, as of 2023-03-06 (mic-2023-q1).
 *
 * > 334.896 thành viên tham gia Tổ Công nghệ số cộng đồng cấp xã, thôn, phố
 *
 * @category Data
 */
export const communityTechTeamMembers: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"community-tech-team-members\",\"release\":\"mic-2023-q1\",\"indicator\":\"community-tech-team-members\",\"name\":{\"vi\":\"Số thành viên Tổ Công nghệ số cộng đồng cấp xã, thôn, phố\",\"en\":\"Members of community digital technology teams at commune, village and street level\"},\"value\":334896,\"published\":\"334.896\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"person\",\"period\":\"report\",\"periodType\":\"stock\",\"quote\":\"334.896 thành viên tham gia Tổ Công nghệ số cộng đồng cấp xã, thôn, phố\",\"note\":null,\"asOf\":\"2023-03-06\",\"asOfBasis\":\"event\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"thành viên tham gia\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Provinces with community digital technology teams in every commune: `48/63`, as of 2023-03-06 (mic-2023-q1).
 *
 * > 48/63 tỉnh/thành phố hoàn thành 100% đến cấp xã
 *
 * @category Data
 */
export const provincesCommunityTechTeamsAllCommunes: PartOfWholeObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"provinces-community-tech-teams-all-communes\",\"release\":\"mic-2023-q1\",\"indicator\":\"provinces-community-tech-teams-all-communes\",\"name\":{\"vi\":\"Tỉnh/thành phố hoàn thành 100% Tổ Công nghệ số cộng đồng đến cấp xã\",\"en\":\"Provinces with community digital technology teams in every commune\"},\"value\":48,\"published\":\"48/63\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"province\",\"period\":\"report\",\"periodType\":\"stock\",\"quote\":\"48/63 tỉnh/thành phố hoàn thành 100% đến cấp xã\",\"note\":null,\"asOf\":\"2023-03-06\",\"asOfBasis\":\"event\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"hoàn thành 100% đến cấp xã\",\"kind\":\"partOfWhole\",\"part\":48,\"whole\":63,\"population\":\"provinces-2023\",\"missing\":null}"));

/**
 * Visits to the OneTouch platform as of 21 February 2023: `hơn 17,5 triệu`, as of 2023-02-21 (mic-2023-q1).
 *
 * > tính đến 21/2/2023 đã có hơn 17,5 triệu lượt truy cập vào nền tảng học trực tuyến mở đại trà OneTouch
 *
 * @category Data
 */
export const onetouchVisits: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"onetouch-visits\",\"release\":\"mic-2023-q1\",\"indicator\":\"onetouch-visits\",\"name\":{\"vi\":\"Lượt truy cập nền tảng OneTouch tính đến 21/2/2023\",\"en\":\"Visits to the OneTouch platform as of 21 February 2023\"},\"value\":17500000,\"published\":\"hơn 17,5 triệu\",\"comparator\":\"gt\",\"decimals\":1,\"scale\":1000000,\"unit\":\"visit\",\"period\":\"2023-02-21\",\"periodType\":\"stock\",\"quote\":\"tính đến 21/2/2023 đã có hơn 17,5 triệu lượt truy cập vào nền tảng học trực tuyến mở đại trà OneTouch\",\"note\":{\"vi\":\"Cộng dồn từ khi khai trương (đầu tháng 4/2022).\",\"en\":\"Cumulative since the launch (early April 2022).\"},\"asOf\":\"2023-02-21\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"lượt truy cập\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Administrative procedures of the Ministry of Information and Communications: `262`, as of 2023-03-06 (mic-2023-q1).
 *
 * > Bộ Thông tin và Truyền thông có tổng số thủ tục hành chính 262 thủ tục
 *
 * @category Data
 */
export const micAdministrativeProcedures: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"mic-administrative-procedures\",\"release\":\"mic-2023-q1\",\"indicator\":\"mic-administrative-procedures\",\"name\":{\"vi\":\"Tổng số thủ tục hành chính của Bộ Thông tin và Truyền thông\",\"en\":\"Administrative procedures of the Ministry of Information and Communications\"},\"value\":262,\"published\":\"262\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"procedure\",\"period\":\"report\",\"periodType\":\"stock\",\"quote\":\"Bộ Thông tin và Truyền thông có tổng số thủ tục hành chính 262 thủ tục\",\"note\":null,\"asOf\":\"2023-03-06\",\"asOfBasis\":\"event\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"tổng số thủ tục hành chính\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Public services of the Ministry of Information and Communications: `274`, as of 2023-03-06 (mic-2023-q1).
 *
 * > số dịch vụ công là 274
 *
 * @category Data
 */
export const micPublicServices: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"mic-public-services\",\"release\":\"mic-2023-q1\",\"indicator\":\"mic-public-services\",\"name\":{\"vi\":\"Số dịch vụ công của Bộ Thông tin và Truyền thông\",\"en\":\"Public services of the Ministry of Information and Communications\"},\"value\":274,\"published\":\"274\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"service\",\"period\":\"report\",\"periodType\":\"stock\",\"quote\":\"số dịch vụ công là 274\",\"note\":null,\"asOf\":\"2023-03-06\",\"asOfBasis\":\"event\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"số dịch vụ công\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Share of the ministry's administrative procedures that received online applications: `31%`, as of 2023-03-06 (mic-2023-q1).
 *
 * > tỷ lệ thủ tục hành chính có phát sinh hồ sơ trực tuyến 31%
 *
 * @category Data
 */
export const micProceduresWithOnlineApplicationsShare: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"mic-procedures-with-online-applications-share\",\"release\":\"mic-2023-q1\",\"indicator\":\"mic-procedures-with-online-applications-share\",\"name\":{\"vi\":\"Tỷ lệ thủ tục hành chính có phát sinh hồ sơ trực tuyến của Bộ\",\"en\":\"Share of the ministry's administrative procedures that received online applications\"},\"value\":31,\"published\":\"31%\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"percent\",\"period\":\"report\",\"periodType\":\"stock\",\"quote\":\"tỷ lệ thủ tục hành chính có phát sinh hồ sơ trực tuyến 31%\",\"note\":null,\"asOf\":\"2023-03-06\",\"asOfBasis\":\"event\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"tỷ lệ thủ tục hành chính có phát sinh hồ sơ trực tuyến\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Share of eligible public services available fully online: `trên 84%`, as of 2023-04-30 (vienkinhteso-2023-04, vienkinhteso.vn).
 *
 * @category Data
 */
export const fullyOnlineServicesShare20230430Vienkinhteso: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"fully-online-services-share-2023-04-30-vienkinhteso\",\"release\":\"vienkinhteso-2023-04\",\"indicator\":\"fully-online-services-share\",\"name\":{\"vi\":\"Tỷ lệ dịch vụ công trực tuyến toàn trình đủ điều kiện\",\"en\":\"Share of eligible public services available fully online\"},\"value\":84,\"published\":\"trên 84%\",\"comparator\":\"gt\",\"decimals\":0,\"scale\":1,\"unit\":\"percent\",\"period\":\"2023-04-30\",\"periodType\":\"stock\",\"quote\":null,\"note\":null,\"asOf\":\"2023-04-30\",\"asOfBasis\":\"period-end\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"trên tổng số dịch vụ công đủ điều kiện cung cấp toàn trình\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Share of online public services that received dossiers: `51,3%`, as of 2023-04-30 (vienkinhteso-2023-04, vienkinhteso.vn).
 *
 * @category Data
 */
export const onlineServicesWithDossiersShare20230430: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"online-services-with-dossiers-share-2023-04-30\",\"release\":\"vienkinhteso-2023-04\",\"indicator\":\"online-services-with-dossiers-share\",\"name\":{\"vi\":\"Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ\",\"en\":\"Share of online public services that received dossiers\"},\"value\":51.3,\"published\":\"51,3%\",\"comparator\":\"eq\",\"decimals\":1,\"scale\":1,\"unit\":\"percent\",\"period\":\"2023-04-30\",\"periodType\":\"stock\",\"quote\":null,\"note\":{\"vi\":\"Tính đến cuối tháng 4/2023, ngày in cho cả đoạn; nguồn so với mục tiêu 80% và 60% mà không nêu năm của mục tiêu.\",\"en\":\"As of the end of April 2023, the date printed for the passage; the source compares with targets of 80% and 60% without their year.\"},\"asOf\":\"2023-04-30\",\"asOfBasis\":\"context\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"dịch vụ công trực tuyến có phát sinh hồ sơ\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Share of dossiers submitted online: `54,8%`, as of 2023-04-30 (vienkinhteso-2023-04, vienkinhteso.vn).
 *
 * @category Data
 */
export const onlineDossiersShare20230430: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"online-dossiers-share-2023-04-30\",\"release\":\"vienkinhteso-2023-04\",\"indicator\":\"online-dossiers-share\",\"name\":{\"vi\":\"Tỷ lệ hồ sơ trực tuyến\",\"en\":\"Share of dossiers submitted online\"},\"value\":54.8,\"published\":\"54,8%\",\"comparator\":\"eq\",\"decimals\":1,\"scale\":1,\"unit\":\"percent\",\"period\":\"2023-04-30\",\"periodType\":\"stock\",\"quote\":null,\"note\":{\"vi\":\"Tính đến cuối tháng 4/2023, ngày in cho cả đoạn; nguồn so với mục tiêu 80% và 60% mà không nêu năm của mục tiêu.\",\"en\":\"As of the end of April 2023, the date printed for the passage; the source compares with targets of 80% and 60% without their year.\"},\"asOf\":\"2023-04-30\",\"asOfBasis\":\"context\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"hồ sơ trực tuyến\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Share of eligible public services available fully online: `77,08%`, as of 2023-03 (vneconomy-2023-05-05, vneconomy.vn).
 *
 * @category Data
 */
export const fullyOnlineServicesShare202303: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"fully-online-services-share-2023-03\",\"release\":\"vneconomy-2023-05-05\",\"indicator\":\"fully-online-services-share\",\"name\":{\"vi\":\"Tỷ lệ dịch vụ công trực tuyến toàn trình đủ điều kiện\",\"en\":\"Share of eligible public services available fully online\"},\"value\":77.08,\"published\":\"77,08%\",\"comparator\":\"eq\",\"decimals\":2,\"scale\":1,\"unit\":\"percent\",\"period\":\"2023-03\",\"periodType\":\"stock\",\"quote\":null,\"note\":{\"vi\":\"Giá trị \\\"tháng trước\\\" in kèm số liệu tháng 4/2023.\",\"en\":\"The \\\"previous month\\\" value printed beside the April 2023 figure.\"},\"asOf\":\"2023-03\",\"asOfBasis\":\"context\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"dịch vụ công trực tuyến mức độ toàn trình đủ điều kiện\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Share of eligible public services available fully online: `84,14%`, as of 2023-04 (vneconomy-2023-05-05, vneconomy.vn).
 *
 * @category Data
 */
export const fullyOnlineServicesShare202304: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"fully-online-services-share-2023-04\",\"release\":\"vneconomy-2023-05-05\",\"indicator\":\"fully-online-services-share\",\"name\":{\"vi\":\"Tỷ lệ dịch vụ công trực tuyến toàn trình đủ điều kiện\",\"en\":\"Share of eligible public services available fully online\"},\"value\":84.14,\"published\":\"84,14%\",\"comparator\":\"eq\",\"decimals\":2,\"scale\":1,\"unit\":\"percent\",\"period\":\"2023-04\",\"periodType\":\"stock\",\"quote\":null,\"note\":{\"vi\":\"Kết quả tháng 4/2023; nguồn không ghi ngày trong tháng.\",\"en\":\"The April 2023 result; the source gives no day within the month.\"},\"asOf\":\"2023-04\",\"asOfBasis\":\"event-period\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"dịch vụ công trực tuyến mức độ toàn trình đủ điều kiện\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Change in the share of fully-online services since March 2023: `7,06%`, as of 2023-04 (vneconomy-2023-05-05, vneconomy.vn).
 *
 * @category Data
 */
export const fullyOnlineServicesShareChange202304: ChangeObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"fully-online-services-share-change-2023-04\",\"release\":\"vneconomy-2023-05-05\",\"indicator\":\"fully-online-services-share\",\"name\":{\"vi\":\"Mức tăng tỷ lệ dịch vụ công trực tuyến toàn trình so với tháng 3/2023\",\"en\":\"Change in the share of fully-online services since March 2023\"},\"value\":7.06,\"published\":\"7,06%\",\"comparator\":\"eq\",\"decimals\":2,\"scale\":1,\"unit\":\"percent\",\"period\":\"2023-04\",\"periodType\":\"stock\",\"quote\":null,\"note\":{\"vi\":\"Nguồn in cả hai giá trị: 84,14 − 77,08 = 7,06, nên đây là điểm phần trăm.\",\"en\":\"The source prints both values: 84.14 − 77.08 = 7.06, so these are percentage points.\"},\"asOf\":\"2023-04\",\"asOfBasis\":\"event-period\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"dịch vụ công trực tuyến mức độ toàn trình đủ điều kiện\",\"kind\":\"change\",\"change\":{\"of\":\"fully-online-services-share-2023-04\",\"basis\":\"2023-03\",\"direction\":\"increase\",\"unit\":\"points\"}}"));

/**
 * NDXP transactions in a month: `27,247 triệu`, as of 2023-04-30 (vneconomy-2023-05-05, vneconomy.vn).
 *
 * @category Data
 */
export const ndxpTransactionsMonth20230430: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"ndxp-transactions-month-2023-04-30\",\"release\":\"vneconomy-2023-05-05\",\"indicator\":\"ndxp-transactions-month\",\"name\":{\"vi\":\"Số giao dịch qua NDXP trong tháng\",\"en\":\"NDXP transactions in a month\"},\"value\":27247000,\"published\":\"27,247 triệu\",\"comparator\":\"eq\",\"decimals\":3,\"scale\":1000000,\"unit\":\"transaction\",\"period\":\"2023-04\",\"periodType\":\"flow\",\"quote\":null,\"note\":{\"vi\":\"Cả tháng 4/2023, công bố ngày 5/5/2023.\",\"en\":\"The whole of April 2023, announced on 5 May 2023.\"},\"asOf\":\"2023-04-30\",\"asOfBasis\":\"period-end\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"trong tháng\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Share of eligible public services available fully online: `trên 84,1%`, as of 2023-04-30 (vietnamnet-2023-05, vietnamnet.vn).
 *
 * @category Data
 */
export const fullyOnlineServicesShare20230430: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"fully-online-services-share-2023-04-30\",\"release\":\"vietnamnet-2023-05\",\"indicator\":\"fully-online-services-share\",\"name\":{\"vi\":\"Tỷ lệ dịch vụ công trực tuyến toàn trình đủ điều kiện\",\"en\":\"Share of eligible public services available fully online\"},\"value\":84.1,\"published\":\"trên 84,1%\",\"comparator\":\"gt\",\"decimals\":1,\"scale\":1,\"unit\":\"percent\",\"period\":\"2023-04-30\",\"periodType\":\"stock\",\"quote\":null,\"note\":null,\"asOf\":\"2023-04-30\",\"asOfBasis\":\"period-end\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"toàn trình trên tổng số dịch vụ công đủ điều kiện\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Change in the share of fully-online services since the end of March 2023: `hơn 7%`, as of 2023-04-30 (vietnamnet-2023-05, vietnamnet.vn).
 *
 * @category Data
 */
export const fullyOnlineServicesShareChange20230430: ChangeObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"fully-online-services-share-change-2023-04-30\",\"release\":\"vietnamnet-2023-05\",\"indicator\":\"fully-online-services-share\",\"name\":{\"vi\":\"Mức tăng tỷ lệ dịch vụ công trực tuyến toàn trình so với hết tháng 3/2023\",\"en\":\"Change in the share of fully-online services since the end of March 2023\"},\"value\":7,\"published\":\"hơn 7%\",\"comparator\":\"gt\",\"decimals\":0,\"scale\":1,\"unit\":\"percent\",\"period\":\"2023-04-30\",\"periodType\":\"stock\",\"quote\":null,\"note\":{\"vi\":\"Nguồn ghi \\\"%\\\" mà không nói là điểm phần trăm hay phần trăm tương đối; so với thời điểm hết tháng 3.\",\"en\":\"The source prints \\\"%\\\" without saying whether points or a relative change; against the end of March.\"},\"asOf\":\"2023-04-30\",\"asOfBasis\":\"period-end\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"toàn trình trên tổng số dịch vụ công đủ điều kiện\",\"kind\":\"change\",\"change\":{\"of\":\"fully-online-services-share-2023-04-30\",\"basis\":\"2023-03\",\"direction\":\"increase\",\"unit\":\"ambiguous\"}}"));

/**
 * Share of eligible public services available fully online: `90,66%` (an estimate), as of 2023-06-19 (anlao-2023-06, anlao.anlao.haiphong.gov.vn).
 *
 * @category Data
 */
export const fullyOnlineServicesShare20230619: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"fully-online-services-share-2023-06-19\",\"release\":\"anlao-2023-06\",\"indicator\":\"fully-online-services-share\",\"name\":{\"vi\":\"Tỷ lệ dịch vụ công trực tuyến toàn trình đủ điều kiện\",\"en\":\"Share of eligible public services available fully online\"},\"value\":90.66,\"published\":\"90,66%\",\"comparator\":\"eq\",\"decimals\":2,\"scale\":1,\"unit\":\"percent\",\"period\":\"2023-06-19\",\"periodType\":\"stock\",\"quote\":null,\"note\":{\"vi\":\"Nguồn ghi \\\"ước đạt\\\": một ước tính.\",\"en\":\"The source says \\\"ước đạt\\\": an estimate.\"},\"asOf\":\"2023-06-19\",\"asOfBasis\":\"stated\",\"status\":\"estimate\",\"area\":null,\"sameFigureAs\":null,\"term\":\"dịch vụ công trực tuyến toàn trình đủ điều kiện\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * 2023 target: share of public services available fully online: `100%`, as of 2023-06-19 (anlao-2023-06, anlao.anlao.haiphong.gov.vn).
 *
 * @category Data
 */
export const fullyOnlineServicesShareTarget202320230619: TargetObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"fully-online-services-share-target-2023-2023-06-19\",\"release\":\"anlao-2023-06\",\"indicator\":\"fully-online-services-share\",\"name\":{\"vi\":\"Mục tiêu 2023: tỷ lệ dịch vụ công trực tuyến toàn trình\",\"en\":\"2023 target: share of public services available fully online\"},\"value\":100,\"published\":\"100%\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"percent\",\"period\":\"2023\",\"periodType\":\"stock\",\"quote\":null,\"note\":null,\"asOf\":\"2023-06-19\",\"asOfBasis\":\"context\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"dịch vụ công trực tuyến toàn trình đủ điều kiện\",\"kind\":\"target\",\"target\":{\"year\":2023,\"comparator\":\"eq\",\"progress\":\"fully-online-services-share-2023-06-19\"}}"));

/**
 * Share of fully-online services as a share of the year's plan: `90,66%` (an estimate), as of 2023-06-19 (anlao-2023-06, anlao.anlao.haiphong.gov.vn).
 *
 * @category Data
 */
export const fullyOnlineServicesShareOfTarget20230619: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"fully-online-services-share-of-target-2023-06-19\",\"release\":\"anlao-2023-06\",\"indicator\":\"fully-online-services-share-of-target\",\"name\":{\"vi\":\"Tỷ lệ dịch vụ công trực tuyến toàn trình so với kế hoạch năm\",\"en\":\"Share of fully-online services as a share of the year's plan\"},\"value\":90.66,\"published\":\"90,66%\",\"comparator\":\"eq\",\"decimals\":2,\"scale\":1,\"unit\":\"percent\",\"period\":\"2023-06-19\",\"periodType\":\"stock\",\"quote\":null,\"note\":null,\"asOf\":\"2023-06-19\",\"asOfBasis\":\"stated\",\"status\":\"estimate\",\"area\":null,\"sameFigureAs\":null,\"term\":\"kế hoạch năm 2023\",\"kind\":\"value\",\"shareOf\":\"fully-online-services-share-target-2023-2023-06-19\"}"));

/**
 * Ministries and provinces with a Decree 42 online-service list: `80/83`, as of 2023-06-19 (anlao-2023-06, anlao.anlao.haiphong.gov.vn).
 *
 * @category Data
 */
export const ministriesAndProvincesPublishedOnlineServiceList20230619: PartOfWholeObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"ministries-and-provinces-published-online-service-list-2023-06-19\",\"release\":\"anlao-2023-06\",\"indicator\":\"ministries-and-provinces-published-online-service-list\",\"name\":{\"vi\":\"Bộ và tỉnh có danh mục dịch vụ công trực tuyến theo Nghị định 42/2022\",\"en\":\"Ministries and provinces with a Decree 42 online-service list\"},\"value\":80,\"published\":\"80/83\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"ministry-or-province\",\"period\":\"2023-06-19\",\"periodType\":\"stock\",\"quote\":null,\"note\":{\"vi\":\"Nguồn không giải thích mẫu số 83.\",\"en\":\"The source does not explain the whole of 83.\"},\"asOf\":\"2023-06-19\",\"asOfBasis\":\"context\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"danh mục dịch vụ công trực tuyến toàn trình, một phần\",\"kind\":\"partOfWhole\",\"part\":80,\"whole\":83,\"population\":\"ministries-and-provinces\",\"missing\":{\"codes\":[\"01\",\"36\",\"67\"],\"published\":\"Hà Nội, Nam Định, Đắk Nông\"}}"));

/**
 * Provinces that have issued a resolution or directive on digital transformation: `63/63`, as of 2023-06-19 (anlao-2023-06, anlao.anlao.haiphong.gov.vn).
 *
 * @category Data
 */
export const provincesDxResolutionOrDirective20230619: PartOfWholeObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"provinces-dx-resolution-or-directive-2023-06-19\",\"release\":\"anlao-2023-06\",\"indicator\":\"provinces-dx-resolution-or-directive\",\"name\":{\"vi\":\"Địa phương đã ban hành nghị quyết, chỉ thị về chuyển đổi số\",\"en\":\"Provinces that have issued a resolution or directive on digital transformation\"},\"value\":63,\"published\":\"63/63\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"province\",\"period\":\"2023-06-19\",\"periodType\":\"stock\",\"quote\":null,\"note\":{\"vi\":\"Một con số 63/63 của nguồn nói cả ba việc: nghị quyết, chỉ thị; kế hoạch/đề án; Ban Chỉ đạo.\",\"en\":\"One printed 63/63 states all three: resolutions or directives; plans or schemes; steering committees.\"},\"asOf\":\"2023-06-19\",\"asOfBasis\":\"context\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"Nghị quyết, Chỉ thị về chuyển đổi số\",\"kind\":\"partOfWhole\",\"part\":63,\"whole\":63,\"population\":\"provinces-2023\",\"missing\":null}"));

/**
 * Provinces that have issued a digital-transformation plan or scheme: `63/63`, as of 2023-06-19 (anlao-2023-06, anlao.anlao.haiphong.gov.vn).
 *
 * @category Data
 */
export const provincesDxPlan20230619: PartOfWholeObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"provinces-dx-plan-2023-06-19\",\"release\":\"anlao-2023-06\",\"indicator\":\"provinces-dx-plan\",\"name\":{\"vi\":\"Địa phương đã ban hành kế hoạch/đề án chuyển đổi số\",\"en\":\"Provinces that have issued a digital-transformation plan or scheme\"},\"value\":63,\"published\":\"63/63\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"province\",\"period\":\"2023-06-19\",\"periodType\":\"stock\",\"quote\":null,\"note\":{\"vi\":\"Một con số 63/63 của nguồn nói cả ba việc: nghị quyết, chỉ thị; kế hoạch/đề án; Ban Chỉ đạo.\",\"en\":\"One printed 63/63 states all three: resolutions or directives; plans or schemes; steering committees.\"},\"asOf\":\"2023-06-19\",\"asOfBasis\":\"context\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"kế hoạch/đề án về chuyển đổi số\",\"kind\":\"partOfWhole\",\"part\":63,\"whole\":63,\"population\":\"provinces-2023\",\"missing\":null}"));

/**
 * Provinces that have set up or consolidated a digital-transformation steering committee: `63/63`, as of 2023-06-19 (anlao-2023-06, anlao.anlao.haiphong.gov.vn).
 *
 * @category Data
 */
export const provincesDxSteeringCommittee20230619: PartOfWholeObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"provinces-dx-steering-committee-2023-06-19\",\"release\":\"anlao-2023-06\",\"indicator\":\"provinces-dx-steering-committee\",\"name\":{\"vi\":\"Tỉnh/thành phố đã kiện toàn, thành lập Ban Chỉ đạo về chuyển đổi số\",\"en\":\"Provinces that have set up or consolidated a digital-transformation steering committee\"},\"value\":63,\"published\":\"63/63\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"province\",\"period\":\"2023-06-19\",\"periodType\":\"stock\",\"quote\":null,\"note\":{\"vi\":\"Một con số 63/63 của nguồn nói cả ba việc: nghị quyết, chỉ thị; kế hoạch/đề án; Ban Chỉ đạo.\",\"en\":\"One printed 63/63 states all three: resolutions or directives; plans or schemes; steering committees.\"},\"asOf\":\"2023-06-19\",\"asOfBasis\":\"context\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"kiện toàn, thành lập Ban Chỉ đạo về chuyển đổi số\",\"kind\":\"partOfWhole\",\"part\":63,\"whole\":63,\"population\":\"provinces-2023\",\"missing\":null}"));

/**
 * Digital economy share of GDP, 2021 (the ministry's estimate): `11,91%` (an estimate), as of 2021 (vnmedia-2023-06, vnmedia.vn).
 *
 * @category Data
 */
export const digitalEconomyShareMinistryEstimate2021: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"digital-economy-share-ministry-estimate-2021\",\"release\":\"vnmedia-2023-06\",\"indicator\":\"digital-economy-share-ministry-estimate\",\"name\":{\"vi\":\"Tỷ trọng kinh tế số trong GDP năm 2021 (ước tính của Bộ)\",\"en\":\"Digital economy share of GDP, 2021 (the ministry's estimate)\"},\"value\":11.91,\"published\":\"11,91%\",\"comparator\":\"eq\",\"decimals\":2,\"scale\":1,\"unit\":\"percent\",\"period\":\"2021\",\"periodType\":\"flow\",\"quote\":null,\"note\":null,\"asOf\":\"2021\",\"asOfBasis\":\"stated\",\"status\":\"estimate\",\"area\":null,\"sameFigureAs\":null,\"term\":\"tỷ lệ đóng góp của kinh tế số trong GDP\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Digital economy share of GDP, 2022 (the ministry's estimate): `14,26%` (an estimate), as of 2022 (vnmedia-2023-06, vnmedia.vn).
 *
 * @category Data
 */
export const digitalEconomyShareMinistryEstimate2022: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"digital-economy-share-ministry-estimate-2022\",\"release\":\"vnmedia-2023-06\",\"indicator\":\"digital-economy-share-ministry-estimate\",\"name\":{\"vi\":\"Tỷ trọng kinh tế số trong GDP năm 2022 (ước tính của Bộ)\",\"en\":\"Digital economy share of GDP, 2022 (the ministry's estimate)\"},\"value\":14.26,\"published\":\"14,26%\",\"comparator\":\"eq\",\"decimals\":2,\"scale\":1,\"unit\":\"percent\",\"period\":\"2022\",\"periodType\":\"flow\",\"quote\":null,\"note\":{\"vi\":\"Bộ gọi là số tạm ước tính theo doanh thu, sẽ điều chỉnh khi Tổng cục Thống kê công bố.\",\"en\":\"The ministry calls it a provisional revenue-based estimate, to be adjusted once the statistics office publishes.\"},\"asOf\":\"2022\",\"asOfBasis\":\"stated\",\"status\":\"estimate\",\"area\":null,\"sameFigureAs\":null,\"term\":\"tỷ lệ đóng góp của kinh tế số trong GDP\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * 2023 target: digital economy share of GDP: `15,5%`, as of 2023 (vnmedia-2023-06, vnmedia.vn).
 *
 * @category Data
 */
export const digitalEconomyShareMinistryEstimateTarget2023: TargetObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"digital-economy-share-ministry-estimate-target-2023\",\"release\":\"vnmedia-2023-06\",\"indicator\":\"digital-economy-share-ministry-estimate\",\"name\":{\"vi\":\"Mục tiêu năm 2023: tỷ trọng kinh tế số trong GDP\",\"en\":\"2023 target: digital economy share of GDP\"},\"value\":15.5,\"published\":\"15,5%\",\"comparator\":\"eq\",\"decimals\":1,\"scale\":1,\"unit\":\"percent\",\"period\":\"2023\",\"periodType\":\"flow\",\"quote\":null,\"note\":{\"vi\":\"Mục tiêu trong kế hoạch hành động năm 2023 của Bộ; trang không ghi ngày ban hành kế hoạch.\",\"en\":\"A target of the ministry's 2023 action plan; the page does not date the plan.\"},\"asOf\":\"2023\",\"asOfBasis\":\"context\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"tỷ trọng kinh tế số trong GDP\",\"kind\":\"target\",\"target\":{\"year\":2023,\"comparator\":\"eq\",\"progress\":\"digital-economy-share-ministry-estimate-2023\"}}"));

/**
 * 2024 target: digital economy share of GDP: `17,5%`, as of 2023 (vnmedia-2023-06, vnmedia.vn).
 *
 * @category Data
 */
export const digitalEconomyShareMinistryEstimateTarget2024: TargetObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"digital-economy-share-ministry-estimate-target-2024\",\"release\":\"vnmedia-2023-06\",\"indicator\":\"digital-economy-share-ministry-estimate\",\"name\":{\"vi\":\"Mục tiêu năm 2024: tỷ trọng kinh tế số trong GDP\",\"en\":\"2024 target: digital economy share of GDP\"},\"value\":17.5,\"published\":\"17,5%\",\"comparator\":\"eq\",\"decimals\":1,\"scale\":1,\"unit\":\"percent\",\"period\":\"2024\",\"periodType\":\"flow\",\"quote\":null,\"note\":{\"vi\":\"Mục tiêu trong kế hoạch hành động năm 2023 của Bộ; trang không ghi ngày ban hành kế hoạch.\",\"en\":\"A target of the ministry's 2023 action plan; the page does not date the plan.\"},\"asOf\":\"2023\",\"asOfBasis\":\"context\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"tỷ trọng kinh tế số trong GDP\",\"kind\":\"target\",\"target\":{\"year\":2024,\"comparator\":\"eq\",\"progress\":\"digital-economy-share-ministry-estimate-2024\"}}"));

/**
 * Provincial DTI: Trà Vinh: `0,6077`, as of 2022 (travinh-2023-07, travinh.gov.vn).
 *
 * @category Data
 */
export const dtiProvince202284: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"dti-province-2022-84\",\"release\":\"travinh-2023-07\",\"indicator\":\"dti-province\",\"name\":{\"vi\":\"Chỉ số chuyển đổi số cấp tỉnh: Trà Vinh\",\"en\":\"Provincial DTI: Trà Vinh\"},\"value\":0.6077,\"published\":\"0,6077\",\"comparator\":\"eq\",\"decimals\":4,\"scale\":1,\"unit\":\"index\",\"period\":\"2022\",\"periodType\":\"stock\",\"quote\":null,\"note\":null,\"asOf\":\"2022\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":{\"units\":\"provinces-2023\",\"code\":\"84\"},\"sameFigureAs\":null,\"term\":\"Chỉ số chuyển đổi số (DTI) cấp tỉnh\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Provinces that have set up community digital technology teams: `63/63`, as of 2023-08-22 (cafef-2023-08, cafef.vn).
 *
 * @category Data
 */
export const provincesCommunityTechTeams20230822: PartOfWholeObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"provinces-community-tech-teams-2023-08-22\",\"release\":\"cafef-2023-08\",\"indicator\":\"provinces-community-tech-teams\",\"name\":{\"vi\":\"Tỉnh/thành phố đã thành lập Tổ Công nghệ số cộng đồng\",\"en\":\"Provinces that have set up community digital technology teams\"},\"value\":63,\"published\":\"63/63\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"province\",\"period\":\"2023-08-22\",\"periodType\":\"stock\",\"quote\":null,\"note\":null,\"asOf\":\"2023-08-22\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"đã thành lập\",\"kind\":\"partOfWhole\",\"part\":63,\"whole\":63,\"population\":\"provinces-2023\",\"missing\":null}"));

/**
 * Community digital technology teams: `74.818`, as of 2023-08-22 (cafef-2023-08, cafef.vn).
 *
 * @category Data
 */
export const communityTechTeams20230822: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"community-tech-teams-2023-08-22\",\"release\":\"cafef-2023-08\",\"indicator\":\"community-tech-teams\",\"name\":{\"vi\":\"Số Tổ Công nghệ số cộng đồng\",\"en\":\"Community digital technology teams\"},\"value\":74818,\"published\":\"74.818\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"team\",\"period\":\"2023-08-22\",\"periodType\":\"stock\",\"quote\":null,\"note\":null,\"asOf\":\"2023-08-22\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"Tổ CNSCĐ\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Members of community digital technology teams: `351.159`, as of 2023-08-22 (cafef-2023-08, cafef.vn).
 *
 * @category Data
 */
export const communityTechTeamMembers20230822: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"community-tech-team-members-2023-08-22\",\"release\":\"cafef-2023-08\",\"indicator\":\"community-tech-team-members\",\"name\":{\"vi\":\"Số thành viên Tổ Công nghệ số cộng đồng\",\"en\":\"Members of community digital technology teams\"},\"value\":351159,\"published\":\"351.159\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"person\",\"period\":\"2023-08-22\",\"periodType\":\"stock\",\"quote\":null,\"note\":null,\"asOf\":\"2023-08-22\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"thành viên tham gia\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Provinces with community digital technology teams in every commune: `52/63`, as of 2023-08-22 (cafef-2023-08, cafef.vn).
 *
 * @category Data
 */
export const provincesCommunityTechTeamsAllCommunes20230822: PartOfWholeObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"provinces-community-tech-teams-all-communes-2023-08-22\",\"release\":\"cafef-2023-08\",\"indicator\":\"provinces-community-tech-teams-all-communes\",\"name\":{\"vi\":\"Tỉnh/thành phố hoàn thành 100% Tổ Công nghệ số cộng đồng đến cấp xã\",\"en\":\"Provinces with community digital technology teams in every commune\"},\"value\":52,\"published\":\"52/63\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"province\",\"period\":\"2023-08-22\",\"periodType\":\"stock\",\"quote\":null,\"note\":null,\"asOf\":\"2023-08-22\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"hoàn thành 100% đến cấp xã\",\"kind\":\"partOfWhole\",\"part\":52,\"whole\":63,\"population\":\"provinces-2023\",\"missing\":null}"));

/**
 * Visits to the open online learning platform: `18,053 triệu`, as of 2023-08-22 (cafef-2023-08, cafef.vn).
 *
 * @category Data
 */
export const onetouchVisits20230822: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"onetouch-visits-2023-08-22\",\"release\":\"cafef-2023-08\",\"indicator\":\"onetouch-visits\",\"name\":{\"vi\":\"Lượt truy cập nền tảng học trực tuyến mở đại trà\",\"en\":\"Visits to the open online learning platform\"},\"value\":18053000,\"published\":\"18,053 triệu\",\"comparator\":\"eq\",\"decimals\":3,\"scale\":1000000,\"unit\":\"visit\",\"period\":\"2023-08-22\",\"periodType\":\"stock\",\"quote\":null,\"note\":null,\"asOf\":\"2023-08-22\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"lượt truy cập\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Ministries that have issued e-government architecture 2.0: `22/22`, as of 2023-08-28 (cafef-2023-08, cafef.vn).
 *
 * @category Data
 */
export const ministriesEgovArchitecture220230828: PartOfWholeObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"ministries-egov-architecture-2-2023-08-28\",\"release\":\"cafef-2023-08\",\"indicator\":\"ministries-egov-architecture-2\",\"name\":{\"vi\":\"Bộ ngành đã ban hành kiến trúc chính quyền điện tử 2.0\",\"en\":\"Ministries that have issued e-government architecture 2.0\"},\"value\":22,\"published\":\"22/22\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"ministry\",\"period\":\"report\",\"periodType\":\"stock\",\"quote\":null,\"note\":{\"vi\":\"Nguồn không ghi ngày cho số liệu này; ngày là của hội nghị giao ban (28/8/2023), theo một trang khác.\",\"en\":\"The source gives no date for this figure; the date is the briefing's (28 August 2023), read on another page.\"},\"asOf\":\"2023-08-28\",\"asOfBasis\":\"event\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"ban hành kiến trúc CQĐT 2.0\",\"kind\":\"partOfWhole\",\"part\":22,\"whole\":22,\"population\":\"ministries\",\"missing\":null}"));

/**
 * Provinces that have built or updated e-government architecture 2.0: `63/63`, as of 2023-08-28 (cafef-2023-08, cafef.vn).
 *
 * @category Data
 */
export const provincesEgovArchitecture220230828: PartOfWholeObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"provinces-egov-architecture-2-2023-08-28\",\"release\":\"cafef-2023-08\",\"indicator\":\"provinces-egov-architecture-2\",\"name\":{\"vi\":\"Tỉnh/thành phố xây dựng, cập nhật kiến trúc 2.0\",\"en\":\"Provinces that have built or updated e-government architecture 2.0\"},\"value\":63,\"published\":\"63/63\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"province\",\"period\":\"report\",\"periodType\":\"stock\",\"quote\":null,\"note\":{\"vi\":\"Nguồn không ghi ngày cho số liệu này; ngày là của hội nghị giao ban (28/8/2023), theo một trang khác.\",\"en\":\"The source gives no date for this figure; the date is the briefing's (28 August 2023), read on another page.\"},\"asOf\":\"2023-08-28\",\"asOfBasis\":\"event\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"xây dựng, cập nhật Kiến trúc 2.0\",\"kind\":\"partOfWhole\",\"part\":63,\"whole\":63,\"population\":\"provinces-2023\",\"missing\":null}"));

/**
 * Ministries that have issued a resolution or programme on digital transformation: `4/22`, as of 2023-08-28 (cafef-2023-08, cafef.vn).
 *
 * @category Data
 */
export const ministriesDxResolution20230828: PartOfWholeObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"ministries-dx-resolution-2023-08-28\",\"release\":\"cafef-2023-08\",\"indicator\":\"ministries-dx-resolution\",\"name\":{\"vi\":\"Bộ ngành đã ban hành nghị quyết, chương trình về chuyển đổi số\",\"en\":\"Ministries that have issued a resolution or programme on digital transformation\"},\"value\":4,\"published\":\"4/22\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"ministry\",\"period\":\"report\",\"periodType\":\"stock\",\"quote\":null,\"note\":{\"vi\":\"Nguồn không ghi ngày cho số liệu này; ngày là của hội nghị giao ban (28/8/2023), theo một trang khác.\",\"en\":\"The source gives no date for this figure; the date is the briefing's (28 August 2023), read on another page.\"},\"asOf\":\"2023-08-28\",\"asOfBasis\":\"event\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"NQ, CT về CĐS\",\"kind\":\"partOfWhole\",\"part\":4,\"whole\":22,\"population\":\"ministries\",\"missing\":null}"));

/**
 * Provinces that have issued a resolution or programme on digital transformation: `63/63`, as of 2023-08-28 (cafef-2023-08, cafef.vn).
 *
 * @category Data
 */
export const provincesDxResolution20230828: PartOfWholeObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"provinces-dx-resolution-2023-08-28\",\"release\":\"cafef-2023-08\",\"indicator\":\"provinces-dx-resolution\",\"name\":{\"vi\":\"Địa phương đã ban hành nghị quyết, chương trình về chuyển đổi số\",\"en\":\"Provinces that have issued a resolution or programme on digital transformation\"},\"value\":63,\"published\":\"63/63\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"province\",\"period\":\"report\",\"periodType\":\"stock\",\"quote\":null,\"note\":{\"vi\":\"Nguồn không ghi ngày cho số liệu này; ngày là của hội nghị giao ban (28/8/2023), theo một trang khác.\",\"en\":\"The source gives no date for this figure; the date is the briefing's (28 August 2023), read on another page.\"},\"asOf\":\"2023-08-28\",\"asOfBasis\":\"event\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"NQ, CT về CĐS\",\"kind\":\"partOfWhole\",\"part\":63,\"whole\":63,\"population\":\"provinces-2023\",\"missing\":null}"));

/**
 * Share of ministries and localities that have set up or consolidated a digital-transformation steering committee: `100%`, as of 2023-08-28 (cafef-2023-08, cafef.vn).
 *
 * @category Data
 */
export const dxSteeringCommitteeShare20230828: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"dx-steering-committee-share-2023-08-28\",\"release\":\"cafef-2023-08\",\"indicator\":\"dx-steering-committee-share\",\"name\":{\"vi\":\"Tỷ lệ bộ ngành và địa phương đã kiện toàn, thành lập Ban Chỉ đạo về chuyển đổi số\",\"en\":\"Share of ministries and localities that have set up or consolidated a digital-transformation steering committee\"},\"value\":100,\"published\":\"100%\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"percent\",\"period\":\"report\",\"periodType\":\"stock\",\"quote\":null,\"note\":{\"vi\":\"Nguồn không ghi ngày cho số liệu này; ngày là của hội nghị giao ban (28/8/2023), theo một trang khác.\",\"en\":\"The source gives no date for this figure; the date is the briefing's (28 August 2023), read on another page.\"},\"asOf\":\"2023-08-28\",\"asOfBasis\":\"event\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"kiện toàn, thành lập Ban Chỉ đạo về chuyển đổi số\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Share of ministries and localities that have issued a digital-transformation plan or scheme: `100%`, as of 2023-08-28 (cafef-2023-08, cafef.vn).
 *
 * @category Data
 */
export const dxPlanShare20230828: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"dx-plan-share-2023-08-28\",\"release\":\"cafef-2023-08\",\"indicator\":\"dx-plan-share\",\"name\":{\"vi\":\"Tỷ lệ bộ ngành và địa phương đã ban hành kế hoạch/đề án về chuyển đổi số\",\"en\":\"Share of ministries and localities that have issued a digital-transformation plan or scheme\"},\"value\":100,\"published\":\"100%\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"percent\",\"period\":\"report\",\"periodType\":\"stock\",\"quote\":null,\"note\":{\"vi\":\"Nguồn không ghi ngày cho số liệu này; ngày là của hội nghị giao ban (28/8/2023), theo một trang khác.\",\"en\":\"The source gives no date for this figure; the date is the briefing's (28 August 2023), read on another page.\"},\"asOf\":\"2023-08-28\",\"asOfBasis\":\"event\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"ban hành Kế hoạch/Đề án về chuyển đổi số\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Ministries that have issued a digital-transformation plan or scheme: `22/22`, as of 2023-08-28 (cafef-2023-08, cafef.vn).
 *
 * @category Data
 */
export const ministriesDxPlan20230828: PartOfWholeObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"ministries-dx-plan-2023-08-28\",\"release\":\"cafef-2023-08\",\"indicator\":\"ministries-dx-plan\",\"name\":{\"vi\":\"Bộ ngành đã ban hành kế hoạch/đề án về chuyển đổi số\",\"en\":\"Ministries that have issued a digital-transformation plan or scheme\"},\"value\":22,\"published\":\"22/22\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"ministry\",\"period\":\"report\",\"periodType\":\"stock\",\"quote\":null,\"note\":{\"vi\":\"Nguồn không ghi ngày cho số liệu này; ngày là của hội nghị giao ban (28/8/2023), theo một trang khác.\",\"en\":\"The source gives no date for this figure; the date is the briefing's (28 August 2023), read on another page.\"},\"asOf\":\"2023-08-28\",\"asOfBasis\":\"event\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"Kế hoạch/Đề án về chuyển đổi số\",\"kind\":\"partOfWhole\",\"part\":22,\"whole\":22,\"population\":\"ministries\",\"missing\":null}"));

/**
 * Provinces that have issued a digital-transformation plan or scheme: `63/63`, as of 2023-08-28 (cafef-2023-08, cafef.vn).
 *
 * @category Data
 */
export const provincesDxPlan20230828: PartOfWholeObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"provinces-dx-plan-2023-08-28\",\"release\":\"cafef-2023-08\",\"indicator\":\"provinces-dx-plan\",\"name\":{\"vi\":\"Địa phương đã ban hành kế hoạch/đề án chuyển đổi số\",\"en\":\"Provinces that have issued a digital-transformation plan or scheme\"},\"value\":63,\"published\":\"63/63\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"province\",\"period\":\"report\",\"periodType\":\"stock\",\"quote\":null,\"note\":{\"vi\":\"Nguồn không ghi ngày cho số liệu này; ngày là của hội nghị giao ban (28/8/2023), theo một trang khác.\",\"en\":\"The source gives no date for this figure; the date is the briefing's (28 August 2023), read on another page.\"},\"asOf\":\"2023-08-28\",\"asOfBasis\":\"event\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"Kế hoạch/Đề án về chuyển đổi số\",\"kind\":\"partOfWhole\",\"part\":63,\"whole\":63,\"population\":\"provinces-2023\",\"missing\":null}"));

/**
 * Provinces that have set up community digital technology teams: `63/63`, as of 2023-09-04 (cafef-2023-09, cafef.vn).
 *
 * @category Data
 */
export const provincesCommunityTechTeams20230904: PartOfWholeObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"provinces-community-tech-teams-2023-09-04\",\"release\":\"cafef-2023-09\",\"indicator\":\"provinces-community-tech-teams\",\"name\":{\"vi\":\"Tỉnh/thành phố đã thành lập Tổ Công nghệ số cộng đồng\",\"en\":\"Provinces that have set up community digital technology teams\"},\"value\":63,\"published\":\"63/63\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"province\",\"period\":\"2023-09-04\",\"periodType\":\"stock\",\"quote\":null,\"note\":null,\"asOf\":\"2023-09-04\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"đã thành lập\",\"kind\":\"partOfWhole\",\"part\":63,\"whole\":63,\"population\":\"provinces-2023\",\"missing\":null}"));

/**
 * Community digital technology teams: `76.905`, as of 2023-09-04 (cafef-2023-09, cafef.vn).
 *
 * @category Data
 */
export const communityTechTeams20230904: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"community-tech-teams-2023-09-04\",\"release\":\"cafef-2023-09\",\"indicator\":\"community-tech-teams\",\"name\":{\"vi\":\"Số Tổ Công nghệ số cộng đồng\",\"en\":\"Community digital technology teams\"},\"value\":76905,\"published\":\"76.905\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"team\",\"period\":\"2023-09-04\",\"periodType\":\"stock\",\"quote\":null,\"note\":null,\"asOf\":\"2023-09-04\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"Tổ CNSCĐ\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Members of community digital technology teams: `356.914`, as of 2023-09-04 (cafef-2023-09, cafef.vn).
 *
 * @category Data
 */
export const communityTechTeamMembers20230904: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"community-tech-team-members-2023-09-04\",\"release\":\"cafef-2023-09\",\"indicator\":\"community-tech-team-members\",\"name\":{\"vi\":\"Số thành viên Tổ Công nghệ số cộng đồng\",\"en\":\"Members of community digital technology teams\"},\"value\":356914,\"published\":\"356.914\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"person\",\"period\":\"2023-09-04\",\"periodType\":\"stock\",\"quote\":null,\"note\":null,\"asOf\":\"2023-09-04\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"thành viên tham gia\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Provinces with community digital technology teams in every commune: `53/63`, as of 2023-09-04 (cafef-2023-09, cafef.vn).
 *
 * @category Data
 */
export const provincesCommunityTechTeamsAllCommunes20230904: PartOfWholeObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"provinces-community-tech-teams-all-communes-2023-09-04\",\"release\":\"cafef-2023-09\",\"indicator\":\"provinces-community-tech-teams-all-communes\",\"name\":{\"vi\":\"Tỉnh/thành phố hoàn thành 100% Tổ Công nghệ số cộng đồng đến cấp xã\",\"en\":\"Provinces with community digital technology teams in every commune\"},\"value\":53,\"published\":\"53/63\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"province\",\"period\":\"2023-09-04\",\"periodType\":\"stock\",\"quote\":null,\"note\":null,\"asOf\":\"2023-09-04\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"hoàn thành 100% đến cấp xã\",\"kind\":\"partOfWhole\",\"part\":53,\"whole\":63,\"population\":\"provinces-2023\",\"missing\":null}"));

/**
 * Visits to the open online learning platform: `18,053 triệu`, as of 2023-09-04 (cafef-2023-09, cafef.vn).
 *
 * @category Data
 */
export const onetouchVisits20230904: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"onetouch-visits-2023-09-04\",\"release\":\"cafef-2023-09\",\"indicator\":\"onetouch-visits\",\"name\":{\"vi\":\"Lượt truy cập nền tảng học trực tuyến mở đại trà\",\"en\":\"Visits to the open online learning platform\"},\"value\":18053000,\"published\":\"18,053 triệu\",\"comparator\":\"eq\",\"decimals\":3,\"scale\":1000000,\"unit\":\"visit\",\"period\":\"2023-09-04\",\"periodType\":\"stock\",\"quote\":null,\"note\":null,\"asOf\":\"2023-09-04\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"lượt truy cập\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Digital economy value added as a share of GDP, 2022 (trial computation): `12,86%` (provisional), as of 2022 (tapchibaohiemxahoi-2023-09-14, tapchibaohiemxahoi.gov.vn).
 *
 * @category Data
 */
export const digitalEconomyValueAddedShareTrial2022: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"digital-economy-value-added-share-trial-2022\",\"release\":\"tapchibaohiemxahoi-2023-09-14\",\"indicator\":\"digital-economy-value-added-share-trial\",\"name\":{\"vi\":\"Tỷ trọng giá trị tăng thêm kinh tế số trong GDP năm 2022 (tính thử nghiệm)\",\"en\":\"Digital economy value added as a share of GDP, 2022 (trial computation)\"},\"value\":12.86,\"published\":\"12,86%\",\"comparator\":\"eq\",\"decimals\":2,\"scale\":1,\"unit\":\"percent\",\"period\":\"2022\",\"periodType\":\"flow\",\"quote\":null,\"note\":{\"vi\":\"Nguồn gọi là kết quả tính thử nghiệm sơ bộ, cùng bình quân giai đoạn 2019–2022.\",\"en\":\"Called a provisional trial computation, printed with a 2019–2022 average.\"},\"asOf\":\"2022\",\"asOfBasis\":\"stated\",\"status\":\"provisional\",\"area\":null,\"sameFigureAs\":null,\"term\":\"tỷ trọng giá trị tăng thêm kinh tế số trong GDP\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Provinces that have set up community digital technology teams: `63/63`, as of 2023-09 (giaoduc-2023-09-20, giaoduc.edu.vn).
 *
 * @category Data
 */
export const provincesCommunityTechTeams202309: PartOfWholeObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"provinces-community-tech-teams-2023-09\",\"release\":\"giaoduc-2023-09-20\",\"indicator\":\"provinces-community-tech-teams\",\"name\":{\"vi\":\"Tỉnh/thành phố đã thành lập Tổ Công nghệ số cộng đồng\",\"en\":\"Provinces that have set up community digital technology teams\"},\"value\":63,\"published\":\"63/63\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"province\",\"period\":\"2023-09\",\"periodType\":\"stock\",\"quote\":null,\"note\":{\"vi\":\"Nguồn ghi \\\"tính đến tháng 9\\\", không có ngày.\",\"en\":\"The source says \\\"as of September\\\", with no day.\"},\"asOf\":\"2023-09\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":\"provinces-community-tech-teams-2023-09-04\",\"term\":\"đã thành lập\",\"kind\":\"partOfWhole\",\"part\":63,\"whole\":63,\"population\":\"provinces-2023\",\"missing\":null}"));

/**
 * Community digital technology teams: `76.905`, as of 2023-09 (giaoduc-2023-09-20, giaoduc.edu.vn).
 *
 * @category Data
 */
export const communityTechTeams202309: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"community-tech-teams-2023-09\",\"release\":\"giaoduc-2023-09-20\",\"indicator\":\"community-tech-teams\",\"name\":{\"vi\":\"Số Tổ Công nghệ số cộng đồng\",\"en\":\"Community digital technology teams\"},\"value\":76905,\"published\":\"76.905\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"team\",\"period\":\"2023-09\",\"periodType\":\"stock\",\"quote\":null,\"note\":{\"vi\":\"Nguồn ghi \\\"tính đến tháng 9\\\", không có ngày.\",\"en\":\"The source says \\\"as of September\\\", with no day.\"},\"asOf\":\"2023-09\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":\"community-tech-teams-2023-09-04\",\"term\":\"tổ công nghệ số cộng đồng\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Provinces with community digital technology teams in every commune: `53/63`, as of 2023-09 (giaoduc-2023-09-20, giaoduc.edu.vn).
 *
 * @category Data
 */
export const provincesCommunityTechTeamsAllCommunes202309: PartOfWholeObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"provinces-community-tech-teams-all-communes-2023-09\",\"release\":\"giaoduc-2023-09-20\",\"indicator\":\"provinces-community-tech-teams-all-communes\",\"name\":{\"vi\":\"Tỉnh/thành phố hoàn thành 100% Tổ Công nghệ số cộng đồng đến cấp xã\",\"en\":\"Provinces with community digital technology teams in every commune\"},\"value\":53,\"published\":\"53/63\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"province\",\"period\":\"2023-09\",\"periodType\":\"stock\",\"quote\":null,\"note\":{\"vi\":\"Nguồn ghi \\\"tính đến tháng 9\\\", không có ngày.\",\"en\":\"The source says \\\"as of September\\\", with no day.\"},\"asOf\":\"2023-09\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":\"provinces-community-tech-teams-all-communes-2023-09-04\",\"term\":\"hoàn thành 100% đến cấp xã\",\"kind\":\"partOfWhole\",\"part\":53,\"whole\":63,\"population\":\"provinces-2023\",\"missing\":null}"));

/**
 * Share of ministries and localities that have set up or consolidated a digital-transformation steering committee: `100%`, as of 2023-09 (giaoduc-2023-09-20, giaoduc.edu.vn).
 *
 * @category Data
 */
export const dxSteeringCommitteeShare202309: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"dx-steering-committee-share-2023-09\",\"release\":\"giaoduc-2023-09-20\",\"indicator\":\"dx-steering-committee-share\",\"name\":{\"vi\":\"Tỷ lệ bộ ngành và địa phương đã kiện toàn, thành lập Ban Chỉ đạo về chuyển đổi số\",\"en\":\"Share of ministries and localities that have set up or consolidated a digital-transformation steering committee\"},\"value\":100,\"published\":\"100%\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"percent\",\"period\":\"2023-09\",\"periodType\":\"stock\",\"quote\":null,\"note\":{\"vi\":\"Một con số 100% của nguồn nói cả Ban Chỉ đạo và kế hoạch/đề án, như báo cáo quý 1/2023.\",\"en\":\"One printed 100% states both the steering committees and the plans, as in the Q1/2023 report.\"},\"asOf\":\"2023-09\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"kiện toàn, thành lập Ban Chỉ đạo về chuyển đổi số\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Share of ministries and localities that have issued a digital-transformation plan or scheme: `100%`, as of 2023-09 (giaoduc-2023-09-20, giaoduc.edu.vn).
 *
 * @category Data
 */
export const dxPlanShare202309: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"dx-plan-share-2023-09\",\"release\":\"giaoduc-2023-09-20\",\"indicator\":\"dx-plan-share\",\"name\":{\"vi\":\"Tỷ lệ bộ ngành và địa phương đã ban hành kế hoạch/đề án về chuyển đổi số\",\"en\":\"Share of ministries and localities that have issued a digital-transformation plan or scheme\"},\"value\":100,\"published\":\"100%\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"percent\",\"period\":\"2023-09\",\"periodType\":\"stock\",\"quote\":null,\"note\":{\"vi\":\"Một con số 100% của nguồn nói cả Ban Chỉ đạo và kế hoạch/đề án, như báo cáo quý 1/2023.\",\"en\":\"One printed 100% states both the steering committees and the plans, as in the Q1/2023 report.\"},\"asOf\":\"2023-09\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"ban hành kế hoạch/đề án về chuyển đổi số\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Digital economy value added as a share of GDP, 2022 (trial computation): `12,67%`, as of 2022 (vietnamnet-2023-12-04, vietnamnet.vn).
 *
 * @category Data
 */
export const digitalEconomyValueAddedShareTrial2022Vietnamnet: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"digital-economy-value-added-share-trial-2022-vietnamnet\",\"release\":\"vietnamnet-2023-12-04\",\"indicator\":\"digital-economy-value-added-share-trial\",\"name\":{\"vi\":\"Tỷ trọng giá trị tăng thêm kinh tế số trong GDP năm 2022 (tính thử nghiệm)\",\"en\":\"Digital economy value added as a share of GDP, 2022 (trial computation)\"},\"value\":12.67,\"published\":\"12,67%\",\"comparator\":\"eq\",\"decimals\":2,\"scale\":1,\"unit\":\"percent\",\"period\":\"2022\",\"periodType\":\"flow\",\"quote\":null,\"note\":{\"vi\":\"Số trình bày tại hội thảo về phương pháp, cùng bình quân 2020–2022; một trang thuật lại khác gọi là kết quả tính toán thử nghiệm.\",\"en\":\"Shown at the method workshop with a 2020–2022 average; another relay calls it a trial computation.\"},\"asOf\":\"2022\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"tỷ trọng giá trị tăng thêm kinh tế số trong GDP\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * National Digital Transformation Index (DTI): `0,75` (forecast), as of 2023 (baogialai-2023-12, baogialai.com.vn).
 *
 * @category Data
 */
export const dtiNational2023: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"dti-national-2023\",\"release\":\"baogialai-2023-12\",\"indicator\":\"dti-national\",\"name\":{\"vi\":\"Chỉ số chuyển đổi số quốc gia (DTI quốc gia)\",\"en\":\"National Digital Transformation Index (DTI)\"},\"value\":0.75,\"published\":\"0,75\",\"comparator\":\"eq\",\"decimals\":2,\"scale\":1,\"unit\":\"index\",\"period\":\"2023\",\"periodType\":\"stock\",\"quote\":null,\"note\":{\"vi\":\"Trang ghi là dự báo (\\\"dự báo đạt\\\"), trong đoạn về kết quả năm 2023.\",\"en\":\"The page calls it a forecast (\\\"dự báo đạt\\\"), in its passage on 2023.\"},\"asOf\":\"2023\",\"asOfBasis\":\"context\",\"status\":\"forecast\",\"area\":null,\"sameFigureAs\":null,\"term\":\"Chỉ số chuyển đổi số quốc gia\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Digital economy value added as a share of GDP, 2020: `12,66%`, as of 2020 (congthuong-2023-12-29, congthuong.vn).
 *
 * @category Data
 */
export const digitalEconomyValueAddedShare2020Congthuong: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"digital-economy-value-added-share-2020-congthuong\",\"release\":\"congthuong-2023-12-29\",\"indicator\":\"digital-economy-value-added-share\",\"name\":{\"vi\":\"Tỷ trọng giá trị tăng thêm của kinh tế số trong GDP năm 2020\",\"en\":\"Digital economy value added as a share of GDP, 2020\"},\"value\":12.66,\"published\":\"12,66%\",\"comparator\":\"eq\",\"decimals\":2,\"scale\":1,\"unit\":\"percent\",\"period\":\"2020\",\"periodType\":\"flow\",\"quote\":null,\"note\":null,\"asOf\":\"2020\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"tỷ trọng giá trị tăng thêm của kinh tế số trong GDP\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Digital economy value added as a share of GDP, 2021: `12,87%`, as of 2021 (congthuong-2023-12-29, congthuong.vn).
 *
 * @category Data
 */
export const digitalEconomyValueAddedShare2021Congthuong: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"digital-economy-value-added-share-2021-congthuong\",\"release\":\"congthuong-2023-12-29\",\"indicator\":\"digital-economy-value-added-share\",\"name\":{\"vi\":\"Tỷ trọng giá trị tăng thêm của kinh tế số trong GDP năm 2021\",\"en\":\"Digital economy value added as a share of GDP, 2021\"},\"value\":12.87,\"published\":\"12,87%\",\"comparator\":\"eq\",\"decimals\":2,\"scale\":1,\"unit\":\"percent\",\"period\":\"2021\",\"periodType\":\"flow\",\"quote\":null,\"note\":null,\"asOf\":\"2021\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"tỷ trọng giá trị tăng thêm của kinh tế số trong GDP\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Digital economy value added as a share of GDP, 2022: `12,63%`, as of 2022 (congthuong-2023-12-29, congthuong.vn).
 *
 * @category Data
 */
export const digitalEconomyValueAddedShare2022Congthuong: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"digital-economy-value-added-share-2022-congthuong\",\"release\":\"congthuong-2023-12-29\",\"indicator\":\"digital-economy-value-added-share\",\"name\":{\"vi\":\"Tỷ trọng giá trị tăng thêm của kinh tế số trong GDP năm 2022\",\"en\":\"Digital economy value added as a share of GDP, 2022\"},\"value\":12.63,\"published\":\"12,63%\",\"comparator\":\"eq\",\"decimals\":2,\"scale\":1,\"unit\":\"percent\",\"period\":\"2022\",\"periodType\":\"flow\",\"quote\":null,\"note\":null,\"asOf\":\"2022\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"tỷ trọng giá trị tăng thêm của kinh tế số trong GDP\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Digital economy value added as a share of GDP, 2023: `12,33%` (an estimate), as of 2023 (congthuong-2023-12-29, congthuong.vn).
 *
 * @category Data
 */
export const digitalEconomyValueAddedShare2023Congthuong: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"digital-economy-value-added-share-2023-congthuong\",\"release\":\"congthuong-2023-12-29\",\"indicator\":\"digital-economy-value-added-share\",\"name\":{\"vi\":\"Tỷ trọng giá trị tăng thêm của kinh tế số trong GDP năm 2023\",\"en\":\"Digital economy value added as a share of GDP, 2023\"},\"value\":12.33,\"published\":\"12,33%\",\"comparator\":\"eq\",\"decimals\":2,\"scale\":1,\"unit\":\"percent\",\"period\":\"2023\",\"periodType\":\"flow\",\"quote\":null,\"note\":null,\"asOf\":\"2023\",\"asOfBasis\":\"stated\",\"status\":\"estimate\",\"area\":null,\"sameFigureAs\":null,\"term\":\"tỷ trọng giá trị tăng thêm của kinh tế số trong GDP\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Digital economy share of GDP, 2023 (the ministry's estimate): `16,5%` (an estimate), as of 2023 (nld-2023-12-29, nld.com.vn).
 *
 * @category Data
 */
export const digitalEconomyShareMinistryEstimate2023: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"digital-economy-share-ministry-estimate-2023\",\"release\":\"nld-2023-12-29\",\"indicator\":\"digital-economy-share-ministry-estimate\",\"name\":{\"vi\":\"Tỷ trọng kinh tế số trong GDP năm 2023 (ước tính của Bộ)\",\"en\":\"Digital economy share of GDP, 2023 (the ministry's estimate)\"},\"value\":16.5,\"published\":\"16,5%\",\"comparator\":\"eq\",\"decimals\":1,\"scale\":1,\"unit\":\"percent\",\"period\":\"2023\",\"periodType\":\"flow\",\"quote\":null,\"note\":null,\"asOf\":\"2023\",\"asOfBasis\":\"stated\",\"status\":\"estimate\",\"area\":null,\"sameFigureAs\":null,\"term\":\"tỉ trọng kinh tế số trong GDP\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Digital economy value added as a share of GDP, 2020: `12,66%`, as of 2020 (dukcoquantwtphcm-2023, diendan.dukcoquantwtphcm.vn).
 *
 * @category Data
 */
export const digitalEconomyValueAddedShare2020Dukcoquantwtphcm: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"digital-economy-value-added-share-2020-dukcoquantwtphcm\",\"release\":\"dukcoquantwtphcm-2023\",\"indicator\":\"digital-economy-value-added-share\",\"name\":{\"vi\":\"Tỷ trọng giá trị tăng thêm của kinh tế số trong GDP năm 2020\",\"en\":\"Digital economy value added as a share of GDP, 2020\"},\"value\":12.66,\"published\":\"12,66%\",\"comparator\":\"eq\",\"decimals\":2,\"scale\":1,\"unit\":\"percent\",\"period\":\"2020\",\"periodType\":\"flow\",\"quote\":null,\"note\":null,\"asOf\":\"2020\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"tỷ trọng giá trị tăng thêm của kinh tế số trong GDP\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Digital economy value added as a share of GDP, 2021: `12,88%`, as of 2021 (dukcoquantwtphcm-2023, diendan.dukcoquantwtphcm.vn).
 *
 * @category Data
 */
export const digitalEconomyValueAddedShare2021Dukcoquantwtphcm: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"digital-economy-value-added-share-2021-dukcoquantwtphcm\",\"release\":\"dukcoquantwtphcm-2023\",\"indicator\":\"digital-economy-value-added-share\",\"name\":{\"vi\":\"Tỷ trọng giá trị tăng thêm của kinh tế số trong GDP năm 2021\",\"en\":\"Digital economy value added as a share of GDP, 2021\"},\"value\":12.88,\"published\":\"12,88%\",\"comparator\":\"eq\",\"decimals\":2,\"scale\":1,\"unit\":\"percent\",\"period\":\"2021\",\"periodType\":\"flow\",\"quote\":null,\"note\":{\"vi\":\"Một trang khác thuật lại cùng lần công bố đầu tiên in 12,87%.\",\"en\":\"Another relay of the same first publication prints 12,87%.\"},\"asOf\":\"2021\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"tỷ trọng giá trị tăng thêm của kinh tế số trong GDP\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Digital economy value added as a share of GDP, 2022: `12,63%`, as of 2022 (dukcoquantwtphcm-2023, diendan.dukcoquantwtphcm.vn).
 *
 * @category Data
 */
export const digitalEconomyValueAddedShare2022Dukcoquantwtphcm: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"digital-economy-value-added-share-2022-dukcoquantwtphcm\",\"release\":\"dukcoquantwtphcm-2023\",\"indicator\":\"digital-economy-value-added-share\",\"name\":{\"vi\":\"Tỷ trọng giá trị tăng thêm của kinh tế số trong GDP năm 2022\",\"en\":\"Digital economy value added as a share of GDP, 2022\"},\"value\":12.63,\"published\":\"12,63%\",\"comparator\":\"eq\",\"decimals\":2,\"scale\":1,\"unit\":\"percent\",\"period\":\"2022\",\"periodType\":\"flow\",\"quote\":null,\"note\":null,\"asOf\":\"2022\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"tỷ trọng giá trị tăng thêm của kinh tế số trong GDP\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Digital economy value added as a share of GDP, 2023: `12,33%`, as of 2023 (dukcoquantwtphcm-2023, diendan.dukcoquantwtphcm.vn).
 *
 * @category Data
 */
export const digitalEconomyValueAddedShare2023Dukcoquantwtphcm: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"digital-economy-value-added-share-2023-dukcoquantwtphcm\",\"release\":\"dukcoquantwtphcm-2023\",\"indicator\":\"digital-economy-value-added-share\",\"name\":{\"vi\":\"Tỷ trọng giá trị tăng thêm của kinh tế số trong GDP năm 2023\",\"en\":\"Digital economy value added as a share of GDP, 2023\"},\"value\":12.33,\"published\":\"12,33%\",\"comparator\":\"eq\",\"decimals\":2,\"scale\":1,\"unit\":\"percent\",\"period\":\"2023\",\"periodType\":\"flow\",\"quote\":null,\"note\":{\"vi\":\"Trang không ghi 'ước tính' cho năm 2023.\",\"en\":\"The page does not call the 2023 value an estimate.\"},\"asOf\":\"2023\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"tỷ trọng giá trị tăng thêm của kinh tế số trong GDP\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * NDXP transactions a day, on average: `khoảng 2,8 triệu`, as of 2024-04 (cchccantho-2024-04, cchccantho.gov.vn).
 *
 * @category Data
 */
export const ndxpTransactionsDailyAverage202404: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"ndxp-transactions-daily-average-2024-04\",\"release\":\"cchccantho-2024-04\",\"indicator\":\"ndxp-transactions-daily-average\",\"name\":{\"vi\":\"Số giao dịch qua NDXP bình quân mỗi ngày\",\"en\":\"NDXP transactions a day, on average\"},\"value\":2800000,\"published\":\"khoảng 2,8 triệu\",\"comparator\":\"approx\",\"decimals\":1,\"scale\":1000000,\"unit\":\"transactions-per-day\",\"period\":\"report\",\"periodType\":\"flow\",\"quote\":null,\"note\":{\"vi\":\"Nguồn không nói bình quân trên khoảng thời gian nào; báo cáo là của tháng 4/2024.\",\"en\":\"The source does not say over which days the average runs; the report is for April 2024.\"},\"asOf\":\"2024-04\",\"asOfBasis\":\"event-period\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"bình quân mỗi ngày\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Ministries that have issued their 2024 digital-transformation plan: `21/22`, as of 2024-04 (cchccantho-2024-04, cchccantho.gov.vn).
 *
 * @category Data
 */
export const ministriesDxPlan2024202404: PartOfWholeObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"ministries-dx-plan-2024-2024-04\",\"release\":\"cchccantho-2024-04\",\"indicator\":\"ministries-dx-plan-2024\",\"name\":{\"vi\":\"Bộ ngành đã ban hành Kế hoạch chuyển đổi số năm 2024\",\"en\":\"Ministries that have issued their 2024 digital-transformation plan\"},\"value\":21,\"published\":\"21/22\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"ministry\",\"period\":\"report\",\"periodType\":\"stock\",\"quote\":null,\"note\":{\"vi\":\"Nguồn chỉ ghi tháng của báo cáo (4/2024).\",\"en\":\"The source dates it only by the report's month (April 2024).\"},\"asOf\":\"2024-04\",\"asOfBasis\":\"event-period\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"Kế hoạch chuyển đổi số năm 2024\",\"kind\":\"partOfWhole\",\"part\":21,\"whole\":22,\"population\":\"ministries\",\"missing\":null}"));

/**
 * Provinces that have issued their 2024 digital-transformation plan: `62/63`, as of 2024-04 (cchccantho-2024-04, cchccantho.gov.vn).
 *
 * @category Data
 */
export const provincesDxPlan2024202404: PartOfWholeObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"provinces-dx-plan-2024-2024-04\",\"release\":\"cchccantho-2024-04\",\"indicator\":\"provinces-dx-plan-2024\",\"name\":{\"vi\":\"Tỉnh/thành phố đã ban hành Kế hoạch chuyển đổi số năm 2024\",\"en\":\"Provinces that have issued their 2024 digital-transformation plan\"},\"value\":62,\"published\":\"62/63\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"province\",\"period\":\"report\",\"periodType\":\"stock\",\"quote\":null,\"note\":{\"vi\":\"Nguồn chỉ ghi tháng của báo cáo (4/2024).\",\"en\":\"The source dates it only by the report's month (April 2024).\"},\"asOf\":\"2024-04\",\"asOfBasis\":\"event-period\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"Kế hoạch chuyển đổi số năm 2024\",\"kind\":\"partOfWhole\",\"part\":62,\"whole\":63,\"population\":\"provinces-2023\",\"missing\":null}"));

/**
 * Connection points through NDXP: `388`, as of 2024-04 (cchccantho-2024-04, cchccantho.gov.vn).
 *
 * @category Data
 */
export const ndxpConnectionPoints202404: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"ndxp-connection-points-2024-04\",\"release\":\"cchccantho-2024-04\",\"indicator\":\"ndxp-connection-points\",\"name\":{\"vi\":\"Số điểm kết nối qua NDXP\",\"en\":\"Connection points through NDXP\"},\"value\":388,\"published\":\"388\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"connection-point\",\"period\":\"report\",\"periodType\":\"stock\",\"quote\":null,\"note\":null,\"asOf\":\"2024-04\",\"asOfBasis\":\"event-period\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"điểm kết nối\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Agencies with systems connected through NDXP: `95`, as of 2024-04 (cchccantho-2024-04, cchccantho.gov.vn).
 *
 * @category Data
 */
export const ndxpConnectedAgencies202404: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"ndxp-connected-agencies-2024-04\",\"release\":\"cchccantho-2024-04\",\"indicator\":\"ndxp-connected-agencies\",\"name\":{\"vi\":\"Cơ quan, đơn vị có hệ thống kết nối qua NDXP\",\"en\":\"Agencies with systems connected through NDXP\"},\"value\":95,\"published\":\"95\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"agency\",\"period\":\"report\",\"periodType\":\"stock\",\"quote\":null,\"note\":null,\"asOf\":\"2024-04\",\"asOfBasis\":\"event-period\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"cơ quan, đơn vị\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Share of dossiers handled fully online, nationwide, end of 2023: `17%`, as of 2023 (dongnai-2024-06, dlct.dongnai.gov.vn).
 *
 * @category Data
 */
export const fullyOnlineDossiersShare2023Dongnai: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"fully-online-dossiers-share-2023-dongnai\",\"release\":\"dongnai-2024-06\",\"indicator\":\"fully-online-dossiers-share\",\"name\":{\"vi\":\"Tỷ lệ hồ sơ trực tuyến toàn trình cả nước, cuối năm 2023\",\"en\":\"Share of dossiers handled fully online, nationwide, end of 2023\"},\"value\":17,\"published\":\"17%\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"percent\",\"period\":\"2023\",\"periodType\":\"flow\",\"quote\":null,\"note\":{\"vi\":\"Nguồn ghi 'cuối năm 2023' làm mốc so sánh; đọc là số của năm 2023 như số 'đến cuối năm 2024', nguồn không nêu khoảng thời gian tính.\",\"en\":\"Printed as the 'end of 2023' baseline; read as the year 2023's figure like the 'by the end of 2024' one; the source does not give the span counted.\"},\"asOf\":\"2023\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"tỷ lệ hồ sơ trực tuyến toàn trình\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Share of dossiers handled fully online, nationwide, first half of 2024: `42%`, as of 2024-06-30 (dongnai-2024-06, dlct.dongnai.gov.vn).
 *
 * @category Data
 */
export const fullyOnlineDossiersShare20240630Dongnai: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"fully-online-dossiers-share-2024-06-30-dongnai\",\"release\":\"dongnai-2024-06\",\"indicator\":\"fully-online-dossiers-share\",\"name\":{\"vi\":\"Tỷ lệ hồ sơ trực tuyến toàn trình cả nước, 6 tháng đầu năm 2024\",\"en\":\"Share of dossiers handled fully online, nationwide, first half of 2024\"},\"value\":42,\"published\":\"42%\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"percent\",\"period\":\"2024\",\"periodType\":\"flow\",\"quote\":null,\"note\":{\"vi\":\"Tính cho 6 tháng đầu năm 2024; mô hình không có kỳ nửa năm nên kỳ ghi là năm 2024, ngày tính là ngày cuối của nửa năm.\",\"en\":\"Counted over the first six months of 2024; the model has no half-year period, so the period is the year 2024 and the as-of date the half-year's last day.\"},\"asOf\":\"2024-06-30\",\"asOfBasis\":\"period-end\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"tỷ lệ hồ sơ trực tuyến toàn trình\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Share of dossiers handled fully online, ministries, end of 2023: `38%`, as of 2023 (dongnai-2024-06, dlct.dongnai.gov.vn).
 *
 * @category Data
 */
export const ministriesFullyOnlineDossiersShare2023Dongnai: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"ministries-fully-online-dossiers-share-2023-dongnai\",\"release\":\"dongnai-2024-06\",\"indicator\":\"ministries-fully-online-dossiers-share\",\"name\":{\"vi\":\"Tỷ lệ hồ sơ trực tuyến toàn trình của bộ, ngành, cuối năm 2023\",\"en\":\"Share of dossiers handled fully online, ministries, end of 2023\"},\"value\":38,\"published\":\"38%\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"percent\",\"period\":\"2023\",\"periodType\":\"flow\",\"quote\":null,\"note\":{\"vi\":\"Nguồn ghi 'cuối năm 2023' làm mốc so sánh; đọc là số của năm 2023 như số 'đến cuối năm 2024', nguồn không nêu khoảng thời gian tính.\",\"en\":\"Printed as the 'end of 2023' baseline; read as the year 2023's figure like the 'by the end of 2024' one; the source does not give the span counted.\"},\"asOf\":\"2023\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"bộ, ngành\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Share of dossiers handled fully online, ministries, first half of 2024: `61%`, as of 2024-06-30 (dongnai-2024-06, dlct.dongnai.gov.vn).
 *
 * @category Data
 */
export const ministriesFullyOnlineDossiersShare20240630Dongnai: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"ministries-fully-online-dossiers-share-2024-06-30-dongnai\",\"release\":\"dongnai-2024-06\",\"indicator\":\"ministries-fully-online-dossiers-share\",\"name\":{\"vi\":\"Tỷ lệ hồ sơ trực tuyến toàn trình của bộ, ngành, 6 tháng đầu năm 2024\",\"en\":\"Share of dossiers handled fully online, ministries, first half of 2024\"},\"value\":61,\"published\":\"61%\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"percent\",\"period\":\"2024\",\"periodType\":\"flow\",\"quote\":null,\"note\":{\"vi\":\"Tính cho 6 tháng đầu năm 2024; mô hình không có kỳ nửa năm nên kỳ ghi là năm 2024, ngày tính là ngày cuối của nửa năm.\",\"en\":\"Counted over the first six months of 2024; the model has no half-year period, so the period is the year 2024 and the as-of date the half-year's last day.\"},\"asOf\":\"2024-06-30\",\"asOfBasis\":\"period-end\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"bộ, ngành\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Share of dossiers handled fully online, provinces, end of 2023: `9%`, as of 2023 (dongnai-2024-06, dlct.dongnai.gov.vn).
 *
 * @category Data
 */
export const provincesFullyOnlineDossiersShare2023Dongnai: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"provinces-fully-online-dossiers-share-2023-dongnai\",\"release\":\"dongnai-2024-06\",\"indicator\":\"provinces-fully-online-dossiers-share\",\"name\":{\"vi\":\"Tỷ lệ hồ sơ trực tuyến toàn trình của địa phương, cuối năm 2023\",\"en\":\"Share of dossiers handled fully online, provinces, end of 2023\"},\"value\":9,\"published\":\"9%\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"percent\",\"period\":\"2023\",\"periodType\":\"flow\",\"quote\":null,\"note\":{\"vi\":\"Nguồn ghi 'cuối năm 2023' làm mốc so sánh; đọc là số của năm 2023 như số 'đến cuối năm 2024', nguồn không nêu khoảng thời gian tính.\",\"en\":\"Printed as the 'end of 2023' baseline; read as the year 2023's figure like the 'by the end of 2024' one; the source does not give the span counted.\"},\"asOf\":\"2023\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"địa phương\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Share of dossiers handled fully online, provinces, first half of 2024: `17%`, as of 2024-06-30 (dongnai-2024-06, dlct.dongnai.gov.vn).
 *
 * @category Data
 */
export const provincesFullyOnlineDossiersShare20240630Dongnai: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"provinces-fully-online-dossiers-share-2024-06-30-dongnai\",\"release\":\"dongnai-2024-06\",\"indicator\":\"provinces-fully-online-dossiers-share\",\"name\":{\"vi\":\"Tỷ lệ hồ sơ trực tuyến toàn trình của địa phương, 6 tháng đầu năm 2024\",\"en\":\"Share of dossiers handled fully online, provinces, first half of 2024\"},\"value\":17,\"published\":\"17%\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"percent\",\"period\":\"2024\",\"periodType\":\"flow\",\"quote\":null,\"note\":{\"vi\":\"Tính cho 6 tháng đầu năm 2024; mô hình không có kỳ nửa năm nên kỳ ghi là năm 2024, ngày tính là ngày cuối của nửa năm.\",\"en\":\"Counted over the first six months of 2024; the model has no half-year period, so the period is the year 2024 and the as-of date the half-year's last day.\"},\"asOf\":\"2024-06-30\",\"asOfBasis\":\"period-end\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"địa phương\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Digital economy share of GDP, first half of 2024 (the ministry's estimate): `18,3%` (an estimate), as of 2024-06-30 (dongnai-2024-06, dlct.dongnai.gov.vn).
 *
 * @category Data
 */
export const digitalEconomyShareMinistryEstimate20240630Dongnai: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"digital-economy-share-ministry-estimate-2024-06-30-dongnai\",\"release\":\"dongnai-2024-06\",\"indicator\":\"digital-economy-share-ministry-estimate\",\"name\":{\"vi\":\"Tỷ trọng kinh tế số trong GDP 6 tháng đầu năm 2024 (ước đạt, theo Bộ)\",\"en\":\"Digital economy share of GDP, first half of 2024 (the ministry's estimate)\"},\"value\":18.3,\"published\":\"18,3%\",\"comparator\":\"eq\",\"decimals\":1,\"scale\":1,\"unit\":\"percent\",\"period\":\"2024\",\"periodType\":\"flow\",\"quote\":null,\"note\":{\"vi\":\"Tính cho 6 tháng đầu năm 2024; mô hình không có kỳ nửa năm nên kỳ ghi là năm 2024, ngày tính là ngày cuối của nửa năm.\",\"en\":\"Counted over the first six months of 2024; the model has no half-year period, so the period is the year 2024 and the as-of date the half-year's last day.\"},\"asOf\":\"2024-06-30\",\"asOfBasis\":\"period-end\",\"status\":\"estimate\",\"area\":null,\"sameFigureAs\":null,\"term\":\"tỷ trọng kinh tế số trong GDP\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Share of dossiers handled fully online, nationwide, end of 2023: `17%`, as of 2023 (ninhthuan-2024-07-10, chuyendoiso.ninhthuan.gov.vn).
 *
 * @category Data
 */
export const fullyOnlineDossiersShare2023: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"fully-online-dossiers-share-2023\",\"release\":\"ninhthuan-2024-07-10\",\"indicator\":\"fully-online-dossiers-share\",\"name\":{\"vi\":\"Tỷ lệ hồ sơ trực tuyến toàn trình cả nước, cuối năm 2023\",\"en\":\"Share of dossiers handled fully online, nationwide, end of 2023\"},\"value\":17,\"published\":\"17%\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"percent\",\"period\":\"2023\",\"periodType\":\"flow\",\"quote\":null,\"note\":{\"vi\":\"Nguồn ghi 'cuối năm 2023' làm mốc so sánh; đọc là số của năm 2023 như số 'đến cuối năm 2024', nguồn không nêu khoảng thời gian tính.\",\"en\":\"Printed as the 'end of 2023' baseline; read as the year 2023's figure like the 'by the end of 2024' one; the source does not give the span counted.\"},\"asOf\":\"2023\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"tỷ lệ hồ sơ trực tuyến toàn trình\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Share of dossiers handled fully online, nationwide, first half of 2024: `42%`, as of 2024-06-30 (ninhthuan-2024-07-10, chuyendoiso.ninhthuan.gov.vn).
 *
 * @category Data
 */
export const fullyOnlineDossiersShare20240630: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"fully-online-dossiers-share-2024-06-30\",\"release\":\"ninhthuan-2024-07-10\",\"indicator\":\"fully-online-dossiers-share\",\"name\":{\"vi\":\"Tỷ lệ hồ sơ trực tuyến toàn trình cả nước, 6 tháng đầu năm 2024\",\"en\":\"Share of dossiers handled fully online, nationwide, first half of 2024\"},\"value\":42,\"published\":\"42%\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"percent\",\"period\":\"2024\",\"periodType\":\"flow\",\"quote\":null,\"note\":{\"vi\":\"Tính cho 6 tháng đầu năm 2024; mô hình không có kỳ nửa năm nên kỳ ghi là năm 2024, ngày tính là ngày cuối của nửa năm.\",\"en\":\"Counted over the first six months of 2024; the model has no half-year period, so the period is the year 2024 and the as-of date the half-year's last day.\"},\"asOf\":\"2024-06-30\",\"asOfBasis\":\"period-end\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"tỷ lệ hồ sơ trực tuyến toàn trình\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Share of dossiers handled fully online, ministries, end of 2023: `38%`, as of 2023 (ninhthuan-2024-07-10, chuyendoiso.ninhthuan.gov.vn).
 *
 * @category Data
 */
export const ministriesFullyOnlineDossiersShare2023: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"ministries-fully-online-dossiers-share-2023\",\"release\":\"ninhthuan-2024-07-10\",\"indicator\":\"ministries-fully-online-dossiers-share\",\"name\":{\"vi\":\"Tỷ lệ hồ sơ trực tuyến toàn trình của bộ, ngành, cuối năm 2023\",\"en\":\"Share of dossiers handled fully online, ministries, end of 2023\"},\"value\":38,\"published\":\"38%\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"percent\",\"period\":\"2023\",\"periodType\":\"flow\",\"quote\":null,\"note\":{\"vi\":\"Nguồn ghi 'cuối năm 2023' làm mốc so sánh; đọc là số của năm 2023 như số 'đến cuối năm 2024', nguồn không nêu khoảng thời gian tính.\",\"en\":\"Printed as the 'end of 2023' baseline; read as the year 2023's figure like the 'by the end of 2024' one; the source does not give the span counted.\"},\"asOf\":\"2023\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"bộ, ngành\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Share of dossiers handled fully online, ministries, first half of 2024: `61%`, as of 2024-06-30 (ninhthuan-2024-07-10, chuyendoiso.ninhthuan.gov.vn).
 *
 * @category Data
 */
export const ministriesFullyOnlineDossiersShare20240630: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"ministries-fully-online-dossiers-share-2024-06-30\",\"release\":\"ninhthuan-2024-07-10\",\"indicator\":\"ministries-fully-online-dossiers-share\",\"name\":{\"vi\":\"Tỷ lệ hồ sơ trực tuyến toàn trình của bộ, ngành, 6 tháng đầu năm 2024\",\"en\":\"Share of dossiers handled fully online, ministries, first half of 2024\"},\"value\":61,\"published\":\"61%\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"percent\",\"period\":\"2024\",\"periodType\":\"flow\",\"quote\":null,\"note\":{\"vi\":\"Tính cho 6 tháng đầu năm 2024; mô hình không có kỳ nửa năm nên kỳ ghi là năm 2024, ngày tính là ngày cuối của nửa năm.\",\"en\":\"Counted over the first six months of 2024; the model has no half-year period, so the period is the year 2024 and the as-of date the half-year's last day.\"},\"asOf\":\"2024-06-30\",\"asOfBasis\":\"period-end\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"bộ, ngành\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Share of dossiers handled fully online, provinces, end of 2023: `9%`, as of 2023 (ninhthuan-2024-07-10, chuyendoiso.ninhthuan.gov.vn).
 *
 * @category Data
 */
export const provincesFullyOnlineDossiersShare2023: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"provinces-fully-online-dossiers-share-2023\",\"release\":\"ninhthuan-2024-07-10\",\"indicator\":\"provinces-fully-online-dossiers-share\",\"name\":{\"vi\":\"Tỷ lệ hồ sơ trực tuyến toàn trình của địa phương, cuối năm 2023\",\"en\":\"Share of dossiers handled fully online, provinces, end of 2023\"},\"value\":9,\"published\":\"9%\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"percent\",\"period\":\"2023\",\"periodType\":\"flow\",\"quote\":null,\"note\":{\"vi\":\"Nguồn ghi 'cuối năm 2023' làm mốc so sánh; đọc là số của năm 2023 như số 'đến cuối năm 2024', nguồn không nêu khoảng thời gian tính.\",\"en\":\"Printed as the 'end of 2023' baseline; read as the year 2023's figure like the 'by the end of 2024' one; the source does not give the span counted.\"},\"asOf\":\"2023\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"địa phương\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Share of dossiers handled fully online, provinces, first half of 2024: `17%`, as of 2024-06-30 (ninhthuan-2024-07-10, chuyendoiso.ninhthuan.gov.vn).
 *
 * @category Data
 */
export const provincesFullyOnlineDossiersShare20240630: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"provinces-fully-online-dossiers-share-2024-06-30\",\"release\":\"ninhthuan-2024-07-10\",\"indicator\":\"provinces-fully-online-dossiers-share\",\"name\":{\"vi\":\"Tỷ lệ hồ sơ trực tuyến toàn trình của địa phương, 6 tháng đầu năm 2024\",\"en\":\"Share of dossiers handled fully online, provinces, first half of 2024\"},\"value\":17,\"published\":\"17%\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"percent\",\"period\":\"2024\",\"periodType\":\"flow\",\"quote\":null,\"note\":{\"vi\":\"Tính cho 6 tháng đầu năm 2024; mô hình không có kỳ nửa năm nên kỳ ghi là năm 2024, ngày tính là ngày cuối của nửa năm.\",\"en\":\"Counted over the first six months of 2024; the model has no half-year period, so the period is the year 2024 and the as-of date the half-year's last day.\"},\"asOf\":\"2024-06-30\",\"asOfBasis\":\"period-end\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"địa phương\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Digital economy share of GDP, first half of 2024 (the ministry's estimate): `18,3%` (an estimate), as of 2024-06-30 (ninhthuan-2024-07-10, chuyendoiso.ninhthuan.gov.vn).
 *
 * @category Data
 */
export const digitalEconomyShareMinistryEstimate20240630: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"digital-economy-share-ministry-estimate-2024-06-30\",\"release\":\"ninhthuan-2024-07-10\",\"indicator\":\"digital-economy-share-ministry-estimate\",\"name\":{\"vi\":\"Tỷ trọng kinh tế số trong GDP 6 tháng đầu năm 2024 (ước đạt, theo Bộ)\",\"en\":\"Digital economy share of GDP, first half of 2024 (the ministry's estimate)\"},\"value\":18.3,\"published\":\"18,3%\",\"comparator\":\"eq\",\"decimals\":1,\"scale\":1,\"unit\":\"percent\",\"period\":\"2024\",\"periodType\":\"flow\",\"quote\":null,\"note\":{\"vi\":\"Tính cho 6 tháng đầu năm 2024; mô hình không có kỳ nửa năm nên kỳ ghi là năm 2024, ngày tính là ngày cuối của nửa năm.\",\"en\":\"Counted over the first six months of 2024; the model has no half-year period, so the period is the year 2024 and the as-of date the half-year's last day.\"},\"asOf\":\"2024-06-30\",\"asOfBasis\":\"period-end\",\"status\":\"estimate\",\"area\":null,\"sameFigureAs\":null,\"term\":\"tỷ trọng kinh tế số trong GDP\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Community digital technology teams: `93.524`, as of 2024-09 (vov-2024-09, vov.vn).
 *
 * @category Data
 */
export const communityTechTeams202409: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"community-tech-teams-2024-09\",\"release\":\"vov-2024-09\",\"indicator\":\"community-tech-teams\",\"name\":{\"vi\":\"Số Tổ Công nghệ số cộng đồng\",\"en\":\"Community digital technology teams\"},\"value\":93524,\"published\":\"93.524\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"team\",\"period\":\"2024-09\",\"periodType\":\"stock\",\"quote\":null,\"note\":{\"vi\":\"Nguồn ghi \\\"tính đến tháng 9/2024\\\", không có ngày.\",\"en\":\"The source says \\\"as of September 2024\\\", with no day.\"},\"asOf\":\"2024-09\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"Tổ công nghệ số cộng đồng\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Digital economy share of GDP, 2024 (the ministry's estimate): `18,3%` (an estimate), as of 2024 (sggp-2024-12-29, sggp.org.vn).
 *
 * @category Data
 */
export const digitalEconomyShareMinistryEstimate2024: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"digital-economy-share-ministry-estimate-2024\",\"release\":\"sggp-2024-12-29\",\"indicator\":\"digital-economy-share-ministry-estimate\",\"name\":{\"vi\":\"Tỷ trọng kinh tế số trong GDP năm 2024 (ước tính của Bộ)\",\"en\":\"Digital economy share of GDP, 2024 (the ministry's estimate)\"},\"value\":18.3,\"published\":\"18,3%\",\"comparator\":\"eq\",\"decimals\":1,\"scale\":1,\"unit\":\"percent\",\"period\":\"2024\",\"periodType\":\"flow\",\"quote\":null,\"note\":null,\"asOf\":\"2024\",\"asOfBasis\":\"stated\",\"status\":\"estimate\",\"area\":null,\"sameFigureAs\":null,\"term\":\"tỷ trọng kinh tế số trong GDP\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Share of dossiers handled fully online, nationwide, 2024: `45,8%`, as of 2024 (kinhtedothi-2024, kinhtedothi.vn).
 *
 * @category Data
 */
export const fullyOnlineDossiersShare2024: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"fully-online-dossiers-share-2024\",\"release\":\"kinhtedothi-2024\",\"indicator\":\"fully-online-dossiers-share\",\"name\":{\"vi\":\"Tỷ lệ hồ sơ trực tuyến toàn trình cả nước, năm 2024\",\"en\":\"Share of dossiers handled fully online, nationwide, 2024\"},\"value\":45.8,\"published\":\"45,8%\",\"comparator\":\"eq\",\"decimals\":1,\"scale\":1,\"unit\":\"percent\",\"period\":\"2024\",\"periodType\":\"flow\",\"quote\":null,\"note\":{\"vi\":\"Nguồn ghi 'đến cuối năm 2024'; cùng trang tính tỷ lệ của Hà Nam trong năm 2024, và bảng năm 2024 của Bộ tính từ 1/1 đến 31/12/2024: số của cả năm.\",\"en\":\"Printed 'by the end of 2024'; the same page counts Hà Nam's share over 2024, and the ministry's 2024 table runs from 1 January to 31 December 2024: the year's figure.\"},\"asOf\":\"2024\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"tỷ lệ hồ sơ trực tuyến toàn trình của cả nước\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * 2024 target: share of dossiers handled fully online, nationwide: `50%`, as of 2024 (kinhtedothi-2024, kinhtedothi.vn).
 *
 * @category Data
 */
export const fullyOnlineDossiersShareTarget2024: TargetObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"fully-online-dossiers-share-target-2024\",\"release\":\"kinhtedothi-2024\",\"indicator\":\"fully-online-dossiers-share\",\"name\":{\"vi\":\"Mục tiêu năm 2024: tỷ lệ hồ sơ trực tuyến toàn trình cả nước\",\"en\":\"2024 target: share of dossiers handled fully online, nationwide\"},\"value\":50,\"published\":\"50%\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"percent\",\"period\":\"2024\",\"periodType\":\"flow\",\"quote\":null,\"note\":{\"vi\":\"Mục tiêu năm 2024, in cạnh số đạt được của năm.\",\"en\":\"The 2024 target, printed beside the year's result.\"},\"asOf\":\"2024\",\"asOfBasis\":\"context\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"tỷ lệ hồ sơ trực tuyến toàn trình của cả nước\",\"kind\":\"target\",\"target\":{\"year\":2024,\"comparator\":\"eq\",\"progress\":\"fully-online-dossiers-share-2024\"}}"));

/**
 * Share of dossiers handled fully online, ministries, 2024: `63,47%`, as of 2024 (kinhtedothi-2024, kinhtedothi.vn).
 *
 * @category Data
 */
export const ministriesFullyOnlineDossiersShare2024: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"ministries-fully-online-dossiers-share-2024\",\"release\":\"kinhtedothi-2024\",\"indicator\":\"ministries-fully-online-dossiers-share\",\"name\":{\"vi\":\"Tỷ lệ hồ sơ trực tuyến toàn trình của khối bộ, ngành, năm 2024\",\"en\":\"Share of dossiers handled fully online, ministries, 2024\"},\"value\":63.47,\"published\":\"63,47%\",\"comparator\":\"eq\",\"decimals\":2,\"scale\":1,\"unit\":\"percent\",\"period\":\"2024\",\"periodType\":\"flow\",\"quote\":null,\"note\":{\"vi\":\"Nguồn ghi 'đến cuối năm 2024'; cùng trang tính tỷ lệ của Hà Nam trong năm 2024, và bảng năm 2024 của Bộ tính từ 1/1 đến 31/12/2024: số của cả năm.\",\"en\":\"Printed 'by the end of 2024'; the same page counts Hà Nam's share over 2024, and the ministry's 2024 table runs from 1 January to 31 December 2024: the year's figure.\"},\"asOf\":\"2024\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"khối bộ, ngành\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * 2024 target: share of dossiers handled fully online, ministries: `70%`, as of 2024 (kinhtedothi-2024, kinhtedothi.vn).
 *
 * @category Data
 */
export const ministriesFullyOnlineDossiersShareTarget2024: TargetObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"ministries-fully-online-dossiers-share-target-2024\",\"release\":\"kinhtedothi-2024\",\"indicator\":\"ministries-fully-online-dossiers-share\",\"name\":{\"vi\":\"Mục tiêu năm 2024: tỷ lệ hồ sơ trực tuyến toàn trình của khối bộ, ngành\",\"en\":\"2024 target: share of dossiers handled fully online, ministries\"},\"value\":70,\"published\":\"70%\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"percent\",\"period\":\"2024\",\"periodType\":\"flow\",\"quote\":null,\"note\":{\"vi\":\"Mục tiêu năm 2024, in cạnh số đạt được của năm.\",\"en\":\"The 2024 target, printed beside the year's result.\"},\"asOf\":\"2024\",\"asOfBasis\":\"context\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"khối bộ, ngành\",\"kind\":\"target\",\"target\":{\"year\":2024,\"comparator\":\"eq\",\"progress\":\"ministries-fully-online-dossiers-share-2024\"}}"));

/**
 * Share of dossiers handled fully online, provinces, 2024: `18,54%`, as of 2024 (kinhtedothi-2024, kinhtedothi.vn).
 *
 * @category Data
 */
export const provincesFullyOnlineDossiersShare2024: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"provinces-fully-online-dossiers-share-2024\",\"release\":\"kinhtedothi-2024\",\"indicator\":\"provinces-fully-online-dossiers-share\",\"name\":{\"vi\":\"Tỷ lệ hồ sơ trực tuyến toàn trình của khối tỉnh, thành, năm 2024\",\"en\":\"Share of dossiers handled fully online, provinces, 2024\"},\"value\":18.54,\"published\":\"18,54%\",\"comparator\":\"eq\",\"decimals\":2,\"scale\":1,\"unit\":\"percent\",\"period\":\"2024\",\"periodType\":\"flow\",\"quote\":null,\"note\":{\"vi\":\"Nguồn ghi 'đến cuối năm 2024'; cùng trang tính tỷ lệ của Hà Nam trong năm 2024, và bảng năm 2024 của Bộ tính từ 1/1 đến 31/12/2024: số của cả năm.\",\"en\":\"Printed 'by the end of 2024'; the same page counts Hà Nam's share over 2024, and the ministry's 2024 table runs from 1 January to 31 December 2024: the year's figure.\"},\"asOf\":\"2024\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"khối tỉnh, thành\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * 2024 target: share of dossiers handled fully online, provinces: `30%`, as of 2024 (kinhtedothi-2024, kinhtedothi.vn).
 *
 * @category Data
 */
export const provincesFullyOnlineDossiersShareTarget2024: TargetObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"provinces-fully-online-dossiers-share-target-2024\",\"release\":\"kinhtedothi-2024\",\"indicator\":\"provinces-fully-online-dossiers-share\",\"name\":{\"vi\":\"Mục tiêu năm 2024: tỷ lệ hồ sơ trực tuyến toàn trình của khối tỉnh, thành\",\"en\":\"2024 target: share of dossiers handled fully online, provinces\"},\"value\":30,\"published\":\"30%\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"percent\",\"period\":\"2024\",\"periodType\":\"flow\",\"quote\":null,\"note\":{\"vi\":\"Mục tiêu năm 2024, in cạnh số đạt được của năm.\",\"en\":\"The 2024 target, printed beside the year's result.\"},\"asOf\":\"2024\",\"asOfBasis\":\"context\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"khối tỉnh, thành\",\"kind\":\"target\",\"target\":{\"year\":2024,\"comparator\":\"eq\",\"progress\":\"provinces-fully-online-dossiers-share-2024\"}}"));

/**
 * Share of dossiers handled fully online, Hà Nam, 2024: `68,54%`, as of 2024 (kinhtedothi-2024, kinhtedothi.vn).
 *
 * @category Data
 */
export const fullyOnlineDossiersShare2024HaNam: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"fully-online-dossiers-share-2024-ha-nam\",\"release\":\"kinhtedothi-2024\",\"indicator\":\"fully-online-dossiers-share\",\"name\":{\"vi\":\"Tỷ lệ hồ sơ trực tuyến toàn trình của Hà Nam, năm 2024\",\"en\":\"Share of dossiers handled fully online, Hà Nam, 2024\"},\"value\":68.54,\"published\":\"68,54%\",\"comparator\":\"eq\",\"decimals\":2,\"scale\":1,\"unit\":\"percent\",\"period\":\"2024\",\"periodType\":\"flow\",\"quote\":null,\"note\":{\"vi\":\"Trên khoảng 168.000 hồ sơ, theo trang; cao nhất trong các tỉnh năm 2024.\",\"en\":\"Of about 168,000 dossiers, the page says; the highest of the provinces in 2024.\"},\"asOf\":\"2024\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":{\"units\":\"provinces-2023\",\"code\":\"35\"},\"sameFigureAs\":null,\"term\":\"xử lý trực tuyến toàn trình\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Share of dossiers handled fully online, Đà Nẵng, 2024: `58,89%`, as of 2024 (kinhtedothi-2024, kinhtedothi.vn).
 *
 * @category Data
 */
export const fullyOnlineDossiersShare2024DaNang: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"fully-online-dossiers-share-2024-da-nang\",\"release\":\"kinhtedothi-2024\",\"indicator\":\"fully-online-dossiers-share\",\"name\":{\"vi\":\"Tỷ lệ hồ sơ trực tuyến toàn trình của Đà Nẵng, năm 2024\",\"en\":\"Share of dossiers handled fully online, Đà Nẵng, 2024\"},\"value\":58.89,\"published\":\"58,89%\",\"comparator\":\"eq\",\"decimals\":2,\"scale\":1,\"unit\":\"percent\",\"period\":\"2024\",\"periodType\":\"flow\",\"quote\":null,\"note\":null,\"asOf\":\"2024\",\"asOfBasis\":\"context\",\"status\":\"normal\",\"area\":{\"units\":\"provinces-2023\",\"code\":\"48\"},\"sameFigureAs\":null,\"term\":\"xử lý trực tuyến toàn trình\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Share of dossiers handled fully online, Hà Giang, 2024: `55,76%`, as of 2024 (kinhtedothi-2024, kinhtedothi.vn).
 *
 * @category Data
 */
export const fullyOnlineDossiersShare2024HaGiang: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"fully-online-dossiers-share-2024-ha-giang\",\"release\":\"kinhtedothi-2024\",\"indicator\":\"fully-online-dossiers-share\",\"name\":{\"vi\":\"Tỷ lệ hồ sơ trực tuyến toàn trình của Hà Giang, năm 2024\",\"en\":\"Share of dossiers handled fully online, Hà Giang, 2024\"},\"value\":55.76,\"published\":\"55,76%\",\"comparator\":\"eq\",\"decimals\":2,\"scale\":1,\"unit\":\"percent\",\"period\":\"2024\",\"periodType\":\"flow\",\"quote\":null,\"note\":null,\"asOf\":\"2024\",\"asOfBasis\":\"context\",\"status\":\"normal\",\"area\":{\"units\":\"provinces-2023\",\"code\":\"02\"},\"sameFigureAs\":null,\"term\":\"xử lý trực tuyến toàn trình\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Share of dossiers handled fully online, Nam Định, 2024: `52,96%`, as of 2024 (kinhtedothi-2024, kinhtedothi.vn).
 *
 * @category Data
 */
export const fullyOnlineDossiersShare2024NamDinh: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"fully-online-dossiers-share-2024-nam-dinh\",\"release\":\"kinhtedothi-2024\",\"indicator\":\"fully-online-dossiers-share\",\"name\":{\"vi\":\"Tỷ lệ hồ sơ trực tuyến toàn trình của Nam Định, năm 2024\",\"en\":\"Share of dossiers handled fully online, Nam Định, 2024\"},\"value\":52.96,\"published\":\"52,96%\",\"comparator\":\"eq\",\"decimals\":2,\"scale\":1,\"unit\":\"percent\",\"period\":\"2024\",\"periodType\":\"flow\",\"quote\":null,\"note\":null,\"asOf\":\"2024\",\"asOfBasis\":\"context\",\"status\":\"normal\",\"area\":{\"units\":\"provinces-2023\",\"code\":\"36\"},\"sameFigureAs\":null,\"term\":\"xử lý trực tuyến toàn trình\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Digital economy value added as a share of GDP, 2020: `12,66%`, as of 2020 (tracuuquyhoach-2024, tracuuquyhoach.com).
 *
 * @category Data
 */
export const digitalEconomyValueAddedShare2020Tracuuquyhoach: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"digital-economy-value-added-share-2020-tracuuquyhoach\",\"release\":\"tracuuquyhoach-2024\",\"indicator\":\"digital-economy-value-added-share\",\"name\":{\"vi\":\"Tỷ trọng giá trị tăng thêm của kinh tế số trong GDP năm 2020\",\"en\":\"Digital economy value added as a share of GDP, 2020\"},\"value\":12.66,\"published\":\"12,66%\",\"comparator\":\"eq\",\"decimals\":2,\"scale\":1,\"unit\":\"percent\",\"period\":\"2020\",\"periodType\":\"flow\",\"quote\":null,\"note\":null,\"asOf\":\"2020\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"tỷ trọng giá trị tăng thêm của kinh tế số trong GDP\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Digital economy value added as a share of GDP, 2021: `12,87%`, as of 2021 (tracuuquyhoach-2024, tracuuquyhoach.com).
 *
 * @category Data
 */
export const digitalEconomyValueAddedShare2021Tracuuquyhoach: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"digital-economy-value-added-share-2021-tracuuquyhoach\",\"release\":\"tracuuquyhoach-2024\",\"indicator\":\"digital-economy-value-added-share\",\"name\":{\"vi\":\"Tỷ trọng giá trị tăng thêm của kinh tế số trong GDP năm 2021\",\"en\":\"Digital economy value added as a share of GDP, 2021\"},\"value\":12.87,\"published\":\"12,87%\",\"comparator\":\"eq\",\"decimals\":2,\"scale\":1,\"unit\":\"percent\",\"period\":\"2021\",\"periodType\":\"flow\",\"quote\":null,\"note\":null,\"asOf\":\"2021\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"tỷ trọng giá trị tăng thêm của kinh tế số trong GDP\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Digital economy value added as a share of GDP, 2022: `12,83%`, as of 2022 (tracuuquyhoach-2024, tracuuquyhoach.com).
 *
 * @category Data
 */
export const digitalEconomyValueAddedShare2022Tracuuquyhoach: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"digital-economy-value-added-share-2022-tracuuquyhoach\",\"release\":\"tracuuquyhoach-2024\",\"indicator\":\"digital-economy-value-added-share\",\"name\":{\"vi\":\"Tỷ trọng giá trị tăng thêm của kinh tế số trong GDP năm 2022\",\"en\":\"Digital economy value added as a share of GDP, 2022\"},\"value\":12.83,\"published\":\"12,83%\",\"comparator\":\"eq\",\"decimals\":2,\"scale\":1,\"unit\":\"percent\",\"period\":\"2022\",\"periodType\":\"flow\",\"quote\":null,\"note\":null,\"asOf\":\"2022\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"tỷ trọng giá trị tăng thêm của kinh tế số trong GDP\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Digital economy value added as a share of GDP, 2023: `12,87%`, as of 2023 (tracuuquyhoach-2024, tracuuquyhoach.com).
 *
 * @category Data
 */
export const digitalEconomyValueAddedShare2023Tracuuquyhoach: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"digital-economy-value-added-share-2023-tracuuquyhoach\",\"release\":\"tracuuquyhoach-2024\",\"indicator\":\"digital-economy-value-added-share\",\"name\":{\"vi\":\"Tỷ trọng giá trị tăng thêm của kinh tế số trong GDP năm 2023\",\"en\":\"Digital economy value added as a share of GDP, 2023\"},\"value\":12.87,\"published\":\"12,87%\",\"comparator\":\"eq\",\"decimals\":2,\"scale\":1,\"unit\":\"percent\",\"period\":\"2023\",\"periodType\":\"flow\",\"quote\":null,\"note\":null,\"asOf\":\"2023\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"tỷ trọng giá trị tăng thêm của kinh tế số trong GDP\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Digital economy value added as a share of GDP, 2024: `13,17%`, as of 2024 (tracuuquyhoach-2024, tracuuquyhoach.com).
 *
 * @category Data
 */
export const digitalEconomyValueAddedShare2024Tracuuquyhoach: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"digital-economy-value-added-share-2024-tracuuquyhoach\",\"release\":\"tracuuquyhoach-2024\",\"indicator\":\"digital-economy-value-added-share\",\"name\":{\"vi\":\"Tỷ trọng giá trị tăng thêm của kinh tế số trong GDP năm 2024\",\"en\":\"Digital economy value added as a share of GDP, 2024\"},\"value\":13.17,\"published\":\"13,17%\",\"comparator\":\"eq\",\"decimals\":2,\"scale\":1,\"unit\":\"percent\",\"period\":\"2024\",\"periodType\":\"flow\",\"quote\":null,\"note\":null,\"asOf\":\"2024\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"tỷ trọng giá trị tăng thêm của kinh tế số trong GDP\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Digital economy value added as a share of GDP, 2020: `12,66%`, as of 2020 (baomoi-2025-01-06, baomoi.net.vn).
 *
 * @category Data
 */
export const digitalEconomyValueAddedShare2020Baomoi: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"digital-economy-value-added-share-2020-baomoi\",\"release\":\"baomoi-2025-01-06\",\"indicator\":\"digital-economy-value-added-share\",\"name\":{\"vi\":\"Tỷ trọng giá trị tăng thêm của kinh tế số trong GDP năm 2020\",\"en\":\"Digital economy value added as a share of GDP, 2020\"},\"value\":12.66,\"published\":\"12,66%\",\"comparator\":\"eq\",\"decimals\":2,\"scale\":1,\"unit\":\"percent\",\"period\":\"2020\",\"periodType\":\"flow\",\"quote\":null,\"note\":null,\"asOf\":\"2020\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"tỷ trọng giá trị tăng thêm của kinh tế số trong GDP\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Digital economy value added as a share of GDP, 2021: `12,87%`, as of 2021 (baomoi-2025-01-06, baomoi.net.vn).
 *
 * @category Data
 */
export const digitalEconomyValueAddedShare2021Baomoi: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"digital-economy-value-added-share-2021-baomoi\",\"release\":\"baomoi-2025-01-06\",\"indicator\":\"digital-economy-value-added-share\",\"name\":{\"vi\":\"Tỷ trọng giá trị tăng thêm của kinh tế số trong GDP năm 2021\",\"en\":\"Digital economy value added as a share of GDP, 2021\"},\"value\":12.87,\"published\":\"12,87%\",\"comparator\":\"eq\",\"decimals\":2,\"scale\":1,\"unit\":\"percent\",\"period\":\"2021\",\"periodType\":\"flow\",\"quote\":null,\"note\":null,\"asOf\":\"2021\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"tỷ trọng giá trị tăng thêm của kinh tế số trong GDP\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Digital economy value added as a share of GDP, 2022: `12,83%`, as of 2022 (baomoi-2025-01-06, baomoi.net.vn).
 *
 * @category Data
 */
export const digitalEconomyValueAddedShare2022Baomoi: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"digital-economy-value-added-share-2022-baomoi\",\"release\":\"baomoi-2025-01-06\",\"indicator\":\"digital-economy-value-added-share\",\"name\":{\"vi\":\"Tỷ trọng giá trị tăng thêm của kinh tế số trong GDP năm 2022\",\"en\":\"Digital economy value added as a share of GDP, 2022\"},\"value\":12.83,\"published\":\"12,83%\",\"comparator\":\"eq\",\"decimals\":2,\"scale\":1,\"unit\":\"percent\",\"period\":\"2022\",\"periodType\":\"flow\",\"quote\":null,\"note\":{\"vi\":\"Lần công bố 29/12/2023 in 12,63% cho năm 2022.\",\"en\":\"The release of 29 December 2023 printed 12,63% for 2022.\"},\"asOf\":\"2022\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"tỷ trọng giá trị tăng thêm của kinh tế số trong GDP\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Digital economy value added as a share of GDP, 2023: `12,87%`, as of 2023 (baomoi-2025-01-06, baomoi.net.vn).
 *
 * @category Data
 */
export const digitalEconomyValueAddedShare2023Baomoi: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"digital-economy-value-added-share-2023-baomoi\",\"release\":\"baomoi-2025-01-06\",\"indicator\":\"digital-economy-value-added-share\",\"name\":{\"vi\":\"Tỷ trọng giá trị tăng thêm của kinh tế số trong GDP năm 2023\",\"en\":\"Digital economy value added as a share of GDP, 2023\"},\"value\":12.87,\"published\":\"12,87%\",\"comparator\":\"eq\",\"decimals\":2,\"scale\":1,\"unit\":\"percent\",\"period\":\"2023\",\"periodType\":\"flow\",\"quote\":null,\"note\":{\"vi\":\"Lần công bố 29/12/2023 in 12,33% (ước tính) cho năm 2023.\",\"en\":\"The release of 29 December 2023 printed 12,33% (an estimate) for 2023.\"},\"asOf\":\"2023\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"tỷ trọng giá trị tăng thêm của kinh tế số trong GDP\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Digital economy value added as a share of GDP, 2024: `13,17%`, as of 2024 (baomoi-2025-01-06, baomoi.net.vn).
 *
 * @category Data
 */
export const digitalEconomyValueAddedShare2024Baomoi: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"digital-economy-value-added-share-2024-baomoi\",\"release\":\"baomoi-2025-01-06\",\"indicator\":\"digital-economy-value-added-share\",\"name\":{\"vi\":\"Tỷ trọng giá trị tăng thêm của kinh tế số trong GDP năm 2024\",\"en\":\"Digital economy value added as a share of GDP, 2024\"},\"value\":13.17,\"published\":\"13,17%\",\"comparator\":\"eq\",\"decimals\":2,\"scale\":1,\"unit\":\"percent\",\"period\":\"2024\",\"periodType\":\"flow\",\"quote\":null,\"note\":{\"vi\":\"Một đoạn sau gọi số năm 2024 là ước tính; tỷ trọng in ở đoạn ấy bị cắt trong bản lưu.\",\"en\":\"A later paragraph calls the 2024 values estimates; the share printed there is cut off in the stored copy.\"},\"asOf\":\"2024\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"tỷ trọng giá trị tăng thêm của kinh tế số trong GDP\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Provincial DTI: Đà Nẵng: `0,8340`, as of 2023 (baomoi-2025-02-06, baomoi.net.vn).
 *
 * @category Data
 */
export const dtiProvince202348: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"dti-province-2023-48\",\"release\":\"baomoi-2025-02-06\",\"indicator\":\"dti-province\",\"name\":{\"vi\":\"Chỉ số chuyển đổi số cấp tỉnh: Đà Nẵng\",\"en\":\"Provincial DTI: Đà Nẵng\"},\"value\":0.834,\"published\":\"0,8340\",\"comparator\":\"eq\",\"decimals\":4,\"scale\":1,\"unit\":\"index\",\"period\":\"2023\",\"periodType\":\"stock\",\"quote\":null,\"note\":null,\"asOf\":\"2023\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":{\"units\":\"provinces-2023\",\"code\":\"48\"},\"sameFigureAs\":null,\"term\":\"chỉ số DTI cấp tỉnh\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Provincial DTI, mean over the provinces: `0,6783`, as of 2023 (tothethao-2025-02, tothethao.com).
 *
 * @category Data
 */
export const dtiProvincesMean2023Tothethao: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"dti-provinces-mean-2023-tothethao\",\"release\":\"tothethao-2025-02\",\"indicator\":\"dti-provinces-mean\",\"name\":{\"vi\":\"Giá trị trung bình DTI cấp tỉnh\",\"en\":\"Provincial DTI, mean over the provinces\"},\"value\":0.6783,\"published\":\"0,6783\",\"comparator\":\"eq\",\"decimals\":4,\"scale\":1,\"unit\":\"index\",\"period\":\"2023\",\"periodType\":\"stock\",\"quote\":null,\"note\":null,\"asOf\":\"2023\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"giá trị trung bình DTI 2023 cấp tỉnh\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Provincial DTI, mean over the provinces: `0,5763`, as of 2022 (tothethao-2025-02, tothethao.com).
 *
 * @category Data
 */
export const dtiProvincesMean2022: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"dti-provinces-mean-2022\",\"release\":\"tothethao-2025-02\",\"indicator\":\"dti-provinces-mean\",\"name\":{\"vi\":\"Giá trị trung bình DTI cấp tỉnh\",\"en\":\"Provincial DTI, mean over the provinces\"},\"value\":0.5763,\"published\":\"0,5763\",\"comparator\":\"eq\",\"decimals\":4,\"scale\":1,\"unit\":\"index\",\"period\":\"2022\",\"periodType\":\"stock\",\"quote\":null,\"note\":{\"vi\":\"In lại làm mức năm 2022 để so sánh trong báo cáo DTI 2023; không tìm thấy trang nào của lần công bố DTI 2022 (12/7/2023) in giá trị này.\",\"en\":\"Printed again as the 2022 level compared with in the DTI 2023 report; no page of the DTI 2022 release (12 July 2023) printing it was found.\"},\"asOf\":\"2022\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"giá trị trung bình DTI cấp tỉnh\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Provinces with a DTI 2023 of 0.5 or more: `63/63`, as of 2023 (tothethao-2025-02, tothethao.com).
 *
 * @category Data
 */
export const provincesDtiAtLeastHalf2023: PartOfWholeObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"provinces-dti-at-least-half-2023\",\"release\":\"tothethao-2025-02\",\"indicator\":\"provinces-dti-at-least-half\",\"name\":{\"vi\":\"Tỉnh, thành phố có DTI 2023 từ 0,5 trở lên\",\"en\":\"Provinces with a DTI 2023 of 0.5 or more\"},\"value\":63,\"published\":\"63/63\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"province\",\"period\":\"2023\",\"periodType\":\"stock\",\"quote\":null,\"note\":null,\"asOf\":\"2023\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"đạt từ mức 0,5 trở lên\",\"kind\":\"partOfWhole\",\"part\":63,\"whole\":63,\"population\":\"provinces-2023\",\"missing\":null}"));

/**
 * Provinces with a DTI 2023 above the provincial mean: `34/63`, as of 2023 (tothethao-2025-02, tothethao.com).
 *
 * @category Data
 */
export const provincesDtiAboveMean2023: PartOfWholeObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"provinces-dti-above-mean-2023\",\"release\":\"tothethao-2025-02\",\"indicator\":\"provinces-dti-above-mean\",\"name\":{\"vi\":\"Tỉnh, thành phố có DTI 2023 trên mức trung bình\",\"en\":\"Provinces with a DTI 2023 above the provincial mean\"},\"value\":34,\"published\":\"34/63\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"province\",\"period\":\"2023\",\"periodType\":\"stock\",\"quote\":null,\"note\":null,\"asOf\":\"2023\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"trên mức giá trị trung bình\",\"kind\":\"partOfWhole\",\"part\":34,\"whole\":63,\"population\":\"provinces-2023\",\"missing\":null}"));

/**
 * National Digital Transformation Index (DTI): `0,7326`, as of 2023 (vietbao-2025-02, vietbao.vn).
 *
 * @category Data
 */
export const dtiNational2023Vietbao: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"dti-national-2023-vietbao\",\"release\":\"vietbao-2025-02\",\"indicator\":\"dti-national\",\"name\":{\"vi\":\"Chỉ số chuyển đổi số quốc gia (DTI quốc gia)\",\"en\":\"National Digital Transformation Index (DTI)\"},\"value\":0.7326,\"published\":\"0,7326\",\"comparator\":\"eq\",\"decimals\":4,\"scale\":1,\"unit\":\"index\",\"period\":\"2023\",\"periodType\":\"stock\",\"quote\":null,\"note\":null,\"asOf\":\"2023\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"giá trị DTI quốc gia\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Ministry DTI, mean over the ministries providing public services: `0,6355`, as of 2023 (vietbao-2025-02, vietbao.vn).
 *
 * @category Data
 */
export const dtiMinistriesServicesMean2023: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"dti-ministries-services-mean-2023\",\"release\":\"vietbao-2025-02\",\"indicator\":\"dti-ministries-services-mean\",\"name\":{\"vi\":\"Giá trị trung bình DTI của các bộ, ngành có cung cấp dịch vụ công\",\"en\":\"Ministry DTI, mean over the ministries providing public services\"},\"value\":0.6355,\"published\":\"0,6355\",\"comparator\":\"eq\",\"decimals\":4,\"scale\":1,\"unit\":\"index\",\"period\":\"2023\",\"periodType\":\"stock\",\"quote\":null,\"note\":null,\"asOf\":\"2023\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"các bộ cung cấp dịch vụ công\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Ministry DTI, mean over the ministries providing no public services: `0,4347`, as of 2023 (vietbao-2025-02, vietbao.vn).
 *
 * @category Data
 */
export const dtiMinistriesNoServicesMean2023: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"dti-ministries-no-services-mean-2023\",\"release\":\"vietbao-2025-02\",\"indicator\":\"dti-ministries-no-services-mean\",\"name\":{\"vi\":\"Giá trị trung bình DTI của các bộ, ngành không cung cấp dịch vụ công\",\"en\":\"Ministry DTI, mean over the ministries providing no public services\"},\"value\":0.4347,\"published\":\"0,4347\",\"comparator\":\"eq\",\"decimals\":4,\"scale\":1,\"unit\":\"index\",\"period\":\"2023\",\"periodType\":\"stock\",\"quote\":null,\"note\":null,\"asOf\":\"2023\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"những bộ không cung cấp dịch vụ công\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Ministry DTI, mean over the ministries providing public services: `0,6355`, as of 2023 (vneconomy-2025-02, vneconomy.vn).
 *
 * @category Data
 */
export const dtiMinistriesServicesMean2023Vneconomy: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"dti-ministries-services-mean-2023-vneconomy\",\"release\":\"vneconomy-2025-02\",\"indicator\":\"dti-ministries-services-mean\",\"name\":{\"vi\":\"Giá trị trung bình DTI của các bộ, ngành có cung cấp dịch vụ công\",\"en\":\"Ministry DTI, mean over the ministries providing public services\"},\"value\":0.6355,\"published\":\"0,6355\",\"comparator\":\"eq\",\"decimals\":4,\"scale\":1,\"unit\":\"index\",\"period\":\"2023\",\"periodType\":\"stock\",\"quote\":null,\"note\":{\"vi\":\"Trang nêu nhóm 17 bộ, ngành có dịch vụ công.\",\"en\":\"The page names a group of 17 ministries with public services.\"},\"asOf\":\"2023\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"cấp bộ cung cấp dịch vụ công (DVC)\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Ministry DTI, mean over the ministries providing no public services: `0,4347`, as of 2023 (vneconomy-2025-02, vneconomy.vn).
 *
 * @category Data
 */
export const dtiMinistriesNoServicesMean2023Vneconomy: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"dti-ministries-no-services-mean-2023-vneconomy\",\"release\":\"vneconomy-2025-02\",\"indicator\":\"dti-ministries-no-services-mean\",\"name\":{\"vi\":\"Giá trị trung bình DTI của các bộ, ngành không cung cấp dịch vụ công\",\"en\":\"Ministry DTI, mean over the ministries providing no public services\"},\"value\":0.4347,\"published\":\"0,4347\",\"comparator\":\"eq\",\"decimals\":4,\"scale\":1,\"unit\":\"index\",\"period\":\"2023\",\"periodType\":\"stock\",\"quote\":null,\"note\":{\"vi\":\"Trang nêu nhóm 8 bộ, ngành không có dịch vụ công.\",\"en\":\"The page names a group of 8 ministries without public services.\"},\"asOf\":\"2023\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"cấp bộ không cung cấp DVC\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Provincial DTI, mean over the provinces: `0,6783`, as of 2023 (vneconomy-2025-02, vneconomy.vn).
 *
 * @category Data
 */
export const dtiProvincesMean2023: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"dti-provinces-mean-2023\",\"release\":\"vneconomy-2025-02\",\"indicator\":\"dti-provinces-mean\",\"name\":{\"vi\":\"Giá trị trung bình DTI cấp tỉnh\",\"en\":\"Provincial DTI, mean over the provinces\"},\"value\":0.6783,\"published\":\"0,6783\",\"comparator\":\"eq\",\"decimals\":4,\"scale\":1,\"unit\":\"index\",\"period\":\"2023\",\"periodType\":\"stock\",\"quote\":null,\"note\":{\"vi\":\"Trang gọi giá trị trung bình DTI năm 2023 tắt là \\\"giá trị DTI 2023\\\".\",\"en\":\"The page uses \\\"giá trị DTI 2023\\\" as short for the 2023 mean DTI value.\"},\"asOf\":\"2023\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"giá trị DTI 2023 cấp tỉnh\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Share of dossiers handled fully online, nationwide, June 2025: `39,51%`, as of 2025-06 (baomoi-2025-06, lite.baomoi.com).
 *
 * @category Data
 */
export const fullyOnlineDossiersShare202506: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"fully-online-dossiers-share-2025-06\",\"release\":\"baomoi-2025-06\",\"indicator\":\"fully-online-dossiers-share\",\"name\":{\"vi\":\"Tỷ lệ hồ sơ trực tuyến toàn trình cả nước, tháng 6/2025\",\"en\":\"Share of dossiers handled fully online, nationwide, June 2025\"},\"value\":39.51,\"published\":\"39,51%\",\"comparator\":\"eq\",\"decimals\":2,\"scale\":1,\"unit\":\"percent\",\"period\":\"2025-06\",\"periodType\":\"flow\",\"quote\":null,\"note\":{\"vi\":\"Số của tháng 6/2025; tiêu đề và một câu khác của trang in tròn là 39,5%.\",\"en\":\"June 2025's figure; the headline and another sentence print it rounded, 39,5%.\"},\"asOf\":\"2025-06\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"tỷ lệ hồ sơ dịch vụ công trực tuyến toàn trình\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * End-2025 target: share of dossiers handled fully online, nationwide: `80%`, as of 2025-06 (baomoi-2025-06, lite.baomoi.com).
 *
 * @category Data
 */
export const fullyOnlineDossiersShareTarget2025: TargetObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"fully-online-dossiers-share-target-2025\",\"release\":\"baomoi-2025-06\",\"indicator\":\"fully-online-dossiers-share\",\"name\":{\"vi\":\"Mục tiêu cuối năm 2025: tỷ lệ hồ sơ trực tuyến toàn trình cả nước\",\"en\":\"End-2025 target: share of dossiers handled fully online, nationwide\"},\"value\":80,\"published\":\"80%\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"percent\",\"period\":\"2025\",\"periodType\":\"flow\",\"quote\":null,\"note\":{\"vi\":\"Mục tiêu cần đạt vào cuối năm 2025, in cạnh số tháng 6/2025.\",\"en\":\"The level to reach by the end of 2025, printed beside the June 2025 figure.\"},\"asOf\":\"2025-06\",\"asOfBasis\":\"context\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"tỷ lệ hồ sơ dịch vụ công trực tuyến toàn trình\",\"kind\":\"target\",\"target\":{\"year\":2025,\"comparator\":\"eq\",\"progress\":\"fully-online-dossiers-share-2025-06\"}}"));

/**
 * Share of dossiers handled fully online, ministries, June 2025: `51,19%`, as of 2025-06 (baomoi-2025-06, lite.baomoi.com).
 *
 * @category Data
 */
export const ministriesFullyOnlineDossiersShare202506: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"ministries-fully-online-dossiers-share-2025-06\",\"release\":\"baomoi-2025-06\",\"indicator\":\"ministries-fully-online-dossiers-share\",\"name\":{\"vi\":\"Tỷ lệ hồ sơ trực tuyến toàn trình của khối bộ, ngành, tháng 6/2025\",\"en\":\"Share of dossiers handled fully online, ministries, June 2025\"},\"value\":51.19,\"published\":\"51,19%\",\"comparator\":\"eq\",\"decimals\":2,\"scale\":1,\"unit\":\"percent\",\"period\":\"2025-06\",\"periodType\":\"flow\",\"quote\":null,\"note\":null,\"asOf\":\"2025-06\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"khối bộ, ngành\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Share of dossiers handled fully online, provinces, June 2025: `15,21%`, as of 2025-06 (baomoi-2025-06, lite.baomoi.com).
 *
 * @category Data
 */
export const provincesFullyOnlineDossiersShare202506: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"provinces-fully-online-dossiers-share-2025-06\",\"release\":\"baomoi-2025-06\",\"indicator\":\"provinces-fully-online-dossiers-share\",\"name\":{\"vi\":\"Tỷ lệ hồ sơ trực tuyến toàn trình của khối tỉnh, thành phố, tháng 6/2025\",\"en\":\"Share of dossiers handled fully online, provinces, June 2025\"},\"value\":15.21,\"published\":\"15,21%\",\"comparator\":\"eq\",\"decimals\":2,\"scale\":1,\"unit\":\"percent\",\"period\":\"2025-06\",\"periodType\":\"flow\",\"quote\":null,\"note\":{\"vi\":\"Tháng 6/2025, trước khi các tỉnh được sắp xếp còn 34 (1/7/2025).\",\"en\":\"June 2025, before the provinces were merged into 34 (1 July 2025).\"},\"asOf\":\"2025-06\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"khối tỉnh, thành phố\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Provincial DTI, mean over the provinces: `0,6961`, as of 2024 (baomoi-2025-10, lite.baomoi.com).
 *
 * @category Data
 */
export const dtiProvincesMean2024Baomoi: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"dti-provinces-mean-2024-baomoi\",\"release\":\"baomoi-2025-10\",\"indicator\":\"dti-provinces-mean\",\"name\":{\"vi\":\"Giá trị trung bình DTI cấp tỉnh\",\"en\":\"Provincial DTI, mean over the provinces\"},\"value\":0.6961,\"published\":\"0,6961\",\"comparator\":\"eq\",\"decimals\":4,\"scale\":1,\"unit\":\"index\",\"period\":\"2024\",\"periodType\":\"stock\",\"quote\":null,\"note\":null,\"asOf\":\"2024\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"giá trị trung bình cả nước\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Provincial DTI, digital-government pillar, mean over the provinces: `0,7582`, as of 2024 (baomoi-2025-10, lite.baomoi.com).
 *
 * @category Data
 */
export const dtiProvincesMeanDigitalGovernment2024Baomoi: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"dti-provinces-mean-digital-government-2024-baomoi\",\"release\":\"baomoi-2025-10\",\"indicator\":\"dti-provinces-mean-digital-government\",\"name\":{\"vi\":\"Giá trị trung bình trụ cột Chính quyền số của DTI cấp tỉnh\",\"en\":\"Provincial DTI, digital-government pillar, mean over the provinces\"},\"value\":0.7582,\"published\":\"0,7582\",\"comparator\":\"eq\",\"decimals\":4,\"scale\":1,\"unit\":\"index\",\"period\":\"2024\",\"periodType\":\"stock\",\"quote\":null,\"note\":null,\"asOf\":\"2024\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"Chính quyền số\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Provincial DTI, digital-economy pillar, mean over the provinces: `0,7723`, as of 2024 (baomoi-2025-10, lite.baomoi.com).
 *
 * @category Data
 */
export const dtiProvincesMeanDigitalEconomy2024Baomoi: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"dti-provinces-mean-digital-economy-2024-baomoi\",\"release\":\"baomoi-2025-10\",\"indicator\":\"dti-provinces-mean-digital-economy\",\"name\":{\"vi\":\"Giá trị trung bình trụ cột Kinh tế số của DTI cấp tỉnh\",\"en\":\"Provincial DTI, digital-economy pillar, mean over the provinces\"},\"value\":0.7723,\"published\":\"0,7723\",\"comparator\":\"eq\",\"decimals\":4,\"scale\":1,\"unit\":\"index\",\"period\":\"2024\",\"periodType\":\"stock\",\"quote\":null,\"note\":null,\"asOf\":\"2024\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"Kinh tế số\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * National Digital Transformation Index (DTI): `0,7955`, as of 2024 (dantri-2025-10-21, dantri.com.vn).
 *
 * @category Data
 */
export const dtiNational2024: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"dti-national-2024\",\"release\":\"dantri-2025-10-21\",\"indicator\":\"dti-national\",\"name\":{\"vi\":\"Chỉ số chuyển đổi số quốc gia (DTI quốc gia)\",\"en\":\"National Digital Transformation Index (DTI)\"},\"value\":0.7955,\"published\":\"0,7955\",\"comparator\":\"eq\",\"decimals\":4,\"scale\":1,\"unit\":\"index\",\"period\":\"2024\",\"periodType\":\"stock\",\"quote\":null,\"note\":null,\"asOf\":\"2024\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"DTI quốc gia\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * National Digital Transformation Index (DTI): `0,7326`, as of 2023 (dantri-2025-10-21, dantri.com.vn).
 *
 * @category Data
 */
export const dtiNational2023Dantri: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"dti-national-2023-dantri\",\"release\":\"dantri-2025-10-21\",\"indicator\":\"dti-national\",\"name\":{\"vi\":\"Chỉ số chuyển đổi số quốc gia (DTI quốc gia)\",\"en\":\"National Digital Transformation Index (DTI)\"},\"value\":0.7326,\"published\":\"0,7326\",\"comparator\":\"eq\",\"decimals\":4,\"scale\":1,\"unit\":\"index\",\"period\":\"2023\",\"periodType\":\"stock\",\"quote\":null,\"note\":{\"vi\":\"In trong ngoặc làm mức năm 2023 để so sánh.\",\"en\":\"Printed in brackets as the 2023 level compared with.\"},\"asOf\":\"2023\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"DTI quốc gia\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Provincial DTI, mean over the provinces: `0,6961`, as of 2024 (dantri-2025-10-21, dantri.com.vn).
 *
 * @category Data
 */
export const dtiProvincesMean2024: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"dti-provinces-mean-2024\",\"release\":\"dantri-2025-10-21\",\"indicator\":\"dti-provinces-mean\",\"name\":{\"vi\":\"Giá trị trung bình DTI cấp tỉnh\",\"en\":\"Provincial DTI, mean over the provinces\"},\"value\":0.6961,\"published\":\"0,6961\",\"comparator\":\"eq\",\"decimals\":4,\"scale\":1,\"unit\":\"index\",\"period\":\"2024\",\"periodType\":\"stock\",\"quote\":null,\"note\":null,\"asOf\":\"2024\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"cấp tỉnh, giá trị DTI\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Provincial DTI, digital-government pillar, mean over the provinces: `0,7582`, as of 2024 (dantri-2025-10-21, dantri.com.vn).
 *
 * @category Data
 */
export const dtiProvincesMeanDigitalGovernment2024: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"dti-provinces-mean-digital-government-2024\",\"release\":\"dantri-2025-10-21\",\"indicator\":\"dti-provinces-mean-digital-government\",\"name\":{\"vi\":\"Giá trị trung bình trụ cột Chính quyền số của DTI cấp tỉnh\",\"en\":\"Provincial DTI, digital-government pillar, mean over the provinces\"},\"value\":0.7582,\"published\":\"0,7582\",\"comparator\":\"eq\",\"decimals\":4,\"scale\":1,\"unit\":\"index\",\"period\":\"2024\",\"periodType\":\"stock\",\"quote\":null,\"note\":null,\"asOf\":\"2024\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"Chính quyền số\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Provincial DTI, digital-economy pillar, mean over the provinces: `0,7723`, as of 2024 (dantri-2025-10-21, dantri.com.vn).
 *
 * @category Data
 */
export const dtiProvincesMeanDigitalEconomy2024: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"dti-provinces-mean-digital-economy-2024\",\"release\":\"dantri-2025-10-21\",\"indicator\":\"dti-provinces-mean-digital-economy\",\"name\":{\"vi\":\"Giá trị trung bình trụ cột Kinh tế số của DTI cấp tỉnh\",\"en\":\"Provincial DTI, digital-economy pillar, mean over the provinces\"},\"value\":0.7723,\"published\":\"0,7723\",\"comparator\":\"eq\",\"decimals\":4,\"scale\":1,\"unit\":\"index\",\"period\":\"2024\",\"periodType\":\"stock\",\"quote\":null,\"note\":null,\"asOf\":\"2024\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"Kinh tế số\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Provincial DTI, digital-society pillar, mean over the provinces: `0,7692`, as of 2024 (dantri-2025-10-21, dantri.com.vn).
 *
 * @category Data
 */
export const dtiProvincesMeanDigitalSociety2024: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"dti-provinces-mean-digital-society-2024\",\"release\":\"dantri-2025-10-21\",\"indicator\":\"dti-provinces-mean-digital-society\",\"name\":{\"vi\":\"Giá trị trung bình trụ cột Xã hội số của DTI cấp tỉnh\",\"en\":\"Provincial DTI, digital-society pillar, mean over the provinces\"},\"value\":0.7692,\"published\":\"0,7692\",\"comparator\":\"eq\",\"decimals\":4,\"scale\":1,\"unit\":\"index\",\"period\":\"2024\",\"periodType\":\"stock\",\"quote\":null,\"note\":null,\"asOf\":\"2024\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"Xã hội số\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Provincial DTI: Hà Nội: `0,8241`, as of 2024 (dantri-2025-10-21, dantri.com.vn).
 *
 * @category Data
 */
export const dtiProvince202401: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"dti-province-2024-01\",\"release\":\"dantri-2025-10-21\",\"indicator\":\"dti-province\",\"name\":{\"vi\":\"Chỉ số chuyển đổi số cấp tỉnh: Hà Nội\",\"en\":\"Provincial DTI: Hà Nội\"},\"value\":0.8241,\"published\":\"0,8241\",\"comparator\":\"eq\",\"decimals\":4,\"scale\":1,\"unit\":\"index\",\"period\":\"2024\",\"periodType\":\"stock\",\"quote\":null,\"note\":{\"vi\":\"Giá trị trong bảng xếp hạng 34 tỉnh, thành phố sau sáp nhập.\",\"en\":\"A value of the ranking of the 34 provincial units after the merger.\"},\"asOf\":\"2024\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":{\"units\":\"provinces-2025\",\"code\":\"01\"},\"sameFigureAs\":null,\"term\":\"giá trị DTI\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Provincial DTI: Huế: `0,7951`, as of 2024 (dantri-2025-10-21, dantri.com.vn).
 *
 * @category Data
 */
export const dtiProvince202446: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"dti-province-2024-46\",\"release\":\"dantri-2025-10-21\",\"indicator\":\"dti-province\",\"name\":{\"vi\":\"Chỉ số chuyển đổi số cấp tỉnh: Huế\",\"en\":\"Provincial DTI: Huế\"},\"value\":0.7951,\"published\":\"0,7951\",\"comparator\":\"eq\",\"decimals\":4,\"scale\":1,\"unit\":\"index\",\"period\":\"2024\",\"periodType\":\"stock\",\"quote\":null,\"note\":{\"vi\":\"Trang in tên \\\"Thừa Thiên Huế\\\"; mã 46 là Huế, không sáp nhập, trong 34 đơn vị từ 1/7/2025.\",\"en\":\"The page prints the name \\\"Thừa Thiên Huế\\\"; code 46 is Huế, not merged, among the 34 units from 1 July 2025.\"},\"asOf\":\"2024\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":{\"units\":\"provinces-2025\",\"code\":\"46\"},\"sameFigureAs\":null,\"term\":\"giá trị DTI\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Provincial DTI: Hải Phòng: `0,7857`, as of 2024 (dantri-2025-10-21, dantri.com.vn).
 *
 * @category Data
 */
export const dtiProvince202431: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"dti-province-2024-31\",\"release\":\"dantri-2025-10-21\",\"indicator\":\"dti-province\",\"name\":{\"vi\":\"Chỉ số chuyển đổi số cấp tỉnh: Hải Phòng\",\"en\":\"Provincial DTI: Hải Phòng\"},\"value\":0.7857,\"published\":\"0,7857\",\"comparator\":\"eq\",\"decimals\":4,\"scale\":1,\"unit\":\"index\",\"period\":\"2024\",\"periodType\":\"stock\",\"quote\":null,\"note\":{\"vi\":\"Hải Phòng sau sáp nhập (Hải Phòng và Hải Dương cũ); trang nêu giá trị sau sáp nhập tính theo trung bình cộng các chỉ số chính của các tỉnh trước sáp nhập.\",\"en\":\"Hải Phòng after the merger (former Hải Phòng and Hải Dương); the page says merged values come from the mean of the pre-merger provinces' main indices.\"},\"asOf\":\"2024\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":{\"units\":\"provinces-2025\",\"code\":\"31\"},\"sameFigureAs\":null,\"term\":\"giá trị DTI\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Provincial DTI: Hồ Chí Minh City: `0,7770`, as of 2024 (dantri-2025-10-21, dantri.com.vn).
 *
 * @category Data
 */
export const dtiProvince202479: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"dti-province-2024-79\",\"release\":\"dantri-2025-10-21\",\"indicator\":\"dti-province\",\"name\":{\"vi\":\"Chỉ số chuyển đổi số cấp tỉnh: Thành phố Hồ Chí Minh\",\"en\":\"Provincial DTI: Hồ Chí Minh City\"},\"value\":0.777,\"published\":\"0,7770\",\"comparator\":\"eq\",\"decimals\":4,\"scale\":1,\"unit\":\"index\",\"period\":\"2024\",\"periodType\":\"stock\",\"quote\":null,\"note\":{\"vi\":\"Thành phố Hồ Chí Minh sau sáp nhập (cùng Bình Dương, Bà Rịa - Vũng Tàu cũ); trang nêu giá trị sau sáp nhập tính theo trung bình cộng các chỉ số chính của các tỉnh trước sáp nhập.\",\"en\":\"Hồ Chí Minh City after the merger (with former Bình Dương and Bà Rịa - Vũng Tàu); the page says merged values come from the mean of the pre-merger provinces' main indices.\"},\"asOf\":\"2024\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":{\"units\":\"provinces-2025\",\"code\":\"79\"},\"sameFigureAs\":null,\"term\":\"giá trị DTI\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Provincial DTI: Lào Cai: `0,7167`, as of 2024 (doingoailaocai-2025-10, doingoailaocai.vn).
 *
 * @category Data
 */
export const dtiProvince202415: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"dti-province-2024-15\",\"release\":\"doingoailaocai-2025-10\",\"indicator\":\"dti-province\",\"name\":{\"vi\":\"Chỉ số chuyển đổi số cấp tỉnh: Lào Cai\",\"en\":\"Provincial DTI: Lào Cai\"},\"value\":0.7167,\"published\":\"0,7167\",\"comparator\":\"eq\",\"decimals\":4,\"scale\":1,\"unit\":\"index\",\"period\":\"2024\",\"periodType\":\"stock\",\"quote\":null,\"note\":{\"vi\":\"Lào Cai sau sáp nhập (Lào Cai và Yên Bái cũ), xếp thứ 14/34; trang này không nói giá trị được tính thế nào.\",\"en\":\"Lào Cai after the merger (former Lào Cai and Yên Bái), ranked 14th of 34; this page does not say how the value was computed.\"},\"asOf\":\"2024\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":{\"units\":\"provinces-2025\",\"code\":\"15\"},\"sameFigureAs\":null,\"term\":\"mức độ chuyển đổi số\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Provincial DTI: Hà Nội: `0,8241`, as of 2024 (nhandan-2025-10-21, nhandan.vn).
 *
 * @category Data
 */
export const dtiProvince202401Nhandan: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"dti-province-2024-01-nhandan\",\"release\":\"nhandan-2025-10-21\",\"indicator\":\"dti-province\",\"name\":{\"vi\":\"Chỉ số chuyển đổi số cấp tỉnh: Hà Nội\",\"en\":\"Provincial DTI: Hà Nội\"},\"value\":0.8241,\"published\":\"0,8241\",\"comparator\":\"eq\",\"decimals\":4,\"scale\":1,\"unit\":\"index\",\"period\":\"2024\",\"periodType\":\"stock\",\"quote\":null,\"note\":{\"vi\":\"Giá trị trong bảng xếp hạng 34 tỉnh, thành phố sau sáp nhập.\",\"en\":\"A value of the ranking of the 34 provincial units after the merger.\"},\"asOf\":\"2024\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":{\"units\":\"provinces-2025\",\"code\":\"01\"},\"sameFigureAs\":null,\"term\":\"Chỉ số Chuyển đổi số (DTI) cấp tỉnh\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Share of dossiers handled fully online, as stated on 21 October 2025: `gần 40%`, as of 2025-10-21 (thanhnien-2025-10-21, thanhnien.vn).
 *
 * @category Data
 */
export const fullyOnlineDossiersShare20251021: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"fully-online-dossiers-share-2025-10-21\",\"release\":\"thanhnien-2025-10-21\",\"indicator\":\"fully-online-dossiers-share\",\"name\":{\"vi\":\"Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình, theo phát biểu ngày 21/10/2025\",\"en\":\"Share of dossiers handled fully online, as stated on 21 October 2025\"},\"value\":40,\"published\":\"gần 40%\",\"comparator\":\"nearly\",\"decimals\":0,\"scale\":1,\"unit\":\"percent\",\"period\":\"report\",\"periodType\":\"stock\",\"quote\":null,\"note\":{\"vi\":\"Con số làm tròn trong phát biểu, nói là gấp 9 lần năm 2019; trang không nêu kỳ tính.\",\"en\":\"A rounded figure in a speech, said to be nine times 2019's; the page gives no span counted.\"},\"asOf\":\"2025-10-21\",\"asOfBasis\":\"event\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"hồ sơ giải quyết trực tuyến toàn trình\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * National Digital Transformation Index (DTI): `0,7955`, as of 2024 (vietnamnet-2025-10-21, vietnamnet.vn).
 *
 * @category Data
 */
export const dtiNational2024Vietnamnet: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"dti-national-2024-vietnamnet\",\"release\":\"vietnamnet-2025-10-21\",\"indicator\":\"dti-national\",\"name\":{\"vi\":\"Chỉ số chuyển đổi số quốc gia (DTI quốc gia)\",\"en\":\"National Digital Transformation Index (DTI)\"},\"value\":0.7955,\"published\":\"0,7955\",\"comparator\":\"eq\",\"decimals\":4,\"scale\":1,\"unit\":\"index\",\"period\":\"2024\",\"periodType\":\"stock\",\"quote\":null,\"note\":null,\"asOf\":\"2024\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"cấp quốc gia, chỉ số DTI\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * National Digital Transformation Index (DTI): `0,7955`, as of 2024 (vnexpress-2025-10-21, vnexpress.net).
 *
 * @category Data
 */
export const dtiNational2024Vnexpress: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"dti-national-2024-vnexpress\",\"release\":\"vnexpress-2025-10-21\",\"indicator\":\"dti-national\",\"name\":{\"vi\":\"Chỉ số chuyển đổi số quốc gia (DTI quốc gia)\",\"en\":\"National Digital Transformation Index (DTI)\"},\"value\":0.7955,\"published\":\"0,7955\",\"comparator\":\"eq\",\"decimals\":4,\"scale\":1,\"unit\":\"index\",\"period\":\"2024\",\"periodType\":\"stock\",\"quote\":null,\"note\":null,\"asOf\":\"2024\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"chỉ số DTI quốc gia\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Provincial DTI, mean over the provinces: `0,6961`, as of 2024 (vnexpress-2025-10-21, vnexpress.net).
 *
 * @category Data
 */
export const dtiProvincesMean2024Vnexpress: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"dti-provinces-mean-2024-vnexpress\",\"release\":\"vnexpress-2025-10-21\",\"indicator\":\"dti-provinces-mean\",\"name\":{\"vi\":\"Giá trị trung bình DTI cấp tỉnh\",\"en\":\"Provincial DTI, mean over the provinces\"},\"value\":0.6961,\"published\":\"0,6961\",\"comparator\":\"eq\",\"decimals\":4,\"scale\":1,\"unit\":\"index\",\"period\":\"2024\",\"periodType\":\"stock\",\"quote\":null,\"note\":null,\"asOf\":\"2024\",\"asOfBasis\":\"context\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"giá trị trung bình của DTI cấp tỉnh\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Provincial DTI: Hà Nội: `0,8241`, as of 2024 (vtcnews-2025-10-21, vtcnews.vn).
 *
 * @category Data
 */
export const dtiProvince202401Vtcnews: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"dti-province-2024-01-vtcnews\",\"release\":\"vtcnews-2025-10-21\",\"indicator\":\"dti-province\",\"name\":{\"vi\":\"Chỉ số chuyển đổi số cấp tỉnh: Hà Nội\",\"en\":\"Provincial DTI: Hà Nội\"},\"value\":0.8241,\"published\":\"0,8241\",\"comparator\":\"eq\",\"decimals\":4,\"scale\":1,\"unit\":\"index\",\"period\":\"2024\",\"periodType\":\"stock\",\"quote\":null,\"note\":{\"vi\":\"Giá trị trong bảng xếp hạng 34 tỉnh, thành phố sau sáp nhập.\",\"en\":\"A value of the ranking of the 34 provincial units after the merger.\"},\"asOf\":\"2024\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":{\"units\":\"provinces-2025\",\"code\":\"01\"},\"sameFigureAs\":null,\"term\":\"giá trị DTI\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Provincial DTI: Huế: `0,7951`, as of 2024 (vtcnews-2025-10-21, vtcnews.vn).
 *
 * @category Data
 */
export const dtiProvince202446Vtcnews: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"dti-province-2024-46-vtcnews\",\"release\":\"vtcnews-2025-10-21\",\"indicator\":\"dti-province\",\"name\":{\"vi\":\"Chỉ số chuyển đổi số cấp tỉnh: Huế\",\"en\":\"Provincial DTI: Huế\"},\"value\":0.7951,\"published\":\"0,7951\",\"comparator\":\"eq\",\"decimals\":4,\"scale\":1,\"unit\":\"index\",\"period\":\"2024\",\"periodType\":\"stock\",\"quote\":null,\"note\":{\"vi\":\"Giá trị trong bảng xếp hạng 34 tỉnh, thành phố sau sáp nhập.\",\"en\":\"A value of the ranking of the 34 provincial units after the merger.\"},\"asOf\":\"2024\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":{\"units\":\"provinces-2025\",\"code\":\"46\"},\"sameFigureAs\":null,\"term\":\"giá trị DTI\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Share of public services done entirely in the digital environment: `37%`, as of 2025-10-31 (mst-2025-10-31, mst.gov.vn).
 *
 * @category Data
 */
export const publicServicesFullyDigitalShare20251031: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"public-services-fully-digital-share-2025-10-31\",\"release\":\"mst-2025-10-31\",\"indicator\":\"public-services-fully-digital-share\",\"name\":{\"vi\":\"Tỷ lệ dịch vụ công thực hiện hoàn toàn trên môi trường số\",\"en\":\"Share of public services done entirely in the digital environment\"},\"value\":37,\"published\":\"37%\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"percent\",\"period\":\"2025-10-31\",\"periodType\":\"stock\",\"quote\":null,\"note\":{\"vi\":\"Nguồn ghi 'sau 4 tháng vận hành mô hình chính quyền hai cấp' (từ 1/7/2025), không có ngày: lấy ngày của trang.\",\"en\":\"Printed as 'after four months of two-level local government' (from 1 July 2025), with no date: the page's date is taken.\"},\"asOf\":\"2025-10-31\",\"asOfBasis\":\"page\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"tỷ lệ dịch vụ công thực hiện hoàn toàn trên môi trường số\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Share of dossiers handled fully online, nationwide, October 2025: `39,98%`, as of 2025-10-26 (vietnamnet-2025-11-07, vietnamnet.vn).
 *
 * @category Data
 */
export const fullyOnlineDossiersShare20251026: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"fully-online-dossiers-share-2025-10-26\",\"release\":\"vietnamnet-2025-11-07\",\"indicator\":\"fully-online-dossiers-share\",\"name\":{\"vi\":\"Tỷ lệ hồ sơ trực tuyến toàn trình cả nước, tháng 10/2025\",\"en\":\"Share of dossiers handled fully online, nationwide, October 2025\"},\"value\":39.98,\"published\":\"39,98%\",\"comparator\":\"eq\",\"decimals\":2,\"scale\":1,\"unit\":\"percent\",\"period\":\"2025-10\",\"periodType\":\"flow\",\"quote\":null,\"note\":{\"vi\":\"Số của tháng 10/2025, tính đến ngày 26/10.\",\"en\":\"October 2025's figure, counted to 26 October.\"},\"asOf\":\"2025-10-26\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"tỷ lệ hồ sơ trực tuyến toàn trình\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Change in the share of dossiers handled fully online, October 2025 on October 2024: `1,72%`, as of 2025-10-26 (vietnamnet-2025-11-07, vietnamnet.vn).
 *
 * @category Data
 */
export const fullyOnlineDossiersShareChange20251026: ChangeObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"fully-online-dossiers-share-change-2025-10-26\",\"release\":\"vietnamnet-2025-11-07\",\"indicator\":\"fully-online-dossiers-share\",\"name\":{\"vi\":\"Mức tăng tỷ lệ hồ sơ trực tuyến toàn trình tháng 10/2025 so với cùng kỳ năm 2024\",\"en\":\"Change in the share of dossiers handled fully online, October 2025 on October 2024\"},\"value\":1.72,\"published\":\"1,72%\",\"comparator\":\"eq\",\"decimals\":2,\"scale\":1,\"unit\":\"percent\",\"period\":\"2025-10\",\"periodType\":\"flow\",\"quote\":null,\"note\":{\"vi\":\"Nguồn ghi '%' mà không nói là điểm phần trăm hay phần trăm tương đối; số cùng kỳ năm 2024 không được công bố.\",\"en\":\"The source prints '%' without saying whether it means percentage points or a relative change; the 2024 value is not published.\"},\"asOf\":\"2025-10-26\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"tỷ lệ hồ sơ trực tuyến toàn trình\",\"kind\":\"change\",\"change\":{\"of\":\"fully-online-dossiers-share-2025-10-26\",\"basis\":\"2024-10\",\"direction\":\"increase\",\"unit\":\"ambiguous\"}}"));

/**
 * Share of dossiers handled fully online, ministries, October 2025: `54,46%`, as of 2025-10-26 (vietnamnet-2025-11-07, vietnamnet.vn).
 *
 * @category Data
 */
export const ministriesFullyOnlineDossiersShare20251026: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"ministries-fully-online-dossiers-share-2025-10-26\",\"release\":\"vietnamnet-2025-11-07\",\"indicator\":\"ministries-fully-online-dossiers-share\",\"name\":{\"vi\":\"Tỷ lệ hồ sơ trực tuyến toàn trình của khối bộ, tháng 10/2025\",\"en\":\"Share of dossiers handled fully online, ministries, October 2025\"},\"value\":54.46,\"published\":\"54,46%\",\"comparator\":\"eq\",\"decimals\":2,\"scale\":1,\"unit\":\"percent\",\"period\":\"2025-10\",\"periodType\":\"flow\",\"quote\":null,\"note\":{\"vi\":\"Tính đến ngày 26/10/2025.\",\"en\":\"Counted to 26 October 2025.\"},\"asOf\":\"2025-10-26\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"khối bộ\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Share of dossiers handled fully online, provinces, October 2025: `16,94%`, as of 2025-10-26 (vietnamnet-2025-11-07, vietnamnet.vn).
 *
 * @category Data
 */
export const provincesFullyOnlineDossiersShare20251026: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"provinces-fully-online-dossiers-share-2025-10-26\",\"release\":\"vietnamnet-2025-11-07\",\"indicator\":\"provinces-fully-online-dossiers-share\",\"name\":{\"vi\":\"Tỷ lệ hồ sơ trực tuyến toàn trình của khối tỉnh, thành phố, tháng 10/2025\",\"en\":\"Share of dossiers handled fully online, provinces, October 2025\"},\"value\":16.94,\"published\":\"16,94%\",\"comparator\":\"eq\",\"decimals\":2,\"scale\":1,\"unit\":\"percent\",\"period\":\"2025-10\",\"periodType\":\"flow\",\"quote\":null,\"note\":{\"vi\":\"Tính đến ngày 26/10/2025; khối gồm 34 tỉnh, thành phố từ 1/7/2025.\",\"en\":\"Counted to 26 October 2025; the block is the 34 provinces since 1 July 2025.\"},\"asOf\":\"2025-10-26\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"khối tỉnh, thành phố\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Share of the ministries' procedures provided as fully-online services: `17%`, as of 2025-11-08 (vietnamplus-2025-11-08, vietnamplus.vn).
 *
 * @category Data
 */
export const ministriesProceduresFullyOnlineShare20251108: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"ministries-procedures-fully-online-share-2025-11-08\",\"release\":\"vietnamplus-2025-11-08\",\"indicator\":\"ministries-procedures-fully-online-share\",\"name\":{\"vi\":\"Tỷ lệ thủ tục hành chính cung cấp dịch vụ công toàn trình của các bộ, ngành\",\"en\":\"Share of the ministries' procedures provided as fully-online services\"},\"value\":17,\"published\":\"17%\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"percent\",\"period\":\"2025-11-08\",\"periodType\":\"stock\",\"quote\":null,\"note\":{\"vi\":\"Nguồn ghi 'hiện', không có ngày riêng: lấy ngày của trang.\",\"en\":\"The source says 'now' with no date of its own: the page's date is taken.\"},\"asOf\":\"2025-11-08\",\"asOfBasis\":\"page\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"cung cấp dịch vụ công toàn trình của các bộ, ngành\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Share of the provinces' procedures provided as fully-online services: `37%`, as of 2025-11-08 (vietnamplus-2025-11-08, vietnamplus.vn).
 *
 * @category Data
 */
export const provincesProceduresFullyOnlineShare20251108: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"provinces-procedures-fully-online-share-2025-11-08\",\"release\":\"vietnamplus-2025-11-08\",\"indicator\":\"provinces-procedures-fully-online-share\",\"name\":{\"vi\":\"Tỷ lệ thủ tục hành chính cung cấp dịch vụ công toàn trình của địa phương\",\"en\":\"Share of the provinces' procedures provided as fully-online services\"},\"value\":37,\"published\":\"37%\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"percent\",\"period\":\"2025-11-08\",\"periodType\":\"stock\",\"quote\":null,\"note\":{\"vi\":\"Nguồn ghi 'hiện', không có ngày riêng: lấy ngày của trang; sau khi vận hành chính quyền địa phương hai cấp (1/7/2025).\",\"en\":\"The source says 'now' with no date of its own: the page's date is taken; after two-level local government began (1 July 2025).\"},\"asOf\":\"2025-11-08\",\"asOfBasis\":\"page\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"của địa phương\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Share of dossiers handled fully online, nationwide, November 2025: `51,7%`, as of 2025-11-26 (vietnamnet-2025-11-26, vietnamnet.vn).
 *
 * @category Data
 */
export const fullyOnlineDossiersShare20251126: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"fully-online-dossiers-share-2025-11-26\",\"release\":\"vietnamnet-2025-11-26\",\"indicator\":\"fully-online-dossiers-share\",\"name\":{\"vi\":\"Tỷ lệ hồ sơ trực tuyến toàn trình cả nước, tháng 11/2025\",\"en\":\"Share of dossiers handled fully online, nationwide, November 2025\"},\"value\":51.7,\"published\":\"51,7%\",\"comparator\":\"eq\",\"decimals\":1,\"scale\":1,\"unit\":\"percent\",\"period\":\"2025-11\",\"periodType\":\"flow\",\"quote\":null,\"note\":{\"vi\":\"Số của tháng 11/2025, tính đến ngày 26/11.\",\"en\":\"November 2025's figure, counted to 26 November.\"},\"asOf\":\"2025-11-26\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"tỷ lệ hồ sơ trực tuyến toàn trình\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Change in the share of dossiers handled fully online, November 2025 on November 2024: `12,42%`, as of 2025-11-26 (vietnamnet-2025-11-26, vietnamnet.vn).
 *
 * @category Data
 */
export const fullyOnlineDossiersShareChange20251126: ChangeObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"fully-online-dossiers-share-change-2025-11-26\",\"release\":\"vietnamnet-2025-11-26\",\"indicator\":\"fully-online-dossiers-share\",\"name\":{\"vi\":\"Mức tăng tỷ lệ hồ sơ trực tuyến toàn trình tháng 11/2025 so với cùng kỳ năm trước\",\"en\":\"Change in the share of dossiers handled fully online, November 2025 on November 2024\"},\"value\":12.42,\"published\":\"12,42%\",\"comparator\":\"eq\",\"decimals\":2,\"scale\":1,\"unit\":\"percent\",\"period\":\"2025-11\",\"periodType\":\"flow\",\"quote\":null,\"note\":{\"vi\":\"In liền 'tăng12,42%'; nguồn không nói là điểm phần trăm hay phần trăm tương đối; số cùng kỳ không được công bố.\",\"en\":\"Printed run together ('tăng12,42%'); the source does not say whether points or relative; the year-earlier value is not published.\"},\"asOf\":\"2025-11-26\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"tỷ lệ hồ sơ trực tuyến toàn trình\",\"kind\":\"change\",\"change\":{\"of\":\"fully-online-dossiers-share-2025-11-26\",\"basis\":\"2024-11\",\"direction\":\"increase\",\"unit\":\"ambiguous\"}}"));

/**
 * Share of Resolution 57-NQ/TW tasks completed in 2025: `95%`, as of 2025 (huengaynay-2025-12-27, huengaynay.vn).
 *
 * @category Data
 */
export const resolution57TasksCompletedShare2025: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"resolution-57-tasks-completed-share-2025\",\"release\":\"huengaynay-2025-12-27\",\"indicator\":\"resolution-57-tasks-completed-share\",\"name\":{\"vi\":\"Tỷ lệ nhiệm vụ thực hiện Nghị quyết 57-NQ/TW hoàn thành năm 2025\",\"en\":\"Share of Resolution 57-NQ/TW tasks completed in 2025\"},\"value\":95,\"published\":\"95%\",\"comparator\":\"eq\",\"decimals\":0,\"scale\":1,\"unit\":\"percent\",\"period\":\"2025\",\"periodType\":\"stock\",\"quote\":null,\"note\":{\"vi\":\"Trang cũng in số nhiệm vụ hoàn thành trên tổng số (1.227/1.298); đó là nhiệm vụ, không phải nghị quyết hay kế hoạch về chuyển đổi số.\",\"en\":\"The page also prints the count of tasks done over all tasks (1.227/1.298); these are tasks, not digital-transformation resolutions or plans.\"},\"asOf\":\"2025\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"nhiệm vụ\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Digital economy value added as a share of GDP, 2025: `14,02%` (an estimate), as of 2025 (thoibaotaichinh-2026-01-05, thoibaotaichinhvietnam.vn).
 *
 * @category Data
 */
export const digitalEconomyValueAddedShare2025Thoibaotaichinh: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"digital-economy-value-added-share-2025-thoibaotaichinh\",\"release\":\"thoibaotaichinh-2026-01-05\",\"indicator\":\"digital-economy-value-added-share\",\"name\":{\"vi\":\"Tỷ trọng giá trị tăng thêm của kinh tế số trong GDP năm 2025\",\"en\":\"Digital economy value added as a share of GDP, 2025\"},\"value\":14.02,\"published\":\"14,02%\",\"comparator\":\"eq\",\"decimals\":2,\"scale\":1,\"unit\":\"percent\",\"period\":\"2025\",\"periodType\":\"flow\",\"quote\":null,\"note\":null,\"asOf\":\"2025\",\"asOfBasis\":\"stated\",\"status\":\"estimate\",\"area\":null,\"sameFigureAs\":null,\"term\":\"tỷ trọng giá trị tăng thêm của kinh tế số trong GDP\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Digital economy value added as a share of GDP, 2021: `12,87%`, as of 2021 (vneconomy-2026-01-06, vneconomy.vn).
 *
 * @category Data
 */
export const digitalEconomyValueAddedShare2021Vneconomy: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"digital-economy-value-added-share-2021-vneconomy\",\"release\":\"vneconomy-2026-01-06\",\"indicator\":\"digital-economy-value-added-share\",\"name\":{\"vi\":\"Tỷ trọng giá trị tăng thêm của kinh tế số trong GDP năm 2021\",\"en\":\"Digital economy value added as a share of GDP, 2021\"},\"value\":12.87,\"published\":\"12,87%\",\"comparator\":\"eq\",\"decimals\":2,\"scale\":1,\"unit\":\"percent\",\"period\":\"2021\",\"periodType\":\"flow\",\"quote\":null,\"note\":null,\"asOf\":\"2021\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"tỷ trọng giá trị tăng thêm của kinh tế số trong GDP\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Digital economy value added as a share of GDP, 2025: `14,02%`, as of 2025 (vneconomy-2026-01-06, vneconomy.vn).
 *
 * @category Data
 */
export const digitalEconomyValueAddedShare2025Vneconomy: ValueObservation = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"digital-economy-value-added-share-2025-vneconomy\",\"release\":\"vneconomy-2026-01-06\",\"indicator\":\"digital-economy-value-added-share\",\"name\":{\"vi\":\"Tỷ trọng giá trị tăng thêm của kinh tế số trong GDP năm 2025\",\"en\":\"Digital economy value added as a share of GDP, 2025\"},\"value\":14.02,\"published\":\"14,02%\",\"comparator\":\"eq\",\"decimals\":2,\"scale\":1,\"unit\":\"percent\",\"period\":\"2025\",\"periodType\":\"flow\",\"quote\":null,\"note\":null,\"asOf\":\"2025\",\"asOfBasis\":\"stated\",\"status\":\"normal\",\"area\":null,\"sameFigureAs\":null,\"term\":\"tỷ trọng giá trị tăng thêm của kinh tế số trong GDP\",\"kind\":\"value\",\"shareOf\":null}"));

/**
 * Every published figure of every release, release by release (oldest
 * release first), each release's figures in the order of its source. For
 * one indicator over time, use `series`.
 *
 * @category Data
 */
export const observations: readonly Observation[] = /* @__PURE__ */ _deepFreeze([dtiProvincesMean2020Doanhnghiepvaphattrien, dtiProvince202048, dtiProvincesMean2020, dtiMinistriesServicesMean2020, dtiMinistriesNoServicesMean2020, level4OnlineServicesShare20220120, provincesEgovArchitecture220220120, provincesDxProgrammeOrPlan20220120, ndxpTransactionsMonth20220323, ndxpTransactionsQuarter20220323, provincesEgovArchitecture220220323, ministriesEgovArchitecture220220323, provincesDxSteeringCommittee20220323, communityTechTeams20220404, provincesCommunityTechTeams20220526, provincesCommunityTechTeamsChange20220526, communityTechTeams20220526, communityTechTeamsChange20220526, communityTechTeamMembers20220526, communityTechTeamMembersChange20220526, provincesCommunityTechTeams20220614, communityTechTeams20220614, communityTechTeamMembers20220614, dtiProvincesMean2021, dtiMinistriesServicesMean2021, dtiMinistriesNoServicesMean2021, provincesDeployedCommunityTechTeamModel20220820, communityTechTeams20220820, communityTechTeamMembers20220820, provincesDeployedCommunityTechTeamModel20220823Qdnd, level4OnlineServicesShare20220831, provincesCommunityTechTeams20220831, communityTechTeams20220831, communityTechTeamMembers20220831, ndxpTransactionsMonth20220926, ndxpTransactionsSinceLaunch20220926, ndxpTransactionsDailyAverage20220926, dxSteeringCommitteeShare2022Q3, ministriesDxPlanShare2022Q3, provincesDxPlan2022Q3, provincesDeployedCommunityTechTeamModel20220823, communityTechTeams20220823, communityTechTeamMembers20220823, fullyOnlineServicesShare, fullyOnlineServicesShareChange, ministriesPublishedFullyOnlineList, provincesPublishedFullyOnlineList, fullyOnlineServicesTarget2023, ministriesEgovArchitecture2, provincesEgovArchitecture2, ministriesDxResolution, provincesDxResolution, dxSteeringCommitteeShare, dxPlanShare, ndxpTransactions2023Q1, ndxpTransactions2023Q1ShareOfTarget, ndxpTransactionsTarget2023, ndxpTransactionsCumulative, provincesCommunityTechTeams, communityTechTeams, communityTechTeamMembers, provincesCommunityTechTeamsAllCommunes, onetouchVisits, micAdministrativeProcedures, micPublicServices, micProceduresWithOnlineApplicationsShare, fullyOnlineServicesShare20230430Vienkinhteso, onlineServicesWithDossiersShare20230430, onlineDossiersShare20230430, fullyOnlineServicesShare202303, fullyOnlineServicesShare202304, fullyOnlineServicesShareChange202304, ndxpTransactionsMonth20230430, fullyOnlineServicesShare20230430, fullyOnlineServicesShareChange20230430, fullyOnlineServicesShare20230619, fullyOnlineServicesShareTarget202320230619, fullyOnlineServicesShareOfTarget20230619, ministriesAndProvincesPublishedOnlineServiceList20230619, provincesDxResolutionOrDirective20230619, provincesDxPlan20230619, provincesDxSteeringCommittee20230619, digitalEconomyShareMinistryEstimate2021, digitalEconomyShareMinistryEstimate2022, digitalEconomyShareMinistryEstimateTarget2023, digitalEconomyShareMinistryEstimateTarget2024, dtiProvince202284, provincesCommunityTechTeams20230822, communityTechTeams20230822, communityTechTeamMembers20230822, provincesCommunityTechTeamsAllCommunes20230822, onetouchVisits20230822, ministriesEgovArchitecture220230828, provincesEgovArchitecture220230828, ministriesDxResolution20230828, provincesDxResolution20230828, dxSteeringCommitteeShare20230828, dxPlanShare20230828, ministriesDxPlan20230828, provincesDxPlan20230828, provincesCommunityTechTeams20230904, communityTechTeams20230904, communityTechTeamMembers20230904, provincesCommunityTechTeamsAllCommunes20230904, onetouchVisits20230904, digitalEconomyValueAddedShareTrial2022, provincesCommunityTechTeams202309, communityTechTeams202309, provincesCommunityTechTeamsAllCommunes202309, dxSteeringCommitteeShare202309, dxPlanShare202309, digitalEconomyValueAddedShareTrial2022Vietnamnet, dtiNational2023, digitalEconomyValueAddedShare2020Congthuong, digitalEconomyValueAddedShare2021Congthuong, digitalEconomyValueAddedShare2022Congthuong, digitalEconomyValueAddedShare2023Congthuong, digitalEconomyShareMinistryEstimate2023, digitalEconomyValueAddedShare2020Dukcoquantwtphcm, digitalEconomyValueAddedShare2021Dukcoquantwtphcm, digitalEconomyValueAddedShare2022Dukcoquantwtphcm, digitalEconomyValueAddedShare2023Dukcoquantwtphcm, ndxpTransactionsDailyAverage202404, ministriesDxPlan2024202404, provincesDxPlan2024202404, ndxpConnectionPoints202404, ndxpConnectedAgencies202404, fullyOnlineDossiersShare2023Dongnai, fullyOnlineDossiersShare20240630Dongnai, ministriesFullyOnlineDossiersShare2023Dongnai, ministriesFullyOnlineDossiersShare20240630Dongnai, provincesFullyOnlineDossiersShare2023Dongnai, provincesFullyOnlineDossiersShare20240630Dongnai, digitalEconomyShareMinistryEstimate20240630Dongnai, fullyOnlineDossiersShare2023, fullyOnlineDossiersShare20240630, ministriesFullyOnlineDossiersShare2023, ministriesFullyOnlineDossiersShare20240630, provincesFullyOnlineDossiersShare2023, provincesFullyOnlineDossiersShare20240630, digitalEconomyShareMinistryEstimate20240630, communityTechTeams202409, digitalEconomyShareMinistryEstimate2024, fullyOnlineDossiersShare2024, fullyOnlineDossiersShareTarget2024, ministriesFullyOnlineDossiersShare2024, ministriesFullyOnlineDossiersShareTarget2024, provincesFullyOnlineDossiersShare2024, provincesFullyOnlineDossiersShareTarget2024, fullyOnlineDossiersShare2024HaNam, fullyOnlineDossiersShare2024DaNang, fullyOnlineDossiersShare2024HaGiang, fullyOnlineDossiersShare2024NamDinh, digitalEconomyValueAddedShare2020Tracuuquyhoach, digitalEconomyValueAddedShare2021Tracuuquyhoach, digitalEconomyValueAddedShare2022Tracuuquyhoach, digitalEconomyValueAddedShare2023Tracuuquyhoach, digitalEconomyValueAddedShare2024Tracuuquyhoach, digitalEconomyValueAddedShare2020Baomoi, digitalEconomyValueAddedShare2021Baomoi, digitalEconomyValueAddedShare2022Baomoi, digitalEconomyValueAddedShare2023Baomoi, digitalEconomyValueAddedShare2024Baomoi, dtiProvince202348, dtiProvincesMean2023Tothethao, dtiProvincesMean2022, provincesDtiAtLeastHalf2023, provincesDtiAboveMean2023, dtiNational2023Vietbao, dtiMinistriesServicesMean2023, dtiMinistriesNoServicesMean2023, dtiMinistriesServicesMean2023Vneconomy, dtiMinistriesNoServicesMean2023Vneconomy, dtiProvincesMean2023, fullyOnlineDossiersShare202506, fullyOnlineDossiersShareTarget2025, ministriesFullyOnlineDossiersShare202506, provincesFullyOnlineDossiersShare202506, dtiProvincesMean2024Baomoi, dtiProvincesMeanDigitalGovernment2024Baomoi, dtiProvincesMeanDigitalEconomy2024Baomoi, dtiNational2024, dtiNational2023Dantri, dtiProvincesMean2024, dtiProvincesMeanDigitalGovernment2024, dtiProvincesMeanDigitalEconomy2024, dtiProvincesMeanDigitalSociety2024, dtiProvince202401, dtiProvince202446, dtiProvince202431, dtiProvince202479, dtiProvince202415, dtiProvince202401Nhandan, fullyOnlineDossiersShare20251021, dtiNational2024Vietnamnet, dtiNational2024Vnexpress, dtiProvincesMean2024Vnexpress, dtiProvince202401Vtcnews, dtiProvince202446Vtcnews, publicServicesFullyDigitalShare20251031, fullyOnlineDossiersShare20251026, fullyOnlineDossiersShareChange20251026, ministriesFullyOnlineDossiersShare20251026, provincesFullyOnlineDossiersShare20251026, ministriesProceduresFullyOnlineShare20251108, provincesProceduresFullyOnlineShare20251108, fullyOnlineDossiersShare20251126, fullyOnlineDossiersShareChange20251126, resolution57TasksCompletedShare2025, digitalEconomyValueAddedShare2025Thoibaotaichinh, digitalEconomyValueAddedShare2021Vneconomy, digitalEconomyValueAddedShare2025Vneconomy]);

/**
 * The id of an observation: a typo is a compile error.
 *
 * @category Data
 */
export type ObservationId =
  | "dti-provinces-mean-2020-doanhnghiepvaphattrien"
  | "dti-province-2020-48"
  | "dti-provinces-mean-2020"
  | "dti-ministries-services-mean-2020"
  | "dti-ministries-no-services-mean-2020"
  | "level-4-online-services-share-2022-01-20"
  | "provinces-egov-architecture-2-2022-01-20"
  | "provinces-dx-programme-or-plan-2022-01-20"
  | "ndxp-transactions-month-2022-03-23"
  | "ndxp-transactions-quarter-2022-03-23"
  | "provinces-egov-architecture-2-2022-03-23"
  | "ministries-egov-architecture-2-2022-03-23"
  | "provinces-dx-steering-committee-2022-03-23"
  | "community-tech-teams-2022-04-04"
  | "provinces-community-tech-teams-2022-05-26"
  | "provinces-community-tech-teams-change-2022-05-26"
  | "community-tech-teams-2022-05-26"
  | "community-tech-teams-change-2022-05-26"
  | "community-tech-team-members-2022-05-26"
  | "community-tech-team-members-change-2022-05-26"
  | "provinces-community-tech-teams-2022-06-14"
  | "community-tech-teams-2022-06-14"
  | "community-tech-team-members-2022-06-14"
  | "dti-provinces-mean-2021"
  | "dti-ministries-services-mean-2021"
  | "dti-ministries-no-services-mean-2021"
  | "provinces-deployed-community-tech-team-model-2022-08-20"
  | "community-tech-teams-2022-08-20"
  | "community-tech-team-members-2022-08-20"
  | "provinces-deployed-community-tech-team-model-2022-08-23-qdnd"
  | "level-4-online-services-share-2022-08-31"
  | "provinces-community-tech-teams-2022-08-31"
  | "community-tech-teams-2022-08-31"
  | "community-tech-team-members-2022-08-31"
  | "ndxp-transactions-month-2022-09-26"
  | "ndxp-transactions-since-launch-2022-09-26"
  | "ndxp-transactions-daily-average-2022-09-26"
  | "dx-steering-committee-share-2022-q3"
  | "ministries-dx-plan-share-2022-q3"
  | "provinces-dx-plan-2022-q3"
  | "provinces-deployed-community-tech-team-model-2022-08-23"
  | "community-tech-teams-2022-08-23"
  | "community-tech-team-members-2022-08-23"
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
  | "mic-procedures-with-online-applications-share"
  | "fully-online-services-share-2023-04-30-vienkinhteso"
  | "online-services-with-dossiers-share-2023-04-30"
  | "online-dossiers-share-2023-04-30"
  | "fully-online-services-share-2023-03"
  | "fully-online-services-share-2023-04"
  | "fully-online-services-share-change-2023-04"
  | "ndxp-transactions-month-2023-04-30"
  | "fully-online-services-share-2023-04-30"
  | "fully-online-services-share-change-2023-04-30"
  | "fully-online-services-share-2023-06-19"
  | "fully-online-services-share-target-2023-2023-06-19"
  | "fully-online-services-share-of-target-2023-06-19"
  | "ministries-and-provinces-published-online-service-list-2023-06-19"
  | "provinces-dx-resolution-or-directive-2023-06-19"
  | "provinces-dx-plan-2023-06-19"
  | "provinces-dx-steering-committee-2023-06-19"
  | "digital-economy-share-ministry-estimate-2021"
  | "digital-economy-share-ministry-estimate-2022"
  | "digital-economy-share-ministry-estimate-target-2023"
  | "digital-economy-share-ministry-estimate-target-2024"
  | "dti-province-2022-84"
  | "provinces-community-tech-teams-2023-08-22"
  | "community-tech-teams-2023-08-22"
  | "community-tech-team-members-2023-08-22"
  | "provinces-community-tech-teams-all-communes-2023-08-22"
  | "onetouch-visits-2023-08-22"
  | "ministries-egov-architecture-2-2023-08-28"
  | "provinces-egov-architecture-2-2023-08-28"
  | "ministries-dx-resolution-2023-08-28"
  | "provinces-dx-resolution-2023-08-28"
  | "dx-steering-committee-share-2023-08-28"
  | "dx-plan-share-2023-08-28"
  | "ministries-dx-plan-2023-08-28"
  | "provinces-dx-plan-2023-08-28"
  | "provinces-community-tech-teams-2023-09-04"
  | "community-tech-teams-2023-09-04"
  | "community-tech-team-members-2023-09-04"
  | "provinces-community-tech-teams-all-communes-2023-09-04"
  | "onetouch-visits-2023-09-04"
  | "digital-economy-value-added-share-trial-2022"
  | "provinces-community-tech-teams-2023-09"
  | "community-tech-teams-2023-09"
  | "provinces-community-tech-teams-all-communes-2023-09"
  | "dx-steering-committee-share-2023-09"
  | "dx-plan-share-2023-09"
  | "digital-economy-value-added-share-trial-2022-vietnamnet"
  | "dti-national-2023"
  | "digital-economy-value-added-share-2020-congthuong"
  | "digital-economy-value-added-share-2021-congthuong"
  | "digital-economy-value-added-share-2022-congthuong"
  | "digital-economy-value-added-share-2023-congthuong"
  | "digital-economy-share-ministry-estimate-2023"
  | "digital-economy-value-added-share-2020-dukcoquantwtphcm"
  | "digital-economy-value-added-share-2021-dukcoquantwtphcm"
  | "digital-economy-value-added-share-2022-dukcoquantwtphcm"
  | "digital-economy-value-added-share-2023-dukcoquantwtphcm"
  | "ndxp-transactions-daily-average-2024-04"
  | "ministries-dx-plan-2024-2024-04"
  | "provinces-dx-plan-2024-2024-04"
  | "ndxp-connection-points-2024-04"
  | "ndxp-connected-agencies-2024-04"
  | "fully-online-dossiers-share-2023-dongnai"
  | "fully-online-dossiers-share-2024-06-30-dongnai"
  | "ministries-fully-online-dossiers-share-2023-dongnai"
  | "ministries-fully-online-dossiers-share-2024-06-30-dongnai"
  | "provinces-fully-online-dossiers-share-2023-dongnai"
  | "provinces-fully-online-dossiers-share-2024-06-30-dongnai"
  | "digital-economy-share-ministry-estimate-2024-06-30-dongnai"
  | "fully-online-dossiers-share-2023"
  | "fully-online-dossiers-share-2024-06-30"
  | "ministries-fully-online-dossiers-share-2023"
  | "ministries-fully-online-dossiers-share-2024-06-30"
  | "provinces-fully-online-dossiers-share-2023"
  | "provinces-fully-online-dossiers-share-2024-06-30"
  | "digital-economy-share-ministry-estimate-2024-06-30"
  | "community-tech-teams-2024-09"
  | "digital-economy-share-ministry-estimate-2024"
  | "fully-online-dossiers-share-2024"
  | "fully-online-dossiers-share-target-2024"
  | "ministries-fully-online-dossiers-share-2024"
  | "ministries-fully-online-dossiers-share-target-2024"
  | "provinces-fully-online-dossiers-share-2024"
  | "provinces-fully-online-dossiers-share-target-2024"
  | "fully-online-dossiers-share-2024-ha-nam"
  | "fully-online-dossiers-share-2024-da-nang"
  | "fully-online-dossiers-share-2024-ha-giang"
  | "fully-online-dossiers-share-2024-nam-dinh"
  | "digital-economy-value-added-share-2020-tracuuquyhoach"
  | "digital-economy-value-added-share-2021-tracuuquyhoach"
  | "digital-economy-value-added-share-2022-tracuuquyhoach"
  | "digital-economy-value-added-share-2023-tracuuquyhoach"
  | "digital-economy-value-added-share-2024-tracuuquyhoach"
  | "digital-economy-value-added-share-2020-baomoi"
  | "digital-economy-value-added-share-2021-baomoi"
  | "digital-economy-value-added-share-2022-baomoi"
  | "digital-economy-value-added-share-2023-baomoi"
  | "digital-economy-value-added-share-2024-baomoi"
  | "dti-province-2023-48"
  | "dti-provinces-mean-2023-tothethao"
  | "dti-provinces-mean-2022"
  | "provinces-dti-at-least-half-2023"
  | "provinces-dti-above-mean-2023"
  | "dti-national-2023-vietbao"
  | "dti-ministries-services-mean-2023"
  | "dti-ministries-no-services-mean-2023"
  | "dti-ministries-services-mean-2023-vneconomy"
  | "dti-ministries-no-services-mean-2023-vneconomy"
  | "dti-provinces-mean-2023"
  | "fully-online-dossiers-share-2025-06"
  | "fully-online-dossiers-share-target-2025"
  | "ministries-fully-online-dossiers-share-2025-06"
  | "provinces-fully-online-dossiers-share-2025-06"
  | "dti-provinces-mean-2024-baomoi"
  | "dti-provinces-mean-digital-government-2024-baomoi"
  | "dti-provinces-mean-digital-economy-2024-baomoi"
  | "dti-national-2024"
  | "dti-national-2023-dantri"
  | "dti-provinces-mean-2024"
  | "dti-provinces-mean-digital-government-2024"
  | "dti-provinces-mean-digital-economy-2024"
  | "dti-provinces-mean-digital-society-2024"
  | "dti-province-2024-01"
  | "dti-province-2024-46"
  | "dti-province-2024-31"
  | "dti-province-2024-79"
  | "dti-province-2024-15"
  | "dti-province-2024-01-nhandan"
  | "fully-online-dossiers-share-2025-10-21"
  | "dti-national-2024-vietnamnet"
  | "dti-national-2024-vnexpress"
  | "dti-provinces-mean-2024-vnexpress"
  | "dti-province-2024-01-vtcnews"
  | "dti-province-2024-46-vtcnews"
  | "public-services-fully-digital-share-2025-10-31"
  | "fully-online-dossiers-share-2025-10-26"
  | "fully-online-dossiers-share-change-2025-10-26"
  | "ministries-fully-online-dossiers-share-2025-10-26"
  | "provinces-fully-online-dossiers-share-2025-10-26"
  | "ministries-procedures-fully-online-share-2025-11-08"
  | "provinces-procedures-fully-online-share-2025-11-08"
  | "fully-online-dossiers-share-2025-11-26"
  | "fully-online-dossiers-share-change-2025-11-26"
  | "resolution-57-tasks-completed-share-2025"
  | "digital-economy-value-added-share-2025-thoibaotaichinh"
  | "digital-economy-value-added-share-2021-vneconomy"
  | "digital-economy-value-added-share-2025-vneconomy";

/**
 * The type of each observation, by id: what `getObservation(id)` returns.
 *
 * @category Data
 */
export interface ObservationsById {
  /** Provincial DTI, mean over the provinces: `0,3026`, as of 2020 (doanhnghiepvaphattrien-2021-10). */
  readonly "dti-provinces-mean-2020-doanhnghiepvaphattrien": ValueObservation;
  /** Provincial DTI: Đà Nẵng: `0,4874`, as of 2020 (doanhnghiepvaphattrien-2021-10). */
  readonly "dti-province-2020-48": ValueObservation;
  /** Provincial DTI, mean over the provinces: `0,3026`, as of 2020 (tapchicongthuong-2021-10). */
  readonly "dti-provinces-mean-2020": ValueObservation;
  /** Ministry DTI, mean over the ministries providing public services: `0,3982`, as of 2020 (tapchicongthuong-2021-10). */
  readonly "dti-ministries-services-mean-2020": ValueObservation;
  /** Ministry DTI, mean over the ministries providing no public services: `0,2342`, as of 2020 (tapchicongthuong-2021-10). */
  readonly "dti-ministries-no-services-mean-2020": ValueObservation;
  /** Share of eligible public services online at level 4: `96,74%`, as of 2022-01-20 (24h-2022-02). */
  readonly "level-4-online-services-share-2022-01-20": ValueObservation;
  /** Provinces that have built or updated e-government architecture 2.0: `54/63`, as of 2022-01-20 (24h-2022-02). */
  readonly "provinces-egov-architecture-2-2022-01-20": PartOfWholeObservation;
  /** Provinces that have drawn up a digital-transformation programme or plan: `52/63`, as of 2022-01-20 (24h-2022-02). */
  readonly "provinces-dx-programme-or-plan-2022-01-20": PartOfWholeObservation;
  /** NDXP transactions in a month: `gần 48 triệu`, as of 2022-03-23 (antoanthongtin-2022-03). */
  readonly "ndxp-transactions-month-2022-03-23": ValueObservation;
  /** NDXP transactions in a quarter: `trên 134,5 triệu`, as of 2022-03-23 (antoanthongtin-2022-03). */
  readonly "ndxp-transactions-quarter-2022-03-23": ValueObservation;
  /** Provinces that have built or updated e-government architecture 2.0: `59/63`, as of 2022-03-23 (baokiemtoan-2022-03). */
  readonly "provinces-egov-architecture-2-2022-03-23": PartOfWholeObservation;
  /** Ministries that have issued e-government architecture 2.0: `19/22`, as of 2022-03-23 (baokiemtoan-2022-03). */
  readonly "ministries-egov-architecture-2-2022-03-23": PartOfWholeObservation;
  /** Provinces that have set up or consolidated a digital-transformation steering committee: `59/63`, as of 2022-03-23 (baokiemtoan-2022-03). */
  readonly "provinces-dx-steering-committee-2022-03-23": PartOfWholeObservation;
  /** Community digital technology teams: `gần 2.300`, as of 2022-04-04 (ictvietnam-2022-04-04). */
  readonly "community-tech-teams-2022-04-04": ValueObservation;
  /** Provinces that have set up community digital technology teams: `26/63`, as of 2022-05-26 (1thegioi-2022-06-02). */
  readonly "provinces-community-tech-teams-2022-05-26": PartOfWholeObservation;
  /** Increase in provinces with community digital technology teams since 13 May 2022: `73,3%`, as of 2022-05-26 (1thegioi-2022-06-02). */
  readonly "provinces-community-tech-teams-change-2022-05-26": ChangeObservation;
  /** Community digital technology teams: `18.286`, as of 2022-05-26 (1thegioi-2022-06-02). */
  readonly "community-tech-teams-2022-05-26": ValueObservation;
  /** Increase in community digital technology teams since 13 May 2022: `90%`, as of 2022-05-26 (1thegioi-2022-06-02). */
  readonly "community-tech-teams-change-2022-05-26": ChangeObservation;
  /** Members of community digital technology teams: `64.432`, as of 2022-05-26 (1thegioi-2022-06-02). */
  readonly "community-tech-team-members-2022-05-26": ValueObservation;
  /** Increase in community digital technology team members since 13 May 2022: `113%`, as of 2022-05-26 (1thegioi-2022-06-02). */
  readonly "community-tech-team-members-change-2022-05-26": ChangeObservation;
  /** Provinces that have set up community digital technology teams: `34/63`, as of 2022-06-14 (thoibao-2022-06-15). */
  readonly "provinces-community-tech-teams-2022-06-14": PartOfWholeObservation;
  /** Community digital technology teams: `27.218`, as of 2022-06-14 (thoibao-2022-06-15). */
  readonly "community-tech-teams-2022-06-14": ValueObservation;
  /** Members of community digital technology teams: `130.487`, as of 2022-06-14 (thoibao-2022-06-15). */
  readonly "community-tech-team-members-2022-06-14": ValueObservation;
  /** Provincial DTI, mean over the provinces: `0,4014`, as of 2021 (kinhtedothi-2022-08). */
  readonly "dti-provinces-mean-2021": ValueObservation;
  /** Ministry DTI, mean over the ministries providing public services: `0,4595`, as of 2021 (kinhtedothi-2022-08). */
  readonly "dti-ministries-services-mean-2021": ValueObservation;
  /** Ministry DTI, mean over the ministries providing no public services: `0,2151`, as of 2021 (kinhtedothi-2022-08). */
  readonly "dti-ministries-no-services-mean-2021": ValueObservation;
  /** Provinces that have deployed the community digital technology team model: `49/63`, as of 2022-08-20 (thoisutoancanh-2022-08). */
  readonly "provinces-deployed-community-tech-team-model-2022-08-20": PartOfWholeObservation;
  /** Community digital technology teams: `hơn 42.460`, as of 2022-08-20 (thoisutoancanh-2022-08). */
  readonly "community-tech-teams-2022-08-20": ValueObservation;
  /** Members of community digital technology teams: `trên 208.300`, as of 2022-08-20 (thoisutoancanh-2022-08). */
  readonly "community-tech-team-members-2022-08-20": ValueObservation;
  /** Provinces that have deployed the community digital technology team model: `49/63`, as of 2022-08-23 (qdnd-2022-08). */
  readonly "provinces-deployed-community-tech-team-model-2022-08-23-qdnd": PartOfWholeObservation;
  /** Share of eligible public services online at level 4: `khoảng 97,3%`, as of 2022-08-31 (doanhnghiepvadoisong-2022-08). */
  readonly "level-4-online-services-share-2022-08-31": ValueObservation;
  /** Provinces that have set up community digital technology teams: `51/63`, as of 2022-08-31 (laodongthudo-2022-08). */
  readonly "provinces-community-tech-teams-2022-08-31": PartOfWholeObservation;
  /** Community digital technology teams: `45.895`, as of 2022-08-31 (laodongthudo-2022-08). */
  readonly "community-tech-teams-2022-08-31": ValueObservation;
  /** Members of community digital technology teams at commune, village and residential-group level: `211.737`, as of 2022-08-31 (laodongthudo-2022-08). */
  readonly "community-tech-team-members-2022-08-31": ValueObservation;
  /** NDXP transactions in a month: `58.397.139`, as of 2022-09-26 (anninhthudo-2022-09). */
  readonly "ndxp-transactions-month-2022-09-26": ValueObservation;
  /** NDXP transactions since the platform's launch: `hơn 661 triệu`, as of 2022-09-26 (anninhthudo-2022-09). */
  readonly "ndxp-transactions-since-launch-2022-09-26": ValueObservation;
  /** NDXP transactions a day, on average: `khoảng 1,6 triệu`, as of 2022-09-26 (anninhthudo-2022-09). */
  readonly "ndxp-transactions-daily-average-2022-09-26": ValueObservation;
  /** Share of ministries and localities that have set up or consolidated a digital-transformation steering committee: `100%`, as of 2022-Q3 (vneconomy-2022-q3). */
  readonly "dx-steering-committee-share-2022-q3": ValueObservation;
  /** Share of ministries that have issued a digital-transformation plan or scheme: `100%`, as of 2022-Q3 (vneconomy-2022-q3). */
  readonly "ministries-dx-plan-share-2022-q3": ValueObservation;
  /** Provinces that have issued a digital-transformation plan or scheme: `62/63`, as of 2022-Q3 (vneconomy-2022-q3). */
  readonly "provinces-dx-plan-2022-q3": PartOfWholeObservation;
  /** Provinces that have deployed the community digital technology team model: `49/63`, as of 2022-08-23 (vneconomy-2022-q3). */
  readonly "provinces-deployed-community-tech-team-model-2022-08-23": PartOfWholeObservation;
  /** Community digital technology teams: `42.469`, as of 2022-08-23 (vneconomy-2022-q3). */
  readonly "community-tech-teams-2022-08-23": ValueObservation;
  /** Members of community digital technology teams: `hơn 208 nghìn`, as of 2022-08-23 (vneconomy-2022-q3). */
  readonly "community-tech-team-members-2022-08-23": ValueObservation;
  /** Share of eligible public services available fully online: `74,72%`, as of 2023-03-06 (mic-2023-q1). */
  readonly "fully-online-services-share": ValueObservation;
  /** Change in the share of fully-online services since January 2023: `4,36%`, as of 2023-03-06 (mic-2023-q1). */
  readonly "fully-online-services-share-change": ChangeObservation;
  /** Ministries and sectors that have published and sent their list of services eligible for full online processing: `15`, as of 2023-03-06 (mic-2023-q1). */
  readonly "ministries-published-fully-online-list": ValueObservation;
  /** Provinces that have published and sent their list of services eligible for full online processing: `55`, as of 2023-03-06 (mic-2023-q1). */
  readonly "provinces-published-fully-online-list": ValueObservation;
  /** 2023 target: share of public services available fully online: `100%`, as of 2023-03-06 (mic-2023-q1). */
  readonly "fully-online-services-target-2023": TargetObservation;
  /** Ministries that have issued e-government architecture 2.0: `19/22`, as of 2023-03-06 (mic-2023-q1). */
  readonly "ministries-egov-architecture-2": PartOfWholeObservation;
  /** Provinces that have built or updated e-government architecture 2.0: `63/63`, as of 2023-03-06 (mic-2023-q1). */
  readonly "provinces-egov-architecture-2": PartOfWholeObservation;
  /** Ministries that have issued a resolution or programme on digital transformation: `4/22`, as of 2023-03-06 (mic-2023-q1). */
  readonly "ministries-dx-resolution": PartOfWholeObservation;
  /** Provinces that have issued a resolution or programme on digital transformation: `62/63`, as of 2023-03-06 (mic-2023-q1). */
  readonly "provinces-dx-resolution": PartOfWholeObservation;
  /** Ministries and localities with a digital-transformation steering committee: `100%`, as of 2023-03-06 (mic-2023-q1). */
  readonly "dx-steering-committee-share": ValueObservation;
  /** Ministries and localities with a digital-transformation plan or scheme: `100%`, as of 2023-03-06 (mic-2023-q1). */
  readonly "dx-plan-share": ValueObservation;
  /** Transactions through NDXP in Q1 2023: `hơn 111 triệu`, as of 2023-03-06 (mic-2023-q1). */
  readonly "ndxp-transactions-2023-q1": ValueObservation;
  /** NDXP transactions in Q1 2023 as a share of the 2023 target: `khoảng 12,95%`, as of 2023-03-06 (mic-2023-q1). */
  readonly "ndxp-transactions-2023-q1-share-of-target": ValueObservation;
  /** 2023 target: transactions through NDXP: `tối thiểu 860 triệu`, as of 2023-03-06 (mic-2023-q1). */
  readonly "ndxp-transactions-target-2023": TargetObservation;
  /** Transactions through NDXP since its launch: `hơn 1,276 tỷ`, as of 2023-03-06 (mic-2023-q1). */
  readonly "ndxp-transactions-cumulative": ValueObservation;
  /** Provinces that have set up community digital technology teams: `63/63`, as of 2023-03-06 (mic-2023-q1). */
  readonly "provinces-community-tech-teams": PartOfWholeObservation;
  /** Community digital technology teams: `71.836`, as of 2023-03-06 (mic-2023-q1). */
  readonly "community-tech-teams": ValueObservation;
  /** Members of community digital technology teams at commune, village and street level: `334.896`, as of 2023-03-06 (mic-2023-q1). */
  readonly "community-tech-team-members": ValueObservation;
  /** Provinces with community digital technology teams in every commune: `48/63`, as of 2023-03-06 (mic-2023-q1). */
  readonly "provinces-community-tech-teams-all-communes": PartOfWholeObservation;
  /** Visits to the OneTouch platform as of 21 February 2023: `hơn 17,5 triệu`, as of 2023-02-21 (mic-2023-q1). */
  readonly "onetouch-visits": ValueObservation;
  /** Administrative procedures of the Ministry of Information and Communications: `262`, as of 2023-03-06 (mic-2023-q1). */
  readonly "mic-administrative-procedures": ValueObservation;
  /** Public services of the Ministry of Information and Communications: `274`, as of 2023-03-06 (mic-2023-q1). */
  readonly "mic-public-services": ValueObservation;
  /** Share of the ministry's administrative procedures that received online applications: `31%`, as of 2023-03-06 (mic-2023-q1). */
  readonly "mic-procedures-with-online-applications-share": ValueObservation;
  /** Share of eligible public services available fully online: `trên 84%`, as of 2023-04-30 (vienkinhteso-2023-04). */
  readonly "fully-online-services-share-2023-04-30-vienkinhteso": ValueObservation;
  /** Share of online public services that received dossiers: `51,3%`, as of 2023-04-30 (vienkinhteso-2023-04). */
  readonly "online-services-with-dossiers-share-2023-04-30": ValueObservation;
  /** Share of dossiers submitted online: `54,8%`, as of 2023-04-30 (vienkinhteso-2023-04). */
  readonly "online-dossiers-share-2023-04-30": ValueObservation;
  /** Share of eligible public services available fully online: `77,08%`, as of 2023-03 (vneconomy-2023-05-05). */
  readonly "fully-online-services-share-2023-03": ValueObservation;
  /** Share of eligible public services available fully online: `84,14%`, as of 2023-04 (vneconomy-2023-05-05). */
  readonly "fully-online-services-share-2023-04": ValueObservation;
  /** Change in the share of fully-online services since March 2023: `7,06%`, as of 2023-04 (vneconomy-2023-05-05). */
  readonly "fully-online-services-share-change-2023-04": ChangeObservation;
  /** NDXP transactions in a month: `27,247 triệu`, as of 2023-04-30 (vneconomy-2023-05-05). */
  readonly "ndxp-transactions-month-2023-04-30": ValueObservation;
  /** Share of eligible public services available fully online: `trên 84,1%`, as of 2023-04-30 (vietnamnet-2023-05). */
  readonly "fully-online-services-share-2023-04-30": ValueObservation;
  /** Change in the share of fully-online services since the end of March 2023: `hơn 7%`, as of 2023-04-30 (vietnamnet-2023-05). */
  readonly "fully-online-services-share-change-2023-04-30": ChangeObservation;
  /** Share of eligible public services available fully online: `90,66%`, as of 2023-06-19 (anlao-2023-06). */
  readonly "fully-online-services-share-2023-06-19": ValueObservation;
  /** 2023 target: share of public services available fully online: `100%`, as of 2023-06-19 (anlao-2023-06). */
  readonly "fully-online-services-share-target-2023-2023-06-19": TargetObservation;
  /** Share of fully-online services as a share of the year's plan: `90,66%`, as of 2023-06-19 (anlao-2023-06). */
  readonly "fully-online-services-share-of-target-2023-06-19": ValueObservation;
  /** Ministries and provinces with a Decree 42 online-service list: `80/83`, as of 2023-06-19 (anlao-2023-06). */
  readonly "ministries-and-provinces-published-online-service-list-2023-06-19": PartOfWholeObservation;
  /** Provinces that have issued a resolution or directive on digital transformation: `63/63`, as of 2023-06-19 (anlao-2023-06). */
  readonly "provinces-dx-resolution-or-directive-2023-06-19": PartOfWholeObservation;
  /** Provinces that have issued a digital-transformation plan or scheme: `63/63`, as of 2023-06-19 (anlao-2023-06). */
  readonly "provinces-dx-plan-2023-06-19": PartOfWholeObservation;
  /** Provinces that have set up or consolidated a digital-transformation steering committee: `63/63`, as of 2023-06-19 (anlao-2023-06). */
  readonly "provinces-dx-steering-committee-2023-06-19": PartOfWholeObservation;
  /** Digital economy share of GDP, 2021 (the ministry's estimate): `11,91%`, as of 2021 (vnmedia-2023-06). */
  readonly "digital-economy-share-ministry-estimate-2021": ValueObservation;
  /** Digital economy share of GDP, 2022 (the ministry's estimate): `14,26%`, as of 2022 (vnmedia-2023-06). */
  readonly "digital-economy-share-ministry-estimate-2022": ValueObservation;
  /** 2023 target: digital economy share of GDP: `15,5%`, as of 2023 (vnmedia-2023-06). */
  readonly "digital-economy-share-ministry-estimate-target-2023": TargetObservation;
  /** 2024 target: digital economy share of GDP: `17,5%`, as of 2023 (vnmedia-2023-06). */
  readonly "digital-economy-share-ministry-estimate-target-2024": TargetObservation;
  /** Provincial DTI: Trà Vinh: `0,6077`, as of 2022 (travinh-2023-07). */
  readonly "dti-province-2022-84": ValueObservation;
  /** Provinces that have set up community digital technology teams: `63/63`, as of 2023-08-22 (cafef-2023-08). */
  readonly "provinces-community-tech-teams-2023-08-22": PartOfWholeObservation;
  /** Community digital technology teams: `74.818`, as of 2023-08-22 (cafef-2023-08). */
  readonly "community-tech-teams-2023-08-22": ValueObservation;
  /** Members of community digital technology teams: `351.159`, as of 2023-08-22 (cafef-2023-08). */
  readonly "community-tech-team-members-2023-08-22": ValueObservation;
  /** Provinces with community digital technology teams in every commune: `52/63`, as of 2023-08-22 (cafef-2023-08). */
  readonly "provinces-community-tech-teams-all-communes-2023-08-22": PartOfWholeObservation;
  /** Visits to the open online learning platform: `18,053 triệu`, as of 2023-08-22 (cafef-2023-08). */
  readonly "onetouch-visits-2023-08-22": ValueObservation;
  /** Ministries that have issued e-government architecture 2.0: `22/22`, as of 2023-08-28 (cafef-2023-08). */
  readonly "ministries-egov-architecture-2-2023-08-28": PartOfWholeObservation;
  /** Provinces that have built or updated e-government architecture 2.0: `63/63`, as of 2023-08-28 (cafef-2023-08). */
  readonly "provinces-egov-architecture-2-2023-08-28": PartOfWholeObservation;
  /** Ministries that have issued a resolution or programme on digital transformation: `4/22`, as of 2023-08-28 (cafef-2023-08). */
  readonly "ministries-dx-resolution-2023-08-28": PartOfWholeObservation;
  /** Provinces that have issued a resolution or programme on digital transformation: `63/63`, as of 2023-08-28 (cafef-2023-08). */
  readonly "provinces-dx-resolution-2023-08-28": PartOfWholeObservation;
  /** Share of ministries and localities that have set up or consolidated a digital-transformation steering committee: `100%`, as of 2023-08-28 (cafef-2023-08). */
  readonly "dx-steering-committee-share-2023-08-28": ValueObservation;
  /** Share of ministries and localities that have issued a digital-transformation plan or scheme: `100%`, as of 2023-08-28 (cafef-2023-08). */
  readonly "dx-plan-share-2023-08-28": ValueObservation;
  /** Ministries that have issued a digital-transformation plan or scheme: `22/22`, as of 2023-08-28 (cafef-2023-08). */
  readonly "ministries-dx-plan-2023-08-28": PartOfWholeObservation;
  /** Provinces that have issued a digital-transformation plan or scheme: `63/63`, as of 2023-08-28 (cafef-2023-08). */
  readonly "provinces-dx-plan-2023-08-28": PartOfWholeObservation;
  /** Provinces that have set up community digital technology teams: `63/63`, as of 2023-09-04 (cafef-2023-09). */
  readonly "provinces-community-tech-teams-2023-09-04": PartOfWholeObservation;
  /** Community digital technology teams: `76.905`, as of 2023-09-04 (cafef-2023-09). */
  readonly "community-tech-teams-2023-09-04": ValueObservation;
  /** Members of community digital technology teams: `356.914`, as of 2023-09-04 (cafef-2023-09). */
  readonly "community-tech-team-members-2023-09-04": ValueObservation;
  /** Provinces with community digital technology teams in every commune: `53/63`, as of 2023-09-04 (cafef-2023-09). */
  readonly "provinces-community-tech-teams-all-communes-2023-09-04": PartOfWholeObservation;
  /** Visits to the open online learning platform: `18,053 triệu`, as of 2023-09-04 (cafef-2023-09). */
  readonly "onetouch-visits-2023-09-04": ValueObservation;
  /** Digital economy value added as a share of GDP, 2022 (trial computation): `12,86%`, as of 2022 (tapchibaohiemxahoi-2023-09-14). */
  readonly "digital-economy-value-added-share-trial-2022": ValueObservation;
  /** Provinces that have set up community digital technology teams: `63/63`, as of 2023-09 (giaoduc-2023-09-20). */
  readonly "provinces-community-tech-teams-2023-09": PartOfWholeObservation;
  /** Community digital technology teams: `76.905`, as of 2023-09 (giaoduc-2023-09-20). */
  readonly "community-tech-teams-2023-09": ValueObservation;
  /** Provinces with community digital technology teams in every commune: `53/63`, as of 2023-09 (giaoduc-2023-09-20). */
  readonly "provinces-community-tech-teams-all-communes-2023-09": PartOfWholeObservation;
  /** Share of ministries and localities that have set up or consolidated a digital-transformation steering committee: `100%`, as of 2023-09 (giaoduc-2023-09-20). */
  readonly "dx-steering-committee-share-2023-09": ValueObservation;
  /** Share of ministries and localities that have issued a digital-transformation plan or scheme: `100%`, as of 2023-09 (giaoduc-2023-09-20). */
  readonly "dx-plan-share-2023-09": ValueObservation;
  /** Digital economy value added as a share of GDP, 2022 (trial computation): `12,67%`, as of 2022 (vietnamnet-2023-12-04). */
  readonly "digital-economy-value-added-share-trial-2022-vietnamnet": ValueObservation;
  /** National Digital Transformation Index (DTI): `0,75`, as of 2023 (baogialai-2023-12). */
  readonly "dti-national-2023": ValueObservation;
  /** Digital economy value added as a share of GDP, 2020: `12,66%`, as of 2020 (congthuong-2023-12-29). */
  readonly "digital-economy-value-added-share-2020-congthuong": ValueObservation;
  /** Digital economy value added as a share of GDP, 2021: `12,87%`, as of 2021 (congthuong-2023-12-29). */
  readonly "digital-economy-value-added-share-2021-congthuong": ValueObservation;
  /** Digital economy value added as a share of GDP, 2022: `12,63%`, as of 2022 (congthuong-2023-12-29). */
  readonly "digital-economy-value-added-share-2022-congthuong": ValueObservation;
  /** Digital economy value added as a share of GDP, 2023: `12,33%`, as of 2023 (congthuong-2023-12-29). */
  readonly "digital-economy-value-added-share-2023-congthuong": ValueObservation;
  /** Digital economy share of GDP, 2023 (the ministry's estimate): `16,5%`, as of 2023 (nld-2023-12-29). */
  readonly "digital-economy-share-ministry-estimate-2023": ValueObservation;
  /** Digital economy value added as a share of GDP, 2020: `12,66%`, as of 2020 (dukcoquantwtphcm-2023). */
  readonly "digital-economy-value-added-share-2020-dukcoquantwtphcm": ValueObservation;
  /** Digital economy value added as a share of GDP, 2021: `12,88%`, as of 2021 (dukcoquantwtphcm-2023). */
  readonly "digital-economy-value-added-share-2021-dukcoquantwtphcm": ValueObservation;
  /** Digital economy value added as a share of GDP, 2022: `12,63%`, as of 2022 (dukcoquantwtphcm-2023). */
  readonly "digital-economy-value-added-share-2022-dukcoquantwtphcm": ValueObservation;
  /** Digital economy value added as a share of GDP, 2023: `12,33%`, as of 2023 (dukcoquantwtphcm-2023). */
  readonly "digital-economy-value-added-share-2023-dukcoquantwtphcm": ValueObservation;
  /** NDXP transactions a day, on average: `khoảng 2,8 triệu`, as of 2024-04 (cchccantho-2024-04). */
  readonly "ndxp-transactions-daily-average-2024-04": ValueObservation;
  /** Ministries that have issued their 2024 digital-transformation plan: `21/22`, as of 2024-04 (cchccantho-2024-04). */
  readonly "ministries-dx-plan-2024-2024-04": PartOfWholeObservation;
  /** Provinces that have issued their 2024 digital-transformation plan: `62/63`, as of 2024-04 (cchccantho-2024-04). */
  readonly "provinces-dx-plan-2024-2024-04": PartOfWholeObservation;
  /** Connection points through NDXP: `388`, as of 2024-04 (cchccantho-2024-04). */
  readonly "ndxp-connection-points-2024-04": ValueObservation;
  /** Agencies with systems connected through NDXP: `95`, as of 2024-04 (cchccantho-2024-04). */
  readonly "ndxp-connected-agencies-2024-04": ValueObservation;
  /** Share of dossiers handled fully online, nationwide, end of 2023: `17%`, as of 2023 (dongnai-2024-06). */
  readonly "fully-online-dossiers-share-2023-dongnai": ValueObservation;
  /** Share of dossiers handled fully online, nationwide, first half of 2024: `42%`, as of 2024-06-30 (dongnai-2024-06). */
  readonly "fully-online-dossiers-share-2024-06-30-dongnai": ValueObservation;
  /** Share of dossiers handled fully online, ministries, end of 2023: `38%`, as of 2023 (dongnai-2024-06). */
  readonly "ministries-fully-online-dossiers-share-2023-dongnai": ValueObservation;
  /** Share of dossiers handled fully online, ministries, first half of 2024: `61%`, as of 2024-06-30 (dongnai-2024-06). */
  readonly "ministries-fully-online-dossiers-share-2024-06-30-dongnai": ValueObservation;
  /** Share of dossiers handled fully online, provinces, end of 2023: `9%`, as of 2023 (dongnai-2024-06). */
  readonly "provinces-fully-online-dossiers-share-2023-dongnai": ValueObservation;
  /** Share of dossiers handled fully online, provinces, first half of 2024: `17%`, as of 2024-06-30 (dongnai-2024-06). */
  readonly "provinces-fully-online-dossiers-share-2024-06-30-dongnai": ValueObservation;
  /** Digital economy share of GDP, first half of 2024 (the ministry's estimate): `18,3%`, as of 2024-06-30 (dongnai-2024-06). */
  readonly "digital-economy-share-ministry-estimate-2024-06-30-dongnai": ValueObservation;
  /** Share of dossiers handled fully online, nationwide, end of 2023: `17%`, as of 2023 (ninhthuan-2024-07-10). */
  readonly "fully-online-dossiers-share-2023": ValueObservation;
  /** Share of dossiers handled fully online, nationwide, first half of 2024: `42%`, as of 2024-06-30 (ninhthuan-2024-07-10). */
  readonly "fully-online-dossiers-share-2024-06-30": ValueObservation;
  /** Share of dossiers handled fully online, ministries, end of 2023: `38%`, as of 2023 (ninhthuan-2024-07-10). */
  readonly "ministries-fully-online-dossiers-share-2023": ValueObservation;
  /** Share of dossiers handled fully online, ministries, first half of 2024: `61%`, as of 2024-06-30 (ninhthuan-2024-07-10). */
  readonly "ministries-fully-online-dossiers-share-2024-06-30": ValueObservation;
  /** Share of dossiers handled fully online, provinces, end of 2023: `9%`, as of 2023 (ninhthuan-2024-07-10). */
  readonly "provinces-fully-online-dossiers-share-2023": ValueObservation;
  /** Share of dossiers handled fully online, provinces, first half of 2024: `17%`, as of 2024-06-30 (ninhthuan-2024-07-10). */
  readonly "provinces-fully-online-dossiers-share-2024-06-30": ValueObservation;
  /** Digital economy share of GDP, first half of 2024 (the ministry's estimate): `18,3%`, as of 2024-06-30 (ninhthuan-2024-07-10). */
  readonly "digital-economy-share-ministry-estimate-2024-06-30": ValueObservation;
  /** Community digital technology teams: `93.524`, as of 2024-09 (vov-2024-09). */
  readonly "community-tech-teams-2024-09": ValueObservation;
  /** Digital economy share of GDP, 2024 (the ministry's estimate): `18,3%`, as of 2024 (sggp-2024-12-29). */
  readonly "digital-economy-share-ministry-estimate-2024": ValueObservation;
  /** Share of dossiers handled fully online, nationwide, 2024: `45,8%`, as of 2024 (kinhtedothi-2024). */
  readonly "fully-online-dossiers-share-2024": ValueObservation;
  /** 2024 target: share of dossiers handled fully online, nationwide: `50%`, as of 2024 (kinhtedothi-2024). */
  readonly "fully-online-dossiers-share-target-2024": TargetObservation;
  /** Share of dossiers handled fully online, ministries, 2024: `63,47%`, as of 2024 (kinhtedothi-2024). */
  readonly "ministries-fully-online-dossiers-share-2024": ValueObservation;
  /** 2024 target: share of dossiers handled fully online, ministries: `70%`, as of 2024 (kinhtedothi-2024). */
  readonly "ministries-fully-online-dossiers-share-target-2024": TargetObservation;
  /** Share of dossiers handled fully online, provinces, 2024: `18,54%`, as of 2024 (kinhtedothi-2024). */
  readonly "provinces-fully-online-dossiers-share-2024": ValueObservation;
  /** 2024 target: share of dossiers handled fully online, provinces: `30%`, as of 2024 (kinhtedothi-2024). */
  readonly "provinces-fully-online-dossiers-share-target-2024": TargetObservation;
  /** Share of dossiers handled fully online, Hà Nam, 2024: `68,54%`, as of 2024 (kinhtedothi-2024). */
  readonly "fully-online-dossiers-share-2024-ha-nam": ValueObservation;
  /** Share of dossiers handled fully online, Đà Nẵng, 2024: `58,89%`, as of 2024 (kinhtedothi-2024). */
  readonly "fully-online-dossiers-share-2024-da-nang": ValueObservation;
  /** Share of dossiers handled fully online, Hà Giang, 2024: `55,76%`, as of 2024 (kinhtedothi-2024). */
  readonly "fully-online-dossiers-share-2024-ha-giang": ValueObservation;
  /** Share of dossiers handled fully online, Nam Định, 2024: `52,96%`, as of 2024 (kinhtedothi-2024). */
  readonly "fully-online-dossiers-share-2024-nam-dinh": ValueObservation;
  /** Digital economy value added as a share of GDP, 2020: `12,66%`, as of 2020 (tracuuquyhoach-2024). */
  readonly "digital-economy-value-added-share-2020-tracuuquyhoach": ValueObservation;
  /** Digital economy value added as a share of GDP, 2021: `12,87%`, as of 2021 (tracuuquyhoach-2024). */
  readonly "digital-economy-value-added-share-2021-tracuuquyhoach": ValueObservation;
  /** Digital economy value added as a share of GDP, 2022: `12,83%`, as of 2022 (tracuuquyhoach-2024). */
  readonly "digital-economy-value-added-share-2022-tracuuquyhoach": ValueObservation;
  /** Digital economy value added as a share of GDP, 2023: `12,87%`, as of 2023 (tracuuquyhoach-2024). */
  readonly "digital-economy-value-added-share-2023-tracuuquyhoach": ValueObservation;
  /** Digital economy value added as a share of GDP, 2024: `13,17%`, as of 2024 (tracuuquyhoach-2024). */
  readonly "digital-economy-value-added-share-2024-tracuuquyhoach": ValueObservation;
  /** Digital economy value added as a share of GDP, 2020: `12,66%`, as of 2020 (baomoi-2025-01-06). */
  readonly "digital-economy-value-added-share-2020-baomoi": ValueObservation;
  /** Digital economy value added as a share of GDP, 2021: `12,87%`, as of 2021 (baomoi-2025-01-06). */
  readonly "digital-economy-value-added-share-2021-baomoi": ValueObservation;
  /** Digital economy value added as a share of GDP, 2022: `12,83%`, as of 2022 (baomoi-2025-01-06). */
  readonly "digital-economy-value-added-share-2022-baomoi": ValueObservation;
  /** Digital economy value added as a share of GDP, 2023: `12,87%`, as of 2023 (baomoi-2025-01-06). */
  readonly "digital-economy-value-added-share-2023-baomoi": ValueObservation;
  /** Digital economy value added as a share of GDP, 2024: `13,17%`, as of 2024 (baomoi-2025-01-06). */
  readonly "digital-economy-value-added-share-2024-baomoi": ValueObservation;
  /** Provincial DTI: Đà Nẵng: `0,8340`, as of 2023 (baomoi-2025-02-06). */
  readonly "dti-province-2023-48": ValueObservation;
  /** Provincial DTI, mean over the provinces: `0,6783`, as of 2023 (tothethao-2025-02). */
  readonly "dti-provinces-mean-2023-tothethao": ValueObservation;
  /** Provincial DTI, mean over the provinces: `0,5763`, as of 2022 (tothethao-2025-02). */
  readonly "dti-provinces-mean-2022": ValueObservation;
  /** Provinces with a DTI 2023 of 0.5 or more: `63/63`, as of 2023 (tothethao-2025-02). */
  readonly "provinces-dti-at-least-half-2023": PartOfWholeObservation;
  /** Provinces with a DTI 2023 above the provincial mean: `34/63`, as of 2023 (tothethao-2025-02). */
  readonly "provinces-dti-above-mean-2023": PartOfWholeObservation;
  /** National Digital Transformation Index (DTI): `0,7326`, as of 2023 (vietbao-2025-02). */
  readonly "dti-national-2023-vietbao": ValueObservation;
  /** Ministry DTI, mean over the ministries providing public services: `0,6355`, as of 2023 (vietbao-2025-02). */
  readonly "dti-ministries-services-mean-2023": ValueObservation;
  /** Ministry DTI, mean over the ministries providing no public services: `0,4347`, as of 2023 (vietbao-2025-02). */
  readonly "dti-ministries-no-services-mean-2023": ValueObservation;
  /** Ministry DTI, mean over the ministries providing public services: `0,6355`, as of 2023 (vneconomy-2025-02). */
  readonly "dti-ministries-services-mean-2023-vneconomy": ValueObservation;
  /** Ministry DTI, mean over the ministries providing no public services: `0,4347`, as of 2023 (vneconomy-2025-02). */
  readonly "dti-ministries-no-services-mean-2023-vneconomy": ValueObservation;
  /** Provincial DTI, mean over the provinces: `0,6783`, as of 2023 (vneconomy-2025-02). */
  readonly "dti-provinces-mean-2023": ValueObservation;
  /** Share of dossiers handled fully online, nationwide, June 2025: `39,51%`, as of 2025-06 (baomoi-2025-06). */
  readonly "fully-online-dossiers-share-2025-06": ValueObservation;
  /** End-2025 target: share of dossiers handled fully online, nationwide: `80%`, as of 2025-06 (baomoi-2025-06). */
  readonly "fully-online-dossiers-share-target-2025": TargetObservation;
  /** Share of dossiers handled fully online, ministries, June 2025: `51,19%`, as of 2025-06 (baomoi-2025-06). */
  readonly "ministries-fully-online-dossiers-share-2025-06": ValueObservation;
  /** Share of dossiers handled fully online, provinces, June 2025: `15,21%`, as of 2025-06 (baomoi-2025-06). */
  readonly "provinces-fully-online-dossiers-share-2025-06": ValueObservation;
  /** Provincial DTI, mean over the provinces: `0,6961`, as of 2024 (baomoi-2025-10). */
  readonly "dti-provinces-mean-2024-baomoi": ValueObservation;
  /** Provincial DTI, digital-government pillar, mean over the provinces: `0,7582`, as of 2024 (baomoi-2025-10). */
  readonly "dti-provinces-mean-digital-government-2024-baomoi": ValueObservation;
  /** Provincial DTI, digital-economy pillar, mean over the provinces: `0,7723`, as of 2024 (baomoi-2025-10). */
  readonly "dti-provinces-mean-digital-economy-2024-baomoi": ValueObservation;
  /** National Digital Transformation Index (DTI): `0,7955`, as of 2024 (dantri-2025-10-21). */
  readonly "dti-national-2024": ValueObservation;
  /** National Digital Transformation Index (DTI): `0,7326`, as of 2023 (dantri-2025-10-21). */
  readonly "dti-national-2023-dantri": ValueObservation;
  /** Provincial DTI, mean over the provinces: `0,6961`, as of 2024 (dantri-2025-10-21). */
  readonly "dti-provinces-mean-2024": ValueObservation;
  /** Provincial DTI, digital-government pillar, mean over the provinces: `0,7582`, as of 2024 (dantri-2025-10-21). */
  readonly "dti-provinces-mean-digital-government-2024": ValueObservation;
  /** Provincial DTI, digital-economy pillar, mean over the provinces: `0,7723`, as of 2024 (dantri-2025-10-21). */
  readonly "dti-provinces-mean-digital-economy-2024": ValueObservation;
  /** Provincial DTI, digital-society pillar, mean over the provinces: `0,7692`, as of 2024 (dantri-2025-10-21). */
  readonly "dti-provinces-mean-digital-society-2024": ValueObservation;
  /** Provincial DTI: Hà Nội: `0,8241`, as of 2024 (dantri-2025-10-21). */
  readonly "dti-province-2024-01": ValueObservation;
  /** Provincial DTI: Huế: `0,7951`, as of 2024 (dantri-2025-10-21). */
  readonly "dti-province-2024-46": ValueObservation;
  /** Provincial DTI: Hải Phòng: `0,7857`, as of 2024 (dantri-2025-10-21). */
  readonly "dti-province-2024-31": ValueObservation;
  /** Provincial DTI: Hồ Chí Minh City: `0,7770`, as of 2024 (dantri-2025-10-21). */
  readonly "dti-province-2024-79": ValueObservation;
  /** Provincial DTI: Lào Cai: `0,7167`, as of 2024 (doingoailaocai-2025-10). */
  readonly "dti-province-2024-15": ValueObservation;
  /** Provincial DTI: Hà Nội: `0,8241`, as of 2024 (nhandan-2025-10-21). */
  readonly "dti-province-2024-01-nhandan": ValueObservation;
  /** Share of dossiers handled fully online, as stated on 21 October 2025: `gần 40%`, as of 2025-10-21 (thanhnien-2025-10-21). */
  readonly "fully-online-dossiers-share-2025-10-21": ValueObservation;
  /** National Digital Transformation Index (DTI): `0,7955`, as of 2024 (vietnamnet-2025-10-21). */
  readonly "dti-national-2024-vietnamnet": ValueObservation;
  /** National Digital Transformation Index (DTI): `0,7955`, as of 2024 (vnexpress-2025-10-21). */
  readonly "dti-national-2024-vnexpress": ValueObservation;
  /** Provincial DTI, mean over the provinces: `0,6961`, as of 2024 (vnexpress-2025-10-21). */
  readonly "dti-provinces-mean-2024-vnexpress": ValueObservation;
  /** Provincial DTI: Hà Nội: `0,8241`, as of 2024 (vtcnews-2025-10-21). */
  readonly "dti-province-2024-01-vtcnews": ValueObservation;
  /** Provincial DTI: Huế: `0,7951`, as of 2024 (vtcnews-2025-10-21). */
  readonly "dti-province-2024-46-vtcnews": ValueObservation;
  /** Share of public services done entirely in the digital environment: `37%`, as of 2025-10-31 (mst-2025-10-31). */
  readonly "public-services-fully-digital-share-2025-10-31": ValueObservation;
  /** Share of dossiers handled fully online, nationwide, October 2025: `39,98%`, as of 2025-10-26 (vietnamnet-2025-11-07). */
  readonly "fully-online-dossiers-share-2025-10-26": ValueObservation;
  /** Change in the share of dossiers handled fully online, October 2025 on October 2024: `1,72%`, as of 2025-10-26 (vietnamnet-2025-11-07). */
  readonly "fully-online-dossiers-share-change-2025-10-26": ChangeObservation;
  /** Share of dossiers handled fully online, ministries, October 2025: `54,46%`, as of 2025-10-26 (vietnamnet-2025-11-07). */
  readonly "ministries-fully-online-dossiers-share-2025-10-26": ValueObservation;
  /** Share of dossiers handled fully online, provinces, October 2025: `16,94%`, as of 2025-10-26 (vietnamnet-2025-11-07). */
  readonly "provinces-fully-online-dossiers-share-2025-10-26": ValueObservation;
  /** Share of the ministries' procedures provided as fully-online services: `17%`, as of 2025-11-08 (vietnamplus-2025-11-08). */
  readonly "ministries-procedures-fully-online-share-2025-11-08": ValueObservation;
  /** Share of the provinces' procedures provided as fully-online services: `37%`, as of 2025-11-08 (vietnamplus-2025-11-08). */
  readonly "provinces-procedures-fully-online-share-2025-11-08": ValueObservation;
  /** Share of dossiers handled fully online, nationwide, November 2025: `51,7%`, as of 2025-11-26 (vietnamnet-2025-11-26). */
  readonly "fully-online-dossiers-share-2025-11-26": ValueObservation;
  /** Change in the share of dossiers handled fully online, November 2025 on November 2024: `12,42%`, as of 2025-11-26 (vietnamnet-2025-11-26). */
  readonly "fully-online-dossiers-share-change-2025-11-26": ChangeObservation;
  /** Share of Resolution 57-NQ/TW tasks completed in 2025: `95%`, as of 2025 (huengaynay-2025-12-27). */
  readonly "resolution-57-tasks-completed-share-2025": ValueObservation;
  /** Digital economy value added as a share of GDP, 2025: `14,02%`, as of 2025 (thoibaotaichinh-2026-01-05). */
  readonly "digital-economy-value-added-share-2025-thoibaotaichinh": ValueObservation;
  /** Digital economy value added as a share of GDP, 2021: `12,87%`, as of 2021 (vneconomy-2026-01-06). */
  readonly "digital-economy-value-added-share-2021-vneconomy": ValueObservation;
  /** Digital economy value added as a share of GDP, 2025: `14,02%`, as of 2025 (vneconomy-2026-01-06). */
  readonly "digital-economy-value-added-share-2025-vneconomy": ValueObservation;
}
