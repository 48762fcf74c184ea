// generated — do not edit.
// Made by scripts/generate.ts from data/publishers.json, data/releases/24h-2022-02.json, data/releases/antoanthongtin-2022-03.json, data/releases/baokiemtoan-2022-03.json, data/releases/1thegioi-2022-06-02.json, data/releases/thoibao-2022-06-15.json, data/releases/thoisutoancanh-2022-08.json, data/releases/qdnd-2022-08.json, data/releases/doanhnghiepvadoisong-2022-08.json, data/releases/anninhthudo-2022-09.json, data/releases/vneconomy-2022-q3.json, data/releases/mic-2023-q1.json, data/releases/vienkinhteso-2023-04.json, data/releases/vneconomy-2023-05-05.json, data/releases/vietnamnet-2023-05.json, data/releases/anlao-2023-06.json, data/releases/cafef-2023-08.json, data/releases/cafef-2023-09.json, data/releases/giaoduc-2023-09-20.json, data/releases/cchccantho-2024-04.json, data/releases/vov-2024-09.json; run `npm run generate` after changing those.

import { _deepFreeze, _with } from "../_lib/_deepFreeze.js";
import type { Correction, Publisher, Release } from "../model/release.js";
import type { Task } from "../model/task.js";

/** Ministry of Information and Communications, whose figures the releases give. */
const _publisherMic: Publisher = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"mic\",\"name\":{\"vi\":\"Bộ Thông tin và Truyền thông\",\"en\":\"Ministry of Information and Communications\"},\"abbreviation\":\"MIC\",\"domains\":[\"mic.gov.vn\"],\"succession\":{\"successor\":{\"vi\":\"Bộ Khoa học và Công nghệ\",\"en\":\"Ministry of Science and Technology\"},\"publisher\":\"most\",\"date\":\"2025-03-01\",\"description\":{\"vi\":\"Từ ngày 1/3/2025, Bộ Thông tin và Truyền thông được hợp nhất với Bộ Khoa học và Công nghệ thành Bộ Khoa học và Công nghệ.\",\"en\":\"From 1 March 2025 the Ministry of Information and Communications was merged with the Ministry of Science and Technology into the Ministry of Science and Technology.\"},\"legalBasis\":[\"Nghị quyết 176/2025/QH15 (18/2/2025)\",\"Nghị định 55/2025/NĐ-CP (2/3/2025)\"],\"sources\":[{\"title\":null,\"publisher\":\"phapluat.tuoitrethudo.vn\",\"url\":\"https://phapluat.tuoitrethudo.vn/ong-nguyen-manh-hung-lam-bo-truong-khoa-hoc-va-cong-nghe-100657.html\",\"quote\":null},{\"title\":null,\"publisher\":\"myslaw.com.vn\",\"url\":\"https://myslaw.com.vn/co-cau-to-chuc-cua-chinh-phu-nhiem-ky-quoc-hoi-khoa-xv\",\"quote\":null}]}}"));

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
export const vienkinhteso202304: Release = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ _with(/* @__PURE__ */ JSON.parse("{\"id\":\"vienkinhteso-2023-04\",\"version\":\"1.0.0\",\"title\":{\"vi\":\"Dịch vụ công trực tuyến cuối tháng 4/2023 (trang chủ đề của vienkinhteso.vn)\",\"en\":\"Online public services at the end of April 2023 (vienkinhteso.vn topic page)\"},\"period\":null,\"publisher\":null,\"event\":null,\"source\":{\"description\":{\"vi\":\"Trang chủ đề \\\"Bộ Thông tin và Truyền thông\\\" của vienkinhteso.vn, dẫn số liệu của Bộ.\",\"en\":\"A vienkinhteso.vn topic page citing the ministry's figures.\"},\"language\":\"vi\",\"incipit\":null,\"url\":\"https://vienkinhteso.vn/bo-thong-tin-va-truyen-thong-ptag.html\",\"date\":null,\"printedBy\":\"vienkinhteso.vn\",\"quotes\":false,\"seen\":\"opening\",\"printedTitle\":null,\"accessed\":\"2026-12-03\",\"verifiable\":true},\"madePublic\":{\"date\":null,\"basis\":\"none\"},\"compiled\":\"2026-11-27\",\"platforms\":[],\"corrections\":[]}"), "publisher", _publisherMic));

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
 * The release `giaoduc-2023-09-20`: Figures at the Q3/2023 briefing (giaoduc.edu.vn).
 *
 * @category Data
 */
