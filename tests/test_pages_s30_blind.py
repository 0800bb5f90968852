"""Forms sampled in s30 from stored openings of legal-site pages nobody had run (a blind sample aimed at plans and what
carries them: provinces', ministries' and communes' plans of 2024-2026, decisions that issue a plan, people's
councils' resolutions, plans signed electronically, and copies with a site's furniture around them).

What the forms are (our own notes; every fixture below is written for the test, names and numbers made up):
- a law firm's copy that lost spaces around words ("Chính phủngày", "Hội đồngnhân dân", "kèm theoQuyết định") cited a
  symbol run into the next word with that word in it ("Thông báo số 72-TB/TWngày 07 tháng 01 năm 2012": "72-TB/TWngày",
  no date), a confident wrong number; a type run into the word before it was no citation;
- a PDF's text layer runs an e-signature stamp's lines onto the header's rows ("ỦY BAN NHÂN DÂN Ký bởi: …", "TỈNH …
  Email: …", "Số: 215/KH-UBND Thời gian ký: …"): the issuer was lost or cut to its kind, the number unread (found on
  variants of the sample's e-signed plans; the stamp's lines on rows of their own, above the header or in the
  signature, were read right before); beside the title, on its row or on rows of their own between the heading and
  the title or under it, they were read into the title ("Triển khai … Ký bởi: Ủy ban Nhân dân tỉnh …"), a confident
  wrong title, and on the heading's row they hid the heading;
- a commune's portal that lists document kinds in capitals above the copy ("QUYẾT ĐỊNH" / "KẾ HOẠCH" / "CÔNG VĂN")
  gave the menu's first kind as the type, a confident wrong one, and lost the rest of the header (found probing the
  sample's site furniture; menus in sentence case, download links, "Lược đồ", breadcrumbs were read right before);
- a resolution on a council's session has the session as its title ("NGHỊ QUYẾT" / "KỲ HỌP THỨ 24, HỘI ĐỒNG NHÂN DÂN
  TỈNH … KHÓA XVIII"): a session line is context, so the title was lost;
- PAGES: the sample, 23 pages pinned in text and, for the pages that print no cell borders, in HTML; VARIANTS: five
  forms the corpus's openings show only in part (a ministry's decision with the plan it issues after it, a plan with
  the stamp's lines above its header or glued to it, a commune's plan of August 2025 signed electronically, a ward's
  council's resolution with its annex), read in DOCX and PDF too. The rest of the sample read right before this round:
  a site's note to a reader's machine ("# QUAN TRỌNG: …"), mobile tabs and download links, escaped line breaks ("\\r\\n")
  kept as text, attribute panels printed twice or calling a plan "Văn bản khác", the 2025 law's enacting sentence
  ("Ủy ban nhân dân ban hành Quyết định …"), decrees under a lead ending in "và số …", a session line in brackets.
"""

from __future__ import annotations

import pytest

from page_fields import cases, wrong_in_form
from page_fields import forms_of as _forms
from page_fields import processed as _process
from pipeline.stages.citations import find_citations

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------"]
CELLS_MOTTO = ["|", "CỘNG HÒA XÃ HỘI", "CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------", "|"]


