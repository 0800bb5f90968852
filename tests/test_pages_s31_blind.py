"""Forms sampled in s31 from stored openings of legal-site pages nobody had run (a blind sample aimed at central bodies
and the 2025 restructuring: the merged ministries' plans and decisions, the Government's and the Prime Minister's
decisions and resolutions that issue a plan, steering committees, the Government Office's notices of conclusions,
departments under a ministry, the merged provinces' first plans; and s30's two leftovers).

What the forms are (our own notes; every fixture below is written for the test, names and numbers made up):
- the pages corpus holds few documents of the 2025 restructuring: searches for the merged ministries, the Government
  Office's notices, steering committees, departments under a ministry and the merged provinces' plans give news posts
  about them (a Prime Minister's decision of November 2025 on a steering committee signed by the standing deputy, a
  dispatch of October 2025 citing a steering committee's office and a working group, the ministries' decrees of
  functions of February-March 2025, the provinces merged on 1 July 2025). PAGES pins the nine openings of documents the
  searches gave (the Government's resolutions of 2025 on a law site and in cells, a ministry's decision with two codes,
  the Government Office's notice in cells, provinces' plans and decisions under attribute panels or in cells);
  VARIANTS writes seventeen documents of the 2025 forms from the facts the posts give (the five merged ministries'
  plans and decisions, the Prime Minister's decision issuing a plan, the Government's resolution issuing one, a
  central and a party steering committee, the Government Office's notice of conclusions, two departments under a
  ministry, a merged province's first plan and its new department, a dispatch), read in HTML, DOCX and PDF too. All of
  them read right before this round but s30's two leftovers; the registry resolves the merged bodies (a body that
  ended before the date, "Bộ Thông tin và Truyền thông" in August 2025 or "tỉnh Hà Giang" after July, stays resolved
  with agency_not_in_force; a steering committee the registry lacks is unresolved);
- s30's leftover: a portal's menu of types in capitals ("QUYẾT ĐỊNH" / "KẾ HOẠCH" / "CÔNG VĂN") above a công văn gave
  the menu's first type and lost the number, date, place, issuer and subject: the menu's heading gave way only to a
  heading under the date line, and a letter has none; the same loss came with a site's headline repeating the type
  ("THÔNG BÁO", "QUYẾT ĐỊNH") over a copy that dropped its own heading (found probing the leftover's other side);
- s30's other leftover: "ngày" glued to the symbol at the end of the number's line ("Số: 12/KH-BNNMTngày" / "20 tháng 8
  năm 2025", or typed with a space: a number's spaces are slips) was read into the number, a confident wrong one, and
  the date was lost; a ground cut there cited "12/QĐ-UBNDngày";
- the Government Office's minister signs "BỘ TRƯỞNG, CHỦ NHIỆM" (a deputy prime minister who is a minister, "PHÓ THỦ
  TƯỚNG, BỘ TRƯỞNG …"): the two posts were read as two signers' columns run together, the name lost and the position
  cut to the first post (with the unit after them, no position); an acting minister of 2025 signs "QUYỀN BỘ TRƯỞNG"
  as well as "Q. BỘ TRƯỞNG": written out it was no prefix, the signer read as the minister, and a deputy signing for
  the acting head ("KT. Q. BỘ TRƯỞNG" / "THỨ TRƯỞNG") was read as the head (found probing the sample's signatures).
Probed and read right before this round (not pinned beyond the variants): ministries' names wrapped in a narrow cell
("BỘ NÔNG NGHIỆP" / "VÀ MÔI TRƯỜNG", "BỘ DÂN TỘC" / "VÀ TÔN GIÁO") and beside the motto in a PDF's two columns, a
department wrapped under its ministry, the minister's authority line wrapped under the title, a decree of 2025 signed
TM. / KT. / PHÓ THỦ TƯỚNG, a ministry's circular, a steering committee under a ministry, a steering committee's notice
signed TL. TRƯỞNG BAN, the tax department's letters ("CT-CS": no Chỉ thị under a "V/v"), an e-signed ministry's plan.
"""

from __future__ import annotations

import pytest

from page_fields import cases, wrong_in_form
from page_fields import forms_of as _forms
from page_fields import processed as _process
from pipeline.stages.citations import find_citations

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------"]


