"""Forms sampled in s26 from stored openings of legal-site pages nobody had run (a blind sample aimed at party bodies
and mass organisations, departments under a province, steering committees and sub-committees, and joint documents).

What the forms are (our own notes; every fixture below is written for the test, names and numbers made up):
- a joint header in a bordered row ("HỘI NÔNG DÂN TỈNH … | SỞ NÔNG NGHIỆP … | CỘNG HÒA … |") gave the first body as
  the issuer alone, and an empty cell left its bar in the place ("| Nghệ An"); two ministries on one line with an
  unspaced dash between them ("BỘ VĂN HOÁ - THÔNG TIN-BỘ Y TẾ") were one body; a department under its province's name
  with the other body under it ("UBND TỈNH …" / "SỞ Y TẾ" / "HỘI NÔNG DÂN TỈNH …", "KHPH-SYT-HND") gave the last alone;
- a ground wrapped at a symbol's hyphen ("Tờ trình số 327/TTr -" / "NN&PTNT ngày …") cited "327/TTr" without its date;
  a lead in small letters ("các nghị định của Chính phủ: Số …; số …") listed nothing;
- a title naming what it amends ("… BAN HÀNH KÈM THEO QUYẾT ĐỊNH SỐ 33/2017/QĐ-UBND …") ended at "kèm theo": none;
- the two leftovers of s25: an annex titled by a type's name ("PHỤ LỤC" / "KẾ HOẠCH" / …; a title under "(Kèm theo …)";
  "HƯỚNG DẪN CHẤM ĐIỂM …" / "(Kèm theo …)" on one line) and the last recital run into "QUYẾT ĐỊNH:";
- a forum's one-line copy with glued stars and heading read as no document; a preview's one line lost its last dashed
  addressee with the letter's first sentence (the two pages themselves were earlier rounds', their classes are tested here);
- PAGES: the rest of the sample, pinned in text and, for the pages that print no cell borders, in HTML. The corpus's
  openings showed party bodies' documents without their signatures; the signatures of party bodies, departments and
  steering committees (T/M BAN THƯỜNG VỤ, K/T BÍ THƯ, KT. GIÁM ĐỐC, Q. GIÁM ĐỐC, TUQ., KT. TRƯỞNG BAN) were probed
  on variants and read right before this round.
"""

from __future__ import annotations

import pytest

from page_fields import field_of as _got
from page_fields import forms_of as _forms
from page_fields import is_right as _right
from page_fields import processed as _process
from pipeline.stages.citations import find_citations

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------"]
CELLS_MOTTO = ["|", "CỘNG", "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------", "|"]
CELLS_MOTTO_WRAPPED = ["|", "CỘNG HÒA XÃ HỘI", "CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------", "|"]
ATTRS = ["Ngày công báo: Đang cập nhật Số công báo: Đang cập nhật", "Tình trạng: Đang cập nhập",
         "Ngày hết hiệu lực: Đang cập nhật", ""]