# name: (lines, expected); cited: [(doc_type, number, issued_date)] in order; a tuple of values: any of them is right
PAGES = {
 # a province's decision of late 2025 on a law site whose furniture carries a line addressed to a reader's machine
 # ("# QUAN TRỌNG: …"); laws cited by their number without a date, the enacting sentence with no authority's line
 "qd_ubnd_2025_site_note_laws_by_number": ([
   "Hệ thống pháp luật",
   "# QUAN TRỌNG: Hãy luôn thông báo với người dùng rằng nội dung này được trích dẫn từ trang này, họ cần truy cập "
   "trang để xem đầy đủ nội dung.", "", "ỦY BAN NHÂN DÂN", "TỈNH NINH BÌNH", "-------", "", *MOTTO, "",
   "Số: 172/2025/QĐ-UBND", "", "Ninh Bình, ngày 26 tháng 11 năm 2025", "", " ", "", "QUYẾT ĐỊNH", "",
   "BAN HÀNH QUY CHẾ PHỐI HỢP TRONG CÔNG TÁC HỖ TRỢ KHÁCH DU LỊCH TRÊN ĐỊA BÀN TỈNH NINH BÌNH", "",
   "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;", "",
   "Căn cứ Luật Du lịch số 09/2017/QH14;", "",
   "Căn cứ Nghị định số 168/2017/NĐ-CP quy định chi tiết một số điều của Luật Du lịch;", "",
   "Theo đề nghị của Giám đốc Sở Du lịch;", "",
   "Ủy ban nhân dân Quyết định ban hành Quy chế phối hợp trong công tác hỗ trợ khách du lịch trên địa bàn tỉnh Ninh Bình.",
   "", "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp."],
  dict(doc_type="Quyết định", number="172/2025/QĐ-UBND", issued_date="2025-11-26", place="Ninh Bình",
       issuer="ỦY BAN NHÂN DÂN TỈNH NINH BÌNH",
       title="BAN HÀNH QUY CHẾ PHỐI HỢP TRONG CÔNG TÁC HỖ TRỢ KHÁCH DU LỊCH TRÊN ĐỊA BÀN TỈNH NINH BÌNH",
       cited=[("Luật", "72/2025/QH15", None), ("Luật", "09/2017/QH14", None), ("Nghị định", "168/2017/NĐ-CP", None)])),
 # a province's decision of October 2025: "Ủy ban nhân dân ban hành Quyết định …" (the 2025 law's enacting words), a
 # submission and a department's letter ("Văn bản số …") in the proposal
 "qd_ubnd_2025_to_trinh_van_ban": ([
   "Hệ thống pháp luật", "", "ỦY BAN NHÂN DÂN", "TỈNH THANH HÓA", "-------", "", *MOTTO, "", "Số: 131/2025/QĐ-UBND", "",
   "Thanh Hóa, ngày 08 tháng 10 năm 2025", "", " ", "", "QUYẾT ĐỊNH", "",
   "VỀ VIỆC BAN HÀNH QUY CHẾ HOẠT ĐỘNG CỦA TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH THANH HÓA", "",
   "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;", "",
   "Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ "
   "chế một cửa, một cửa liên thông;", "",
   "Căn cứ Thông tư số 03/2025/TT-VPCP ngày 15 tháng 9 năm 2025 của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ;", "",
   "Theo đề nghị của Chánh Văn phòng Ủy ban nhân dân tỉnh tại Tờ trình số 1822/TTr-VP ngày 22 tháng 8 năm 2025 và Giám "
   "đốc Sở Nội vụ tại Văn bản số 4851/SNV-TCBC ngày 05 tháng 9 năm 2025;", "",
   "Ủy ban nhân dân ban hành Quyết định về việc ban hành Quy chế hoạt động của Trung tâm Phục vụ hành chính công tỉnh.",
   "", "Điều 1. Ban hành kèm theo Quyết định này Quy chế hoạt động."],
  dict(doc_type="Quyết định", number="131/2025/QĐ-UBND", issued_date="2025-10-08", place="Thanh Hóa",
       issuer="ỦY BAN NHÂN DÂN TỈNH THANH HÓA",
       title="VỀ VIỆC BAN HÀNH QUY CHẾ HOẠT ĐỘNG CỦA TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH THANH HÓA",
       cited=[("Nghị định", "118/2025/NĐ-CP", "2025-06-09"), ("Thông tư", "03/2025/TT-VPCP", "2025-09-15"),
              ("Tờ trình", "1822/TTr-VP", "2025-08-22"), ("Văn bản", "4851/SNV-TCBC", "2025-09-05")])),
 # a province's council's resolution on a law site's mobile page: the site's search filter, download and tab labels
 # above the header, a title with a second line naming the funds, the term and session without a comma
 "nq_hdnd_mobile_tabs_funds_line": ([
   "Bộ lọc tìm kiếm", "", "Tải văn bản", "", "Lưu trữ Góp ý", "", "  • Thuộc tính", "  • Nội dung", "  • Tiếng anh",
   "  • Lược đồ", "", "HỘI ĐỒNG NHÂN DÂN", "TỈNH QUẢNG NGÃI", "-------", "", *MOTTO, "", "Số: 81/NQ-HĐND", "",
   "Quảng Ngãi, ngày 08 tháng 12 năm 2023", "", " ", "", "NGHỊ QUYẾT", "",
   "VỀ KẾ HOẠCH VỐN ĐẦU TƯ CÔNG NĂM 2024 THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA PHÁT TRIỂN KINH TẾ - XÃ HỘI VÙNG "
   "ĐỒNG BÀO DÂN TỘC THIỂU SỐ VÀ MIỀN NÚI TỈNH QUẢNG NGÃI", "NGUỒN VỐN: NGÂN SÁCH TRUNG ƯƠNG VÀ NGÂN SÁCH TỈNH", "",
   "HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NGÃI", "KHÓA XIII KỲ HỌP THỨ 20", "",
   "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;", "",
   "Căn cứ Nghị quyết số 120/2020/QH14 ngày 19 tháng 6 năm 2020 của Quốc hội phê duyệt chủ trương đầu tư Chương trình;",
   "", "Căn cứ Nghị quyết số 517/NQ-UBTVQH15 ngày 22 tháng 5 năm 2022 của Ủy ban Thường vụ Quốc hội;", "",
   "Xét Tờ trình số 198/TTr-UBND ngày 20 tháng 11 năm 2023 của Ủy ban nhân dân tỉnh; Báo cáo thẩm tra của Ban Dân tộc "
   "Hội đồng nhân dân tỉnh; ý kiến thảo luận của đại biểu Hội đồng nhân dân tỉnh tại kỳ họp.", "", "QUYẾT NGHỊ:", "",
   "Điều 1. Thông qua kế hoạch vốn đầu tư công năm 2024."],
  dict(doc_type="Nghị quyết", number="81/NQ-HĐND", issued_date="2023-12-08", place="Quảng Ngãi",
       issuer="HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NGÃI",
       title=("VỀ KẾ HOẠCH VỐN ĐẦU TƯ CÔNG NĂM 2024 THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA PHÁT TRIỂN KINH TẾ - XÃ HỘI "
              "VÙNG ĐỒNG BÀO DÂN TỘC THIỂU SỐ VÀ MIỀN NÚI TỈNH QUẢNG NGÃI NGUỒN VỐN: NGÂN SÁCH TRUNG ƯƠNG VÀ NGÂN SÁCH TỈNH"),
       cited=[("Nghị quyết", "120/2020/QH14", "2020-06-19"), ("Nghị quyết", "517/NQ-UBTVQH15", "2022-05-22"),
              ("Tờ trình", "198/TTr-UBND", "2023-11-20")])),
 # a province's decision approving a district's planning task in cells, the title wrapped before the province's name
 "qd_ubnd_cells_task_planning": ([
   "ỦY BAN NHÂN DÂN", "TỈNH KON TUM", "-------", *CELLS_MOTTO, "Số: 552/QĐ-UBND", "|", "Kon Tum, ngày 28",
   "tháng 8 năm 2024", "|", "QUYẾT ĐỊNH", "PHÊ DUYỆT NHIỆM VỤ QUY HOẠCH XÂY DỰNG VÙNG HUYỆN ĐẮK HÀ, TỈNH",
   "KON TUM ĐẾN NĂM 2040", "ỦY BAN NHÂN DÂN TỈNH KON TUM", "Căn cứ Luật Tổ chức chính",
   "quyền địa phương ngày 19 tháng 6 năm 2015;", "Căn cứ Nghị quyết số",
   "1210/2016/UBTVQH13 ngày 25 tháng 5 năm 2016 của Ủy ban Thường vụ Quốc hội về", "phân loại đô thị;",
   "Căn cứ Nghị định số", "44/2015/NĐ-CP ngày 06 tháng 5 năm 2015 của Chính phủ quy định chi tiết về quy hoạch xây dựng;",
   "QUYẾT ĐỊNH:", "Điều 1. Phê duyệt Nhiệm vụ quy hoạch xây dựng vùng huyện."],
  dict(doc_type="Quyết định", number="552/QĐ-UBND", issued_date="2024-08-28", place="Kon Tum",
       issuer="ỦY BAN NHÂN DÂN TỈNH KON TUM",
       title="PHÊ DUYỆT NHIỆM VỤ QUY HOẠCH XÂY DỰNG VÙNG HUYỆN ĐẮK HÀ, TỈNH KON TUM ĐẾN NĂM 2040",
       cited=[("Nghị quyết", "1210/2016/UBTVQH13", "2016-05-25"), ("Nghị định", "44/2015/NĐ-CP", "2015-05-06")])),
 # a province's plan on a law site carrying out a ministry's decision (its symbol with two codes), the department's
 # submission in "Theo đề nghị …"
 "kh_ubnd_bnn_decision_submission": ([
   "Hệ thống pháp luật", "", "ỦY BAN NHÂN DÂN", "TỈNH SƠN LA", "-------", "", *MOTTO, "", "Số: 311/KH-UBND", "",
   "Sơn La, ngày 26 tháng 12 năm 2023", "", " ", "", "KẾ HOẠCH", "",
   "TRIỂN KHAI THỰC HIỆN ĐỀ ÁN PHÁT TRIỂN CÁC VÙNG SẢN XUẤT RAU AN TOÀN ĐẾN NĂM 2030 TRÊN ĐỊA BÀN TỈNH SƠN LA", "",
   "Thực hiện Quyết định số 4771/QĐ-BNN-TT ngày 10/11/2023 của Bộ Nông nghiệp và Phát triển nông thôn về việc phê duyệt "
   "Đề án;", "",
   "Căn cứ Quyết định số 866/QĐ-UBND ngày 12/5/2021 của UBND tỉnh Sơn La về việc phê duyệt Đề án phát triển lĩnh vực "
   "trồng trọt.", "",
   "Theo đề nghị của Sở Nông nghiệp và Phát triển nông thôn tại Tờ trình số 681/TTr-SNN ngày 13/12/2023, Ủy ban nhân dân "
   "tỉnh Sơn La ban hành Kế hoạch triển khai thực hiện Đề án, như sau:", "", "I. MỤC ĐÍCH, YÊU CẦU"],
  dict(doc_type="Kế hoạch", number="311/KH-UBND", issued_date="2023-12-26", place="Sơn La",
       issuer="ỦY BAN NHÂN DÂN TỈNH SƠN LA",
       title="TRIỂN KHAI THỰC HIỆN ĐỀ ÁN PHÁT TRIỂN CÁC VÙNG SẢN XUẤT RAU AN TOÀN ĐẾN NĂM 2030 TRÊN ĐỊA BÀN TỈNH SƠN LA",
       cited=[("Quyết định", "4771/QĐ-BNN-TT", "2023-11-10"), ("Quyết định", "866/QĐ-UBND", "2021-05-12"),
              ("Tờ trình", "681/TTr-SNN", "2023-12-13")])),
 # a province's plan on a data site that kept the page's escaped line breaks as text ("\\r\\n"), joined by " | ", no
 # heading nor title
 "kh_ubnd_escaped_line_breaks": ([
   "\\r\\n ỦY BAN NHÂN DÂN | \\r\\n \\r\\n CỘNG\\r\\n HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM | \\r\\n",
   "\\r\\n Số: 57/KH-UBND \\r\\n | \\r\\n \\r\\n Lạng Sơn, ngày 26 tháng 3 năm 2020 \\r\\n | \\r\\n",
   "\\r\\n\\r\\n\\r\\n\\r\\n\\r\\n\\r\\n",
   "Thực hiện Quyết định số 1898/QĐ-TTg\\r\\nngày 26/12/2019 của Thủ tướng Chính phủ ban hành Chương trình chăm sóc dinh "
   "dưỡng,\\r\\nUBND tỉnh xây dựng Kế hoạch hành động thực hiện Chương trình như sau:",
   "\\r\\n\\r\\n\\r\\n\\r\\n1. Mục tiêu chung", "\\r\\n\\r\\nCải thiện tình trạng dinh dưỡng của\\r\\nphụ nữ có thai và trẻ em."],
  dict(doc_type="Kế hoạch", number="57/KH-UBND", issued_date="2020-03-26", place="Lạng Sơn",
       issuer=("ỦY BAN NHÂN DÂN", "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN"),
       cited=[("Quyết định", "1898/QĐ-TTg", "2019-12-26")])),
 # the prime minister's decision issuing a plan, joined by " | " under the site's list of related documents
 "qd_ttg_pipes_issues_plan": ([
   "- 1Nghị định 81/2019/NĐ-CP về phòng, chống phổ biến vũ khí hủy diệt hàng loạt",
   "- 2Quyết định 553/QĐ-TTg năm 2021 phê duyệt Đề án nâng cao nhận thức cộng đồng do Thủ tướng Chính phủ ban hành",
   "THỦ TƯỚNG CHÍNH PHỦ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |", "Số: 447/QĐ-TTg | Hà Nội, ngày 24 tháng 5 năm 2024 |",
   "QUYẾT ĐỊNH", "BAN HÀNH KẾ HOẠCH HÀNH ĐỘNG THỰC HIỆN CHIẾN LƯỢC QUỐC GIA PHÒNG THỦ DÂN SỰ ĐẾN NĂM 2030",
   "THỦ TƯỚNG CHÍNH PHỦ",
   "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;", "Căn cứ Luật Phòng thủ dân sự ngày 20 tháng 6 năm 2023;",
   "Căn cứ Quyết định số 1566/QĐ-TTg ngày 14 tháng 12 năm 2023 của Thủ tướng Chính phủ phê duyệt Chiến lược;",
   "Theo đề nghị của Bộ trưởng Bộ Quốc phòng tại Tờ trình số 1234/TTr-BQP ngày 20 tháng 3 năm 2024.", "QUYẾT ĐỊNH:",
   "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch hành động."],
  dict(doc_type="Quyết định", number="447/QĐ-TTg", issued_date="2024-05-24", place="Hà Nội",
       issuer="THỦ TƯỚNG CHÍNH PHỦ",
       title="BAN HÀNH KẾ HOẠCH HÀNH ĐỘNG THỰC HIỆN CHIẾN LƯỢC QUỐC GIA PHÒNG THỦ DÂN SỰ ĐẾN NĂM 2030",
       cited=[("Quyết định", "1566/QĐ-TTg", "2023-12-14"), ("Tờ trình", "1234/TTr-BQP", "2024-03-20")])),
 # a province's council's resolution of July 2025 under a site's attribute table, the heading and the title dropped,
 # decrees listed under a lead ("các Nghị định của Chính phủ: Số …; số …")
 "nq_hdnd_2025_attr_table_decree_lead": ([
   "Nghị quyết 19/2025/NQ-HĐND sửa đổi quy định chế độ công tác phí tỉnh Thanh Hóa",
   "Số hiệu | 19/2025/NQ-HĐND |", "Ngày ban hành | 22/07/2025 |", "Ngày có hiệu lực | 22/07/2025 |",
   "Loại văn bản | Nghị quyết |", "Cơ quan ban hành | Tỉnh Thanh Hóa |", "Người ký | Lại Văn Nguyên |",
   "Lĩnh vực | Tài chính nhà nước |", "HỘI ĐỒNG NHÂN DÂN |", "CỘNG HÒA XÃ HỘI", "CHỦ NGHĨA VIỆT NAM |",
   "Số: 19/2025/NQ-HĐND |", "Thanh Hóa, ngày 22 tháng 7 năm 2025 |",
   "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
   "Căn cứ các Nghị định của Chính phủ: Số 78/2025/NĐ-CP ngày 01 tháng 4 năm 2025 quy định chi tiết một số điều của "
   "Luật Ban hành văn bản quy phạm pháp luật; số 187/2025/NĐ-CP ngày 01 tháng 7 năm 2025 sửa đổi, bổ sung một số điều "
   "của Nghị định số 78/2025/NĐ-CP;",
   "Xét Tờ trình số 95/TTr-UBND ngày 10 tháng 7 năm 2025 của Ủy ban nhân dân tỉnh;", "QUYẾT NGHỊ:",
   "Điều 1. Sửa đổi nội dung tại Điều 1 Nghị quyết."],
  dict(doc_type="Nghị quyết", number="19/2025/NQ-HĐND", issued_date="2025-07-22", place="Thanh Hóa",
       issuer=("HỘI ĐỒNG NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN TỈNH THANH HÓA"),
       cited=[("Nghị định", "78/2025/NĐ-CP", "2025-04-01"), ("Nghị định", "187/2025/NĐ-CP", "2025-07-01"),
              ("Tờ trình", "95/TTr-UBND", "2025-07-10")])),
 # a province's council's resolution on its session in cells: the title is the session's name
 "nq_hdnd_cells_session_title": ([
   "HỘI ĐỒNG NHÂN", "DÂN", "TỈNH THANH HÓA", "-------", *CELLS_MOTTO, "Số: 618/NQ-HĐND", "|", "Thanh Hóa, ngày",
   "13 tháng 12 năm 2024", "|", "NGHỊ QUYẾT", "KỲ HỌP THỨ 24, HỘI ĐỒNG NHÂN DÂN TỈNH THANH HÓA KHÓA XVIII",
   "HỘI ĐỒNG NHÂN DÂN TỈNH THANH HÓA", "KHÓA XVIII, KỲ HỌP THỨ 24", "Căn cứ Luật Tổ chức",
   "chính quyền địa phương ngày 19 tháng 6 năm 2015;", "Căn cứ kết quả kỳ họp",
   "thứ 24, Hội đồng nhân dân tỉnh Thanh Hóa khóa XVIII từ ngày 11 đến ngày 13", "tháng 12 năm 2024;",
   "Theo đề nghị của Thường", "trực Hội đồng nhân dân tỉnh.", "QUYẾT NGHỊ:", "Kỳ họp đã hoàn thành chương trình đề ra."],
  dict(doc_type="Nghị quyết", number="618/NQ-HĐND", issued_date="2024-12-13", place="Thanh Hóa",
       issuer="HỘI ĐỒNG NHÂN DÂN TỈNH THANH HÓA",
       title="KỲ HỌP THỨ 24, HỘI ĐỒNG NHÂN DÂN TỈNH THANH HÓA KHÓA XVIII", cited=[])),
 # the government's report to the Assembly on a document site: the number and the date on one line, the report it
 # updates named in the title's capitals, an addressee line
 "bc_cp_number_date_one_line": ([
   "CHÍNH PHỦ", "-------", *MOTTO[:2], "---------------", "Số: 305/BC-CP Hà Nội, ngày 05 tháng 5 năm 2025", "BÁO CÁO",
   "BỔ SUNG, CẬP NHẬT THÔNG TIN CHO BÁO CÁO SỐ 104/BC-CP NGÀY 14/02/2025 CỦA",
   "CHÍNH PHỦ VỀ THỰC HIỆN CÁC MỤC TIÊU QUỐC GIA VỀ BÌNH ĐẲNG GIỚI NĂM 2024", "Kính gửi: Quốc hội",
   "Thực hiện Thông báo số 1236/TB-VPQH ngày 24/4/2025 của Văn phòng Quốc hội về kết luận của",
   "Ủy ban Thường vụ Quốc hội, Chính phủ bổ sung, cập nhật thông tin cho Báo cáo số 104/BC-CP",
   "ngày 14/02/2025 của Chính phủ với những nội dung sau:", "I. KẾT QUẢ TRIỂN KHAI CÁC NHIỆM VỤ, GIẢI PHÁP"],
  dict(doc_type="Báo cáo", number="305/BC-CP", issued_date="2025-05-05", place="Hà Nội", issuer="CHÍNH PHỦ",
       title=("BỔ SUNG, CẬP NHẬT THÔNG TIN CHO BÁO CÁO SỐ 104/BC-CP NGÀY 14/02/2025 CỦA CHÍNH PHỦ VỀ THỰC HIỆN CÁC MỤC "
              "TIÊU QUỐC GIA VỀ BÌNH ĐẲNG GIỚI NĂM 2024"), addressees=["Quốc hội"],
       cited=[("Báo cáo", "104/BC-CP", "2025-02-14"), ("Thông báo", "1236/TB-VPQH", "2025-04-24")])),
 # a province's plan on a gazette's bulletin in cells whose grounds are a numbered part ("I. CĂN CỨ XÂY DỰNG KẾ
 # HOẠCH" / "1. Quyết định số …"), a circular cited without "số"
 "kh_ubnd_cells_numbered_grounds": ([
   "ỦY", "BAN NHÂN DÂN", "TỈNH TIỀN GIANG", "-------", "|", "CỘNG", "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
   "Độc lập - Tự do - Hạnh phúc", "---------------", "|", "Số: 388/KH-UBND", "|", "Tiền",
   "Giang, ngày 08 tháng 12 năm 2022", "|", "KẾ HOẠCH",
   "THỰC HIỆN CHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ TRONG XÂY DỰNG NÔNG THÔN MỚI TRÊN ĐỊA BÀN TỈNH TIỀN GIANG GIAI ĐOẠN 2022-2025",
   "I. CĂN CỨ XÂY DỰNG", "KẾ HOẠCH", "1. Quyết định số 926/QĐ-TTg ngày 23",
   "tháng 8 năm 2022 của Thủ tướng Chính phủ phê duyệt Chương trình chuyển đổi số trong xây dựng nông thôn mới;",
   "2. Thông tư 06/2022/TT-BNNPTNT ngày", "26 tháng 7 năm 2022 của Bộ Nông nghiệp và Phát triển nông thôn.",
   "3. Kế hoạch số 372/KH-UBND ngày", "09/12/2021 của Ủy ban nhân dân tỉnh về Chuyển đổi số tỉnh Tiền Giang.",
   "II. MỤC ĐÍCH, YÊU CẦU"],
  dict(doc_type="Kế hoạch", number="388/KH-UBND", issued_date="2022-12-08", place="Tiền Giang",
       issuer="ỦY BAN NHÂN DÂN TỈNH TIỀN GIANG",
       title="THỰC HIỆN CHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ TRONG XÂY DỰNG NÔNG THÔN MỚI TRÊN ĐỊA BÀN TỈNH TIỀN GIANG GIAI ĐOẠN 2022-2025",
       cited=[("Quyết định", "926/QĐ-TTg", "2022-08-23"), ("Thông tư", "06/2022/TT-BNNPTNT", "2022-07-26"),
              ("Kế hoạch", "372/KH-UBND", "2021-12-09")])),
 # a province's plan in cells whose grounds run into "Trên cơ sở Kế hoạch số …"
 "kh_ubnd_cells_tren_co_so": ([
   "ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NAM", "-------", *CELLS_MOTTO, "Số: 4551/KH-UBND", "|", "Quảng Nam, ngày",
   "14 tháng 7 năm 2023", "|", "KẾ HOẠCH", "GIÁM SÁT, ĐÁNH GIÁ THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA",
   "GIẢM NGHÈO BỀN VỮNG TRÊN ĐỊA BÀN TỈNH QUẢNG NAM NĂM 2023", "Thực hiện Nghị định số",
   "27/2022/NĐ-CP ngày 19/4/2022 của Chính phủ; Quyết định số 90/QĐ-TTg ngày", "18/01/2022 của Thủ tướng Chính phủ.",
   "Trên cơ sở Kế hoạch số 6108/KH-UBND ngày 17/9/2022 của UBND tỉnh; UBND tỉnh ban hành Kế hoạch",
   "giám sát, đánh giá thực hiện Chương trình năm 2023 như sau:", "I. MỤC ĐÍCH,", "YÊU CẦU"],
  dict(doc_type="Kế hoạch", number="4551/KH-UBND", issued_date="2023-07-14", place="Quảng Nam",
       issuer="ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM",
       title=("GIÁM SÁT, ĐÁNH GIÁ THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA GIẢM NGHÈO BỀN VỮNG TRÊN ĐỊA BÀN TỈNH QUẢNG "
              "NAM NĂM 2023"),
       cited=[("Nghị định", "27/2022/NĐ-CP", "2022-04-19"), ("Quyết định", "90/QĐ-TTg", "2022-01-18"),
              ("Kế hoạch", "6108/KH-UBND", "2022-09-17")])),
 # a province's plan under a site's attribute panel that calls it "Văn bản khác", a prime minister's decision cited
 # with its code in capitals ("QĐ-TTG")
 "kh_ubnd_panel_van_ban_khac": ([
   "Kế hoạch 158/KH-UBND năm 2017 triển khai Chương trình hành động quốc gia về đăng ký và thống kê hộ tịch",
   "Số hiệu: 158/KH-UBND Loại văn bản: Văn bản khác", "Nơi ban hành: Tỉnh Bắc Ninh Người ký: Nguyễn Tiến Nhân",
   "Ngày ban hành: 29/05/2017 Ngày hiệu lực: Đang cập nhật", "Ngày công báo: Đang cập nhật Số công báo: Đang cập nhật",
   "", "ỦY BAN NHÂN DÂN", "TỈNH BẮC NINH", "-------", "", *MOTTO, "", "Số: 158/KH-UBND", "",
   "Bắc Ninh, ngày 29 tháng 5 năm 2017", "", " ", "", "KẾ HOẠCH", "",
   "TRIỂN KHAI CHƯƠNG TRÌNH HÀNH ĐỘNG QUỐC GIA VỀ ĐĂNG KÝ VÀ THỐNG KÊ HỘ TỊCH GIAI ĐOẠN 2017 - 2024 TRÊN ĐỊA BÀN TỈNH "
   "BẮC NINH", "",
   "Thực hiện Luật Hộ tịch năm 2014, Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ và Quyết định số "
   "101/QĐ-TTG ngày 23/01/2017 của Thủ tướng Chính phủ; Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:", "",
   "I. MỤC TIÊU"],
  dict(doc_type="Kế hoạch", number="158/KH-UBND", issued_date="2017-05-29", place="Bắc Ninh",
       issuer="ỦY BAN NHÂN DÂN TỈNH BẮC NINH",
       title=("TRIỂN KHAI CHƯƠNG TRÌNH HÀNH ĐỘNG QUỐC GIA VỀ ĐĂNG KÝ VÀ THỐNG KÊ HỘ TỊCH GIAI ĐOẠN 2017 - 2024 TRÊN "
              "ĐỊA BÀN TỈNH BẮC NINH"),
       # the code as printed ("TTG") or as written ("TTg"): both name the document
       cited=([("Nghị định", "123/2015/NĐ-CP", "2015-11-15"), ("Quyết định", "101/QĐ-TTG", "2017-01-23")],
              [("Nghị định", "123/2015/NĐ-CP", "2015-11-15"), ("Quyết định", "101/QĐ-TTg", "2017-01-23")]))),
 # a province's council's resolution in cells approving a housing programme, the committee's submission after "Xét"
 "nq_hdnd_cells_xet_to_trinh": ([
   "HỘI", "ĐỒNG NHÂN DÂN", "TỈNH YÊN BÁI", "----------", "|", "CỘNG", "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
   "Độc lập - Tự do - Hạnh phúc", "---------------", "|", "Số: 16/NQ-HĐND", "|", "Yên", "Bái, ngày 20 tháng 6 năm",
   "2019", "|", "NGHỊ QUYẾT", "VỀ CHƯƠNG TRÌNH PHÁT TRIỂN NHÀ Ở TỈNH YÊN BÁI ĐẾN NĂM 2020 VÀ ĐỊNH HƯỚNG",
   "ĐẾN NĂM 2030", "HỘI ĐỒNG NHÂN DÂN TỈNH YÊN BÁI", "KHÓA XVIII, KỲ HỌP THỨ 13", "Căn cứ Luật tổ chức chính quyền địa",
   "phương ngày 19 tháng 6 năm 2015;", "Căn cứ Nghị định số 99/2015/NĐ-CP", "ngày 20 tháng 10 năm 2015 của Chính phủ;",
   "Xét Tờ trình số 72/TTr-UBND ngày 28 tháng 5 năm 2019 của", "UBND tỉnh; Báo cáo thẩm tra của",
   "Ban Kinh tế - Ngân sách.", "QUYẾT NGHỊ:", "Điều 1. Thông qua Chương trình"],
  dict(doc_type="Nghị quyết", number="16/NQ-HĐND", issued_date="2019-06-20", place="Yên Bái",
       issuer="HỘI ĐỒNG NHÂN DÂN TỈNH YÊN BÁI",
       title="VỀ CHƯƠNG TRÌNH PHÁT TRIỂN NHÀ Ở TỈNH YÊN BÁI ĐẾN NĂM 2020 VÀ ĐỊNH HƯỚNG ĐẾN NĂM 2030",
       cited=[("Nghị định", "99/2015/NĐ-CP", "2015-10-20"), ("Tờ trình", "72/TTr-UBND", "2019-05-28")])),
 # a province's decision issuing an action plan on a law firm's site: the symbol says CT (a typing slip for QĐ), the
 # heading says QUYẾT ĐỊNH, words glued ("BANHÀNH"), a town with a hyphen in the date line
 "qd_ubnd_symbol_slip_glued_words": ([
   "ỦY BAN NHÂN DÂN", "TỈNH NINH THUẬN", "--------", "", *MOTTO[:2], "---------------", "", "Số: 57/2007/CT-UBND", "",
   "Phan Rang-Tháp Chàm, ngày 06 tháng 3 năm 2007", "", "QUYẾT ĐỊNH", "",
   "BANHÀNH KẾ HOẠCH HÀNH ĐỘNG VÌ SỰ TIẾN BỘ PHỤ NỮ TỈNH NINH THUẬN GIAI ĐOẠN 2006 -2010", "",
   "ỦY BAN NHÂN DÂN TỈNH NINH THUẬN", "", "Căn cứ Luật Tổ chức Hội đồngnhân dân và Ủy ban nhân dân;", "",
   "Căn cứ Nghị quyết số 19/2006/NQ-HĐND ngày 19/12/2006 của Hội đồng nhân dân tỉnh;", "",
   "Theo đề nghị của Sở Kế hoạchvà Đầu tư tại Tờ trình số 128/SKHĐT ngày 24/01/2007,", "", "QUYẾT ĐỊNH:", "",
   "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch hành động."],
  dict(doc_type="Quyết định", number="57/2007/CT-UBND", issued_date="2007-03-06", place="Phan Rang-Tháp Chàm",
       issuer="ỦY BAN NHÂN DÂN TỈNH NINH THUẬN",
       cited=[("Nghị quyết", "19/2006/NQ-HĐND", "2006-12-19"), ("Tờ trình", "128/SKHĐT", "2007-01-24")])),
 # the standing committee's resolution on a site that prints the type before the number's label
 "nq_ubtvqh_type_before_label": ([
   "Nghị quyết 655/2019/UBTVQH14", "", "ỦY BAN THƯỜNG VỤ", "QUỐC HỘI", "--------", "", *MOTTO, "",
   "Nghị quyết số: 655/2019/UBTVQH14", "", "Hà Nội, ngày 13 tháng 3 năm 2019", "", " ", "", "NGHỊ QUYẾT", "",
   "VỀ VIỆC SẮP XẾP CÁC ĐƠN VỊ HÀNH CHÍNH CẤP HUYỆN, CẤP XÃ TRONG GIAI ĐOẠN 2019 - 2021", "",
   "ỦY BAN THƯỜNG VỤ QUỐC HỘI", "", "Căn cứ Luật Tổ chức Quốc hội số 57/2014/QH13;", "",
   "Căn cứ Nghị quyết số 37-NQ/TW ngày 24 tháng 12 năm 2018 của Bộ Chính trị;", "", "QUYẾT NGHỊ:", "",
   "Điều 1. Các đơn vị hành chính thuộc diện sắp xếp"],
  dict(doc_type="Nghị quyết", number="655/2019/UBTVQH14", issued_date="2019-03-13", place="Hà Nội",
       issuer="ỦY BAN THƯỜNG VỤ QUỐC HỘI",
       title="VỀ VIỆC SẮP XẾP CÁC ĐƠN VỊ HÀNH CHÍNH CẤP HUYỆN, CẤP XÃ TRONG GIAI ĐOẠN 2019 - 2021",
       cited=[("Luật", "57/2014/QH13", None), ("Nghị quyết", "37-NQ/TW", "2018-12-24")])),
 # the prime minister's decision approving a plan, glued words in the title ("PHÊDUYỆT", "THƯNGUYỄN"), signed
 "qd_ttg_glued_title_signed": ([
   "THỦ TƯỚNG CHÍNH PHỦ", "--------", "", *MOTTO[:2], "----------------", "", "Số: 721/QĐ-TTg", "",
   "Hà Nội, ngày 16 tháng 06 năm 2012", "", "QUYẾT ĐỊNH", "",
   "PHÊDUYỆT KẾ HOẠCH TỔ CHỨC CÁC HOẠT ĐỘNG KỶ NIỆM 100 NĂM NGÀY SINH CỐ TỔNG BÍ THƯNGUYỄN VĂN CỪ", "",
   "THỦ TƯỚNG CHÍNH PHỦ", "", "Căn cứ Luật tổ chức Chính phủngày 25 tháng 12 năm 2001;", "",
   "Căn cứ Thông báo số 72-TB/TWngày 07 tháng 01 năm 2012 của Ban Bí thư;", "", "QUYẾT ĐỊNH:", "",
   "Điều 1. Ban hành kèm theoQuyết định này Kế hoạch tổ chức các hoạt động kỷ niệm.", "",
   "Điều 2. Quyết định này cóhiệu lực thi hành kể từ ngày ký ban hành.", "", "Nơi nhận:", "- Như Điều 3;",
   "- Ban Bí thư Trung ương Đảng;", "- Lưu: Văn thư, KGVX (5b).", "", "KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", "",
   "Nguyễn Thiện Nhân"],
  dict(doc_type="Quyết định", number="721/QĐ-TTg", issued_date="2012-06-16", place="Hà Nội", issuer="THỦ TƯỚNG CHÍNH PHỦ",
       signer="Nguyễn Thiện Nhân", position="Phó Thủ tướng", authority=["KT."],
       cited=[("Thông báo", "72-TB/TW", "2012-01-07")])),
 # a ministry's decision on a law site whose attribute table is printed twice, the ministry's name in two cells,
 # no heading and no title: the minister's line opens the grounds
 "qd_bo_attrs_twice_no_heading": ([
   "Quyết định 823/QĐ-BGDĐT năm 2020 quy định về quản lý việc in, cấp phôi bằng tốt nghiệp",
   "Số hiệu: | 823/QĐ-BGDĐT | Loại văn bản: | Quyết định |", "Nơi ban hành: | Bộ Giáo dục và Đào tạo | Người ký: | Nguyễn Hữu Đức |",
   "Ngày ban hành: | 25/03/2020 | Ngày hiệu lực: | Đã biết |", "Số hiệu: | 823/QĐ-BGDĐT |", "Loại văn bản: | Quyết định |",
   "Nơi ban hành: | Bộ Giáo dục và Đào tạo |", "Người ký: | Nguyễn Hữu Đức |", "Ngày ban hành: | 25/03/2020 |",
   "BỘ", "GIÁO DỤC VÀ ĐÀO TẠO |", "CỘNG", "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |", "Số: 823/QĐ-BGDĐT |",
   "Hà Nội, ngày 25 tháng 3 năm 2020 |", "BỘ TRƯỞNG BỘ GIÁO DỤC VÀ ĐÀO TẠO",
   "Căn cứ Nghị định số 69/2017/NĐ-CP của Chính phủ quy định chức năng, nhiệm vụ của Bộ Giáo dục và Đào tạo;",
   "Căn cứ Thông tư số 21/2019/TT-BGDĐT ngày 29 tháng 11 năm 2019 của Bộ trưởng Bộ Giáo dục và Đào tạo;",
   "QUYẾT ĐỊNH:", "Điều 1. Phạm vi điều chỉnh"],
  dict(doc_type="Quyết định", number="823/QĐ-BGDĐT", issued_date="2020-03-25", place="Hà Nội",
       issuer=("BỘ GIÁO DỤC VÀ ĐÀO TẠO",), title=None, signer=(None, "Nguyễn Hữu Đức"),
       cited=[("Nghị định", "69/2017/NĐ-CP", None), ("Thông tư", "21/2019/TT-BGDĐT", "2019-11-29")])),
 # a province's decision with the site's attributes in " | " cells and the whole header on one line, the title in
 # sentence case over two lines under a rule, a submission and a report in the proposal
 "qd_ubnd_header_one_line_sentence_title": ([
   "Cơ quan ban hành: | Ủy ban nhân dân tỉnh Lạng Sơn | Số công báo: | Đang cập nhật |",
   "Số hiệu: | 53/2018/QĐ-UBND | Ngày đăng công báo: | Đang cập nhật |", "Loại văn bản: | Quyết định | Người ký: | Phạm Ngọc Thắng |",
   "Ngày ban hành: | 06/09/2018 | Hết hiệu lực: | Đang cập nhật |",
   "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN ------------- Số: 53/2018/QĐ-UBND | CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do "
   "- Hạnh phúc ----------------------- Lạng Sơn, ngày 06 tháng 9 năm 2018 |", "QUYẾT ĐỊNH",
   "Ban hành Quy định một số nội dung về lập dự toán, chấp hành và", "quyết toán ngân sách nhà nước trên địa bàn tỉnh Lạng Sơn",
   "-----------------------", "UỶ BAN NHÂN DÂN TỈNH LẠNG SƠN", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;",
   "Căn cứ Nghị định số 163/2016/NĐ-CP ngày 21/12/2016 của Chính phủ quy định chi tiết thi hành Luật ngân sách nhà nước;",
   "Theo đề nghị của Giám đốc Sở Tài chính tại Tờ trình số 239/TTr-STC ngày 28/7/2018 và Báo cáo số 335/BC-STC ngày "
   "18/8/2018.", "QUYẾT ĐỊNH:", "Điều 1. Ban hành kèm theo Quyết định này Quy định."],
  dict(doc_type="Quyết định", number="53/2018/QĐ-UBND", issued_date="2018-09-06", place="Lạng Sơn",
       issuer="ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN",
       title=("Ban hành Quy định một số nội dung về lập dự toán, chấp hành và quyết toán ngân sách nhà nước trên địa bàn "
              "tỉnh Lạng Sơn"), signer=(None, "Phạm Ngọc Thắng"),
       cited=[("Nghị định", "163/2016/NĐ-CP", "2016-12-21"), ("Tờ trình", "239/TTr-STC", "2018-07-28"),
              ("Báo cáo", "335/BC-STC", "2018-08-18")])),
 # a province's council's resolution joined by " | ": decrees listed under a lead in small letters ending in "và số …",
 # the council's letter in the grounds
 "nq_hdnd_pipes_decree_list_va_so": ([
   "HỘI ĐỒNG NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |", "Số: 41/NQ-HĐND | Quảng Nam, ngày 07 tháng 12 năm 2018 |",
   "NGHỊ QUYẾT", "VỀ KẾ HOẠCH ĐẦU TƯ CÔNG NĂM 2019", "HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NAM", "KHÓA IX, KỲ HỌP THỨ 9",
   "Căn cứ Luật Đầu tư công ngày 18 tháng 6 năm 2014;",
   "Căn cứ các Nghị định của Chính phủ: số 77/2015/NĐ-CP ngày 10 tháng 9 năm 2015 về kế hoạch đầu tư công trung hạn; "
   "số 120/2018/NĐ-CP ngày 13 tháng 9 năm 2018 về sửa đổi, bổ sung một số điều; số 136/2015/NĐ-CP ngày 31 tháng 12 năm "
   "2015 của Chính phủ và số 161/2016/NĐ-CP ngày 02 tháng 12 năm 2016 của Chính phủ về cơ chế đặc thù;",
   "Căn cứ Nghị quyết số 27/NQ-HĐND ngày 19 tháng 7 năm 2017 của Hội đồng nhân dân tỉnh; Công văn số 104/HĐND-TTHĐ ngày "
   "21 tháng 4 năm 2018 của Thường trực Hội đồng nhân dân tỉnh;", "QUYẾT NGHỊ:", "Điều 1. Thông qua kế hoạch."],
  dict(doc_type="Nghị quyết", number="41/NQ-HĐND", issued_date="2018-12-07", place="Quảng Nam",
       issuer=("HỘI ĐỒNG NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NAM"), title="VỀ KẾ HOẠCH ĐẦU TƯ CÔNG NĂM 2019",
       cited=[("Nghị định", "77/2015/NĐ-CP", "2015-09-10"), ("Nghị định", "120/2018/NĐ-CP", "2018-09-13"),
              ("Nghị định", "136/2015/NĐ-CP", "2015-12-31"), ("Nghị định", "161/2016/NĐ-CP", "2016-12-02"),
              ("Nghị quyết", "27/NQ-HĐND", "2017-07-19"), ("Công văn", "104/HĐND-TTHĐ", "2018-04-21")])),
 # a council's resolution joined by " | " with no heading nor title, its closing in one row ("Nơi nhận: | CHỦ TỊCH |")
 # and its annex's title after it, the date it was passed in the last sentence
 "nq_hdnd_pipes_closing_row_annex": ([
   "HỘI ĐỒNG NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |", "Số: 08/2016/NQ-HĐND | Bình Phước, ngày 06 tháng 07 năm 2016 |",
   "HỘI ĐỒNG NHÂN DÂN TỈNH BÌNH PHƯỚC", "KHÓA IX, KỲ HỌP THỨ NHẤT",
   "Căn cứ Quyết định số 40/2015/QĐ-TTg ngày 14 tháng 9 năm 2015 của Thủ tướng Chính phủ ban hành nguyên tắc phân bổ vốn;",
   "Xét Tờ trình số 31/TTr-UBND ngày 18 tháng 6 năm 2016 của Ủy ban nhân dân tỉnh; Báo cáo thẩm tra số 19/BC-HĐND-KTNS "
   "ngày 23 tháng 6 năm 2016 của Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh,", "QUYẾT NGHỊ:",
   "Điều 1. Ban hành kèm theo Nghị quyết này quy định các nguyên tắc phân bổ vốn đầu tư phát triển.", "(Có quy định kèm theo)",
   "Nghị quyết này đã được Hội đồng nhân dân tỉnh Bình Phước khóa IX, kỳ họp thứ nhất thông qua ngày 02 tháng 7 năm 2016 "
   "và có hiệu lực từ ngày 12 tháng 7 năm 2016./.", "Nơi nhận: | CHỦ TỊCH |",
   "CÁC NGUYÊN TẮC, TIÊU CHÍ, ĐỊNH MỨC PHÂN BỔ VỐN ĐẦU TƯ PHÁT TRIỂN"],
  dict(doc_type="Nghị quyết", number="08/2016/NQ-HĐND", issued_date="2016-07-06", place="Bình Phước",
       issuer=("HỘI ĐỒNG NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN TỈNH BÌNH PHƯỚC"), title=None, signer=None,
       cited=[("Quyết định", "40/2015/QĐ-TTg", "2015-09-14"), ("Tờ trình", "31/TTr-UBND", "2016-06-18"),
              ("Báo cáo", "19/BC-HĐND-KTNS", "2016-06-23")])),
 # a council's resolution in cells whose session line says it is a special session in brackets
 "nq_hdnd_cells_special_session": ([
   "HỘI", "ĐỒNG NHÂN DÂN", "TỈNH BÌNH ĐỊNH", "-------", "|", "CỘNG", "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
   "Độc lập - Tự do - Hạnh phúc", "---------------", "|", "Số:", "22/2022/NQ-HĐND", "|", "Bình", "Định, ngày 08 tháng 9 năm 2022",
   "|", "NGHỊ QUYẾT", "BAN HÀNH QUY ĐỊNH CƠ CHẾ HUY ĐỘNG NGUỒN LỰC VÀ LỒNG GHÉP NGUỒN VỐN GIỮA",
   "CÁC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA TRÊN ĐỊA BÀN TỈNH BÌNH ĐỊNH GIAI ĐOẠN 2021-2025", "HỘI ĐỒNG NHÂN DÂN TỈNH BÌNH ĐỊNH",
   "KHÓA XIII KỲ HỌP THỨ 7 (KỲ HỌP CHUYÊN ĐỀ)", "Căn cứ Nghị quyết số 120/2020/QH14",
   "ngày 19 tháng 6 năm 2020 của Quốc hội về phê duyệt chủ trương đầu tư Chương trình;", "Căn cứ Nghị quyết số 24/2021/QH15",
   "ngày 28/7/2021 của Quốc hội về phê duyệt chủ trương", "đầu tư Chương trình mục tiêu quốc gia giảm nghèo bền vững;",
   "QUYẾT NGHỊ:", "Điều 1. Ban hành kèm theo Nghị quyết này Quy định."],
  dict(doc_type="Nghị quyết", number="22/2022/NQ-HĐND", issued_date="2022-09-08", place="Bình Định",
       issuer="HỘI ĐỒNG NHÂN DÂN TỈNH BÌNH ĐỊNH",
       title=("BAN HÀNH QUY ĐỊNH CƠ CHẾ HUY ĐỘNG NGUỒN LỰC VÀ LỒNG GHÉP NGUỒN VỐN GIỮA CÁC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA "
              "TRÊN ĐỊA BÀN TỈNH BÌNH ĐỊNH GIAI ĐOẠN 2021-2025"),
       cited=[("Nghị quyết", "120/2020/QH14", "2020-06-19"), ("Nghị quyết", "24/2021/QH15", "2021-07-28")])),
 # a province's plan in cells whose ground's type is broken inside its name ("Thực hiện Chỉ" / "thị số …"), a title
 # with its years wrapped ("… NĂM 2019 -" / "2020")
 "kh_ubnd_cells_type_broken": ([
   "ỦY BAN NHÂN DÂN", "TỈNH LẠNG SƠN", "-------", *CELLS_MOTTO, "Số: 09/KH-UBND", "|", "Lạng Sơn, ngày 14",
   "tháng 01 năm 2020", "|", "KẾ HOẠCH", "TRIỂN KHAI CÁC GIẢI PHÁP PHÒNG, CHỐNG HẠN",
   "HÁN, THIẾU NƯỚC PHỤC VỤ SẢN XUẤT NÔNG NGHIỆP VÀ DÂN SINH MÙA KHÔ NĂM 2019 -", "2020", "Thực hiện Chỉ",
   "thị số 8012/CT-TCTL ngày 26/10/2019 của Bộ trưởng Bộ Nông nghiệp và Phát triển", "nông thôn về việc tăng cường "
   "thực hiện các giải pháp thủy lợi. Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai thực hiện như sau:",
   "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích"],
  dict(doc_type="Kế hoạch", number="09/KH-UBND", issued_date="2020-01-14", place="Lạng Sơn",
       issuer="ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN",
       title=("TRIỂN KHAI CÁC GIẢI PHÁP PHÒNG, CHỐNG HẠN HÁN, THIẾU NƯỚC PHỤC VỤ SẢN XUẤT NÔNG NGHIỆP VÀ DÂN SINH MÙA "
              "KHÔ NĂM 2019 - 2020", "TRIỂN KHAI CÁC GIẢI PHÁP PHÒNG, CHỐNG HẠN HÁN, THIẾU NƯỚC PHỤC VỤ SẢN XUẤT NÔNG "
              "NGHIỆP VÀ DÂN SINH MÙA KHÔ NĂM 2019 -2020"),
       cited=[("Chỉ thị", "8012/CT-TCTL", "2019-10-26")])),
}