# name: (lines, expected); cited: [(doc_type, number, issued_date)] in order; a tuple of values: any of them is right
PAGES = {
 # the Government's resolution on its monthly session of mid-2025 on a law site: the 2025 law on the Government cited
 # by its date alone (no number: no citation), the working rules' decree
 "nq_cp_2025_monthly_session": ([
   "Hệ thống pháp luật", "", "CHÍNH PHỦ", "-------", "", *MOTTO, "", "Số: 214/NQ-CP", "", "Hà Nội, ngày 09 tháng 7 năm 2025",
   "", " ", "", "NGHỊ QUYẾT", "",
   "PHIÊN HỌP CHÍNH PHỦ THƯỜNG KỲ THÁNG 6 NĂM 2025 VÀ HỘI NGHỊ TRỰC TUYẾN CHÍNH PHỦ VỚI ĐỊA PHƯƠNG", "",
   "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;", "",
   "Căn cứ Nghị định số 39/2022/NĐ-CP ngày 18 tháng 6 năm 2022 của Chính phủ ban hành Quy chế làm việc của Chính phủ;", "",
   "Trên cơ sở thảo luận của các Thành viên Chính phủ và kết luận của Thủ tướng Chính phủ tại Phiên họp thường kỳ, tổ "
   "chức vào ngày 05 tháng 7 năm 2025.", "", "QUYẾT NGHỊ:", "", "I. Về tình hình kinh tế - xã hội tháng 6 năm 2025", "",
   "1. Những kết quả nổi bật"],
  dict(doc_type="Nghị quyết", number="214/NQ-CP", issued_date="2025-07-09", place="Hà Nội", issuer="CHÍNH PHỦ",
       title="PHIÊN HỌP CHÍNH PHỦ THƯỜNG KỲ THÁNG 6 NĂM 2025 VÀ HỘI NGHỊ TRỰC TUYẾN CHÍNH PHỦ VỚI ĐỊA PHƯƠNG",
       agency="viet-nam/chinh-phu", cited=[("Nghị định", "39/2022/NĐ-CP", "2022-06-18")])),
 # the same kind of resolution in cells, the authority's line ("CHÍNH PHỦ") under the title
 "nq_cp_2025_cells_authority_line": ([
   "CHÍNH PHỦ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |", "Số: 131/NQ-CP | Hà Nội, ngày 12 tháng 5 năm 2025 |", "NGHỊ QUYẾT",
   "PHIÊN HỌP CHUYÊN ĐỀ VỀ XÂY DỰNG PHÁP LUẬT THÁNG 4 NĂM 2025", "CHÍNH PHỦ",
   "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;",
   "Căn cứ Nghị định số 39/2022/NĐ-CP ngày 18 tháng 6 năm 2022 của Chính phủ ban hành Quy chế làm việc của Chính phủ;",
   "QUYẾT NGHỊ:", "1. Về dự án Luật sửa đổi."],
  dict(doc_type="Nghị quyết", number="131/NQ-CP", issued_date="2025-05-12", place="Hà Nội", issuer="CHÍNH PHỦ",
       title="PHIÊN HỌP CHUYÊN ĐỀ VỀ XÂY DỰNG PHÁP LUẬT THÁNG 4 NĂM 2025",
       cited=[("Nghị định", "39/2022/NĐ-CP", "2022-06-18")])),
 # a ministry's decision on a law site's mobile page: a symbol with two codes, the minister's line under the title, the
 # proposal of a department's and a unit's heads
 "qd_bnn_mobile_two_codes_proposal": ([
   "Bộ lọc tìm kiếm", "", "Tải văn bản", "", "Lưu trữ Góp ý", "", "  • Thuộc tính", "  • Nội dung", "  • Tiếng anh",
   "  • Lược đồ", "", "BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN", "-------", "", *MOTTO, "", "Số: 4127/QĐ-BNN-TT", "",
   "Hà Nội, ngày 18 tháng 11 năm 2021", "", " ", "", "QUYẾT ĐỊNH", "",
   "PHÊ DUYỆT ĐỀ ÁN “PHÁT TRIỂN CÂY CÓ MÚI CÁC TỈNH VÙNG ĐÔNG BẮC ĐẾN NĂM 2030”", "",
   "BỘ TRƯỞNG BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN", "",
   "Căn cứ Nghị định số 15/2017/NĐ-CP ngày 17/02/2017 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ "
   "chức của Bộ Nông nghiệp và Phát triển nông thôn;", "",
   "Căn cứ Quyết định số 1980/QĐ-BNN-TT ngày 11/5/2020 của Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn phê duyệt đề "
   "cương Đề án;", "", "Theo đề nghị của Cục trưởng Cục Trồng trọt và Vụ trưởng Vụ Kế hoạch,", "", "QUYẾT ĐỊNH:", "",
   "Điều 1. Phê duyệt Đề án với những nội dung chính như sau:"],
  dict(doc_type="Quyết định", number="4127/QĐ-BNN-TT", issued_date="2021-11-18", place="Hà Nội",
       issuer="BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN",
       title="PHÊ DUYỆT ĐỀ ÁN “PHÁT TRIỂN CÂY CÓ MÚI CÁC TỈNH VÙNG ĐÔNG BẮC ĐẾN NĂM 2030”",
       cited=[("Nghị định", "15/2017/NĐ-CP", "2017-02-17"), ("Quyết định", "1980/QĐ-BNN-TT", "2020-05-11")])),
 # the Government Office's notice of the Prime Minister's conclusions in cells, its title wrapped in the middle of the
 # leader's name and over three lines
 "tb_vpcp_cells_title_three_lines": ([
   "VĂN PHÒNG CHÍNH PHỦ", "-------", "|", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
   "---------------", "|", "Số: 98/TB-VPCP", "|", "Hà Nội, ngày 02 tháng 4 năm 2022", "|", "THÔNG BÁO",
   "KẾT LUẬN CỦA THỦ TƯỚNG CHÍNH PHỦ TẠI PHIÊN HỌP LẦN THỨ 12 BAN CHỈ ĐẠO QUỐC GIA PHÒNG, CHỐNG DỊCH",
   "BỆNH TRỰC TUYẾN VỚI CÁC ĐỊA PHƯƠNG", "Sáng ngày 28 tháng 3", "năm 2022, tại trụ sở Chính phủ, Thủ tướng Chính phủ, Trưởng Ban",
   "chỉ đạo Quốc gia đã chủ trì phiên họp lần thứ 12 của Ban chỉ đạo."],
  dict(doc_type="Thông báo", number="98/TB-VPCP", issued_date="2022-04-02", place="Hà Nội", issuer="VĂN PHÒNG CHÍNH PHỦ",
       title=("KẾT LUẬN CỦA THỦ TƯỚNG CHÍNH PHỦ TẠI PHIÊN HỌP LẦN THỨ 12 BAN CHỈ ĐẠO QUỐC GIA PHÒNG, CHỐNG DỊCH BỆNH TRỰC "
              "TUYẾN VỚI CÁC ĐỊA PHƯƠNG"), agency="viet-nam/van-phong-chinh-phu")),
 # a province's plan on a law site that dropped the type heading, in cells, carrying out a Prime Minister's decision
 # and a ministry's plan (a symbol with two codes)
 "kh_ubnd_cells_no_heading_ministry_plan": ([
   "Để sử dụng toàn bộ tiện ích nâng cao của Hệ Thống Pháp Luật vui lòng lựa chọn và đăng ký gói cước.",
   "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |", "Số: 6912/KH-UBND | Trà Vinh, ngày 15 tháng 11 năm 2021 |",
   "Căn cứ Quyết định số 1662/QĐ-TTg ngày 04 tháng 10 năm 2021 của Thủ tướng Chính phủ phê duyệt Đề án bảo vệ và phát "
   "triển rừng vùng ven biển;",
   "Căn cứ Kế hoạch số 7308/KH-BNN-TCLN ngày 04 tháng 11 năm 2021 của Bộ Nông nghiệp và Phát triển nông thôn về triển khai "
   "thực hiện Quyết định số 1662/QĐ-TTg;",
   "Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện Đề án trên địa bàn tỉnh Trà Vinh như sau:", "1. Mục đích",
   "Quản lý, bảo vệ bền vững diện tích rừng ven biển hiện có."],
  dict(doc_type="Kế hoạch", number="6912/KH-UBND", issued_date="2021-11-15", place="Trà Vinh", issuer="ỦY BAN NHÂN DÂN",
       cited=[("Quyết định", "1662/QĐ-TTg", "2021-10-04"), ("Kế hoạch", "7308/KH-BNN-TCLN", "2021-11-04")])),
 # a city's decision of 2006 on a law site: a statistics department's head in the proposal, its submission wrapped, the
 # enacting word without its colon
 "qd_ubnd_2006_department_submission": ([
   "Hệ thống pháp luật", "Đang tải nội dung, vui lòng chờ giây lát...", "ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH",
   "*******", "", *MOTTO[:2], "*******", "", "Số: 98/2006/QĐ-UBND", "", "Thành phố Hồ Chí Minh, ngày 21 tháng 6 năm 2006",
   "", " ", "", "QUYẾT ĐỊNH", "", "VỀ VIỆC TIẾN HÀNH ĐIỀU TRA DOANH NGHIỆP NĂM 2006 TRÊN ĐỊA BÀN THÀNH PHỐ HỒ CHÍ MINH", "",
   "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "",
   "Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;",
   "Căn cứ Nghị định số 40/2004/NĐ-CP, ngày 13 tháng 02 năm 2004 của Chính phủ quy định chi tiết Luật Thống kê;",
   "Theo đề nghị của Cục trưởng Cục Thống kê thành phố", "Hồ Chí Minh tại Tờ trình số 301/CTK-PPCĐ ngày 05 tháng 6 năm 2006,",
   "", "QUYẾT ĐỊNH", "", "Điều 1. Giao Cục Thống kê thành phố tổ chức cuộc điều tra."],
  dict(doc_type="Quyết định", number="98/2006/QĐ-UBND", issued_date="2006-06-21", place="Thành phố Hồ Chí Minh",
       issuer="ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH",
       title="VỀ VIỆC TIẾN HÀNH ĐIỀU TRA DOANH NGHIỆP NĂM 2006 TRÊN ĐỊA BÀN THÀNH PHỐ HỒ CHÍ MINH",
       cited=[("Nghị định", "40/2004/NĐ-CP", "2004-02-13"), ("Tờ trình", "301/CTK-PPCĐ", "2006-06-05")])),
 # a province's decision under a law site's attribute panel, the chairman's line under the title, a party resolution
 # and a ministry's circular with a long code in the grounds
 "qd_ubnd_panel_chairman_line": ([
   "Từ khoá: Số Hiệu, Tiêu đề hoặc Nội dung ngắn gọn của Văn Bản...", "", "Đăng nhập", "", "Đang tải văn bản...", "",
   "Quyết định 2716/QĐ-UBND 2022 Đề án phát triển chăn nuôi hữu cơ Nghệ An 2022 2030", "",
   "Số hiệu: 2716/QĐ-UBND Loại văn bản: Quyết định", "Nơi ban hành: Tỉnh Nghệ An Người ký: Hoàng Văn Lâm",
   "Ngày ban hành: 14/10/2022 Ngày hiệu lực: Đã biết", "Tình trạng: Đã biết", "", "ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN", "-------",
   "", *MOTTO, "", "Số: 2716/QĐ-UBND", "", "Nghệ An, ngày 14 tháng 10 năm 2022", "", " ", "", "QUYẾT ĐỊNH", "",
   "VỀ VIỆC PHÊ DUYỆT ĐỀ ÁN \"PHÁT TRIỂN CHĂN NUÔI HỮU CƠ TỈNH NGHỆ AN, GIAI ĐOẠN 2022 - 2030\"", "",
   "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NGHỆ AN", "",
   "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015; Luật sửa đổi bổ sung một số điều của Luật Tổ chức chính "
   "quyền địa phương ngày 22/11/2019;", "",
   "Căn cứ Nghị quyết số 19-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương Đảng khóa XIII về nông nghiệp, nông dân, "
   "nông thôn;", "",
   "Căn cứ Thông tư số 16/2019/TT-BNNPTNT ngày 01/11/2019 của Bộ trưởng Bộ Nông nghiệp và PTNT; Quyết định số "
   "5317/QĐ-BNN-CBTTNS ngày 28/12/2020 của Bộ trưởng Bộ Nông nghiệp và PTNT;", "", "QUYẾT ĐỊNH:", "",
   "Điều 1. Phê duyệt Đề án."],
  dict(doc_type="Quyết định", number="2716/QĐ-UBND", issued_date="2022-10-14", place="Nghệ An",
       issuer="ỦY BAN NHÂN DÂN TỈNH NGHỆ AN",
       title="VỀ VIỆC PHÊ DUYỆT ĐỀ ÁN \"PHÁT TRIỂN CHĂN NUÔI HỮU CƠ TỈNH NGHỆ AN, GIAI ĐOẠN 2022 - 2030\"",
       cited=[("Nghị quyết", "19-NQ/TW", "2022-06-16"), ("Thông tư", "16/2019/TT-BNNPTNT", "2019-11-01"),
              ("Quyết định", "5317/QĐ-BNN-CBTTNS", "2020-12-28")])),
 # a province's decision issuing a plan in cells, the date wrapped after "ngày", a ministry's letter in the grounds
 "qd_ubnd_cells_issue_plan_ministry_letter": ([
   "ỦY BAN NHÂN DÂN", "TỈNH PHÚ YÊN", "-------", "|", "CỘNG HÒA XÃ HỘI", "CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
   "---------------", "|", "Số: 702/QĐ-UBND", "|", "Phú Yên, ngày", "12 tháng 05 năm 2021", "|", "QUYẾT ĐỊNH",
   "BAN HÀNH KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH PHÁT TRIỂN CÔNG TÁC XÃ HỘI TRÊN ĐỊA BÀN TỈNH PHÚ YÊN",
   "GIAI ĐOẠN 2021 - 2025", "ỦY BAN NHÂN DÂN TỈNH", "Căn cứ Luật Tổ chức chính", "quyền địa phương ngày 19/6/2015;",
   "Căn cứ Quyết định số", "112/QĐ-TTg ngày 22/01/2021 của Thủ tướng Chính phủ ban hành Chương trình phát",
   "triển công tác xã hội giai đoạn 2021- 2030;", "Căn cứ Công văn số",
   "555/LĐTBXH-BTXH ngày 03/3/2021 của Bộ Lao động - Thương binh và Xã hội;", "Theo đề nghị của Sở Lao động",
   "- Thương binh và Xã hội tại Tờ trình số 61/TTr-SLĐTBXH ngày 20/4/2021.", "QUYẾT ĐỊNH:", "Điều 1.",
   "Ban hành kèm theo Quyết định này Kế hoạch thực hiện Chương trình."],
  dict(doc_type="Quyết định", number="702/QĐ-UBND", issued_date="2021-05-12", place="Phú Yên",
       issuer="ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN",
       title=("BAN HÀNH KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH PHÁT TRIỂN CÔNG TÁC XÃ HỘI TRÊN ĐỊA BÀN TỈNH PHÚ YÊN GIAI ĐOẠN "
              "2021 - 2025"),
       cited=[("Quyết định", "112/QĐ-TTg", "2021-01-22"), ("Công văn", "555/LĐTBXH-BTXH", "2021-03-03"),
              ("Tờ trình", "61/TTr-SLĐTBXH", "2021-04-20")])),
 # a province's plan under a panel calling it "Văn bản khác", a Prime Minister's decision cited with its code in
 # capitals ("QĐ-TTG")
 "kh_ubnd_panel_other_type_code_capitals": ([
   "Kế hoạch 211/KH-UBND năm 2017 triển khai Chương trình hành động quốc gia về đăng ký hộ tịch trên địa bàn tỉnh Hải "
   "Dương", "Số hiệu: 211/KH-UBND Loại văn bản: Văn bản khác", "Nơi ban hành: Tỉnh Hải Dương Người ký: Lương Văn Cầu",
   "Ngày ban hành: 19/06/2017 Ngày hiệu lực: Đang cập nhật", "", "ỦY BAN NHÂN DÂN", "TỈNH HẢI DƯƠNG", "-------", "", *MOTTO,
   "", "Số: 211/KH-UBND", "", "Hải Dương, ngày 19 tháng 6 năm 2017", "", " ", "", "KẾ HOẠCH", "",
   "TRIỂN KHAI CHƯƠNG TRÌNH HÀNH ĐỘNG QUỐC GIA VỀ ĐĂNG KÝ VÀ THỐNG KÊ HỘ TỊCH GIAI ĐOẠN 2017 - 2024 TRÊN ĐỊA BÀN TỈNH "
   "HẢI DƯƠNG", "",
   "Thực hiện Luật Hộ tịch năm 2014, Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ và Quyết định số "
   "101/QĐ-TTG ngày 23/01/2017 của Thủ tướng Chính phủ; Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:", "",
   "I. MỤC TIÊU", "", "1. Mục tiêu tổng quát"],
  dict(doc_type="Kế hoạch", number="211/KH-UBND", issued_date="2017-06-19", place="Hải Dương",
       issuer="ỦY BAN NHÂN DÂN TỈNH HẢI DƯƠNG",
       title=("TRIỂN KHAI CHƯƠNG TRÌNH HÀNH ĐỘNG QUỐC GIA VỀ ĐĂNG KÝ VÀ THỐNG KÊ HỘ TỊCH GIAI ĐOẠN 2017 - 2024 TRÊN ĐỊA BÀN "
              "TỈNH HẢI DƯƠNG"),
       cited=[("Nghị định", "123/2015/NĐ-CP", "2015-11-15"), ("Quyết định", "101/QĐ-TTG", "2017-01-23")])),
}

