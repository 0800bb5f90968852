"""Forms sampled in s28 from stored openings of legal-site pages nobody had run (a blind sample aimed at party bodies
and mass organisations, councils and the National Assembly's standing committee, courts and procuracies, and central
bodies' decisions, circulars, directives, dispatches and notices).

What the forms are (our own notes; every fixture below is written for the test, names and numbers made up):
- a law cited with the Assembly's term printed apart from its code ("Luật … số 83/2015/QH 13 ngày …") was cited as
  "83/2015/QH", a number no law has, without its date;
- a central party body's unit printed under the date line by a copy that ran the header's two columns row by row
  ("BAN CHẤP HÀNH TRUNG ƯƠNG   ĐẢNG CỘNG SẢN VIỆT NAM" / "*" / "Hà Nội, ngày …" / "VĂN PHÒNG" / "Số: …-HD/VPTW") gave
  the committee over it as the issuer;
- a site's "Ngày post: 12-08-2019" was a post's date of issue; a dispatch's "THỦ TƯỚNG CHÍNH PHỦ ĐIỆN:" was its title;
- a regulation cited in a title's capitals ("QUY ĐỊNH SỐ 11-QĐI/TW") and in the grounds ("11-QĐi/TW") was cited twice;
- a law archive's heading printed twice ("NGHỊ QUYẾT" / "NGHỊQUYẾT") lost the title; a title in capitals going on in
  small letters ("CỦA ĐOÀN THANH NIÊN …" / "thực hiện Nghị quyết …") lost its subject unless it opened with "về"; a
  cited number cut after its slash at a line's end ("Tờ trình số 41/" / "TTr-UB ngày …") was no citation; the type
  before the number's label on a page with no heading ("Nghị quyết số: 71/2025/UBTVQH15") was not read;
- PAGES: the sample, pinned in text and, for the pages that print no cell borders, in HTML; POSTS: pages that are a
  site's post about a party body's, a union's or an office's document (no header of its own), which the reader refuses
  as no document or reads with no number nor date it cannot see, citing only what the post names with its number.
  The openings showed few signatures; a council's and a commune's pages were not found in the corpus (the HĐND pages
  are a province's), nor a court's or an enforcement office's plan (a supreme court's letter and decision, a
  procuracy's directive and guidance stand for them).
"""

from __future__ import annotations

import pytest