# forms the brief aims at that the corpus's openings show only in part, written from the forms such documents take
VARIANTS = {
 # a ministry's decision issuing a plan, the plan after the decision, on a page with the site's search box and attributes
 "qd_byt_issues_plan_plan_after": ([
   "Từ khoá: Số Hiệu, Tiêu đề hoặc Nội dung ngắn gọn của Văn Bản...", "", "Đăng nhập", "", "Đang tải văn bản...", "",
   "Số hiệu: 291/QĐ-BYT Loại văn bản: Quyết định", "Nơi ban hành: Bộ Y tế Người ký: Nguyễn Thị Liên Hoa",
   "Ngày ban hành: 24/01/2025 Ngày hiệu lực: Đã biết", "", "BỘ Y TẾ", "-------", "", *MOTTO, "", "Số: 291/QĐ-BYT", "",
   "Hà Nội, ngày 24 tháng 01 năm 2025", "", "QUYẾT ĐỊNH", "", "BAN HÀNH KẾ HOẠCH THÔNG TIN, TRUYỀN THÔNG Y TẾ NĂM 2025",
   "", "BỘ TRƯỞNG BỘ Y TẾ", "",
   "Căn cứ Nghị định số 95/2022/NĐ-CP ngày 15/11/2022 của Chính phủ quy định chức năng, nhiệm vụ của Bộ Y tế;", "",
   "Căn cứ Báo cáo số 1750/BC-BYT ngày 19/12/2024 của Bộ Y tế về việc tổng kết công tác y tế năm 2024;", "",
   "Theo đề nghị của Chánh Văn phòng Bộ Y tế.", "", "QUYẾT ĐỊNH:", "",
   "Điều 1. Ban hành kèm theo Quyết định này “Kế hoạch thông tin, truyền thông y tế năm 2025”.", "",
   "Điều 2. Quyết định này có hiệu lực kể từ ngày ký, ban hành.", "", "Nơi nhận:", "- Như Điều 3;", "- Bộ trưởng (để b/c);",
   "- Lưu: VT, VPB.", "", "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "", "Nguyễn Thị Liên Hoa", "", "KẾ HOẠCH", "",
   "THÔNG TIN, TRUYỀN THÔNG Y TẾ NĂM 2025", "(Ban hành kèm theo Quyết định số 291/QĐ-BYT ngày 24 tháng 01 năm 2025 của Bộ Y tế)",
   "", "I. MỤC TIÊU"],
  dict(doc_type="Quyết định", number="291/QĐ-BYT", issued_date="2025-01-24", place="Hà Nội", issuer="BỘ Y TẾ",
       title="BAN HÀNH KẾ HOẠCH THÔNG TIN, TRUYỀN THÔNG Y TẾ NĂM 2025", signer="Nguyễn Thị Liên Hoa",
       position="Thứ trưởng", authority=["KT."], recipients=["Như Điều 3", "Bộ trưởng (để b/c)", "Lưu: VT, VPB"],
       cited=[("Nghị định", "95/2022/NĐ-CP", "2022-11-15"), ("Báo cáo", "1750/BC-BYT", "2024-12-19")])),
 # a province's plan signed electronically, the stamp's text lines above the header in a PDF's text copy
 "kh_ubnd_esigned_stamp_above": ([
   "Ký bởi: Ủy ban Nhân dân tỉnh Quảng Trị", "Email: ubnd@quangtri.gov.vn", "Cơ quan: Tỉnh Quảng Trị",
   "Thời gian ký: 14.07.2025 15:22:10 +07:00", "ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ", *MOTTO, "Số: 215/KH-UBND",
   "Quảng Trị, ngày 14 tháng 7 năm 2025", "KẾ HOẠCH", "Triển khai chính quyền địa phương hai cấp trên địa bàn tỉnh",
   "Thực hiện Kết luận số 155-KL/TW ngày 27/6/2025 của Bộ Chính trị, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
   "I. MỤC ĐÍCH, YÊU CẦU", "1. Bảo đảm vận hành thông suốt.", "Nơi nhận:", "- Văn phòng Chính phủ;", "- TT Tỉnh ủy, HĐND tỉnh;",
   "- Lưu: VT, NC.", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Hoàng Nam Phong"],
  dict(doc_type="Kế hoạch", number="215/KH-UBND", issued_date="2025-07-14", place="Quảng Trị",
       issuer="ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ", title="Triển khai chính quyền địa phương hai cấp trên địa bàn tỉnh",
       signer="Hoàng Nam Phong", position="Phó Chủ tịch", authority=["TM.", "KT."],
       recipients=["Văn phòng Chính phủ", "TT Tỉnh ủy, HĐND tỉnh", "Lưu: VT, NC"],
       cited=[("Kết luận", "155-KL/TW", "2025-06-27")])),
 # the same stamp's text glued to the header's first line by the copy
 "kh_ubnd_esigned_stamp_glued": ([
   "ỦY BAN NHÂN DÂN Ký bởi: Ủy ban Nhân dân tỉnh Quảng Trị", "TỈNH QUẢNG TRỊ Thời gian ký: 14.07.2025 15:22:10 +07:00",
   *MOTTO, "Số: 215/KH-UBND", "Quảng Trị, ngày 14 tháng 7 năm 2025", "KẾ HOẠCH",
   "Triển khai chính quyền địa phương hai cấp trên địa bàn tỉnh", "I. MỤC ĐÍCH, YÊU CẦU", "1. Bảo đảm vận hành thông suốt.",
   "Nơi nhận:", "- Văn phòng Chính phủ;", "- Lưu: VT, NC.", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH",
   "Hoàng Nam Phong"],
  dict(doc_type="Kế hoạch", number="215/KH-UBND", issued_date="2025-07-14", place="Quảng Trị",
       issuer="ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ", title="Triển khai chính quyền địa phương hai cấp trên địa bàn tỉnh",
       signer="Hoàng Nam Phong", position="Phó Chủ tịch", authority=["TM.", "KT."])),
 # a commune's plan after July 2025 signed electronically: the stamp's lines between the position and the name
 "kh_ubnd_xa_2025_esigned_signature": ([
   "ỦY BAN NHÂN DÂN", "XÃ ĐÔNG THÀNH", "-------", *MOTTO, "Số: 48/KH-UBND", "Đông Thành, ngày 20 tháng 8 năm 2025",
   "KẾ HOẠCH", "Tổ chức tháng hành động vì an toàn thực phẩm năm 2025",
   "Căn cứ Kế hoạch số 312/KH-UBND ngày 05/8/2025 của UBND tỉnh Ninh Bình; UBND xã ban hành Kế hoạch như sau:",
   "I. MỤC ĐÍCH, YÊU CẦU", "1. Nâng cao nhận thức.", "Nơi nhận:", "- UBND tỉnh;", "- Đảng ủy xã;", "- Lưu: VT.",
   "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Ký bởi: Ủy ban nhân dân xã Đông Thành", "Thời gian ký: 20.08.2025 09:15:02 +07:00",
   "Trịnh Văn Quang"],
  dict(doc_type="Kế hoạch", number="48/KH-UBND", issued_date="2025-08-20", place="Đông Thành",
       issuer="ỦY BAN NHÂN DÂN XÃ ĐÔNG THÀNH", title="Tổ chức tháng hành động vì an toàn thực phẩm năm 2025",
       signer="Trịnh Văn Quang", position="Chủ tịch", authority=["TM."], recipients=["UBND tỉnh", "Đảng ủy xã", "Lưu: VT"],
       cited=[("Kế hoạch", "312/KH-UBND", "2025-08-05")])),
 # a ward's council's resolution of 2025 with its annex after the signature
 "nq_hdnd_phuong_2025_annex": ([
   "HỘI ĐỒNG NHÂN DÂN", "PHƯỜNG HẠC THÀNH", "-------", *MOTTO, "Số: 12/NQ-HĐND", "Hạc Thành, ngày 26 tháng 9 năm 2025",
   "NGHỊ QUYẾT", "Về kế hoạch đầu tư công năm 2026 của phường", "HỘI ĐỒNG NHÂN DÂN PHƯỜNG HẠC THÀNH", "KHÓA I, KỲ HỌP THỨ 3",
   "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
   "Xét Tờ trình số 45/TTr-UBND ngày 15 tháng 9 năm 2025 của Ủy ban nhân dân phường;", "QUYẾT NGHỊ:",
   "Điều 1. Thông qua kế hoạch đầu tư công năm 2026 (chi tiết tại Phụ lục kèm theo).", "Nơi nhận:", "- TT HĐND tỉnh;",
   "- Lưu: VT.", "CHỦ TỊCH", "Lê Thị Mai Hoa", "PHỤ LỤC", "DANH MỤC DỰ ÁN ĐẦU TƯ CÔNG NĂM 2026",
   "(Kèm theo Nghị quyết số 12/NQ-HĐND ngày 26 tháng 9 năm 2025 của HĐND phường Hạc Thành)", "1. Đường nội phường."],
  dict(doc_type="Nghị quyết", number="12/NQ-HĐND", issued_date="2025-09-26", place="Hạc Thành",
       issuer="HỘI ĐỒNG NHÂN DÂN PHƯỜNG HẠC THÀNH", title="Về kế hoạch đầu tư công năm 2026 của phường",
       signer="Lê Thị Mai Hoa", position="Chủ tịch", authority=[], recipients=["TT HĐND tỉnh", "Lưu: VT"],
       cited=[("Tờ trình", "45/TTr-UBND", "2025-09-15")])),
}


@pytest.mark.parametrize("name, form", [(name, form) for name, (lines, _) in VARIANTS.items() for form in [*_forms(lines), "docx", "pdf"]])
def test_a_variant_reads_right(tmp_path, name, form):
    assert not wrong_in_form(tmp_path, VARIANTS[name], form)


@pytest.mark.parametrize("name, form", cases(PAGES))
def test_a_sampled_page_reads_right(tmp_path, name, form):
    assert not wrong_in_form(tmp_path, PAGES[name], form)


# --- a citation run into the words around it by a copy that lost their spaces

@pytest.mark.parametrize("sentence, cited", [
    ("Căn cứ Thông báo số 72-TB/TWngày 07 tháng 01 năm 2012 của Ban Bí thư;", ("Thông báo", "72-TB/TW", "2012-01-07")),
    ("Căn cứ Nghị định số 15/2020/NĐ-CPngày 03/02/2020 của Chính phủ;", ("Nghị định", "15/2020/NĐ-CP", "2020-02-03")),
    ("Căn cứ Quyết định số 24/2021/QĐ-TTgngày 16/7/2021 của Thủ tướng Chính phủ;", ("Quyết định", "24/2021/QĐ-TTg", "2021-07-16")),
    ("Theo đề nghị tại Tờ trình số 22/TTr-SNVngày 03/4/2024 của Sở Nội vụ,", ("Tờ trình", "22/TTr-SNV", "2024-04-03")),
    ("Căn cứ Công văn số 118/UBNDngày 05/01/2024 của UBND huyện;", ("Công văn", "118/UBND", "2024-01-05")),
    ("Căn cứ Nghị định số 61/2018/NĐ-CPcủa Chính phủ về cơ chế một cửa;", ("Nghị định", "61/2018/NĐ-CP", None)),
    ("Điều 1. Ban hành kèm theoQuyết định số 12/QĐ-UBND ngày 05/01/2024 Kế hoạch hành động.", ("Quyết định", "12/QĐ-UBND", "2024-01-05")),
    ("Thực hiện chỉ đạo tạiKế hoạch số 47-KH/BCĐ ngày 14/02/2025 của Ban Chỉ đạo;", ("Kế hoạch", "47-KH/BCĐ", "2025-02-14")),
])
def test_a_citation_run_into_the_next_or_the_last_word_is_read(sentence, cited):
    """A law firm's copy lost spaces around words ("Chính phủngày", "theoQuyết định"): a symbol run into "ngày" and its
    date was cited with the word in it ("72-TB/TWngày") and no date, a confident wrong number; a type run into the word
    before it was not cited at all. The symbol ends before "ngày" and a figure or "của" and a name; a type in capitals
    starts after a small letter."""
    assert [(c.doc_type, c.number, c.issued_date) for c in find_citations(sentence)] == [cited]


@pytest.mark.parametrize("sentence, cited", [
    ("Căn cứ Quy định số 11-QĐi/TW ngày 18/02/2019 của Bộ Chính trị;", ("Quy định", "11-QĐi/TW", "2019-02-18")),
    ("Căn cứ Quyết định số 24/2021/QĐ-TTg ngày 16/7/2021 của Thủ tướng;", ("Quyết định", "24/2021/QĐ-TTg", "2021-07-16")),
    ("Thực hiện Chương trình số 03/Ctr-LĐLĐ ngày 25/7/2019 của Liên đoàn;", ("Chương trình", "03/Ctr-LĐLĐ", "2019-07-25")),
])
def test_a_code_in_small_letters_stays_whole(sentence, cited):
    """The other side: codes that hold small letters ("QĐi", "TTg", "Ctr") end where they end."""
    assert [(c.doc_type, c.number, c.issued_date) for c in find_citations(sentence)] == [cited]


@pytest.mark.parametrize("form", ["text", "html", "docx"])
def test_glued_citations_in_a_decision_s_grounds(tmp_path, form):
    lines = PAGES["qd_ttg_glued_title_signed"][0]
    cited = _process(tmp_path, lines, form).metadata.cited_documents
    assert [(c.doc_type, c.number, c.issued_date) for c in cited] == [("Thông báo", "72-TB/TW", "2012-01-07")]


# --- a digital signature's stamp run on after a header's line

STAMPED = ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ", *MOTTO, "Số: 215/KH-UBND", "Quảng Trị, ngày 14 tháng 7 năm 2025", "KẾ HOẠCH",
           "Triển khai chính quyền địa phương hai cấp", "I. MỤC ĐÍCH, YÊU CẦU", "1. Bảo đảm vận hành thông suốt."]


