// generated — do not edit.
// Made by scripts/generate.ts from data/publishers.json, data/releases/24h-2022-02.json, data/releases/antoanthongtin-2022-03.json, data/releases/baokiemtoan-2022-03.json, data/releases/1thegioi-2022-06-02.json, data/releases/thoibao-2022-06-15.json, data/releases/thoisutoancanh-2022-08.json, data/releases/qdnd-2022-08.json, data/releases/doanhnghiepvadoisong-2022-08.json, data/releases/anninhthudo-2022-09.json, data/releases/vneconomy-2022-q3.json, data/releases/mic-2023-q1.json, data/releases/vienkinhteso-2023-04.json, data/releases/vneconomy-2023-05-05.json, data/releases/vietnamnet-2023-05.json, data/releases/anlao-2023-06.json, data/releases/vnmedia-2023-06.json, data/releases/cafef-2023-08.json, data/releases/cafef-2023-09.json, data/releases/tapchibaohiemxahoi-2023-09-14.json, data/releases/giaoduc-2023-09-20.json, data/releases/vietnamnet-2023-12-04.json, data/releases/congthuong-2023-12-29.json, data/releases/nld-2023-12-29.json, data/releases/dukcoquantwtphcm-2023.json, data/releases/cchccantho-2024-04.json, data/releases/dongnai-2024-06.json, data/releases/ninhthuan-2024-07-10.json, data/releases/vov-2024-09.json, data/releases/sggp-2024-12-29.json, data/releases/kinhtedothi-2024.json, data/releases/tracuuquyhoach-2024.json, data/releases/baomoi-2025-01-06.json, data/releases/baomoi-2025-06.json, data/releases/thanhnien-2025-10-21.json, data/releases/mst-2025-10-31.json, data/releases/vietnamnet-2025-11-07.json, data/releases/vietnamplus-2025-11-08.json, data/releases/vietnamnet-2025-11-26.json, data/releases/thoibaotaichinh-2026-01-05.json, data/releases/vneconomy-2026-01-06.json; run `npm run generate` after changing those.

import { _deepFreeze, _with } from "../_lib/_deepFreeze.js";
import type { Correction, Publisher, Release } from "../model/release.js";
import type { Task } from "../model/task.js";

/** Ministry of Information and Communications, whose figures the releases give. */
const _publisherMic: Publisher = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"mic\",\"name\":{\"vi\":\"Bộ Thông tin và Truyền thông\",\"en\":\"Ministry of Information and Communications\"},\"abbreviation\":\"MIC\",\"domains\":[\"mic.gov.vn\"],\"succession\":{\"successor\":{\"vi\":\"Bộ Khoa học và Công nghệ\",\"en\":\"Ministry of Science and Technology\"},\"publisher\":\"most\",\"date\":\"2025-03-01\",\"description\":{\"vi\":\"Từ ngày 1/3/2025, Bộ Thông tin và Truyền thông được hợp nhất với Bộ Khoa học và Công nghệ thành Bộ Khoa học và Công nghệ.\",\"en\":\"From 1 March 2025 the Ministry of Information and Communications was merged with the Ministry of Science and Technology into the Ministry of Science and Technology.\"},\"legalBasis\":[\"Nghị quyết 176/2025/QH15 (18/2/2025)\",\"Nghị định 55/2025/NĐ-CP (2/3/2025)\"],\"sources\":[{\"title\":null,\"publisher\":\"phapluat.tuoitrethudo.vn\",\"url\":\"https://phapluat.tuoitrethudo.vn/ong-nguyen-manh-hung-lam-bo-truong-khoa-hoc-va-cong-nghe-100657.html\",\"quote\":null},{\"title\":null,\"publisher\":\"myslaw.com.vn\",\"url\":\"https://myslaw.com.vn/co-cau-to-chuc-cua-chinh-phu-nhiem-ky-quoc-hoi-khoa-xv\",\"quote\":null}]}}"));

/** Ministry of Science and Technology, whose figures the releases give. */
const _publisherMost: Publisher = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"most\",\"name\":{\"vi\":\"Bộ Khoa học và Công nghệ\",\"en\":\"Ministry of Science and Technology\"},\"abbreviation\":\"MOST\",\"domains\":[\"mst.gov.vn\",\"most.gov.vn\"],\"succession\":null}"));

/** General Statistics Office, whose figures the releases give. */
const _publisherGso: Publisher = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"gso\",\"name\":{\"vi\":\"Tổng cục Thống kê\",\"en\":\"General Statistics Office\"},\"abbreviation\":\"GSO\",\"domains\":[\"gso.gov.vn\"],\"succession\":{\"successor\":{\"vi\":\"Cục Thống kê (Bộ Tài chính)\",\"en\":\"National Statistics Office (Ministry of Finance)\"},\"publisher\":\"nso\",\"date\":\"2025-03-01\",\"description\":{\"vi\":\"Từ ngày 1/3/2025, khi Bộ Kế hoạch và Đầu tư được hợp nhất vào Bộ Tài chính, Tổng cục Thống kê trở thành Cục Thống kê thuộc Bộ Tài chính.\",\"en\":\"From 1 March 2025, when the Ministry of Planning and Investment was merged into the Ministry of Finance, the General Statistics Office became the National Statistics Office under the Ministry of Finance.\"},\"legalBasis\":[\"Nghị quyết 176/2025/QH15 (18/2/2025)\",\"Quyết định 384/QĐ-BTC (26/2/2025)\"],\"sources\":[{\"title\":\"Tổng cục Thống kê (Việt Nam)\",\"publisher\":\"defzone.net\",\"url\":\"https://defzone.net/wiki/T%E1%BB%95ng_c%E1%BB%A5c_Th%E1%BB%91ng_k%C3%AA_(Vi%E1%BB%87t_Nam)\",\"quote\":null},{\"title\":null,\"publisher\":\"myslaw.com.vn\",\"url\":\"https://myslaw.com.vn/co-cau-to-chuc-cua-chinh-phu-nhiem-ky-quoc-hoi-khoa-xv\",\"quote\":null},{\"title\":null,\"publisher\":\"vneconomy.vn\",\"url\":\"https://vneconomy.vn/tang-them-72-ty-usd-kinh-te-so-dong-gop-hon-14-vao-gdp-2025.htm\",\"quote\":null}]}}"));

/** National Statistics Office, whose figures the releases give. */
const _publisherNso: Publisher = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"nso\",\"name\":{\"vi\":\"Cục Thống kê\",\"en\":\"National Statistics Office\"},\"abbreviation\":\"NSO\",\"domains\":[\"nso.gov.vn\"],\"succession\":null}"));

/**
 * The release `24h-2022-02`: Use of information technology to 20 January 2022 (24h.com.vn).
 *
 * @category Data
 */
export const release24h202202: Release = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"24h-2022-02\",\"version\":\"1.0.1\",\"title\":{\"vi\":\"Ứng dụng công nghệ thông tin đến ngày 20/1/2022 (24h.com.vn)\",\"en\":\"Use of information technology to 20 January 2022 (24h.com.vn)\"},\"period\":null,\"publisher\":null,\"event\":null,\"source\":{\"description\":{\"vi\":\"Bài báo của 24h.com.vn về kết quả tháng 1/2022; phần đã đọc không nêu nguồn số liệu.\",\"en\":\"A 24h.com.vn article on January 2022 results; the part read does not name whose figures they are.\"},\"language\":\"vi\",\"incipit\":null,\"url\":\"https://www.24h.com.vn/cong-nghe-thong-tin/tai-sao-tan-cong-mang-tai-viet-nam-tang-hon-10-trong-thang-1-2022-c55a1331852.html\",\"date\":\"2022-02\",\"printedBy\":\"24h.com.vn\",\"quotes\":false,\"seen\":\"opening\",\"printedTitle\":\"Tại sao tấn công mạng tại Việt Nam tăng hơn 10% trong tháng 1/2022?\",\"accessed\":\"2026-12-03\",\"verifiable\":true},\"madePublic\":{\"date\":\"2022-02\",\"basis\":\"page\"},\"compiled\":\"2026-11-27\",\"platforms\":[],\"corrections\":[{\"release\":\"24h-2022-02\",\"observation\":\"provinces-egov-architecture-2-2022-01-20\",\"field\":\"asOfBasis\",\"before\":\"\\\"stated\\\"\",\"after\":\"\\\"context\\\"\",\"date\":\"2026-12-03\",\"version\":\"0.3.0\",\"reason\":{\"vi\":\"Ngày 20/1/2022 đứng ở dòng mở đầu danh sách, không ở chính con số.\",\"en\":\"The 20 January 2022 date opens the list the figure stands in; it is not printed with the figure itself.\"}},{\"release\":\"24h-2022-02\",\"observation\":\"provinces-dx-programme-or-plan-2022-01-20\",\"field\":\"asOfBasis\",\"before\":\"\\\"stated\\\"\",\"after\":\"\\\"context\\\"\",\"date\":\"2026-12-03\",\"version\":\"0.3.0\",\"reason\":{\"vi\":\"Ngày 20/1/2022 đứng ở dòng mở đầu danh sách, không ở chính con số.\",\"en\":\"The 20 January 2022 date opens the list the figure stands in; it is not printed with the figure itself.\"}}]}"));

/**
 * The release `antoanthongtin-2022-03`: NDXP transactions to 23 March 2022 (antoanthongtin.gov.vn).
 *
 * @category Data
 */
export const antoanthongtin202203: Release = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"antoanthongtin-2022-03\",\"version\":\"1.0.0\",\"title\":{\"vi\":\"Giao dịch qua NDXP đến ngày 23/3/2022 (antoanthongtin.gov.vn)\",\"en\":\"NDXP transactions to 23 March 2022 (antoanthongtin.gov.vn)\"},\"period\":null,\"publisher\":null,\"event\":null,\"source\":{\"description\":{\"vi\":\"Bài báo của antoanthongtin.gov.vn; số liệu ghi là theo thống kê, không nêu cơ quan.\",\"en\":\"An antoanthongtin.gov.vn article; the figures are given as statistics, without naming whose.\"},\"language\":\"vi\",\"incipit\":null,\"url\":\"https://phienbanmoi.antoanthongtin.gov.vn/tin/ban-hanh-ma-dinh-danh-dien-tu-phuc-vu-chia-se-du-lieu\",\"date\":null,\"printedBy\":\"antoanthongtin.gov.vn\",\"quotes\":false,\"seen\":\"opening\",\"printedTitle\":null,\"accessed\":\"2026-12-03\",\"verifiable\":true},\"madePublic\":{\"date\":null,\"basis\":\"none\"},\"compiled\":\"2026-11-27\",\"platforms\":[],\"corrections\":[]}"));

/**
 * The release `baokiemtoan-2022-03`: E-government architecture 2.0 and steering committees to 23 March 2022 (baokiemtoan.vn).
 *
 * @category Data
 */
export const baokiemtoan202203: Release = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"baokiemtoan-2022-03\",\"version\":\"1.0.1\",\"title\":{\"vi\":\"Kiến trúc chính quyền điện tử 2.0 và Ban Chỉ đạo chuyển đổi số đến ngày 23/3/2022 (baokiemtoan.vn)\",\"en\":\"E-government architecture 2.0 and steering committees to 23 March 2022 (baokiemtoan.vn)\"},\"period\":null,\"publisher\":null,\"event\":null,\"source\":{\"description\":{\"vi\":\"Bài báo của baokiemtoan.vn; phần đã đọc không nêu nguồn số liệu.\",\"en\":\"A baokiemtoan.vn article; the part read does not name whose figures they are.\"},\"language\":\"vi\",\"incipit\":null,\"url\":\"http://baokiemtoan.vn/48-tinh-thanh-pho-da-ban-hanh-nghi-quyet-ve-chuyen-doi-so-17471.html\",\"date\":null,\"printedBy\":\"baokiemtoan.vn\",\"quotes\":false,\"seen\":\"opening\",\"printedTitle\":null,\"accessed\":\"2026-12-03\",\"verifiable\":true},\"madePublic\":{\"date\":null,\"basis\":\"none\"},\"compiled\":\"2026-11-27\",\"platforms\":[],\"corrections\":[{\"release\":\"baokiemtoan-2022-03\",\"observation\":\"provinces-dx-steering-committee-2022-03-23\",\"field\":\"asOfBasis\",\"before\":\"\\\"stated\\\"\",\"after\":\"\\\"context\\\"\",\"date\":\"2026-12-03\",\"version\":\"0.3.0\",\"reason\":{\"vi\":\"Câu in con số không ghi ngày; ngày 23/3/2022 nằm ở chú thích ảnh phía trên.\",\"en\":\"The sentence printing the figure carries no date; 23 March 2022 is in the photo caption above it.\"}}]}"));