from page_fields import field_of as _got
from page_fields import processed as _process
from page_fields import cases, wrong_in_form, wrong_unless_refused
from pipeline.errors import NotADocument
from pipeline.stages.citations import find_citations

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------"]
# name: (lines, expected); cited: [(doc_type, number, issued_date)] in order; a tuple of values: any of them is right
PAGES = {
 # a province's party committee's conclusion scanned to text: the party's name on the right over a star, "Số 212-KL/TƯ"
 # with the OCR's "TƯ", the type's heading split by the scan ("K ẾT LUẬN"), the conference and the committee's term
 # under it, a resolution of the committee cited without "số" nor date
 "kl_tinh_uy_scanned": ([
   "TỈNH ỦY QUẢNG TRỊ", "ĐẢNG CỘNG SẢN VIỆT NAM", "*", "Số 212-KL/TƯ", "Quảng Trị, ngày 21 tháng 6 năm 2023", "K ẾT LUẬN",
   "HỘI NGHỊ LẦN THỨ MƯỜI", "BAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHOÁ XVII)", "về phát triển du lịch bền vững đến năm 2025,",
   "định hướng đến năm 2030", "Hội nghị lần thứ mười Ban Chấp hành Đảng bộ tỉnh (khóa XVII) họp",
   "ngày 09/6/2023 đã thảo luận Tờ trình của Ban Thường vụ Tỉnh ủy và kết luận:", "I. ĐÁNH GIÁ TÌNH HÌNH",
   "Sau 8 năm thực hiện Nghị quyết 07-NQ/TƯ của Tỉnh ủy (khóa XV),", "du lịch của tỉnh có bước phát triển."],
  dict(doc_type=("Kết luận", None), number="212-KL/TƯ", issued_date="2023-06-21", place="Quảng Trị",
       issuer="TỈNH ỦY QUẢNG TRỊ")),
 # the youth union's central committee's plan joined by " | ", its name wrapped in two cells, no type heading, a
 # directive of the party's secretariat in its ground
 "kh_tw_doan_pipes_no_heading": ([
   "BAN CHẤP", "HÀNH TRUNG ƯƠNG |", "ĐOÀN TNCS HỒ", "CHÍ MINH |", "Số: 318-KH/TWĐTN-BTC |", "Hà Nội, ngày 14 tháng 9 năm 2021 |",
   "Căn cứ Điều lệ Đoàn và Chương trình công tác toàn khóa của Ban Chấp hành Trung ương Đoàn; căn cứ Chỉ thị số "
   "11-CT/TW ngày 03/9/2021 của Ban Bí thư Trung ương Đảng về lãnh đạo đại hội đoàn các cấp, Ban Chấp hành Trung ương "
   "Đoàn ban hành Kế hoạch tổ chức đại hội đoàn các cấp như sau:", "1. Mục đích",
   "- Tạo sự thống nhất trong quá trình tổ chức Đại hội Đoàn các cấp."],
  dict(doc_type="Kế hoạch", number="318-KH/TWĐTN-BTC", issued_date="2021-09-14", place="Hà Nội",
       issuer=("BAN CHẤP HÀNH TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH", "BAN CHẤP HÀNH TRUNG ƯƠNG"),
       cited=[("Chỉ thị", "11-CT/TW", "2021-09-03")])),
 # the youth union's programme: the number between the two lines of the union's name, its digits spaced
 # ("Số:  41  -CTr/TWĐTN-VP"), the day spaced, a rule of dashes under the title
 "ctr_tw_doan_number_between_names": ([
   "Chương trình hành động của Đoàn thực hiện Nghị quyết Đại hội Đảng", "", "2210", "", "BAN CHẤP HÀNH TRUNG ƯƠNG", "", "***",
   "", "Số:  41  -CTr/TWĐTN-VP", "", "ĐOÀN TNCS HỒ CHÍ MINH", "", " ", "", "Hà Nội, ngày   08    tháng 6 năm 2021", "", " ",
   "", "CHƯƠNG TRÌNH HÀNH ĐỘNG", "", "CỦA ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH", "",
   "thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng", "", "————", "",
   "Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh ban hành Chương trình hành động thực hiện Nghị quyết, cụ thể như sau:",
   "", "I. MỤC ĐÍCH, YÊU CẦU"],
  dict(doc_type="Chương trình", number="41-CTr/TWĐTN-VP", issued_date="2021-06-08", place="Hà Nội",
       issuer=("BAN CHẤP HÀNH TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH", "BAN CHẤP HÀNH TRUNG ƯƠNG"),
       title=("CỦA ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII "
              "của Đảng", "HÀNH ĐỘNG CỦA ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH thực hiện Nghị quyết Đại hội đại biểu "
              "toàn quốc lần thứ XIII của Đảng"))),
 # the government office's notice of the prime minister's conclusions joined by " | ", the office's name wrapped, no
 # heading: the notice opens with the meeting's date
 "tb_vpcp_pipes_meeting": ([
   "VĂN", "PHÒNG CHÍNH PHỦ |", "CỘNG", "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |", "Số: 342/TB-VPCP |", "Hà Nội, ngày 22 tháng 08 năm 2020 |",
   "Ngày 03 tháng 7 năm 2020 tại Trụ sở Chính phủ, Thủ tướng Chính phủ và Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc "
   "Việt Nam đã chủ trì Hội nghị đánh giá việc thực hiện Quy chế phối hợp công tác năm 2019.",
   "Sau khi nghe báo cáo kết quả phối hợp công tác, Thủ tướng Chính phủ kết luận như sau:"],
  dict(doc_type="Thông báo", number="342/TB-VPCP", issued_date="2020-08-22", place="Hà Nội", issuer="VĂN PHÒNG CHÍNH PHỦ")),
 # a ministry's decision on a site whose attribute table comes first, cells joined by " | ", the minister's line
 # opening the grounds (no type heading nor title), a party body's resolution among the grounds
 "qd_bo_attr_table_pipes": ([
   "Quyết định 2871/QĐ-BTP năm 2024 về Chương trình công tác trọng tâm lĩnh vực hộ tịch năm 2025 do Bộ trưởng Bộ Tư pháp ban hành",
   "| Số hiệu | 2871/QĐ-BTP |", "| Ngày ban hành | 16/12/2024 |", "| Loại văn bản | Quyết định |", "| Cơ quan ban hành | Bộ Tư pháp |",
   "| Người ký | Trần Văn Hạnh |", "|", "BỘ TƯ PHÁP |", "CỘNG HÒA XÃ HỘI", "CHỦ NGHĨA VIỆT NAM |", "|", "Số: 2871/QĐ-BTP |",
   "Hà Nội, ngày 16 tháng 12 năm 2024 |", "BỘ TRƯỞNG BỘ TƯ PHÁP", "Căn cứ Luật Hộ tịch năm 2014;",
   "Căn cứ Nghị quyết số 41-NQ/BCSĐ ngày 12/4/2022 của Ban cán sự đảng Bộ Tư pháp về lãnh đạo công tác hộ tịch;",
   "Căn cứ Nghị định số 98/2022/NĐ-CP ngày 29/11/2022 của Chính phủ quy định chức năng, nhiệm vụ của Bộ Tư pháp;",
   "Căn cứ Quyết định số 1720/QĐ-BTP ngày 05/8/2024 của Bộ trưởng Bộ Tư pháp ban hành Quy chế xây dựng kế hoạch;",
   "Theo đề nghị của Cục trưởng Cục Hộ tịch, quốc tịch, chứng thực.", "QUYẾT ĐỊNH:",
   "Điều 1. Ban hành kèm theo Quyết định này Chương trình công tác trọng tâm lĩnh vực hộ tịch năm 2025."],
  dict(doc_type="Quyết định", number="2871/QĐ-BTP", issued_date="2024-12-16", place="Hà Nội", issuer="BỘ TƯ PHÁP",
       cited=[("Nghị quyết", "41-NQ/BCSĐ", "2022-04-12"), ("Nghị định", "98/2022/NĐ-CP", "2022-11-29"),
              ("Quyết định", "1720/QĐ-BTP", "2024-08-05")])),
 # the supreme court's letter under a site's bulleted attributes: "V/v:" under the number, a heading naming the
 # guidance after the date, a decree cited by its bare number ("Nghị định số 117 ngày …")
 "cv_tandtc_bullets_vv_heading": ([
   "Công văn 52/TANDTC-KHTC hướng dẫn quản lý, sử dụng ngân sách năm 2021", "  • Thuộc tính văn bản",
   "    Cơ quan ban hành:Tòa án nhân dân tối caoSố công báo:Đang cập nhật",
   "    Số hiệu:52/TANDTC-KHTCNgày đăng công báo:Đang cập nhật", "    Loại văn bản:Công vănNgười ký:Lê Văn Hòa",
   "    Ngày ban hành:03/03/2021Hết hiệu lực:Đang cập nhật", "  • TÒA ÁN NHÂN DÂN TỐI CAO", "    -------", "",
   "    Số: 52/TANDTC-KHTC", "    V/v: Hướng dẫn quản lý, sử dụng ngân sách năm 2021", "",
   "    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "    Độc lập - Tự do - Hạnh phúc", "", "    Hà Nội, ngày 03 tháng 3 năm 2021", "",
   "    HƯỚNG DẪN QUẢN LÝ, SỬ DỤNG NGÂN SÁCH NĂM 2021 THUỘC HỆ THỐNG TÒA ÁN NHÂN DÂN", "",
   "    Căn cứ Luật Ngân sách nhà nước số 83/2015/QH 13 ngày 25 tháng 6 năm 2015;", "",
   "    Căn cứ Nghị định số 163/2016/NĐ-CP ngày 21 tháng 12 năm 2016 của Chính phủ quy định chi tiết;", "",
   "    Căn cứ Quyết định số 1950/QĐ-TTg ngày 28 tháng 11 năm 2020 của Thủ tướng Chính phủ về việc giao dự toán;", "",
   "    Căn cứ Nghị định số 130/2005/NĐ-CP ngày 17 tháng 10 năm 2005; Nghị định số 117 ngày 07 tháng 10 năm 2013 sửa đổi,"
   " bổ sung một số điều;"],
  dict(doc_type=("Công văn", "Hướng dẫn"), number="52/TANDTC-KHTC", issued_date="2021-03-03", place="Hà Nội",
       issuer="TÒA ÁN NHÂN DÂN TỐI CAO", title=("Hướng dẫn quản lý, sử dụng ngân sách năm 2021",
       "QUẢN LÝ, SỬ DỤNG NGÂN SÁCH NĂM 2021 THUỘC HỆ THỐNG TÒA ÁN NHÂN DÂN",
       "HƯỚNG DẪN QUẢN LÝ, SỬ DỤNG NGÂN SÁCH NĂM 2021 THUỘC HỆ THỐNG TÒA ÁN NHÂN DÂN"),
       cited=([("Nghị định", "163/2016/NĐ-CP", "2016-12-21"), ("Quyết định", "1950/QĐ-TTg", "2020-11-28"),
               ("Nghị định", "130/2005/NĐ-CP", "2005-10-17")],
              [("Luật", "83/2015/QH13", "2015-06-25"), ("Nghị định", "163/2016/NĐ-CP", "2016-12-21"),
               ("Quyết định", "1950/QĐ-TTg", "2020-11-28"), ("Nghị định", "130/2005/NĐ-CP", "2005-10-17")]))),
 # the supreme court's chief justice's decision under a site's summary: the court's name over two lines, grounds by
 # articles of laws, the decision it replaces numbered "…/QĐ-TA-TĐKT"
 "qd_chanh_an_site_summary": ([
   "Quyết định 61/2015/QĐTA-TĐKT", "",
   "Quyết định 61/2015/QĐTA-TĐKT về Bảng chấm điểm thi đua áp dụng đối với Tòa án nhân dân cấp tỉnh do Chánh án Tòa án "
   "nhân dân tối cao ban hành", "", "Nội dung toàn văn Quyết định 61/2015/QĐTA-TĐKT Bảng chấm điểm thi đua", "", "",
   "TÒA ÁN NHÂN DÂN", "TỐI CAO", "-------", "", *MOTTO, "", "Số: 61/2015/QĐTA-TĐKT", "", "Hà Nội, ngày 14 tháng 08 năm 2015", "",
   " ", "", "QUYẾT ĐỊNH", "", "VỀ VIỆC BAN HÀNH BẢNG CHẤM ĐIỂM THI ĐUA ÁP DỤNG ĐỐI VỚI TÒA ÁN NHÂN DÂN CẤP TỈNH", "",
   "CHÁNH ÁN TÒA ÁN NHÂN DÂN TỐI CAO", "", "Căn cứ Điều 27 Luật Tổ chức Tòa án nhân dân;", "",
   "Căn cứ Nghị định số 65/2014/NĐ-CP ngày 01/7/2014 của Chính phủ quy định chi tiết Luật Thi đua, Khen thưởng;", "",
   "Xét đề nghị của Thường trực Hội đồng Thi đua - Khen thưởng Tòa án nhân dân,", "", "QUYẾT ĐỊNH", "",
   "Điều 1. Ban hành kèm theo Quyết định này Bảng chấm điểm thi đua.", "",
   "Điều 2. Quyết định này thay thế Quyết định số 52/2009/QĐ-TA-TĐKT ngày 15/5/2009 của Chánh án Tòa án nhân dân tối cao."],
  dict(doc_type="Quyết định", number="61/2015/QĐTA-TĐKT", issued_date="2015-08-14", place="Hà Nội",
       issuer="TÒA ÁN NHÂN DÂN TỐI CAO",
       title="VỀ VIỆC BAN HÀNH BẢNG CHẤM ĐIỂM THI ĐUA ÁP DỤNG ĐỐI VỚI TÒA ÁN NHÂN DÂN CẤP TỈNH",
       cited=([("Nghị định", "65/2014/NĐ-CP", "2014-07-01")],
              [("Nghị định", "65/2014/NĐ-CP", "2014-07-01"), ("Quyết định", "52/2009/QĐ-TA-TĐKT", "2009-05-15")]))),
 # the supreme procuracy's directive joined by " | ", its name cut to "VIỆN KIỂM SÁT NHÂN DÂN" by the site
 "ct_vkstc_pipes_cut_name": ([
   "VIỆN KIỂM SÁT NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |", "Số: 03/2011/CT-VKSTC | Hà Nội, ngày 10 tháng 01 năm 2011 |",
   "CHỈ THỊ", "VỀ CÔNG TÁC CỦA NGÀNH KIỂM SÁT NHÂN DÂN NĂM 2011",
   "Năm 2011, Đảng và Nhà nước ta tập trung mọi nỗ lực để ổn định kinh tế vĩ mô và bảo đảm an sinh xã hội.",
   "I. Nâng cao trách nhiệm của Lãnh đạo, Kiểm sát viên trong lĩnh vực hình sự:"],
  dict(doc_type="Chỉ thị", number="03/2011/CT-VKSTC", issued_date="2011-01-10", place="Hà Nội",
       issuer=("VIỆN KIỂM SÁT NHÂN DÂN", "VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO"),
       title="VỀ CÔNG TÁC CỦA NGÀNH KIỂM SÁT NHÂN DÂN NĂM 2011")),
 # a department of the supreme procuracy's guidance in cells, words wrapped at the cells' width, the procuracy's
 # directive and plan carried out in one sentence
 "hd_vkstc_cells_wrapped": ([
   "VIỆN", "KIỂM SÁT NHÂN DÂN", "TỐI CAO", "-------", "|", "CỘNG", "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
   "---------------", "|", "Số: 07/HD-VKSTC", "|", "Hà", "Nội, ngày 12 tháng 01 năm 2023", "|", "HƯỚNG DẪN",
   "CÔNG TÁC THỰC HÀNH QUYỀN CÔNG TỐ VÀ KIỂM SÁT XÉT XỬ SƠ", "THẨM ÁN HÌNH SỰ NĂM 2023", "Thực hiện Chỉ thị số 02/CT-VKSTC ngày",
   "28/12/2022 của Viện trưởng Viện kiểm sát nhân dân tối cao về công tác của ngành năm 2023 và Kế hoạch số 03/KH-VKSTC ngày",
   "30/12/2022 về công tác trọng tâm năm 2023, Vụ thực hành quyền công tố hướng dẫn Viện kiểm sát nhân dân các tỉnh như sau:",
   "1. Quán triệt, triển khai thực hiện nghiêm các chỉ thị, nghị quyết của Đảng."],
  dict(doc_type="Hướng dẫn", number="07/HD-VKSTC", issued_date="2023-01-12", place="Hà Nội",
       issuer="VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO",
       title="CÔNG TÁC THỰC HÀNH QUYỀN CÔNG TỐ VÀ KIỂM SÁT XÉT XỬ SƠ THẨM ÁN HÌNH SỰ NĂM 2023",
       cited=[("Chỉ thị", "02/CT-VKSTC", "2022-12-28"), ("Kế hoạch", "03/KH-VKSTC", "2022-12-30")])),
 # the Assembly's standing committee's resolution on a province's portal: the portal's city in the date line (kept,
 # warned), the committee's title line, the chairman's signature "TM." / "CHỦ TỊCH" / "(Đã ký)" / name
 "nq_ubtvqh_portal_signed": ([
   "  • Hiệu lực: Hết hiệu lực toàn bộ", "  • Ngày có hiệu lực: 01/03/2017", "ỦY BAN THƯỜNG VỤ QUỐC HỘI", "Số: 1210/2016/UBTVQH13",
   "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Cần Thơ, ngày 25 tháng 01 năm 2016", "", "NGHỊ QUYẾT", "",
   "BAN HÀNH QUY CHẾ TIẾP CÔNG DÂN CỦA ỦY BAN THƯỜNG VỤ QUỐC HỘI", "", "__________________________", "",
   "ỦY BAN THƯỜNG VỤ QUỐC HỘI", "NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "",
   "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;", "", "Căn cứ Luật tổ chức Quốc hội số 57/2014/QH13;", "",
   "QUYẾT NGHỊ:", "", "Điều 1", "", "Ban hành kèm theo Nghị quyết này Quy chế tiếp công dân.", "", "Điều 2", "",
   "Nghị quyết này có hiệu lực thi hành từ ngày 01 tháng 3 năm 2016.", "", " ", "", "TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI",
   "CHỦ TỊCH", "", "(Đã ký)", "", "", "Trương Văn Lâm", "", " ", "", "QUY CHẾ", "", "TIẾP CÔNG DÂN CỦA ỦY BAN THƯỜNG VỤ QUỐC HỘI"],
  dict(doc_type="Nghị quyết", number="1210/2016/UBTVQH13", issued_date="2016-01-25", place="Cần Thơ",
       issuer="ỦY BAN THƯỜNG VỤ QUỐC HỘI", title="BAN HÀNH QUY CHẾ TIẾP CÔNG DÂN CỦA ỦY BAN THƯỜNG VỤ QUỐC HỘI",
       signer="Trương Văn Lâm", position=("CHỦ TỊCH", "Chủ tịch"), authority=["TM."])),
 # the standing committee's resolution under a site's attribute table, its name cut to "ỦY BAN THƯỜNG VỤ" in a cell,
 # "Nghị quyết số:" as the number's label
 "nq_ubtvqh_attr_table_cut": ([
   "Nghị quyết 71/2025/UBTVQH15 sửa đổi Quy chế tiếp công dân của Ủy ban Thường vụ Quốc hội",
   "Số hiệu | 71/2025/UBTVQH15 |", "Ngày ban hành | 18/06/2025 |", "Loại văn bản | Nghị quyết |",
   "Cơ quan ban hành | Uỷ ban Thường vụ Quốc hội |", "Người ký | Lê Minh Hòa |", "ỦY BAN THƯỜNG VỤ", "|", "CỘNG HÒA XÃ HỘI",
   "CHỦ NGHĨA VIỆT NAM |", "Nghị quyết số: 71/2025/UBTVQH15 |", "Hà Nội, ngày 18 tháng 6 năm 2025 |", "ỦY BAN THƯỜNG VỤ QUỐC HỘI",
   "Căn cứ Luật Tổ chức Quốc hội số 57/2014/QH13 đã được sửa đổi, bổ sung theo Luật số 65/2020/QH14;",
   "Căn cứ Luật Tiếp công dân số 42/2013/QH13;", "QUYẾT NGHỊ:", "1. Sửa đổi, bổ sung một số khoản của Điều 5 như sau:"],
  dict(doc_type="Nghị quyết", number="71/2025/UBTVQH15", issued_date="2025-06-18", place="Hà Nội",
       issuer=("ỦY BAN THƯỜNG VỤ", "ỦY BAN THƯỜNG VỤ QUỐC HỘI"))),
 # a province's council's resolution on a law firm's site: term and session on one line under the council's name,
 # the committee's reports weighed ("Qua xem xét Báo cáo số …"), an appraisal report numbered "…/BC- HĐND"
 "nq_hdnd_qua_xem_xet": ([
   "HỘI ĐỒNG NHÂN DÂN", "TỈNH BẾN TRE", "-------", "", *MOTTO, "", "Số: 14/2012/NQ-HĐND", "", "Bến Tre, ngày 07 tháng 12 năm 2012", "",
   "NGHỊ QUYẾT", "", "VỀ KẾ HOẠCH PHÁTTRIỂN KINH TẾ - XÃ HỘI TỈNH BẾN TRE NĂM 2013", "", "HỘI ĐỒNG NHÂN DÂN TỈNH BẾN TRE",
   "KHÓA VIII - KỲ HỌP THỨ 5", "", "Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy bannhân dân ngày 26 tháng 11 năm 2003;", "",
   "Qua xem xét Báo cáo số 215/BC-UBND ngày 28 tháng 11 năm 2012 của Ủy ban nhân dân tỉnh về tình hình kinh tế - xã hội "
   "năm 2012; Báo cáo thẩm trasố 52/BC- HĐND ngày 04 tháng 12 năm 2012 của Ban Kinh tế - Ngân sách và ý kiến của các "
   "đại biểu Hội đồng nhân dân tỉnh tại kỳ họp,", "", "QUYẾT NGHỊ:", "", "Điều 1. Thông qua Kế hoạch phát triển kinh tế - xã hội năm 2013."],
  dict(doc_type="Nghị quyết", number="14/2012/NQ-HĐND", issued_date="2012-12-07", place="Bến Tre",
       issuer="HỘI ĐỒNG NHÂN DÂN TỈNH BẾN TRE",
       title=("VỀ KẾ HOẠCH PHÁTTRIỂN KINH TẾ - XÃ HỘI TỈNH BẾN TRE NĂM 2013",
              "VỀ KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI TỈNH BẾN TRE NĂM 2013"),
       # the second report is glued to its qualifier ("thẩm trasố 52/…"), a five-letter token the clean stage does not
       # part: left out, a known miss
       cited=([("Báo cáo", "215/BC-UBND", "2012-11-28"), ("Báo cáo", "52/BC-HĐND", "2012-12-04")],
              [("Báo cáo", "215/BC-UBND", "2012-11-28")]))),
 # the government's decree on a law firm's site, a law cited with its date glued ("ngày 14tháng11 năm 2008")
 "nd_cp_glued_date_ground": ([
   "CHÍNH PHỦ", "-------", "", *MOTTO, "", "Số: 81/2016/NĐ-CP", "", "Hà Nội, ngày 05 tháng 08 năm 2016", "", "NGHỊ ĐỊNH", "",
   "QUY ĐỊNH CHI TIẾT VÀ HƯỚNG DẪN THI HÀNH MỘT SỐ ĐIỀU CỦA LUẬT THI HÀNHÁN DÂN SỰ", "",
   "Căn cứ Luật Tổ chức Chính phủngày 19 tháng 6 năm 2015;", "",
   "Căn cứ Luật Thi hành án dân sự số 26/2008/QH12 ngày 14tháng11 năm 2008 đãđược sửa đổi, bổ sung một số điều theo "
   "Luật số 64/2014/QH13 ngày 25 tháng 11năm 2014;", "", "Theo đề nghị của Bộ trưởng Bộ Tưpháp,", "",
   "Chính phủ ban hành Nghị định quy địnhchi tiết và hướng dẫn thi hành một số điều của Luật Thi hành án dân sự.", "",
   "Chương I", "", "QUY ĐỊNH CHUNG"],
  dict(doc_type="Nghị định", number="81/2016/NĐ-CP", issued_date="2016-08-05", place="Hà Nội", issuer="CHÍNH PHỦ",
       title=("QUY ĐỊNH CHI TIẾT VÀ HƯỚNG DẪN THI HÀNH MỘT SỐ ĐIỀU CỦA LUẬT THI HÀNHÁN DÂN SỰ",
              "QUY ĐỊNH CHI TIẾT VÀ HƯỚNG DẪN THI HÀNH MỘT SỐ ĐIỀU CỦA LUẬT THI HÀNH ÁN DÂN SỰ"))),
 # a joint circular of the government office and a ministry under a case-law site's attributes, the two bodies on
 # one line joined by " - "
 "ttlt_vpcp_bnv_caselaw": ([
   "cơ sở dữ liệu pháp lý", "", "Thông tin văn bản",
   "  • Thông tư liên tịch số 04/2012/TTLT-VPCP-BNV ngày 15/02/2012 giữa Chủ nhiệm Văn Phòng Chính Phủ và Bộ trưởng Bộ Nội "
   "vụ Hướng dẫn về chức năng, nhiệm vụ của Văn phòng Ủy ban nhân dân huyện (Văn bản hết hiệu lực)", "",
   "  • Số hiệu văn bản: 04/2012/TTLT-VPCP-BNV", "  • Loại văn bản: Thông tư liên tịch",
   "  • Cơ quan ban hành: Bộ Nội vụ, Văn phòng Chính phủ", "  • Ngày ban hành: 15-02-2012", "",
   "VĂN PHÒNG CHÍNH PHỦ - BỘ NỘI VỤ", "-------", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập – Tự do – Hạnh phúc",
   "--------------", "", "Số: 04/2012/TTLT-VPCP-BNV", "", "Hà Nội, ngày 15 tháng 02 năm 2012", "", " ", "", "THÔNG TƯ LIÊN TỊCH", "",
   "HƯỚNG DẪN VỀ CHỨC NĂNG, NHIỆM VỤ CỦA VĂN PHÒNG ỦY BAN NHÂN DÂN HUYỆN", "",
   "Căn cứ Nghị định số 61/2012/NĐ-CP ngày 10 tháng 8 năm 2012 của Chính phủ quy định chức năng của Bộ Nội vụ;"],
  dict(doc_type="Thông tư liên tịch", number="04/2012/TTLT-VPCP-BNV", issued_date="2012-02-15", place="Hà Nội",
       joint=2, title="HƯỚNG DẪN VỀ CHỨC NĂNG, NHIỆM VỤ CỦA VĂN PHÒNG ỦY BAN NHÂN DÂN HUYỆN")),
 # the court's and the procuracy's joint circular from 1988 in a document viewer: two columns on each line, star rules
 "ttlt_tand_vks_two_columns": ([
   "You are on page 1of 5", "", "TÒA ÁN NHÂN DÂN TỐI CAO CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "",
   "VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO Độc lập - Tự do - Hạnh phúc", "****** ********",
   "Số: 03-TANDTC-VKSNDTC/TTLT Hà Nội, ngày 19 tháng 3 năm 1989", "", "THÔNG TƯ LIÊN TỊCH", "", "",
   "HƯỚNG DẪN THI HÀNH MỘT SỐ QUY ĐỊNH VỀ TẠM GIAM TRONG BỘ LUẬT TỐ TỤNG HÌNH SỰ",
   "Để thi hành Bộ luật tố tụng hình sự, Tòa án nhân dân tối cao và Viện kiểm sát nhân dân tối cao hướng",
   "dẫn các Tòa án nhân dân và Viện kiểm sát nhân dân các cấp áp dụng thống nhất một số quy định sau đây:",
   "I. THỦ TỤC GIA HẠN TẠM GIAM"],
  dict(doc_type="Thông tư liên tịch", number="03-TANDTC-VKSNDTC/TTLT", issued_date="1989-03-19", place="Hà Nội", joint=2,
       title="HƯỚNG DẪN THI HÀNH MỘT SỐ QUY ĐỊNH VỀ TẠM GIAM TRONG BỘ LUẬT TỐ TỤNG HÌNH SỰ")),
 # a ministry's decision joined by " | " with no type heading: the title "VỀ VIỆC …" after the date, the minister's line
 "qd_byt_pipes_ve_viec": ([
   "Để sử dụng toàn bộ tiện ích nâng cao của Hệ Thống Pháp Luật vui lòng lựa chọn và đăng ký gói cước.",
   "| BỘ Y TẾ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |", "| Số: 3129/QĐ-BYT | Hà Nội, ngày 21 tháng 10 năm 2025 |",
   "VỀ VIỆC CHO PHÉP KÝ KẾT THỎA THUẬN HỢP TÁC NHÂN DANH ĐƠN VỊ TRỰC THUỘC BỘ Y TẾ", "BỘ TRƯỞNG BỘ Y TẾ",
   "Căn cứ Luật Thỏa thuận quốc tế ngày 13/11/2020;",
   "Căn cứ Nghị định số 64/2021/NĐ-CP ngày 30/6/2021 của Chính phủ về ký kết và thực hiện thoả thuận quốc tế;",
   "Căn cứ Nghị định số 42/2025/NĐ-CP ngày 27/02/2025 của Chính phủ quy định chức năng, nhiệm vụ của Bộ Y tế;",
   "Theo đề nghị Cục trưởng Cục Quản lý Khám, chữa bệnh.", "QUYẾT ĐỊNH:", "1. Tên gọi Thỏa thuận và tên các bên ký kết."],
  dict(doc_type="Quyết định", number="3129/QĐ-BYT", issued_date="2025-10-21", place="Hà Nội", issuer="BỘ Y TẾ",
       title="VỀ VIỆC CHO PHÉP KÝ KẾT THỎA THUẬN HỢP TÁC NHÂN DANH ĐƠN VỊ TRỰC THUỘC BỘ Y TẾ",
       cited=[("Nghị định", "64/2021/NĐ-CP", "2021-06-30"), ("Nghị định", "42/2025/NĐ-CP", "2025-02-27")])),
 # a ministry's decision approving a plan, flattened by a document site that lost every hyphen ("Số: 4127/QĐBYT",
 # "NĐCP", "20NQ/TW", "Độc lập  Tự do"), a party resolution and an Assembly's resolution among the grounds
 "qd_byt_docsite_approves_plan": ([
   "Quyết định số 4127/2022/QĐ-BYT", "", "Chia sẻ: _ _ | Ngày: | Loại File: DOC | Số trang:7", "",
   "Nội dung Text: Quyết định số 4127/2022/QĐ-BYT", "",
   "  1. BỘ Y TẾ CỘNG HÒA XàHỘI CHỦ NGHĨA VIỆT NAM  Độc lập  Tự do  Hạnh phúc   Số: 4127/QĐBYT Hà Nội, ngày 09 tháng 11 "
   "năm 2022    QUYẾT ĐỊNH VỀ VIỆC PHÊ DUYỆT KẾ HOẠCH HÀNH ĐỘNG PHÒNG CHỐNG THIẾU VI CHẤT DINH DƯỠNG Ở TRẺ EM GIAI ĐOẠN "
   "20222025 BỘ TRƯỞNG BỘ Y TẾ Căn cứ Nghị định số 95/2022/NĐCP ngày 15 tháng 11 năm 2022 của Chính phủ quy định chức  "
   "năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Y tế; Căn cứ Nghị quyết số 20NQ/TW ngày 25/10/2017 của Hội nghị "
   "lần thứ VI Ban Chấp hành TW khóa XII về tăng cường công tác bảo vệ sức khỏe nhân dân; Theo đề nghị của Cục trưởng "
   "Cục Quản lý Môi trường y tế, QUYẾT ĐỊNH: Điều 1. Phê duyệt Kế hoạch hành động."],
  dict(doc_type="Quyết định", number=("4127/QĐBYT", "4127/QĐ-BYT"), issued_date="2022-11-09", place="Hà Nội",
       issuer="BỘ Y TẾ")),
 # the prime minister's decision in cells with the title naming itself ("CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ …/ QĐ-TTG NGÀY …
 # VỀ VIỆC …"), a submission and a ministry's letter with spaced slashes ("96/ TTr-UB", "2325/ BKH/ VPTĐ")
 "qd_ttg_cells_self_naming_title": ([
   "THỦ", "TƯỚNG CHÍNH PHỦ", "********", "|", "CỘNG", "HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "********",
   "|", "Số:", "74/2003/QĐ-TTg", "|", "Hà", "Nội, ngày 24 tháng 4 năm 2003", "|", "QUYẾT ĐỊNH",
   "CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 74/2003/ QĐ-TTG NGÀY 24 THÁNG 4", "NĂM 2003 VỀ VIỆC PHÊ DUYỆT QUY HOẠCH TỔNG THỂ PHÁT TRIỂN "
   "KINH TẾ- XÃ HỘI TỈNH HÀ TÂY", "THỜI KỲ 2001- 2010", "THỦ TƯỚNG CHÍNH PHỦ", "Căn cứ Luật Tổ chức Chính phủ",
   "ngày 25 tháng 12 năm 2001;", "Xét đề nghị của Chủ tịch Uỷ ban nhân dân tỉnh Hà Tây tại Tờ trình số 41/",
   "TTr-UB ngày 12 tháng 11 năm 2002; của Bộ trưởng Bộ Kế hoạch và Đầu tư tại công", "văn số 1180/ BKH/ VPTĐ ngày 03 tháng 3 năm 2003,",
   "QUYẾT ĐỊNH:", "Điều 1. Phê", "duyệt Quy hoạch tổng thể phát triển kinh tế - xã hội tỉnh Hà Tây thời kỳ 2001- 2010."],
  dict(doc_type="Quyết định", number="74/2003/QĐ-TTg", issued_date="2003-04-24", place="Hà Nội", issuer="THỦ TƯỚNG CHÍNH PHỦ",
       title=tuple(f"{head}PHÊ DUYỆT QUY HOẠCH TỔNG THỂ PHÁT TRIỂN KINH TẾ- XÃ HỘI TỈNH HÀ TÂY THỜI KỲ 2001- 2010"
                   for head in ("CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 74/2003/ QĐ-TTG NGÀY 24 THÁNG 4 NĂM 2003 VỀ VIỆC ",
                                "VỀ VIỆC ", "")),
       cited=([("Tờ trình", "41/TTr-UB", "2002-11-12"), ("Công văn", "1180/BKH/VPTĐ", "2003-03-03")],
              [("Tờ trình", "41/ TTr-UB", "2002-11-12"), ("Công văn", "1180/ BKH/ VPTĐ", "2003-03-03")]))),
 # the National Assembly's resolution on a law archive: the type printed twice, the second glued ("NGHỊQUYẾT"), words
 # glued in the title, the Assembly's constitution amended by a resolution in the grounds
 "nq_quoc_hoi_archive_glued": ([
   "AsianLII Home | Databases | WorldLII | Search | Feedback", "", "Laws of Vietnam", "",
   "Về việc ban hành Quy chế hoạt động của Văn phòng Quốc hội", "", "Thuộc tính", "", "Lược đồ", "", "QUỐC HỘI",
   "Số: 31/2005/QH11", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Hà Nội, ngày 14 tháng 06 năm 2005",
   "NGHỊ QUYẾT", "", "NGHỊQUYẾT", "", "VỀ VIỆC BAN HÀNH QUY CHẾ HOẠTĐỘNG CỦA VĂN PHÒNG QUỐC HỘI", "", " ", "", "QUỐC HỘI", "",
   "NƯỚC CỘNG HOÀ XÃ HỘICHỦ NGHĨA VIỆT NAM", "", " ", "",
   "Căn cứ vào Hiến pháp nước Cộnghoà xã hội chủ nghĩa Việt Nam năm 1992 đãđược sửa đổi, bổ sung theo Nghịquyết số "
   "51/2001/QH10 ngày 25 tháng 12 năm 2001 của Quốchội khoá X, kỳ họp thứ 10;", "", "Căn cứ vào Luật tổ chức Quốchội;", "",
   "QUYẾTNGHỊ:", "", "1. Ban hành kèm theo NghịQuyết này Quy chế hoạt động của Văn phòng Quốc hội."],
  dict(doc_type="Nghị quyết", number="31/2005/QH11", issued_date="2005-06-14", place="Hà Nội", issuer="QUỐC HỘI",
       title=("VỀ VIỆC BAN HÀNH QUY CHẾ HOẠTĐỘNG CỦA VĂN PHÒNG QUỐC HỘI",
              "VỀ VIỆC BAN HÀNH QUY CHẾ HOẠT ĐỘNG CỦA VĂN PHÒNG QUỐC HỘI"),
       cited=[("Nghị quyết", "51/2001/QH10", "2001-12-25")])),
 # the Assembly's standing committee's regulation from 1993 filed as "Văn bản khác Khôngsố": no number at all
 "qc_quoc_hoi_no_number": ([
   "Văn bản khác Khôngsố", "", "Quy chế về tổ chức tiếp xúc cử tri ngày 21/09/1994 do Ủy ban thường vụ Quốc hội ban hành", "",
   "Nội dung toàn văn Quy chế tổ chức tiếp xúc cử tri", "", "", "QUỐC HỘI", "********", "", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
   "Độc lập - Tự do - Hạnh phúc", "********", "", " ", "", "Hà Nội, ngày 21 tháng 9 năm 1994", "", " ", "", "QUY CHẾ", "",
   "TỔ CHỨC TIẾP XÚC CỬ TRI CỦA ĐẠI BIỂU QUỐC HỘI", "",
   "Căn cứ vào Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam năm 1992 và Luật tổ chức Quốc hội;", "",
   "Quy chế này quy định việc tổ chức tiếp xúc cử tri của đại biểu Quốc hội.", "", "Chương 1", "", "NHỮNG QUY ĐỊNH CHUNG"],
  dict(doc_type="Quy chế", number=None, issued_date="1994-09-21", place="Hà Nội", issuer="QUỐC HỘI",
       title="TỔ CHỨC TIẾP XÚC CỬ TRI CỦA ĐẠI BIỂU QUỐC HỘI")),
 # a city's directive joined by " | " carrying out the prime minister's directive ("Triển khai thực hiện Chỉ thị số …"),
 # a second directive named in brackets after its date
 "ct_ubnd_pipes_trien_khai": ([
   "Để sử dụng toàn bộ tiện ích nâng cao của Hệ Thống Pháp Luật vui lòng lựa chọn và đăng ký gói cước.",
   "Nếu bạn là thành viên. Vui lòng ĐĂNG NHẬP để tiếp tục.", "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |",
   "Số: 09/CT-UBND | Hải Phòng, ngày 14 tháng 5 năm 2019 |", "CHỈ THỊ",
   "VỀ VIỆC TĂNG CƯỜNG KỶ LUẬT, KỶ CƯƠNG TRONG VIỆC CHẤP HÀNH PHÁP LUẬT VỀ NGÂN SÁCH NHÀ NƯỚC",
   "Triển khai thực hiện Chỉ thị số 27/CT-TTg ngày 02/10/2018 của Thủ tướng Chính phủ về việc tăng cường kỷ luật, kỷ "
   "cương trong việc chấp hành pháp luật về ngân sách nhà nước, Chỉ thị số 19/2009/CT-TTg ngày 11/12/2009 của Thủ tướng "
   "Chính phủ về việc thực hiện nghiêm các kết luận của cơ quan kiểm toán (Chỉ thị số 19/2009/CT-TTg), Chủ tịch UBND "
   "thành phố yêu cầu:", "1. Về việc hoàn thiện thể chế:"],
  dict(doc_type="Chỉ thị", number="09/CT-UBND", issued_date="2019-05-14", place="Hải Phòng",
       issuer=("ỦY BAN NHÂN DÂN", "ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG"),
       title="VỀ VIỆC TĂNG CƯỜNG KỶ LUẬT, KỶ CƯƠNG TRONG VIỆC CHẤP HÀNH PHÁP LUẬT VỀ NGÂN SÁCH NHÀ NƯỚC",
       cited=[("Chỉ thị", "27/CT-TTg", "2018-10-02"), ("Chỉ thị", "19/2009/CT-TTg", "2009-12-11")])),
 # a joint regulation of a province's council's standing committee and its people's committee in cells: the two
 # bodies in one name ("THƯỜNG TRỰC" / "HĐND - UBND TỈNH …"), a symbol with a dot ("…/QC-TT.HĐND-UBND"), a ground
 # wrapped inside the cited resolution's subject
 "qc_thuong_truc_hdnd_ubnd_cells": ([
   "THƯỜNG TRỰC", "HĐND - UBND TỈNH SƠN LA", "-------", "|", "CỘNG", "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
   "---------------", "|", "Số: 03/QC-TT.HĐND-UBND", "|", "Sơn La, ngày 11 tháng 5 năm 2022", "|", "QUY CHẾ", "PHỐI",
   "HỢP CÔNG TÁC GIỮA THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN TỈNH - ỦY BAN NHÂN DÂN TỈNH NHIỆM", "KỲ 2021 - 2026", "Căn cứ",
   "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6", "năm 2015;", "Căn cứ Luật Hoạt động giám sát của",
   "Quốc hội và Hội đồng nhân dân ngày 20 tháng 11 năm 2015;",
   "Căn cứ Nghị quyết số 594/NQ-UBTVQH15 ngày 12 tháng 9 năm 2022 của Ủy ban Thường vụ Quốc hội về Hướng",
   "dẫn hoạt động giám sát của Hội đồng nhân dân;", "Thường trực Hội đồng nhân dân tỉnh",
   "và Ủy ban nhân dân tỉnh thống nhất ban hành Quy chế phối hợp công tác với các nội", "dung sau:", "Chương I", "NHỮNG QUY ĐỊNH",
   "CHUNG"],
  dict(doc_type="Quy chế", number="03/QC-TT.HĐND-UBND", issued_date="2022-05-11", place="Sơn La", joint=2,
       title="PHỐI HỢP CÔNG TÁC GIỮA THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN TỈNH - ỦY BAN NHÂN DÂN TỈNH NHIỆM KỲ 2021 - 2026",
       cited=[("Nghị quyết", "594/NQ-UBTVQH15", "2022-09-12")])),
 # the government office's letter to one addressee joined by " | ", "Kính gửi:" glued to the name, the prime
 # minister's dispatches cited in a list, a ministry's dispatch by its bare number, the signature in a cell
 "cv_vpcp_pipes_dispatches": ([
   "VĂN PHÒNG CHÍNH PHỦ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |", "Số: 7102/VPCP-KGVX | Hà Nội, ngày 04 tháng 10 năm 2021 |",
   "Kính gửi:Đồng chí Bí thư Tỉnh ủy Trà Vinh.",
   "Tổ công tác của Chính phủ có văn bản số 3790/BC-TCT ngày 30 tháng 9 năm 2021 báo cáo Thủ tướng Chính phủ về công tác "
   "phòng, chống dịch trên địa bàn tỉnh Trà Vinh (bản chụp kèm theo). Về việc này, Thủ tướng Chính phủ có ý kiến như sau:",
   "Đồng chí Bí thư Tỉnh ủy Trà Vinh chỉ đạo thực hiện nghiêm Công điện số 1111/CĐ-TTg ngày 25 tháng 8 năm 2021, Công "
   "điện số 1145/CĐ-TTg ngày 31 tháng 8 năm 2021 của Thủ tướng Chính phủ và Công điện số 1502 ngày 28 tháng 9 năm 2021 "
   "của Bộ Y tế.", "Văn phòng Chính phủ xin thông báo để đồng chí Bí thư Tỉnh ủy Trà Vinh biết, thực hiện./.",
   "| KT. BỘ TRƯỞNG, CHỦ NHIỆM |"],
  dict(doc_type="Công văn", number="7102/VPCP-KGVX", issued_date="2021-10-04", place="Hà Nội", issuer="VĂN PHÒNG CHÍNH PHỦ",
       authority=["KT."],
       addressees=(["Đồng chí Bí thư Tỉnh ủy Trà Vinh"], ["Đồng chí Bí thư Tỉnh ủy Trà Vinh."]),
       cited=([("Báo cáo", "3790/BC-TCT", "2021-09-30"), ("Công điện", "1111/CĐ-TTg", "2021-08-25"),
               ("Công điện", "1145/CĐ-TTg", "2021-08-31")],
              [("Văn bản", "3790/BC-TCT", "2021-09-30"), ("Công điện", "1111/CĐ-TTg", "2021-08-25"),
               ("Công điện", "1145/CĐ-TTg", "2021-08-31")]))),
 # the prime minister's dispatch on a law site: "CÔNG ĐIỆN" / "THỦ TƯỚNG CHÍNH PHỦ ĐIỆN:" / "- Đồng chí …", the symbol's
 # "TTG" in capitals, an urgent directive cited with a comma before its date, the signature "THỦ TƯỚNG" / name
 "cd_ttg_dien_addressee": ([
   "Hệ thống pháp luật", "Đang tải nội dung, vui lòng chờ giây lát...", "", "THỦ TƯỚNG CHÍNH PHỦ", "******", "",
   "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "********", "", "Số: 1342/CĐ-TTG", "",
   "Hà Nội, ngày 21 tháng 09 năm 2007", "", " ", "", "CÔNG ĐIỆN", "", "THỦ TƯỚNG CHÍNH PHỦ ĐIỆN:", "",
   "- Đồng chí Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", "",
   "Hiện nay, tình hình dịch lở mồm long móng ở gia súc đang diễn biến rất phức tạp, có nguy cơ lây lan ra diện rộng.", "",
   "Thủ tướng Chính phủ đã có Chỉ thị cấp bách số 31/2007/CT-TTg, ngày 14 tháng 9 năm 2007 về việc tăng cường công tác "
   "phòng, chống dịch lở mồm long móng.", "",
   "Tôi đề nghị đồng chí Chủ tịch Ủy ban nhân dân các tỉnh tập trung chỉ đạo thực hiện đồng bộ các biện pháp phòng, chống "
   "dịch.", "", " ", "", "THỦ TƯỚNG", " ", " ", "Trần Minh Đức"],
  dict(doc_type="Công điện", number=("1342/CĐ-TTG", "1342/CĐ-TTg"), issued_date="2007-09-21", place="Hà Nội",
       issuer="THỦ TƯỚNG CHÍNH PHỦ", title=None, signer="Trần Minh Đức", position=("THỦ TƯỚNG", "Thủ tướng"),
       addressees=["Đồng chí Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"],
       cited=[("Chỉ thị", "31/2007/CT-TTg", "2007-09-14")])),
 # the government office's notice of a deputy prime minister's conclusions under a site's panel in cells, its title
 # "KẾT LUẬN CỦA PHÓ THỦ TƯỚNG … TẠI HỘI NGHỊ …"
 "tb_vpcp_panel_conclusions": ([
   "Thông báo số 47/TB-VPCP về việc kết luận của Phó Thủ tướng tại hội nghị triển khai kế hoạch năm 2001 khu vực miền "
   "núi phía Bắc", "Số hiệu: | 47/TB-VPCP | Loại văn bản: | Thông báo |",
   "Nơi ban hành: | Văn phòng Chính phủ | Người ký: | Lê Văn Thành |", "Ngày ban hành: | 12/03/2001 | Ngày hiệu lực: | Đang cập nhật |",
   "VĂN PHÒNG CHÍNH PHỦ |", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |", "Số: 47/TB-VPCP |", "Hà Nội, ngày 12 tháng 03 năm 2001 |",
   "THÔNG BÁO", "KẾT LUẬN CỦA PHÓ THỦ TƯỚNG TẠI HỘI NGHỊ TRIỂN KHAI KẾ HOẠCH NĂM 2001 KHU VỰC MIỀN NÚI PHÍA BẮC",
   "Ngày 15 và 16 tháng 02 năm 2001 tại Lào Cai, Phó Thủ tướng đã chủ trì Hội nghị triển khai kế hoạch năm 2001 của khu "
   "vực miền núi phía Bắc. Tham dự Hội nghị có lãnh đạo các Bộ, ngành."],
  dict(doc_type="Thông báo", number="47/TB-VPCP", issued_date="2001-03-12", place="Hà Nội", issuer="VĂN PHÒNG CHÍNH PHỦ",
       title="KẾT LUẬN CỦA PHÓ THỦ TƯỚNG TẠI HỘI NGHỊ TRIỂN KHAI KẾ HOẠCH NĂM 2001 KHU VỰC MIỀN NÚI PHÍA BẮC")),
 # the prime minister's decision from a document site: the number above the motto, the title's last line after the
 # quote, a rule of dashes, two laws glued ("… năm 2004Luật sửa đổi …"), the party's directive inside a ground
 "qd_ttg_docsite_glued_laws": ([
   "THỦ TƯỚNG CHÍNH PHỦ", "-------", "Số: 517/QĐ-TTg", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
   "---------------", "Hà Nội, ngày 22 tháng 5 năm 2020", "QUYẾT ĐỊNH",
   "PHÊ DUYỆT ĐỀ ÁN “CÁC GIẢI PHÁP BẢO ĐẢM TRẬT TỰ AN TOÀN GIAO THÔNG ĐƯỜNG SẮT", "TRONG TÌNH HÌNH MỚI”", "-----------------",
   "THỦ TƯỚNG CHÍNH PHỦ", "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;",
   "Căn cứ Luật Đường sắt ngày 14 tháng 6 năm 2005Luật sửa đổi bổ sung", "một số điều của Luật Đường sắt ngày 16 tháng 6 năm 2017;",
   "Căn cứ Nghị quyết số 45/NQ-CP ngày 12 tháng 3 năm 2020 của Chính phủ về tăng cường bảo",
   "đảm trật tự an toàn giao thông giai đoạn 2020 - 2022;",
   "Căn cứ Nghị quyết số 41/NQ-CP ngày 05 tháng 4 năm 2014 của Chính phủ ban hành Chương",
   "trình hành động thực hiện Chỉ thị số 22-CT/TW ngày 10 tháng 10 năm 2013 của Ban Bí thư",
   "Trung ương Đảng về tăng cường sự lãnh đạo của Đảng đối với công tác bảo đảm trật tự, an toàn giao thông;",
   "Xét đề nghị của Bộ trưởng Bộ Giao thông vận tải,", "QUYẾT ĐỊNH:", "Điều 1. Phê duyệt Đề án với các nội dung chủ yếu sau đây:"],
  dict(doc_type="Quyết định", number="517/QĐ-TTg", issued_date="2020-05-22", place="Hà Nội", issuer="THỦ TƯỚNG CHÍNH PHỦ",
       title="PHÊ DUYỆT ĐỀ ÁN “CÁC GIẢI PHÁP BẢO ĐẢM TRẬT TỰ AN TOÀN GIAO THÔNG ĐƯỜNG SẮT TRONG TÌNH HÌNH MỚI”",
       cited=[("Nghị quyết", "45/NQ-CP", "2020-03-12"), ("Nghị quyết", "41/NQ-CP", "2014-04-05"),
              ("Chỉ thị", "22-CT/TW", "2013-10-10")])),
 # a province's plan in cells that carries out a minister's directive, the type's word cut by the cell's width
 # ("Thực hiện Chỉ" / "thị số 7042/CT-BNN-TCTL …")
 "kh_cells_type_word_cut": ([
   "ỦY BAN NHÂN DÂN", "TỈNH CAO BẰNG", "-------", "|", "CỘNG HÒA XÃ HỘI", "CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
   "---------------", "|", "Số: 12/KH-UBND", "|", "Cao Bằng, ngày 17", "tháng 01 năm 2021", "|", "KẾ HOẠCH",
   "TRIỂN KHAI CÁC GIẢI PHÁP PHÒNG, CHỐNG HẠN", "HÁN, THIẾU NƯỚC PHỤC VỤ SẢN XUẤT NÔNG NGHIỆP MÙA KHÔ NĂM 2020 -", "2021",
   "Thực hiện Chỉ", "thị số 7042/CT-BNN-TCTL ngày 20/10/2020 của Bộ trưởng Bộ Nông nghiệp và Phát triển",
   "nông thôn về việc tăng cường thực hiện các giải pháp thủy lợi phòng, chống hạn", "hán, thiếu nước. Ủy ban nhân dân tỉnh ban "
   "hành Kế hoạch triển khai thực hiện như sau:", "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích"],
  dict(doc_type="Kế hoạch", number="12/KH-UBND", issued_date="2021-01-17", place="Cao Bằng", issuer="ỦY BAN NHÂN DÂN TỈNH CAO BẰNG",
       title="TRIỂN KHAI CÁC GIẢI PHÁP PHÒNG, CHỐNG HẠN HÁN, THIẾU NƯỚC PHỤC VỤ SẢN XUẤT NÔNG NGHIỆP MÙA KHÔ NĂM 2020 - 2021",
       cited=[("Chỉ thị", "7042/CT-BNN-TCTL", "2020-10-20")])),
 # the party central office's guidance on a party journal's page: the committee's name and the party's on one line
 # spaced apart, the star, the date line before the office's name, the number under it, the title in sentence case
 # closed by a rule, grounds after dashes citing a secretariat's decision dated with hyphens ("30-5-2012")
 "hd_van_phong_tw_party_journal": ([
   "Hướng dẫn một số điểm Quy định về chế độ chi hoạt động công tác đảng của tổ chức cơ sở đảng",
   "1/8/2016 17:17' Gửi bài này In bài này",
   "BAN CHẤP HÀNH TRUNG ƯƠNG                                                        ĐẢNG CỘNG SẢN VIỆT NAM",
   "                     *", "                                                                                        Hà Nội, ngày 11 tháng 04 năm 2014",
   "             VĂN PHÒNG", "   ", "          Số: 27-HD/VPTW", "", "", "HƯỚNG DẪN",
   "một số điểm Quy định cụ thể ban hành kèm theo",
   "Quyết định số 112-QĐ/TW ngày 14-6-2013 của Ban Bí thư Trung ương Đảng về chế độ chi hoạt động công tác đảng của tổ "
   "chức cơ sở đảng", "-----------", "", "",
   "- Căn cứ Quyết định số 112-QĐ/TW ngày 14-6-2013 của Ban Bí thư Trung ương Đảng ban hành Quy định về chế độ chi hoạt "
   "động công tác đảng;", "",
   "- Căn cứ Luật Ngân sách nhà nước và các văn bản về cơ chế quản lý tài chính của Đảng và Nhà nước hiện hành;", "", "",
   "Văn phòng Trung ương Đảng hướng dẫn cụ thể một số điểm như sau:", "", "", "Điều 1. Đối tượng áp dụng"],
  dict(doc_type="Hướng dẫn", number="27-HD/VPTW", issued_date="2014-04-11", place="Hà Nội",
       issuer=("VĂN PHÒNG", "VĂN PHÒNG TRUNG ƯƠNG ĐẢNG", "BAN CHẤP HÀNH TRUNG ƯƠNG VĂN PHÒNG"),
       title="một số điểm Quy định cụ thể ban hành kèm theo Quyết định số 112-QĐ/TW ngày 14-6-2013 của Ban Bí thư Trung "
             "ương Đảng về chế độ chi hoạt động công tác đảng của tổ chức cơ sở đảng",
       cited=[("Quyết định", "112-QĐ/TW", "2013-06-14")])),
 # the party's central inspection committee's guidance: the committee under the central committee's name, the title
 # citing the politburo's regulation "SỐ 09-QĐI/TW, NGÀY …" (a symbol with a small letter), grounds after dashes
 "hd_ubkttw_under_bch": ([
   "Hệ thống pháp luật", "", "BAN CHẤP HÀNH TRUNG ƯƠNG", "ỦY BAN KIỂM TRA", "-------", "", "ĐẢNG CỘNG SẢN VIỆT NAM",
   "---------------", "", "Số: 09-HD/UBKTTW", "", "Hà Nội, ngày 21 tháng 11 năm 2019", "", " ", "", "HƯỚNG DẪN", "",
   "THỰC HIỆN MỘT SỐ ĐIỀU TRONG QUY ĐỊNH SỐ 11-QĐI/TW, NGÀY 02/10/2019 CỦA BỘ CHÍNH TRỊ VỀ XỬ LÝ KỶ LUẬT ĐẢNG VIÊN VI PHẠM",
   "", "- Căn cứ Quy định số 35-QĐ/TW, ngày 14/9/2016 của Ban Chấp hành Trung ương thi hành Chương VII và Chương VIII "
   "Điều lệ Đảng;", "", "- Căn cứ Quy chế làm việc của Ủy ban Kiểm tra Trung ương khóa XII;", "",
   "- Căn cứ Quy định số 11-QĐi/TW, ngày 02/10/2019 của Bộ Chính trị về xử lý kỷ luật đảng viên vi phạm;", "",
   "Ủy ban Kiểm tra Trung ương hướng dẫn thực hiện một số Điều như sau:", "", "Điều 2. Giải thích từ ngữ"],
  dict(doc_type="Hướng dẫn", number="09-HD/UBKTTW", issued_date="2019-11-21", place="Hà Nội",
       issuer=("ỦY BAN KIỂM TRA", "ỦY BAN KIỂM TRA TRUNG ƯƠNG", "BAN CHẤP HÀNH TRUNG ƯƠNG ỦY BAN KIỂM TRA"),
       title="THỰC HIỆN MỘT SỐ ĐIỀU TRONG QUY ĐỊNH SỐ 11-QĐI/TW, NGÀY 02/10/2019 CỦA BỘ CHÍNH TRỊ VỀ XỬ LÝ KỶ LUẬT ĐẢNG "
             "VIÊN VI PHẠM",
       cited=([("Quy định", "35-QĐ/TW", "2016-09-14"), ("Quy định", "11-QĐi/TW", "2019-10-02")],
              [("Quy định", "11-QĐi/TW", "2019-10-02"), ("Quy định", "35-QĐ/TW", "2016-09-14")]))),
 # the general confederation of labour's resolution: the number spaced before its slash ("Số: 07c /NQ-TLĐ"), the
 # conference and the committee's term on the line under the heading, the subject under it
 "nq_tong_ldld_conference_line": ([
   "Hệ thống pháp luật", "", "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM", "--------", "", *MOTTO, "", "Số: 07c /NQ-TLĐ", "",
   "Hà Nội, ngày 11 tháng 9 năm 2016", "", " ", "", "NGHỊ QUYẾT",
   "HỘI NGHỊ LẦN THỨ 7 BAN CHẤP HÀNH TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM KHÓA XI", "",
   "VỀ NÂNG CAO CHẤT LƯỢNG HOẠT ĐỘNG CÔNG ĐOÀN CƠ SỞ TRONG DOANH NGHIỆP", "",
   "Hội nghị lần thứ 7 Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam (Khóa XI) họp từ ngày 05 đến 06 tháng 8 năm 2016, "
   "tại Hà Nội, đã thảo luận và thông qua Nghị quyết.", "", "I. TÌNH HÌNH HOẠT ĐỘNG CỦA CÔNG ĐOÀN CƠ SỞ"],
  dict(doc_type="Nghị quyết", number="07c/NQ-TLĐ", issued_date="2016-09-11", place="Hà Nội",
       issuer="TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM",
       title=("VỀ NÂNG CAO CHẤT LƯỢNG HOẠT ĐỘNG CÔNG ĐOÀN CƠ SỞ TRONG DOANH NGHIỆP",
              "HỘI NGHỊ LẦN THỨ 7 BAN CHẤP HÀNH TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM KHÓA XI VỀ NÂNG CAO CHẤT LƯỢNG HOẠT ĐỘNG "
              "CÔNG ĐOÀN CƠ SỞ TRONG DOANH NGHIỆP"))),
 # a province's decision for the advancement of women numbered as a directive ("…/2008/CT-UBND" under "QUYẾT ĐỊNH"),
 # a place with a hyphen, words glued by the site, a department's submission numbered without a type
 "qd_ubnd_number_says_directive": ([
   "ỦY BAN NHÂN DÂN", "TỈNH NINH THUẬN", "--------", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do – Hạnh phúc",
   "---------------", "", "Số: 61/2008/CT-UBND", "", "Phan Rang-Tháp Chàm, ngày 14 tháng 4 năm 2008", "", "QUYẾT ĐỊNH", "",
   "BANHÀNH KẾ HOẠCH HÀNH ĐỘNG VÌ SỰ TIẾN BỘ PHỤ NỮ TỈNH NINH THUẬN GIAI ĐOẠN 2008 -2010", "",
   "ỦY BAN NHÂN DÂN TỈNH NINH THUẬN", "", "Căn cứ Luật Tổ chức Hội đồngnhân dân và Ủy ban nhân dân;", "",
   "Căn cứ Nghị quyết số 21/2007/NQ-HĐND ngày 20/12/2007 của Hội đồng nhân dân tỉnh về việc phê duyệt Kếhoạch hành "
   "động Vì sự tiến bộ phụ nữ tỉnh;", "",
   "Theo đề nghị của Sở Kế hoạchvà Đầu tư (Thường trực Ban Vì sự tiến bộ phụ nữ tỉnh) tại Tờ trình số 143/SKHĐT ngày "
   "02/4/2008,", "", "QUYẾT ĐỊNH:", "", "Điều 1. Ban hành kèm theoQuyết định này là Kế hoạch hành động."],
  dict(doc_type="Quyết định", number="61/2008/CT-UBND", issued_date="2008-04-14", place="Phan Rang-Tháp Chàm",
       issuer="ỦY BAN NHÂN DÂN TỈNH NINH THUẬN",
       title=("BANHÀNH KẾ HOẠCH HÀNH ĐỘNG VÌ SỰ TIẾN BỘ PHỤ NỮ TỈNH NINH THUẬN GIAI ĐOẠN 2008 -2010",
              "BAN HÀNH KẾ HOẠCH HÀNH ĐỘNG VÌ SỰ TIẾN BỘ PHỤ NỮ TỈNH NINH THUẬN GIAI ĐOẠN 2008 -2010"),
       cited=([("Nghị quyết", "21/2007/NQ-HĐND", "2007-12-20"), ("Tờ trình", "143/SKHĐT", "2008-04-02")],
              [("Nghị quyết", "21/2007/NQ-HĐND", "2007-12-20")]))),
}


