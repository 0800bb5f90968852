"""Forms sampled in s29 from stored openings of legal-site pages nobody had run (a blind sample aimed at the two-level
local government since July 2025, at bodies that are no administration: public service units, steering committees and
councils, mass organisations, state enterprises' party committees; and at what s28 left: a commune's or ward's own
document, a court's plan, "thẩm trasố").

What the forms are (our own notes; every fixture below is written for the test, names and numbers made up):
- the pages corpus holds few documents of communes, wards, party committees of communes, hospitals, centres or
  associations: most pages about them are news posts. POSTS pins those (a site's post citing the body's plan by its
  number); BODIES pins documents of those issuers written from the facts the posts give (a ward's people's committee
  and council after the merger, a commune's party committee, a province's merged departments, a health centre, a
  steering committee, the women's union, the farmers' union, the veterans' association, a province's court);
- PAGES: the sample, pinned in text and, for the pages that print no cell borders, in HTML.
"""

from __future__ import annotations

import pytest

from page_fields import processed as _process
from page_fields import cases, wrong_in_form, wrong_unless_refused
from pipeline.stages.citations import find_citations

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------"]
PARTY = ["ĐẢNG CỘNG SẢN VIỆT NAM"]
# name: (lines, expected); cited: [(doc_type, number, issued_date)] in order; a tuple of values: any of them is right
PAGES = {
 # a province's plan in 2025 on a law site: the plan carried out at a merged department's proposal, the proposal's
 # submission named in the sentence that issues the plan ("Theo đề nghị của Sở … tại Tờ trình số …, UBND tỉnh ban hành …")
 "kh_ubnd_tinh_2025_so_dttg": ([
   "Hệ thống pháp luật", "", "ỦY BAN NHÂN DÂN", "TỈNH GIA LAI", "-------", "", *MOTTO, "", "Số: 2718/KH-UBND", "",
   "Gia Lai, ngày 14 tháng 5 năm 2025", "", " ", "", "KẾ HOẠCH", "",
   "THỰC HIỆN CÔNG TÁC DÂN TỘC VÀ TÍN NGƯỠNG, TÔN GIÁO NĂM 2025 TRÊN ĐỊA BÀN TỈNH GIA LAI", "",
   "Căn cứ Luật Tín ngưỡng, tôn giáo; Nghị định số 95/2023/NĐ-CP ngày 29/12/2023 của Chính phủ quy định chi tiết một "
   "số điều của Luật Tín ngưỡng, tôn giáo;", "",
   "Căn cứ Nghị định số 127/2024/NĐ-CP ngày 10/10/2024 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định về "
   "công tác dân tộc;", "",
   "Theo đề nghị của Sở Dân tộc và Tôn giáo tại Tờ trình số 11/TTr-SDTTG ngày 18/4/2025, UBND tỉnh ban hành Kế hoạch "
   "thực hiện công tác dân tộc và tín ngưỡng, tôn giáo năm 2025 như sau:", "", "I. MỤC ĐÍCH, YÊU CẦU"],
  dict(doc_type="Kế hoạch", number="2718/KH-UBND", issued_date="2025-05-14", place="Gia Lai",
       issuer="ỦY BAN NHÂN DÂN TỈNH GIA LAI",
       title="THỰC HIỆN CÔNG TÁC DÂN TỘC VÀ TÍN NGƯỠNG, TÔN GIÁO NĂM 2025 TRÊN ĐỊA BÀN TỈNH GIA LAI",
       cited=[("Nghị định", "95/2023/NĐ-CP", "2023-12-29"), ("Nghị định", "127/2024/NĐ-CP", "2024-10-10"),
              ("Tờ trình", "11/TTr-SDTTG", "2025-04-18")])),
 # a province's plan joined by " | " in June 2025, its title in quotation marks, a prime minister's decision carried out
 "kh_ubnd_pipes_2025_quoted_title": ([
   "Để sử dụng toàn bộ tiện ích nâng cao của Hệ Thống Pháp Luật vui lòng lựa chọn và đăng ký gói cước.",
   "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |", "Số: 141/KH-UBND | Nghệ An, ngày 23 tháng 6 năm 2025 |", "KẾ HOẠCH",
   "TRIỂN KHAI PHONG TRÀO THI ĐUA “CẢ NƯỚC THI ĐUA ĐỔI MỚI SÁNG TẠO VÀ CHUYỂN ĐỔI SỐ” TRÊN ĐỊA BÀN TỈNH NGHỆ AN",
   "Thực hiện Quyết định số 923/QĐ-TTg ngày 14/5/2025 của Thủ tướng Chính phủ ban hành Kế hoạch triển khai Phong trào thi "
   "đua, Ủy ban nhân dân tỉnh Nghệ An ban hành Kế hoạch triển khai Phong trào thi đua trên địa bàn tỉnh như sau:",
   "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích"],
  dict(doc_type="Kế hoạch", number="141/KH-UBND", issued_date="2025-06-23", place="Nghệ An",
       issuer=("ỦY BAN NHÂN DÂN", "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN"),
       title="TRIỂN KHAI PHONG TRÀO THI ĐUA “CẢ NƯỚC THI ĐUA ĐỔI MỚI SÁNG TẠO VÀ CHUYỂN ĐỔI SỐ” TRÊN ĐỊA BÀN TỈNH NGHỆ AN",
       cited=[("Quyết định", "923/QĐ-TTg", "2025-05-14")])),
 # a province's plan joined by " | " whose site dropped the heading and the title: the grounds follow the date line
 "kh_ubnd_pipes_no_heading_no_title": ([
   "Để sử dụng toàn bộ tiện ích nâng cao của Hệ Thống Pháp Luật vui lòng lựa chọn và đăng ký gói cước.",
   "Nếu bạn là thành viên. Vui lòng ĐĂNG NHẬP để tiếp tục.", "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |",
   "Số: 96/KH-UBND | Hà Nam, ngày 21 tháng 7 năm 2022 |",
   "Thực hiện Thông tư số 10/2022/TT-BLĐTBXH ngày 31/5/2022 của Bộ Lao động - Thương binh và Xã hội hướng dẫn giám sát, "
   "đánh giá thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững, UBND tỉnh ban hành Kế hoạch giám sát, đánh "
   "giá thực hiện Chương trình trên địa bàn tỉnh, cụ thể như sau:", "1. Mục đích",
   "Theo dõi, kiểm tra việc chấp hành quy định về quản lý Chương trình."],
  dict(doc_type="Kế hoạch", number="96/KH-UBND", issued_date="2022-07-21", place="Hà Nam",
       issuer=("ỦY BAN NHÂN DÂN", "ỦY BAN NHÂN DÂN TỈNH HÀ NAM"),
       cited=[("Thông tư", "10/2022/TT-BLĐTBXH", "2022-05-31")])),
 # a province's council's resolution joined by " | " under the site's list of related documents, no heading, the
 # council's term and session on one line
 "nq_hdnd_pipes_related_list": ([
   "- 1Quyết định 712/QĐ-UBND phê duyệt điều chỉnh Kế hoạch sử dụng đất năm 2024 huyện Lục Nam, tỉnh Bắc Giang",
   "- 2Nghị quyết 31/NQ-HĐND năm 2024 thông qua Kế hoạch sử dụng đất (2021-2025) thành phố Cần Thơ",
   "HỘI ĐỒNG NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |", "Số: 64/NQ-HĐND | Cao Bằng, ngày 12 tháng 7 năm 2024 |",
   "VỀ VIỆC THÔNG QUA KẾ HOẠCH SỬ DỤNG ĐẤT 05 NĂM (2021 - 2025) CỦA TỈNH CAO BẰNG", "HỘI ĐỒNG NHÂN DÂN TỈNH CAO BẰNG",
   "KHÓA XVII, KỲ HỌP THỨ 19", "Căn cứ Luật Tổ chức Chính quyền địa phương ngày 19 tháng 6 năm 2015;",
   "Căn cứ Nghị quyết số 39/2021/QH15 ngày 13 tháng 11 năm 2021 của Quốc hội về Quy hoạch sử dụng đất quốc gia;",
   "Căn cứ Nghị định số 43/2014/NĐ-CP ngày 15 tháng 5 năm 2014 của Chính phủ quy định chi tiết thi hành Luật Đất đai;"],
  dict(doc_type="Nghị quyết", number="64/NQ-HĐND", issued_date="2024-07-12", place="Cao Bằng",
       issuer=("HỘI ĐỒNG NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN TỈNH CAO BẰNG"),
       title="VỀ VIỆC THÔNG QUA KẾ HOẠCH SỬ DỤNG ĐẤT 05 NĂM (2021 - 2025) CỦA TỈNH CAO BẰNG",
       cited=[("Nghị quyết", "39/2021/QH15", "2021-11-13"), ("Nghị định", "43/2014/NĐ-CP", "2014-05-15")])),
 # a province's plan on a law site with a stray "-" under the rule, a title naming the directive it carries out in
 # capitals, the central emulation council's plan carried out
 "kh_ubnd_stray_dash_hdtdkt": ([
   "Hệ thống pháp luật", "Đang tải nội dung, vui lòng chờ giây lát...", "", "ỦY BAN NHÂN DÂN", "TỈNH HÀ TĨNH", "-------", "-", "",
   *MOTTO, "", "Số: 611/KH-UBND", "", "Hà Tĩnh, ngày 19 tháng 10 năm 2021", "", " ", "", "KẾ HOẠCH", "",
   "THỰC HIỆN CHỈ THỊ SỐ 19/CT-TTG NGÀY 16 THÁNG 7 NĂM 2021 CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ VIỆC PHÁT ĐỘNG THI ĐUA THỰC "
   "HIỆN THẮNG LỢI NHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI HẰNG NĂM", "",
   "Thực hiện Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ về việc phát động thi đua và Kế hoạch số "
   "16/KH-HĐTĐKT ngày 31/8/2021 của Hội đồng Thi đua - Khen thưởng Trung ương, Ủy ban nhân dân tỉnh Hà Tĩnh ban hành Kế "
   "hoạch tổ chức thực hiện như sau:", "", "I. MỤC ĐÍCH, YÊU CẦU"],
  dict(doc_type="Kế hoạch", number="611/KH-UBND", issued_date="2021-10-19", place="Hà Tĩnh",
       issuer="ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH",
       cited=[("Chỉ thị", "19/CT-TTg", "2021-07-16"), ("Kế hoạch", "16/KH-HĐTĐKT", "2021-08-31")])),
 # a ministry's department's letter scanned without its accents on a document site: the two columns run together,
 # the number's label and figure misread ("Sé: #49 /KCB-CDT"), the subject over two lines, a stamp's "KHAN"
 "cv_cuc_ocr_unaccented": ([
   "BO Y TE CONG HOA XA HOI CHU NGHIA VIET NAM", "CỤC QUAN LY Độc lập-Tự do - Hạnh phúc", "KHAM, CHUA BENH",
   "Sé: #52 /KCB-NV Hà Nội, ngày 14 tháng 8 năm 2016", "V/v báo cáo thực hiện Đề án", "bệnh viện vệ tính", "KHAN",
   "Kính gửi: Sở Y tế các tỉnh, thành phố trực thuộc Trung ương tham gia Đề án bệnh viện vệ tỉnh (danh sách kèm theo) "
   "Thực hiện chỉ đạo của Bộ trưởng Bộ Y tế về việc giảm quá tải bệnh viện, Cục Quản lý Khám, chữa bệnh đề nghị Sở Y tế "
   "các tỉnh thực hiện tốt một số việc sau:", "1 Đôn đốc các bệnh viện vệ tinh báo cáo kết quả thực hiện dự án."],
  # the misread label is read as "Số:" (s30): the misread number is none, warned; the date and the place are read
  dict(doc_type="Công văn", number=None, issued_date="2016-08-14", place="Hà Nội")),
 # the youth union's decision flattened into one paragraph by a forum: the signature and the recipients inside it,
 # decisions cited with no hyphen before their symbol ("Quyết định số 84 QĐ/TWĐTN")
 "qd_tw_doan_flattened_signed": ([
   "BAN CHẤP HÀNH TRUNG ƯƠNG***Số: 412 - QĐ/TWĐTN-VPĐOÀN TNCS HỒ CHÍ MINH Hà Nội, ngày 14 tháng 11 năm 2014 QUYẾT ĐỊNHVề "
   "việc ban hành Quy định về công tác lưu trữ của Đoàn TNCS Hồ Chí Minh--------- BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ "
   "MINH- Căn cứ Điều lệ Đoàn TNCS Hồ Chí Minh; - Căn cứ Quy chế làm việc của Ban Chấp hành Trung ương Đoàn ban hành kèm "
   "theo Quyết định số 91 QĐ/TWĐTN ngày 20/3/2013 của Ban Chấp hành Trung ương Đoàn; QUYẾT ĐỊNH Điều 1. Ban hành kèm theo "
   "quyết định này Quy định về công tác lưu trữ của Đoàn TNCS Hồ Chí Minh. Điều 2. Quyết định này có hiệu lực từ ngày ký. "
   "Nơi nhận: - Như điều 2; - Lưu VP. TM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀNBÍ THƯ THƯỜNG TRỰC (đã ký) Lê Quốc Khánh"],
  # the title and the position read since s30 (the Union's name in small letters no motto, "ĐOÀNBÍ THƯ" parted)
  dict(doc_type="Quyết định", number=("412-QĐ/TWĐTN-VP", None), issued_date="2014-11-14", place="Hà Nội",
       title="Về việc ban hành Quy định về công tác lưu trữ của Đoàn TNCS Hồ Chí Minh",
       signer="Lê Quốc Khánh", position="Bí thư Thường trực", authority=["TM."])),
 # a province's chairman's decision in a PDF's text layer that lost its hyphens ("Số: 1961/QĐUBND", "NQCP",
 # "Độc lập  Tự do"), the grounds wrapped at the page's width, a public administration service centre in the title
 "qd_ubnd_pdf_hyphens_lost": ([
   "Tải bản đầy đủ (.pdf) (12 trang)", "", "Quyết định số 2044/2020/QĐ-UBND tỉnh Cà Mau", "", "ỦY BAN NHÂN DÂN ", "TỈNH CÀ MAU", "",
   "Số: 2044/QĐUBND", "", "CỘNG HÒA XàHỘI CHỦ NGHĨA VIỆT NAM", "Độc lập  Tự do  Hạnh phúc ", "", "Cà Mau, ngày 17 tháng 9 năm 2020",
   "", " ", "QUYẾT ĐỊNH", "BAN HÀNH QUY CHẾ PHỐI HỢP GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH THEO CƠ CHẾ ",
   "MỘT CỬA TẠI TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG ", "TỈNH CÀ MAU", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH CÀ MAU",
   "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
   "Căn cứ Nghị định số 61/2018/NĐCP ngày 23 tháng 4 năm 2018 Chính phủ về thực hiện cơ chế ",
   "một cửa, cơ chế một cửa liên thông trong giải quyết thủ tục hành chính;",
   "Căn cứ Quyết định số 1518/QĐUBND ngày 12 tháng 10 năm 2018 của Ủy ban nhân dân tỉnh về ",
   "việc thành lập Trung tâm Phục vụ hành chính công tỉnh;"],
  dict(doc_type="Quyết định", number=("2044/QĐUBND", "2044/QĐ-UBND"), issued_date="2020-09-17", place="Cà Mau",
       issuer="ỦY BAN NHÂN DÂN TỈNH CÀ MAU")),
 # a province's plan in narrow cells: the date line broken inside the place's name ("Sơn" / "La, ngày …"), the title
 # naming a party directive in capitals, the province's party standing committee's plan in the ground
 "kh_ubnd_cells_place_broken": ([
   "ỦY BAN NHÂN DÂN", "TỈNH LAI CHÂU", "-------", "|", "CỘNG", "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
   "---------------", "|", "Số: 74/KH-UBND", "|", "Lai", "Châu, ngày 16 tháng 3", "năm 2020", "|", "KẾ HOẠCH",
   "VỀ VIỆC TRIỂN KHAI THỰC HIỆN CHỈ THỊ SỐ 37-CT/TW NGÀY 03/9/2019 CỦA BAN", "BÍ THƯ VỀ XÂY DỰNG QUAN HỆ LAO ĐỘNG HÀI HÒA",
   "Căn cứ Chỉ thị số 37-CT/TW ngày", "03/9/2019 của Ban Bí thư về xây dựng quan hệ lao động hài hòa; Kế hoạch số 188-KH/TU",
   "ngày 06/01/2020 của Ban Thường vụ Tỉnh ủy thực hiện Chỉ thị. UBND tỉnh ban hành Kế hoạch với các nội dung như sau:",
   "I. MỤC ĐÍCH, YÊU CẦU"],
  dict(doc_type="Kế hoạch", number="74/KH-UBND", issued_date="2020-03-16", place="Lai Châu",
       issuer="ỦY BAN NHÂN DÂN TỈNH LAI CHÂU",
       title="VỀ VIỆC TRIỂN KHAI THỰC HIỆN CHỈ THỊ SỐ 37-CT/TW NGÀY 03/9/2019 CỦA BAN BÍ THƯ VỀ XÂY DỰNG QUAN HỆ LAO ĐỘNG HÀI HÒA",
       cited=[("Chỉ thị", "37-CT/TW", "2019-09-03"), ("Kế hoạch", "188-KH/TU", "2020-01-06")])),
 # a province's decision in cells: "Số:" and the number on two lines, the date line broken after the day, the title's
 # first word alone ("BAN" / "HÀNH QUY CHẾ …"), a merged department's submission in "Theo đề nghị …"
 "qd_ubnd_cells_number_broken": ([
   "ỦY BAN NHÂN DÂN", "TỈNH BÌNH PHƯỚC", "-------", "|", "CỘNG HÒA XÃ HỘI", "CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
   "---------------", "|", "Số:", "27/2024/QĐ-UBND", "|", "Bình Phước, ngày 09", "tháng 10 năm 2024", "|", "QUYẾT ĐỊNH", "BAN",
   "HÀNH QUY CHẾ XÉT TẶNG GIẢI THƯỞNG VỀ KHOA HỌC VÀ CÔNG NGHỆ TRÊN ĐỊA BÀN TỈNH BÌNH", "PHƯỚC", "ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC",
   "Căn cứ Luật Tổ chức chính quyền địa phương ngày", "19 tháng 6 năm 2015;",
   "Căn cứ Nghị định số 18/2024/NĐ-CP ngày 21 tháng", "02 năm 2024 của Chính phủ về các giải thưởng về khoa học và công nghệ;",
   "Theo đề nghị của Giám đốc Sở Khoa học và Công", "nghệ tại Tờ trình số 102/TTr-SKHCN ngày 20 tháng 8 năm 2024.",
   "QUYẾT ĐỊNH:", "Điều 1. Ban hành kèm theo", "Quyết định này Quy chế xét tặng Giải thưởng về khoa học và công nghệ."],
  dict(doc_type="Quyết định", number="27/2024/QĐ-UBND", issued_date="2024-10-09", place="Bình Phước",
       issuer="ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC",
       title="BAN HÀNH QUY CHẾ XÉT TẶNG GIẢI THƯỞNG VỀ KHOA HỌC VÀ CÔNG NGHỆ TRÊN ĐỊA BÀN TỈNH BÌNH PHƯỚC",
       cited=[("Nghị định", "18/2024/NĐ-CP", "2024-02-21"), ("Tờ trình", "102/TTr-SKHCN", "2024-08-20")])),
 # a province's decision under a site's attribute table joined by " | ", the issuer cut to "ỦY BAN NHÂN DÂN |", no
 # heading, a law cited with its number and date
 "qd_ubnd_attr_table_no_heading": ([
   "Quyết định 41/2017/QĐ-UBND Quy định quản lý công nghệ trên địa bàn tỉnh Thái Bình",
   "Số hiệu | 41/2017/QĐ-UBND |", "Ngày ban hành | 12/10/2017 |", "Loại văn bản | Quyết định |", "Cơ quan ban hành | Tỉnh Thái Bình |",
   "Người ký | Đặng Trọng Thăng |", "Lĩnh vực | Công nghệ thông tin |", "ỦY BAN NHÂN DÂN |", "CỘNG", "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |",
   "Số: 41/2017/QĐ-UBND |", "Thái Bình, ngày 12 tháng 10 năm 2017 |",
   "BAN HÀNH QUY ĐỊNH QUẢN LÝ CÔNG NGHỆ VÀ CHUYỂN GIAO CÔNG NGHỆ TRÊN ĐỊA BÀN TỈNH THÁI BÌNH", "ỦY BAN NHÂN DÂN TỈNH THÁI BÌNH",
   "Căn cứ Luật tổ chức chính quyền địa phương ngày 19/6/2015;", "Căn cứ Luật đầu tư công số 49/2014/QH13 ngày 18/6/2014;",
   "Căn cứ Nghị định số 08/2014/NĐ-CP ngày 27/01/2014 của Chính phủ quy định chi tiết Luật Khoa học và Công nghệ;",
   "Căn cứ Thông tư số 03/2016/TT-BKHCN ngày 30/03/2016 của Bộ Khoa học và Công nghệ quy định về hồ sơ;"],
  dict(doc_type="Quyết định", number="41/2017/QĐ-UBND", issued_date="2017-10-12", place="Thái Bình",
       issuer=("ỦY BAN NHÂN DÂN", "ỦY BAN NHÂN DÂN TỈNH THÁI BÌNH"),
       title="BAN HÀNH QUY ĐỊNH QUẢN LÝ CÔNG NGHỆ VÀ CHUYỂN GIAO CÔNG NGHỆ TRÊN ĐỊA BÀN TỈNH THÁI BÌNH",
       signer=(None, "Đặng Trọng Thăng"),
       cited=[("Luật", "49/2014/QH13", "2014-06-18"), ("Nghị định", "08/2014/NĐ-CP", "2014-01-27"),
              ("Thông tư", "03/2016/TT-BKHCN", "2016-03-30")])),
 # a province's decision in cells with the province's name wrapped in three cells ("ỦY BAN NHÂN" / "DÂN" / "TỈNH …"),
 # a joint circular's number on the line after "số", a department's submission in "Xét đề nghị …"
 "qd_ubnd_cells_name_wrapped": ([
   "ỦY BAN NHÂN", "DÂN", "TỈNH TÂY NINH", "--------", "|", "CỘNG HÒA XÃ", "HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
   "-------------------", "|", "Số:", "3112/QĐ-UBND", "|", "Tây Ninh, ngày", "11 tháng 11 năm 2014", "|", "QUYẾT ĐỊNH",
   "BAN HÀNH ĐỀ ÁN THÀNH LẬP ĐỘI CÔNG TÁC XÃ HỘI TÌNH NGUYỆN TẠI", "XÃ, PHƯỜNG, THỊ TRẤN TRÊN ĐỊA BÀN TỈNH TÂY NINH",
   "ỦY BAN NHÂN DÂN TỈNH TÂY NINH", "Căn cứ Luật Tổ chức HĐND và UBND ngày 26/11/", "2003;", "Căn cứ Thông tư liên tịch số",
   "24/2012/TTLT-BLĐTBXH-BNV-BTC ngày 22/10/2012 của liên Bộ: Lao động - Thương", "binh và Xã hội, Nội vụ, Tài chính;",
   "Xét đề nghị của Giám đốc Sở Lao động - Thương", "binh và Xã hội tại Tờ trình số 71/TTr-LĐTBXH ngày 20/9/2014,",
   "QUYẾT ĐỊNH:", "Điều 1. Phê duyệt Đề án thành lập Đội công tác xã hội tình nguyện."],
  dict(doc_type="Quyết định", number="3112/QĐ-UBND", issued_date="2014-11-11", place="Tây Ninh",
       issuer="ỦY BAN NHÂN DÂN TỈNH TÂY NINH",
       title="BAN HÀNH ĐỀ ÁN THÀNH LẬP ĐỘI CÔNG TÁC XÃ HỘI TÌNH NGUYỆN TẠI XÃ, PHƯỜNG, THỊ TRẤN TRÊN ĐỊA BÀN TỈNH TÂY NINH",
       cited=[("Thông tư liên tịch", "24/2012/TTLT-BLĐTBXH-BNV-BTC", "2012-10-22"),
              ("Tờ trình", "71/TTr-LĐTBXH", "2014-09-20")])),
 # a province's decision in cells with its name on one line and a town in the date line, a decree cited with its
 # date after the issuer ("Nghị định số 29/2008/NĐ-CP của Chính phủ ngày 14/3/2008"), "công văn số: 431/…" with a colon
 "qd_ubnd_cells_colon_in_citation": ([
   "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH", "-----", "|", *MOTTO[:2], "-------", "|", "Số: 1207/QĐ-UBND", "|",
   "Hà Tĩnh, ngày 21 tháng 5 năm 2008", "|", "QUYẾT ĐỊNH", "VỀ VIỆC PHÊ DUYỆT ĐỊNH HƯỚNG PHÁT TRIỂN KHU",
   "KINH TẾ CỬA KHẨU QUỐC TẾ CẦU TREO ĐẾN NĂM 2020", "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH", "Căn cứ Luật",
   "Tổ chức HĐND và UBND ngày 26/11/2003;", "Căn cứ Nghị định số 29/2008/NĐ-CP của Chính phủ ngày 14/3/2008 quy định về khu",
   "công nghiệp, khu chế xuất và khu kinh tế;", "Căn cứ Quyết định số 52/2008/QĐ-TTg ngày 25/4/2008 của Thủ tướng Chính phủ;",
   "Xét tờ trình số 22/TT-BQL ngày 02/4/2008 của BQL Khu kinh tế cửa khẩu Cầu Treo;",
   "Theo đề nghị của Sở Kế hoạch và Đầu tư tại công văn số: 512/KHĐT-KTĐN ngày 14", "tháng 5 năm 2008,", "QUYẾT ĐỊNH:",
   "Điều 1. Phê duyệt Định hướng phát triển Khu kinh tế cửa khẩu quốc tế Cầu Treo."],
  dict(doc_type="Quyết định", number="1207/QĐ-UBND", issued_date="2008-05-21", place="Hà Tĩnh",
       issuer="ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH",
       title="VỀ VIỆC PHÊ DUYỆT ĐỊNH HƯỚNG PHÁT TRIỂN KHU KINH TẾ CỬA KHẨU QUỐC TẾ CẦU TREO ĐẾN NĂM 2020",
       cited=([("Nghị định", "29/2008/NĐ-CP", "2008-03-14"), ("Quyết định", "52/2008/QĐ-TTg", "2008-04-25"),
               ("Tờ trình", "22/TT-BQL", "2008-04-02"), ("Công văn", "512/KHĐT-KTĐN", "2008-05-14")],
              [("Nghị định", "29/2008/NĐ-CP", None), ("Quyết định", "52/2008/QĐ-TTg", "2008-04-25"),
               ("Tờ trình", "22/TT-BQL", "2008-04-02"), ("Công văn", "512/KHĐT-KTĐN", "2008-05-14")]))),
 # a province's plan in cells with a cited decision's year broken by a space ("16/7/20 21"): the date the line
 # prints cannot be read as the 20th year
 "kh_ubnd_cells_year_broken": ([
   "ỦY BAN NHÂN DÂN", "TỈNH BẠC LIÊU", "-------", "|", "CỘNG HÒA XÃ HỘI", "CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
   "---------------", "|", "Số: 152/KH-UBND", "|", "Bạc Liêu, ngày", "29 tháng 09 năm 2022", "|", "KẾ HOẠCH",
   "RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO TRÊN ĐỊA BÀN TỈNH BẠC LIÊU", "NĂM 2022", "Căn cứ Nghị định số",
   "07/2021/NĐ-CP ngày 27/01/2021 của Chính phủ quy định chuẩn nghèo đa chiều;", "Căn cứ Quyết định số",
   "24/2021/QĐ-TTg ngày 16/7/20 21 của Thủ tướng Chính phủ quy định quy trình rà", "soát hộ nghèo, hộ cận nghèo hằng năm;",
   "I. MỤC ĐÍCH, YÊU CẦU"],
  dict(doc_type="Kế hoạch", number="152/KH-UBND", issued_date="2022-09-29", place="Bạc Liêu",
       issuer="ỦY BAN NHÂN DÂN TỈNH BẠC LIÊU", title="RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO TRÊN ĐỊA BÀN TỈNH BẠC LIÊU NĂM 2022",
       cited=([("Nghị định", "07/2021/NĐ-CP", "2021-01-27"), ("Quyết định", "24/2021/QĐ-TTg", None)],
              [("Nghị định", "07/2021/NĐ-CP", "2021-01-27"), ("Quyết định", "24/2021/QĐ-TTg", "2021-07-16")]))),
 # a province's plan on a gazette's bulletin in cells, a steering committee founded by the decision in its ground
 "kh_ubnd_bulletin_bcd": ([
   "ỦY BAN NHÂN DÂN", "TỈNH THÁI BÌNH", "-------", "|", "CỘNG HÒA XÃ HỘI", "CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
   "---------------", "|", "Số: 81/KH-UBND", "|", "Thái Bình, ngày 07", "tháng 5 năm 2024", "|", "KẾ HOẠCH",
   "TRIỂN KHAI TỔNG KIỂM KÊ TÀI SẢN CÔNG TẠI CƠ QUAN, TỔ CHỨC,", "ĐƠN VỊ THUỘC PHẠM VI QUẢN", "LÝ CỦA TỈNH THÁI BÌNH",
   "Thực hiện Quyết định số", "213/QĐ-TTg ngày 01/3/2024 của Thủ tướng Chính phủ phê duyệt Đề án tổng kiểm kê tài",
   "sản công; Quyết định số 798/QĐ-BTC ngày 05/4/2024 của Bộ Tài chính; Quyết định số",
   "745/QĐ-UBND ngày 19/4/2024 của UBND tỉnh về việc thành lập Ban Chỉ đạo", "tổng kiểm kê tài sản công của tỉnh.",
   "Ủy ban nhân dân tỉnh ban hành Kế", "hoạch triển khai tổng kiểm kê tài sản công như sau:", "I. MỤC ĐÍCH,", "YÊU CẦU"],
  dict(doc_type="Kế hoạch", number="81/KH-UBND", issued_date="2024-05-07", place="Thái Bình",
       issuer="ỦY BAN NHÂN DÂN TỈNH THÁI BÌNH",
       title=("TRIỂN KHAI TỔNG KIỂM KÊ TÀI SẢN CÔNG TẠI CƠ QUAN, TỔ CHỨC, ĐƠN VỊ THUỘC PHẠM VI QUẢN LÝ CỦA TỈNH THÁI BÌNH",),
       cited=[("Quyết định", "213/QĐ-TTg", "2024-03-01"), ("Quyết định", "798/QĐ-BTC", "2024-04-05"),
              ("Quyết định", "745/QĐ-UBND", "2024-04-19")])),
 # a province's plan on a law site: a ministry's decision cited without "số", the department's submission after
 # "Trên cơ sở đề xuất của …"
 "kh_ubnd_tren_co_so_de_xuat": ([
   "Hệ thống pháp luật", "", "ỦY BAN NHÂN DÂN", "TỈNH ĐẮK NÔNG", "-------", "", *MOTTO, "", "Số: 3391/KH-UBND", "",
   "Đắk Nông, ngày 08 tháng 5 năm 2024", "", " ", "", "KẾ HOẠCH", "",
   "THỰC HIỆN ĐỀ ÁN PHÁT TRIỂN CÁC VÙNG SẢN XUẤT RAU AN TOÀN ĐẾN NĂM 2030 TRÊN ĐỊA BÀN TỈNH ĐẮK NÔNG", "",
   "Căn cứ Quyết định 4765/QĐ-BNN-TT ngày 09/11/2023 của Bộ Nông nghiệp và Phát triển nông thôn phê duyệt Đề án;", "",
   "Trên cơ sở đề xuất của Sở Nông nghiệp và Phát triển nông thôn tại Tờ trình số 63/TTr-SNN ngày 25/4/2024, Ủy ban "
   "nhân dân tỉnh ban hành Kế hoạch thực hiện Đề án, với các nội dung chính như sau:", "", "I. Mục tiêu"],
  dict(doc_type="Kế hoạch", number="3391/KH-UBND", issued_date="2024-05-08", place="Đắk Nông",
       issuer="ỦY BAN NHÂN DÂN TỈNH ĐẮK NÔNG",
       title="THỰC HIỆN ĐỀ ÁN PHÁT TRIỂN CÁC VÙNG SẢN XUẤT RAU AN TOÀN ĐẾN NĂM 2030 TRÊN ĐỊA BÀN TỈNH ĐẮK NÔNG",
       cited=[("Quyết định", "4765/QĐ-BNN-TT", "2023-11-09"), ("Tờ trình", "63/TTr-SNN", "2024-04-25")])),
 # a province's plan under a site's panel that files it as "Văn bản khác", the signer named by the panel, a prime
 # minister's decision with "TTG" in capitals
 "kh_ubnd_panel_van_ban_khac": ([
   "Kế hoạch 171/KH-UBND năm 2017 triển khai Chương trình hành động quốc gia về hộ tịch trên địa bàn tỉnh Hưng Yên",
   "Số hiệu: 171/KH-UBND Loại văn bản: Văn bản khác", "Nơi ban hành: Tỉnh Hưng Yên Người ký: Đặng Minh Tuấn",
   "Ngày ban hành: 02/06/2017 Ngày hiệu lực: Đang cập nhật", "Ngày công báo: Đang cập nhật Số công báo: Đang cập nhật", "",
   "ỦY BAN NHÂN DÂN", "TỈNH HƯNG YÊN", "-------", "", *MOTTO, "", "Số: 171/KH-UBND", "", "Hưng Yên, ngày 02 tháng 6 năm 2017", "",
   " ", "", "KẾ HOẠCH", "", "TRIỂN KHAI CHƯƠNG TRÌNH HÀNH ĐỘNG QUỐC GIA VỀ ĐĂNG KÝ VÀ THỐNG KÊ HỘ TỊCH TRÊN ĐỊA BÀN TỈNH HƯNG YÊN",
   "", "Thực hiện Luật Hộ tịch năm 2014, Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ và Quyết định số "
   "101/QĐ-TTG ngày 23/01/2017 của Thủ tướng Chính phủ; Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:", "", "I. MỤC TIÊU"],
  dict(doc_type="Kế hoạch", number="171/KH-UBND", issued_date="2017-06-02", place="Hưng Yên", issuer="ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN",
       title="TRIỂN KHAI CHƯƠNG TRÌNH HÀNH ĐỘNG QUỐC GIA VỀ ĐĂNG KÝ VÀ THỐNG KÊ HỘ TỊCH TRÊN ĐỊA BÀN TỈNH HƯNG YÊN",
       signer=(None, "Đặng Minh Tuấn"),
       cited=([("Nghị định", "123/2015/NĐ-CP", "2015-11-15"), ("Quyết định", "101/QĐ-TTG", "2017-01-23")],
              [("Nghị định", "123/2015/NĐ-CP", "2015-11-15"), ("Quyết định", "101/QĐ-TTg", "2017-01-23")]))),
 # a province's decision with a joint circular cited with "số:" and a comma before its date, a province's party
 # committee's resolution in the grounds
 "qd_ubnd_ttlt_colon_comma": ([
   "ỦY BAN NHÂN DÂN", "TỈNH KIÊN GIANG", "-------", "", *MOTTO, "", "Số: 233/QĐ-UBND", "", "Kiên Giang, ngày 30 tháng 01 năm 2019", "",
   " ", "", "QUYẾT ĐỊNH", "", "PHÊ DUYỆT DỰ ÁN HỖ TRỢ CƠ GIỚI HÓA TRONG SẢN XUẤT THỦY SẢN TỈNH KIÊN GIANG GIAI ĐOẠN 2019-2021", "",
   "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG", "", "Căn cứ Luật Tổ chức Chính quyền địa phương ngày 19 tháng 6 năm 2015;", "",
   "Căn cứ Nghị quyết số 11-NQ/TU ngày 02 tháng 7 năm 2013 của Ban Chấp hành Đảng bộ tỉnh Kiên Giang về phát triển "
   "nông nghiệp ứng dụng công nghệ cao;", "",
   "Căn cứ Thông tư liên tịch số: 183/2010/TTLT/BTC-BNN, ngày 15 tháng 11 năm 2010 giữa Bộ Tài chính và Bộ Nông nghiệp "
   "và PTNT hướng dẫn chế độ quản lý kinh phí khuyến nông;", "", "QUYẾT ĐỊNH:"],
  dict(doc_type="Quyết định", number="233/QĐ-UBND", issued_date="2019-01-30", place="Kiên Giang",
       issuer="ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG",
       title="PHÊ DUYỆT DỰ ÁN HỖ TRỢ CƠ GIỚI HÓA TRONG SẢN XUẤT THỦY SẢN TỈNH KIÊN GIANG GIAI ĐOẠN 2019-2021",
       cited=[("Nghị quyết", "11-NQ/TU", "2013-07-02"), ("Thông tư liên tịch", "183/2010/TTLT/BTC-BNN", "2010-11-15")])),
 # a province's decision amending a regulation, the amended decision named in the title's capitals, a ministry's
 # circular in the grounds
 "qd_ubnd_title_names_amended": ([
   "ỦY BAN NHÂN DÂN", "TỈNH NINH THUẬN", "--------", "", *MOTTO, "", "Số: 44/2020/QĐ-UBND", "", "Ninh Thuận, ngày 12 tháng 11 năm 2020",
   "", " ", "", "QUYẾT ĐỊNH", "", "SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA QUY CHẾ CÔNG TÁC THI ĐUA, KHEN THƯỞNG BAN HÀNH KÈM THEO "
   "QUYẾT ĐỊNH SỐ 19/2018/QĐ-UBND NGÀY 04 THÁNG 5 NĂM 2018 CỦA ỦY BAN NHÂN DÂN TỈNH NINH THUẬN", "",
   "ỦY BAN NHÂN DÂN TỈNH NINH THUẬN", "", "Căn cứ Luật Tổ chức Chính quyền địa phương ngày 19 tháng 6 năm 2015;", "",
   "Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết Luật Thi đua, khen thưởng;",
   "", "Căn cứ Thông tư số 12/2019/TT-BNV ngày 04 tháng 11 năm 2019 của Bộ trưởng Bộ Nội vụ;"],
  dict(doc_type="Quyết định", number="44/2020/QĐ-UBND", issued_date="2020-11-12", place="Ninh Thuận",
       issuer="ỦY BAN NHÂN DÂN TỈNH NINH THUẬN",
       cited=([("Nghị định", "91/2017/NĐ-CP", "2017-07-31"), ("Thông tư", "12/2019/TT-BNV", "2019-11-04")],
              [("Quyết định", "19/2018/QĐ-UBND", "2018-05-04"), ("Nghị định", "91/2017/NĐ-CP", "2017-07-31"),
               ("Thông tư", "12/2019/TT-BNV", "2019-11-04")]))),
 # a ministry's circular joined by " | " with no heading, its title opening with "QUY ĐỊNH" (a verb here, not the
 # type's heading): the symbol's "TT" names the type
 "tt_bo_pipes_title_quy_dinh": ([
   "BỘ Y TẾ |", "CỘNG HÒA XÃ HỘI", "CHỦ NGHĨA VIỆT NAM |", "Số: 46/2016/TT-BYT |", "Hà Nội, ngày 30 tháng 12 năm 2016 |",
   "QUY ĐỊNH ĐIỀU KIỆN HOẠT ĐỘNG KHÁM BỆNH TỪ XA TRÊN MÔI TRƯỜNG MẠNG",
   "Căn cứ Luật công nghệ thông tin ngày 29 tháng 6 năm 2006;",
   "Căn cứ Nghị định số 63/2012/NĐ-CP ngày 31 tháng 8 năm 2012 của Chính phủ quy định chức năng, nhiệm vụ của Bộ Y tế;",
   "Theo đề nghị của Cục trưởng Cục Công nghệ thông tin;",
   "Bộ trưởng Bộ Y tế ban hành Thông tư quy định điều kiện hoạt động khám bệnh từ xa trên môi trường mạng.",
   "Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng"],
  dict(doc_type="Thông tư", number="46/2016/TT-BYT", issued_date="2016-12-30", place="Hà Nội", issuer="BỘ Y TẾ",
       title="QUY ĐỊNH ĐIỀU KIỆN HOẠT ĐỘNG KHÁM BỆNH TỪ XA TRÊN MÔI TRƯỜNG MẠNG",
       cited=[("Nghị định", "63/2012/NĐ-CP", "2012-08-31")])),
 # a ministry's decision from 1997 on a law site with its panel printed twice, an ordinance's promulgating order cited
 # with no hyphen ("lệnh số 6 LTC/HĐNN"), a letter "số 64- PPCĐ/TCKT"
 "qd_bo_1997_panel_twice": ([
   "Quyết định 2411/1998/QĐ-BYT về biểu mẫu báo cáo thống kê y tế dự phòng do Bộ trưởng Bộ Y tế ban hành",
   "Số hiệu: 2411/1998/QĐ-BYT Loại văn bản: Quyết định", "Nơi ban hành: Bộ Y tế Người ký: Lê Văn Truyền",
   "Ngày ban hành: 23/11/1998 Ngày hiệu lực: Đã biết", "Số hiệu: 2411/1998/QĐ-BYT", "Loại văn bản: Quyết định",
   "Nơi ban hành: Bộ Y tế", "Người ký: Lê Văn Truyền", "Ngày ban hành: 23/11/1998", "", "BỘ Y TẾ", "-------", "", *MOTTO, "",
   "Số: 2411/1998/QĐ-BYT", "", "Hà Nội, ngày 23 tháng 11 năm 1998", "", " ", "", "QUYẾT ĐỊNH", "",
   "VỀ VIỆC BAN HÀNH BIỂU MẪU BÁO CÁO THỐNG KÊ Y TẾ DỰ PHÒNG", "", "BỘ TRƯỞNG BỘ Y TẾ", "",
   "Căn cứ vào điu 2 của Pháp lệnh kế toán và thống kê được công bố theo lệnh số 6 LTC/HĐNN ngày 20/5/1988.", "",
   "Căn cứ Nghị định số 68/CP ngày 11/10/1993 của Chính phủ quy định chức năng, nhiệm vụ của Bộ Y tế.", "",
   "Được sự thỏa thuận của Tổng cục thống kê tại công văn số 71- PPCĐ/TCKT ngày 03/3/1993.", "",
   "Theo đề nghị của Vụ trưởng Vụ Y tế dự phòng Bộ y tế.", "", "QUYẾT ĐỊNH"],
  dict(doc_type="Quyết định", number="2411/1998/QĐ-BYT", issued_date="1998-11-23", place="Hà Nội", issuer="BỘ Y TẾ",
       title="VỀ VIỆC BAN HÀNH BIỂU MẪU BÁO CÁO THỐNG KÊ Y TẾ DỰ PHÒNG", signer=(None, "Lê Văn Truyền"))),
 # a province's department's letter flattened by a document site, its words' tones cut off ("Giao duc"), the
 # province over the department in one line with the motto, two addressees after "Kính gửi:"
 "cv_so_flattened_addressees": ([
   "Xem mẫu", "",
   "  1. UBND TỈNH BÌNH THUẬN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM SỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc "
   "Số : 3104 /SGDĐT-VP Phan Thiết, ngày 09 tháng11 năm 2016 V/v báo cáo nhanh tình hình thiệt hại do mưa lũ của ngành "
   "Giáo dục. Kính gửi: - Ủy ban nhân dân tỉnh Bình Thuận; - Bộ Giao duc và Đao tao. Vừa qua, tỉnh Bình Thuận bị ảnh "
   "hưởng của không khí lạnh nên đã xuất hiện mưa lớn trên toàn bộ địa bàn tỉnh; Sở Giáo dục và Đào tạo báo cáo như sau:"],
  dict(doc_type="Công văn", number="3104/SGDĐT-VP", issued_date="2016-11-09", place="Phan Thiết")),
 # a health centre's working regulation under its department (two columns run together by a binary copy), its
 # carrying decision's number and date left blank ("số    /QĐ-TTYT ngày   tháng   năm 2023")
 "qc_ttyt_blank_carrier": ([
   "SỞ Y TẾ ĐẮK LẮK                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
   "TRUNG TÂM Y TẾ HUYỆN KRÔNG PẮC    Độc lập - Tự do - Hạnh phúc", "Krông Pắc, ngày     tháng     năm 2023", "QUY CHẾ LÀM VIỆC",
   "(Ban hành kèm theo quyết định số      /QĐ-TTYT ngày     tháng     năm 2023 của Trung tâm Y tế huyện Krông Pắc)",
   "Chương I", "NHỮNG QUY ĐỊNH CHUNG",
   "Điều 1. Trung tâm Y tế huyện Krông Pắc là đơn vị chịu sự quản lý, chỉ đạo trực tiếp của Sở Y tế.",
   "Điều 2. Trung tâm Y tế huyện hoạt động theo nguyên tắc chế độ Thủ trưởng."],
  dict(doc_type="Quy chế", number=None, issued_date=None, issuer="TRUNG TÂM Y TẾ HUYỆN KRÔNG PẮC")),
 # a ministry's decision approving its plan for the law's dissemination under a site's panel: a party conclusion
 # cited inside the prime minister's decision it is carried out by
 "qd_bo_pbgdpl_plan": ([
   "Quyết định 2701/QĐ-BTP năm 2021 về Kế hoạch công tác phổ biến, giáo dục pháp luật năm 2022",
   "Số hiệu: 2701/QĐ-BTP Loại văn bản: Quyết định", "Nơi ban hành: Bộ Tư pháp Người ký: Phan Chí Hiếu",
   "Ngày ban hành: 29/12/2021 Ngày hiệu lực: Đang cập nhật", "", "BỘ TƯ PHÁP", "-------", "", *MOTTO, "", "Số: 2701/QĐ-BTP", "",
   "Hà Nội, ngày 29 tháng 12 năm 2021", "", " ", "", "QUYẾT ĐỊNH", "",
   "BAN HÀNH KẾ HOẠCH CÔNG TÁC PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT; HÒA GIẢI Ở CƠ SỞ NĂM 2022", "", "BỘ TRƯỞNG BỘ TƯ PHÁP", "",
   "Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20/6/2012;", "",
   "Căn cứ Nghị định số 96/2017/NĐ-CP ngày 16/8/2017 của Chính phủ quy định chức năng, nhiệm vụ của Bộ Tư pháp;", "",
   "Căn cứ Quyết định số 1521/QĐ-TTg ngày 06/10/2020 của Thủ tướng Chính phủ ban hành Kế hoạch thực hiện Kết luận số "
   "80-KL/TW ngày 20/6/2020 của Ban Bí thư;", "", "QUYẾT ĐỊNH:"],
  dict(doc_type="Quyết định", number="2701/QĐ-BTP", issued_date="2021-12-29", place="Hà Nội", issuer="BỘ TƯ PHÁP",
       title="BAN HÀNH KẾ HOẠCH CÔNG TÁC PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT; HÒA GIẢI Ở CƠ SỞ NĂM 2022",
       signer=(None, "Phan Chí Hiếu"),
       cited=[("Nghị định", "96/2017/NĐ-CP", "2017-08-16"), ("Quyết định", "1521/QĐ-TTg", "2020-10-06"),
              ("Kết luận", "80-KL/TW", "2020-06-20")])),
}