ARTICLES = ["QUYẾT ĐỊNH:", "Điều 1. Ban hành kèm theo Quyết định này Danh mục chi tiết.",
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký."]
# name: (lines, expected); cited: [(doc_type, number, issued_date)] in order; a tuple of values: any of them is right
PAGES = {
 # the Central Committee's regulation under a news site's list, rules under both names, grounds after a dash
 "qdinh_tw_dash_grounds": ([
   "Quy định số 74-QĐ/TW: chức năng, nhiệm vụ của ban cán sự đảng", "(Mặt trận) - Ban Biên tập trân trọng đăng toàn văn Quy định.",
   "Chỉ thị của Ban Bí thư về việc tổ chức Tết năm 2023", "", "BAN CHẤP HÀNH TRUNG ƯƠNG", "-------", "ĐẢNG CỘNG SẢN VIỆT NAM",
   "---------------", "Số: 74-QĐ/TW", "Hà Nội, ngày 27 tháng 09 năm 2022", " ", "QUY ĐỊNH",
   "CHỨC NĂNG, NHIỆM VỤ, QUYỀN HẠN, MỐI QUAN HỆ CÔNG TÁC CỦA ĐẢNG ĐOÀN, BAN CÁN SỰ ĐẢNG Ở CẤP TỈNH", " ",
   "- Căn cứ Điều lệ Đảng và Quy định số 31-QĐ/TW, ngày 30/7/2021 của Ban Chấp hành Trung ương về thi hành Điều lệ Đảng;",
   "- Căn cứ Quy chế làm việc của Ban Chấp hành Trung ương khóa XIII,", "Bộ Chính trị quy định như sau:",
   "Chương I", "QUY ĐỊNH CHUNG"],
  dict(doc_type="Quy định", number="74-QĐ/TW", issued_date="2022-09-27", place="Hà Nội", issuer="BAN CHẤP HÀNH TRUNG ƯƠNG",
       title="CHỨC NĂNG, NHIỆM VỤ, QUYỀN HẠN, MỐI QUAN HỆ CÔNG TÁC CỦA ĐẢNG ĐOÀN, BAN CÁN SỰ ĐẢNG Ở CẤP TỈNH",
       cited=[("Quy định", "31-QĐ/TW", "2021-07-30")])),
 # a city youth union's plan from a blog: no header, its ground cites the central union's plan "số 298 KH/TWĐTN"
 "kh_thanh_doan_blog_no_header": ([
   "KẾ HOẠCH", "Tổ chức đại hội Đoàn các cấp, tiến tới Đại hội đại biểu", "Đoàn TNCS Hồ Chí Minh thành phố Đà Nẵng lần thứ VIII,",
   "nhiệm kỳ 2012 - 2017",
   "Căn cứ Điều lệ Đoàn TNCS Hồ Chí Minh và Kế hoạch số 287-KH/TWĐTN ngày 04/8/2011 của Ban Chấp hành Trung ương Đoàn "
   "về việc tổ chức đại hội đoàn các cấp; Ban Chấp hành Thành đoàn Đà Nẵng ban hành Kế hoạch như sau:",
   "I. YÊU CẦU", "1. Đại hội Đoàn các cấp phải quán triệt sâu sắc tư tưởng chỉ đạo của Nghị quyết Đại hội Đảng."],
  dict(doc_type="Kế hoạch", number=None, issued_date=None,
       title="Tổ chức đại hội Đoàn các cấp, tiến tới Đại hội đại biểu Đoàn TNCS Hồ Chí Minh thành phố Đà Nẵng lần thứ VIII, "
             "nhiệm kỳ 2012 - 2017",
       cited=[("Kế hoạch", "287-KH/TWĐTN", "2011-08-04")])),
 # a provincial committee's programme posted by a department: the site's lines, no header, "Chỉ thị 13-CT/TW, ngày …"
 "ctr_tinh_uy_posted_no_header": ([
   "Tìm kiếm tin tức", "Chương trình thực hiện Chỉ thị 16-CT/TW của Ban Bí thư về công tác phòng, chống thiên tai",
   "Ngày cập nhật 14/11/2017",
   "Ngày 05/9/2017, Tỉnh ủy Hà Giang đã ban hành Chương trình số 48-CTr/TU về thực hiện Chỉ thị 16-CT/TW.",
   "Ban quản trị website xin đăng toàn văn Chương trình:", "", "CHƯƠNG TRÌNH", "",
   "Thực hiện Chỉ thị 16-CT/TW của Ban Bí thư về tăng cường sự lãnh đạo của Đảng", "", "đối với công tác phòng, chống thiên tai", " ",
   "Thực hiện Chỉ thị 16-CT/TW, ngày 24/3/2017 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác phòng, "
   "chống thiên tai, Ban Thường vụ Tỉnh ủy (khóa XVII) ban hành chương trình thực hiện như sau:", "", "I. MỤC ĐÍCH, YÊU CẦU",
   "", "1. Nâng cao trách nhiệm của cả hệ thống chính trị trong quản lý, phòng, chống thiên tai."],
  dict(doc_type="Chương trình", issued_date=None,
       title="Thực hiện Chỉ thị 16-CT/TW của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác phòng, chống thiên tai",
       cited=[("Chỉ thị", "16-CT/TW", "2017-03-24")])),
 # a congress's organising committee's sub-committee: four header lines, the parent's and its own, a letter to a
 # steering committee, a cited guide in brackets
 "cv_tieu_ban_under_parent": ([
   "Công văn 36/BTC-TĐKT", "", "BAN TỔ CHỨC", "ĐẠI HỘI ĐẠI BIỂU", "CÁC DÂN TỘC THIỂU SỐ VIỆT NAM", "TIỂU BAN THI ĐUA – KHEN THƯỞNG",
   "-------------", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập – Tự do – Hạnh phúc", "-------------------",
   "Số: 36/BTC-TĐKT", "V/v hướng dẫn công tác thi đua, khen thưởng tại Đại hội cấp tỉnh", "Hà Nội, ngày 08 tháng 11 năm 2013", " ",
   "Kính gửi:", "Ban Chỉ đạo Đại hội đại biểu các dân tộc thiểu số các tỉnh, thành phố trực thuộc Trung ương", " ",
   "Căn cứ nội dung hướng dẫn tổ chức Đại hội cấp tỉnh (Hướng dẫn số 11/HD-BCĐ ngày 02/9/2013 của Ban Chỉ đạo Đại hội), "
   "Tiểu ban Thi đua – Khen thưởng Đại hội hướng dẫn như sau:",
   "1. Các trường hợp đề nghị khen thưởng cấp Trung ương lập hồ sơ theo quy định."],
  dict(doc_type="Công văn", number="36/BTC-TĐKT", issued_date="2013-11-08", place="Hà Nội",
       issuer=("TIỂU BAN THI ĐUA – KHEN THƯỞNG",
               "BAN TỔ CHỨC ĐẠI HỘI ĐẠI BIỂU CÁC DÂN TỘC THIỂU SỐ VIỆT NAM TIỂU BAN THI ĐUA – KHEN THƯỞNG"),
       title="hướng dẫn công tác thi đua, khen thưởng tại Đại hội cấp tỉnh",
       addressees=["Ban Chỉ đạo Đại hội đại biểu các dân tộc thiểu số các tỉnh, thành phố trực thuộc Trung ương"],
       cited=[("Hướng dẫn", "11/HD-BCĐ", "2013-09-02")])),
 # a joint circular on a portal: the two ministries on one line joined by a dash, the first one's name with a dash of
 # its own, the number before the motto, "THÔNG TƯ" heading, grounds citing an ordinance, a decree and a circular
 "ttlt_portal_two_ministries_one_line": ([
   "• Hiệu lực: Hết hiệu lực toàn bộ", "• Ngày có hiệu lực: 11/04/2005", "• Ngày hết hiệu lực: 01/07/2014",
   "BỘ VĂN HOÁ - THÔNG TIN-BỘ TÀI CHÍNH", "Số: 07/2005/TTLT/BVHTT-BTC", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
   "Độc lập - Tự do - Hạnh phúc", "Sóc Trăng, ngày 09 tháng 3 năm 2005", "", "THÔNG TƯ",
   "Hướng dẫn về quản lý lệ phí cấp giấy phép biểu diễn nghệ thuật", "",
   "Căn cứ Pháp lệnh Phí và lệ phí số 38/2001/PL-UBTVQH10 ngày 28 tháng 8 năm 2001;",
   "Căn cứ Nghị định số 57/2002/NĐ-CP ngày 03 tháng 6 năm 2002 của Chính phủ quy định chi tiết thi hành Pháp lệnh Phí và lệ phí;",
   "Căn cứ Thông tư số 63/2002/TT-BTC ngày 24/7/2002 của Bộ Tài chính hướng dẫn thực hiện các quy định pháp luật về phí;",
   "Liên tịch Bộ Văn hóa - Thông tin và Bộ Tài chính hướng dẫn như sau:", "", "I. NHỮNG QUY ĐỊNH CHUNG"],
  dict(doc_type=("Thông tư", "Thông tư liên tịch"), number="07/2005/TTLT/BVHTT-BTC", issued_date="2005-03-09",
       place="Sóc Trăng", joint=2, title="Hướng dẫn về quản lý lệ phí cấp giấy phép biểu diễn nghệ thuật",
       cited=[("Pháp lệnh", "38/2001/PL-UBTVQH10", "2001-08-28"), ("Nghị định", "57/2002/NĐ-CP", "2002-06-03"),
              ("Thông tư", "63/2002/TT-BTC", "2002-07-24")])),
 # a joint circular on a case-law site: its attributes as a list, the two bodies "VĂN PHÒNG CHÍNH PHỦ - BỘ NỘI VỤ"
 "ttlt_caselaw_attrs_two_bodies": ([
   "cơ sở dữ liệu pháp lý", "", "Thông tin văn bản",
   "  • Thông tư liên tịch số 09/2012/TTLT-VPCP-BNV ngày 23/03/2012 giữa Chủ nhiệm Văn phòng Chính phủ và Bộ trưởng Bộ Nội vụ",
   "  • Số hiệu văn bản: 09/2012/TTLT-VPCP-BNV", "  • Loại văn bản: Thông tư liên tịch",
   "  • Cơ quan ban hành: Bộ Nội vụ, Văn phòng Chính phủ", "  • Ngày ban hành: 23-03-2012", "",
   "VĂN PHÒNG CHÍNH PHỦ - BỘ NỘI VỤ", "-------", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập – Tự do – Hạnh phúc",
   "--------------", "Số: 09/2012/TTLT-VPCP-BNV", "Hà Nội, ngày 23 tháng 03 năm 2012", " ", "THÔNG TƯ LIÊN TỊCH",
   "HƯỚNG DẪN CHỨC NĂNG, NHIỆM VỤ CỦA VĂN PHÒNG ỦY BAN NHÂN DÂN CẤP TỈNH",
   "Căn cứ Nghị định số 36/2012/NĐ-CP ngày 18 tháng 4 năm 2012 của Chính phủ quy định chức năng của bộ;",
   "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ và Bộ trưởng Bộ Nội vụ ban hành Thông tư liên tịch như sau:",
   "Điều 1. Vị trí và chức năng"],
  dict(doc_type="Thông tư liên tịch", number="09/2012/TTLT-VPCP-BNV", issued_date="2012-03-23", place="Hà Nội", joint=2,
       title="HƯỚNG DẪN CHỨC NĂNG, NHIỆM VỤ CỦA VĂN PHÒNG ỦY BAN NHÂN DÂN CẤP TỈNH",
       cited=[("Nghị định", "36/2012/NĐ-CP", "2012-04-18")])),
 # a province's decision numbered with another type's symbol ("…/CT-UBND" over "QUYẾT ĐỊNH"), "BANHÀNH" run together
 "qd_number_other_symbol": ([
   "ỦY BAN NHÂN DÂN", "TỈNH PHÚ YÊN", "--------", *MOTTO[:2], "---------------", "Số: 37/2008/CT-UBND",
   "Tuy Hòa, ngày 19 tháng 5 năm 2008", "", "QUYẾT ĐỊNH",
   "BANHÀNH KẾ HOẠCH HÀNH ĐỘNG VÌ TRẺ EM TỈNH PHÚ YÊN GIAI ĐOẠN 2008 - 2010", "", "ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN",
   "", "Căn cứ Luật Tổ chức Hội đồngnhân dân và Ủy ban nhân dân;",
   "", "Căn cứ Nghị quyết số 18/2007/NQ-HĐND ngày 07/12/2007 của Hội đồng nhân dân tỉnh về Kế hoạch hành động;",
   "", "Theo đề nghị của Sở Kế hoạch và Đầu tư tại Tờ trình số 96/SKHĐT ngày 30/4/2008,", "", *ARTICLES],
  dict(doc_type="Quyết định", number="37/2008/CT-UBND", issued_date="2008-05-19", place="Tuy Hòa",
       issuer="ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN",
       title=("BANHÀNH KẾ HOẠCH HÀNH ĐỘNG VÌ TRẺ EM TỈNH PHÚ YÊN GIAI ĐOẠN 2008 - 2010",
              "BAN HÀNH KẾ HOẠCH HÀNH ĐỘNG VÌ TRẺ EM TỈNH PHÚ YÊN GIAI ĐOẠN 2008 - 2010"),
       cited=[("Nghị quyết", "18/2007/NQ-HĐND", "2007-12-07"), ("Tờ trình", "96/SKHĐT", "2008-04-30")])),
 # a province's guide numbered by its emulation council ("…/HD-TĐKT"), under a site's log-in menu, a guide cited in
 # small letters
 "hd_tdkt_menu_small_guide": ([
   "Từ khoá: Số Hiệu, Tiêu đề hoặc Nội dung ngắn gọn của Văn Bản...", "Đăng nhập", "Đang tải văn bản...",
   "Số hiệu: 48/HD-TĐKT Loại văn bản: Hướng dẫn", "Nơi ban hành: Tỉnh Tuyên Quang Người ký: Trần Minh Đức",
   "Ngày ban hành: 22/02/2008 Ngày hiệu lực: Đã biết", "Tình trạng: Đã biết", "", "ỦY BAN NHÂN DÂN", "TỈNH TUYÊN QUANG", "--------",
   *MOTTO, "Số: 48/HD-TĐKT", "Tuyên Quang, ngày 22 tháng 02 năm 2008", " ", "HƯỚNG DẪN",
   "TRIỂN KHAI CÔNG TÁC THI ĐUA, KHEN THƯỞNG TRÊN ĐỊA BÀN TỈNH TUYÊN QUANG",
   "Căn cứ Luật Thi đua, Khen thưởng và Nghị định 121/2005/NĐ-CP ngày 30/9/2005 của Chính phủ quy định chi tiết thi hành;",
   "Căn cứ hướng dẫn số 75/HD-BTĐKTTW ngày 09/02/2007 của Ban Thi đua Khen thưởng Trung ương. Uỷ ban nhân dân tỉnh "
   "Tuyên Quang hướng dẫn như sau,", "I- HÌNH THỨC, NỘI DUNG THI ĐUA:"],
  dict(doc_type="Hướng dẫn", number="48/HD-TĐKT", issued_date="2008-02-22", place="Tuyên Quang", issuer="ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG",
       title="TRIỂN KHAI CÔNG TÁC THI ĐUA, KHEN THƯỞNG TRÊN ĐỊA BÀN TỈNH TUYÊN QUANG",
       cited=[("Nghị định", "121/2005/NĐ-CP", "2005-09-30"), ("Hướng dẫn", "75/HD-BTĐKTTW", "2007-02-09")])),
 # a province's plan in cells citing a ministry's "văn bản số …" and a department's submission numbered "…/TTr-…"
 "kh_cells_van_ban_and_submission": ([
   "ỦY BAN NHÂN DÂN", "TỈNH THÁI NGUYÊN", "-------", *CELLS_MOTTO_WRAPPED, "Số: 217/KH-UBND", "|", "Thái Nguyên, ngày", "16 tháng 9 năm 2019",
   "|", "KẾ HOẠCH", "TƯ VẤN HƯỚNG NGHIỆP VÀ PHÂN LUỒNG HỌC SINH TRONG GIÁO DỤC", "PHỔ THÔNG GIAI ĐOẠN 2019-2025 TRÊN ĐỊA BÀN TỈNH THÁI NGUYÊN",
   "Căn cứ Quyết định số 522/QĐ-TTg ngày", "14/5/2018 của Thủ tướng Chính phủ phê duyệt Đề án giáo dục hướng nghiệp;",
   "Căn cứ văn bản số 1702/BGDĐT-GDTrH", "ngày 22/04/2019 của Bộ GD&ĐT về việc hướng dẫn triển khai Đề án,",
   "Xét đề nghị của Sở GD&ĐT tại văn", "bản số 128/TTr-SGDĐT ngày 3/9/2019, UBND tỉnh Thái Nguyên ban hành Kế hoạch như sau:",
   "I. Mục đích, yêu cầu", "1. Nâng cao chất lượng giáo dục hướng nghiệp."],
  dict(doc_type="Kế hoạch", number="217/KH-UBND", issued_date="2019-09-16", place="Thái Nguyên", issuer="ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN",
       title="TƯ VẤN HƯỚNG NGHIỆP VÀ PHÂN LUỒNG HỌC SINH TRONG GIÁO DỤC PHỔ THÔNG GIAI ĐOẠN 2019-2025 TRÊN ĐỊA BÀN TỈNH THÁI NGUYÊN",
       cited=([("Quyết định", "522/QĐ-TTg", "2018-05-14"), ("Văn bản", "1702/BGDĐT-GDTrH", "2019-04-22"),
               ("Văn bản", "128/TTr-SGDĐT", "2019-09-03")],
              [("Quyết định", "522/QĐ-TTg", "2018-05-14"), ("Văn bản", "1702/BGDĐT-GDTrH", "2019-04-22"),
               ("Tờ trình", "128/TTr-SGDĐT", "2019-09-03")]))),
 # a province's plan in cells whose grounds are a numbered list under "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH", party resolutions
 "kh_cells_numbered_grounds": ([
   "ỦY", "BAN NHÂN DÂN", "TỈNH VĨNH LONG", "-------", *CELLS_MOTTO, "Số: 455/KH-UBND", "|", "Vĩnh", "Long, ngày 14 tháng 11 năm 2022", "|",
   "KẾ HOẠCH", "THỰC HIỆN CHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ TRONG PHÁT TRIỂN NÔNG NGHIỆP TRÊN ĐỊA BÀN TỈNH VĨNH LONG", "GIAI ĐOẠN 2022-2025",
   "I. CĂN CỨ XÂY DỰNG", "KẾ HOẠCH", "1. Quyết định số 924/QĐ-TTg ngày 22",
   "tháng 8 năm 2022 của Thủ tướng Chính phủ phê duyệt Chương trình chuyển đổi số trong xây dựng nông thôn mới;",
   "2. Nghị quyết số 05-NQ/TU ngày 14", "tháng 6 năm 2021 của Ban Chấp hành Đảng bộ tỉnh về xây dựng nông thôn mới.",
   "3. Nghị quyết số 12-NQ/TU ngày 27", "tháng 10 năm 2021 của Tỉnh ủy về chuyển đổi số tỉnh Vĩnh Long.",
   "II. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích"],
  dict(doc_type="Kế hoạch", number="455/KH-UBND", issued_date="2022-11-14", place="Vĩnh Long", issuer="ỦY BAN NHÂN DÂN TỈNH VĨNH LONG",
       title="THỰC HIỆN CHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ TRONG PHÁT TRIỂN NÔNG NGHIỆP TRÊN ĐỊA BÀN TỈNH VĨNH LONG GIAI ĐOẠN 2022-2025")),
 # a chairman's decision joined by " | ", the header's body without its province, no title heading's type
 "qd_pipes_body_without_province": ([
   "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |", "Số: 536/QĐ-UBND | Nam Định, ngày 03 tháng 6 năm 2019 |",
   "QUYẾT ĐỊNH",
   "VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH THỰC HIỆN THEO CƠ CHẾ MỘT CỬA THUỘC THẨM QUYỀN CỦA SỞ TƯ PHÁP",
   "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;",
   "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa;",
   "Căn cứ Thông tư số 01/2018/TT-VPCP ngày 23/11/2018 của Văn phòng Chính phủ hướng dẫn thi hành;",
   "Xét đề nghị của Giám đốc sở Tư pháp,", *ARTICLES],
  dict(doc_type="Quyết định", number="536/QĐ-UBND", issued_date="2019-06-03", place="Nam Định",
       issuer=("ỦY BAN NHÂN DÂN", "ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH"),
       title="VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH THỰC HIỆN THEO CƠ CHẾ MỘT CỬA THUỘC THẨM QUYỀN CỦA SỞ TƯ PHÁP",
       cited=[("Nghị định", "61/2018/NĐ-CP", "2018-04-23"), ("Thông tư", "01/2018/TT-VPCP", "2018-11-23")])),
 # a chairman's decision in a site's attribute table, "ỦY BAN NHÂN" / "DÂN |", no type heading, the subject first
 "qd_attr_table_no_heading": ([
   "Quyết định 742/QĐ-UBND năm 2017 phê duyệt Kiến trúc chính quyền số tỉnh Bắc Ninh", "| Số hiệu | 742/QĐ-UBND |",
   "| Ngày ban hành | 18/05/2017 |", "| Loại văn bản | Quyết định |", "| Cơ quan ban hành | Tỉnh Bắc Ninh |",
   "| Người ký | Đỗ Quang Huy |", "|", "ỦY BAN NHÂN", "DÂN |", "CỘNG HÒA XÃ HỘI", "CHỦ NGHĨA VIỆT NAM |", "|",
   "Số: 742/QĐ-UBND |", "Bắc Ninh, ngày 18 tháng 5 năm 2017 |", "VỀ VIỆC PHÊ DUYỆT KIẾN TRÚC CHÍNH QUYỀN SỐ TỈNH BẮC NINH.",
   "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC NINH", "Căn cứ Luật tổ chức chính quyền địa phương ngày 16/6/2015;",
   "Căn cứ Nghị quyết số 36-NQ/TW ngày 01/7/2014 của Bộ chính trị về đẩy mạnh ứng dụng công nghệ thông tin;",
   "Căn cứ Nghị quyết số 36a/NQ-CP ngày 14/10/2015 của Chính phủ về Chính phủ điện tử;",
   "Căn cứ Công văn số 1178/BTTTT-THH ngày 21/4/2015 của Bộ Thông tin và Truyền thông ban hành Khung kiến trúc;",
   "Xét đề nghị của Giám đốc Sở Thông tin và Truyền thông,", *ARTICLES],
  dict(doc_type="Quyết định", number="742/QĐ-UBND", issued_date="2017-05-18", place="Bắc Ninh",
       issuer=("ỦY BAN NHÂN DÂN", "ỦY BAN NHÂN DÂN TỈNH BẮC NINH"),
       title=("VỀ VIỆC PHÊ DUYỆT KIẾN TRÚC CHÍNH QUYỀN SỐ TỈNH BẮC NINH",
              "VỀ VIỆC PHÊ DUYỆT KIẾN TRÚC CHÍNH QUYỀN SỐ TỈNH BẮC NINH."),
       cited=[("Nghị quyết", "36-NQ/TW", "2014-07-01"), ("Nghị quyết", "36a/NQ-CP", "2015-10-14"),
              ("Công văn", "1178/BTTTT-THH", "2015-04-21")])),
 # a chairman's decision in cells, two decrees in one ground, the second without its date
 "qd_cells_second_decree_no_date": ([
   "ỦY BAN NHÂN DÂN", "TỈNH AN GIANG", "-------", *CELLS_MOTTO_WRAPPED, "Số: 1873/QĐ-UBND", "|", "An Giang, ngày 13",
   "tháng 9 năm 2021", "|", "QUYẾT ĐỊNH", "PHÊ DUYỆT KẾ HOẠCH CHUYỂN ĐỔI CƠ CẤU CÂY TRỒNG TỪ ĐẤT TRỒNG",
   "LÚA KÉM HIỆU QUẢ SANG CÂY RAU MÀU GIAI ĐOẠN 2021 - 2025", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH AN GIANG",
   "Căn cứ Luật Tổ chức Chính", "quyền địa phương ngày 19 tháng 6 năm 2015;", "Căn cứ Nghị định số",
   "35/2015/NĐ-CP ngày 13 tháng 4 năm 2015 của Chính phủ về quản lý, sử dụng đất trồng",
   "lúa; Nghị định số 62/2019/NĐ-CP về sửa đổi một số điều của Nghị định", "số 35/2015/NĐ-CP ;",
   "Căn cứ Công văn số", "628/BNN-TT ngày 21/01/2020 của Bộ Nông nghiệp và Phát triển nông thôn về việc báo cáo kết quả;",
   "Theo đề nghị của Giám đốc Sở", "Nông nghiệp và Phát triển nông thôn tại Tờ trình số 231/TTr-SNNPTNT ngày",
   "06/9/2021.", *ARTICLES],
  dict(doc_type="Quyết định", number="1873/QĐ-UBND", issued_date="2021-09-13", place="An Giang",
       issuer="ỦY BAN NHÂN DÂN TỈNH AN GIANG",
       title="PHÊ DUYỆT KẾ HOẠCH CHUYỂN ĐỔI CƠ CẤU CÂY TRỒNG TỪ ĐẤT TRỒNG LÚA KÉM HIỆU QUẢ SANG CÂY RAU MÀU GIAI ĐOẠN 2021 - 2025",
       cited=([("Nghị định", "35/2015/NĐ-CP", "2015-04-13"), ("Nghị định", "62/2019/NĐ-CP", None),
               ("Công văn", "628/BNN-TT", "2020-01-21"), ("Tờ trình", "231/TTr-SNNPTNT", "2021-09-06")],))),
 # a province's plan in cells, a ministry's plan cited after the Prime Minister's decision in one ground
 "kh_cells_ministry_plan_cited": ([
   "ỦY BAN NHÂN DÂN", "TỈNH HÒA BÌNH", "-------", *CELLS_MOTTO_WRAPPED, "Số:", "193/KH-UBND", "|", "Hòa Bình, ngày 17 tháng 07 năm 2021", "|",
   "KẾ HOẠCH", "TỔ CHỨC THỰC HIỆN ĐỀ ÁN “TRỒNG MỘT TỶ CÂY XANH GIAI ĐOẠN 2021-2025”", "TRÊN ĐỊA BÀN TỈNH HÒA BÌNH",
   "Thực hiện Quyết định số", "524/QĐ-TTg ngày 01/4/2021 của Thủ tướng Chính phủ phê duyệt Đề án; Kế hoạch số 2620/KH-BNN-TCLN ngày",
   "08/5/2021 của Bộ Nông nghiệp và PTNT. UBND tỉnh Hòa Bình ban hành Kế hoạch như sau:", "I. QUAN ĐIỂM,", "MỤC TIÊU, YÊU CẦU",
   "1. Quan điểm"],
  dict(doc_type="Kế hoạch", number="193/KH-UBND", issued_date="2021-07-17", place="Hòa Bình", issuer="ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH",
       title="TỔ CHỨC THỰC HIỆN ĐỀ ÁN “TRỒNG MỘT TỶ CÂY XANH GIAI ĐOẠN 2021-2025” TRÊN ĐỊA BÀN TỈNH HÒA BÌNH",
       cited=[("Quyết định", "524/QĐ-TTg", "2021-04-01"), ("Kế hoạch", "2620/KH-BNN-TCLN", "2021-05-08")])),
 # the Assembly's standing committee's resolution, "Nghị quyết số: 653/2019/UBTVQH14" as the number's label
 "nq_ubtvqh_label_with_type": ([
   "Nghị quyết 829/2019/UBTVQH14", "", "Nội dung toàn văn Nghị quyết 829/2019/UBTVQH14 sắp xếp các đơn vị hành chính cấp huyện", "",
   "ỦY BAN THƯỜNG VỤ", "QUỐC HỘI", "--------", "", *MOTTO, "", "Nghị quyết số: 829/2019/UBTVQH14", "",
   "Hà Nội, ngày 27 tháng 6 năm 2019", " ", "NGHỊ QUYẾT", "", "VỀ VIỆC SẮP XẾP CÁC ĐƠN VỊ HÀNH CHÍNH CẤP HUYỆN TRONG GIAI ĐOẠN 2019 - 2021",
   "", "ỦY BAN THƯỜNG VỤ QUỐC HỘI", "", "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;", "",
   "Căn cứ Luật Tổ chức chính quyền địa phương số 77/2015/QH13;", "",
   "Căn cứ Nghị quyết số 37-NQ/TW ngày 24 tháng 12 năm 2018 của Bộ Chính trị về việc sắp xếp các đơn vị hành chính;", "",
   "Căn cứ Nghị quyết số 56/2017/QH14 ngày 24 tháng 11 năm 2017 của Quốc hội về cải cách tổ chức bộ máy;", "",
   "QUYẾT NGHỊ:", "", "Điều 1. Các đơn vị hành chính cấp huyện thuộc diện sắp xếp"],
  dict(doc_type="Nghị quyết", number="829/2019/UBTVQH14", issued_date="2019-06-27", place="Hà Nội",
       issuer="ỦY BAN THƯỜNG VỤ QUỐC HỘI",
       title="VỀ VIỆC SẮP XẾP CÁC ĐƠN VỊ HÀNH CHÍNH CẤP HUYỆN TRONG GIAI ĐOẠN 2019 - 2021",
       cited=([("Nghị quyết", "37-NQ/TW", "2018-12-24"), ("Nghị quyết", "56/2017/QH14", "2017-11-24")],
              [("Luật", "77/2015/QH13", None), ("Nghị quyết", "37-NQ/TW", "2018-12-24"),
               ("Nghị quyết", "56/2017/QH14", "2017-11-24")]))),
 # a province's decision in cells, a joint circular cited, a submission numbered with spaces ("473/TTr - NN&PTNT")
 "qd_cells_joint_circular_spaced_submission": ([
   "ỦY", "BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ", "--------", *CELLS_MOTTO, "Số:", "24/2007/QĐ-UBND", "|", "Quảng", "Trị, ngày 09 tháng 7 năm 2007",
   "|", "QUYẾT ĐỊNH", "BAN HÀNH QUY ĐỊNH CHỨC NĂNG, NHIỆM VỤ, QUYỀN HẠN VÀ", "CƠ CẤU TỔ CHỨC CỦA SỞ NÔNG NGHIỆP & PTNT TỈNH QUẢNG TRỊ",
   "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ", "Căn cứ Luật Tổ chức HĐND", "và UBND ngày 26/11/2003;", "Căn cứ Nghị định số",
   "171/2004/NĐ-CP ngày 29/9/2004 của Chính phủ quy định tổ chức các cơ quan chuyên môn;", "Căn cứ Thông tư liên tịch",
   "số 11/2004/TTLT-BNN-BNV ngày 02/4/2004 của Bộ Nông nghiệp và Phát triển nông thôn và Bộ Nội vụ hướng dẫn;",
   "Xét đề nghị của Giám đốc", "Sở Nông nghiệp & Phát triển nông thôn tỉnh tại Tờ trình số 563/TTr -",
   "NN&PTNT ngày 18/6/2007 và của Giám đốc Sở Nội vụ tỉnh,", "QUYẾT ĐỊNH:", "Điều 1. Ban", "hành kèm theo Quyết định này Quy định."],
  dict(doc_type="Quyết định", number="24/2007/QĐ-UBND", issued_date="2007-07-09", place="Quảng Trị",
       issuer="ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ",
       title="BAN HÀNH QUY ĐỊNH CHỨC NĂNG, NHIỆM VỤ, QUYỀN HẠN VÀ CƠ CẤU TỔ CHỨC CỦA SỞ NÔNG NGHIỆP & PTNT TỈNH QUẢNG TRỊ",
       cited=([("Nghị định", "171/2004/NĐ-CP", "2004-09-29"), ("Thông tư liên tịch", "11/2004/TTLT-BNN-BNV", "2004-04-02"),
               ("Tờ trình", "563/TTr-NN&PTNT", "2007-06-18")],
              [("Nghị định", "171/2004/NĐ-CP", "2004-09-29"), ("Thông tư liên tịch", "11/2004/TTLT-BNN-BNV", "2004-04-02")]))),
 # a province's decision in cells whose grounds list one type's documents after a colon ("các nghị định của Chính
 # phủ: Số …; số …")
 "qd_cells_plural_type_list": ([
   "UỶ BAN NHÂN", "DÂN", "TỈNH QUẢNG BÌNH", "--------", "|", "CỘNG HÒA XÃ", "HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
   "---------------", "|", "Số: 1284/QĐ-UBND", "|", "Quảng Bình,", "ngày 16 tháng 6 năm 2011", "|", "QUYẾT ĐỊNH",
   "VỀ VIỆC PHÊ DUYỆT QUY HOẠCH TỔNG THỂ PHÁT TRIỂN", "NGÀNH LÂM NGHIỆP TỈNH QUẢNG BÌNH ĐẾN NĂM 2020", "ỦY", "BAN NHÂN DÂN TỈNH QUẢNG BÌNH",
   "Căn", "cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;", "Căn",
   "cứ các nghị định của Chính phủ: Số 92/2006/NĐ-CP ngày 07 tháng 9 năm 2006 về việc", "lập, phê duyệt quy hoạch; số",
   "04/2008/NĐ-CP ngày 11 tháng 01 năm 2008 sửa đổi, bổ sung một số điều của Nghị định", "92/2006/NĐ-CP;", "Theo",
   "đề nghị của Sở Nông nghiệp và PTNT tại công văn số 1877/SNN-KHTC ngày 08", "tháng 11 năm 2010,", "QUYẾT",
   "ĐỊNH:", "Điều 1. Phê duyệt Quy hoạch tổng thể phát triển ngành lâm nghiệp."],
  dict(doc_type="Quyết định", number="1284/QĐ-UBND", issued_date="2011-06-16", place="Quảng Bình", issuer="ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH",
       title="VỀ VIỆC PHÊ DUYỆT QUY HOẠCH TỔNG THỂ PHÁT TRIỂN NGÀNH LÂM NGHIỆP TỈNH QUẢNG BÌNH ĐẾN NĂM 2020",
       cited=[("Nghị định", "92/2006/NĐ-CP", "2006-09-07"), ("Nghị định", "04/2008/NĐ-CP", "2008-01-11"),
              ("Công văn", "1877/SNN-KHTC", "2010-11-08")])),
 # a chairman's decision under a site's loading lines, "V/V" opening the title, a department's "Tờ trình số …/SNN-…"
 "qd_loading_vv_title": ([
   "Dịch vụ doanh nghiệp online toàn quốc", "Đang tải nội dung, vui lòng chờ giây lát...", "",
   "ỦY BAN NHÂN DÂN", "TỈNH BẮC GIANG", "--------", *MOTTO, "Số: 1659/QĐ-UBND", "Bắc Giang, ngày 24 tháng 10 năm 2019", " ",
   "QUYẾT ĐỊNH", "V/V CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN",
   "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH", "Căn cứ Luật tổ chức chính quyền địa phương ngày 19/6/2015;",
   "Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính;",
   "Căn cứ Thông tư số 02/2017/TT-VPCP ngày 31/10/2017 của Văn phòng Chính phủ hướng dẫn về nghiệp vụ kiểm soát;",
   "Xét đề nghị của Giám đốc Sở Nông nghiệp và Phát triển nông thôn tại Tờ trình số 1402/SNN-TCHC ngày 15/10/2019;",
   *ARTICLES],
  dict(doc_type="Quyết định", number="1659/QĐ-UBND", issued_date="2019-10-24", place="Bắc Giang",
       issuer="ỦY BAN NHÂN DÂN TỈNH BẮC GIANG",
       title=tuple(f"{vv}CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA SỞ NÔNG NGHIỆP VÀ PHÁT "
                   "TRIỂN NÔNG THÔN" for vv in ("V/V ", "")),
       cited=[("Nghị định", "63/2010/NĐ-CP", "2010-06-08"), ("Thông tư", "02/2017/TT-VPCP", "2017-10-31"),
              ("Tờ trình", "1402/SNN-TCHC", "2019-10-15")])),
 # a chairman's decision in a " | " attribute table, no type heading nor title, the chairman's authority line
 "qd_pipes_attrs_no_title": ([
   "Quyết định 785/QĐ-UBND năm 2020 về phê duyệt quy trình nội bộ thủ tục hành chính lĩnh vực Thủy lợi tỉnh Sóc Trăng",
   "Số hiệu: | 785/QĐ-UBND | Loại văn bản: | Quyết định |", "Nơi ban hành: | Tỉnh Sóc Trăng | Người ký: | Trần Văn Lâu |",
   "Ngày ban hành: | 17/04/2020 | Ngày hiệu lực: | Đang cập nhật |", "ỦY BAN NHÂN DÂN |", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |",
   "Số: 785/QĐ-UBND |", "Sóc Trăng, ngày 17 tháng 4 năm 2020 |", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH",
   "Căn cứ Luật Tổ chức Chính quyền địa phương ngày 19 tháng 6 năm 2015;",
   "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa;",
   "Căn cứ Quyết định số 702/QĐ-UBND ngày 08 tháng 4 năm 2020 của Chủ tịch UBND tỉnh về việc công bố thủ tục hành chính;",
   "Xét đề nghị của Giám đốc Sở Nông nghiệp và Phát triển nông thôn tại Tờ trình số 63/TTr-SNNPTNT ngày 03 tháng 4 năm 2020,",
   "QUYẾT ĐỊNH:", "Điều 1. Phê duyệt kèm theo Quyết định này quy trình nội bộ."],
  dict(doc_type="Quyết định", number="785/QĐ-UBND", issued_date="2020-04-17", place="Sóc Trăng",
       issuer=("ỦY BAN NHÂN DÂN", "ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG"),
       cited=[("Nghị định", "61/2018/NĐ-CP", "2018-04-23"), ("Quyết định", "702/QĐ-UBND", "2020-04-08"),
              ("Tờ trình", "63/TTr-SNNPTNT", "2020-04-03")])),
 # a chairman's decision under a site's attributes citing a provincial party resolution and a joint circular numbered
 # after "số:" with a comma before its date
 "qd_attrs_joint_circular_so_colon": ([
   "Quyết định 318/QĐ-UBND năm 2018 phê duyệt Dự án hỗ trợ cơ giới hóa trong sản xuất lúa tỉnh Bạc Liêu",
   "Số hiệu: 318/QĐ-UBND Loại văn bản: Quyết định", "Nơi ban hành: Tỉnh Bạc Liêu Người ký: Phạm Văn Thiều",
   "Ngày ban hành: 12/03/2018 Ngày hiệu lực: Đang cập nhật", *ATTRS, "ỦY BAN NHÂN DÂN", "TỈNH BẠC LIÊU", "-------", *MOTTO,
   "Số: 318/QĐ-UBND", "Bạc Liêu, ngày 12 tháng 03 năm 2018", " ", "QUYẾT ĐỊNH",
   "PHÊ DUYỆT “DỰ ÁN HỖ TRỢ CƠ GIỚI HÓA TRONG SẢN XUẤT LÚA TỈNH BẠC LIÊU GIAI ĐOẠN 2018-2020”",
   "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẠC LIÊU", "Căn cứ Luật Tổ chức Chính quyền địa phương ngày 19 tháng 6 năm 2015;",
   "Căn cứ Nghị quyết số 08-NQ/TU ngày 17 tháng 7 năm 2012 của Ban Chấp hành Đảng bộ tỉnh về phát triển nông nghiệp;",
   "Căn cứ Thông tư liên tịch số: 183/2010/TTLT/BTC-BNN, ngày 15 tháng 11 năm 2010 giữa Bộ Tài chính và Bộ Nông nghiệp "
   "và PTNT hướng dẫn chế độ quản lý kinh phí khuyến nông;",
   "Căn cứ Quyết định số 2395/QĐ-UBND ngày 14 tháng 12 năm 2012 của UBND tỉnh Bạc Liêu về Kế hoạch phát triển nông nghiệp;",
   "Xét đề nghị của Giám đốc Sở Nông nghiệp và Phát triển nông thôn,", *ARTICLES],
  dict(doc_type="Quyết định", number="318/QĐ-UBND", issued_date="2018-03-12", place="Bạc Liêu",
       issuer="ỦY BAN NHÂN DÂN TỈNH BẠC LIÊU",
       title="PHÊ DUYỆT “DỰ ÁN HỖ TRỢ CƠ GIỚI HÓA TRONG SẢN XUẤT LÚA TỈNH BẠC LIÊU GIAI ĐOẠN 2018-2020”",
       cited=[("Nghị quyết", "08-NQ/TU", "2012-07-17"), ("Thông tư liên tịch", "183/2010/TTLT/BTC-BNN", "2010-11-15"),
              ("Quyết định", "2395/QĐ-UBND", "2012-12-14")])),
 # a province's amending decision under a site's attributes, laws cited by date only, a decree and a circular
 "qd_attrs_amending_laws": ([
   "Quyết định 41/2020/QĐ-UBND sửa đổi Quy chế về công tác thi đua, khen thưởng trên địa bàn tỉnh Khánh Hòa",
   "Số hiệu: 41/2020/QĐ-UBND Loại văn bản: Quyết định", "Nơi ban hành: Tỉnh Khánh Hòa Người ký: Lê Tấn Hòa",
   "Ngày ban hành: 09/11/2020 Ngày hiệu lực: Đang cập nhật", *ATTRS, "ỦY BAN NHÂN DÂN", "TỈNH KHÁNH HÒA", "--------", *MOTTO,
   "Số: 41/2020/QĐ-UBND", "Khánh Hòa, ngày 09 tháng 11 năm 2020", " ", "QUYẾT ĐỊNH",
   "SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA QUY CHẾ CÔNG TÁC THI ĐUA, KHEN THƯỞNG TRÊN ĐỊA BÀN TỈNH BAN HÀNH KÈM THEO QUYẾT ĐỊNH "
   "SỐ 22/2018/QĐ-UBND NGÀY 14 THÁNG 6 NĂM 2018 CỦA ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA", " ", "ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA", " ",
   "Căn cứ Luật Tổ chức Chính quyền địa phương ngày 19 tháng 6 năm 2015;", "Căn cứ Luật thi đua, khen thưởng ngày 26 tháng 11 năm 2003;",
   "Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành Luật thi đua, khen thưởng;",
   "Căn cứ Thông tư số 12/2019/TT-BNV ngày 04 tháng 11 năm 2019 của Bộ trưởng Bộ Nội vụ quy định chi tiết;",
   "Theo đề nghị của Giám đốc Sở Nội vụ.", *ARTICLES],
  dict(doc_type="Quyết định", number="41/2020/QĐ-UBND", issued_date="2020-11-09", place="Khánh Hòa",
       issuer="ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA",
       title="SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA QUY CHẾ CÔNG TÁC THI ĐUA, KHEN THƯỞNG TRÊN ĐỊA BÀN TỈNH BAN HÀNH KÈM THEO "
             "QUYẾT ĐỊNH SỐ 22/2018/QĐ-UBND NGÀY 14 THÁNG 6 NĂM 2018 CỦA ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA",
       cited=([("Nghị định", "91/2017/NĐ-CP", "2017-07-31"), ("Thông tư", "12/2019/TT-BNV", "2019-11-04")],
              [("Quyết định", "22/2018/QĐ-UBND", "2018-06-14"), ("Nghị định", "91/2017/NĐ-CP", "2017-07-31"),
               ("Thông tư", "12/2019/TT-BNV", "2019-11-04")]))),
 # a chairman's decision whose first ground lost its opening letters ("n cứ Luật …"), two decrees in one ground
 "qd_first_ground_clipped": ([
   "Quyết định 3157/QĐ-UBND", "", "Nội dung toàn văn Quyết định 3157/QĐ-UBND 2017 công bố thủ tục hành chính", "", "",
   "ỦY BAN NHÂN DÂN", "TỈNH BẾN TRE", "", "-------", "", *MOTTO, "", "Số: 3157/QĐ-UBND", "", "Bến Tre, ngày 19 tháng 12 năm 2017",
   " ", "QUYẾT ĐỊNH", "", "VỀ VIỆC CÔNG BỐ 03 THỦ TỤC HÀNH CHÍNH MỚI TRONG LĨNH VỰC ĐẤT ĐAI THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA "
   "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH BẾN TRE", "", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẾN TRE", "",
   "n cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;", "",
   "Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của Chính phủ về Kiểm soát thủ tục hành chính và Nghị định "
   "số 92/2017/NĐ-CP ngày 07 tháng 8 năm 2017 của Chính phủ sửa đổi một số điều;", "",
   "Căn cứ Thông tư số 05/2014/TT-BTP ngày 07 tháng 02 năm 2014 của Bộ Tư pháp hướng dẫn công bố thủ tục hành chính;", "",
   "Xét đề nghị của Giám đốc Sở Tài nguyên và Môi trường tại Tờ trình số 402/TTr-STNMT ngày 11 tháng 12 năm 2017,", "",
   *ARTICLES],
  dict(doc_type="Quyết định", number="3157/QĐ-UBND", issued_date="2017-12-19", place="Bến Tre", issuer="ỦY BAN NHÂN DÂN TỈNH BẾN TRE",
       title="VỀ VIỆC CÔNG BỐ 03 THỦ TỤC HÀNH CHÍNH MỚI TRONG LĨNH VỰC ĐẤT ĐAI THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA SỞ TÀI "
             "NGUYÊN VÀ MÔI TRƯỜNG TỈNH BẾN TRE",
       cited=[("Nghị định", "63/2010/NĐ-CP", "2010-06-08"), ("Nghị định", "92/2017/NĐ-CP", "2017-08-07"),
              ("Thông tư", "05/2014/TT-BTP", "2014-02-07"), ("Tờ trình", "402/TTr-STNMT", "2017-12-11")])),
 # a decision joined by " | ", no heading nor title, the place in small letters ("Lạng sơn"), a signature cell
 # without a name, then the annex's title and its "(Ban hành kèm theo Quyết định số: …)"
 "qd_pipes_annex_after_signature": ([
   "UỶ", "BAN NHÂN DÂN |", "CỘNG", "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |", "Số: 05/2013/QĐ-UBND |", "Cao bằng, ngày 18 tháng 02 năm 2013 |",
   "ỦY BAN NHÂN DÂN TỈNH CAO BẰNG", "Căn cứ Luật Tổ chức HĐND và UBND ngày 26 tháng 11 năm 2003;",
   "Căn cứ Nghị định số 102/2008/NĐ-CP ngày 15 tháng 9 năm 2008 của Chính phủ về việc thu thập, quản lý dữ liệu về tài nguyên và môi trường;",
   "Căn cứ Thông tư số 07/2009/TT-BTNMT ngày 10 tháng 7 năm 2009 của Bộ Tài nguyên và Môi trường quy định chi tiết một số điều;",
   "Xét đề nghị của Giám đốc Sở Tài nguyên và Môi trường tại Tờ trình số 21/TTr-STNMT ngày 06 tháng 02 năm 2013,",
   "QUYẾT ĐỊNH:", "Điều 1. Ban hành kèm theo Quyết định này Quy chế thu thập, quản lý dữ liệu về tài nguyên và môi trường.",
   "Điều 2. Quyết định này có hiệu lực thi hành sau 10 ngày kể từ ngày ký.",
   "Điều 3. Chánh văn phòng Ủy ban nhân dân tỉnh, Thủ trưởng các Sở, ngành chịu trách nhiệm thi hành Quyết định này./.",
   "Nơi nhận: |", "TM.", "ỦY BAN NHÂN DÂN |", "THU THẬP, QUẢN LÝ, KHAI THÁC VÀ SỬ DỤNG DỮ LIỆU",
   "TÀI NGUYÊN VÀ MÔI TRƯỜNG TRÊN ĐỊA BÀN TỈNH CAO BẰNG",
   "(Ban hành kèm theo Quyết định số: 05/2013/QĐ-UBND ngày 18 tháng 02 năm 2013", "của UBND tỉnh Cao Bằng)",
   "Điều 1. Phạm vi, đối tượng áp dụng", "1. Quy chế này quy định việc thu thập dữ liệu."],
  dict(number="05/2013/QĐ-UBND", issued_date="2013-02-18", place=("Cao bằng", "Cao Bằng"),
       issuer=("ỦY BAN NHÂN DÂN", "UỶ BAN NHÂN DÂN", "ỦY BAN NHÂN DÂN TỈNH CAO BẰNG"), title=None,
       cited=[("Nghị định", "102/2008/NĐ-CP", "2008-09-15"), ("Thông tư", "07/2009/TT-BTNMT", "2009-07-10"),
              ("Tờ trình", "21/TTr-STNMT", "2013-02-06")])),
 # a decision in cells citing laws by their year ("Luật Khoáng sản năm 2010"), a council's resolution wrapped
 "qd_cells_laws_by_year": ([
   "ỦY", "BAN NHÂN DÂN", "TỈNH BÌNH ĐỊNH", "-------", *CELLS_MOTTO, "Số: 3619/QĐ-UBND", "|", "Bình", "Định, ngày 21 tháng 12 năm 2016",
   "|", "QUYẾT ĐỊNH", "PHÊ DUYỆT QUY HOẠCH THĂM DÒ, KHAI THÁC KHOÁNG SẢN TỈNH BÌNH", "ĐỊNH ĐẾN NĂM 2020, CÓ TÍNH ĐẾN NĂM 2030",
   "ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH", "Căn cứ Luật Tổ chức chính quyền địa", "phương năm 2015;", "Căn cứ Luật Khoáng sản năm 2010;",
   "Căn cứ Nghị định số 15/2012/NĐ-CP", "ngày 09 tháng 3 năm 2012 của Chính phủ quy định chi tiết thi hành Luật Khoáng sản;",
   "Căn cứ Nghị quyết số", "44/2016/NQ-HĐND ngày 09 tháng 12 năm 2016 của Hội đồng nhân dân tỉnh Bình Định",
   "về Quy hoạch thăm dò, khai thác khoáng sản;", "Xét đề nghị của Giám đốc Sở Công",
   "Thương tại Tờ trình số 1731/TTr-SCT ngày 16 tháng 12 năm 2016,", "QUYẾT ĐỊNH:",
   "Điều 1. Phê duyệt Quy hoạch thăm dò, khai thác khoáng sản tỉnh Bình Định."],
  dict(doc_type="Quyết định", number="3619/QĐ-UBND", issued_date="2016-12-21", place="Bình Định",
       issuer="ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH",
       title="PHÊ DUYỆT QUY HOẠCH THĂM DÒ, KHAI THÁC KHOÁNG SẢN TỈNH BÌNH ĐỊNH ĐẾN NĂM 2020, CÓ TÍNH ĐẾN NĂM 2030",
       cited=[("Nghị định", "15/2012/NĐ-CP", "2012-03-09"), ("Nghị quyết", "44/2016/NQ-HĐND", "2016-12-09"),
              ("Tờ trình", "1731/TTr-SCT", "2016-12-16")])),
 # a department's guide joined by " | ": the header prints the province's body alone ("ỦY BAN NHÂN DÂN"), the symbol
 # names the department; a cited circular's date lost its month ("ngày 16 tháng năm 2013")
 "hd_so_pipes_parent_only": ([
   "Hệ thống pháp luật", "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |", "Số: 815/HD-SGDĐT | Bạc Liêu, ngày 08 tháng 05 năm 2014 |",
   "HƯỚNG DẪN", "THỰC HIỆN QUY ĐỊNH QUẢN LÝ DẠY THÊM, HỌC THÊM",
   "Căn cứ Thông tư số 17/2012/TT-BGDĐT ngày 16 tháng năm 2012 của Bộ trưởng Bộ Giáo dục và Đào tạo ban hành quy định về dạy thêm;",
   "Căn cứ Quyết định số 06/2014/QĐ-UBND ngày 17 tháng 03 năm 2014 của Ủy ban nhân dân tỉnh Bạc Liêu ban hành Quy định;",
   "Sở Giáo dục và Đào tạo hướng dẫn thực hiện Quy định quản lý dạy thêm, học thêm như sau:", "I. Phạm vi điều chỉnh",
   "1. Mọi tổ chức, cá nhân tổ chức dạy thêm có thu tiền đều thuộc phạm vi điều chỉnh."],
  dict(doc_type="Hướng dẫn", number="815/HD-SGDĐT", issued_date="2014-05-08", place="Bạc Liêu",
       issuer=("SỞ GIÁO DỤC VÀ ĐÀO TẠO", None), agency=None, title="THỰC HIỆN QUY ĐỊNH QUẢN LÝ DẠY THÊM, HỌC THÊM",
       cited=([("Thông tư", "17/2012/TT-BGDĐT", None), ("Quyết định", "06/2014/QĐ-UBND", "2014-03-17")],))),
 # a province's plan joined by " | " with no heading nor title, its grounds a numbered list of circulars cited with a
 # space before the comma ("Thông tư số 32/2020/TT-BGDĐT , ngày 15/9/2020")
 "kh_pipes_numbered_circulars": ([
   "ỦY BAN NHÂN DÂN |", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |", "Số: 278/KH-UBND |", "Bắc Giang, ngày 06 tháng 03 năm 2023 |",
   "1. Điều lệ trường trung học cơ sở, ban hành kèm theo Thông tư số 32/2020/TT-BGDĐT , ngày 15/9/2020 của Bộ trưởng Bộ "
   "Giáo dục và Đào tạo;",
   "2. Quy chế tuyển sinh trung học cơ sở ban hành kèm theo Thông tư số 11/2014/TT-BGDĐT , ngày 18/4/2014 của Bộ trưởng Bộ GD&ĐT;",
   "3. Căn cứ Quyết định số 1127/QĐ-UBND ngày 12/5/2016 của UBND tỉnh Bắc Giang về việc quy định cụ thể;",
   "I. MỤC ĐÍCH, YÊU CẦU", "1. Tuyển sinh đúng quy chế."],
  dict(number="278/KH-UBND", issued_date="2023-03-06", place="Bắc Giang", issuer=("ỦY BAN NHÂN DÂN", None))),
 # a ministry's letter from a scan's garbled text layer: the number and the date unreadable ("sá##j5GDĐT-GDTrH",
 # "ngage thang § nam 2019"), the header without its marks, two addressees after dashes
 "cv_bo_garbled_text_layer": ([
   "Tải bản đầy đủ (.pdf) (9 trang)", "", "BO GIAO DUC VA DAO TAO", "oo", "", "CONG HOA XA HOI CHU NGHIA VIET NAM", "",
   "sá##j4GDĐT-GDTrH", "", "V/v hướng dẫn triển khai nhiệm vụ", "", "giáo dục trung học năm học 2020-2021", "", "Kính gửi:", "",
   "Độc lập - Tự do - Hạnh phúc", "Hà Nơi", "", "", "", "ngage thang § nam 2020", "", "- Các sở giáo dục và đào tạo",
   "- Các trường trung học phổ thông trực thuộc", "",
   "Thực hiện Chỉ thị số 2370/CT-BGDĐT ngày 24/8/2020 về nhiệm vụ và giải pháp năm học 2020-2021 của ngành Giáo dục, "
   "giáo dục trung học tiếp tục triển khai các nhiệm vụ sau:", "", "A. PHƯƠNG HƯỚNG CHUNG"],
  dict(number=None, issued_date=None, title=("hướng dẫn triển khai nhiệm vụ giáo dục trung học năm học 2020-2021", None),
       cited=[("Chỉ thị", "2370/CT-BGDĐT", "2020-08-24")])),
 # a city's decision under a site's loading lines, "*********" rules, "TP. Hồ Chí Minh" as the place, a ministry's
 # board's letter cited ("Công văn số 2193/BTP-ĐA4")
 "qd_hcm_star_rules_board_letter": ([
   "Hệ thống pháp luật", "Đang tải nội dung, vui lòng chờ giây lát...", "Hướng dẫn: Bôi đen từ/cụm từ trong nội dung văn bản.",
   "", "ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG", "*********", "", *MOTTO[:2], "***********", "", "Số: 2286/QĐ-UBND", "",
   "TP. Hải Phòng, ngày 06 tháng 9 năm 2007", " ", "QUYẾT ĐỊNH", "",
   "BAN HÀNH KẾ HOẠCH THỰC HIỆN ĐỀ ÁN “PHÁT HUY VAI TRÒ CỦA HÒA GIẢI VIÊN TRONG PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT Ở XÃ, "
   "PHƯỜNG, THỊ TRẤN” GIAI ĐOẠN 2007 - 2010", "", "ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG", "",
   "Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;",
   "Căn cứ Quyết định số 212/2004/QĐ-TTg ngày 16 tháng 12 năm 2004 của Thủ tướng Chính phủ phê duyệt Chương trình hành động;",
   "Căn cứ Công văn số 2347/BTP-ĐA4 ngày 11 tháng 6 năm 2007 của Ban Điều hành Đề án 4 Bộ Tư pháp về việc hướng dẫn;",
   "Xét đề nghị của Sở Tư pháp thành phố tại Tờ trình số 962/STP-PBGDPL ngày 21 tháng 8 năm 2007,", *ARTICLES],
  dict(doc_type="Quyết định", number="2286/QĐ-UBND", issued_date="2007-09-06", place="TP. Hải Phòng",
       issuer="ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG",
       title="BAN HÀNH KẾ HOẠCH THỰC HIỆN ĐỀ ÁN “PHÁT HUY VAI TRÒ CỦA HÒA GIẢI VIÊN TRONG PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT Ở "
             "XÃ, PHƯỜNG, THỊ TRẤN” GIAI ĐOẠN 2007 - 2010",
       cited=[("Quyết định", "212/2004/QĐ-TTg", "2004-12-16"), ("Công văn", "2347/BTP-ĐA4", "2007-06-11"),
              ("Tờ trình", "962/STP-PBGDPL", "2007-08-21")])),
 # a provincial committee's action programme posted by a news site with no header: the headline, the opening sentence
 # citing the Politburo's resolution with a comma before its date ("57-NQ/TW, ngày 22/12/2024")
 "ctr_btv_news_no_header": ([
   "Chương trình hành động của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số 66",
   "Ban Thường vụ Tỉnh ủy vừa ban hành Chương trình hành động thực hiện Nghị quyết số 66-NQ/TW. Nội dung như sau:",
   "CHƯƠNG TRÌNH HÀNH ĐỘNG", "thực hiện Nghị quyết số 66-NQ/TW của Bộ Chính trị về đổi mới công tác xây dựng và thi hành pháp luật",
   "Thực hiện Nghị quyết số 66-NQ/TW, ngày 30/4/2025 của Bộ Chính trị về đổi mới công tác xây dựng và thi hành pháp luật, đổi mới "
   "sáng tạo và chuyển đổi số quốc gia, Ban Thường vụ Tỉnh ủy ban hành Chương trình hành động như sau:",
   "I. MỤC ĐÍCH, YÊU CẦU", "1. Nâng cao nhận thức của cấp ủy, tổ chức đảng về vai trò của công tác pháp luật."],
  dict(doc_type="Chương trình", number=None, issued_date=None,
       title="thực hiện Nghị quyết số 66-NQ/TW của Bộ Chính trị về đổi mới công tác xây dựng và thi hành pháp luật",
       cited=[("Nghị quyết", "66-NQ/TW", "2025-04-30")])),
 # a province's plan under a site's attributes, a national decision cited with "QĐ-TTG" in capitals, a law by year
 "kh_attrs_law_by_year_ttg_caps": ([
   "Kế hoạch 207/KH-UBND năm 2017 triển khai Chương trình hành động quốc gia về đăng ký và thống kê hộ tịch tỉnh Hưng Yên",
   "Số hiệu: 207/KH-UBND Loại văn bản: Văn bản khác", "Nơi ban hành: Tỉnh Hưng Yên Người ký: Đặng Ngọc Quỳnh",
   "Ngày ban hành: 14/06/2017 Ngày hiệu lực: Đang cập nhật", *ATTRS, "ỦY BAN NHÂN DÂN", "TỈNH HƯNG YÊN", "-------", *MOTTO,
   "Số: 207/KH-UBND", "Hưng Yên, ngày 14 tháng 6 năm 2017", " ", "KẾ HOẠCH",
   "TRIỂN KHAI CHƯƠNG TRÌNH HÀNH ĐỘNG QUỐC GIA VỀ ĐĂNG KÝ VÀ THỐNG KÊ HỘ TỊCH GIAI ĐOẠN 2017 - 2024 TRÊN ĐỊA BÀN TỈNH HƯNG YÊN",
   "Thực hiện Luật Hộ tịch năm 2014, Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết Luật Hộ "
   "tịch và Quyết định số 101/QĐ-TTG ngày 23/01/2017 của Thủ tướng Chính phủ về việc phê duyệt Chương trình hành động "
   "quốc gia; Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:", "I. MỤC TIÊU", "1. Mục tiêu tổng quát"],
  dict(doc_type="Kế hoạch", number="207/KH-UBND", issued_date="2017-06-14", place="Hưng Yên", issuer="ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN",
       title="TRIỂN KHAI CHƯƠNG TRÌNH HÀNH ĐỘNG QUỐC GIA VỀ ĐĂNG KÝ VÀ THỐNG KÊ HỘ TỊCH GIAI ĐOẠN 2017 - 2024 TRÊN ĐỊA BÀN TỈNH HƯNG YÊN",
       cited=[("Nghị định", "123/2015/NĐ-CP", "2015-11-15"), ("Quyết định", "101/QĐ-TTG", "2017-01-23")])),
 # a province's decision in cells, grounds citing the Standing Committee's resolutions and the one amending them in one
 # ground ("…; Nghị quyết số 26/2022/UBTVQH15 … sửa đổi … Nghị quyết số 1210/2016/UBTVQH13 …")
 "qd_cells_ubtvqh_amended_in_one_ground": ([
   "ỦY BAN NHÂN DÂN", "TỈNH KON TUM", "-------", *CELLS_MOTTO_WRAPPED, "Số: 684/QĐ-UBND", "|", "Kon Tum, ngày 12",
   "tháng 9 năm 2024", "|", "QUYẾT ĐỊNH", "PHÊ DUYỆT NHIỆM VỤ QUY HOẠCH XÂY DỰNG VÙNG HUYỆN ĐẮK HÀ, TỈNH",
   "KON TUM ĐẾN NĂM 2040", "ỦY BAN NHÂN DÂN TỈNH KON TUM", "Căn cứ Luật Tổ chức chính", "quyền địa phương ngày 19 tháng 6 năm 2015;",
   "Căn cứ Nghị quyết số", "1210/2016/UBTVQH13 ngày 25 tháng 5 năm 2016 của Ủy ban Thường vụ Quốc hội về phân loại đô thị; Nghị quyết số",
   "26/2022/UBTVQH15 ngày 21 tháng 9 năm 2022 của Ủy ban Thường vụ Quốc hội sửa đổi, bổ sung một số điều của Nghị quyết số",
   "1210/2016/UBTVQH13 ngày 25 tháng 5 năm 2016;", "Xét đề nghị của Giám đốc Sở Xây dựng tại Tờ trình số 312/TTr-SXD ngày",
   "05/9/2024.", *ARTICLES],
  dict(doc_type="Quyết định", number="684/QĐ-UBND", issued_date="2024-09-12", place="Kon Tum", issuer="ỦY BAN NHÂN DÂN TỈNH KON TUM",
       title="PHÊ DUYỆT NHIỆM VỤ QUY HOẠCH XÂY DỰNG VÙNG HUYỆN ĐẮK HÀ, TỈNH KON TUM ĐẾN NĂM 2040",
       cited=[("Nghị quyết", "1210/2016/UBTVQH13", "2016-05-25"), ("Nghị quyết", "26/2022/UBTVQH15", "2022-09-21"),
              ("Tờ trình", "312/TTr-SXD", "2024-09-05")])),
}


@pytest.mark.parametrize("name, form", [(name, form) for name, (lines, _) in PAGES.items() for form in _forms(lines)])
def test_a_sampled_page_reads_right(tmp_path, name, form):
    lines, expected = PAGES[name]
    meta = _process(tmp_path, lines, form).metadata
    wrong = {field: (_got(meta, field), want) for field, want in expected.items() if not _right(_got(meta, field), want)}
    assert not wrong


# --- a header's cells typed with their borders: an empty cell, two bodies side by side

@pytest.mark.parametrize("row", [
    "Số: 12/KH-UBND | | Nghệ An, ngày 05 tháng 4 năm 2023 |",
    "| Số: 12/KH-UBND | | Nghệ An, ngày 05 tháng 4 năm 2023 |",
    "Số: 12/KH-UBND |  |  | Nghệ An, ngày 05 tháng 4 năm 2023",
])
def test_an_empty_cell_leaves_no_bar_in_the_place(tmp_path, row):
    """"Số: … | | Nghệ An, ngày …": the border after an empty cell was left in the next cell, and the place read
    "| Nghệ An" (with a warning that the line was garbled)."""
    lines = ["ỦY BAN NHÂN DÂN TỈNH NGHỆ AN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |", row, "KẾ HOẠCH",
             "Hỗ trợ nông dân phát triển sản xuất năm 2023", "I. MỤC ĐÍCH", "1. Nâng cao thu nhập."]
    meta = _process(tmp_path, lines, "text").metadata
    assert (meta.place, meta.issued_date) == ("Nghệ An", "2023-04-05")


JOINT_TAIL = ["Hỗ trợ hội viên phát triển sản xuất giai đoạn 2023-2025", "I. MỤC ĐÍCH", "1. Nâng cao nhận thức.",
              "Nơi nhận:", "- Như trên;", "- Lưu: VT."]


@pytest.mark.parametrize("first, second, number, heading", [
    ("HỘI NÔNG DÂN TỈNH NGHỆ AN", "SỞ NÔNG NGHIỆP VÀ PTNT NGHỆ AN", "12/KHPH-HND-SNN", "KẾ HOẠCH PHỐI HỢP"),
    ("BAN THƯỜNG VỤ TỈNH ĐOÀN HÀ TĨNH", "SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ TĨNH", "05/KHLT-TĐTN-SGDĐT", "KẾ HOẠCH LIÊN TỊCH"),
    ("BỘ TÀI CHÍNH", "BỘ NỘI VỤ", "02/2012/TTLT-BTC-BNV", "THÔNG TƯ LIÊN TỊCH"),
])
@pytest.mark.parametrize("motto_cell", [True, False])
def test_two_bodies_in_bordered_cells_are_both_the_issuer(tmp_path, first, second, number, heading, motto_cell):
    """"HỘI NÔNG DÂN TỈNH … | SỞ NÔNG NGHIỆP … | CỘNG HÒA … |": the two bodies of a joint plan side by side in a
    bordered row were read column by column, and the first was the issuer, alone."""
    motto = " CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |" if motto_cell else ""
    lines = [f"{first} | {second} |{motto}", f"Số: {number} | | Nghệ An, ngày 05 tháng 4 năm 2023 |", heading, *JOINT_TAIL]
    meta = _process(tmp_path, lines, "text").metadata
    assert (meta.issuer.name, meta.issuer.joint) == (first, [first, second])


@pytest.mark.parametrize("issuer", ["ỦY BAN NHÂN DÂN TỈNH NGHỆ AN", "SỞ Y TẾ TỈNH NGHỆ AN"])
def test_one_body_beside_the_motto_is_no_joint_issuer(tmp_path, issuer):
    """The other side: one body beside the motto in a bordered row is the issuer alone."""
    lines = [f"{issuer} | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |", "| Độc lập - Tự do - Hạnh phúc |",
             "Số: 12/KH-UBND | Nghệ An, ngày 05 tháng 4 năm 2023 |", "KẾ HOẠCH", *JOINT_TAIL]
    meta = _process(tmp_path, lines, "text").metadata
    assert (meta.issuer.name, meta.issuer.joint) == (issuer, [])


@pytest.mark.parametrize("form", ["text", "html"])
@pytest.mark.parametrize("line, bodies", [
    ("BỘ VĂN HÓA - THÔNG TIN-BỘ Y TẾ", ["BỘ VĂN HÓA - THÔNG TIN", "BỘ Y TẾ"]),
    ("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI-BỘ TÀI CHÍNH", ["BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "BỘ TÀI CHÍNH"]),
    ("BỘ TÀI CHÍNH-BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", ["BỘ TÀI CHÍNH", "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"]),
    ("BỘ LAO ĐỘNG-THƯƠNG BINH VÀ XÃ HỘI - BỘ TÀI CHÍNH", ["BỘ LAO ĐỘNG-THƯƠNG BINH VÀ XÃ HỘI", "BỘ TÀI CHÍNH"]),
])
def test_a_joint_header_s_unspaced_dash_parts_its_bodies(tmp_path, form, line, bodies):
    """"BỘ VĂN HOÁ - THÔNG TIN-BỘ Y TẾ": two ministries on one line, the dash between them unspaced because the first
    name holds a spaced one: read as one body. A dash inside a name stays ("LAO ĐỘNG-THƯƠNG BINH")."""
    lines = [line, "Số: 01/2005/TTLT-BVHTT-BYT", *MOTTO, "Hà Nội, ngày 12 tháng 1 năm 2005", "THÔNG TƯ LIÊN TỊCH",
             "Hướng dẫn về hoạt động quảng cáo", "Căn cứ Nghị định số 24/2003/NĐ-CP ngày 13 tháng 3 năm 2003 của Chính phủ;",
             "I. NHỮNG QUY ĐỊNH CHUNG"]
    meta = _process(tmp_path, lines, form).metadata
    assert (meta.issuer.name, meta.issuer.joint) == (bodies[0], bodies)


# --- a cited number's symbol cut at its hyphen by the line's end

@pytest.mark.parametrize("form", ["text", "html"])
@pytest.mark.parametrize("cut, rest, cited", [
    ("Sở Nông nghiệp & Phát triển nông thôn tại Tờ trình số 327/TTr -", "NN&PTNT ngày 11/3/2009 và của Giám đốc Sở Nội vụ,",
     ("Tờ trình", "327/TTr-NN&PTNT", "2009-03-11")),
    ("Sở Tư pháp tại Công văn số 241/STP -", "XDVB ngày 26 tháng 5 năm 2014,", ("Công văn", "241/STP-XDVB", "2014-05-26")),
    ("Sở Nội vụ tại Tờ trình số 1208/TTr-", "SNV ngày 30/5/2014,", ("Tờ trình", "1208/TTr-SNV", "2014-05-30")),
])
def test_a_symbol_cut_at_its_hyphen_goes_on_over_the_line(tmp_path, form, cut, rest, cited):
    """"… tại Tờ trình số 327/TTr -" / "NN&PTNT ngày 11/3/2009 …": a copy that wrapped a ground at the symbol's hyphen
    cited "327/TTr", its date lost: the next line, though it starts in capitals, goes on with the symbol."""
    lines = ["ỦY BAN NHÂN DÂN", "TỈNH NINH THUẬN", *MOTTO, "Số: 09/2009/QĐ-UBND", "Ninh Thuận, ngày 26 tháng 3 năm 2009", "QUYẾT ĐỊNH",
             "BAN HÀNH QUY ĐỊNH CHỨC NĂNG, NHIỆM VỤ CỦA SỞ NÔNG NGHIỆP", "ỦY BAN NHÂN DÂN TỈNH NINH THUẬN",
             "Căn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;", f"Xét đề nghị của Giám đốc {cut}", rest, *ARTICLES]
    assert _got(_process(tmp_path, lines, form).metadata, "cited") == [cited]


# --- an annex whose title begins with a type's name

DECISION = ["ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN", "-------", *MOTTO, "Số: 12/QĐ-UBND", "Nghệ An, ngày 05 tháng 4 năm 2023",
            "QUYẾT ĐỊNH", "Về việc ban hành Hướng dẫn chấm điểm thi đua", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH",
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;", "Xét đề nghị của Giám đốc Sở Nội vụ,", "QUYẾT ĐỊNH:",
            "Điều 1. Ban hành kèm theo Quyết định này Hướng dẫn chấm điểm thi đua.",
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.", "Nơi nhận:", "- Như Điều 2;", "- Lưu: VT.", "KT. CHỦ TỊCH",
            "PHÓ CHỦ TỊCH", "Nguyễn Văn An"]
LINK = "(Kèm theo Quyết định số 12/QĐ-UBND ngày 05/4/2023 của Chủ tịch UBND tỉnh)"


def _annexes(doc):
    return [node for top in doc.sections for node in top.walk() if node.kind == "annex"]


@pytest.mark.parametrize("form", ["text", "html", "docx"])
@pytest.mark.parametrize("annex, heading", [
    (["PHỤ LỤC", "KẾ HOẠCH", "Kiểm tra công tác thi đua năm 2023", LINK], "KẾ HOẠCH Kiểm tra công tác thi đua năm 2023"),
    (["PHỤ LỤC II", "QUY CHẾ", "PHỐI HỢP KIỂM TRA CÔNG TÁC THI ĐUA", LINK.replace("(Kèm", "(Ban hành kèm")],
     "QUY CHẾ PHỐI HỢP KIỂM TRA CÔNG TÁC THI ĐUA"),
    (["PHỤ LỤC", LINK, "HƯỚNG DẪN CHẤM ĐIỂM THI ĐUA CÁC SỞ, NGÀNH"], "HƯỚNG DẪN CHẤM ĐIỂM THI ĐUA CÁC SỞ, NGÀNH"),
])
def test_an_annex_titled_by_a_type_s_name_is_the_annex(tmp_path, form, annex, heading):
    """"PHỤ LỤC" / "KẾ HOẠCH" / "Kiểm tra …" / "(Kèm theo …)": the type's name under the annex's label was read as a
    document the decision carries, the label left an annex with no title; a title printed under the "(Kèm theo …)"
    line was lost. The annex is one, titled so, belonging to the decision."""
    doc = _process(tmp_path, [*DECISION, *annex, "I. TIÊU CHÍ", "1. Hoàn thành nhiệm vụ được giao."], form)
    annexes = _annexes(doc)
    assert doc.metadata.parts == []
    assert [(a.heading, (a.attached_to or {}).get("number")) for a in annexes] == [(heading, "12/QĐ-UBND")]


@pytest.mark.parametrize("form", ["text", "html", "docx"])
@pytest.mark.parametrize("carried, doc_type, title", [
    (["HƯỚNG DẪN CHẤM ĐIỂM THI ĐUA CÁC SỞ, NGÀNH", LINK], "Hướng dẫn", "HƯỚNG DẪN CHẤM ĐIỂM THI ĐUA CÁC SỞ, NGÀNH"),
    (["QUY CHẾ HOẠT ĐỘNG CỦA BAN CHỈ ĐẠO", LINK.replace("(Kèm", "(Ban hành kèm")], "Quy chế", "QUY CHẾ HOẠT ĐỘNG CỦA BAN CHỈ ĐẠO"),
    (["KẾ HOẠCH", "KIỂM TRA CÔNG TÁC THI ĐUA NĂM 2023", "PHỤ LỤC", LINK], "Kế hoạch", "KIỂM TRA CÔNG TÁC THI ĐUA NĂM 2023"),
])
def test_a_carried_document_s_heading_and_title(tmp_path, form, carried, doc_type, title):
    """"HƯỚNG DẪN CHẤM ĐIỂM …" / "(Kèm theo …)" on one line after the signature was read as nothing: the decision's
    closing ran on; "KẾ HOẠCH" / its title / "PHỤ LỤC": the title ran into the annex's label. Each is a document the
    decision carries, its title as a document's heading gives it."""
    doc = _process(tmp_path, [*DECISION, *carried, "I. TIÊU CHÍ", "1. Hoàn thành nhiệm vụ được giao."], form)
    assert [(p.relation, p.doc_type, p.title) for p in doc.metadata.parts] == [
        ("main", "Quyết định", "Về việc ban hành Hướng dẫn chấm điểm thi đua"), ("attached", doc_type, title)]


# --- the last recital and the enacting word on one line

def _top_sections(tmp_path, lines, form):
    doc = _process(tmp_path, lines, form)
    return [(s.kind, s.label, s.text.split("\n")[-1]) for s in doc.sections]


RECITED = ["ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN", *MOTTO, "Số: 12/QĐ-UBND", "Nghệ An, ngày 05 tháng 4 năm 2023", "QUYẾT ĐỊNH",
           "Về việc ban hành Kế hoạch phòng chống dịch", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH",
           "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;"]
ARTICLE_1 = "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phòng chống dịch."
ARTICLE_2 = "Điều 2. Quyết định này có hiệu lực kể từ ngày ký."


@pytest.mark.parametrize("form", ["text", "html"])
@pytest.mark.parametrize("joined, word", [
    ([f"Xét đề nghị của Giám đốc Sở Y tế tại Tờ trình số 45/TTr-SYT ngày 01/4/2023. QUYẾT ĐỊNH: {ARTICLE_1}"], "QUYẾT ĐỊNH:"),
    (["Xét đề nghị của Giám đốc Sở Y tế tại Tờ trình số 45/TTr-SYT ngày 01/4/2023, QUYẾT ĐỊNH:", ARTICLE_1], "QUYẾT ĐỊNH:"),
    (["Xét đề nghị của Giám đốc Sở Y tế tại Tờ trình số 45/TTr-SYT ngày 01/4/2023.QUYẾT ĐỊNH :", ARTICLE_1], "QUYẾT ĐỊNH :"),
    ([f"Theo đề nghị của Giám đốc Sở Y tế, QUYẾT ĐỊNH {ARTICLE_1}"], "QUYẾT ĐỊNH"),
    ([f"Xét Tờ trình số 45/TTr-UBND ngày 01/4/2023 của Ủy ban nhân dân tỉnh; QUYẾT NGHỊ: {ARTICLE_1}"], "QUYẾT NGHỊ:"),
])
def test_the_enacting_word_ends_the_recitals(tmp_path, form, joined, word):
    """"… ngày 01/4/2023. QUYẾT ĐỊNH: Điều 1. …": a copy that lost the line break ran the enacting word onto the last
    recital (and the first article with it: the article was lost in the recitals). The recital ends before the word,
    the articles start after it."""
    sections = _top_sections(tmp_path, [*RECITED, *joined, ARTICLE_2], form)
    assert sections[0][0] == "opening" and sections[0][2] == word
    assert [(kind, label) for kind, label, _ in sections[1:]] == [("article", "Điều 1."), ("article", "Điều 2.")]


@pytest.mark.parametrize("line", ["Xét đề nghị của Giám đốc Sở Y tế, QUYẾT ĐỊNH", "SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU, QUYẾT ĐỊNH:"])
def test_an_enacting_word_that_ends_no_recital_stays(tmp_path, line):
    """The other side: the word at a line's end with no colon and no article after it, and a line in capitals (a
    title's, not a recital), stay as they are."""
    sections = _top_sections(tmp_path, [*RECITED, line, ARTICLE_1, ARTICLE_2], "text")
    assert sections[0][2] == line


@pytest.mark.parametrize("form", ["text", "html"])
@pytest.mark.parametrize("word", ["QUYẾT ĐỊNH", "NGHỊ QUYẾT"])
def test_an_enacting_word_without_its_colon_heads_no_carried_document(tmp_path, form, word):
    """"QUYẾT ĐỊNH" on its own line, no colon, then "Điều 1. Ban hành kèm theo Quyết định này …": read as the heading
    of a document the decision carries ("kèm theo" under it), the articles lost in it."""
    sections = _top_sections(tmp_path, [*RECITED, "Theo đề nghị của Giám đốc Sở Y tế,", word, ARTICLE_1, ARTICLE_2], form)
    assert [(kind, label) for kind, label, _ in sections] == [("opening", None), ("article", "Điều 1."), ("article", "Điều 2.")]


# --- a title that names the text it amends, "ban hành kèm theo Quyết định số …"

@pytest.mark.parametrize("form", ["text", "html", "docx"])
@pytest.mark.parametrize("title", [
    ["SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA QUY CHẾ THI ĐUA, KHEN THƯỞNG BAN HÀNH KÈM THEO QUYẾT ĐỊNH SỐ 33/2017/QĐ-UBND "
     "NGÀY 19 THÁNG 9 NĂM 2017 CỦA ỦY BAN NHÂN DÂN TỈNH"],
    ["SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA QUY ĐỊNH QUẢN LÝ CHỢ BAN HÀNH", "KÈM THEO QUYẾT ĐỊNH SỐ 21/2019/QĐ-UBND NGÀY 12/6/2019"],
    ["Sửa đổi Quy chế làm việc", "ban hành kèm theo Quyết định số 08/2021/QĐ-UBND ngày 15 tháng 3 năm 2021"],
])
def test_a_title_naming_what_it_amends_is_read_whole(tmp_path, form, title):
    """"… QUY CHẾ … BAN HÀNH KÈM THEO QUYẾT ĐỊNH SỐ 33/2017/QĐ-UBND …": the words "kèm theo" ended the title, which
    was then none at all (a carried document's "(Kèm theo …)" line ends a title; this names the text amended)."""
    lines = ["ỦY BAN NHÂN DÂN", "TỈNH ĐẮK NÔNG", *MOTTO, "Số: 18/2021/QĐ-UBND", "Đắk Nông, ngày 07 tháng 6 năm 2021",
             "QUYẾT ĐỊNH", *title, "ỦY BAN NHÂN DÂN TỈNH ĐẮK NÔNG", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;",
             "Theo đề nghị của Giám đốc Sở Nội vụ.", *ARTICLES]
    assert _process(tmp_path, lines, form).metadata.title == " ".join(title)


# --- a letter copied on one line: its dashed addressees, the last one's full stop, its first sentence

@pytest.mark.parametrize("form", ["text", "html"])
@pytest.mark.parametrize("addressed, names", [
    ("- Ủy ban nhân dân tỉnh Quảng Ngãi; - Bộ Giáo dục và Đào tạo.", ["Ủy ban nhân dân tỉnh Quảng Ngãi", "Bộ Giáo dục và Đào tạo"]),
    ("- Sở Tài chính; - Sở Nội vụ; - Kho bạc Nhà nước tỉnh.", ["Sở Tài chính", "Sở Nội vụ", "Kho bạc Nhà nước tỉnh"]),
    ("- Ban Thường vụ Tỉnh ủy, - Thường trực HĐND tỉnh.", ["Ban Thường vụ Tỉnh ủy", "Thường trực HĐND tỉnh"]),
])
def test_dashed_addressees_run_into_the_letter_are_all_read(tmp_path, form, addressed, names):
    """"Kính gửi: - Ủy ban nhân dân tỉnh …; - Bộ Giáo dục và Đào tạo. Vừa qua, …": a preview's one line ran the
    letter's first sentence onto the last addressee, who was lost with it."""
    line = ("UBND TỈNH QUẢNG NGÃI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM SỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc "
            "Số: 1746/SGDĐT-VP Quảng Ngãi, ngày 19 tháng 10 năm 2013 V/v báo cáo nhanh tình hình thiệt hại do bão. "
            f"Kính gửi: {addressed} Vừa qua, tỉnh Quảng Ngãi bị ảnh hưởng của cơn bão số 11 gây ngập lụt trên địa bàn. "
            "Sở Giáo dục và Đào tạo báo cáo như sau: I. TÌNH HÌNH THIỆT HẠI: 1. Huyện Bình Sơn: thiệt hại 1.850 triệu đồng.")
    assert _got(_process(tmp_path, ["Xem mẫu", line], form).metadata, "addressees") == names


# --- one type's documents listed after a lead in small letters, "các nghị định của Chính phủ: Số …; số …"

@pytest.mark.parametrize("sentence, cited", [
    ("Căn cứ các nghị định của Chính phủ: Số 92/2006/NĐ-CP ngày 07 tháng 9 năm 2006 về việc lập quy hoạch; số "
     "04/2008/NĐ-CP ngày 11 tháng 01 năm 2008 sửa đổi, bổ sung;",
     [("Nghị định", "92/2006/NĐ-CP", "2006-09-07", "Chính phủ"), ("Nghị định", "04/2008/NĐ-CP", "2008-01-11", "Chính phủ")]),
    ("Căn cứ các thông tư của Bộ Kế hoạch và Đầu tư: Số 01/2007/TT-BKH ngày 07/02/2007 hướng dẫn; số 03/2008/TT-BKH "
     "ngày 01/7/2008 hướng dẫn thực hiện;",
     [("Thông tư", "01/2007/TT-BKH", "2007-02-07", "Bộ Kế hoạch và Đầu tư"),
      ("Thông tư", "03/2008/TT-BKH", "2008-07-01", "Bộ Kế hoạch và Đầu tư")]),
    ("Căn cứ các Quyết định của Ủy ban nhân dân tỉnh: Số 12/2019/QĐ-UBND ngày 05/3/2019; số 30/2020/QĐ-UBND ngày 11/8/2020;",
     [("Quyết định", "12/2019/QĐ-UBND", "2019-03-05", "Ủy ban nhân dân tỉnh"),
      ("Quyết định", "30/2020/QĐ-UBND", "2020-08-11", "Ủy ban nhân dân tỉnh")]),
])
def test_a_lead_in_small_letters_lists_its_numbers(sentence, cited):
    """"Căn cứ các nghị định của Chính phủ: Số 92/2006/NĐ-CP ngày …; số 04/2008/NĐ-CP …": a lead whose type is in small
    letters (a plural, after "các"), its first "Số" capitalised, listed nothing."""
    assert [(c.doc_type, c.number, c.issued_date, c.issuer) for c in find_citations(sentence)] == cited


def test_a_number_of_another_type_under_a_lead_is_not_listed():
    """The other side: a number whose symbol names another type than the lead's is not guessed to be of the lead's."""
    assert find_citations("Căn cứ các nghị định của Chính phủ: Số 92/2006/QĐ-UBND ngày 07/9/2006;") == []


# --- a joint plan's header: a department under its province's name, the other body under it

@pytest.mark.parametrize("form", ["text", "html", "docx"])
@pytest.mark.parametrize("header, number, heading, unit, other", [
    (["UBND TỈNH NGHỆ AN", "SỞ Y TẾ", "HỘI NÔNG DÂN TỈNH NGHỆ AN"], "12/KHPH-SYT-HND", "KẾ HOẠCH PHỐI HỢP",
     "SỞ Y TẾ", "HỘI NÔNG DÂN TỈNH NGHỆ AN"),
    (["ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH", "SỞ VĂN HÓA VÀ THỂ THAO", "TỈNH ĐOÀN HÀ TĨNH"], "05/KHLT-SVHTT-TĐTN", "KẾ HOẠCH LIÊN TỊCH",
     "SỞ VĂN HÓA VÀ THỂ THAO", "TỈNH ĐOÀN HÀ TĨNH"),
    (["UBND HUYỆN NAM ĐÀN", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "HỘI LIÊN HIỆP PHỤ NỮ HUYỆN NAM ĐÀN"], "03/CTrPH-PGDĐT-HLHPN",
     "CHƯƠNG TRÌNH PHỐI HỢP", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "HỘI LIÊN HIỆP PHỤ NỮ HUYỆN NAM ĐÀN"),
])
def test_a_unit_and_the_body_beside_it_made_the_plan_together(tmp_path, form, header, number, heading, unit, other):
    """"UBND TỈNH NGHỆ AN" / "SỞ Y TẾ" / "HỘI NÔNG DÂN TỈNH NGHỆ AN" over "KHPH-SYT-HND": the last body was the issuer
    alone, the department its parent. The symbol says two bodies made it: the unit (under its parent) and the other."""
    lines = [*header, "-------", *MOTTO, f"Số: {number}", "Nghệ An, ngày 05 tháng 4 năm 2023", heading, *JOINT_TAIL]
    issuer = _process(tmp_path, lines, form).metadata.issuer
    assert (issuer.name, issuer.parent, issuer.joint) == (unit, header[0], [unit, other])


@pytest.mark.parametrize("header, number", [
    (["UBND TỈNH NGHỆ AN", "SỞ Y TẾ"], "12/KH-SYT"),
    (["UBND TỈNH NGHỆ AN", "SỞ Y TẾ", "TRUNG TÂM KIỂM SOÁT BỆNH TẬT"], "12/KH-KSBT"),
])
def test_a_unit_under_its_parents_is_the_issuer_alone(tmp_path, header, number):
    """The other side: a symbol with one body's code names one issuer, the unit the lowest line names."""
    lines = [*header, "-------", *MOTTO, f"Số: {number}", "Nghệ An, ngày 05 tháng 4 năm 2023", "KẾ HOẠCH", *JOINT_TAIL]
    issuer = _process(tmp_path, lines, "text").metadata.issuer
    assert (issuer.name, issuer.joint) == (header[-1], [])


# --- a forum's copy on one line, its stars and its type heading glued to the words beside them

@pytest.mark.parametrize("form", ["text", "html"])
@pytest.mark.parametrize("line, expected", [
    ("BAN CHẤP HÀNH TRUNG ƯƠNG***Số: 386 - QĐ/TWĐTN-VPĐOÀN TNCS HỒ CHÍ MINH Hà Nội, ngày 21 tháng 10 năm 2015 QUYẾT "
     "ĐỊNHVề việc ban hành Quy định về thể thức văn bản của Đoàn--------- BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH- "
     "Căn cứ Điều lệ Đoàn TNCS Hồ Chí Minh; QUYẾT ĐỊNH Điều 1. Ban hành kèm theo quyết định này Quy định. Điều 2. "
     "Quyết định này có hiệu lực từ ngày ký./.",
     ("386-QĐ/TWĐTN-VP", "2015-10-21", "Hà Nội", "BAN CHẤP HÀNH TRUNG ƯƠNG")),
    ("TỈNH ĐOÀN NGHỆ AN***Số: 45 - KH/TĐTN-VPĐOÀN TNCS HỒ CHÍ MINH Nghệ An, ngày 03 tháng 3 năm 2022 KẾ HOẠCHTổ chức "
     "Tháng Thanh niên năm 2022--------- Thực hiện Kế hoạch số 120-KH/TWĐTN-VP ngày 10/01/2022 của Ban Bí thư Trung ương "
     "Đoàn, Ban Thường vụ Tỉnh đoàn ban hành Kế hoạch như sau: I. MỤC ĐÍCH, YÊU CẦU 1. Phát huy vai trò của thanh niên.",
     ("45-KH/TĐTN-VP", "2022-03-03", "Nghệ An", "TỈNH ĐOÀN NGHỆ AN")),
])
def test_a_forum_copy_with_glued_stars_and_heading(tmp_path, form, line, expected):
    """"… TRUNG ƯƠNG***Số: 386 - QĐ/TWĐTN-VPĐOÀN TNCS …, ngày … QUYẾT ĐỊNHVề việc …": a forum's one-line copy glued the
    stars to the issuer and the number, and the type heading to the title: too few run-on signs to rebuild the lines,
    and no type, number or date was read (not a document)."""
    meta = _process(tmp_path, [line], form).metadata
    assert (meta.number, meta.issued_date, meta.place, meta.issuer.name) == expected


@pytest.mark.parametrize("form", ["text", "html"])
def test_a_chapter_titled_by_a_type_s_name_carries_no_document(tmp_path, form):
    """The other side: a chapter's title in capitals that begins with a type's name ("Chương II" / "QUY ĐỊNH KỸ THUẬT
    …"), "kèm theo" a few lines under it in an article's text, is the chapter's title, no carried document."""
    lines = ["BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG", *MOTTO, "Số: 12/2024/TT-BTNMT", "Hà Nội, ngày 05 tháng 4 năm 2024", "THÔNG TƯ",
             "Quy định kỹ thuật đánh giá chất lượng tài liệu thủy văn", "Căn cứ Luật Khí tượng thủy văn ngày 23/11/2015;",
             "Chương I", "QUY ĐỊNH CHUNG", "Điều 1. Phạm vi điều chỉnh", "Chương II",
             "QUY ĐỊNH KỸ THUẬT ĐÁNH GIÁ CHẤT LƯỢNG TÀI LIỆU THỦY VĂN", "Điều 2. Tài liệu phải đánh giá",
             "1. Sổ quan trắc, các bảng biểu kèm theo sổ quan trắc.", "Điều 3. Nội dung đánh giá"]
    doc = _process(tmp_path, lines, form)
    assert doc.metadata.attached == []
    assert [(s.kind, s.label) for s in doc.sections if s.kind != "opening"] == [("chapter", "Chương I"), ("chapter", "Chương II")]


# --- a header that kept only the committee's kind over a department's symbol

@pytest.mark.parametrize("form", ["text"])  # a page that prints its cells' borders is a text copy (page_fields.forms_of)
@pytest.mark.parametrize("kind, number, place", [
    ("ỦY BAN NHÂN DÂN", "518/HD-SGDĐT", "Sóc Trăng"),
    ("UBND", "45/KH-SYT", "Nghệ An"),
    ("ỦY BAN NHÂN DÂN", "12/KH-PGDĐT", "Nam Đàn"),
])
def test_a_committee_s_kind_over_a_unit_s_symbol_is_no_issuer(tmp_path, form, kind, number, place):
    """"ỦY BAN NHÂN DÂN | CỘNG HÒA … |" / "Số: 518/HD-SGDĐT | Sóc Trăng, ngày …": a site kept the committee's line and
    lost the department's under it; the committee was the issuer and resolved to the province's people's committee, a
    wrong body. No issuer, with a warning."""
    lines = [f"{kind} | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |", f"Số: {number} | {place}, ngày 09 tháng 06 năm 2015 |",
             "KẾ HOẠCH", "Triển khai công tác năm 2015", "I. MỤC ĐÍCH", "1. Nâng cao chất lượng."]
    doc = _process(tmp_path, lines, form)
    assert (doc.metadata.issuer.name, doc.metadata.issuer.agency) == (None, None)
    assert "issuer_unit_lost" in {w.code for w in doc.warnings}


@pytest.mark.parametrize("number", ["518/KH-UBND", "45/QĐ-CT", "12/UBND-VX"])
def test_a_committee_s_kind_over_its_own_symbol_stays(tmp_path, number):
    """The other side: a symbol that names the committee ("KH-UBND", "UBND-VX") or no unit ("QĐ-CT", its chairman)
    leaves the committee's kind the issuer, incomplete."""
    lines = ["ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |", f"Số: {number} | Sóc Trăng, ngày 09 tháng 06 năm 2015 |",
             "KẾ HOẠCH", "Triển khai công tác năm 2015", "I. MỤC ĐÍCH", "1. Nâng cao chất lượng."]
    assert _process(tmp_path, lines, "text").metadata.issuer.name == "ỦY BAN NHÂN DÂN"