/**
 * The release `1thegioi-2022-06-02`: Community digital technology teams to 26 May 2022, from the May 2022 briefing (1thegioi.vn).
 *
 * @category Data
 */
export const release1thegioi20220602: Release = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ _with(/* @__PURE__ */ JSON.parse("{\"id\":\"1thegioi-2022-06-02\",\"version\":\"1.0.0\",\"title\":{\"vi\":\"Tổ Công nghệ số cộng đồng đến ngày 26/5/2022, theo báo cáo giao ban tháng 5/2022 (1thegioi.vn)\",\"en\":\"Community digital technology teams to 26 May 2022, from the May 2022 briefing (1thegioi.vn)\"},\"period\":\"2022-05\",\"publisher\":null,\"event\":{\"name\":{\"vi\":\"Hội nghị giao ban quản lý nhà nước tháng 5/2022\",\"en\":\"State-management briefing conference for May 2022\"},\"date\":null,\"period\":\"2022-05\",\"place\":null,\"chair\":null,\"source\":{\"title\":null,\"publisher\":\"1thegioi.vn\",\"url\":\"https://1thegioi.vn/to-cong-nghe-so-cong-dong-tang-gan-gap-doi-trong-thang-5-2022-182587.html\",\"quote\":null}},\"source\":{\"description\":{\"vi\":\"Bài báo của 1thegioi.vn thuật lại số liệu của Bộ tại hội nghị giao ban tháng 5/2022.\",\"en\":\"A 1thegioi.vn article relaying the ministry's figures from its May 2022 briefing.\"},\"language\":\"vi\",\"incipit\":null,\"url\":\"https://1thegioi.vn/to-cong-nghe-so-cong-dong-tang-gan-gap-doi-trong-thang-5-2022-182587.html\",\"date\":\"2022-06-02\",\"printedBy\":\"1thegioi.vn\",\"quotes\":false,\"seen\":\"opening\",\"printedTitle\":\"Tổ công nghệ số cộng đồng tăng gần gấp đôi trong tháng 5.2022\",\"accessed\":\"2026-12-03\",\"verifiable\":true},\"madePublic\":{\"date\":\"2022-06-02\",\"basis\":\"page\"},\"compiled\":\"2026-11-27\",\"platforms\":[],\"corrections\":[]}"), "publisher", _publisherMic));

/**
 * The release `thoibao-2022-06-15`: Community digital technology teams to 14 June 2022 (thoibao.online).
 *
 * @category Data
 */
export const thoibao20220615: Release = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"thoibao-2022-06-15\",\"version\":\"1.0.0\",\"title\":{\"vi\":\"Tổ Công nghệ số cộng đồng đến ngày 14/6/2022 (thoibao.online)\",\"en\":\"Community digital technology teams to 14 June 2022 (thoibao.online)\"},\"period\":null,\"publisher\":null,\"event\":null,\"source\":{\"description\":{\"vi\":\"Bài báo của thoibao.online; phần đã đọc không nêu nguồn số liệu.\",\"en\":\"A thoibao.online article; the part read does not name whose figures they are.\"},\"language\":\"vi\",\"incipit\":null,\"url\":\"https://thoibao.online/paper/34-dia-phuong-lap-hon-27000-to-cong-nghe-cong-dong-ho-tro-nguoi-dan-chuyen-doi-so-32794\",\"date\":\"2022-06-15\",\"printedBy\":\"thoibao.online\",\"quotes\":false,\"seen\":\"opening\",\"printedTitle\":\"34 địa phương lập hơn 27.000 Tổ công nghệ cộng đồng hỗ trợ người dân chuyển đổi số\",\"accessed\":\"2026-12-03\",\"verifiable\":true},\"madePublic\":{\"date\":\"2022-06-15\",\"basis\":\"page\"},\"compiled\":\"2026-11-27\",\"platforms\":[],\"corrections\":[]}"));

/**
 * The release `thoisutoancanh-2022-08`: Community digital technology teams, August 2022 (thoisutoancanh.com).
 *
 * @category Data
 */
export const thoisutoancanh202208: Release = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"thoisutoancanh-2022-08\",\"version\":\"1.0.0\",\"title\":{\"vi\":\"Tổ Công nghệ số cộng đồng, tháng 8/2022 (thoisutoancanh.com)\",\"en\":\"Community digital technology teams, August 2022 (thoisutoancanh.com)\"},\"period\":null,\"publisher\":null,\"event\":null,\"source\":{\"description\":{\"vi\":\"Bài báo của thoisutoancanh.com; đoạn chứa số liệu không nêu nguồn.\",\"en\":\"A thoisutoancanh.com article; the paragraph with the figures does not name whose they are.\"},\"language\":\"vi\",\"incipit\":null,\"url\":\"https://thoisutoancanh.com/4963-tinh-thanh-pho-trien-khai-xay-dung-mo-hinh-to-cong-nghe-so-cong-dong-a22955.html\",\"date\":null,\"printedBy\":\"thoisutoancanh.com\",\"quotes\":false,\"seen\":\"opening\",\"printedTitle\":\"49/63 tỉnh, thành phố triển khai xây dựng mô hình Tổ công nghệ số cộng đồng\",\"accessed\":\"2026-12-03\",\"verifiable\":true},\"madePublic\":{\"date\":null,\"basis\":\"none\"},\"compiled\":\"2026-11-27\",\"platforms\":[],\"corrections\":[]}"));

/**
 * The release `qdnd-2022-08`: The ministry's fields in August 2022 (qdnd.vn).
 *
 * @category Data
 */
export const qdnd202208: Release = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ _with(/* @__PURE__ */ JSON.parse("{\"id\":\"qdnd-2022-08\",\"version\":\"1.0.0\",\"title\":{\"vi\":\"Lĩnh vực quản lý của Bộ Thông tin và Truyền thông trong tháng 8/2022 (qdnd.vn)\",\"en\":\"The ministry's fields in August 2022 (qdnd.vn)\"},\"period\":\"2022-08\",\"publisher\":null,\"event\":null,\"source\":{\"description\":{\"vi\":\"Bài báo của Quân đội nhân dân về các lĩnh vực quản lý của Bộ trong tháng 8/2022.\",\"en\":\"A Quân đội nhân dân article on the ministry's fields in August 2022.\"},\"language\":\"vi\",\"incipit\":null,\"url\":\"https://www.qdnd.vn/giao-duc-khoa-hoc/tin-tuc/trong-thang-8-linh-vuc-quan-ly-cua-bo-thong-tin-va-truyen-thong-co-nhieu-hoat-dong-noi-bat-704232\",\"date\":null,\"printedBy\":\"qdnd.vn\",\"quotes\":false,\"seen\":\"opening\",\"printedTitle\":null,\"accessed\":\"2026-12-03\",\"verifiable\":true},\"madePublic\":{\"date\":null,\"basis\":\"none\"},\"compiled\":\"2026-11-27\",\"platforms\":[],\"corrections\":[]}"), "publisher", _publisherMic));

/**
 * The release `doanhnghiepvadoisong-2022-08`: Level-4 online public services to the end of August 2022 (doanhnghiepvadoisong.com.vn).
 *
 * @category Data
 */
export const doanhnghiepvadoisong202208: Release = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ _with(/* @__PURE__ */ JSON.parse("{\"id\":\"doanhnghiepvadoisong-2022-08\",\"version\":\"1.0.0\",\"title\":{\"vi\":\"Dịch vụ công trực tuyến mức độ 4 đến cuối tháng 8/2022 (doanhnghiepvadoisong.com.vn)\",\"en\":\"Level-4 online public services to the end of August 2022 (doanhnghiepvadoisong.com.vn)\"},\"period\":null,\"publisher\":null,\"event\":null,\"source\":{\"description\":{\"vi\":\"Bài báo của doanhnghiepvadoisong.com.vn dẫn số liệu thống kê của Bộ.\",\"en\":\"A doanhnghiepvadoisong.com.vn article citing the ministry's statistics.\"},\"language\":\"vi\",\"incipit\":null,\"url\":\"https://doanhnghiepvadoisong.com.vn/viet-nam-xep-hang-thu-bao-nhieu-toan-cau-ve-chi-so-dich-vu-truc-tuyen-a1118.html\",\"date\":null,\"printedBy\":\"doanhnghiepvadoisong.com.vn\",\"quotes\":false,\"seen\":\"opening\",\"printedTitle\":null,\"accessed\":\"2026-12-03\",\"verifiable\":true},\"madePublic\":{\"date\":null,\"basis\":\"none\"},\"compiled\":\"2026-11-27\",\"platforms\":[],\"corrections\":[]}"), "publisher", _publisherMic));

/**
 * The release `anninhthudo-2022-09`: NDXP transactions to September 2022 (An ninh Thủ đô).
 *
 * @category Data
 */
export const anninhthudo202209: Release = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ _with(/* @__PURE__ */ JSON.parse("{\"id\":\"anninhthudo-2022-09\",\"version\":\"1.0.1\",\"title\":{\"vi\":\"Giao dịch qua NDXP đến tháng 9/2022 (An ninh Thủ đô)\",\"en\":\"NDXP transactions to September 2022 (An ninh Thủ đô)\"},\"period\":null,\"publisher\":null,\"event\":null,\"source\":{\"description\":{\"vi\":\"Bài báo của An ninh Thủ đô dẫn số liệu của Bộ.\",\"en\":\"An An ninh Thủ đô article citing the ministry's figures.\"},\"language\":\"vi\",\"incipit\":null,\"url\":\"https://m.anninhthudo.vn/moi-ngay-khoang-16-trieu-giao-dich-thuc-hien-qua-nen-tang-tich-hop-chia-se-du-lieu-quoc-gia-post518734.antd\",\"date\":null,\"printedBy\":\"anninhthudo.vn\",\"quotes\":false,\"seen\":\"opening\",\"printedTitle\":\"Mỗi ngày, khoảng 1,6 triệu giao dịch thực hiện qua nền tảng tích hợp, chia sẻ dữ liệu quốc gia\",\"accessed\":\"2026-12-03\",\"verifiable\":true},\"madePublic\":{\"date\":null,\"basis\":\"none\"},\"compiled\":\"2026-11-27\",\"platforms\":[],\"corrections\":[{\"release\":\"anninhthudo-2022-09\",\"observation\":\"ndxp-transactions-since-launch-2022-09-26\",\"field\":\"asOfBasis\",\"before\":\"\\\"stated\\\"\",\"after\":\"\\\"context\\\"\",\"date\":\"2026-12-03\",\"version\":\"0.3.0\",\"reason\":{\"vi\":\"Con số nằm ở câu sau câu ghi ngày 26/9/2022.\",\"en\":\"The figure stands in the sentence after the one dated 26 September 2022.\"}}]}"), "publisher", _publisherMic));

/**
 * The release `vneconomy-2022-q3`: Digital-transformation figures at the Q3/2022 briefing (VnEconomy).
 *
 * @category Data
 */