# Pages that are a site's post about a document (no header, no number, no date of its own): the reader may refuse
# them as no document; read, they give no number nor date it cannot see and cite what they name with its number.
POSTS = {
 # a provincial portal's news of the party committee's directive: "Chỉ thị số 21" without its symbol, the grounds a
 # secretariat's conclusion, the committee's plan and its conclusion, each with a comma or a dash in its number
 "post_tinh_uy_chi_thi": ([
   "CTTĐT - Ngày 12/9, Ban Thường vụ Tỉnh ủy Lào Cai đã ban hành Chỉ thị số 21 về việc tăng cường sự lãnh đạo của các "
   "cấp ủy đối với công tác dư luận xã hội.", "Nội dung Chỉ thị như sau:",
   "Trong những năm qua, quán triệt và thực hiện Kết luận số 102 - KL/TW ngày 22/9/2014 của Ban Bí thư, Kế hoạch số "
   "31-KH/TU ngày 05/12/2016 của Ban Thường vụ Tỉnh ủy và Kết luận số 118-KL/TU ngày 21/8/2017 của Ban Thường vụ Tỉnh "
   "ủy về công tác giáo dục chính trị tư tưởng, công tác dư luận xã hội đã đạt nhiều kết quả quan trọng."],
  dict(number=None, issued_date=None,
       cited=([("Kết luận", "102-KL/TW", "2014-09-22"), ("Kế hoạch", "31-KH/TU", "2016-12-05"),
               ("Kết luận", "118-KL/TU", "2017-08-21")],))),
 # a district's page of the propaganda board's monthly orientation: the plans cited "số 183-KH/TU, ngày …", a central
 # board's guidance "số 121- HD/BTGTW, ngày 10 tháng 01 năm 2021"
 "post_dinh_huong_tuyen_truyen": ([
   "ĐỊNH HƯỚNG TUYÊN TRUYỀN THÁNG 8 NĂM 2021", "",
   "Thực hiện Kế hoạch số 183-KH/TU, ngày 19/01/2021 của Ban Thường vụ", "Tỉnh ủy Cao Bằng về “công tác tuyên giáo năm 2021”; "
   "Kế hoạch số 166-KH/TU,", "ngày 23/9/2020 của Ban Thường vụ Tỉnh ủy về “truyền thông của tỉnh”; căn cứ Hướng dẫn số 121- "
   "HD/BTGTW, ngày 10 tháng 01 năm", "2021 của Ban Tuyên giáo Trung ương… Ban Tuyên giáo Tỉnh ủy đề nghị các địa phương "
   "tập trung tuyên truyền các nội dung sau: 1.1"],
  dict(number=None, issued_date=None,
       cited=([("Kế hoạch", "183-KH/TU", "2021-01-19"), ("Kế hoạch", "166-KH/TU", "2020-09-23"),
               ("Hướng dẫn", "121-HD/BTGTW", "2021-01-10")],))),
 # a farmers' union's page: the central board's guidance and the provincial board's "Hướng dẫn số 61-HD/BTGTU, ngày …"
 "post_hoi_nong_dan_guidance": ([
   "Tuyên truyền", "", "Kỷ niệm 115 năm Ngày sinh đồng chí Lê Văn Lương", "", "05/04/2024 10:12", "",
   "Thực hiện Hướng dẫn số 104-HD/BTGTW ngày 11/3/2024 của Ban Tuyên giáo Trung ương tuyên truyền kỷ niệm 115 năm Ngày "
   "sinh đồng chí Lê Văn Lương.", "",
   "Ban Tuyên giáo Tỉnh ủy đề nghị các địa phương, đơn vị tuyên truyền theo các nội dung nêu trong Hướng dẫn số "
   "61-HD/BTGTU, ngày 20/01/2024 của Ban Tuyên giáo Tỉnh ủy.", "", "Nội dung công văn: click xem tại đây", "", "BBT"],
  dict(number=None, issued_date=None,
       cited=([("Hướng dẫn", "104-HD/BTGTW", "2024-03-11"), ("Hướng dẫn", "61-HD/BTGTU", "2024-01-20")],))),
 # a youth union's page of a guidance with no header: the union's plans and guidance cited with spaces in their
 # numbers ("49- KH/TƯH", "148 HD/TWH", "05/KH- UBH")
 "post_hoi_lhtn_spaced_numbers": ([
   "Hướng dẫn thực hiện kế hoạch tổ chức Đại hội Hội LHTN Việt Nam các cấp (nhiệm kỳ 2014- 2019).", "HƯỚNG DẪN",
   "Thực hiện kế hoạch tổ chức Đại hội Hội LHTN Việt Nam các cấp", "(nhiệm kỳ 2014- 2019).",
   "Căn cứ Điều lệ Hội LHTN Việt Nam; thực hiện Kế hoạch số 57- KH/TƯH ngày 05/3/2013 của Đoàn Chủ tịch Uỷ ban Trung "
   "ương Hội LHTN Việt Nam và Hướng dẫn số 152 HD/TWH ngày 18/9/2013 của Trung ương hội. Căn cứ Kế hoạch số 07/KH- UBH "
   "ngày 29/10/2013 của Uỷ ban Hội LHTN Việt Nam tỉnh. Ban thư ký Uỷ ban Hội LHTN Việt Nam tỉnh Thái Bình hướng dẫn như "
   "sau:", "I. VỀ TÊN GỌI CỦA ĐẠI HỘI HỘI CÁC CẤP:"],
  dict(number=None, issued_date=None)),
 # a city youth union's news: its standing board's plan cited with its date
 "post_thanh_doan_plan": ([
   "Ban Thường vụ Thành đoàn kiểm tra giám sát 12 quận, huyện",
   "Ban Thường vụ Thành đoàn đã ban hành Kế hoạch số 251-KH/TĐTN-TCKT ngày 20/9/2024 giám sát của Đoàn TNCS Hồ Chí Minh "
   "thành phố về việc triển khai thực hiện các Kế hoạch của Ủy ban nhân dân thành phố."],
  dict(number=None, issued_date=None, cited=([("Kế hoạch", "251-KH/TĐTN-TCKT", "2024-09-20")],))),
 # a province's plan posted on a tourism site: no header, the party committee's notice and the province's plan cited
 "post_kh_ubnd_party_notice": ([
   "KẾ HOẠCH TỔ CHỨC KỶ NIỆM 95 NĂM NGÀY THÀNH LẬP ĐẢNG CỘNG SẢN VIỆT NAM (3/2/1930 – 3/2/2025)", "",
   "Căn cứ Thông báo số 2104-TB/TU ngày 04/11/2024 của Ban Thường vụ Tỉnh ủy về tổ chức kỷ niệm các ngày lễ lớn;", "",
   "Căn cứ Kế hoạch số 118/KH-UBND, ngày 20/6/2024 của UBND tỉnh về việc tổ chức các hoạt động kỷ niệm;", "",
   "Uỷ ban nhân dân tỉnh xây dựng Kế hoạch tổ chức kỷ niệm như sau:", "", " 1. MỤC ĐÍCH YÊU CẦU"],
  dict(number=None, issued_date=None,
       cited=([("Thông báo", "2104-TB/TU", "2024-11-04"), ("Kế hoạch", "118/KH-UBND", "2024-06-20")],))),
 # a province's portal's news of the party committee's dispatch "công điện số 09-CĐ/TU", its text to follow
 "post_tinh_uy_cong_dien": ([
   "Công điện của Ban Thường vụ Tỉnh ủy về tăng cường lãnh đạo, chỉ đạo các biện pháp phòng, chống dịch trên địa bàn tỉnh",
   "", "Ban Thường vụ Tỉnh ủy vừa ban hành công điện số 09-CĐ/TU về tăng cường lãnh đạo, chỉ đạo triển khai quyết liệt "
   "các biện pháp phòng, chống dịch trên địa bàn tỉnh. Sau đây là nội dung công điện:", "", "Nội dung toàn công điện:"],
  dict(number=None, issued_date=None, cited=([("Công điện", "09-CĐ/TU", None)], []))),
 # a university's news of the province's labour federation's programme "số 03/Ctr-LĐLĐ", posted with its date
 "post_ldld_chuong_trinh": ([
   "Ngày post: 12-08-2019",
   "Ngày 25/7/2019, Ban Chấp hành Liên đoàn Lao động tỉnh ban hành chương trình số 03/Ctr-LĐLĐ về nâng cao chất lượng "
   "công tác tuyên truyền, vận động, xây dựng đời sống văn hóa phục vụ công nhân, lao động ở các khu công nghiệp trên "
   "địa bàn tỉnh nhiệm kỳ 2018-2023."],
  dict(number=None, issued_date=(None, "2019-07-25"), cited=([("Chương trình", "03/Ctr-LĐLĐ", None)], []))),
}