export const giaoduc20230920: Release = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ _with(/* @__PURE__ */ JSON.parse("{\"id\":\"giaoduc-2023-09-20\",\"version\":\"1.0.0\",\"title\":{\"vi\":\"Số liệu tại hội nghị giao ban quý III/2023 (giaoduc.edu.vn)\",\"en\":\"Figures at the Q3/2023 briefing (giaoduc.edu.vn)\"},\"period\":\"2023-Q3\",\"publisher\":null,\"event\":{\"name\":{\"vi\":\"Hội nghị giao ban quản lý nhà nước quý III/2023\",\"en\":\"State-management briefing conference for Q3/2023\"},\"date\":null,\"period\":\"2023-Q3\",\"place\":null,\"chair\":null,\"source\":{\"title\":null,\"publisher\":\"giaoduc.edu.vn\",\"url\":\"https://www.giaoduc.edu.vn/thang-9-se-ban-hanh-huong-dan-trien-khai-chuyen-doi-so.htm\",\"quote\":null}},\"source\":{\"description\":{\"vi\":\"Bài báo của giaoduc.edu.vn thuật lại báo cáo tại hội nghị giao ban quý III/2023 của Bộ.\",\"en\":\"A giaoduc.edu.vn article relaying the report to the ministry's Q3/2023 briefing.\"},\"language\":\"vi\",\"incipit\":null,\"url\":\"https://www.giaoduc.edu.vn/thang-9-se-ban-hanh-huong-dan-trien-khai-chuyen-doi-so.htm\",\"date\":\"2023-09-20\",\"printedBy\":\"giaoduc.edu.vn\",\"quotes\":false,\"seen\":\"opening\",\"printedTitle\":\"Tháng 9: Sẽ ban hành hướng dẫn triển khai chuyển đổi số\",\"accessed\":\"2026-12-03\",\"verifiable\":true},\"madePublic\":{\"date\":\"2023-09-20\",\"basis\":\"page\"},\"compiled\":\"2026-11-27\",\"platforms\":[],\"corrections\":[]}"), "publisher", _publisherMic));

/**
 * The release `cchccantho-2024-04`: National digital transformation results for April 2024 (Cần Thơ administrative-reform portal).
 *
 * @category Data
 */
export const cchccantho202404: Release = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ _with(/* @__PURE__ */ JSON.parse("{\"id\":\"cchccantho-2024-04\",\"version\":\"1.0.0\",\"title\":{\"vi\":\"Báo cáo kết quả chuyển đổi số quốc gia tháng 4/2024 (cổng cải cách hành chính Cần Thơ)\",\"en\":\"National digital transformation results for April 2024 (Cần Thơ administrative-reform portal)\"},\"period\":\"2024-04\",\"publisher\":null,\"event\":null,\"source\":{\"description\":{\"vi\":\"Tin của cổng cải cách hành chính Cần Thơ thuật lại báo cáo tháng 4/2024 của Bộ.\",\"en\":\"A news item of the Cần Thơ administrative-reform portal relaying the ministry's April 2024 report.\"},\"language\":\"vi\",\"incipit\":null,\"url\":\"http://cchccantho.gov.vn/moi-ngay-co-khoang-28-trieu-giao-dich-duoc-thuc-hien-thong-qua-nen-tang-tich-hop-chia-se-du-lieu-quoc-gia-ndxp\",\"date\":null,\"printedBy\":\"cchccantho.gov.vn\",\"quotes\":false,\"seen\":\"opening\",\"printedTitle\":null,\"accessed\":\"2026-12-03\",\"verifiable\":true},\"madePublic\":{\"date\":null,\"basis\":\"none\"},\"compiled\":\"2026-11-27\",\"platforms\":[],\"corrections\":[]}"), "publisher", _publisherMic));

/**
 * The release `vov-2024-09`: Community digital technology teams to September 2024 (VOV).
 *
 * @category Data
 */
export const vov202409: Release = /* @__PURE__ */ _deepFreeze(/* @__PURE__ */ JSON.parse("{\"id\":\"vov-2024-09\",\"version\":\"1.0.0\",\"title\":{\"vi\":\"Tổ Công nghệ số cộng đồng đến tháng 9/2024 (VOV)\",\"en\":\"Community digital technology teams to September 2024 (VOV)\"},\"period\":null,\"publisher\":null,\"event\":null,\"source\":{\"description\":{\"vi\":\"Bài báo của VOV; phần đã đọc không nêu nguồn số liệu.\",\"en\":\"A VOV article; the part read does not name whose figure it is.\"},\"language\":\"vi\",\"incipit\":null,\"url\":\"https://vov.vn/cong-nghe/chuyen-doi-so/to-cong-nghe-so-va-nhung-hat-giong-do-chuyen-doi-so-nong-thon-post1142489.vov\",\"date\":null,\"printedBy\":\"vov.vn\",\"quotes\":false,\"seen\":\"opening\",\"printedTitle\":\"Tổ công nghệ số và những hạt giống đỏ chuyển đổi số nông thôn\",\"accessed\":\"2026-12-03\",\"verifiable\":true},\"madePublic\":{\"date\":null,\"basis\":\"none\"},\"compiled\":\"2026-11-27\",\"platforms\":[],\"corrections\":[]}"));

/**
 * Every release, oldest first: by the date of its page, or where the page
 * shows none, by the latest as-of date of its figures.
 *
 * @category Data
 */
export const releases: readonly Release[] = /* @__PURE__ */ _deepFreeze([release24h202202, antoanthongtin202203, baokiemtoan202203, release1thegioi20220602, thoibao20220615, thoisutoancanh202208, qdnd202208, doanhnghiepvadoisong202208, anninhthudo202209, vneconomy2022Q3, mic2023Q1, vienkinhteso202304, vneconomy20230505, vietnamnet202305, anlao202306, cafef202308, cafef202309, giaoduc20230920, cchccantho202404, vov202409]);

/**
 * The newest release (`vov-2024-09`), the last of `releases`.
 *
 * @category Data
 */
export const latestRelease: Release = vov202409;

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
  | "cafef-2023-08"
  | "cafef-2023-09"
  | "giaoduc-2023-09-20"
  | "cchccantho-2024-04"
  | "vov-2024-09";

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