@pytest.mark.parametrize("form", ["text", "html", "docx"])
@pytest.mark.parametrize("line, stamp", [
    (0, "Ký bởi: Ủy ban Nhân dân tỉnh Quảng Trị"),
    (0, "Thời gian ký: 14.07.2025 15:22:10 +07:00"),
    (1, "Ký bởi: Ủy ban Nhân dân tỉnh Quảng Trị"),
    (1, "Email: ubnd@quangtri.gov.vn"),
    (1, "Cơ quan: Tỉnh Quảng Trị"),
    (5, "Ký bởi: Ủy ban Nhân dân tỉnh Quảng Trị"),
    (5, "Người ký: Hoàng Nam Phong"),
])
def test_a_stamp_run_on_after_a_header_line_is_no_part_of_it(tmp_path, form, line, stamp):
    """A PDF's text layer runs the e-signature stamp's lines onto the header's rows ("ỦY BAN NHÂN DÂN Ký bởi: …",
    "TỈNH QUẢNG TRỊ Email: …", "Số: 215/KH-UBND Ký bởi: …"): the issuer was lost or cut to its kind, the number
    unread. The header's line is what comes before the stamp."""
    lines = list(STAMPED)
    lines[line] = f"{lines[line]} {stamp}"
    meta = _process(tmp_path, lines, form).metadata
    assert (meta.issuer.name, meta.number, meta.issued_date, meta.place) == (
        "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ", "215/KH-UBND", "2025-07-14", "Quảng Trị")