@pytest.mark.parametrize("name, form", cases(PAGES))
def test_a_sampled_page_reads_right(tmp_path, name, form):
    assert not wrong_in_form(tmp_path, PAGES[name], form)


IN_FILES = ["kl_tinh_uy_scanned", "ctr_tw_doan_number_between_names", "nq_ubtvqh_portal_signed", "nq_hdnd_qua_xem_xet",
            "cd_ttg_dien_addressee", "hd_ubkttw_under_bch", "nq_tong_ldld_conference_line"]


@pytest.mark.parametrize("form", ["docx", "pdf"])
@pytest.mark.parametrize("name", IN_FILES)
def test_a_sampled_page_reads_right_in_a_file(tmp_path, name, form):
    assert not wrong_in_form(tmp_path, PAGES[name], form)


@pytest.mark.parametrize("name, form", cases(POSTS))
def test_a_post_is_refused_or_read_without_a_guess(tmp_path, name, form):
    assert not wrong_unless_refused(tmp_path, POSTS[name], form)


# --- the Assembly's code printed apart from its term ("Luật … số 83/2015/QH 13 ngày …")

@pytest.mark.parametrize("text, cited", [
    ("Căn cứ Luật Ngân sách nhà nước số 83/2015/QH 13 ngày 25 tháng 6 năm 2015;", ("Luật", "83/2015/QH13", "2015-06-25")),
    ("Căn cứ Nghị quyết số 54/2017/QH 14 ngày 24/11/2017 của Quốc hội;", ("Nghị quyết", "54/2017/QH14", "2017-11-24")),
    ("Căn cứ Pháp lệnh Chi phí tố tụng số 02/2012/UBTVQH 13 ngày 28/3/2012;", ("Pháp lệnh", "02/2012/UBTVQH13", "2012-03-28")),
])
def test_an_assembly_term_printed_apart_is_the_symbols(text, cited):
    """"83/2015/QH 13": the law was cited as "83/2015/QH", a number no law has, and without its date."""
    found = find_citations(text)
    assert [(c.doc_type, c.number, c.issued_date) for c in found] == [cited]