export const vneconomy2022Q3: Release = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ _with(/* @__PURE__ */ JSON.parse("{\"id\":\"vneconomy-2022-q3\",\"version\":\"1.0.0\",\"title\":{\"vi\":\"Số liệu chuyển đổi số tại hội nghị giao ban quý 3/2022 (VnEconomy)\",\"en\":\"Digital-transformation figures at the Q3/2022 briefing (VnEconomy)\"},\"period\":\"2022-Q3\",\"publisher\":null,\"event\":{\"name\":{\"vi\":\"Hội nghị giao ban quản lý nhà nước quý 3/2022\",\"en\":\"State-management briefing conference for Q3/2022\"},\"date\":null,\"period\":\"2022-Q3\",\"place\":null,\"chair\":null,\"source\":{\"title\":null,\"publisher\":\"vneconomy.vn\",\"url\":\"https://vneconomy.vn/viet-nam-da-co-hon-42-000-to-cong-nghe-so-cong-dong-ho-tro-nguoi-dan-chuyen-doi-so.htm\",\"quote\":null}},\"source\":{\"description\":{\"vi\":\"Bài báo của VnEconomy thuật lại số liệu của Bộ, nêu hội nghị giao ban quý 3/2022.\",\"en\":\"A VnEconomy article relaying the ministry's figures; it names the Q3/2022 briefing.\"},\"language\":\"vi\",\"incipit\":null,\"url\":\"https://vneconomy.vn/viet-nam-da-co-hon-42-000-to-cong-nghe-so-cong-dong-ho-tro-nguoi-dan-chuyen-doi-so.htm\",\"date\":null,\"printedBy\":\"vneconomy.vn\",\"quotes\":false,\"seen\":\"opening\",\"printedTitle\":\"Việt Nam đã có hơn 42.000 tổ công nghệ số cộng đồng hỗ trợ người dân chuyển đổi số\",\"accessed\":\"2026-12-03\",\"verifiable\":true},\"madePublic\":{\"date\":null,\"basis\":\"none\"},\"compiled\":\"2026-11-27\",\"platforms\":[],\"corrections\":[]}"), "publisher", _publisherMic));

/**
 * The release `mic-2023-q1`: Report of the Ministry of Information and Communications to the online state-management briefing conference for Q1/2023.
 *
 * @category Data
 */
export const mic2023Q1: Release = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ _with(/* @__PURE__ */ JSON.parse("{\"id\":\"mic-2023-q1\",\"version\":\"1.0.0\",\"title\":{\"vi\":\"Báo cáo của Bộ Thông tin và Truyền thông tại hội nghị trực tuyến giao ban quản lý nhà nước quý 1/2023\",\"en\":\"Report of the Ministry of Information and Communications to the online state-management briefing conference for Q1/2023\"},\"period\":\"2023-Q1\",\"publisher\":null,\"event\":{\"name\":{\"vi\":\"Hội nghị trực tuyến giao ban quản lý nhà nước quý 1/2023\",\"en\":\"Online state-management briefing conference for Q1/2023\"},\"date\":\"2023-03-06\",\"period\":\"2023-Q1\",\"place\":{\"vi\":\"Hà Nội, theo hình thức trực tuyến\",\"en\":\"Hà Nội, online\"},\"chair\":\"Nguyễn Mạnh Hùng\",\"source\":{\"title\":\"Hội nghị giao ban quản lý nhà nước ngành Thông tin và Truyền thông quý I/2023\",\"publisher\":\"daknong.gov.vn\",\"url\":\"https://daknong.gov.vn/tin-tuc-cac-so-ban-nganh/hoi-nghi-giao-ban-quan-ly-nha-nuoc-nganh-thong-tin-va-truyen-thong-quy-i-2023-358546\",\"quote\":\"Sáng ngày 06/3/2023, tại Hà Nội, Bộ Thông tin và Truyền thông đã tổ chức Hội nghị giao ban quản lý nhà nước quý I năm 2023 theo hình thức trực tuyến\"}},\"source\":{\"description\":{\"vi\":\"Bản tin tiếng Việt thuật lại báo cáo của Bộ Thông tin và Truyền thông tại hội nghị; bản tin không ghi ngày và địa chỉ.\",\"en\":\"A Vietnamese news text relaying the ministry's report to the conference; the text carries no date and no address.\"},\"language\":\"vi\",\"incipit\":\"Báo cáo của Bộ Thông tin và Truyền thông tại hội nghị trực tuyến giao ban quản lý nhà nước quý 1/2023 vừa tổ chức\",\"url\":null,\"date\":null,\"printedBy\":null,\"quotes\":true,\"seen\":\"full-text\",\"printedTitle\":null,\"accessed\":\"2026-11-27\",\"verifiable\":true},\"madePublic\":{\"date\":\"2023-03-06\",\"basis\":\"event\"},\"compiled\":\"2026-11-27\",\"platforms\":[{\"id\":\"ndxp\",\"name\":{\"vi\":\"Nền tảng tích hợp, chia sẻ dữ liệu quốc gia\",\"en\":\"National Data Integration and Sharing Platform\"},\"shortName\":\"NDXP\",\"url\":null,\"launched\":null,\"quote\":\"Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP)\"},{\"id\":\"onetouch\",\"name\":{\"vi\":\"Nền tảng học trực tuyến mở đại trà OneTouch\",\"en\":\"OneTouch massive open online course (MOOC) platform\"},\"shortName\":\"OneTouch\",\"url\":\"https://onetouch.mic.gov.vn\",\"launched\":{\"period\":\"2022-04\",\"part\":\"start\",\"published\":\"đầu tháng 4/2022\",\"quote\":\"Nền tảng được khai trương từ đầu tháng 4/2022\"},\"quote\":\"Bộ Thông tin và Truyền thông đã xây dựng Nền tảng học trực tuyến mở đại trà tại địa chỉ https://onetouch.mic.gov.vn (Nền tảng OneTouch)\"}],\"corrections\":[]}"), "publisher", _publisherMic));

/**
 * The release `vienkinhteso-2023-04`: Online public services at the end of April 2023 (vienkinhteso.vn topic page).
 *
 * @category Data
 */
export const vienkinhteso202304: Release = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ _with(/* @__PURE__ */ JSON.parse("{\"id\":\"vienkinhteso-2023-04\",\"version\":\"1.1.0\",\"title\":{\"vi\":\"Dịch vụ công trực tuyến cuối tháng 4/2023 (trang chủ đề của vienkinhteso.vn)\",\"en\":\"Online public services at the end of April 2023 (vienkinhteso.vn topic page)\"},\"period\":null,\"publisher\":null,\"event\":null,\"source\":{\"description\":{\"vi\":\"Trang chủ đề \\\"Bộ Thông tin và Truyền thông\\\" của vienkinhteso.vn, dẫn số liệu của Bộ.\",\"en\":\"A vienkinhteso.vn topic page citing the ministry's figures.\"},\"language\":\"vi\",\"incipit\":null,\"url\":\"https://vienkinhteso.vn/bo-thong-tin-va-truyen-thong-ptag.html\",\"date\":null,\"printedBy\":\"vienkinhteso.vn\",\"quotes\":false,\"seen\":\"opening\",\"printedTitle\":null,\"accessed\":\"2026-12-03\",\"verifiable\":true},\"madePublic\":{\"date\":null,\"basis\":\"none\"},\"compiled\":\"2026-12-03\",\"platforms\":[],\"corrections\":[]}"), "publisher", _publisherMic));

/**
 * The release `vneconomy-2023-05-05`: April 2023 figures at the regular press conference of 5 May 2023 (VnEconomy).
 *
 * @category Data
 */
export const vneconomy20230505: Release = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ _with(/* @__PURE__ */ JSON.parse("{\"id\":\"vneconomy-2023-05-05\",\"version\":\"1.0.0\",\"title\":{\"vi\":\"Số liệu tháng 4/2023 tại họp báo thường kỳ ngày 5/5/2023 (VnEconomy)\",\"en\":\"April 2023 figures at the regular press conference of 5 May 2023 (VnEconomy)\"},\"period\":\"2023-04\",\"publisher\":null,\"event\":{\"name\":{\"vi\":\"Họp báo thường kỳ Bộ Thông tin và Truyền thông\",\"en\":\"The ministry's regular press conference\"},\"date\":\"2023-05-05\",\"period\":\"2023-04\",\"place\":null,\"chair\":null,\"source\":{\"title\":null,\"publisher\":\"vneconomy.vn\",\"url\":\"https://vneconomy.vn/viet-nam-dung-thu-3-chau-a-ve-doanh-so-xuat-khau-chip-ban-dan-vao-my.htm\",\"quote\":null}},\"source\":{\"description\":{\"vi\":\"Bài báo của VnEconomy thuật lại họp báo thường kỳ của Bộ ngày 5/5/2023.\",\"en\":\"A VnEconomy article relaying the ministry's regular press conference of 5 May 2023.\"},\"language\":\"vi\",\"incipit\":null,\"url\":\"https://vneconomy.vn/viet-nam-dung-thu-3-chau-a-ve-doanh-so-xuat-khau-chip-ban-dan-vao-my.htm\",\"date\":null,\"printedBy\":\"vneconomy.vn\",\"quotes\":false,\"seen\":\"opening\",\"printedTitle\":null,\"accessed\":\"2026-12-03\",\"verifiable\":true},\"madePublic\":{\"date\":\"2023-05-05\",\"basis\":\"event\"},\"compiled\":\"2026-11-27\",\"platforms\":[],\"corrections\":[]}"), "publisher", _publisherMic));

/**
 * The release `vietnamnet-2023-05`: The sector's results for April 2023 (VietNamNet).
 *
 * @category Data
 */
export const vietnamnet202305: Release = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ _with(/* @__PURE__ */ JSON.parse("{\"id\":\"vietnamnet-2023-05\",\"version\":\"1.0.0\",\"title\":{\"vi\":\"Kết quả ngành thông tin và truyền thông tháng 4/2023 (VietNamNet)\",\"en\":\"The sector's results for April 2023 (VietNamNet)\"},\"period\":\"2023-04\",\"publisher\":null,\"event\":null,\"source\":{\"description\":{\"vi\":\"Bài báo của VietNamNet về kết quả tháng 4/2023 do Bộ cho biết.\",\"en\":\"A VietNamNet article on April 2023 results given by the ministry.\"},\"language\":\"vi\",\"incipit\":null,\"url\":\"https://vietnamnet.vn/doanh-thu-toan-nganh-tt-tt-dat-khoang-1-14-trieu-ty-dong-trong-4-thang-2141239.html\",\"date\":\"2023-05\",\"printedBy\":\"vietnamnet.vn\",\"quotes\":false,\"seen\":\"opening\",\"printedTitle\":null,\"accessed\":\"2026-12-03\",\"verifiable\":true},\"madePublic\":{\"date\":\"2023-05\",\"basis\":\"page\"},\"compiled\":\"2026-11-27\",\"platforms\":[],\"corrections\":[]}"), "publisher", _publisherMic));

/**
 * The release `anlao-2023-06`: The sector's results for the first half of 2023 (An Lão district portal).
 *
 * @category Data
 */
export const anlao202306: Release = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"anlao-2023-06\",\"version\":\"1.0.1\",\"title\":{\"vi\":\"Kết quả ngành thông tin và truyền thông 6 tháng đầu năm 2023 (cổng thông tin huyện An Lão)\",\"en\":\"The sector's results for the first half of 2023 (An Lão district portal)\"},\"period\":null,\"publisher\":null,\"event\":null,\"source\":{\"description\":{\"vi\":\"Tin của cổng thông tin huyện An Lão (Hải Phòng) về kết quả ngành; không nêu cơ quan báo cáo.\",\"en\":\"A news item of the An Lão district portal (Hải Phòng) on the sector's results; it names no reporting body.\"},\"language\":\"vi\",\"incipit\":null,\"url\":\"http://anlao.anlao.haiphong.gov.vn/tin-tuc-su-kien/ket-qua-dat-duoc-cua-nganh-thong-tin-truyen-thong-525505\",\"date\":null,\"printedBy\":\"anlao.anlao.haiphong.gov.vn\",\"quotes\":false,\"seen\":\"opening\",\"printedTitle\":\"KẾT QUẢ ĐẠT ĐƯỢC CỦA NGÀNH THÔNG TIN TRUYỀN THÔNG\",\"accessed\":\"2026-12-03\",\"verifiable\":true},\"madePublic\":{\"date\":null,\"basis\":\"none\"},\"compiled\":\"2026-11-27\",\"platforms\":[],\"corrections\":[{\"release\":\"anlao-2023-06\",\"observation\":\"fully-online-services-share-of-target-2023-06-19\",\"field\":\"status\",\"before\":\"\\\"normal\\\"\",\"after\":\"\\\"estimate\\\"\",\"date\":\"2026-12-03\",\"version\":\"0.3.0\",\"reason\":{\"vi\":\"Con số được in trên trang, trong cùng mệnh đề \\\"ước đạt\\\" với tỷ lệ 90,66%: một ước tính, không phải số tính ra.\",\"en\":\"The figure is printed on the page, in the same \\\"ước đạt\\\" clause as the 90,66% share: an estimate, not a computed number.\"}},{\"release\":\"anlao-2023-06\",\"observation\":\"fully-online-services-share-of-target-2023-06-19\",\"field\":\"note\",\"before\":\"{\\\"vi\\\":\\\"Tính từ con số ước đạt 90,66% với mục tiêu 100%.\\\",\\\"en\\\":\\\"Computed from the estimated 90,66% against the 100% target.\\\"}\",\"after\":\"null\",\"date\":\"2026-12-03\",\"version\":\"0.3.0\",\"reason\":{\"vi\":\"Ghi chú \\\"tính từ…\\\" sai: con số được in trên trang.\",\"en\":\"The \\\"computed from\\\" note was wrong: the figure is printed on the page.\"}},{\"release\":\"anlao-2023-06\",\"observation\":\"ministries-and-provinces-published-online-service-list-2023-06-19\",\"field\":\"name\",\"before\":\"{\\\"vi\\\":\\\"Bộ, tỉnh đã ban hành danh mục dịch vụ công trực tuyến toàn trình, một phần theo Nghị định 42/2022/NĐ-CP\\\",\\\"en\\\":\\\"Ministries and provinces that have issued their list of fully and partly online services under Decree 42/2022\\\"}\",\"after\":\"{\\\"vi\\\":\\\"Bộ và tỉnh có danh mục dịch vụ công trực tuyến theo Nghị định 42/2022\\\",\\\"en\\\":\\\"Ministries and provinces with a Decree 42 online-service list\\\"}\",\"date\":\"2026-12-03\",\"version\":\"0.3.0\",\"reason\":{\"vi\":\"Tên cũ lặp gần nguyên một mệnh đề của trang; tên mới bằng lời của gói.\",\"en\":\"The old name repeated nearly a whole clause of the page; the new one is in the package's own words.\"}}]}"));