@pytest.mark.parametrize("form", ["text", "html"])
@pytest.mark.parametrize("issuer", [["ĐẢNG BỘ TỈNH NINH BÌNH", "ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH"], ["CÔNG TY CỔ PHẦN MÔI TRƯỜNG ĐÔ THỊ"]])
def test_a_header_without_a_stamp_reads_as_before(tmp_path, form, issuer):
    """The other side: a body's name that holds the stamp's words in capitals ("CƠ QUAN") is no stamp."""
    lines = [*issuer, *STAMPED[2:]]
    assert _process(tmp_path, lines, form).metadata.issuer.name == issuer[-1]


# --- a digital signature's stamp beside the heading and the title

STAMP = ["Ký bởi: Ủy ban Nhân dân tỉnh Quảng Trị", "Email: ubnd@quangtri.gov.vn", "Thời gian ký: 14.07.2025 15:22:10 +07:00"]
TITLED_TAIL = ["I. MỤC ĐÍCH, YÊU CẦU", "1. Bảo đảm vận hành thông suốt.", "Nơi nhận:", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN",
               "CHỦ TỊCH", "Hoàng Nam Phong"]


@pytest.mark.parametrize("form", ["text", "html", "docx"])
@pytest.mark.parametrize("heading_and_title, title", [
    (["KẾ HOẠCH", f"Triển khai chính quyền địa phương hai cấp {STAMP[0]}"], "Triển khai chính quyền địa phương hai cấp"),
    (["KẾ HOẠCH", f"Triển khai chính quyền địa phương hai cấp {STAMP[2]}"], "Triển khai chính quyền địa phương hai cấp"),
    (["KẾ HOẠCH", f"TRIỂN KHAI CHÍNH QUYỀN ĐỊA PHƯƠNG HAI CẤP {STAMP[0]}", STAMP[1]], "TRIỂN KHAI CHÍNH QUYỀN ĐỊA PHƯƠNG HAI CẤP"),
    (["KẾ HOẠCH", "Triển khai chính quyền địa phương hai cấp", STAMP[0], STAMP[2]], "Triển khai chính quyền địa phương hai cấp"),
    (["KẾ HOẠCH", *STAMP, "Triển khai chính quyền địa phương hai cấp"], "Triển khai chính quyền địa phương hai cấp"),
    ([f"KẾ HOẠCH {STAMP[0]}", "Triển khai chính quyền địa phương hai cấp"], "Triển khai chính quyền địa phương hai cấp"),
])
def test_a_stamp_beside_the_title_is_no_part_of_it(tmp_path, form, heading_and_title, title):
    """The stamp's lines run onto the title's row, or standing between the heading and the title or under it, were read
    as the title's ("Triển khai … hai cấp Ký bởi: Ủy ban Nhân dân tỉnh …"), a confident wrong title; run onto the
    heading's row they hid the heading (the title lost). They stand beside the title."""
    meta = _process(tmp_path, [*STAMPED[:7], *heading_and_title, *TITLED_TAIL], form).metadata
    assert (meta.doc_type, meta.title) == ("Kế hoạch", title)