def test_a_count_after_a_whole_assembly_symbol_stays_out():
    """The other side: a symbol with its term ("…/QH13") takes no figure after it."""
    found = find_citations("Căn cứ Luật số 57/2014/QH13 13 điều được sửa đổi;")
    assert [(c.doc_type, c.number) for c in found] == [("Luật", "57/2014/QH13")]


@pytest.mark.parametrize("form", ["text", "html", "docx"])
def test_an_assembly_term_printed_apart_in_a_documents_grounds(tmp_path, form):
    lines = ["TÒA ÁN NHÂN DÂN TỐI CAO", *MOTTO, "Số: 18/TANDTC-KHTC", "Hà Nội, ngày 03 tháng 3 năm 2022",
             "V/v hướng dẫn lập dự toán năm 2022", "Căn cứ Luật Ngân sách nhà nước số 83/2015/QH 13 ngày 25 tháng 6 năm 2015;",
             "Tòa án nhân dân tối cao hướng dẫn như sau:"]
    meta = _process(tmp_path, lines, form).metadata
    assert _got(meta, "cited") == [("Luật", "83/2015/QH13", "2015-06-25")]


# --- a type heading printed twice ("NGHỊ QUYẾT" / "NGHỊQUYẾT") over the title

@pytest.mark.parametrize("form", ["text", "html"])
@pytest.mark.parametrize("heading, again, issuer", [
    ("NGHỊ QUYẾT", "NGHỊQUYẾT", "QUỐC HỘI"),
    ("QUYẾT ĐỊNH", "QUYẾTĐỊNH", "BỘ TƯ PHÁP"),
    ("THÔNG TƯ", "THÔNG TƯ", "BỘ NỘI VỤ"),
])
def test_a_heading_printed_twice_keeps_the_title_under_it(tmp_path, form, heading, again, issuer):
    """A law archive prints the type's heading twice, the second without its space: the title under them was lost."""
    lines = [issuer, "Số: 27/2006/QH11", *MOTTO, "Hà Nội, ngày 15 tháng 06 năm 2006", heading, again,
             "VỀ VIỆC BAN HÀNH QUY CHẾ LÀM VIỆC CỦA CƠ QUAN", issuer, "Căn cứ vào Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam;",
             "Điều 1. Ban hành kèm theo văn bản này Quy chế làm việc."]
    meta = _process(tmp_path, lines, form).metadata
    assert meta.title == "VỀ VIỆC BAN HÀNH QUY CHẾ LÀM VIỆC CỦA CƠ QUAN"