/**
 * The release `vnmedia-2023-06`: The Ministry of Information and Communications' estimates of the digital economy's share of GDP, 2021–2022 (VnMedia).
 *
 * @category Data
 */
export const vnmedia202306: Release = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ _with(/* @__PURE__ */ JSON.parse("{\"id\":\"vnmedia-2023-06\",\"version\":\"1.0.0\",\"title\":{\"vi\":\"Ước tính của Bộ Thông tin và Truyền thông về tỷ lệ đóng góp của kinh tế số trong GDP 2021–2022 (VnMedia)\",\"en\":\"The Ministry of Information and Communications' estimates of the digital economy's share of GDP, 2021–2022 (VnMedia)\"},\"period\":null,\"publisher\":null,\"event\":null,\"source\":{\"description\":{\"vi\":\"Bài của VnMedia dẫn ước tính và mục tiêu của Bộ; bản lưu không ghi ngày, địa chỉ trang mang tháng 6/2023.\",\"en\":\"A VnMedia article citing the ministry's estimates and targets; the stored copy shows no date, the address carries June 2023.\"},\"language\":\"vi\",\"incipit\":null,\"url\":\"https://vnmedia.vn/cong-nghe/202306/thang-72023-se-cong-bo-bao-cao-ve-kinh-te-so-xa-hoi-so-viet-nam-38549e6\",\"date\":null,\"printedBy\":\"vnmedia.vn\",\"quotes\":false,\"seen\":\"opening\",\"printedTitle\":null,\"accessed\":\"2026-12-03\",\"verifiable\":true},\"madePublic\":{\"date\":\"2023-06\",\"basis\":\"address\"},\"compiled\":\"2026-12-03\",\"platforms\":[],\"corrections\":[]}"), "publisher", _publisherMic));

/**
 * The release `cafef-2023-08`: Results of the first eight months of 2023 at the August 2023 briefing (CafeF).
 *
 * @category Data
 */
export const cafef202308: Release = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ _with(/* @__PURE__ */ JSON.parse("{\"id\":\"cafef-2023-08\",\"version\":\"1.0.0\",\"title\":{\"vi\":\"Kết quả 8 tháng đầu năm 2023 tại hội nghị giao ban tháng 8/2023 (CafeF)\",\"en\":\"Results of the first eight months of 2023 at the August 2023 briefing (CafeF)\"},\"period\":\"2023-08\",\"publisher\":null,\"event\":{\"name\":{\"vi\":\"Hội nghị giao ban quản lý nhà nước tháng 8/2023\",\"en\":\"State-management briefing conference for August 2023\"},\"date\":\"2023-08-28\",\"period\":\"2023-08\",\"place\":null,\"chair\":null,\"source\":{\"title\":null,\"publisher\":\"congnghevadoisong.vn\",\"url\":\"https://congnghevadoisong.vn/bo-thong-tin-va-truyen-thong-giao-ban-quan-ly-nha-nuoc-thang-82023-d57620.html\",\"quote\":null}},\"source\":{\"description\":{\"vi\":\"Bài của CafeF thuật lại số liệu giao ban tháng 8/2023; ngày 3/12/2026 không tìm lại được bản lưu.\",\"en\":\"A CafeF article relaying the August 2023 briefing's figures; no stored copy found again on 3 December 2026.\"},\"language\":\"vi\",\"incipit\":null,\"url\":\"https://cafef.vn/nhung-ket-qua-tich-cuc-cua-linh-vuc-tttt-trong-8-thang-dau-nam-2023-188230902135920248.chn\",\"date\":null,\"printedBy\":\"cafef.vn\",\"quotes\":false,\"seen\":\"opening\",\"printedTitle\":null,\"accessed\":\"2026-11-27\",\"verifiable\":false},\"madePublic\":{\"date\":\"2023-09-02\",\"basis\":\"address\"},\"compiled\":\"2026-11-27\",\"platforms\":[{\"id\":\"onetouch\",\"name\":{\"vi\":\"Nền tảng học kỹ năng trực tuyến mở đại trà\",\"en\":\"Open online skills-learning platform\"},\"shortName\":\"OneTouch\",\"url\":null,\"launched\":{\"period\":\"2022-05\",\"part\":\"start\",\"published\":\"đầu tháng 5/2022\",\"quote\":null},\"quote\":null}],\"corrections\":[]}"), "publisher", _publisherMic));

/**
 * The release `cafef-2023-09`: The sector's results to 4 September 2023 (CafeF).
 *
 * @category Data
 */
export const cafef202309: Release = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"cafef-2023-09\",\"version\":\"1.0.0\",\"title\":{\"vi\":\"Kết quả ngành thông tin và truyền thông đến ngày 4/9/2023 (CafeF)\",\"en\":\"The sector's results to 4 September 2023 (CafeF)\"},\"period\":null,\"publisher\":null,\"event\":null,\"source\":{\"description\":{\"vi\":\"Bài báo của CafeF; phần đã đọc không nêu nguồn số liệu và không nêu hội nghị.\",\"en\":\"A CafeF article; the part read names neither whose figures they are nor an event.\"},\"language\":\"vi\",\"incipit\":null,\"url\":\"https://cafef.vn/thue-bao-bang-rong-di-dong-cua-viet-nam-da-dat-ty-le-8707-thue-bao-100-dan-1882309121338376.chn\",\"date\":\"2023-09\",\"printedBy\":\"cafef.vn\",\"quotes\":false,\"seen\":\"opening\",\"printedTitle\":null,\"accessed\":\"2026-12-03\",\"verifiable\":true},\"madePublic\":{\"date\":\"2023-09-12\",\"basis\":\"address\"},\"compiled\":\"2026-11-27\",\"platforms\":[{\"id\":\"onetouch\",\"name\":{\"vi\":\"Nền tảng học kỹ năng trực tuyến mở đại trà\",\"en\":\"Open online skills-learning platform\"},\"shortName\":\"OneTouch\",\"url\":null,\"launched\":{\"period\":\"2022-05\",\"part\":\"start\",\"published\":\"đầu tháng 5/2022\",\"quote\":null},\"quote\":null}],\"corrections\":[]}"));

/**
 * The release `tapchibaohiemxahoi-2023-09-14`: Provisional trial computation of the digital economy's share of GDP for 2022 (Social Insurance Review).
 *
 * @category Data
 */
export const tapchibaohiemxahoi20230914: Release = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ _with(/* @__PURE__ */ JSON.parse("{\"id\":\"tapchibaohiemxahoi-2023-09-14\",\"version\":\"1.0.0\",\"title\":{\"vi\":\"Kết quả tính thử nghiệm sơ bộ tỷ trọng kinh tế số trong GDP năm 2022 (Tạp chí Bảo hiểm xã hội)\",\"en\":\"Provisional trial computation of the digital economy's share of GDP for 2022 (Social Insurance Review)\"},\"period\":\"2022\",\"publisher\":null,\"event\":null,\"source\":{\"description\":{\"vi\":\"Bản in của Tạp chí Bảo hiểm xã hội dẫn kết quả tính thử nghiệm của Tổng cục Thống kê; trang không nêu ngày công bố kết quả.\",\"en\":\"A print page of the Social Insurance Review citing the General Statistics Office's trial results; it does not say when they were released.\"},\"language\":\"vi\",\"incipit\":null,\"url\":\"https://tapchibaohiemxahoi.gov.vn/print.aspx?id=127617\",\"date\":\"2023-09-14\",\"printedBy\":\"tapchibaohiemxahoi.gov.vn\",\"quotes\":false,\"seen\":\"opening\",\"printedTitle\":\"Quy mô của kinh tế số trong GDP đang có xu hướng gia tăng\",\"accessed\":\"2026-12-03\",\"verifiable\":true},\"madePublic\":{\"date\":\"2023-09-14\",\"basis\":\"page\"},\"compiled\":\"2026-12-03\",\"platforms\":[],\"corrections\":[]}"), "publisher", _publisherGso));

/**
 * The release `giaoduc-2023-09-20`: Figures at the Q3/2023 briefing (giaoduc.edu.vn).
 *
 * @category Data
 */
export const giaoduc20230920: Release = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ _with(/* @__PURE__ */ JSON.parse("{\"id\":\"giaoduc-2023-09-20\",\"version\":\"1.0.0\",\"title\":{\"vi\":\"Số liệu tại hội nghị giao ban quý III/2023 (giaoduc.edu.vn)\",\"en\":\"Figures at the Q3/2023 briefing (giaoduc.edu.vn)\"},\"period\":\"2023-Q3\",\"publisher\":null,\"event\":{\"name\":{\"vi\":\"Hội nghị giao ban quản lý nhà nước quý III/2023\",\"en\":\"State-management briefing conference for Q3/2023\"},\"date\":null,\"period\":\"2023-Q3\",\"place\":null,\"chair\":null,\"source\":{\"title\":null,\"publisher\":\"giaoduc.edu.vn\",\"url\":\"https://www.giaoduc.edu.vn/thang-9-se-ban-hanh-huong-dan-trien-khai-chuyen-doi-so.htm\",\"quote\":null}},\"source\":{\"description\":{\"vi\":\"Bài báo của giaoduc.edu.vn thuật lại báo cáo tại hội nghị giao ban quý III/2023 của Bộ.\",\"en\":\"A giaoduc.edu.vn article relaying the report to the ministry's Q3/2023 briefing.\"},\"language\":\"vi\",\"incipit\":null,\"url\":\"https://www.giaoduc.edu.vn/thang-9-se-ban-hanh-huong-dan-trien-khai-chuyen-doi-so.htm\",\"date\":\"2023-09-20\",\"printedBy\":\"giaoduc.edu.vn\",\"quotes\":false,\"seen\":\"opening\",\"printedTitle\":\"Tháng 9: Sẽ ban hành hướng dẫn triển khai chuyển đổi số\",\"accessed\":\"2026-12-03\",\"verifiable\":true},\"madePublic\":{\"date\":\"2023-09-20\",\"basis\":\"page\"},\"compiled\":\"2026-11-27\",\"platforms\":[],\"corrections\":[]}"), "publisher", _publisherMic));

/**
 * The release `vietnamnet-2023-12-04`: Digital economy value added as a share of GDP for 2022 at the workshop of 4 December 2023 (VietNamNet).
 *
 * @category Data
 */