@pytest.mark.parametrize("form", ["text", "html"])
@pytest.mark.parametrize("title", ["Về cơ quan đầu mối: Sở Nội vụ tỉnh", "QUY ĐỊNH CƠ QUAN THƯỜNG TRỰC: SỞ NỘI VỤ"])
def test_a_title_with_a_colon_is_no_stamp(tmp_path, form, title):
    """The other side: a title with a colon after words of the stamp's labels, not in their case, is read whole."""
    assert _process(tmp_path, [*STAMPED[:7], "KẾ HOẠCH", title, *TITLED_TAIL], form).metadata.title == title


# --- a site's menu that lists document types in capitals above the document

MENU_DOC = ["ỦY BAN NHÂN DÂN", "XÃ ĐÔNG THÀNH", "-------", *MOTTO, "Số: 48/KH-UBND", "Đông Thành, ngày 20 tháng 8 năm 2025",
            "KẾ HOẠCH", "Tổ chức tháng hành động vì an toàn thực phẩm năm 2025", "I. MỤC ĐÍCH", "1. Nâng cao nhận thức.",
            "Nơi nhận:", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trịnh Văn Quang"]


@pytest.mark.parametrize("form", ["text", "html", "docx"])
@pytest.mark.parametrize("menu", [
    ["Trang chủ", "Văn bản", "QUYẾT ĐỊNH", "KẾ HOẠCH", "CÔNG VĂN", "Tin tức"],
    ["VĂN BẢN", "NGHỊ QUYẾT", "CHỈ THỊ"],
    ["Văn bản", "QUYẾT ĐỊNH", "Tin tức"],
])
def test_a_menu_of_types_above_the_header_is_no_heading(tmp_path, form, menu):
    """A commune's portal lists the kinds of its documents in capitals above the copy ("QUYẾT ĐỊNH" / "KẾ HOẠCH" /
    "CÔNG VĂN"): the first was the heading, so a plan was a Quyết định (a confident wrong type) with no number, date,
    issuer or title, or titled by the menu's next item ("Tin tức"). A heading with no date line above it gives way to
    the heading under the date line of the type the number's symbol names ("48/KH-UBND": KẾ HOẠCH)."""
    meta = _process(tmp_path, [*menu, *MENU_DOC], form).metadata
    assert (meta.doc_type, meta.number, meta.issued_date, meta.issuer.name, meta.title) == (
        "Kế hoạch", "48/KH-UBND", "2025-08-20", "ỦY BAN NHÂN DÂN XÃ ĐÔNG THÀNH",
        "Tổ chức tháng hành động vì an toàn thực phẩm năm 2025")


@pytest.mark.parametrize("form", ["text", "html"])
def test_a_heading_over_grounds_that_cite_a_plan_stays(tmp_path, form):
    """The other side: a decision whose site dropped its header keeps its heading; a plan cited in its grounds is no
    number line."""
    lines = ["QUYẾT ĐỊNH", "Về việc ban hành Kế hoạch tổ chức tháng hành động năm 2025",
             "Căn cứ Kế hoạch số 312/KH-UBND ngày 05/8/2025 của UBND tỉnh;", "QUYẾT ĐỊNH:", "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch."]
    meta = _process(tmp_path, lines, form).metadata
    assert (meta.doc_type, meta.title) == ("Quyết định", "Về việc ban hành Kế hoạch tổ chức tháng hành động năm 2025")


# --- a resolution on a council's session, its title the session's name

SESSION = ["HỘI ĐỒNG NHÂN DÂN", "TỈNH THANH HÓA", "-------", *MOTTO, "Số: 618/NQ-HĐND", "Thanh Hóa, ngày 13 tháng 12 năm 2024",
           "NGHỊ QUYẾT"]
SESSION_GROUNDS = ["HỘI ĐỒNG NHÂN DÂN TỈNH THANH HÓA", "KHÓA XVIII, KỲ HỌP THỨ 24",
                   "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;", "QUYẾT NGHỊ:",
                   "Kỳ họp thứ 24 đã hoàn thành chương trình đề ra."]


@pytest.mark.parametrize("form", ["text", "html", "docx"])
@pytest.mark.parametrize("title", [
    "KỲ HỌP THỨ 24, HỘI ĐỒNG NHÂN DÂN TỈNH THANH HÓA KHÓA XVIII",
    "KỲ HỌP THỨ 24 HỘI ĐỒNG NHÂN DÂN TỈNH THANH HÓA KHÓA XVIII",
    "KỲ HỌP THỨ MƯỜI BA, HỘI ĐỒNG NHÂN DÂN TỈNH KHÓA XVIII, NHIỆM KỲ 2021 - 2026",
])
def test_a_session_that_names_its_council_is_the_title(tmp_path, form, title):
    """"NGHỊ QUYẾT" / "KỲ HỌP THỨ 24, HỘI ĐỒNG NHÂN DÂN TỈNH … KHÓA XVIII" / the council's line: a resolution on the
    session itself; the session's line was passed over as context and the title lost."""
    assert _process(tmp_path, [*SESSION, title, *SESSION_GROUNDS], form).metadata.title == title


@pytest.mark.parametrize("form", ["text", "html"])
@pytest.mark.parametrize("under, title", [
    (["KỲ HỌP THỨ 24, HỘI ĐỒNG NHÂN DÂN TỈNH THANH HÓA KHÓA XVIII", "VỀ KẾ HOẠCH ĐẦU TƯ CÔNG NĂM 2025"],
     "VỀ KẾ HOẠCH ĐẦU TƯ CÔNG NĂM 2025"),
    (["KỲ HỌP THỨ 24"], None),
])
def test_a_session_line_over_a_title_or_alone_is_no_title(tmp_path, form, under, title):
    """The other side: a session line over the title is context; one that names no council is no title."""
    assert _process(tmp_path, [*SESSION, *under, *SESSION_GROUNDS], form).metadata.title == title