# pages that are a site's post about a body's document (no header of its own): refused as no document, or read with
# no number nor date the page does not print as the document's own
POSTS = {
 # a city's propaganda outline posted by a political school with the post's date, no header: the post's date is no
 # date of issue, the grounds cited
 "dc_outline_posted_grounds": ([
   "ĐỀ CƯƠNG TUYÊN TRUYỀN SẮP XẾP ĐƠN VỊ HÀNH CHÍNH CẤP XÃ GIAI ĐOẠN 2023-2025 TRÊN ĐỊA BÀN THÀNH PHỐ BẢO LỘC", "",
   "Đăng ngày 21 - 06 - 2024", "Lượt xem: 312", "100%", "", "I. Căn cứ pháp lý", "",
   "Căn cứ Nghị quyết số 37-NQ/TW ngày 24/12/2018 của Bộ Chính trị về việc sắp xếp các đơn vị hành chính cấp huyện và "
   "cấp xã; Kết luận số 48-KL/TW ngày 30/01/2023 của Bộ Chính trị; Nghị quyết số 35/2023/UBTVQH15 ngày 12/7/2023 của Ủy "
   "ban Thường vụ Quốc hội;", "",
   "Căn cứ Phương án số 402/PA-UBND ngày 22/01/2024 của Ủy ban nhân dân tỉnh về phương án tổng thể sắp xếp đơn vị hành "
   "chính cấp xã;"],
  dict(issued_date=None, number=None,
       cited=[("Nghị quyết", "37-NQ/TW", "2018-12-24"), ("Kết luận", "48-KL/TW", "2023-01-30"),
              ("Nghị quyết", "35/2023/UBTVQH15", "2023-07-12"), ("Phương án", "402/PA-UBND", "2024-01-22")])),
 # a department's programme posted with no header, carrying out a ministry's letter
 "post_ban_dieu_hanh_mtqg": ([
   "Skip Ribbon Commands", "Skip to main content", "", "Kế hoạch Chương trình MTQG Nước sạch & VSMT nông thôn tỉnh Nam Định năm 2015",
   "", "Chiến lược, định hướng, quy hoạch, kế hoạch phát triển",
   "Thực hiện Công văn số 2304/BNN-TCTL ngày 14 tháng 7 năm 2014 của Bộ Nông nghiệp & PTNT về việc xây dựng kế hoạch "
   "Chương trình năm 2015. Ban điều hành Chương trình MTQG Nước sạch và VSMT Nam Định xây dựng kế hoạch thực hiện "
   "Chương trình năm 2015 của tỉnh với các nội dung sau:", "", "Phần I", "", "ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2014"],
  dict(number=None, issued_date=None, cited=([("Công văn", "2304/BNN-TCTL", "2014-07-14")], []))),
 # the national council for the law's dissemination's plan as a news post, its decision's symbol misprinted
 # ("số 171/QH-HĐPH"), the prime minister's decision on the council cited
 "post_hdph_quarter_plan": ([
   "Phó Thủ tướng Chính phủ - Chủ tịch Hội đồng phối hợp phổ biến, giáo dục pháp luật Trung ương ký Quyết định số "
   "171/QH-HĐPH ngày 07/11/2025 phê duyệt Kế hoạch nhiệm vụ trọng tâm quý IV/2025 của Hội đồng này.", "",
   "Mục đích của Kế hoạch nhằm tổ chức triển khai kịp thời các nhiệm vụ của Hội đồng theo Quyết định số 26/2025/QĐ-TTg "
   "ngày 04/8/2025 của Thủ tướng Chính phủ, trong bối cảnh vận hành mô hình chính quyền 02 cấp."],
  dict(number=None, issued_date=(None, "2025-11-07"),
       cited=([("Quyết định", "171/QH-HĐPH", "2025-11-07"), ("Quyết định", "26/2025/QĐ-TTg", "2025-08-04")],
              [("Quyết định", "26/2025/QĐ-TTg", "2025-08-04")], []))),
 # a state bank's party committee's plan as a post by its secretary, the bloc's plan and guidance cited
 "post_dang_uy_doanh_nghiep": ([
   "20/03/2020 00:00", "Xem với cỡ chữ", "",
   "Thi đua lập thành tích chào mừng đại hội đảng bộ các cấp, tiến tới Đại hội Đảng bộ Tổng công ty lần thứ III", "",
   "Thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị về đại hội đảng bộ các cấp; Kế hoạch số 88-KH/ĐUK ngày "
   "21/8/2019; Hướng dẫn số 27-HD/ĐUK, ngày 02/12/2019 của Đảng ủy Khối Doanh nghiệp Trung ương. Ngày 12/12/2019, Ban "
   "Thường vụ Đảng ủy Tổng công ty đã ban hành Kế hoạch số 114-KH/ĐU về tổ chức đại hội đảng các cấp."],
  dict(number=None, issued_date=(None, "2019-12-12"))),
 # a ward's post about its plan, signed off with the ward's name in capitals under the post
 "post_ubnd_phuong_signed_off": ([
   "Chủ đề năm 2023: Nâng cao hiệu quả hoạt động công vụ", "", "Back", "",
   "PHƯỜNG 4 TỔ CHỨC HỘI NGHỊ LẤY Ý KIẾN DỰ THẢO ĐỀ ÁN SẮP XẾP KHU PHỐ TRÊN ĐỊA BÀN PHƯỜNG", "",
   "Ngày 07/9/2023, Ban Chỉ đạo thực hiện Kế hoạch sắp xếp khu phố trên địa bàn Phường 4 tổ chức Hội nghị lấy ý kiến dự "
   "thảo đề án sắp xếp khu phố tại Hội trường Ủy ban nhân dân phường.", "",
   "Tại buổi Hội nghị, Phó Chủ tịch UBND phường triển khai kế hoạch số 214/KH-UBND ngày 30/8/2023 của Ủy ban nhân dân "
   "Phường 4 về sắp xếp khu phố trên địa bàn phường.", "", "ỦY BAN NHÂN DÂN PHƯỜNG 4"],
  dict(number=None, issued_date=(None, "2023-09-07"),
       cited=([("Kế hoạch", "214/KH-UBND", "2023-08-30")], []))),
 # a health department's post about the provincial people's committee's party committee's plan, two party plans cited
 "post_dang_uy_ubnd_tinh": ([
   "Ban Thường vụ Đảng ủy Ủy ban nhân dân tỉnh Quảng Ngãi xây dựng Kế hoạch triển khai Cuộc thi chính luận về bảo vệ "
   "nền tảng tư tưởng của Đảng năm 2025", "",
   "Thể lệ và chủ đề Cuộc thi theo Kế hoạch số 61-KH/HVCTQG ngày 10/02/2025 của Học viện Chính trị Quốc gia Hồ Chí Minh "
   "và Kế hoạch số 52-KH/BTGTU ngày 26/02/2025 của Ban Tuyên giáo Tỉnh ủy.", "(Xem chi tiết Kế hoạch)"],
  dict(number=None, issued_date=None,
       cited=([("Kế hoạch", "61-KH/HVCTQG", "2025-02-10"), ("Kế hoạch", "52-KH/BTGTU", "2025-02-26")], []))),
 # a district farmers' union's post carrying out the province's union's guidance
 "post_hoi_nong_dan": ([
   "Hội Nông dân huyện Cao Lãnh: Các Chi hội Nông dân tổ chức Đại hội Chi hội nhiệm kỳ 2023 – 2028", "",
   "Thực hiện Hướng dẫn số 35-HD/HNDT ngày 16/5/2022 của Ban Thường vụ Hội Nông dân tỉnh về công tác tổ chức Đại hội Chi "
   "hội Nông dân nhiệm kỳ 2023 - 2028. Trong những ngày đầu tháng 01/2023 các Chi hội thuộc Hội Nông dân các xã đồng loạt "
   "tổ chức Đại hội.", "", "Nguyễn Văn Thơ - Hội Nông dân huyện Cao Lãnh"],
  dict(number=None, issued_date=None, cited=([("Hướng dẫn", "35-HD/HNDT", "2022-05-16")], []))),
}