export const vietnamnet20231204: Release = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ _with(/* @__PURE__ */ JSON.parse("{\"id\":\"vietnamnet-2023-12-04\",\"version\":\"1.0.0\",\"title\":{\"vi\":\"Tỷ trọng giá trị tăng thêm của kinh tế số năm 2022 tại hội thảo ngày 4/12/2023 (VietNamNet)\",\"en\":\"Digital economy value added as a share of GDP for 2022 at the workshop of 4 December 2023 (VietNamNet)\"},\"period\":\"2022\",\"publisher\":null,\"event\":{\"name\":{\"vi\":\"Hội thảo phương pháp đo lường và kết quả biên soạn chỉ tiêu tỷ trọng giá trị tăng thêm của kinh tế số trong GDP, GRDP\",\"en\":\"Workshop on the method and results of compiling the digital economy's value-added share of GDP and GRDP\"},\"date\":\"2023-12-04\",\"period\":\"2022\",\"place\":{\"vi\":\"Trụ sở Tổng cục Thống kê, Hà Nội; trực tuyến với 63 tỉnh, thành phố\",\"en\":\"General Statistics Office headquarters, Hà Nội; online with the 63 provinces\"},\"chair\":\"Trần Duy Đông\",\"source\":{\"title\":\"Hội thảo phương pháp đo lường và kết quả biên soạn chỉ tiêu tỷ trọng giá trị tăng thêm của kinh tế số trong GDP, GRDP tại Việt Nam\",\"publisher\":\"vienthongke.vn\",\"url\":\"https://vienthongke.vn/ho%CC%A3i-tha%CC%89o-phuong-phap-do-luong-va-ket-qua%CC%89-bien-soa%CC%A3n-chi%CC%89-tieu-ty%CC%89-tro%CC%A3ng-gia-tri%CC%A3-tang-them-cu%CC%89a-kinh-te-so-tr/\",\"quote\":null}},\"source\":{\"description\":{\"vi\":\"Bài của VietNamNet thuật lại số liệu của Tổng cục Thống kê trình bày tại hội thảo ngày 4/12; bản lưu không ghi ngày đăng.\",\"en\":\"A VietNamNet article reporting the General Statistics Office's figures at the 4 December workshop; the stored copy shows no date.\"},\"language\":\"vi\",\"incipit\":null,\"url\":\"https://vietnamnet.vn/kinh-te-so-dang-chiem-ty-trong-nhu-the-nao-trong-gdp-cua-nuoc-ta-2222788.html\",\"date\":null,\"printedBy\":\"vietnamnet.vn\",\"quotes\":false,\"seen\":\"opening\",\"printedTitle\":null,\"accessed\":\"2026-12-03\",\"verifiable\":true},\"madePublic\":{\"date\":\"2023-12-04\",\"basis\":\"event\"},\"compiled\":\"2026-12-03\",\"platforms\":[],\"corrections\":[]}"), "publisher", _publisherGso));

/**
 * The release `congthuong-2023-12-29`: Digital economy value added as a share of GDP, 2020–2023, first publication (Công Thương).
 *
 * @category Data
 */
export const congthuong20231229: Release = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ _with(/* @__PURE__ */ JSON.parse("{\"id\":\"congthuong-2023-12-29\",\"version\":\"1.0.0\",\"title\":{\"vi\":\"Tỷ trọng giá trị tăng thêm của kinh tế số trong GDP 2020–2023, lần công bố đầu tiên (Công Thương)\",\"en\":\"Digital economy value added as a share of GDP, 2020–2023, first publication (Công Thương)\"},\"period\":\"2023\",\"publisher\":null,\"event\":{\"name\":{\"vi\":\"Họp báo công bố số liệu thống kê kinh tế - xã hội quý IV và năm 2023 của Tổng cục Thống kê\",\"en\":\"General Statistics Office press conference on the social and economic statistics of Q4 and the year 2023\"},\"date\":\"2023-12-29\",\"period\":\"2023\",\"place\":{\"vi\":\"Hà Nội\",\"en\":\"Hà Nội\"},\"chair\":null,\"source\":{\"title\":null,\"publisher\":\"phunuvietnam.vn\",\"url\":\"https://phunuvietnam.vn/print/tang-truong-gdp-nam-2023-dat-505-20231229115357477.htm\",\"quote\":null}},\"source\":{\"description\":{\"vi\":\"Bài của báo Công Thương thuật lại lần công bố đầu tiên, tại họp báo quý IV/2023; trang ghi ngày 24/11/2024, muộn hơn nội dung.\",\"en\":\"A Công Thương article reporting the statistics office's first publication, at its Q4/2023 press conference; the page shows 24 November 2024, later than its content.\"},\"language\":\"vi\",\"incipit\":null,\"url\":\"https://congthuong.vn/kinh-te-so-chiem-20-gdp-vao-nam-2025-thach-thuc-khong-nho-296320.html&mobile=yes&amp=1\",\"date\":\"2024-11-24\",\"printedBy\":\"congthuong.vn\",\"quotes\":false,\"seen\":\"opening\",\"printedTitle\":\"Kinh tế số chiếm 20% GDP vào năm 2025: Thách thức không nhỏ!\",\"accessed\":\"2026-12-03\",\"verifiable\":true},\"madePublic\":{\"date\":\"2023-12-29\",\"basis\":\"event\"},\"compiled\":\"2026-12-03\",\"platforms\":[],\"corrections\":[]}"), "publisher", _publisherGso));

/**
 * The release `nld-2023-12-29`: The estimated digital economy share of GDP for 2023 at the ministry's year-end conference (Người Lao Động).
 *
 * @category Data
 */
export const nld20231229: Release = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ _with(/* @__PURE__ */ JSON.parse("{\"id\":\"nld-2023-12-29\",\"version\":\"1.0.0\",\"title\":{\"vi\":\"Ước tính tỷ trọng kinh tế số trong GDP năm 2023 tại hội nghị tổng kết của Bộ (Người Lao Động)\",\"en\":\"The estimated digital economy share of GDP for 2023 at the ministry's year-end conference (Người Lao Động)\"},\"period\":\"2023\",\"publisher\":null,\"event\":{\"name\":{\"vi\":\"Hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024 của Bộ Thông tin và Truyền thông\",\"en\":\"The Ministry of Information and Communications' conference reviewing 2023 and setting the 2024 tasks\"},\"date\":\"2023-12-29\",\"period\":\"2023\",\"place\":null,\"chair\":null,\"source\":{\"title\":null,\"publisher\":\"nld.com.vn\",\"url\":\"https://nld.com.vn/chuyen-doi-so-phai-gan-phat-trien-kinh-te-xa-hoi-196231229220250391.htm\",\"quote\":null}},\"source\":{\"description\":{\"vi\":\"Bài của báo Người Lao Động thuật lại báo cáo của Bộ tại hội nghị ngày 29/12; bản lưu không ghi ngày đăng.\",\"en\":\"A Người Lao Động article reporting the ministry's report at the conference of 29 December; the stored copy shows no date.\"},\"language\":\"vi\",\"incipit\":null,\"url\":\"https://nld.com.vn/chuyen-doi-so-phai-gan-phat-trien-kinh-te-xa-hoi-196231229220250391.htm\",\"date\":null,\"printedBy\":\"nld.com.vn\",\"quotes\":false,\"seen\":\"opening\",\"printedTitle\":null,\"accessed\":\"2026-12-03\",\"verifiable\":true},\"madePublic\":{\"date\":\"2023-12-29\",\"basis\":\"event\"},\"compiled\":\"2026-12-03\",\"platforms\":[],\"corrections\":[]}"), "publisher", _publisherMic));

/**
 * The release `dukcoquantwtphcm-2023`: Digital economy value added as a share of GDP, 2020–2023 (forum of the Hồ Chí Minh City agencies' youth union).
 *
 * @category Data
 */
export const dukcoquantwtphcm2023: Release = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ _with(/* @__PURE__ */ JSON.parse("{\"id\":\"dukcoquantwtphcm-2023\",\"version\":\"1.0.0\",\"title\":{\"vi\":\"Tỷ trọng giá trị tăng thêm của kinh tế số trong GDP 2020–2023 (diễn đàn Đoàn khối các cơ quan TP.HCM)\",\"en\":\"Digital economy value added as a share of GDP, 2020–2023 (forum of the Hồ Chí Minh City agencies' youth union)\"},\"period\":\"2023\",\"publisher\":null,\"event\":null,\"source\":{\"description\":{\"vi\":\"Trang diễn đàn dẫn số liệu của Tổng cục Thống kê; không ghi ngày và không nêu lần công bố nào.\",\"en\":\"A forum page citing the General Statistics Office's figures; it shows no date and names no release.\"},\"language\":\"vi\",\"incipit\":null,\"url\":\"https://diendan.dukcoquantwtphcm.vn/Home/DetailGtSanpham/1\",\"date\":null,\"printedBy\":\"diendan.dukcoquantwtphcm.vn\",\"quotes\":false,\"seen\":\"opening\",\"printedTitle\":null,\"accessed\":\"2026-12-03\",\"verifiable\":true},\"madePublic\":{\"date\":null,\"basis\":\"none\"},\"compiled\":\"2026-12-03\",\"platforms\":[],\"corrections\":[]}"), "publisher", _publisherGso));

/**
 * The release `cchccantho-2024-04`: National digital transformation results for April 2024 (Cần Thơ administrative-reform portal).
 *
 * @category Data
 */
export const cchccantho202404: Release = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ _with(/* @__PURE__ */ JSON.parse("{\"id\":\"cchccantho-2024-04\",\"version\":\"1.0.0\",\"title\":{\"vi\":\"Báo cáo kết quả chuyển đổi số quốc gia tháng 4/2024 (cổng cải cách hành chính Cần Thơ)\",\"en\":\"National digital transformation results for April 2024 (Cần Thơ administrative-reform portal)\"},\"period\":\"2024-04\",\"publisher\":null,\"event\":null,\"source\":{\"description\":{\"vi\":\"Tin của cổng cải cách hành chính Cần Thơ thuật lại báo cáo tháng 4/2024 của Bộ.\",\"en\":\"A news item of the Cần Thơ administrative-reform portal relaying the ministry's April 2024 report.\"},\"language\":\"vi\",\"incipit\":null,\"url\":\"http://cchccantho.gov.vn/moi-ngay-co-khoang-28-trieu-giao-dich-duoc-thuc-hien-thong-qua-nen-tang-tich-hop-chia-se-du-lieu-quoc-gia-ndxp\",\"date\":null,\"printedBy\":\"cchccantho.gov.vn\",\"quotes\":false,\"seen\":\"opening\",\"printedTitle\":null,\"accessed\":\"2026-12-03\",\"verifiable\":true},\"madePublic\":{\"date\":null,\"basis\":\"none\"},\"compiled\":\"2026-11-27\",\"platforms\":[],\"corrections\":[]}"), "publisher", _publisherMic));

/**
 * The release `dongnai-2024-06`: The Ministry of Information and Communications' summary report on the first half of 2024 (Đồng Nai).
 *
 * @category Data
 */
export const dongnai202406: Release = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ _with(/* @__PURE__ */ JSON.parse("{\"id\":\"dongnai-2024-06\",\"version\":\"1.0.0\",\"title\":{\"vi\":\"Báo cáo tóm tắt sơ kết 6 tháng đầu năm 2024 về chuyển đổi số quốc gia của Bộ Thông tin và Truyền thông (Đồng Nai)\",\"en\":\"The Ministry of Information and Communications' summary report on the first half of 2024 (Đồng Nai)\"},\"period\":\"2024\",\"publisher\":null,\"event\":null,\"source\":{\"description\":{\"vi\":\"Cổng thông tin của Đồng Nai đăng lại báo cáo tóm tắt của Bộ; trang không ghi ngày và không nêu hội nghị nào.\",\"en\":\"A Đồng Nai portal reprinting the ministry's summary report; the page shows no date and names no event.\"},\"language\":\"vi\",\"incipit\":null,\"url\":\"http://dlct.dongnai.gov.vn/bai-viet/bao-cao-tom-tat-so-ket-06-thang-dau-nam-2024-ve-chuyen-doi-so-quoc-gia-bo-tttt-n36886\",\"date\":null,\"printedBy\":\"dlct.dongnai.gov.vn\",\"quotes\":false,\"seen\":\"opening\",\"printedTitle\":\"Báo cáo tóm tắt Sơ kết 06 tháng đầu năm 2024 về Chuyển đổi số quốc gia (Bộ TT&TT)\",\"accessed\":\"2026-12-03\",\"verifiable\":true},\"madePublic\":{\"date\":null,\"basis\":\"none\"},\"compiled\":\"2026-12-03\",\"platforms\":[],\"corrections\":[]}"), "publisher", _publisherMic));