# --- a cited number cut after its slash at a line's end ("Tờ trình số 41/" / "TTr-UB ngày …")

@pytest.mark.parametrize("first, second, cited", [
    ("Xét đề nghị của Chủ tịch Ủy ban nhân dân tỉnh tại Tờ trình số 41/", "TTr-UB ngày 12 tháng 11 năm 2002;",
     ("Tờ trình", "41/TTr-UB", "2002-11-12")),
    ("Căn cứ Quyết định số 12/2020/", "QĐ-UBND ngày 05/3/2020 của Ủy ban nhân dân tỉnh;", ("Quyết định", "12/2020/QĐ-UBND", "2020-03-05")),
    ("Xét đề nghị của Bộ Kế hoạch và Đầu tư tại công văn số 1180 /", "BKH-VPTĐ ngày 03 tháng 3 năm 2003,",
     ("Công văn", "1180/BKH-VPTĐ", "2003-03-03")),
])
def test_a_number_cut_after_its_slash_is_read_over_the_line(tmp_path, first, second, cited):
    """A copy hard-wrapped after the number's slash: the symbol on the next line, in capitals, was no citation."""
    lines = ["THỦ TƯỚNG CHÍNH PHỦ", *MOTTO, "Số: 74/2003/QĐ-TTg", "Hà Nội, ngày 24 tháng 4 năm 2003", "QUYẾT ĐỊNH",
             "VỀ VIỆC PHÊ DUYỆT QUY HOẠCH TỔNG THỂ", "THỦ TƯỚNG CHÍNH PHỦ", first, second, "QUYẾT ĐỊNH:", "Điều 1. Phê duyệt."]
    meta = _process(tmp_path, lines, "text").metadata
    assert _got(meta, "cited") == [cited]