# forms the brief aims at that the corpus's openings show only in part (its pages of 2025 are mostly news about them):
# written from the facts those pages give (the merged bodies, their decrees, their signers' posts), names made up
VARIANTS = {
 # a merged ministry's plan of 2025, its decree of functions cited, a deputy minister signing
 "kh_bnnmt_2025_deputy": ([
   "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "-------", *MOTTO, "Số: 1825/KH-BNNMT", "Hà Nội, ngày 14 tháng 4 năm 2025", "KẾ HOẠCH",
   "Hành động thực hiện mục tiêu tăng trưởng ngành Nông nghiệp và Môi trường năm 2025",
   "Căn cứ Nghị định số 35/2025/NĐ-CP ngày 25 tháng 02 năm 2025 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và "
   "cơ cấu tổ chức của Bộ Nông nghiệp và Môi trường;",
   "Thực hiện Nghị quyết số 01/NQ-CP ngày 08 tháng 01 năm 2025 của Chính phủ, Bộ Nông nghiệp và Môi trường ban hành Kế "
   "hoạch như sau:", "I. MỤC ĐÍCH, YÊU CẦU", "1. Thống nhất từ tư duy đến hành động.", "Nơi nhận:", "- Văn phòng Chính phủ;",
   "- Các Thứ trưởng;", "- Lưu: VT, KH.", "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Phùng Văn Tiến"],
  dict(doc_type="Kế hoạch", number="1825/KH-BNNMT", issued_date="2025-04-14", place="Hà Nội",
       issuer="BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", agency="viet-nam/bo-nong-nghiep-va-moi-truong",
       title="Hành động thực hiện mục tiêu tăng trưởng ngành Nông nghiệp và Môi trường năm 2025",
       signer="Phùng Văn Tiến", position="Thứ trưởng", authority=["KT."],
       recipients=["Văn phòng Chính phủ", "Các Thứ trưởng", "Lưu: VT, KH"],
       cited=[("Nghị định", "35/2025/NĐ-CP", "2025-02-25"), ("Nghị quyết", "01/NQ-CP", "2025-01-08")])),
 # the ministry of science after it took in information and communications: a decision issuing a plan, the plan after it
 "qd_bkhcn_2025_issues_plan": ([
   "BỘ KHOA HỌC VÀ CÔNG NGHỆ", "-------", *MOTTO, "Số: 612/QĐ-BKHCN", "Hà Nội, ngày 21 tháng 5 năm 2025", "QUYẾT ĐỊNH",
   "Ban hành Kế hoạch triển khai Chương trình chuyển đổi số quốc gia năm 2025", "BỘ TRƯỞNG BỘ KHOA HỌC VÀ CÔNG NGHỆ",
   "Căn cứ Nghị định số 55/2025/NĐ-CP ngày 02 tháng 3 năm 2025 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ "
   "cấu tổ chức của Bộ Khoa học và Công nghệ;", "Theo đề nghị của Cục trưởng Cục Chuyển đổi số quốc gia.", "QUYẾT ĐỊNH:",
   "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai Chương trình chuyển đổi số quốc gia năm 2025.",
   "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.", "Nơi nhận:", "- Như Điều 3;", "- Bộ trưởng (để b/c);", "- Lưu: VT, CĐSQG.",
   "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Bùi Hoàng Nam", "KẾ HOẠCH", "Triển khai Chương trình chuyển đổi số quốc gia năm 2025",
   "(Ban hành kèm theo Quyết định số 612/QĐ-BKHCN ngày 21 tháng 5 năm 2025 của Bộ trưởng Bộ Khoa học và Công nghệ)",
   "I. MỤC TIÊU"],
  dict(doc_type="Quyết định", number="612/QĐ-BKHCN", issued_date="2025-05-21", place="Hà Nội",
       issuer="BỘ KHOA HỌC VÀ CÔNG NGHỆ", agency="viet-nam/bo-khoa-hoc-va-cong-nghe",
       title="Ban hành Kế hoạch triển khai Chương trình chuyển đổi số quốc gia năm 2025", signer="Bùi Hoàng Nam",
       position="Thứ trưởng", authority=["KT."], recipients=["Như Điều 3", "Bộ trưởng (để b/c)", "Lưu: VT, CĐSQG"],
       cited=[("Nghị định", "55/2025/NĐ-CP", "2025-03-02")])),
 # the home ministry after it took in labour: a plan on a labour matter, a Deputy Minister signing
 "kh_bnv_2025_labour": ([
   "BỘ NỘI VỤ", "-------", *MOTTO, "Số: 207/KH-BNV", "Hà Nội, ngày 09 tháng 6 năm 2025", "KẾ HOẠCH",
   "Tổ chức Tháng hành động về an toàn, vệ sinh lao động năm 2025",
   "Căn cứ Nghị định số 25/2025/NĐ-CP ngày 21 tháng 02 năm 2025 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và "
   "cơ cấu tổ chức của Bộ Nội vụ;", "I. MỤC ĐÍCH, YÊU CẦU", "1. Nâng cao nhận thức.", "Nơi nhận:",
   "- Ủy ban nhân dân các tỉnh, thành phố;", "- Lưu: VT, ATLĐ.", "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Lê Văn Hưng"],
  dict(doc_type="Kế hoạch", number="207/KH-BNV", issued_date="2025-06-09", place="Hà Nội", issuer="BỘ NỘI VỤ",
       agency="viet-nam/bo-noi-vu", title="Tổ chức Tháng hành động về an toàn, vệ sinh lao động năm 2025",
       signer="Lê Văn Hưng", position="Thứ trưởng", authority=["KT."],
       recipients=["Ủy ban nhân dân các tỉnh, thành phố", "Lưu: VT, ATLĐ"],
       cited=[("Nghị định", "25/2025/NĐ-CP", "2025-02-21")])),
 # the finance ministry after it took in planning and investment; a decision signed for the minister by a department
 "qd_btc_2025_statistics_department": ([
   "BỘ TÀI CHÍNH", "-------", *MOTTO, "Số: 1432/QĐ-BTC", "Hà Nội, ngày 30 tháng 5 năm 2025", "QUYẾT ĐỊNH",
   "Về việc ban hành Kế hoạch điều tra lao động việc làm năm 2026", "BỘ TRƯỞNG BỘ TÀI CHÍNH",
   "Căn cứ Nghị định số 29/2025/NĐ-CP ngày 24 tháng 02 năm 2025 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và "
   "cơ cấu tổ chức của Bộ Tài chính;", "Theo đề nghị của Cục trưởng Cục Thống kê.", "QUYẾT ĐỊNH:",
   "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch điều tra.", "Nơi nhận:", "- Như Điều 3;", "- Lưu: VT, CTK.",
   "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Nguyễn Đức Trung"],
  dict(doc_type="Quyết định", number="1432/QĐ-BTC", issued_date="2025-05-30", place="Hà Nội", issuer="BỘ TÀI CHÍNH",
       agency="viet-nam/bo-tai-chinh", title="Về việc ban hành Kế hoạch điều tra lao động việc làm năm 2026",
       signer="Nguyễn Đức Trung", position="Thứ trưởng", authority=["KT."], recipients=["Như Điều 3", "Lưu: VT, CTK"],
       cited=[("Nghị định", "29/2025/NĐ-CP", "2025-02-24")])),
 # the ministry of ethnic and religious affairs: a plan signed by the minister himself
 "kh_bdttg_2025_minister": ([
   "BỘ DÂN TỘC VÀ TÔN GIÁO", "-------", *MOTTO, "Số: 144/KH-BDTTG", "Hà Nội, ngày 17 tháng 3 năm 2025", "KẾ HOẠCH",
   "Triển khai công tác dân tộc và tôn giáo năm 2025",
   "Căn cứ Nghị định số 41/2025/NĐ-CP ngày 26 tháng 02 năm 2025 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và "
   "cơ cấu tổ chức của Bộ Dân tộc và Tôn giáo;", "I. MỤC ĐÍCH", "1. Bảo đảm khối đại đoàn kết.", "Nơi nhận:",
   "- Thủ tướng Chính phủ (để b/c);", "- Lưu: VT, KHTC.", "BỘ TRƯỞNG", "Đào Văn Dũng"],
  dict(doc_type="Kế hoạch", number="144/KH-BDTTG", issued_date="2025-03-17", place="Hà Nội", issuer="BỘ DÂN TỘC VÀ TÔN GIÁO",
       agency="viet-nam/bo-dan-toc-va-ton-giao", title="Triển khai công tác dân tộc và tôn giáo năm 2025",
       signer="Đào Văn Dũng", position="Bộ trưởng", authority=[],
       recipients=["Thủ tướng Chính phủ (để b/c)", "Lưu: VT, KHTC"], cited=[("Nghị định", "41/2025/NĐ-CP", "2025-02-26")])),
 # the Prime Minister's decision issuing a plan to carry out a law, signed by the standing deputy
 "qd_ttg_2025_issues_plan_standing_deputy": ([
   "THỦ TƯỚNG CHÍNH PHỦ", "-------", *MOTTO, "Số: 1518/QĐ-TTg", "Hà Nội, ngày 16 tháng 7 năm 2025", "QUYẾT ĐỊNH",
   "Ban hành Kế hoạch triển khai thi hành Luật Tổ chức chính quyền địa phương", "THỦ TƯỚNG CHÍNH PHỦ",
   "Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;", "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;",
   "Theo đề nghị của Bộ trưởng Bộ Nội vụ tại Tờ trình số 3120/TTr-BNV ngày 30 tháng 6 năm 2025.", "QUYẾT ĐỊNH:",
   "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai thi hành Luật.", "Nơi nhận:", "- Ban Bí thư Trung ương Đảng;",
   "- Thủ tướng, các Phó Thủ tướng Chính phủ;", "- Lưu: VT, TCCV.", "KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG THƯỜNG TRỰC",
   "Nguyễn Hòa Thịnh"],
  dict(doc_type="Quyết định", number="1518/QĐ-TTg", issued_date="2025-07-16", place="Hà Nội", issuer="THỦ TƯỚNG CHÍNH PHỦ",
       title="Ban hành Kế hoạch triển khai thi hành Luật Tổ chức chính quyền địa phương", signer="Nguyễn Hòa Thịnh",
       position=("Phó Thủ tướng Thường trực", "Phó Thủ tướng thường trực"), authority=["KT."],
       recipients=["Ban Bí thư Trung ương Đảng", "Thủ tướng, các Phó Thủ tướng Chính phủ", "Lưu: VT, TCCV"],
       cited=[("Luật", "63/2025/QH15", None), ("Luật", "72/2025/QH15", None), ("Tờ trình", "3120/TTr-BNV", "2025-06-30")])),
 # the Government's resolution issuing its action plan, signed on its behalf by the Prime Minister
 "nq_cp_2025_action_plan": ([
   "CHÍNH PHỦ", "-------", *MOTTO, "Số: 141/NQ-CP", "Hà Nội, ngày 19 tháng 5 năm 2025", "NGHỊ QUYẾT",
   "Ban hành Kế hoạch hành động của Chính phủ thực hiện Nghị quyết số 68-NQ/TW ngày 04 tháng 5 năm 2025 của Bộ Chính trị "
   "về phát triển kinh tế tư nhân", "CHÍNH PHỦ", "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;",
   "Căn cứ Nghị quyết số 68-NQ/TW ngày 04 tháng 5 năm 2025 của Bộ Chính trị về phát triển kinh tế tư nhân;",
   "QUYẾT NGHỊ:", "Điều 1. Ban hành kèm theo Nghị quyết này Kế hoạch hành động của Chính phủ.", "Nơi nhận:",
   "- Ban Bí thư Trung ương Đảng;", "- Lưu: VT, KTTH.", "TM. CHÍNH PHỦ", "THỦ TƯỚNG", "Phạm Minh Châu"],
  dict(doc_type="Nghị quyết", number="141/NQ-CP", issued_date="2025-05-19", place="Hà Nội", issuer="CHÍNH PHỦ",
       title=("Ban hành Kế hoạch hành động của Chính phủ thực hiện Nghị quyết số 68-NQ/TW ngày 04 tháng 5 năm 2025 của Bộ "
              "Chính trị về phát triển kinh tế tư nhân"),
       signer="Phạm Minh Châu", position="Thủ tướng", authority=["TM."], recipients=["Ban Bí thư Trung ương Đảng", "Lưu: VT, KTTH"],
       cited=[("Nghị quyết", "68-NQ/TW", "2025-05-04")])),
 # a central steering committee's plan, its head a Deputy Prime Minister
 "kh_bcd_tw_2025_head": ([
   "BAN CHỈ ĐẠO TRUNG ƯƠNG CÁC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA", "-------", *MOTTO, "Số: 03/KH-BCĐTW",
   "Hà Nội, ngày 08 tháng 8 năm 2025", "KẾ HOẠCH", "Kiểm tra, giám sát thực hiện các chương trình mục tiêu quốc gia năm 2025",
   "Căn cứ Quyết định số 1061/QĐ-TTg ngày 02 tháng 6 năm 2025 của Thủ tướng Chính phủ thành lập Ban Chỉ đạo Trung ương;",
   "I. MỤC ĐÍCH, YÊU CẦU", "1. Đánh giá kết quả.", "Nơi nhận:", "- Thủ tướng Chính phủ (để b/c);", "- Thành viên Ban Chỉ đạo;",
   "- Lưu: VT.", "TRƯỞNG BAN", "PHÓ THỦ TƯỚNG", "Mai Văn Chinh"],
  dict(doc_type="Kế hoạch", number="03/KH-BCĐTW", issued_date="2025-08-08", place="Hà Nội",
       issuer="BAN CHỈ ĐẠO TRUNG ƯƠNG CÁC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA",
       title="Kiểm tra, giám sát thực hiện các chương trình mục tiêu quốc gia năm 2025", signer="Mai Văn Chinh",
       position=("Trưởng ban", "Trưởng Ban", "Phó Thủ tướng"), authority=[],
       recipients=["Thủ tướng Chính phủ (để b/c)", "Thành viên Ban Chỉ đạo", "Lưu: VT"],
       cited=[("Quyết định", "1061/QĐ-TTg", "2025-06-02")])),
 # the Government Office's notice of a Deputy Prime Minister's conclusions, signed for the Prime Minister by a deputy head
 "tb_vpcp_2025_conclusions": ([
   "VĂN PHÒNG CHÍNH PHỦ", "-------", *MOTTO, "Số: 421/TB-VPCP", "Hà Nội, ngày 26 tháng 8 năm 2025", "THÔNG BÁO",
   "Kết luận của Phó Thủ tướng Chính phủ Trần Hồng Phúc tại cuộc họp về tình hình triển khai dự án đường sắt",
   "Ngày 20 tháng 8 năm 2025, tại trụ sở Chính phủ, Phó Thủ tướng Chính phủ đã chủ trì cuộc họp. Sau khi nghe báo cáo, "
   "Phó Thủ tướng kết luận như sau:", "1. Bộ Xây dựng khẩn trương hoàn thiện hồ sơ.", "Nơi nhận:", "- Thủ tướng, các PTTg;",
   "- Bộ Xây dựng;", "- Lưu: VT, CN.", "TL. THỦ TƯỚNG", "KT. BỘ TRƯỞNG, CHỦ NHIỆM", "PHÓ CHỦ NHIỆM", "Nguyễn Sỹ Hiệp"],
  dict(doc_type="Thông báo", number="421/TB-VPCP", issued_date="2025-08-26", place="Hà Nội", issuer="VĂN PHÒNG CHÍNH PHỦ",
       agency="viet-nam/van-phong-chinh-phu",
       title="Kết luận của Phó Thủ tướng Chính phủ Trần Hồng Phúc tại cuộc họp về tình hình triển khai dự án đường sắt",
       signer="Nguyễn Sỹ Hiệp", position="Phó Chủ nhiệm", authority=["TL.", "KT."],
       recipients=["Thủ tướng, các PTTg", "Bộ Xây dựng", "Lưu: VT, CN"])),
 # a department under a merged ministry, its ministry's name over its own
 "kh_cuc_under_bnnmt_2025": ([
   "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "CỤC TRỒNG TRỌT VÀ BẢO VỆ THỰC VẬT", "-------", *MOTTO, "Số: 318/KH-TTBVTV",
   "Hà Nội, ngày 11 tháng 9 năm 2025", "KẾ HOẠCH", "Phòng chống sinh vật gây hại lúa vụ Đông Xuân 2025-2026",
   "Căn cứ Quyết định số 1258/QĐ-BNNMT ngày 18 tháng 3 năm 2025 của Bộ trưởng Bộ Nông nghiệp và Môi trường quy định chức "
   "năng, nhiệm vụ của Cục Trồng trọt và Bảo vệ thực vật;", "I. MỤC ĐÍCH", "1. Chủ động phòng chống.", "Nơi nhận:",
   "- Bộ trưởng (để b/c);", "- Lưu: VT, BVTV.", "CỤC TRƯỞNG", "Huỳnh Tấn Đạt"],
  dict(doc_type="Kế hoạch", number="318/KH-TTBVTV", issued_date="2025-09-11", place="Hà Nội",
       issuer=("CỤC TRỒNG TRỌT VÀ BẢO VỆ THỰC VẬT", "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG CỤC TRỒNG TRỌT VÀ BẢO VỆ THỰC VẬT"),
       title="Phòng chống sinh vật gây hại lúa vụ Đông Xuân 2025-2026", signer="Huỳnh Tấn Đạt", position="Cục trưởng",
       authority=[], recipients=["Bộ trưởng (để b/c)", "Lưu: VT, BVTV"],
       cited=[("Quyết định", "1258/QĐ-BNNMT", "2025-03-18")])),
 # the statistics department that replaced a general department in 2025, under the finance ministry
 "qd_cuc_thong_ke_2025": ([
   "BỘ TÀI CHÍNH", "CỤC THỐNG KÊ", "-------", *MOTTO, "Số: 905/QĐ-CTK", "Hà Nội, ngày 03 tháng 10 năm 2025", "QUYẾT ĐỊNH",
   "Về việc ban hành Kế hoạch công tác thống kê quý IV năm 2025", "CỤC TRƯỞNG CỤC THỐNG KÊ",
   "Căn cứ Quyết định số 385/QĐ-BTC ngày 26 tháng 02 năm 2025 của Bộ trưởng Bộ Tài chính quy định chức năng, nhiệm vụ, "
   "quyền hạn và cơ cấu tổ chức của Cục Thống kê;", "QUYẾT ĐỊNH:", "Điều 1. Ban hành Kế hoạch.", "Nơi nhận:",
   "- Lãnh đạo Bộ (để b/c);", "- Lưu: VT, VP.", "KT. CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG", "Nguyễn Trung Tiến"],
  dict(doc_type="Quyết định", number="905/QĐ-CTK", issued_date="2025-10-03", place="Hà Nội",
       issuer=("CỤC THỐNG KÊ", "BỘ TÀI CHÍNH CỤC THỐNG KÊ"), title="Về việc ban hành Kế hoạch công tác thống kê quý IV năm 2025",
       signer="Nguyễn Trung Tiến", position="Phó Cục trưởng", authority=["KT."],
       recipients=["Lãnh đạo Bộ (để b/c)", "Lưu: VT, VP"], cited=[("Quyết định", "385/QĐ-BTC", "2025-02-26")])),
 # a merged province's first plan of July 2025, the old provinces cited by name
 "kh_ubnd_merged_province_first_plan": ([
   "ỦY BAN NHÂN DÂN", "TỈNH TUYÊN QUANG", "-------", *MOTTO, "Số: 04/KH-UBND", "Tuyên Quang, ngày 03 tháng 7 năm 2025",
   "KẾ HOẠCH", "Bàn giao, tiếp nhận hồ sơ, tài liệu của tỉnh Hà Giang (cũ) và tỉnh Tuyên Quang (cũ)",
   "Căn cứ Nghị quyết số 202/2025/QH15 ngày 12 tháng 6 năm 2025 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh;",
   "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:", "I. MỤC ĐÍCH, YÊU CẦU", "1. Bảo đảm không gián đoạn.", "Nơi nhận:",
   "- Thường trực Tỉnh ủy;", "- Các sở, ban, ngành;", "- Lưu: VT, NC.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Phan Huy Ngọc"],
  dict(doc_type="Kế hoạch", number="04/KH-UBND", issued_date="2025-07-03", place="Tuyên Quang",
       issuer="ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG",
       title="Bàn giao, tiếp nhận hồ sơ, tài liệu của tỉnh Hà Giang (cũ) và tỉnh Tuyên Quang (cũ)", signer="Phan Huy Ngọc",
       position="Chủ tịch", authority=["TM."], recipients=["Thường trực Tỉnh ủy", "Các sở, ban, ngành", "Lưu: VT, NC"],
       cited=[("Nghị quyết", "202/2025/QH15", "2025-06-12")])),
 # a merged province's new department (agriculture and environment) under its province's name
 "kh_snnmt_merged_province_2025": ([
   "UBND TỈNH NINH BÌNH", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "-------", *MOTTO, "Số: 77/KH-SNNMT",
   "Ninh Bình, ngày 22 tháng 7 năm 2025", "KẾ HOẠCH", "Kiểm tra an toàn đập, hồ chứa nước mùa mưa bão năm 2025",
   "Thực hiện Kế hoạch số 36/KH-UBND ngày 10/7/2025 của UBND tỉnh Ninh Bình, Sở Nông nghiệp và Môi trường ban hành Kế "
   "hoạch như sau:", "I. MỤC ĐÍCH", "1. Bảo đảm an toàn.", "Nơi nhận:", "- UBND tỉnh (để b/c);", "- Lưu: VT, TL.",
   "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Văn Khải"],
  dict(doc_type="Kế hoạch", number="77/KH-SNNMT", issued_date="2025-07-22", place="Ninh Bình",
       issuer=("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "UBND TỈNH NINH BÌNH SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"),
       title="Kiểm tra an toàn đập, hồ chứa nước mùa mưa bão năm 2025", signer="Trần Văn Khải", position="Phó Giám đốc",
       authority=["KT."], recipients=["UBND tỉnh (để b/c)", "Lưu: VT, TL"], cited=[("Kế hoạch", "36/KH-UBND", "2025-07-10")])),
 # the Prime Minister's dispatch of late 2025 citing a party steering committee's office and a working group's letter
 "cd_ttg_2025_steering_notices": ([
   "THỦ TƯỚNG CHÍNH PHỦ", "-------", *MOTTO, "Số: 205/CĐ-TTg", "Hà Nội, ngày 24 tháng 10 năm 2025", "CÔNG ĐIỆN",
   "Về việc tập trung rà soát, cắt giảm thủ tục hành chính dựa trên dữ liệu", "THỦ TƯỚNG CHÍNH PHỦ điện:",
   "- Bộ trưởng, Thủ trưởng cơ quan ngang bộ;", "- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố.",
   "Thực hiện Thông báo số 09-TB/CQTTBCĐ ngày 17 tháng 10 năm 2025 của Cơ quan Thường trực Ban Chỉ đạo Trung ương và "
   "Thông báo số 390-TB/VPTW ngày 18 tháng 10 năm 2025, Thủ tướng Chính phủ yêu cầu:",
   "1. Khẩn trương rà soát theo Văn bản số 4790/TCT ngày 21 tháng 10 năm 2025 của Tổ Công tác.", "Nơi nhận:",
   "- Như trên;", "- Lưu: VT, KSTT.", "THỦ TƯỚNG", "Phạm Minh Châu"],
  dict(doc_type="Công điện", number="205/CĐ-TTg", issued_date="2025-10-24", place="Hà Nội", issuer="THỦ TƯỚNG CHÍNH PHỦ",
       title="Về việc tập trung rà soát, cắt giảm thủ tục hành chính dựa trên dữ liệu", signer="Phạm Minh Châu",
       position="Thủ tướng", authority=[], recipients=["Như trên", "Lưu: VT, KSTT"],
       cited=[("Thông báo", "09-TB/CQTTBCĐ", "2025-10-17"), ("Thông báo", "390-TB/VPTW", "2025-10-18"),
              ("Văn bản", "4790/TCT", "2025-10-21")])),
 # a party steering committee's plan on the 2025 reorganisation, cited documents with a comma before "ngày"
 "kh_bcd_party_2025_comma_dates": ([
   "ĐẢNG CỘNG SẢN VIỆT NAM", "BAN CHỈ ĐẠO TỔNG KẾT NGHỊ QUYẾT 18", "*", "Số: 07-KH/BCĐ", "Hà Nội, ngày 03 tháng 3 năm 2025",
   "KẾ HOẠCH", "triển khai nghiên cứu sắp xếp đơn vị hành chính các cấp",
   "Thực hiện Kết luận số 127-KL/TW, ngày 28/02/2025 của Bộ Chính trị, Ban Bí thư và Công văn số 8011-CV/BTCTW, ngày "
   "27/02/2025 của Ban Tổ chức Trung ương, Ban Chỉ đạo xây dựng Kế hoạch như sau:", "I- MỤC ĐÍCH, YÊU CẦU",
   "1. Bảo đảm các nguyên tắc.", "Nơi nhận:", "- Bộ Chính trị, Ban Bí thư (để b/c);", "- Lưu Văn phòng Trung ương Đảng.",
   "T/M BAN CHỈ ĐẠO", "PHÓ TRƯỞNG BAN THƯỜNG TRỰC", "Lê Minh Hưởng"],
  dict(doc_type="Kế hoạch", number="07-KH/BCĐ", issued_date="2025-03-03", place="Hà Nội",
       issuer="BAN CHỈ ĐẠO TỔNG KẾT NGHỊ QUYẾT 18",
       title="triển khai nghiên cứu sắp xếp đơn vị hành chính các cấp", signer="Lê Minh Hưởng",
       position=("Phó Trưởng ban Thường trực", "Phó Trưởng Ban Thường trực", "Phó trưởng ban thường trực"), authority=["TM."],
       cited=[("Kết luận", "127-KL/TW", "2025-02-28"), ("Công văn", "8011-CV/BTCTW", "2025-02-27")])),
 # s30's leftover: a commune's portal menu of types in capitals above a letter (a Công văn's symbol names no type)
 "cv_ubnd_xa_menu_of_types_above": ([
   "Trang chủ", "Văn bản", "QUYẾT ĐỊNH", "KẾ HOẠCH", "CÔNG VĂN", "Tin tức", "ỦY BAN NHÂN DÂN", "XÃ ĐÔNG THÀNH", "-------", *MOTTO,
   "Số: 215/UBND", "V/v triển khai tháng hành động an toàn thực phẩm", "Đông Thành, ngày 20 tháng 8 năm 2025",
   "Kính gửi: Các thôn, xóm trên địa bàn xã.",
   "Thực hiện Kế hoạch số 312/KH-UBND ngày 05/8/2025 của UBND tỉnh, UBND xã đề nghị:", "1. Các thôn triển khai.",
   "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trịnh Văn Quang"],
  dict(doc_type="Công văn", number="215/UBND", issued_date="2025-08-20", place="Đông Thành",
       issuer="ỦY BAN NHÂN DÂN XÃ ĐÔNG THÀNH", title="triển khai tháng hành động an toàn thực phẩm",
       signer="Trịnh Văn Quang", addressees=["Các thôn, xóm trên địa bàn xã"],
       cited=[("Kế hoạch", "312/KH-UBND", "2025-08-05")])),
 # s30's other leftover: a symbol glued to "ngày" at the end of the number's line, the date on the next
 "kh_bnnmt_symbol_glued_to_ngay": ([
   "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "-------", *MOTTO, "Số: 12/KH-BNNMTngày", "20 tháng 8 năm 2025", "KẾ HOẠCH",
   "Tổ chức tháng hành động vì môi trường năm 2025", "I. MỤC ĐÍCH", "1. Nâng cao nhận thức."],
  dict(doc_type="Kế hoạch", number="12/KH-BNNMT", issued_date="2025-08-20", issuer="BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
       title="Tổ chức tháng hành động vì môi trường năm 2025")),
 # a letter's subject that ends in "ngày" ("… 30 ngày") run onto its number's line: the subject's word, no date's
 # start (the glued "ngày" rule had cut the line there, the symbol taking the subject: "45/UBND-VPV/vgiahạn…")
 "cv_subject_ending_in_ngay_on_the_number_line": ([
   "ỦY BAN NHÂN DÂN", "XÃ ĐÔNG THÀNH", "-------", *MOTTO, "Số: 45/UBND-VP V/v gia hạn thời gian 30 ngày",
   "Đông Thành, ngày 20 tháng 8 năm 2025", "Kính gửi: Các thôn, xóm trên địa bàn xã.",
   "UBND xã đề nghị các thôn hoàn thành việc rà soát.",
   "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trịnh Văn Quang"],
  dict(doc_type="Công văn", number="45/UBND-VP", issued_date="2025-08-20", place="Đông Thành",
       issuer="ỦY BAN NHÂN DÂN XÃ ĐÔNG THÀNH", title="gia hạn thời gian 30 ngày", signer="Trịnh Văn Quang")),
}


@pytest.mark.parametrize("name, form", cases(PAGES))
def test_a_sampled_page_reads_right(tmp_path, name, form):
    assert not wrong_in_form(tmp_path, PAGES[name], form)


@pytest.mark.parametrize("name, form", [(name, form) for name, (lines, _) in VARIANTS.items() for form in [*_forms(lines), "docx", "pdf"]])
def test_a_variant_reads_right(tmp_path, name, form):
    assert not wrong_in_form(tmp_path, VARIANTS[name], form)


# --- a site's menu of types in capitals above a letter (a công văn has no heading)

LETTER = ["ỦY BAN NHÂN DÂN", "XÃ ĐÔNG THÀNH", "-------", *MOTTO, "Số: 215/UBND", "V/v triển khai tháng hành động an toàn thực phẩm",
          "Đông Thành, ngày 20 tháng 8 năm 2025", "Kính gửi: Các thôn, xóm trên địa bàn xã.",
          "Thực hiện Kế hoạch số 312/KH-UBND ngày 05/8/2025 của UBND tỉnh, UBND xã đề nghị:", "1. Các thôn triển khai.",
          "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trịnh Văn Quang"]
TAX_LETTER = ["BỘ TÀI CHÍNH", "CỤC THUẾ", "-------", *MOTTO, "Số: 3127/CT-CS", "V/v chính sách thuế giá trị gia tăng",
              "Hà Nội, ngày 20 tháng 8 năm 2025",
              "Kính gửi: Công ty TNHH Minh Phát.", "Cục Thuế nhận được văn bản số 12/CV-MP ngày 02/8/2025 của Công ty.",
              "Nơi nhận:", "- Như trên;", "- Lưu: VT, CS.", "KT. CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG", "Đặng Ngọc Minh"]


@pytest.mark.parametrize("form", ["text", "html", "docx"])
@pytest.mark.parametrize("menu", [
    ["Trang chủ", "Văn bản", "QUYẾT ĐỊNH", "KẾ HOẠCH", "CÔNG VĂN", "Tin tức"],
    ["VĂN BẢN", "NGHỊ QUYẾT", "CHỈ THỊ"],
    ["Văn bản", "QUYẾT ĐỊNH", "Tin tức"],
])
@pytest.mark.parametrize("letter, number, place, issuer", [
    (LETTER, "215/UBND", "Đông Thành", "ỦY BAN NHÂN DÂN XÃ ĐÔNG THÀNH"),
    (TAX_LETTER, "3127/CT-CS", "Hà Nội", "CỤC THUẾ"),  # its code "CT" (Cục Thuế) spells a type's: still a letter
])
def test_a_menu_of_types_above_a_letter_is_no_heading(tmp_path, form, menu, letter, number, place, issuer):
    """s30's leftover: a portal's menu of types in capitals above a công văn ("QUYẾT ĐỊNH" / "KẾ HOẠCH" / "CÔNG VĂN")
    gave the menu's first type, a confident wrong one, and lost the number, the date, the place, the issuer and the
    subject (s30 made the menu's heading give way to a heading under the date line; a letter has none). A heading with
    no date line above it, under which come a number line whose symbol names no type of the menu's, a date line and
    the letter's "V/v" or "Kính gửi" with no heading between, is the menu's: the document has no heading."""
    meta = _process(tmp_path, [*menu, *letter], form).metadata
    assert (meta.doc_type, meta.number, meta.issued_date, meta.place, meta.issuer.name) == (
        "Công văn", number, "2025-08-20", place, issuer)


@pytest.mark.parametrize("form", ["text", "html"])
@pytest.mark.parametrize("lines, doc_type, number", [
    (["THÔNG BÁO", "ỦY BAN NHÂN DÂN", "XÃ ĐÔNG THÀNH", "-------", *MOTTO, "Số: 16/TB-UBND",
      "Đông Thành, ngày 20 tháng 8 năm 2025", "Kính gửi: Các thôn, xóm trên địa bàn xã.", "1. Lịch tiếp công dân."],
     "Thông báo", "16/TB-UBND"),
    (["QUYẾT ĐỊNH", "ỦY BAN NHÂN DÂN", "XÃ ĐÔNG THÀNH", "-------", *MOTTO, "Số: 16/QĐ-UBND",
      "Đông Thành, ngày 20 tháng 8 năm 2025", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
      "QUYẾT ĐỊNH:", "Điều 1. Giao nhiệm vụ."], "Quyết định", "16/QĐ-UBND"),
])
def test_a_site_s_headline_of_the_type_over_a_header_without_one(tmp_path, form, lines, doc_type, number):
    """A site's headline repeats the type ("THÔNG BÁO", "QUYẾT ĐỊNH") above the header of a copy that dropped its own
    heading: the headline was taken for the heading, the header above it none, and the number, the date and the issuer
    were lost. The symbol names the headline's type: the header is read and the type is the same."""
    meta = _process(tmp_path, lines, form).metadata
    assert (meta.doc_type, meta.number, meta.issued_date, meta.issuer.name) == (
        doc_type, number, "2025-08-20", "ỦY BAN NHÂN DÂN XÃ ĐÔNG THÀNH")


@pytest.mark.parametrize("form", ["text", "html"])
def test_a_heading_above_a_header_of_another_type_stays(tmp_path, form):
    """The other side: a heading above a header whose symbol names another type, the body no letter, is left as it was
    read (which of the two is right the page does not say)."""
    lines = ["QUYẾT ĐỊNH", "ỦY BAN NHÂN DÂN", "XÃ ĐÔNG THÀNH", "-------", *MOTTO, "Số: 16/KH-UBND",
             "Đông Thành, ngày 20 tháng 8 năm 2025", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"]
    assert _process(tmp_path, lines, form).metadata.doc_type == "Quyết định"


# --- a symbol glued to "ngày" at the end of the number's line

GLUED_PLAN = ["KẾ HOẠCH", "Tổ chức tháng hành động vì môi trường năm 2025", "I. MỤC ĐÍCH", "1. Nâng cao nhận thức."]


@pytest.mark.parametrize("form", ["text", "html", "docx"])
@pytest.mark.parametrize("number_line, next_line, number, place", [
    ("Số: 12/KH-BNNMTngày", "20 tháng 8 năm 2025", "12/KH-BNNMT", None),
    ("Số: 12/KH-BNNMT ngày", "20 tháng 8 năm 2025", "12/KH-BNNMT", None),
    ("Số: 12/QĐ-TTgngày", "20 tháng 8 năm 2025", "12/QĐ-TTg", None),
    ("Số: 12-KH/TWngày", "20 tháng 8 năm 2025", "12-KH/TW", None),
    ("Số: 12/KH-BNNMTngày", "Hà Nội, ngày 20 tháng 8 năm 2025", "12/KH-BNNMT", "Hà Nội"),
])
def test_a_symbol_glued_to_ngay_at_the_line_s_end(tmp_path, form, number_line, next_line, number, place):
    """s30's other leftover: a copy that lost the gap between the header's cells glues "ngày" to the symbol at the end
    of the number's line, the date's rest on the next ("Số: 12/KH-BNNMTngày" / "20 tháng 8 năm 2025"): the number was
    "12/KH-BNNMTngày", a confident wrong one (with a space too: a number's spaces are slips), and the date lost. The
    number ends before "ngày"; "ngày" alone goes on in the next line's date."""
    meta = _process(tmp_path, ["BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "-------", *MOTTO, number_line, next_line, *GLUED_PLAN], form).metadata
    assert (meta.number, meta.issued_date, meta.place) == (number, "2025-08-20", place)


@pytest.mark.parametrize("sentence, cited", [
    ("Căn cứ Quyết định số 12/QĐ-UBNDngày", ("Quyết định", "12/QĐ-UBND", None)),
    ("Căn cứ Quyết định số 24/QĐ-TTgngày", ("Quyết định", "24/QĐ-TTg", None)),
])
def test_a_cited_symbol_glued_to_ngay_at_the_end_is_read(sentence, cited):
    """The same glue in a ground that a line break ends: the symbol ends before "ngày"."""
    assert [(c.doc_type, c.number, c.issued_date) for c in find_citations(sentence)] == [cited]


# --- a signer holding two posts, and an acting head written out

SIGNED = ["VĂN PHÒNG CHÍNH PHỦ", "-------", *MOTTO, "Số: 210/QĐ-VPCP", "Hà Nội, ngày 12 tháng 7 năm 2025", "QUYẾT ĐỊNH",
          "Ban hành Kế hoạch cải cách hành chính năm 2025", "BỘ TRƯỞNG, CHỦ NHIỆM VĂN PHÒNG CHÍNH PHỦ",
          "Căn cứ Nghị định số 79/2022/NĐ-CP ngày 06 tháng 10 năm 2022 của Chính phủ;", "QUYẾT ĐỊNH:",
          "Điều 1. Ban hành Kế hoạch.", "Nơi nhận:", "- Như Điều 3;", "- Lưu: VT, TCCB."]


@pytest.mark.parametrize("form", ["text", "html", "docx", "pdf"])
@pytest.mark.parametrize("signature, authority, position", [
    (["BỘ TRƯỞNG, CHỦ NHIỆM"], [], "Bộ trưởng, Chủ nhiệm"),
    (["BỘ TRƯỞNG, CHỦ NHIỆM VĂN PHÒNG CHÍNH PHỦ"], [], "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ"),
    (["TL. THỦ TƯỚNG", "BỘ TRƯỞNG, CHỦ NHIỆM"], ["TL."], "Bộ trưởng, Chủ nhiệm"),
    (["PHÓ THỦ TƯỚNG, BỘ TRƯỞNG BỘ NGOẠI GIAO"], [], "Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao"),
    (["GIÁM ĐỐC KIÊM TRƯỞNG BAN"], [], "Giám đốc kiêm Trưởng ban"),
])
def test_a_signer_holding_two_posts(tmp_path, form, signature, authority, position):
    """The Government Office's minister signs "BỘ TRƯỞNG, CHỦ NHIỆM" (a deputy prime minister who is a minister,
    "PHÓ THỦ TƯỚNG, BỘ TRƯỞNG …"): the two posts were read as two signers' columns run together, the name lost
    ("signer_name_unreadable") and the position cut to the first post; with the unit after them no position at all.
    A post after a comma or "kiêm" is the same signer's (as it already was after KT.: "KT. BỘ TRƯỞNG, CHỦ NHIỆM")."""
    signer = _process(tmp_path, [*SIGNED, *signature, "Trần Văn Sơn"], form).metadata.signer
    assert (signer.name, signer.authority, signer.title) == ("Trần Văn Sơn", authority, position)


@pytest.mark.parametrize("form", ["text", "html"])
@pytest.mark.parametrize("signature, authority, position", [
    (["QUYỀN BỘ TRƯỞNG"], ["Q."], "Bộ trưởng"),
    (["Q. BỘ TRƯỞNG"], ["Q."], "Bộ trưởng"),
    (["KT. QUYỀN BỘ TRƯỞNG", "THỨ TRƯỞNG"], ["KT.", "Q."], "Thứ trưởng"),
    (["KT. Q. BỘ TRƯỞNG", "THỨ TRƯỞNG"], ["KT.", "Q."], "Thứ trưởng"),
    (["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG"], ["KT."], "Thứ trưởng"),
])
def test_an_acting_head_written_out(tmp_path, form, signature, authority, position):
    """An acting minister of 2025 signs "QUYỀN BỘ TRƯỞNG" as well as "Q. BỘ TRƯỞNG": the word was no prefix, so the
    signer was read as the minister (no Q.), a confident wrong post; a deputy signing for the acting head ("KT. Q. BỘ
    TRƯỞNG" / "THỨ TRƯỞNG") was read as the head himself ("Bộ trưởng"): the KT.'s head is the position after both
    prefixes."""
    signer = _process(tmp_path, [*SIGNED, *signature, "Trần Văn Sơn"], form).metadata.signer
    assert (signer.name, signer.authority, signer.title) == ("Trần Văn Sơn", authority, position)


@pytest.mark.parametrize("line", ["QUYỀN VÀ NGHĨA VỤ CỦA CÁC BÊN", "QUYỀN SỬ DỤNG ĐẤT CỦA HỘ GIA ĐÌNH"])
def test_a_line_opening_with_the_word_is_no_signature(line):
    """The other side: "QUYỀN" is a prefix only before a position; a heading in capitals that opens with the word is
    no signature line (a unit's name that holds it, "VỤ THỰC HÀNH QUYỀN CÔNG TỐ", is test_pages_s15_central's)."""
    from pipeline.stages.parts import authority_of, is_signature_line

    assert (authority_of(line), is_signature_line(line)) == (None, False)