/**
 * The release `ninhthuan-2024-07-10`: Digital-transformation results for the first half of 2024 at the national online conference of 10 July 2024 (Ninh Thuận).
 *
 * @category Data
 */
export const ninhthuan20240710: Release = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"ninhthuan-2024-07-10\",\"version\":\"1.0.0\",\"title\":{\"vi\":\"Kết quả chuyển đổi số 6 tháng đầu năm 2024 tại hội nghị trực tuyến toàn quốc ngày 10/7/2024 (Ninh Thuận)\",\"en\":\"Digital-transformation results for the first half of 2024 at the national online conference of 10 July 2024 (Ninh Thuận)\"},\"period\":\"2024\",\"publisher\":null,\"event\":{\"name\":{\"vi\":\"Hội nghị trực tuyến toàn quốc sơ kết 6 tháng đầu năm 2024 về chuyển đổi số quốc gia và Đề án 06\",\"en\":\"National online conference reviewing the first half of 2024 on national digital transformation and Scheme 06\"},\"date\":\"2024-07-10\",\"period\":\"2024\",\"place\":{\"vi\":\"Trụ sở Chính phủ, Hà Nội; trực tuyến tới các bộ, ngành và 63 tỉnh, thành phố\",\"en\":\"Government headquarters, Hà Nội; online to the ministries and the 63 provinces\"},\"chair\":\"Phạm Minh Chính\",\"source\":{\"title\":\"Hội nghị trực tuyến toàn quốc sơ kết 6 tháng đầu năm 2024 về chuyển đổi số quốc gia và Đề án 06 của Chính phủ\",\"publisher\":\"chuyendoiso.ninhthuan.gov.vn\",\"url\":\"https://chuyendoiso.ninhthuan.gov.vn/portal/pages/print.aspx?p=27786\",\"quote\":null}},\"source\":{\"description\":{\"vi\":\"Bản in trên cổng chuyển đổi số của Ninh Thuận, thuật lại các báo cáo tại hội nghị; trang không nói báo cáo của cơ quan nào.\",\"en\":\"A print page of Ninh Thuận's digital-transformation portal relaying the reports at the conference; it does not say whose reports they are.\"},\"language\":\"vi\",\"incipit\":null,\"url\":\"https://chuyendoiso.ninhthuan.gov.vn/portal/pages/print.aspx?p=27786\",\"date\":null,\"printedBy\":\"chuyendoiso.ninhthuan.gov.vn\",\"quotes\":false,\"seen\":\"opening\",\"printedTitle\":\"Hội nghị trực tuyến toàn quốc sơ kết 6 tháng đầu năm 2024 về chuyển đổi số quốc gia và Đề án 06 của Chính phủ\",\"accessed\":\"2026-12-03\",\"verifiable\":true},\"madePublic\":{\"date\":\"2024-07-10\",\"basis\":\"event\"},\"compiled\":\"2026-12-03\",\"platforms\":[],\"corrections\":[]}"));

/**
 * The release `vov-2024-09`: Community digital technology teams to September 2024 (VOV).
 *
 * @category Data
 */
export const vov202409: Release = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"vov-2024-09\",\"version\":\"1.0.0\",\"title\":{\"vi\":\"Tổ Công nghệ số cộng đồng đến tháng 9/2024 (VOV)\",\"en\":\"Community digital technology teams to September 2024 (VOV)\"},\"period\":null,\"publisher\":null,\"event\":null,\"source\":{\"description\":{\"vi\":\"Bài báo của VOV; phần đã đọc không nêu nguồn số liệu.\",\"en\":\"A VOV article; the part read does not name whose figure it is.\"},\"language\":\"vi\",\"incipit\":null,\"url\":\"https://vov.vn/cong-nghe/chuyen-doi-so/to-cong-nghe-so-va-nhung-hat-giong-do-chuyen-doi-so-nong-thon-post1142489.vov\",\"date\":null,\"printedBy\":\"vov.vn\",\"quotes\":false,\"seen\":\"opening\",\"printedTitle\":\"Tổ công nghệ số và những hạt giống đỏ chuyển đổi số nông thôn\",\"accessed\":\"2026-12-03\",\"verifiable\":true},\"madePublic\":{\"date\":null,\"basis\":\"none\"},\"compiled\":\"2026-11-27\",\"platforms\":[],\"corrections\":[]}"));

/**
 * The release `sggp-2024-12-29`: The estimated digital economy share of GDP for 2024 at the ministry's year-end conference (Sài Gòn Giải Phóng).
 *
 * @category Data
 */
export const sggp20241229: Release = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ _with(/* @__PURE__ */ JSON.parse("{\"id\":\"sggp-2024-12-29\",\"version\":\"1.0.0\",\"title\":{\"vi\":\"Ước tính tỷ trọng kinh tế số trong GDP năm 2024 tại hội nghị tổng kết của Bộ (Sài Gòn Giải Phóng)\",\"en\":\"The estimated digital economy share of GDP for 2024 at the ministry's year-end conference (Sài Gòn Giải Phóng)\"},\"period\":\"2024\",\"publisher\":null,\"event\":{\"name\":{\"vi\":\"Hội nghị tổng kết năm 2024 và triển khai nhiệm vụ năm 2025 của Bộ Thông tin và Truyền thông\",\"en\":\"The Ministry of Information and Communications' conference reviewing 2024 and setting the 2025 tasks\"},\"date\":\"2024-12-29\",\"period\":\"2024\",\"place\":null,\"chair\":null,\"source\":{\"title\":null,\"publisher\":\"sggp.org.vn\",\"url\":\"https://www.sggp.org.vn/doanh-thu-toan-nganh-tt-tt-nam-2024-tang-132-post775390.html\",\"quote\":null}},\"source\":{\"description\":{\"vi\":\"Bài của báo Sài Gòn Giải Phóng thuật lại báo cáo tại hội nghị sáng 29/12 của Bộ.\",\"en\":\"A Sài Gòn Giải Phóng article reporting the report at the ministry's conference on the morning of 29 December.\"},\"language\":\"vi\",\"incipit\":null,\"url\":\"https://www.sggp.org.vn/doanh-thu-toan-nganh-tt-tt-nam-2024-tang-132-post775390.html\",\"date\":\"2024-12\",\"printedBy\":\"sggp.org.vn\",\"quotes\":false,\"seen\":\"opening\",\"printedTitle\":null,\"accessed\":\"2026-12-03\",\"verifiable\":true},\"madePublic\":{\"date\":\"2024-12-29\",\"basis\":\"event\"},\"compiled\":\"2026-12-03\",\"platforms\":[],\"corrections\":[]}"), "publisher", _publisherMic));

/**
 * The release `kinhtedothi-2024`: Shares of dossiers handled fully online in 2024 from the EMC monitoring system (Kinh tế & Đô thị).
 *
 * @category Data
 */
export const kinhtedothi2024: Release = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ _with(/* @__PURE__ */ JSON.parse("{\"id\":\"kinhtedothi-2024\",\"version\":\"1.0.0\",\"title\":{\"vi\":\"Tỷ lệ hồ sơ trực tuyến toàn trình năm 2024 theo hệ thống EMC (Kinh tế & Đô thị)\",\"en\":\"Shares of dossiers handled fully online in 2024 from the EMC monitoring system (Kinh tế & Đô thị)\"},\"period\":\"2024\",\"publisher\":null,\"event\":null,\"source\":{\"description\":{\"vi\":\"Bài của báo Kinh tế & Đô thị dẫn số liệu năm 2024 của hệ thống EMC và đánh giá của Bộ; trang không ghi ngày.\",\"en\":\"A Kinh tế & Đô thị article citing the EMC system's 2024 figures and the ministry's assessment; the page shows no date.\"},\"language\":\"vi\",\"incipit\":null,\"url\":\"https://kinhtedothi.vn/ha-nam-dan-dau-ca-nuoc-ve-ty-le-ho-so-truc-tuyen-toan-trinh.html\",\"date\":null,\"printedBy\":\"kinhtedothi.vn\",\"quotes\":false,\"seen\":\"opening\",\"printedTitle\":null,\"accessed\":\"2026-12-03\",\"verifiable\":true},\"madePublic\":{\"date\":null,\"basis\":\"none\"},\"compiled\":\"2026-12-03\",\"platforms\":[],\"corrections\":[]}"), "publisher", _publisherMic));

/**
 * The release `tracuuquyhoach-2024`: Digital economy value added as a share of GDP, 2020–2024 (tracuuquyhoach.com).
 *
 * @category Data
 */
export const tracuuquyhoach2024: Release = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ _with(/* @__PURE__ */ JSON.parse("{\"id\":\"tracuuquyhoach-2024\",\"version\":\"1.0.0\",\"title\":{\"vi\":\"Tỷ trọng giá trị tăng thêm của kinh tế số trong GDP 2020–2024 (tracuuquyhoach.com)\",\"en\":\"Digital economy value added as a share of GDP, 2020–2024 (tracuuquyhoach.com)\"},\"period\":\"2024\",\"publisher\":null,\"event\":null,\"source\":{\"description\":{\"vi\":\"Trang tin dẫn chuỗi 2020–2024 và ghi nguồn là Cục Thống kê, tên của cơ quan thống kê từ năm 2025; trang không ghi ngày.\",\"en\":\"A news page citing the 2020–2024 series and crediting the Cục Thống kê, the statistics office's name from 2025; the page shows no date.\"},\"language\":\"vi\",\"incipit\":null,\"url\":\"https://tracuuquyhoach.com/tin-tuc/kinh-te-so-dua-viet-nam-buoc-vao-ky-nguyen-moi-51885261\",\"date\":null,\"printedBy\":\"tracuuquyhoach.com\",\"quotes\":false,\"seen\":\"opening\",\"printedTitle\":null,\"accessed\":\"2026-12-03\",\"verifiable\":true},\"madePublic\":{\"date\":null,\"basis\":\"none\"},\"compiled\":\"2026-12-03\",\"platforms\":[],\"corrections\":[]}"), "publisher", _publisherNso));

/**
 * The release `baomoi-2025-01-06`: Digital economy value added as a share of GDP, 2020–2024, released on 6 January 2025 (Báo Mới).
 *
 * @category Data
 */
export const baomoi20250106: Release = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ _with(/* @__PURE__ */ JSON.parse("{\"id\":\"baomoi-2025-01-06\",\"version\":\"1.0.0\",\"title\":{\"vi\":\"Tỷ trọng giá trị tăng thêm của kinh tế số trong GDP 2020–2024, công bố ngày 6/1/2025 (Báo Mới)\",\"en\":\"Digital economy value added as a share of GDP, 2020–2024, released on 6 January 2025 (Báo Mới)\"},\"period\":\"2024\",\"publisher\":null,\"event\":{\"name\":{\"vi\":\"Tổng cục Thống kê công bố số liệu thống kê kinh tế - xã hội quý IV và năm 2024\",\"en\":\"General Statistics Office release of the social and economic statistics of Q4 and the year 2024\"},\"date\":\"2025-01-06\",\"period\":\"2024\",\"place\":null,\"chair\":null,\"source\":{\"title\":null,\"publisher\":\"dantri.com.vn\",\"url\":\"https://dantri.com.vn/kinh-doanh/gdp-viet-nam-nam-2024-tang-truong-an-tuong-709-20250106093943787.htm\",\"quote\":null}},\"source\":{\"description\":{\"vi\":\"Bài trên trang tổng hợp Báo Mới thuật lại kết quả Tổng cục Thống kê công bố sáng 6/1; trang không ghi ngày đăng.\",\"en\":\"An article on the Báo Mới aggregator reporting the results the statistics office released on the morning of 6 January; the page shows no date.\"},\"language\":\"vi\",\"incipit\":null,\"url\":\"https://baomoi.net.vn/kinh-te-so-nam-2024-gop-1-5-trieu-ty-dong-chiem-13-17-gdp-c51176088.epi\",\"date\":null,\"printedBy\":\"baomoi.net.vn\",\"quotes\":false,\"seen\":\"opening\",\"printedTitle\":\"Kinh tế số năm 2024 góp 1,5 triệu tỷ đồng, chiếm 13,17% GDP\",\"accessed\":\"2026-12-03\",\"verifiable\":true},\"madePublic\":{\"date\":\"2025-01-06\",\"basis\":\"event\"},\"compiled\":\"2026-12-03\",\"platforms\":[],\"corrections\":[]}"), "publisher", _publisherGso));