# --- a title in capitals going on in small letters ("CỦA ĐOÀN …" / "thực hiện Nghị quyết …")

@pytest.mark.parametrize("form", ["text", "html"])
@pytest.mark.parametrize("heading, upper, lower", [
    ("CHƯƠNG TRÌNH", "CÔNG TÁC KIỂM TRA, GIÁM SÁT NĂM 2022", "của Ủy ban Kiểm tra Huyện ủy Đông Sơn"),
    ("KẾ HOẠCH", "TỔ CHỨC CÁC HOẠT ĐỘNG", "chào mừng kỷ niệm 95 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh"),
    ("HƯỚNG DẪN", "CÔNG TÁC TUYÊN TRUYỀN", "nhân dịp Đại hội đại biểu Hội Liên hiệp Phụ nữ tỉnh"),
])
def test_a_title_in_capitals_goes_on_in_small_letters(tmp_path, form, heading, upper, lower):
    """Party and mass bodies set a title's first line in capitals and its subject under it in sentence case: the
    subject was cut off unless it opened with "về"."""
    lines = ["HUYỆN ỦY ĐÔNG SƠN", "ĐẢNG CỘNG SẢN VIỆT NAM", "*", "Số 41-CTr/HU", "Đông Sơn, ngày 08 tháng 6 năm 2021", heading,
             upper, lower, "————", "Ban Thường vụ Huyện ủy ban hành văn bản này, cụ thể như sau:", "I. MỤC ĐÍCH, YÊU CẦU"]
    meta = _process(tmp_path, lines, form).metadata
    assert meta.title == f"{upper} {lower}"