def _closing(signature: list[str], name: str) -> list[str]:
    """The recipients and the signature, as a text copy runs their two columns."""
    return ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", *signature, "(Đã ký)", name]


# documents of the bodies the corpus holds only news about, written from the facts the posts give (the two-level
# local government since July 2025, public service units, councils and committees, mass organisations, a court)
BODIES = {
 "kh_ubnd_phuong_2025": ([
   "ỦY BAN NHÂN DÂN", "PHƯỜNG AN HẢI", "-------", *MOTTO, "Số: 45/KH-UBND", "Đà Nẵng, ngày 20 tháng 8 năm 2025", "KẾ HOẠCH",
   "Thực hiện nhiệm vụ phát triển kinh tế - xã hội những tháng cuối năm 2025",
   "Căn cứ Nghị quyết số 08/NQ-HĐND ngày 15/8/2025 của Hội đồng nhân dân phường An Hải về nhiệm vụ những tháng cuối năm "
   "2025; Ủy ban nhân dân phường ban hành Kế hoạch như sau:", "I. MỤC ĐÍCH, YÊU CẦU", "Nơi nhận:", "- Thường trực Đảng ủy phường;", "- Các phòng chuyên môn;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(Đã ký)", "Trần Thị Mỹ Linh"],
  dict(signer="Trần Thị Mỹ Linh", position='PHÓ CHỦ TỊCH', authority=['TM.', 'KT.'],
       recipients=['Thường trực Đảng ủy phường', 'Các phòng chuyên môn', 'Lưu: VT'],
       doc_type="Kế hoạch", number="45/KH-UBND", issued_date="2025-08-20", place="Đà Nẵng", issuer="ỦY BAN NHÂN DÂN PHƯỜNG AN HẢI",
       cited=[("Nghị quyết", "08/NQ-HĐND", "2025-08-15")])),
 "nq_hdnd_phuong_2025": ([
   "HỘI ĐỒNG NHÂN DÂN", "PHƯỜNG DIÊN HỒNG", "-------", *MOTTO, "Số: 27/NQ-HĐND", "Gia Lai, ngày 29 tháng 12 năm 2025", "NGHỊ QUYẾT",
   "Về kế hoạch phát triển kinh tế - xã hội năm 2026", "HỘI ĐỒNG NHÂN DÂN PHƯỜNG DIÊN HỒNG", "KHÓA I, KỲ HỌP THỨ TƯ",
   "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
   "Xét Tờ trình số 118/TTr-UBND ngày 15 tháng 12 năm 2025 của Ủy ban nhân dân phường; Báo cáo thẩm trasố 09/BC-KTXH "
   "ngày 22 tháng 12 năm 2025 của Ban Kinh tế - Xã hội Hội đồng nhân dân phường,", "QUYẾT NGHỊ:",
   "Điều 1. Thông qua kế hoạch phát triển kinh tế - xã hội năm 2026.", "Nơi nhận:", "- Thường trực HĐND tỉnh;",
   "- Đảng ủy phường;", "- Lưu: VT.", "CHỦ TỊCH", "(Đã ký)", "Võ Văn Nhật"],
  dict(signer="Võ Văn Nhật", position='CHỦ TỊCH', authority=[],
       recipients=['Thường trực HĐND tỉnh', 'Đảng ủy phường', 'Lưu: VT'],
       doc_type="Nghị quyết", number="27/NQ-HĐND", issued_date="2025-12-29", place="Gia Lai",
       issuer="HỘI ĐỒNG NHÂN DÂN PHƯỜNG DIÊN HỒNG",
       cited=[("Tờ trình", "118/TTr-UBND", "2025-12-15"), ("Báo cáo", "09/BC-KTXH", "2025-12-22")])),
 "kh_dang_uy_xa_2025": ([
   "ĐẢNG BỘ TỈNH PHÚ THỌ", *PARTY, "ĐẢNG ỦY XÃ VĨNH PHÚ", "*", "Số 12-KH/ĐU", "Vĩnh Phú, ngày 05 tháng 9 năm 2025", "KẾ HOẠCH",
   "thực hiện Nghị quyết Đại hội Đảng bộ xã lần thứ I, nhiệm kỳ 2025 - 2030", "-----",
   "Thực hiện Kế hoạch số 09-KH/TU ngày 20/8/2025 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Đảng ủy xã xây dựng Kế hoạch "
   "như sau:", "I. MỤC ĐÍCH, YÊU CẦU", "Nơi nhận:", "- Ban Thường vụ Tỉnh ủy;", "- Các chi bộ trực thuộc;", "- Lưu: VT.", "T/M BAN THƯỜNG VỤ", "BÍ THƯ", "(Đã ký)", "Nguyễn Trung Hậu"],
  dict(signer="Nguyễn Trung Hậu", position='BÍ THƯ', authority=['TM.'],
       recipients=['Ban Thường vụ Tỉnh ủy', 'Các chi bộ trực thuộc', 'Lưu: VT'],
       doc_type="Kế hoạch", number="12-KH/ĐU", issued_date="2025-09-05", place="Vĩnh Phú", issuer="ĐẢNG ỦY XÃ VĨNH PHÚ",
       cited=[("Kế hoạch", "09-KH/TU", "2025-08-20")])),
 "kh_so_nnmt_2025": ([
   "UBND TỈNH HƯNG YÊN", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "-------", *MOTTO, "Số: 318/KH-SNNMT", "Hưng Yên, ngày 02 tháng 10 năm 2025",
   "KẾ HOẠCH", "Phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026",
   "Thực hiện Quyết định số 1890/QĐ-UBND ngày 25/9/2025 của UBND tỉnh, Sở Nông nghiệp và Môi trường ban hành Kế hoạch như sau:",
   "I. MỤC ĐÍCH, YÊU CẦU", "Nơi nhận:", "- UBND tỉnh;", "- Các xã, phường;", "- Lưu: VT.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Đã ký)", "Đỗ Văn Tùng"],
  dict(signer="Đỗ Văn Tùng", position='PHÓ GIÁM ĐỐC', authority=['KT.'],
       recipients=['UBND tỉnh', 'Các xã, phường', 'Lưu: VT'],
       doc_type="Kế hoạch", number="318/KH-SNNMT", issued_date="2025-10-02", place="Hưng Yên",
       issuer="SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", cited=[("Quyết định", "1890/QĐ-UBND", "2025-09-25")])),
 "kh_ttyt_2025": ([
   "SỞ Y TẾ TỈNH LÂM ĐỒNG", "TRUNG TÂM Y TẾ KHU VỰC BẢO LỘC", "-------", *MOTTO, "Số: 77/KH-TTYT", "Bảo Lộc, ngày 14 tháng 8 năm 2025",
   "KẾ HOẠCH", "Phòng, chống sốt xuất huyết năm 2025", "Thực hiện Kế hoạch số 102/KH-SYT ngày 30/7/2025 của Sở Y tế, Trung "
   "tâm Y tế khu vực xây dựng Kế hoạch như sau:", "I. MỤC TIÊU", "Nơi nhận:", "- Sở Y tế;", "- Các trạm y tế;", "- Lưu: VT.", "Q. GIÁM ĐỐC", "(Đã ký)", "Lê Thị Thu Hà"],
  dict(signer="Lê Thị Thu Hà", position=("GIÁM ĐỐC", "Giám đốc"), authority=['Q.'],
       recipients=['Sở Y tế', 'Các trạm y tế', 'Lưu: VT'],
       doc_type="Kế hoạch", number="77/KH-TTYT", issued_date="2025-08-14", place="Bảo Lộc",
       issuer="TRUNG TÂM Y TẾ KHU VỰC BẢO LỘC", cited=[("Kế hoạch", "102/KH-SYT", "2025-07-30")])),
 "kh_bcd_tinh": ([
   "UBND TỈNH TUYÊN QUANG", "BAN CHỈ ĐẠO PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO VÀ CHUYỂN ĐỔI SỐ", "-------", *MOTTO,
   "Số: 05/KH-BCĐ", "Tuyên Quang, ngày 18 tháng 9 năm 2025", "KẾ HOẠCH", "Hoạt động của Ban Chỉ đạo năm 2025",
   "Thực hiện Quyết định số 711/QĐ-UBND ngày 01/8/2025 của Ủy ban nhân dân tỉnh, Ban Chỉ đạo ban hành Kế hoạch như sau:",
   "I. MỤC ĐÍCH, YÊU CẦU", "Nơi nhận:", "- Thành viên Ban Chỉ đạo;", "- Tổ giúp việc;", "- Lưu: VT.", "TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN", "(Đã ký)", "Hoàng Văn Quân"],
  dict(signer="Hoàng Văn Quân", position='TRƯỞNG BAN', authority=['TM.'],
       recipients=['Thành viên Ban Chỉ đạo', 'Tổ giúp việc', 'Lưu: VT'],
       doc_type="Kế hoạch", number="05/KH-BCĐ", issued_date="2025-09-18", place="Tuyên Quang",
       issuer="BAN CHỈ ĐẠO PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO VÀ CHUYỂN ĐỔI SỐ",
       cited=[("Quyết định", "711/QĐ-UBND", "2025-08-01")])),
 "kh_hoi_phu_nu": ([
   "HỘI LHPN VIỆT NAM", "BAN CHẤP HÀNH HỘI LHPN", "TỈNH QUẢNG TRỊ", "*", *MOTTO[:2], "Số: 41/KH-HPN", "Quảng Trị, ngày 10 tháng 10 năm 2025",
   "KẾ HOẠCH", "Tổ chức các hoạt động kỷ niệm 95 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam",
   "Thực hiện Hướng dẫn số 18/HD-ĐCT ngày 12/8/2025 của Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam, Ban Thường vụ Hội "
   "LHPN tỉnh xây dựng kế hoạch như sau:", "I. MỤC ĐÍCH, YÊU CẦU", "Nơi nhận:", "- TW Hội LHPN Việt Nam;", "- Hội LHPN các xã, phường;", "- Lưu: VT.", "TM. BAN THƯỜNG VỤ", "PHÓ CHỦ TỊCH", "(Đã ký)", "Phan Thị Thu Hằng"],
  dict(signer="Phan Thị Thu Hằng", position='PHÓ CHỦ TỊCH', authority=['TM.'],
       recipients=['TW Hội LHPN Việt Nam', 'Hội LHPN các xã, phường', 'Lưu: VT'],
       doc_type="Kế hoạch", number="41/KH-HPN", issued_date="2025-10-10", place="Quảng Trị",
       cited=[("Hướng dẫn", "18/HD-ĐCT", "2025-08-12")])),
 "kh_hoi_nong_dan": ([
   "HỘI NÔNG DÂN VIỆT NAM", "BCH HỘI NÔNG DÂN TỈNH ĐỒNG THÁP", "*", "Số: 88-KH/HNDT", "Đồng Tháp, ngày 03 tháng 11 năm 2025",
   "KẾ HOẠCH", "Tổ chức đại hội Hội Nông dân các cấp nhiệm kỳ 2028 - 2033",
   "Thực hiện Hướng dẫn số 35-HD/HNDTW ngày 20/10/2025 của Ban Thường vụ Trung ương Hội Nông dân Việt Nam, Ban Thường "
   "vụ Hội Nông dân tỉnh xây dựng kế hoạch như sau:", "I. MỤC ĐÍCH, YÊU CẦU", "Nơi nhận:", "- Trung ương Hội NDVN;", "- Hội Nông dân các xã;", "- Lưu: VT.", "T/M BAN THƯỜNG VỤ", "CHỦ TỊCH", "(Đã ký)", "Lê Văn Tám"],
  dict(signer="Lê Văn Tám", position='CHỦ TỊCH', authority=['TM.'],
       recipients=['Trung ương Hội NDVN', 'Hội Nông dân các xã', 'Lưu: VT'],
       doc_type="Kế hoạch", number="88-KH/HNDT", issued_date="2025-11-03", place="Đồng Tháp",
       cited=[("Hướng dẫn", "35-HD/HNDTW", "2025-10-20")])),
 "kh_hoi_ccb": ([
   "HỘI CỰU CHIẾN BINH VIỆT NAM", "HỘI CCB TỈNH NINH BÌNH", "*", *MOTTO[:2], "Số: 21/KH-CCB", "Ninh Bình, ngày 16 tháng 7 năm 2025",
   "KẾ HOẠCH", "Tổ chức kỷ niệm 36 năm Ngày truyền thống Hội Cựu chiến binh Việt Nam",
   "Thực hiện Kế hoạch số 95/KH-CCB ngày 30/6/2025 của Trung ương Hội Cựu chiến binh Việt Nam, Ban Thường vụ Hội Cựu "
   "chiến binh tỉnh xây dựng kế hoạch như sau:", "I. MỤC ĐÍCH, YÊU CẦU", "Nơi nhận:", "- TW Hội CCB Việt Nam;", "- Hội CCB các xã, phường;", "- Lưu: VT.", "TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "(Đã ký)", "Đinh Công Thành"],
  dict(signer="Đinh Công Thành", position='CHỦ TỊCH', authority=['TM.'],
       recipients=['TW Hội CCB Việt Nam', 'Hội CCB các xã, phường', 'Lưu: VT'],
       doc_type="Kế hoạch", number="21/KH-CCB", issued_date="2025-07-16", place="Ninh Bình",
       cited=[("Kế hoạch", "95/KH-CCB", "2025-06-30")])),
 "kh_toa_an_tinh": ([
   "TÒA ÁN NHÂN DÂN", "TỈNH KHÁNH HÒA", "-------", *MOTTO, "Số: 14/KH-TA", "Khánh Hòa, ngày 09 tháng 01 năm 2026", "KẾ HOẠCH",
   "Công tác trọng tâm của Tòa án nhân dân tỉnh năm 2026",
   "Thực hiện Chỉ thị số 01/CT-CA ngày 05/01/2026 của Chánh án Tòa án nhân dân tối cao về nhiệm vụ trọng tâm năm 2026, "
   "Tòa án nhân dân tỉnh ban hành Kế hoạch như sau:", "I. MỤC ĐÍCH, YÊU CẦU", "Nơi nhận:", "- Tòa án nhân dân tối cao;", "- Các Tòa án nhân dân khu vực;", "- Lưu: VT.", "KT. CHÁNH ÁN", "PHÓ CHÁNH ÁN", "(Đã ký)", "Nguyễn Hữu Phước"],
  dict(signer="Nguyễn Hữu Phước", position='PHÓ CHÁNH ÁN', authority=['KT.'],
       recipients=['Tòa án nhân dân tối cao', 'Các Tòa án nhân dân khu vực', 'Lưu: VT'],
       doc_type="Kế hoạch", number="14/KH-TA", issued_date="2026-01-09", place="Khánh Hòa", issuer="TÒA ÁN NHÂN DÂN TỈNH KHÁNH HÒA",
       cited=[("Chỉ thị", "01/CT-CA", "2026-01-05")])),
 # a province's people's committee's party committee since 2025, over the merged province, its old capital in the date
 "kh_dang_uy_ubnd_tinh": ([
   "ĐẢNG BỘ TỈNH AN GIANG", "ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH", "*", *PARTY, "Số 15-KH/ĐU", "Rạch Giá, ngày 22 tháng 9 năm 2025",
   "KẾ HOẠCH", "học tập, quán triệt Nghị quyết Đại hội Đảng bộ tỉnh", "-----",
   "Thực hiện Hướng dẫn số 05-HD/BTGDVTU ngày 10/9/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy, Ban Thường vụ Đảng ủy "
   "xây dựng kế hoạch như sau:", "I. MỤC ĐÍCH, YÊU CẦU", *_closing(["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"], "Trần Văn Hùng")],
  dict(doc_type="Kế hoạch", number="15-KH/ĐU", issued_date="2025-09-22", place="Rạch Giá", issuer="ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH",
       signer="Trần Văn Hùng", position="Phó Bí thư", authority=["TM."], cited=[("Hướng dẫn", "05-HD/BTGDVTU", "2025-09-10")])),
 "ctr_dang_uy_co_quan_dang": ([
   "ĐẢNG BỘ TỈNH NGHỆ AN", "ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH", "*", *PARTY, "Số 07-CTr/ĐU", "Vinh, ngày 01 tháng 10 năm 2025",
   "CHƯƠNG TRÌNH", "công tác kiểm tra, giám sát năm 2026", "-----", "I. MỤC ĐÍCH", *_closing(["T/M ĐẢNG ỦY", "BÍ THƯ"], "Lê Văn Nam")],
  dict(doc_type="Chương trình", number="07-CTr/ĐU", issued_date="2025-10-01", place="Vinh", issuer="ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH",
       signer="Lê Văn Nam", position="Bí thư", authority=["TM."])),
 "kh_ubnd_xa_abbreviated": ([
   "UBND XÃ TÂN LẬP", "-------", *MOTTO, "Số: 102/KH-UBND", "Tân Lập, ngày 03 tháng 11 năm 2025", "KẾ HOẠCH",
   "Chuyển đổi số trên địa bàn xã năm 2026", "Căn cứ Kế hoạch số 211/KH-UBND ngày 20/10/2025 của UBND tỉnh Phú Thọ;",
   "I. MỤC ĐÍCH", *_closing(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Hà Văn Sơn")],
  dict(doc_type="Kế hoạch", number="102/KH-UBND", issued_date="2025-11-03", place="Tân Lập", issuer="UBND XÃ TÂN LẬP",
       signer="Hà Văn Sơn", position="Chủ tịch", authority=["TM."], cited=[("Kế hoạch", "211/KH-UBND", "2025-10-20")])),
 "kh_trung_tam_phvhcc": ([
   "UBND TỈNH QUẢNG NINH", "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", "-------", *MOTTO, "Số: 58/KH-TTPVHCC",
   "Quảng Ninh, ngày 05 tháng 8 năm 2025", "KẾ HOẠCH", "Nâng cao chất lượng phục vụ người dân năm 2025", "I. MỤC ĐÍCH",
   *_closing(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Vũ Thị Hạnh")],
  dict(doc_type="Kế hoạch", number="58/KH-TTPVHCC", issued_date="2025-08-05", place="Quảng Ninh",
       issuer="TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", signer="Vũ Thị Hạnh", position="Phó Giám đốc", authority=["KT."])),
 "kh_benh_vien": ([
   "SỞ Y TẾ TỈNH ĐỒNG NAI", "BỆNH VIỆN ĐA KHOA ĐỒNG NAI", "-------", *MOTTO, "Số: 1204/KH-BVĐK", "Biên Hòa, ngày 12 tháng 9 năm 2025",
   "KẾ HOẠCH", "Cải tiến chất lượng bệnh viện năm 2025", "I. MỤC TIÊU", *_closing(["GIÁM ĐỐC"], "Phan Huy Anh Vũ")],
  dict(doc_type="Kế hoạch", number="1204/KH-BVĐK", issued_date="2025-09-12", place="Biên Hòa", issuer="BỆNH VIỆN ĐA KHOA ĐỒNG NAI",
       signer="Phan Huy Anh Vũ", position="Giám đốc", authority=[])),
 "kh_dai_hoc": ([
   "BỘ GIÁO DỤC VÀ ĐÀO TẠO", "TRƯỜNG ĐẠI HỌC CẦN THƠ", "-------", *MOTTO, "Số: 3301/KH-ĐHCT", "Cần Thơ, ngày 15 tháng 10 năm 2025",
   "KẾ HOẠCH", "Tuyển sinh trình độ thạc sĩ năm 2026", "I. MỤC ĐÍCH", *_closing(["KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG"], "Trần Trung Tính")],
  dict(doc_type="Kế hoạch", number="3301/KH-ĐHCT", issued_date="2025-10-15", place="Cần Thơ", issuer="TRƯỜNG ĐẠI HỌC CẦN THƠ",
       signer="Trần Trung Tính", position="Phó Hiệu trưởng", authority=["KT."])),
 "kh_tong_cong_ty": ([
   "TẬP ĐOÀN ĐIỆN LỰC VIỆT NAM", "TỔNG CÔNG TY ĐIỆN LỰC MIỀN BẮC", "-------", *MOTTO, "Số: 5520/KH-EVNNPC",
   "Hà Nội, ngày 30 tháng 10 năm 2025", "KẾ HOẠCH", "Bảo đảm cung cấp điện mùa khô năm 2026", "I. MỤC TIÊU",
   *_closing(["KT. TỔNG GIÁM ĐỐC", "PHÓ TỔNG GIÁM ĐỐC"], "Nguyễn Đức Thiện")],
  dict(doc_type="Kế hoạch", number="5520/KH-EVNNPC", issued_date="2025-10-30", place="Hà Nội",
       issuer="TỔNG CÔNG TY ĐIỆN LỰC MIỀN BẮC", signer="Nguyễn Đức Thiện", position="Phó Tổng Giám đốc", authority=["KT."])),
 "kh_toa_an_khu_vuc": ([
   "TÒA ÁN NHÂN DÂN TỈNH NGHỆ AN", "TÒA ÁN NHÂN DÂN KHU VỰC 2", "-------", *MOTTO, "Số: 08/KH-TA", "Nghệ An, ngày 12 tháng 1 năm 2026",
   "KẾ HOẠCH", "Công tác năm 2026", "I. MỤC ĐÍCH", *_closing(["CHÁNH ÁN"], "Hồ Văn Sáu")],
  dict(doc_type="Kế hoạch", number="08/KH-TA", issued_date="2026-01-12", place="Nghệ An", issuer="TÒA ÁN NHÂN DÂN KHU VỰC 2",
       signer="Hồ Văn Sáu", position="Chánh án", authority=[])),
 "cv_so_noi_vu_tl": ([
   "UBND TỈNH ĐẮK LẮK", "SỞ NỘI VỤ", "-------", *MOTTO, "Số: 1875/SNV-CCVC", "Đắk Lắk, ngày 25 tháng 8 năm 2025",
   "V/v hướng dẫn tuyển dụng công chức cấp xã", "Kính gửi: Ủy ban nhân dân các xã, phường.",
   "Thực hiện chỉ đạo của UBND tỉnh, Sở Nội vụ hướng dẫn như sau:", *_closing(["TL. GIÁM ĐỐC", "CHÁNH VĂN PHÒNG"], "Y Jút Niê")],
  dict(doc_type="Công văn", number="1875/SNV-CCVC", issued_date="2025-08-25", place="Đắk Lắk", issuer="SỞ NỘI VỤ",
       title="hướng dẫn tuyển dụng công chức cấp xã", addressees=(["Ủy ban nhân dân các xã, phường"],),
       signer="Y Jút Niê", position="Chánh Văn phòng", authority=["TL."])),
 "kh_to_cong_tac": ([
   "UBND TỈNH NINH BÌNH", "TỔ CÔNG TÁC", "-------", *MOTTO, "Số: 02/KH-TCT", "Ninh Bình, ngày 10 tháng 8 năm 2025",
   "KẾ HOẠCH", "Kiểm tra việc thực hiện nhiệm vụ của các xã, phường năm 2025", "I. MỤC ĐÍCH", *_closing(["TỔ TRƯỞNG"], "Trần Song Tùng")],
  dict(doc_type="Kế hoạch", number="02/KH-TCT", issued_date="2025-08-10", place="Ninh Bình", issuer="TỔ CÔNG TÁC",
       signer="Trần Song Tùng", position="Tổ trưởng", authority=[])),
}


@pytest.mark.parametrize("name, form", cases(PAGES))
def test_a_sampled_page_reads_right(tmp_path, name, form):
    assert not wrong_in_form(tmp_path, PAGES[name], form)


@pytest.mark.parametrize("name, form", cases(POSTS))
def test_a_post_is_refused_or_read_without_a_guess(tmp_path, name, form):
    assert not wrong_unless_refused(tmp_path, POSTS[name], form)


@pytest.mark.parametrize("name, form", cases(BODIES))
def test_a_bodys_document_reads_right(tmp_path, name, form):
    assert not wrong_in_form(tmp_path, BODIES[name], form)


# --- a title that opens with a type's name as its verb ("QUY ĐỊNH ĐIỀU KIỆN …") on a page with no type heading

@pytest.mark.parametrize("form", ["text", "html", "docx"])
@pytest.mark.parametrize("issuer, number, title, doc_type", [
    ("BỘ Y TẾ", "Số: 46/2016/TT-BYT", "QUY ĐỊNH ĐIỀU KIỆN HOẠT ĐỘNG KHÁM BỆNH TỪ XA TRÊN MÔI TRƯỜNG MẠNG", "Thông tư"),
    ("BỘ TÀI CHÍNH", "Số: 58/2019/TT-BTC", "HƯỚNG DẪN THI HÀNH MỘT SỐ ĐIỀU CỦA LUẬT QUẢN LÝ THUẾ", "Thông tư"),
    ("CHÍNH PHỦ", "Số: 31/2021/NĐ-CP", "QUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU CỦA LUẬT ĐẦU TƯ", "Nghị định"),
])
def test_a_title_opening_with_a_types_name_is_no_heading(tmp_path, form, issuer, number, title, doc_type):
    """A site that dropped the type's heading leaves the title's first word a type's name: "QUY ĐỊNH ĐIỀU KIỆN …" under
    "Số: 46/2016/TT-BYT" was a Quy định (and the symbol's type a mismatch). The symbol names the type, the line is the
    title, with the warning that the page prints no heading."""
    lines = [issuer, *MOTTO, number, "Hà Nội, ngày 30 tháng 12 năm 2016", title,
             "Căn cứ Nghị định số 63/2012/NĐ-CP ngày 31 tháng 8 năm 2012 của Chính phủ;", "Điều 1. Phạm vi điều chỉnh"]
    doc = _process(tmp_path, lines, form)
    assert (doc.metadata.doc_type, doc.metadata.title) == (doc_type, title)
    assert {w.code for w in doc.warnings} >= {"missing_doc_type_heading"} and "doc_type_mismatch" not in {w.code for w in doc.warnings}


@pytest.mark.parametrize("form", ["text", "html"])
@pytest.mark.parametrize("heading, number, doc_type", [
    (["QUY ĐỊNH", "VỀ ĐIỀU KIỆN KHÁM BỆNH TỪ XA"], "Số: 12/QĐ-UBND", "Quy định"),  # a heading alone stays the heading
    (["HƯỚNG DẪN CÔNG TÁC THI ĐUA NĂM 2025"], "Số: 12/HD-SNV", "Hướng dẫn"),  # the symbol says the same
    (["KẾ HOẠCH TRIỂN KHAI CÔNG TÁC NĂM 2025"], "Số: 12/QĐ-UBND", "Kế hoạch"),  # no verb: the heading's type, warned
])
def test_a_heading_the_symbol_does_not_overrule(tmp_path, form, heading, number, doc_type):
    """The other side: only a title verb's line on a page with no heading gives way to the symbol."""
    lines = ["ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN", *MOTTO, number, "Vinh, ngày 30 tháng 12 năm 2024", *heading,
             "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;", "Điều 1. Phạm vi điều chỉnh"]
    meta = _process(tmp_path, lines, form).metadata
    assert meta.doc_type == doc_type


# --- a word glued to "số" before a cited number ("Báo cáo thẩm trasố 52/BC-HĐND", "Tờ trìnhsố 12/TTr-UBND")

@pytest.mark.parametrize("form", ["text", "html", "docx"])
@pytest.mark.parametrize("grounds, cited", [
    ("Báo cáo thẩm trasố 52/BC- HĐND ngày 04 tháng 12 năm 2012 của Ban Kinh tế - Ngân sách;", ("Báo cáo", "52/BC-HĐND", "2012-12-04")),
    ("Xét Tờ trìnhsố 118/TTr-UBND ngày 15/12/2025 của Ủy ban nhân dân xã;", ("Tờ trình", "118/TTr-UBND", "2025-12-15")),
    ("Căn cứ Kế hoạch liên tịchsố 03/KHLT-UBND-MTTQ ngày 02/3/2021 của Ủy ban nhân dân;",
     ("Kế hoạch liên tịch", "03/KHLT-UBND-MTTQ", "2021-03-02")),
    ("Xét Báo cáo thẩm trasố: 09/BC-KTXH ngày 22/12/2025 của Ban Kinh tế - Xã hội;", ("Báo cáo", "09/BC-KTXH", "2025-12-22")),
])
def test_a_word_glued_to_so_before_a_number_cites_it(tmp_path, form, grounds, cited):
    """A copy that lost the space before "số" ("thẩm trasố 52/…", a word of five letters the page's ungluing does not
    reach): the report was not cited. No syllable ends in "số": letters run into it before a figure are a word and
    "số"."""
    lines = ["HỘI ĐỒNG NHÂN DÂN", "XÃ HÒA BÌNH", *MOTTO, "Số: 31/NQ-HĐND", "Hòa Bình, ngày 18 tháng 12 năm 2025", "NGHỊ QUYẾT",
             "Về dự toán ngân sách xã năm 2026", "HỘI ĐỒNG NHÂN DÂN XÃ HÒA BÌNH", grounds, "QUYẾT NGHỊ:", "Điều 1. Thông qua dự toán."]
    meta = _process(tmp_path, lines, form).metadata
    assert [(c.doc_type, c.number, c.issued_date) for c in meta.cited_documents] == [cited]


@pytest.mark.parametrize("text", [
    "Tổng sốsố liệu được cập nhật theo mẫu;",  # no figure after it
    "Chỉ số 12/2025 tăng so với cùng kỳ;",  # "số" apart, no type
    "Báo cáo thẩm tra cho thấy số 12 hộ nghèo đã thoát nghèo;",  # words between the type and "số"
])
def test_a_glued_so_without_a_cited_number_cites_nothing(text):
    """The other side: "số" glued or apart but no type's number after it."""
    assert find_citations(text) == []


# --- a Party-form number whose type code the form leaves unread, with a unit after the committee ("412-QĐ/TWĐTN-VP")

@pytest.mark.parametrize("form", ["text", "html"])
@pytest.mark.parametrize("number", ["Số: 412-QĐ/TWĐTN-VP", "Số: 88-QĐ/TĐTN-BTC", "Số 15-QĐ/HNDT-VP"])
def test_an_unread_party_type_code_with_a_unit_is_no_cong_van(tmp_path, form, number):
    """"QĐ" in the Party's form names two types (a Quyết định, a Quy định before "QĐi"), so no type is read from it;
    the unit's hyphen after the committee's code ("/TWĐTN-VP") made the symbol one "with no type part", a Công văn:
    the type of a page that prints no heading, and a mismatch with the one that does."""
    lines = ["BAN CHẤP HÀNH TRUNG ƯƠNG", "ĐOÀN TNCS HỒ CHÍ MINH", "***", number, "Hà Nội, ngày 14 tháng 11 năm 2014",
             "BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH", "- Căn cứ Điều lệ Đoàn;", "QUYẾT ĐỊNH:", "Điều 1. Ban hành Quy định."]
    doc = _process(tmp_path, lines, form)
    assert doc.metadata.doc_type is None and "missing_doc_type" in {w.code for w in doc.warnings}
    (tmp_path / "headed").mkdir()
    headed = _process(tmp_path / "headed", [*lines[:5], "QUYẾT ĐỊNH", "Về việc ban hành Quy định về công tác lưu trữ", *lines[5:]], form)
    assert headed.metadata.doc_type == "Quyết định" and "doc_type_mismatch" not in {w.code for w in headed.warnings}


@pytest.mark.parametrize("number, doc_type", [("Số: 318-KH/TWĐTN-BTC", "Kế hoạch"), ("Số 640-CV/TU-VP", "Công văn"),
                                              ("Số: 45/UBND-VX", "Công văn")])
def test_a_party_form_type_code_still_names_its_type(tmp_path, number, doc_type):
    """The other side: a code the form reads names its type; a state number with no type part is a Công văn."""
    lines = ["ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN", *MOTTO, number, "Vinh, ngày 14 tháng 11 năm 2024",
             "Kính gửi: Các sở, ban, ngành.", "Thực hiện chỉ đạo của Tỉnh ủy, đề nghị các đơn vị thực hiện."]
    meta = _process(tmp_path, lines, "text").metadata
    assert meta.doc_type == doc_type


# --- a Party organisation's line alone over a committee's number ("ĐẢNG BỘ TỈNH PHÚ THỌ" / "Số 12-KH/ĐU")

_ORGANISATION_ALONE = [
    ["ĐẢNG BỘ TỈNH PHÚ THỌ", "ĐẢNG CỘNG SẢN VIỆT NAM", "*", "Số 12-KH/ĐU", "Vĩnh Phú, ngày 05 tháng 9 năm 2025"],
    ["ĐẢNG BỘ TỈNH PHÚ THỌ | ĐẢNG CỘNG SẢN VIỆT NAM |", "Số 12-KH/ĐU | Vĩnh Phú, ngày 05 tháng 9 năm 2025 |"],
    ["ĐẢNG BỘ XÃ VĨNH PHÚ                ĐẢNG CỘNG SẢN VIỆT NAM", "*", "Số 02-KH/CB", "Vĩnh Phú, ngày 05 tháng 9 năm 2025"],
]


@pytest.mark.parametrize("header, form", [(header, form) for header in _ORGANISATION_ALONE
                                          for form in ("text", "html", "docx") if form == "text" or "|" not in header[0]])
def test_a_party_organisations_line_alone_is_no_issuer(tmp_path, header, form):
    """A site that kept only the header table's first row printed the organisation over the commune's party committee
    (or a village's cell): "ĐẢNG BỘ TỈNH PHÚ THỌ" was the issuer of the committee's plan. An organisation issues
    nothing itself: no issuer, with the warning that its line is lost."""
    lines = [*header, "KẾ HOẠCH", "thực hiện Nghị quyết Đại hội Đảng bộ xã lần thứ I", "-----", "I. MỤC ĐÍCH, YÊU CẦU"]
    doc = _process(tmp_path, lines, form)
    assert doc.metadata.issuer.name is None and "issuer_unit_lost" in {w.code for w in doc.warnings}


@pytest.mark.parametrize("form", ["text", "html"])
@pytest.mark.parametrize("under, issuer", [
    ("ĐẢNG ỦY XÃ VĨNH PHÚ", "ĐẢNG ỦY XÃ VĨNH PHÚ"),
    ("CHI BỘ THÔN 3", "CHI BỘ THÔN 3"),
    ("ĐẠI HỘI ĐẠI BIỂU LẦN THỨ I", "ĐẢNG BỘ XÃ VĨNH PHÚ ĐẠI HỘI ĐẠI BIỂU LẦN THỨ I"),
])
def test_a_party_organisation_over_its_issuer_stays_the_parent(tmp_path, form, under, issuer):
    """The other side: the body under the organisation is printed."""
    lines = ["ĐẢNG BỘ XÃ VĨNH PHÚ                ĐẢNG CỘNG SẢN VIỆT NAM", under, "*", "Số 12-KH/ĐU",
             "Vĩnh Phú, ngày 05 tháng 9 năm 2025", "KẾ HOẠCH", "thực hiện Nghị quyết Đại hội", "-----", "I. MỤC ĐÍCH, YÊU CẦU"]
    meta = _process(tmp_path, lines, form).metadata
    assert meta.issuer.name == issuer