/**
 * The release `baomoi-2025-06`: Share of dossiers handled fully online in June 2025 (Báo Mới).
 *
 * @category Data
 */
export const baomoi202506: Release = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ _with(/* @__PURE__ */ JSON.parse("{\"id\":\"baomoi-2025-06\",\"version\":\"1.0.0\",\"title\":{\"vi\":\"Tỷ lệ hồ sơ dịch vụ công trực tuyến toàn trình tháng 6/2025 (Báo Mới)\",\"en\":\"Share of dossiers handled fully online in June 2025 (Báo Mới)\"},\"period\":\"2025-06\",\"publisher\":null,\"event\":null,\"source\":{\"description\":{\"vi\":\"Bài trên trang tổng hợp Báo Mới dẫn báo cáo của Bộ Khoa học và Công nghệ; trang không ghi ngày.\",\"en\":\"An article on the Báo Mới aggregator citing the Ministry of Science and Technology's report; the page shows no date.\"},\"language\":\"vi\",\"incipit\":null,\"url\":\"https://lite.baomoi.com/ty-le-ho-so-dich-vu-cong-truc-tuyen-toan-trinh-cua-ca-nuoc-dat-39-5-c52808781.epi\",\"date\":null,\"printedBy\":\"lite.baomoi.com\",\"quotes\":false,\"seen\":\"opening\",\"printedTitle\":\"Tỷ lệ hồ sơ dịch vụ công trực tuyến toàn trình của cả nước đạt 39,5%\",\"accessed\":\"2026-12-03\",\"verifiable\":true},\"madePublic\":{\"date\":null,\"basis\":\"none\"},\"compiled\":\"2026-12-03\",\"platforms\":[],\"corrections\":[]}"), "publisher", _publisherMost));

/**
 * The release `thanhnien-2025-10-21`: A Ministry of Science and Technology leader's speech on National Digital Transformation Day 2025 (Thanh Niên).
 *
 * @category Data
 */
export const thanhnien20251021: Release = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ _with(/* @__PURE__ */ JSON.parse("{\"id\":\"thanhnien-2025-10-21\",\"version\":\"1.0.0\",\"title\":{\"vi\":\"Phát biểu của lãnh đạo Bộ Khoa học và Công nghệ tại Ngày Chuyển đổi số quốc gia 2025 (Thanh Niên)\",\"en\":\"A Ministry of Science and Technology leader's speech on National Digital Transformation Day 2025 (Thanh Niên)\"},\"period\":null,\"publisher\":null,\"event\":{\"name\":{\"vi\":\"Chương trình Ngày Chuyển đổi số quốc gia năm 2025\",\"en\":\"National Digital Transformation Day 2025 programme\"},\"date\":\"2025-10-21\",\"period\":\"2025\",\"place\":null,\"chair\":null,\"source\":{\"title\":\"Chuyển đổi số chậm một phút có thể tụt hậu hàng năm\",\"publisher\":\"thanhnien.vn\",\"url\":\"https://thanhnien.vn/chuyen-doi-so-cham-mot-phut-co-the-tut-hau-hang-nam-185251021104439563.htm\",\"quote\":null}},\"source\":{\"description\":{\"vi\":\"Bài của báo Thanh Niên thuật lại phát biểu của Thứ trưởng Bộ Khoa học và Công nghệ tại sự kiện.\",\"en\":\"A Thanh Niên article reporting the Deputy Minister of Science and Technology's speech at the event.\"},\"language\":\"vi\",\"incipit\":null,\"url\":\"https://thanhnien.vn/chuyen-doi-so-cham-mot-phut-co-the-tut-hau-hang-nam-185251021104439563.htm\",\"date\":\"2025-10-21\",\"printedBy\":\"thanhnien.vn\",\"quotes\":false,\"seen\":\"opening\",\"printedTitle\":\"Chuyển đổi số chậm một phút có thể tụt hậu hàng năm\",\"accessed\":\"2026-12-03\",\"verifiable\":true},\"madePublic\":{\"date\":\"2025-10-21\",\"basis\":\"event\"},\"compiled\":\"2026-12-03\",\"platforms\":[],\"corrections\":[]}"), "publisher", _publisherMost));

/**
 * The release `mst-2025-10-31`: Public services done entirely in the digital environment after four months of two-level local government (Ministry of Science and Technology).
 *
 * @category Data
 */
export const mst20251031: Release = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ _with(/* @__PURE__ */ JSON.parse("{\"id\":\"mst-2025-10-31\",\"version\":\"1.0.0\",\"title\":{\"vi\":\"Dịch vụ công thực hiện hoàn toàn trên môi trường số sau 4 tháng chính quyền hai cấp (Bộ Khoa học và Công nghệ)\",\"en\":\"Public services done entirely in the digital environment after four months of two-level local government (Ministry of Science and Technology)\"},\"period\":null,\"publisher\":null,\"event\":null,\"source\":{\"description\":{\"vi\":\"Bài trên trang tin của Bộ Khoa học và Công nghệ.\",\"en\":\"An article on the Ministry of Science and Technology's own site.\"},\"language\":\"vi\",\"incipit\":null,\"url\":\"https://mst.gov.vn/chuyen-doi-so-hanh-chinh-cong-van-hanh-tren-du-lieu-197251031150517763.htm\",\"date\":\"2025-10-31\",\"printedBy\":\"mst.gov.vn\",\"quotes\":false,\"seen\":\"opening\",\"printedTitle\":\"Chuyển đổi số – Hành chính công vận hành trên dữ liệu\",\"accessed\":\"2026-12-03\",\"verifiable\":true},\"madePublic\":{\"date\":\"2025-10-31\",\"basis\":\"official\"},\"compiled\":\"2026-12-03\",\"platforms\":[],\"corrections\":[]}"), "publisher", _publisherMost));

/**
 * The release `vietnamnet-2025-11-07`: Share of dossiers handled fully online in October 2025 (VietNamNet).
 *
 * @category Data
 */
export const vietnamnet20251107: Release = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ _with(/* @__PURE__ */ JSON.parse("{\"id\":\"vietnamnet-2025-11-07\",\"version\":\"1.0.0\",\"title\":{\"vi\":\"Tỷ lệ hồ sơ trực tuyến toàn trình tháng 10/2025 (VietNamNet)\",\"en\":\"Share of dossiers handled fully online in October 2025 (VietNamNet)\"},\"period\":\"2025-10\",\"publisher\":null,\"event\":null,\"source\":{\"description\":{\"vi\":\"Bài của VietNamNet dẫn số liệu của Bộ Khoa học và Công nghệ.\",\"en\":\"A VietNamNet article citing the Ministry of Science and Technology's figures.\"},\"language\":\"vi\",\"incipit\":null,\"url\":\"https://vietnamnet.vn/ty-le-tai-su-dung-du-lieu-trong-cung-cap-dich-vu-cong-truc-tuyen-con-thap-2460492.html\",\"date\":\"2025-11-07\",\"printedBy\":\"vietnamnet.vn\",\"quotes\":false,\"seen\":\"opening\",\"printedTitle\":null,\"accessed\":\"2026-12-03\",\"verifiable\":true},\"madePublic\":{\"date\":\"2025-11-07\",\"basis\":\"page\"},\"compiled\":\"2026-12-03\",\"platforms\":[],\"corrections\":[]}"), "publisher", _publisherMost));

/**
 * The release `vietnamplus-2025-11-08`: Shares of procedures provided as fully-online services, ministries and provinces (VietnamPlus).
 *
 * @category Data
 */
export const vietnamplus20251108: Release = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ _with(/* @__PURE__ */ JSON.parse("{\"id\":\"vietnamplus-2025-11-08\",\"version\":\"1.0.0\",\"title\":{\"vi\":\"Tỷ lệ thủ tục hành chính cung cấp dịch vụ công toàn trình của bộ, ngành và địa phương (VietnamPlus)\",\"en\":\"Shares of procedures provided as fully-online services, ministries and provinces (VietnamPlus)\"},\"period\":null,\"publisher\":null,\"event\":null,\"source\":{\"description\":{\"vi\":\"Bài của VietnamPlus thuật lại báo cáo của Bộ Khoa học và Công nghệ gửi Phó Thủ tướng Thường trực.\",\"en\":\"A VietnamPlus article relaying the Ministry of Science and Technology's report to the Standing Deputy Prime Minister.\"},\"language\":\"vi\",\"incipit\":null,\"url\":\"https://www.vietnamplus.vn/thu-tuc-hanh-chinh-chua-phu-hop-trien-khai-dich-vu-cong-truc-tuyen-toan-trinh-post1075804.vnp\",\"date\":\"2025-11-08\",\"printedBy\":\"vietnamplus.vn\",\"quotes\":false,\"seen\":\"opening\",\"printedTitle\":null,\"accessed\":\"2026-12-03\",\"verifiable\":true},\"madePublic\":{\"date\":\"2025-11-08\",\"basis\":\"page\"},\"compiled\":\"2026-12-03\",\"platforms\":[],\"corrections\":[]}"), "publisher", _publisherMost));

/**
 * The release `vietnamnet-2025-11-26`: Share of dossiers handled fully online in November 2025 (VietNamNet).
 *
 * @category Data
 */
export const vietnamnet20251126: Release = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ _with(/* @__PURE__ */ JSON.parse("{\"id\":\"vietnamnet-2025-11-26\",\"version\":\"1.0.0\",\"title\":{\"vi\":\"Tỷ lệ hồ sơ trực tuyến toàn trình tháng 11/2025 (VietNamNet)\",\"en\":\"Share of dossiers handled fully online in November 2025 (VietNamNet)\"},\"period\":\"2025-11\",\"publisher\":null,\"event\":null,\"source\":{\"description\":{\"vi\":\"Bài của VietNamNet dẫn số liệu của Bộ Khoa học và Công nghệ; bản lưu không ghi ngày.\",\"en\":\"A VietNamNet article citing the Ministry of Science and Technology's figures; the stored copy shows no date.\"},\"language\":\"vi\",\"incipit\":null,\"url\":\"https://vietnamnet.vn/dua-ty-le-nguoi-dan-doanh-nghiep-dung-dich-vu-cong-truc-tuyen-dat-80-2475477.html\",\"date\":null,\"printedBy\":\"vietnamnet.vn\",\"quotes\":false,\"seen\":\"opening\",\"printedTitle\":null,\"accessed\":\"2026-12-03\",\"verifiable\":true},\"madePublic\":{\"date\":null,\"basis\":\"none\"},\"compiled\":\"2026-12-03\",\"platforms\":[],\"corrections\":[]}"), "publisher", _publisherMost));

/**
 * The release `thoibaotaichinh-2026-01-05`: Digital economy value added as a share of GDP, 2025 (Thời báo Tài chính Việt Nam).
 *
 * @category Data
 */
export const thoibaotaichinh20260105: Release = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ _with(/* @__PURE__ */ JSON.parse("{\"id\":\"thoibaotaichinh-2026-01-05\",\"version\":\"1.0.0\",\"title\":{\"vi\":\"Tỷ trọng giá trị tăng thêm của kinh tế số trong GDP năm 2025 (Thời báo Tài chính Việt Nam)\",\"en\":\"Digital economy value added as a share of GDP, 2025 (Thời báo Tài chính Việt Nam)\"},\"period\":\"2025\",\"publisher\":null,\"event\":null,\"source\":{\"description\":{\"vi\":\"Bài của Thời báo Tài chính Việt Nam dẫn đánh giá của Cục Thống kê; trang không gắn số liệu với một sự kiện.\",\"en\":\"A Thời báo Tài chính Việt Nam article citing the National Statistics Office's assessment; it ties the figures to no event.\"},\"language\":\"vi\",\"incipit\":null,\"url\":\"https://thoibaotaichinhvietnam.vn/kinh-te-so-la-dong-luc-tang-truong-quan-trong-trong-nam-2025-190019.html\",\"date\":\"2026-01-05\",\"printedBy\":\"thoibaotaichinhvietnam.vn\",\"quotes\":false,\"seen\":\"opening\",\"printedTitle\":null,\"accessed\":\"2026-12-03\",\"verifiable\":true},\"madePublic\":{\"date\":\"2026-01-05\",\"basis\":\"page\"},\"compiled\":\"2026-12-03\",\"platforms\":[],\"corrections\":[]}"), "publisher", _publisherNso));