@pytest.mark.parametrize("form", ["text", "html"])
def test_a_body_sentence_under_a_title_in_capitals_stays_out(tmp_path, form):
    """The other side: the body's first sentence opens with a capital."""
    lines = ["HUYỆN ỦY ĐÔNG SƠN", "ĐẢNG CỘNG SẢN VIỆT NAM", "*", "Số 41-KH/HU", "Đông Sơn, ngày 08 tháng 6 năm 2021", "KẾ HOẠCH",
             "TỔ CHỨC CÁC HOẠT ĐỘNG KỶ NIỆM NGÀY THÀNH LẬP ĐẢNG", "Thực hiện Hướng dẫn số 12-HD/BTGTU ngày 02/01/2021 của Ban "
             "Tuyên giáo Tỉnh ủy, Ban Thường vụ Huyện ủy ban hành kế hoạch như sau:", "I. MỤC ĐÍCH, YÊU CẦU"]
    meta = _process(tmp_path, lines, form).metadata
    assert meta.title == "TỔ CHỨC CÁC HOẠT ĐỘNG KỶ NIỆM NGÀY THÀNH LẬP ĐẢNG"


# --- the type printed before the number's label on a page with no heading ("Nghị quyết số: 71/2025/UBTVQH15")

@pytest.mark.parametrize("form", ["text", "html"])
@pytest.mark.parametrize("number_line, doc_type", [
    ("Nghị quyết số: 71/2025/UBTVQH15", "Nghị quyết"),
    ("Luật số: 12/2024/QH15", "Luật"),
    ("Pháp lệnh số: 02/2022/UBTVQH15", "Pháp lệnh"),
])
def test_the_type_before_the_number_label_is_the_documents(tmp_path, form, number_line, doc_type):
    """A site dropped the type's heading, and a symbol of the Assembly's names no type: the type printed before "số:"
    was not read, and the document had none."""
    lines = ["ỦY BAN THƯỜNG VỤ QUỐC HỘI", *MOTTO, number_line, "Hà Nội, ngày 18 tháng 6 năm 2025", "ỦY BAN THƯỜNG VỤ QUỐC HỘI",
             "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;", "QUYẾT NGHỊ:", "Điều 1. Sửa đổi một số điều."]
    meta = _process(tmp_path, lines, form).metadata
    assert meta.doc_type == doc_type


@pytest.mark.parametrize("form", ["text", "html"])
def test_a_heading_names_the_type_whatever_the_number_label_says(tmp_path, form):
    """The other side: the heading's type comes first."""
    lines = ["ỦY BAN THƯỜNG VỤ QUỐC HỘI", *MOTTO, "Nghị quyết số: 71/2025/UBTVQH15", "Hà Nội, ngày 18 tháng 6 năm 2025",
             "QUY CHẾ", "TIẾP CÔNG DÂN", "Điều 1. Phạm vi điều chỉnh."]
    meta = _process(tmp_path, lines, form).metadata
    assert meta.doc_type == "Quy chế"


# --- a dispatch's "… ĐIỆN:" line over its addressees is no title

@pytest.mark.parametrize("form", ["text", "html"])
@pytest.mark.parametrize("issuer, sender", [
    ("THỦ TƯỚNG CHÍNH PHỦ", "THỦ TƯỚNG CHÍNH PHỦ ĐIỆN:"),
    ("BỘ Y TẾ", "BỘ TRƯỞNG BỘ Y TẾ điện:"),
    ("ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ĐIỆN:"),
])
def test_a_dispatch_without_a_subject_has_no_title(tmp_path, form, issuer, sender):
    """"CÔNG ĐIỆN" / "THỦ TƯỚNG CHÍNH PHỦ ĐIỆN:" / "- Đồng chí …": the sender's line was read as the title."""
    lines = [issuer, *MOTTO, "Số: 81/CĐ-TTg", "Hà Nội, ngày 05 tháng 9 năm 2024", "CÔNG ĐIỆN", sender,
             "- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố: Quảng Ninh, Hải Phòng;", "- Bộ trưởng Bộ Quốc phòng.",
             "Hiện nay bão số 3 đang di chuyển nhanh về phía đất liền.", "THỦ TƯỚNG", "Trần Văn An"]
    doc = _process(tmp_path, lines, form)
    assert (doc.metadata.title, [a.name for a in doc.metadata.addressees]) == (
        None, ["Chủ tịch Ủy ban nhân dân các tỉnh, thành phố: Quảng Ninh, Hải Phòng", "Bộ trưởng Bộ Quốc phòng"])
    assert "missing_title" in [w.code for w in doc.warnings]


@pytest.mark.parametrize("form", ["text", "html"])
def test_a_dispatchs_subject_above_the_sender_is_its_title(tmp_path, form):
    """The other side: the subject printed under the heading stays the title, the sender's line out of it."""
    lines = ["THỦ TƯỚNG CHÍNH PHỦ", *MOTTO, "Số: 81/CĐ-TTg", "Hà Nội, ngày 05 tháng 9 năm 2024", "CÔNG ĐIỆN",
             "Về việc tập trung ứng phó với bão số 3", "THỦ TƯỚNG CHÍNH PHỦ điện:", "- Bộ trưởng Bộ Quốc phòng.",
             "Hiện nay bão số 3 đang di chuyển nhanh về phía đất liền."]
    meta = _process(tmp_path, lines, form).metadata
    assert meta.title == "Về việc tập trung ứng phó với bão số 3"


# --- a site's "Ngày post:" is the day it posted the page, not the day of issue

@pytest.mark.parametrize("form", ["text", "html"])
@pytest.mark.parametrize("posted", ["Ngày post: 12-08-2019", "Ngày post: 12/08/2019", "Ngày post 12/08/2019"])
def test_a_sites_posting_date_is_no_date_of_issue(tmp_path, form, posted):
    """A school's post of a union's programme: the posting date was read as the programme's date of issue."""
    lines = [posted, "Ban Chấp hành Liên đoàn Lao động tỉnh ban hành chương trình số 03/Ctr-LĐLĐ về nâng cao chất lượng "
             "công tác tuyên truyền trong công nhân, lao động ở các khu công nghiệp trên địa bàn tỉnh.",
             "Chương trình đặt mục tiêu đến năm 2023 có 90% công nhân được tuyên truyền."]
    try:
        meta = _process(tmp_path, lines, form).metadata
    except NotADocument:
        return
    assert meta.issued_date is None


# --- a unit's line under the date line: a copy that ran the header's two columns row by row

@pytest.mark.parametrize("form", ["text", "html"])
@pytest.mark.parametrize("parent, place, unit, number", [
    ("BAN CHẤP HÀNH TRUNG ƯƠNG", "Hà Nội", "VĂN PHÒNG", "Số: 27-HD/VPTW"),
    ("TỈNH ỦY NGHỆ AN", "Vinh", "BAN TUYÊN GIÁO", "Số: 41-HD/BTGTU"),
    ("HUYỆN ỦY ĐÔ LƯƠNG", "Đô Lương", "ỦY BAN KIỂM TRA", "Số 12-KH/UBKTHU"),
])
def test_a_units_line_under_the_date_line_is_the_issuer(tmp_path, form, parent, place, unit, number):
    """"BAN CHẤP HÀNH TRUNG ƯƠNG   ĐẢNG CỘNG SẢN VIỆT NAM" / "*" / "Hà Nội, ngày …" / "VĂN PHÒNG" / "Số: …": the header
    was read up to the date, and the committee over the office was the issuer."""
    lines = [f"{parent}                    ĐẢNG CỘNG SẢN VIỆT NAM", "*", f"{place}, ngày 11 tháng 04 năm 2014", unit, number,
             "HƯỚNG DẪN", "một số điểm về chế độ chi hoạt động công tác đảng", "-----------", "Điều 1. Đối tượng áp dụng"]
    meta = _process(tmp_path, lines, form).metadata
    assert (meta.issuer.name, meta.issuer.parent) == (unit, parent)


@pytest.mark.parametrize("form", ["text", "html"])
def test_a_heading_under_the_date_line_is_no_unit(tmp_path, form):
    """The other side: the type's heading under the date stays the heading."""
    lines = ["ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN", *MOTTO, "Vinh, ngày 11 tháng 04 năm 2014", "KẾ HOẠCH", "Số: 12/KH-UBND",
             "Phòng, chống thiên tai năm 2014", "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích"]
    meta = _process(tmp_path, lines, form).metadata
    assert (meta.issuer.name, meta.doc_type) == ("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN", "Kế hoạch")


# --- a document cited in the title's capitals and again in the body: one citation, its number as the body prints it

@pytest.mark.parametrize("form", ["text", "html"])
@pytest.mark.parametrize("in_title, in_body, cited", [
    ("QUY ĐỊNH SỐ 11-QĐI/TW, NGÀY 02/10/2019", "Quy định số 11-QĐi/TW, ngày 02/10/2019", ("Quy định", "11-QĐi/TW", "2019-10-02")),
    ("NGHỊ QUYẾT SỐ 30C/NQ-CP NGÀY 08/11/2011", "Nghị quyết số 30c/NQ-CP ngày 08/11/2011", ("Nghị quyết", "30c/NQ-CP", "2011-11-08")),
])
def test_a_document_cited_in_capitals_and_in_the_body_is_cited_once(tmp_path, form, in_title, in_body, cited):
    """"… QUY ĐỊNH SỐ 11-QĐI/TW …" in the title and "Quy định số 11-QĐi/TW" in the grounds: two citations, one with a
    symbol no document has."""
    lines = ["BAN CHẤP HÀNH TRUNG ƯƠNG", "ỦY BAN KIỂM TRA", "ĐẢNG CỘNG SẢN VIỆT NAM", "Số: 09-HD/UBKTTW",
             "Hà Nội, ngày 21 tháng 11 năm 2019", "HƯỚNG DẪN", f"THỰC HIỆN MỘT SỐ ĐIỀU TRONG {in_title} VỀ XỬ LÝ KỶ LUẬT",
             f"- Căn cứ {in_body} về xử lý kỷ luật đảng viên vi phạm;", "Ủy ban Kiểm tra Trung ương hướng dẫn như sau:",
             "Điều 1. Giải thích từ ngữ"]
    meta = _process(tmp_path, lines, form).metadata
    assert _got(meta, "cited") == [cited]


@pytest.mark.parametrize("form", ["text", "html"])
def test_two_documents_in_capitals_and_in_the_body_stay_two(tmp_path, form):
    """The other side: another number in the body is another document."""
    lines = ["BAN CHẤP HÀNH TRUNG ƯƠNG", "ỦY BAN KIỂM TRA", "ĐẢNG CỘNG SẢN VIỆT NAM", "Số: 09-HD/UBKTTW",
             "Hà Nội, ngày 21 tháng 11 năm 2019", "HƯỚNG DẪN", "THỰC HIỆN QUY ĐỊNH SỐ 11-QĐI/TW, NGÀY 02/10/2019 VỀ KỶ LUẬT",
             "- Căn cứ Quy định số 35-QĐ/TW, ngày 14/9/2016 của Ban Chấp hành Trung ương;", "Điều 1. Giải thích từ ngữ"]
    meta = _process(tmp_path, lines, form).metadata
    assert sorted(number for _, number, _ in _got(meta, "cited")) == ["11-QĐI/TW", "35-QĐ/TW"]