/**
 * The release `vneconomy-2026-01-06`: Digital economy value added as a share of GDP, 2021–2025 (VnEconomy).
 *
 * @category Data
 */
export const vneconomy20260106: Release = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ _with(/* @__PURE__ */ JSON.parse("{\"id\":\"vneconomy-2026-01-06\",\"version\":\"1.0.0\",\"title\":{\"vi\":\"Tỷ trọng giá trị tăng thêm của kinh tế số trong GDP 2021–2025 (VnEconomy)\",\"en\":\"Digital economy value added as a share of GDP, 2021–2025 (VnEconomy)\"},\"period\":\"2025\",\"publisher\":null,\"event\":null,\"source\":{\"description\":{\"vi\":\"Bài của VnEconomy dẫn lời Phó Cục trưởng Cục Thống kê (Bộ Tài chính); chỉ thấy số năm 2021 và 2025 của chuỗi.\",\"en\":\"A VnEconomy article quoting a deputy head of the National Statistics Office (Ministry of Finance); only the series' 2021 and 2025 values are visible.\"},\"language\":\"vi\",\"incipit\":null,\"url\":\"https://vneconomy.vn/tang-them-72-ty-usd-kinh-te-so-dong-gop-hon-14-vao-gdp-2025.htm\",\"date\":\"2026-01-06\",\"printedBy\":\"vneconomy.vn\",\"quotes\":false,\"seen\":\"opening\",\"printedTitle\":null,\"accessed\":\"2026-12-03\",\"verifiable\":true},\"madePublic\":{\"date\":\"2026-01-06\",\"basis\":\"page\"},\"compiled\":\"2026-12-03\",\"platforms\":[],\"corrections\":[]}"), "publisher", _publisherNso));

/**
 * Every release, oldest first: by the date of its page, or where the page
 * shows none, by the latest as-of date of its figures.
 *
 * @category Data
 */
export const releases: readonly Release[] = /* @__PURE__ */ _deepFreeze([release24h202202, antoanthongtin202203, baokiemtoan202203, release1thegioi20220602, thoibao20220615, thoisutoancanh202208, qdnd202208, doanhnghiepvadoisong202208, anninhthudo202209, vneconomy2022Q3, mic2023Q1, vienkinhteso202304, vneconomy20230505, vietnamnet202305, anlao202306, vnmedia202306, cafef202308, cafef202309, tapchibaohiemxahoi20230914, giaoduc20230920, vietnamnet20231204, congthuong20231229, nld20231229, dukcoquantwtphcm2023, cchccantho202404, dongnai202406, ninhthuan20240710, vov202409, sggp20241229, kinhtedothi2024, tracuuquyhoach2024, baomoi20250106, baomoi202506, thanhnien20251021, mst20251031, vietnamnet20251107, vietnamplus20251108, vietnamnet20251126, thoibaotaichinh20260105, vneconomy20260106]);

/**
 * The newest release (`vneconomy-2026-01-06`), the last of `releases`.
 *
 * @category Data
 */
export const latestRelease: Release = vneconomy20260106;

/**
 * Every correction made to any release since its first publication, oldest first
 * (what, when, why). Empty: nothing has been corrected.
 *
 * @category Data
 */
export const corrections: readonly Correction[] = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("[{\"release\":\"24h-2022-02\",\"observation\":\"provinces-egov-architecture-2-2022-01-20\",\"field\":\"asOfBasis\",\"before\":\"\\\"stated\\\"\",\"after\":\"\\\"context\\\"\",\"date\":\"2026-12-03\",\"version\":\"0.3.0\",\"reason\":{\"vi\":\"Ngày 20/1/2022 đứng ở dòng mở đầu danh sách, không ở chính con số.\",\"en\":\"The 20 January 2022 date opens the list the figure stands in; it is not printed with the figure itself.\"}},{\"release\":\"24h-2022-02\",\"observation\":\"provinces-dx-programme-or-plan-2022-01-20\",\"field\":\"asOfBasis\",\"before\":\"\\\"stated\\\"\",\"after\":\"\\\"context\\\"\",\"date\":\"2026-12-03\",\"version\":\"0.3.0\",\"reason\":{\"vi\":\"Ngày 20/1/2022 đứng ở dòng mở đầu danh sách, không ở chính con số.\",\"en\":\"The 20 January 2022 date opens the list the figure stands in; it is not printed with the figure itself.\"}},{\"release\":\"baokiemtoan-2022-03\",\"observation\":\"provinces-dx-steering-committee-2022-03-23\",\"field\":\"asOfBasis\",\"before\":\"\\\"stated\\\"\",\"after\":\"\\\"context\\\"\",\"date\":\"2026-12-03\",\"version\":\"0.3.0\",\"reason\":{\"vi\":\"Câu in con số không ghi ngày; ngày 23/3/2022 nằm ở chú thích ảnh phía trên.\",\"en\":\"The sentence printing the figure carries no date; 23 March 2022 is in the photo caption above it.\"}},{\"release\":\"anninhthudo-2022-09\",\"observation\":\"ndxp-transactions-since-launch-2022-09-26\",\"field\":\"asOfBasis\",\"before\":\"\\\"stated\\\"\",\"after\":\"\\\"context\\\"\",\"date\":\"2026-12-03\",\"version\":\"0.3.0\",\"reason\":{\"vi\":\"Con số nằm ở câu sau câu ghi ngày 26/9/2022.\",\"en\":\"The figure stands in the sentence after the one dated 26 September 2022.\"}},{\"release\":\"anlao-2023-06\",\"observation\":\"fully-online-services-share-of-target-2023-06-19\",\"field\":\"status\",\"before\":\"\\\"normal\\\"\",\"after\":\"\\\"estimate\\\"\",\"date\":\"2026-12-03\",\"version\":\"0.3.0\",\"reason\":{\"vi\":\"Con số được in trên trang, trong cùng mệnh đề \\\"ước đạt\\\" với tỷ lệ 90,66%: một ước tính, không phải số tính ra.\",\"en\":\"The figure is printed on the page, in the same \\\"ước đạt\\\" clause as the 90,66% share: an estimate, not a computed number.\"}},{\"release\":\"anlao-2023-06\",\"observation\":\"fully-online-services-share-of-target-2023-06-19\",\"field\":\"note\",\"before\":\"{\\\"vi\\\":\\\"Tính từ con số ước đạt 90,66% với mục tiêu 100%.\\\",\\\"en\\\":\\\"Computed from the estimated 90,66% against the 100% target.\\\"}\",\"after\":\"null\",\"date\":\"2026-12-03\",\"version\":\"0.3.0\",\"reason\":{\"vi\":\"Ghi chú \\\"tính từ…\\\" sai: con số được in trên trang.\",\"en\":\"The \\\"computed from\\\" note was wrong: the figure is printed on the page.\"}},{\"release\":\"anlao-2023-06\",\"observation\":\"ministries-and-provinces-published-online-service-list-2023-06-19\",\"field\":\"name\",\"before\":\"{\\\"vi\\\":\\\"Bộ, tỉnh đã ban hành danh mục dịch vụ công trực tuyến toàn trình, một phần theo Nghị định 42/2022/NĐ-CP\\\",\\\"en\\\":\\\"Ministries and provinces that have issued their list of fully and partly online services under Decree 42/2022\\\"}\",\"after\":\"{\\\"vi\\\":\\\"Bộ và tỉnh có danh mục dịch vụ công trực tuyến theo Nghị định 42/2022\\\",\\\"en\\\":\\\"Ministries and provinces with a Decree 42 online-service list\\\"}\",\"date\":\"2026-12-03\",\"version\":\"0.3.0\",\"reason\":{\"vi\":\"Tên cũ lặp gần nguyên một mệnh đề của trang; tên mới bằng lời của gói.\",\"en\":\"The old name repeated nearly a whole clause of the page; the new one is in the package's own words.\"}}]"));

/**
 * The id of a release.
 *
 * @category Data
 */
export type ReleaseId =
  | "24h-2022-02"
  | "antoanthongtin-2022-03"
  | "baokiemtoan-2022-03"
  | "1thegioi-2022-06-02"
  | "thoibao-2022-06-15"
  | "thoisutoancanh-2022-08"
  | "qdnd-2022-08"
  | "doanhnghiepvadoisong-2022-08"
  | "anninhthudo-2022-09"
  | "vneconomy-2022-q3"
  | "mic-2023-q1"
  | "vienkinhteso-2023-04"
  | "vneconomy-2023-05-05"
  | "vietnamnet-2023-05"
  | "anlao-2023-06"
  | "vnmedia-2023-06"
  | "cafef-2023-08"
  | "cafef-2023-09"
  | "tapchibaohiemxahoi-2023-09-14"
  | "giaoduc-2023-09-20"
  | "vietnamnet-2023-12-04"
  | "congthuong-2023-12-29"
  | "nld-2023-12-29"
  | "dukcoquantwtphcm-2023"
  | "cchccantho-2024-04"
  | "dongnai-2024-06"
  | "ninhthuan-2024-07-10"
  | "vov-2024-09"
  | "sggp-2024-12-29"
  | "kinhtedothi-2024"
  | "tracuuquyhoach-2024"
  | "baomoi-2025-01-06"
  | "baomoi-2025-06"
  | "thanhnien-2025-10-21"
  | "mst-2025-10-31"
  | "vietnamnet-2025-11-07"
  | "vietnamplus-2025-11-08"
  | "vietnamnet-2025-11-26"
  | "thoibaotaichinh-2026-01-05"
  | "vneconomy-2026-01-06";

/**
 * The commitments with no number (due period, verbatim clause) of every release.
 *
 * @category Data
 */
export const tasks: readonly Task[] = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("[{\"id\":\"ai-dataset-catalogue\",\"release\":\"mic-2023-q1\",\"by\":\"mic\",\"name\":{\"vi\":\"Xây dựng và công bố danh mục các bộ dữ liệu phục vụ trí tuệ nhân tạo (AI)\",\"en\":\"Build and publish a catalogue of data sets for artificial intelligence (AI)\"},\"due\":\"2023-Q2\",\"quote\":\"nhiệm vụ trọng tâm trong quý 2/2023 là xây dựng và công bố danh mục các bộ dữ liệu phục vụ trí tuệ nhân tạo (AI) để huy động các doanh nghiệp, cộng đồng nghiên cứu, đóng góp\"},{\"id\":\"data-development-directive\",\"release\":\"mic-2023-q1\",\"by\":\"mic\",\"name\":{\"vi\":\"Chỉ đạo xây dựng Chỉ thị của Thủ tướng Chính phủ về phát triển dữ liệu\",\"en\":\"Steer the drafting of a Prime Minister's directive on developing data for socio-economic development and national digital transformation\"},\"due\":\"2023-Q2\",\"quote\":\"Chỉ đạo xây dựng Chỉ thị của Thủ tướng Chính phủ về phát triển dữ liệu phục vụ phát triển kinh tế - xã hội và chuyển đổi số quốc gia\"},{\"id\":\"mic-document-and-one-stop-systems\",\"release\":\"mic-2023-q1\",\"by\":\"mic\",\"name\":{\"vi\":\"Xây dựng kế hoạch phát triển hệ thống văn bản điều hành và hệ thống dịch vụ công và một cửa điện tử\",\"en\":\"Plan the development of the ministry's executive-document system and its public-service and electronic one-stop systems\"},\"due\":null,\"quote\":\"Thời gian tới, Bộ tiếp tục xây dựng kế hoạch phát triển hệ thống văn bản điều hành và hệ thống dịch vụ công và một cửa điện tử\"}]"));

/**
 * The id of a task.
 *
 * @category Data
 */
export type TaskId =
  | "ai-dataset-catalogue"
  | "data-development-directive"
  | "mic-document-and-one-stop-systems";
