"""Forms sampled in s24 from stored openings of legal-site pages nobody had run (a blind sample aimed at party and mass
organisations, the programme and conclusion types, provincial plans of provinces earlier rounds used least, and copies
that lost their markup).

What the forms are (our own notes; every fixture below is written for the test, names and numbers made up):
- a programme of action's heading ("CHƯƠNG TRÌNH HÀNH ĐỘNG" / "thực hiện Nghị quyết …") put its qualifier and the
  type's name into the title: "hành động" says what kind of programme or plan it is, like "phối hợp" (a heading word,
  type_heading_words.csv), and the title is what follows the heading;
- a site's headline repeats the type heading and the title above the document's own header (a union's plan under
  "<br> KẾ HOẠCH<br> Tổ chức …": a .txt with markup is read as the markup it is): the first heading had no header above
  it, and the number, date, place and issuer were lost; the same type's heading under the date line is the document's;
- a PDF's text copy run into one line lost a space in the motto ("CỘNG HÒA XÃHỘI …") and its dashes ("Độc lập  Tự do
  Hạnh phúc"): the motto was not found, the line was not parted, and the header was lost;
- a page that kept a party committee's letter without its header (the number in the site's headline only) kept the
  signature on the committee's behalf ("T/M BAN THƯỜNG VỤ" / "PHÓ BÍ THƯ THƯỜNG TRỰC" / a name): it was refused as no
  document; it is read, the type, number and date null with the document_unidentified warning.
The corpus's openings gave no header of a Công điện, Tờ trình, Báo cáo, Thông báo kết luận, Đề án or a commune's
document after the 2025 merger: VARIANTS writes those headers from the forms the rules for such documents prescribe,
and each is read right.
"""

from __future__ import annotations

import pytest

from page_fields import field_of as _got
from page_fields import forms_of as _forms
from page_fields import is_right as _right
from page_fields import processed as _process
from pipeline.errors import NotADocument
from pipeline.text import fold

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------"]
PARTY = ["ĐẢNG CỘNG SẢN VIỆT NAM"]
BODY = ["I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "Bảo đảm triển khai đồng bộ, kịp thời các nhiệm vụ được giao.",
        "2. Yêu cầu", "Phân công rõ trách nhiệm của từng cơ quan, đơn vị."]
ARTICLES = ["QUYẾT ĐỊNH:", "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc.",
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký."]
# name: (lines, expected); expected keys: doc_type number issued_date place issuer title signer position authority joint
PAGES = {
 # a provincial party committee's conclusion: party motto, "*", number without colon, a meeting line over the subject
 "kl_tinh_uy_party_motto": ([
   "TỈNH ỦY THÁI BÌNH", "ĐẢNG CỘNG SẢN VIỆT NAM", "*", "Số 427-KL/TU", "Thái Bình, ngày 08 tháng 8 năm 2022", "KẾT LUẬN",
   "HỘI NGHỊ LẦN THỨ TÁM", "BAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHÓA XX)", "về phát triển công nghiệp chế biến đến năm 2025,",
   "định hướng đến năm 2030",
   "Hội nghị lần thứ tám Ban Chấp hành Đảng bộ tỉnh (khóa XX) họp ngày 29/7/2022 đã thảo luận Tờ trình của Ban Thường vụ Tỉnh ủy và kết luận:",
   "I. ĐÁNH GIÁ TÌNH HÌNH", "Sau 10 năm thực hiện Nghị quyết 05-NQ/TU của Tỉnh ủy, công nghiệp chế biến có bước phát triển."],
  dict(doc_type="Kết luận", number="427-KL/TU", issued_date="2022-08-08", place="Thái Bình", issuer="TỈNH ỦY THÁI BÌNH",
       title=("về phát triển công nghiệp chế biến đến năm 2025, định hướng đến năm 2030",
              "HỘI NGHỊ LẦN THỨ TÁM BAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHÓA XX) về phát triển công nghiệp chế biến đến năm 2025, định hướng đến năm 2030"))),
 # a PDF's text copy that lost its hyphens ("QĐUBND", "Độc lập  Tự do  Hạnh phúc") and one letter of the motto
 "qd_pdf_lost_hyphens": ([
   "Tải bản đầy đủ (.pdf) (8 trang)", "Quyết định số 1863/2020/QĐ-UBND tỉnh Bạc Liêu",
   "Bạn đang xem bản rút gọn của tài liệu.", "ỦY BAN NHÂN DÂN ", "TỈNH BẠC LIÊU", "Số: 1863/QĐUBND",
   "CỘNG HÒA XàHỘI CHỦ NGHĨA VIỆT NAM", "Độc lập  Tự do  Hạnh phúc ", "Bạc Liêu, ngày 23 tháng 10 năm 2020", " ",
   "QUYẾT ĐỊNH", "BAN HÀNH QUY CHẾ PHỐI HỢP GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH THEO CƠ CHẾ MỘT CỬA ", "TẠI TRUNG TÂM HÀNH CHÍNH CÔNG TỈNH BẠC LIÊU",
   "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẠC LIÊU", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
   "Căn cứ Nghị định số 61/2018/NĐCP ngày 23 tháng 4 năm 2018 của Chính phủ;", *ARTICLES],
  dict(doc_type="Quyết định", number=("1863/QĐUBND", "1863/QĐ-UBND"), issued_date="2020-10-23", place="Bạc Liêu",
       issuer="ỦY BAN NHÂN DÂN TỈNH BẠC LIÊU",
       title="BAN HÀNH QUY CHẾ PHỐI HỢP GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH THEO CƠ CHẾ MỘT CỬA TẠI TRUNG TÂM HÀNH CHÍNH CÔNG TỈNH BẠC LIÊU")),
 # a Sở's letter as one run of text (a document site's preview), the parent on the motto's line
 "cv_so_one_line_preview": ([
   "Xem mẫu",
   "  1. UBND TỈNH KHÁNH HÒA CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM SỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc "
   "Số : 2158 /SGDĐT-VP Nha Trang, ngày 21 tháng11 năm 2016 V/v báo cáo thiệt hại do lũ quét của ngành Giáo dục. "
   "Kính gửi: - Ủy ban nhân dân tỉnh Khánh Hòa; - Bộ Giáo dục và Đào tạo. Vừa qua, tỉnh Khánh Hòa bị ảnh hưởng của mưa lớn "
   "gây ngập lụt trên địa bàn. Sở Giáo dục và Đào tạo báo cáo như sau: I. TÌNH HÌNH THIỆT HẠI: 1. Thành phố Nha Trang."],
  dict(doc_type="Công văn", number="2158/SGDĐT-VP", issued_date="2016-11-21", place="Nha Trang",
       issuer="SỞ GIÁO DỤC VÀ ĐÀO TẠO", title=("báo cáo thiệt hại do lũ quét của ngành Giáo dục.", "báo cáo thiệt hại do lũ quét của ngành Giáo dục"))),
 # a province's plan, cells one a line, the date wrapped after the day
 "kh_cells_date_wrapped_after_day": ([
   "ỦY BAN NHÂN DÂN", "TỈNH SÓC TRĂNG", "-------", "|", "CỘNG HÒA XÃ HỘI", "CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
   "---------------", "|", "Số: 27/KH-UBND", "|", "Sóc Trăng, ngày 08", "tháng 02 năm 2021", "|", "KẾ HOẠCH",
   "TRIỂN KHAI CÁC GIẢI PHÁP PHÒNG, CHỐNG HẠN HÁN, XÂM NHẬP MẶN", "MÙA KHÔ NĂM 2020 -", "2021",
   "Thực hiện Chỉ thị số 07/CT-BNN ngày 11/11/2020 của Bộ Nông nghiệp và Phát triển nông thôn, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
   *BODY],
  dict(doc_type="Kế hoạch", number="27/KH-UBND", issued_date="2021-02-08", place="Sóc Trăng", issuer="ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG",
       title="TRIỂN KHAI CÁC GIẢI PHÁP PHÒNG, CHỐNG HẠN HÁN, XÂM NHẬP MẶN MÙA KHÔ NĂM 2020 - 2021")),
 "kh_cells_title_two_lines": ([
   "ỦY BAN NHÂN DÂN", "TỈNH CÀ MAU", "-------", "|", "CỘNG HÒA XÃ HỘI", "CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
   "---------------", "|", "Số: 3146/KH-UBND", "|", "Cà Mau, ngày", "28 tháng 8 năm 2023", "|", "KẾ HOẠCH",
   "KIỂM TRA, GIÁM SÁT THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA", "XÂY DỰNG NÔNG THÔN MỚI TRÊN ĐỊA BÀN TỈNH CÀ MAU NĂM 2023",
   "Thực hiện Nghị định số", "27/2022/NĐ-CP ngày 19/4/2022 của Chính phủ, UBND tỉnh ban hành Kế hoạch như sau:", *BODY],
  dict(doc_type="Kế hoạch", number="3146/KH-UBND", issued_date="2023-08-28", place="Cà Mau", issuer="ỦY BAN NHÂN DÂN TỈNH CÀ MAU",
       title="KIỂM TRA, GIÁM SÁT THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA XÂY DỰNG NÔNG THÔN MỚI TRÊN ĐỊA BÀN TỈNH CÀ MAU NĂM 2023")),
 "kh_cells_grounds_first": ([
   "ỦY BAN NHÂN DÂN", "TỈNH VĨNH LONG", "-------", "|", "CỘNG HÒA XÃ HỘI", "CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
   "---------------", "|", "Số: 238/KH-UBND", "|", "Vĩnh Long, ngày", "17 tháng 10 năm 2022", "|", "KẾ HOẠCH",
   "ĐIỀU TRA HỘ NGHÈO, HỘ CẬN NGHÈO TRÊN ĐỊA BÀN TỈNH VĨNH LONG", "NĂM 2022", "Căn cứ Nghị định số",
   "07/2021/NĐ-CP ngày 27/01/2021 của Chính phủ quy định chuẩn nghèo đa chiều giai", "đoạn 2021 - 2025;", *BODY],
  dict(doc_type="Kế hoạch", number="238/KH-UBND", issued_date="2022-10-17", place="Vĩnh Long", issuer="ỦY BAN NHÂN DÂN TỈNH VĨNH LONG",
       title="ĐIỀU TRA HỘ NGHÈO, HỘ CẬN NGHÈO TRÊN ĐỊA BÀN TỈNH VĨNH LONG NĂM 2022")),
 "kh_cells_long_title_three_lines": ([
   "ỦY BAN NHÂN DÂN", "TỈNH NAM ĐỊNH", "-------", "|", "CỘNG HÒA XÃ HỘI", "CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
   "---------------", "|", "Số: 83/KH-UBND", "|", "Nam Định, ngày 16", "tháng 5 năm 2024", "|", "KẾ HOẠCH",
   "THỰC HIỆN TỔNG KIỂM KÊ TÀI SẢN CÔNG TẠI CƠ QUAN, TỔ CHỨC,",
   "ĐƠN VỊ, TÀI SẢN KẾT CẤU HẠ TẦNG DO NHÀ NƯỚC ĐẦU TƯ, QUẢN LÝ THUỘC PHẠM VI QUẢN",
   "LÝ CỦA TỈNH NAM ĐỊNH", "Thực hiện Quyết định số", "213/QĐ-TTg ngày 01/3/2024 của Thủ tướng Chính phủ phê duyệt Đề án tổng kiểm kê tài",
   "sản công.", "Ủy ban nhân dân tỉnh ban hành Kế", "hoạch như sau:", *BODY],
  dict(doc_type="Kế hoạch", number="83/KH-UBND", issued_date="2024-05-16", place="Nam Định", issuer="ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH",
       title="THỰC HIỆN TỔNG KIỂM KÊ TÀI SẢN CÔNG TẠI CƠ QUAN, TỔ CHỨC, ĐƠN VỊ, TÀI SẢN KẾT CẤU HẠ TẦNG DO NHÀ NƯỚC ĐẦU TƯ, QUẢN LÝ THUỘC PHẠM VI QUẢN LÝ CỦA TỈNH NAM ĐỊNH")),
 # " | " joined header, the type heading dropped, the grounds cut at their start, the signature beside Nơi nhận
 "qd_pipes_cut_grounds": ([
   "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |", "Số: 42/2019/QĐ-UBND | Đồng Hới, ngày 25 tháng 11 năm 2019 |",
   "BAN HÀNH QUY ĐỊNH CHẾ ĐỘ BÁO CÁO ĐỊNH KỲ TRÊN ĐỊA BÀN TỈNH QUẢNG BÌNH", "ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH",
   "ính quyền địa phương ngày 19 tháng 6 năm 2015;", "ố 09/2019/NĐ-CP ngày 24 tháng 01 năm 2019 của Chính phủ;", "QUYẾT ĐỊNH:",
   "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 10/12/2019.", "- Như Điều 3; | TM. ỦY BAN NHÂN DÂN |",
   "CHẾ ĐỘ BÁO CÁO ĐỊNH KỲ TRÊN ĐỊA BÀN TỈNH QUẢNG BÌNH",
   "(Ban hành kèm theo Quyết định số 42/2019/QĐ-UBND ngày 25 tháng 11 năm 2019 của Ủy ban nhân dân tỉnh Quảng Bình)"],
  dict(doc_type="Quyết định", number="42/2019/QĐ-UBND", issued_date="2019-11-25", place="Đồng Hới",
       issuer=("ỦY BAN NHÂN DÂN", "ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH"),
       title="BAN HÀNH QUY ĐỊNH CHẾ ĐỘ BÁO CÁO ĐỊNH KỲ TRÊN ĐỊA BÀN TỈNH QUẢNG BÌNH")),
 # a site's copy that kept the escaped line breaks ("\r\n") as text
 "kh_escaped_crlf": ([
   "\\r\\n ỦY BAN NHÂN DÂN | \\r\\n \\r\\n CỘNG\\r\\n HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM | \\r\\n",
   "\\r\\n Số: 117/KH-UBND \\r\\n | \\r\\n \\r\\n Hà Giang, ngày 29 tháng 5 năm 2020 \\r\\n | \\r\\n", "\\r\\n\\r\\n\\r\\n",
   "Thực hiện Quyết định số 1942/QĐ-TTg\\r\\nngày 27/12/2019 của Thủ tướng Chính phủ, UBND tỉnh xây dựng Kế hoạch\\r\\nnhư sau:",
   "\\r\\n\\r\\n1. Mục tiêu chung", "\\r\\n\\r\\nCải thiện tình trạng dinh dưỡng của\\r\\nphụ nữ có thai và trẻ em."],
  dict(number="117/KH-UBND", issued_date="2020-05-29", place="Hà Giang", issuer=("ỦY BAN NHÂN DÂN",))),
 # a district trade union under the provincial one, a site's banner and <br> tags in its headline above
 "kh_ldld_huyen_br_headline": ([
   "SỰ KIỆN NỔI BẬT", "<br> KẾ HOẠCH<br> Tổ chức “Tết Công đoàn” năm 2024 <br>", "LIÊN ĐOÀN LAO ĐỘNG TỈNH THANH HÓA",
   "LIÊN ĐOÀN LAO ĐỘNG HUYỆN HOẰNG HÓA", "Số: 57 /KH-LĐLĐ", *MOTTO[:2], "Hoằng Hóa, ngày 04 tháng 12 năm 2023", "KẾ HOẠCH",
   "Tổ chức “Tết Công đoàn” năm 2024",
   "Thực hiện Kế hoạch số 163/KH-LĐLĐ ngày 24/11/2023 của LĐLĐ tỉnh Thanh Hóa, Ban Thường vụ LĐLĐ huyện triển khai kế hoạch như sau:",
   *BODY],
  dict(doc_type="Kế hoạch", number="57/KH-LĐLĐ", issued_date="2023-12-04", place="Hoằng Hóa",
       issuer="LIÊN ĐOÀN LAO ĐỘNG HUYỆN HOẰNG HÓA", title="Tổ chức “Tết Công đoàn” năm 2024")),
 # the Central Inspection Commission's guidance: the party's motto in the right cell, the commission under the committee
 "hd_ubkttw_party": ([
   "BAN CHẤP HÀNH TRUNG ƯƠNG", "ỦY BAN KIỂM TRA", "-------", "ĐẢNG CỘNG SẢN VIỆT NAM", "---------------", "Số: 09-HD/UBKTTW",
   "Hà Nội, ngày 06 tháng 8 năm 2019", " ", "HƯỚNG DẪN",
   "THỰC HIỆN MỘT SỐ ĐIỀU TRONG QUY ĐỊNH SỐ 86-QĐ/TW CỦA BỘ CHÍNH TRỊ VỀ GIÁM SÁT TRONG ĐẢNG",
   "- Căn cứ Điều lệ Đảng;", "- Căn cứ Quy chế làm việc của Ủy ban Kiểm tra Trung ương;",
   "Ủy ban Kiểm tra Trung ương hướng dẫn thực hiện như sau:", "Điều 2. Giải thích từ ngữ"],
  dict(doc_type="Hướng dẫn", number="09-HD/UBKTTW", issued_date="2019-08-06", place="Hà Nội",
       issuer=("ỦY BAN KIỂM TRA", "ỦY BAN KIỂM TRA TRUNG ƯƠNG"),
       title="THỰC HIỆN MỘT SỐ ĐIỀU TRONG QUY ĐỊNH SỐ 86-QĐ/TW CỦA BỘ CHÍNH TRỊ VỀ GIÁM SÁT TRONG ĐẢNG")),
 # a conference resolution: the number carries a letter, the conference's line before the subject
 "nq_tld_letter_number": ([
   "Hệ thống pháp luật", "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM", "--------", *MOTTO, "Số: 07b /NQ-TLĐ", "Hà Nội, ngày 26 tháng 1 năm 2016",
   " ", "NGHỊ QUYẾT", "HỘI NGHỊ LẦN THỨ 6 BAN CHẤP HÀNH TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM KHÓA XI", "",
   "VỀ NÂNG CAO CHẤT LƯỢNG HOẠT ĐỘNG CỦA ĐOÀN VIÊN CÔNG ĐOÀN",
   "Hội nghị lần thứ 6 Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam (Khóa XI) họp ngày 25 tháng 1 năm 2016 đã thông qua Nghị quyết.",
   "I. TÌNH HÌNH", "1. Kết quả đạt được"],
  dict(doc_type="Nghị quyết", number="07b/NQ-TLĐ", issued_date="2016-01-26", place="Hà Nội",
       issuer="TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM",
       title=("VỀ NÂNG CAO CHẤT LƯỢNG HOẠT ĐỘNG CỦA ĐOÀN VIÊN CÔNG ĐOÀN",
              "HỘI NGHỊ LẦN THỨ 6 BAN CHẤP HÀNH TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM KHÓA XI VỀ NÂNG CAO CHẤT LƯỢNG HOẠT ĐỘNG CỦA ĐOÀN VIÊN CÔNG ĐOÀN"))),
 # a city party committee's letter reproduced by a library site: no header, the number in the page's headline, T/M signer
 "cv_thanh_uy_headline_tm_signer": ([
   "Văn bản chỉ đạo và hướng dẫn", "Quay lại",
   "Công văn số 348-CV/TU ngày 09/01/2009 của Thành ủy Đà Nẵng về việc tổ chức kỷ niệm 79 năm ngày thành lập Đảng",
   "Thực hiện chỉ đạo của Ban Bí thư Trung ương Đảng về tổ chức kỷ niệm 79 năm ngày thành lập Đảng, Ban Thường vụ Thành ủy yêu cầu:",
   "1/ Ban Cán sự Đảng Ủy ban nhân dân thành phố chỉ đạo chuẩn bị chu đáo Lễ mít-tinh kỷ niệm.",
   "2/ Các quận ủy, huyện ủy tổ chức kỷ niệm tại địa phương, đơn vị mình.", " ", "T/M BAN THƯỜNG VỤ",
   "PHÓ BÍ THƯ THƯỜNG TRỰC", "Võ Thành Công"],
  dict(doc_type=None, number=None, issued_date=None, signer="Võ Thành Công", position="Phó Bí thư Thường trực",
       authority=["TM."])),
 # the Central Committee's regulation copied under a news lead
 "qd_tw_under_news_lead": ([
   "Quy định số 93-QĐ/TW của Bộ Chính trị về phân cấp quản lý cán bộ",
   "(Mặt trận) - Ban Biên tập trân trọng đăng toàn văn nội dung Quy định quan trọng này.", " ", "BAN CHẤP HÀNH TRUNG ƯƠNG",
   "-------", "ĐẢNG CỘNG SẢN VIỆT NAM", "---------------", "Số: 93-QĐ/TW", "Hà Nội, ngày 11 tháng 10 năm 2017", " ", " ",
   "QUY ĐỊNH", "VỀ PHÂN CẤP QUẢN LÝ CÁN BỘ VÀ LUÂN CHUYỂN, ĐIỀU ĐỘNG CÁN BỘ", " ",
   "- Căn cứ Điều lệ Đảng;", "- Căn cứ Quy chế làm việc của Ban Chấp hành Trung ương, Bộ Chính trị và Ban Bí thư khóa XII,",
   "Bộ Chính trị quy định về phân cấp quản lý cán bộ như sau:", "Chương I", "QUY ĐỊNH CHUNG"],
  dict(doc_type="Quy định", number="93-QĐ/TW", issued_date="2017-10-11", place="Hà Nội", issuer="BAN CHẤP HÀNH TRUNG ƯƠNG",
       title="VỀ PHÂN CẤP QUẢN LÝ CÁN BỘ VÀ LUÂN CHUYỂN, ĐIỀU ĐỘNG CÁN BỘ")),
 # the party's old layout: the number before the motto, each cell's line after the other
 "ct_tw_number_before_motto": ([
   "BAN CHẤP HÀNH TRUNG ƯƠNG", "*", "Số 17-CT/TW", "ĐẢNG CỘNG SẢN VIỆT NAM", "Hà Nội, ngày 21 tháng 8 năm 2007", "CHỈ THỊ",
   "CỦA BAN BÍ THƯ", "về tăng cường công tác dân vận ở cơ sở trong tình hình mới",
   "Những năm qua, công tác dân vận ở cơ sở đã đạt được nhiều kết quả quan trọng.", "Ban Bí thư yêu cầu:",
   "1. Các cấp ủy đảng quán triệt sâu sắc quan điểm của Đảng."],
  dict(doc_type="Chỉ thị", number="17-CT/TW", issued_date="2007-08-21", place="Hà Nội", issuer="BAN CHẤP HÀNH TRUNG ƯƠNG",
       title=("về tăng cường công tác dân vận ở cơ sở trong tình hình mới",
              "CỦA BAN BÍ THƯ về tăng cường công tác dân vận ở cơ sở trong tình hình mới"))),
 # the Youth Union's central plan: a row with wide gaps, the number spaced round its dash, the title in sentence case
 "kh_twdtn_gaps": ([
   "BAN CHẤP HÀNH TRUNG ƯƠNG                                                                           ĐOÀN TNCS HỒ CHÍ MINH",
   "***", "   Số: 214 - KH/TWĐTN-CTTN                                                                                      Hà Nội, ngày 22 tháng 5 năm 2025",
   "KẾ HOẠCH", "Tổ chức các", "hoạt động tình nguyện hè cho sinh viên năm 2025",
   "Thực hiện chương trình công tác Đoàn năm 2025, Ban Bí thư Trung ương Đoàn ban hành Kế hoạch như sau:", *BODY],
  dict(doc_type="Kế hoạch", number="214-KH/TWĐTN-CTTN", issued_date="2025-05-22", place="Hà Nội",
       issuer="BAN CHẤP HÀNH TRUNG ƯƠNG", title="Tổ chức các hoạt động tình nguyện hè cho sinh viên năm 2025")),
 "kh_cells_binh_phuoc": ([
   "ỦY BAN NHÂN DÂN", "TỈNH TÂY NINH", "-------", "|", "CỘNG HÒA XÃ HỘI", "CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
   "---------------", "|", "Số: 176/KH-UBND", "|", "Tây Ninh, ngày", "08 tháng 06 năm 2022", "|", "KẾ HOẠCH",
   "XÂY DỰNG NỀN TẢNG SỐ, PHÁT TRIỂN DỊCH VỤ GIÁO DỤC", "THÔNG MINH ĐẾN CẤP CƠ SỞ", "Căn cứ Quyết định số",
   "749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ;", "Theo đề nghị của Sở Giáo dục và Đào tạo tại", "Tờ trình số 211/TTr-SGDĐT ngày 01/6/2022.", *BODY],
  dict(doc_type="Kế hoạch", number="176/KH-UBND", issued_date="2022-06-08", place="Tây Ninh", issuer="ỦY BAN NHÂN DÂN TỈNH TÂY NINH",
       title="XÂY DỰNG NỀN TẢNG SỐ, PHÁT TRIỂN DỊCH VỤ GIÁO DỤC THÔNG MINH ĐẾN CẤP CƠ SỞ")),
 "kh_cells_wrapped_uy_ban": ([
   "ỦY", "BAN NHÂN DÂN", "TỈNH LẠNG SƠN", "-------", "|", "CỘNG", "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
   "---------------", "|", "Số:", "46/KH-UBND", "|", "Lạng", "Sơn, ngày 09 tháng 4 năm 2018", "|", "KẾ HOẠCH",
   "TRIỂN KHAI ĐỀ ÁN “DẠY VÀ HỌC TIẾNG ANH TRONG HỆ THỐNG GIÁO DỤC", "QUỐC DÂN GIAI ĐOẠN 2018 - 2025” TRÊN ĐỊA BÀN TỈNH LẠNG SƠN",
   "Căn cứ các Quyết định của Thủ tướng", "Chính phủ: số 1400/QĐ-TTg ngày 30/9/2008;", *BODY],
  dict(doc_type="Kế hoạch", number="46/KH-UBND", issued_date="2018-04-09", place="Lạng Sơn", issuer="ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN",
       title="TRIỂN KHAI ĐỀ ÁN “DẠY VÀ HỌC TIẾNG ANH TRONG HỆ THỐNG GIÁO DỤC QUỐC DÂN GIAI ĐOẠN 2018 - 2025” TRÊN ĐỊA BÀN TỈNH LẠNG SƠN")),
 "qd_pipes_cut_issuer_type_kept": ([
   "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |", "Số: 592/QĐ-UBND | Nghệ An, ngày 27 tháng 5 năm 2019 |", "QUYẾT ĐỊNH",
   "VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI",
   "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NGHỆ AN", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;",
   "Xét đề nghị của Giám đốc sở Lao động - Thương binh và Xã hội,", *ARTICLES],
  dict(doc_type="Quyết định", number="592/QĐ-UBND", issued_date="2019-05-27", place="Nghệ An",
       issuer=("ỦY BAN NHÂN DÂN", "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN"),
       title="VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI")),
 # a ministry's decision from a PDF preview, all on one line, hyphens lost
 "qd_bo_one_line_lost_hyphens": ([
   "Nội dung Text: Quyết định số 3687/2022/QĐ-BYT",
   "  1. BỘ Y TẾ CỘNG HÒA XÃHỘI CHỦ NGHĨA VIỆT NAM  Độc lập  Tự do  Hạnh phúc   Số: 3687/QĐBYT Hà Nội, ngày 18 tháng 10 năm 2022 "
   "   QUYẾT ĐỊNH VỀ VIỆC PHÊ DUYỆT KẾ HOẠCH HÀNH ĐỘNG PHÒNG CHỐNG THIẾU VI CHẤT Ở TRẺ EM GIAI ĐOẠN 20222025 "
   "BỘ TRƯỞNG BỘ Y TẾ Căn cứ Nghị định số 95/2022/NĐCP ngày 15 tháng 11 năm 2022 của Chính phủ; QUYẾT ĐỊNH: Điều 1. Phê duyệt Kế hoạch."],
  dict(doc_type="Quyết định", number=("3687/QĐBYT", "3687/QĐ-BYT"), issued_date="2022-10-18", place="Hà Nội", issuer="BỘ Y TẾ")),
 # a decision whose symbol says another type (a CT symbol over a QUYẾT ĐỊNH heading): the heading is the type
 "qd_symbol_of_another_type": ([
   "ỦY BAN NHÂN DÂN", "TỈNH BÀ RỊA - VŨNG TÀU", "--------", *MOTTO, "Số: 44/2008/CT-UBND", "Bà Rịa-Vũng Tàu, ngày 02 tháng 6 năm 2008",
   "QUYẾT ĐỊNH", "BAN HÀNH KẾ HOẠCH HÀNH ĐỘNG VỀ BÌNH ĐẲNG GIỚI TỈNH BÀ RỊA - VŨNG TÀU GIAI ĐOẠN 2008 - 2010",
   "ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU", "Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân;", *ARTICLES],
  dict(doc_type="Quyết định", number="44/2008/CT-UBND", issued_date="2008-06-02", place="Bà Rịa-Vũng Tàu",
       issuer="ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU",
       title="BAN HÀNH KẾ HOẠCH HÀNH ĐỘNG VỀ BÌNH ĐẲNG GIỚI TỈNH BÀ RỊA - VŨNG TÀU GIAI ĐOẠN 2008 - 2010")),
 "kh_hethong_quoted_project": ([
   "Hệ thống pháp luật", "ỦY BAN NHÂN DÂN", "TỈNH BẮC NINH", "-------", *MOTTO, "Số: 187/KH-UBND", "Bắc Ninh, ngày 19 tháng 7 năm 2021",
   " ", "KẾ HOẠCH",
   "TRIỂN KHAI THỰC HIỆN ĐỀ ÁN “NÂNG CAO HIỆU QUẢ GIÁM SÁT, KIỂM TRA VỐN NHÀ NƯỚC TẠI DOANH NGHIỆP” TRÊN ĐỊA BÀN TỈNH BẮC NINH GIAI ĐOẠN 2021 - 2025",
   "Thực hiện Quyết định số 707/QĐ-TTg ngày 25/5/2021 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh ban hành kế hoạch như sau:",
   "I. MỤC TIÊU", "1. Mục tiêu tổng quát"],
  dict(doc_type="Kế hoạch", number="187/KH-UBND", issued_date="2021-07-19", place="Bắc Ninh", issuer="ỦY BAN NHÂN DÂN TỈNH BẮC NINH",
       title="TRIỂN KHAI THỰC HIỆN ĐỀ ÁN “NÂNG CAO HIỆU QUẢ GIÁM SÁT, KIỂM TRA VỐN NHÀ NƯỚC TẠI DOANH NGHIỆP” TRÊN ĐỊA BÀN TỈNH BẮC NINH GIAI ĐOẠN 2021 - 2025")),
 "qd_cells_ban_split": ([
   "ỦY BAN NHÂN DÂN", "TỈNH TIỀN GIANG", "-------", "|", "CỘNG HÒA XÃ HỘI", "CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
   "---------------", "|", "Số:", "18/2023/QĐ-UBND", "|", "Tiền Giang, ngày", "25 tháng 9 năm 2023", "|", "QUYẾT ĐỊNH", "BAN",
   "HÀNH QUY ĐỊNH CƠ CHẾ QUAY VÒNG VỐN HỖ TRỢ PHÁT TRIỂN SINH KẾ CỘNG ĐỒNG", "TRÊN ĐỊA BÀN TỈNH TIỀN GIANG",
   "ỦY BAN NHÂN DÂN TỈNH TIỀN GIANG", "Căn cứ Luật Tổ chức chính quyền địa phương ngày", "19 tháng 6 năm 2015;", *ARTICLES],
  dict(doc_type="Quyết định", number="18/2023/QĐ-UBND", issued_date="2023-09-25", place="Tiền Giang", issuer="ỦY BAN NHÂN DÂN TỈNH TIỀN GIANG",
       title="BAN HÀNH QUY ĐỊNH CƠ CHẾ QUAY VÒNG VỐN HỖ TRỢ PHÁT TRIỂN SINH KẾ CỘNG ĐỒNG TRÊN ĐỊA BÀN TỈNH TIỀN GIANG")),
 "qd_ttg_kt_plan": ([
   "THỦ TƯỚNG CHÍNH PHỦ", "--------", *MOTTO, "Số: 1076/QĐ-TTg", "Hà Nội, ngày 19 tháng 07 năm 2013", "QUYẾT ĐỊNH",
   "PHÊ DUYỆT KẾ HOẠCH TỔ CHỨC CÁC HOẠT ĐỘNG KỶ NIỆM 100 NĂM NGÀY SINH ĐỒNG CHÍ LÊ VĂN TÁM (15/3/1914 - 15/3/2014)",
   "THỦ TƯỚNG CHÍNH PHỦ", "Căn cứ Luật tổ chức Chính phủ ngày 25 tháng 12 năm 2001;",
   "Xét đề nghị của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch,", "QUYẾT ĐỊNH:",
   "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch tổ chức các hoạt động kỷ niệm.",
   "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.", "Nơi nhận:", "- Như Điều 3;", "- Lưu: VT, KGVX.",
   "KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", "Phạm Quang Vinh"],
  dict(doc_type="Quyết định", number="1076/QĐ-TTg", issued_date="2013-07-19", place="Hà Nội", issuer="THỦ TƯỚNG CHÍNH PHỦ",
       title="PHÊ DUYỆT KẾ HOẠCH TỔ CHỨC CÁC HOẠT ĐỘNG KỶ NIỆM 100 NĂM NGÀY SINH ĐỒNG CHÍ LÊ VĂN TÁM (15/3/1914 - 15/3/2014)",
       signer="Phạm Quang Vinh", position="Phó Thủ tướng", authority=["KT."])),
 "qd_site_attrs_chu_tich": ([
   "Quyết định 812/QĐ-UBND năm 2019 phê duyệt Quy hoạch mạng lưới đơn vị sự nghiệp trực thuộc Sở Nông nghiệp và Phát triển nông thôn Kon Tum",
   "Số hiệu: 812/QĐ-UBND Loại văn bản: Quyết định", "Nơi ban hành: Tỉnh Kon Tum Người ký: Nguyễn Hữu Tháp",
   "Ngày ban hành: 24/04/2019 Ngày hiệu lực: Đang cập nhật", "Lĩnh vực: Y tế - dược, Tình trạng: Đang cập nhập", "",
   "ỦY BAN NHÂN DÂN", "TỈNH KON TUM", "-------", *MOTTO, "Số: 812/QĐ-UBND", "Kon Tum, ngày 24 tháng 4 năm 2019", " ", "QUYẾT ĐỊNH",
   "VỀ VIỆC PHÊ DUYỆT QUY HOẠCH MẠNG LƯỚI CÁC ĐƠN VỊ SỰ NGHIỆP CÔNG LẬP TRỰC THUỘC SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN KON TUM ĐẾN NĂM 2025",
   "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KON TUM", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
   "Xét đề nghị của Giám đốc Sở Nội vụ và Sở Nông nghiệp và Phát triển nông thôn,", "QUYẾT ĐỊNH:", "Điều 1. Phê duyệt Quy hoạch mạng lưới."],
  dict(doc_type="Quyết định", number="812/QĐ-UBND", issued_date="2019-04-24", place="Kon Tum", issuer="ỦY BAN NHÂN DÂN TỈNH KON TUM",
       title="VỀ VIỆC PHÊ DUYỆT QUY HOẠCH MẠNG LƯỚI CÁC ĐƠN VỊ SỰ NGHIỆP CÔNG LẬP TRỰC THUỘC SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN KON TUM ĐẾN NĂM 2025")),
 "nq_hdnd_cells_year_split": ([
   "HỘI", "ĐỒNG NHÂN DÂN", "TỈNH LAI CHÂU", "----------", "|", "CỘNG", "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
   "---------------", "|", "Số: 31/NQ-HĐND", "|", "Lai", "Châu, ngày 12 tháng 12 năm", "2019", "|", "NGHỊ QUYẾT",
   "VỀ CHƯƠNG TRÌNH PHÁT TRIỂN ĐÔ THỊ TỈNH LAI CHÂU ĐẾN NĂM 2020 VÀ ĐỊNH HƯỚNG", "ĐẾN NĂM 2030", "HỘI ĐỒNG NHÂN DÂN TỈNH LAI CHÂU",
   "KHÓA XIV, KỲ HỌP THỨ 11", "Căn cứ Luật tổ chức chính quyền địa", "phương ngày 19 tháng 6 năm 2015;", "QUYẾT NGHỊ:",
   "Điều 1. Thông qua Chương trình"],
  dict(doc_type="Nghị quyết", number="31/NQ-HĐND", issued_date="2019-12-12", place="Lai Châu", issuer="HỘI ĐỒNG NHÂN DÂN TỈNH LAI CHÂU",
       title="VỀ CHƯƠNG TRÌNH PHÁT TRIỂN ĐÔ THỊ TỈNH LAI CHÂU ĐẾN NĂM 2020 VÀ ĐỊNH HƯỚNG ĐẾN NĂM 2030")),
 "qd_old_number_ct_symbol_ttlt": ([
   "BỘ TÀI CHÍNH - BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN", "--------", *MOTTO, "Số: 58/2014/TTLT-BTC-BNNPTNT",
   "Hà Nội, ngày 16 tháng 6 năm 2014", "THÔNG TƯ LIÊN TỊCH",
   "QUY ĐỊNH QUẢN LÝ VÀ SỬ DỤNG KINH PHÍ ĐẦU TƯ THỰC HIỆN CHƯƠNG TRÌNH NÔNG THÔN MỚI GIAI ĐOẠN 2014-2015",
   "Căn cứ Luật Ngân sách nhà nước;", "Bộ trưởng Bộ Tài chính, Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn ban hành Thông tư liên tịch như sau:",
   "Điều 1. Phạm vi điều chỉnh"],
  dict(doc_type="Thông tư liên tịch", number="58/2014/TTLT-BTC-BNNPTNT", issued_date="2014-06-16", place="Hà Nội", joint=2,
       title="QUY ĐỊNH QUẢN LÝ VÀ SỬ DỤNG KINH PHÍ ĐẦU TƯ THỰC HIỆN CHƯƠNG TRÌNH NÔNG THÔN MỚI GIAI ĐOẠN 2014-2015")),
}

# headers of the types the sample lacked, written from the forms such documents take
VARIANTS = {
 "cd_ubnd_tinh": ([
   "ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ", "-------", *MOTTO, "Số: 07/CĐ-UBND", "Quảng Trị, ngày 26 tháng 10 năm 2025", "CÔNG ĐIỆN",
   "Về việc tập trung ứng phó với mưa lũ trên địa bàn tỉnh", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:",
   "- Giám đốc các Sở, ban, ngành cấp tỉnh;", "- Chủ tịch Ủy ban nhân dân các xã, phường.",
   "Theo tin của Đài Khí tượng Thủy văn tỉnh, mưa lớn sẽ tiếp diễn.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Hoàng Văn Nam"],
  dict(doc_type="Công điện", number="07/CĐ-UBND", issued_date="2025-10-26", place="Quảng Trị", issuer="ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ",
       title="Về việc tập trung ứng phó với mưa lũ trên địa bàn tỉnh", signer="Hoàng Văn Nam", position="Phó Chủ tịch", authority=["KT."])),
 "cd_tinh_uy": ([
   "TỈNH ỦY THANH HÓA", "*", *PARTY, "Số 09-CĐ/TU", "Thanh Hóa, ngày 12 tháng 9 năm 2025", "CÔNG ĐIỆN",
   "CỦA BAN THƯỜNG VỤ TỈNH ỦY", "về tăng cường lãnh đạo ứng phó với bão số 7",
   "Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng tập trung thực hiện tốt các nội dung sau:",
   "1. Các cấp ủy đảng lãnh đạo chủ động ứng phó.", "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC", "Lê Thị Hạnh"],
  dict(doc_type="Công điện", number="09-CĐ/TU", issued_date="2025-09-12", place="Thanh Hóa", issuer="TỈNH ỦY THANH HÓA",
       signer="Lê Thị Hạnh", position="Phó Bí thư Thường trực", authority=["TM."])),
 "ttr_ubnd_tinh": ([
   "ỦY BAN NHÂN DÂN", "TỈNH ĐỒNG THÁP", "-------", *MOTTO, "Số: 112/TTr-UBND", "Đồng Tháp, ngày 02 tháng 11 năm 2025", "TỜ TRÌNH",
   "Dự thảo Nghị quyết quy định mức hỗ trợ học phí trên địa bàn tỉnh", "Kính gửi: Hội đồng nhân dân tỉnh khóa XI, kỳ họp thứ 5.",
   "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
   "Ủy ban nhân dân tỉnh trình Hội đồng nhân dân tỉnh dự thảo Nghị quyết như sau:", "I. SỰ CẦN THIẾT BAN HÀNH NGHỊ QUYẾT",
   "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Phạm Thành Công"],
  dict(doc_type="Tờ trình", number="112/TTr-UBND", issued_date="2025-11-02", place="Đồng Tháp", issuer="ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP",
       title="Dự thảo Nghị quyết quy định mức hỗ trợ học phí trên địa bàn tỉnh", signer="Phạm Thành Công", position="Chủ tịch",
       authority=["TM."])),
 "bc_ubnd_xa_post_merger": ([
   "ỦY BAN NHÂN DÂN", "XÃ HÒA BÌNH", "-------", *MOTTO, "Số: 45/BC-UBND", "Hòa Bình, ngày 20 tháng 9 năm 2025", "BÁO CÁO",
   "Kết quả vận hành chính quyền địa phương hai cấp tháng 9 năm 2025",
   "Thực hiện Công văn số 1020/UBND-NC ngày 10/9/2025 của Ủy ban nhân dân tỉnh Phú Thọ, Ủy ban nhân dân xã báo cáo như sau:",
   "I. KẾT QUẢ THỰC HIỆN", "1. Tổ chức bộ máy"],
  dict(doc_type="Báo cáo", number="45/BC-UBND", issued_date="2025-09-20", place="Hòa Bình", issuer="ỦY BAN NHÂN DÂN XÃ HÒA BÌNH",
       title="Kết quả vận hành chính quyền địa phương hai cấp tháng 9 năm 2025")),
 "kh_ubnd_xa_under_tinh": ([
   "UBND TỈNH LÂM ĐỒNG", "ỦY BAN NHÂN DÂN XÃ ĐẠ HUOAI", "-------", *MOTTO, "Số: 58/KH-UBND", "Đạ Huoai, ngày 15 tháng 8 năm 2025",
   "KẾ HOẠCH", "Chuyển đổi số trên địa bàn xã năm 2025",
   "Thực hiện Kế hoạch số 301/KH-UBND ngày 20/7/2025 của Ủy ban nhân dân tỉnh Lâm Đồng, Ủy ban nhân dân xã ban hành Kế hoạch như sau:", *BODY],
  dict(doc_type="Kế hoạch", number="58/KH-UBND", issued_date="2025-08-15", place="Đạ Huoai", issuer="ỦY BAN NHÂN DÂN XÃ ĐẠ HUOAI",
       title="Chuyển đổi số trên địa bàn xã năm 2025")),
 "kh_dang_uy_xa": ([
   "ĐẢNG BỘ TỈNH NGHỆ AN", "ĐẢNG ỦY XÃ VĂN HIẾN", "*", *PARTY, "Số 12-KH/ĐU", "Văn Hiến, ngày 10 tháng 8 năm 2025", "KẾ HOẠCH",
   "thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị về đột phá phát triển khoa học, công nghệ",
   "Thực hiện Kế hoạch số 45-KH/TU của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Đảng ủy xã ban hành Kế hoạch như sau:", *BODY,
   "T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Nguyễn Hữu Tình"],
  dict(doc_type="Kế hoạch", number="12-KH/ĐU", issued_date="2025-08-10", place="Văn Hiến", issuer="ĐẢNG ỦY XÃ VĂN HIẾN",
       title="thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị về đột phá phát triển khoa học, công nghệ",
       signer="Nguyễn Hữu Tình", position="Bí thư", authority=["TM."])),
 "tb_kl_van_phong": ([
   "ỦY BAN NHÂN DÂN", "TỈNH AN GIANG", "-------", *MOTTO, "Số: 512/TB-VPUBND", "An Giang, ngày 05 tháng 8 năm 2025", "THÔNG BÁO",
   "Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp về tiến độ giải ngân vốn đầu tư công",
   "Ngày 01/8/2025, Chủ tịch Ủy ban nhân dân tỉnh chủ trì cuộc họp. Sau khi nghe báo cáo, Chủ tịch kết luận như sau:",
   "1. Các sở, ngành khẩn trương hoàn thiện hồ sơ.", "TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "Lý Văn Bảy"],
  dict(doc_type="Thông báo", number="512/TB-VPUBND", issued_date="2025-08-05", place="An Giang",
       title="Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp về tiến độ giải ngân vốn đầu tư công", signer="Lý Văn Bảy")),
 "ctr_huyen_uy": ([
   "HUYỆN ỦY CẦU KÈ", "*", *PARTY, "Số 08-CTr/HU", "Cầu Kè, ngày 14 tháng 3 năm 2024", "CHƯƠNG TRÌNH HÀNH ĐỘNG",
   "thực hiện Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XIII",
   "Thực hiện Kế hoạch số 120-KH/TU của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Huyện ủy xây dựng Chương trình hành động như sau:",
   "I. MỤC ĐÍCH, YÊU CẦU", "1. Quán triệt sâu sắc nội dung Nghị quyết."],
  dict(doc_type=("Chương trình hành động", "Chương trình"), number="08-CTr/HU", issued_date="2024-03-14", place="Cầu Kè",
       issuer="HUYỆN ỦY CẦU KÈ", title="thực hiện Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XIII")),
 "da_ubnd_tinh": ([
   "ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI", "-------", *MOTTO, "Số: 05/ĐA-UBND", "Quảng Ngãi, ngày 22 tháng 7 năm 2025", "ĐỀ ÁN",
   "Phát triển du lịch cộng đồng tỉnh Quảng Ngãi giai đoạn 2025 - 2030", "Phần thứ nhất", "SỰ CẦN THIẾT XÂY DỰNG ĐỀ ÁN",
   "Du lịch cộng đồng có vai trò quan trọng trong phát triển kinh tế - xã hội."],
  dict(doc_type="Đề án", number="05/ĐA-UBND", issued_date="2025-07-22", place="Quảng Ngãi", issuer="ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI",
       title="Phát triển du lịch cộng đồng tỉnh Quảng Ngãi giai đoạn 2025 - 2030")),
 "kh_hoi_lhpn": ([
   "HỘI LHPN VIỆT NAM", "BCH HỘI LHPN TỈNH TÂY NINH", "*", "Số: 31/KH-HPN", "Tây Ninh, ngày 03 tháng 3 năm 2025", "KẾ HOẠCH",
   "Tổ chức các hoạt động kỷ niệm ngày Quốc tế Phụ nữ 8/3",
   "Thực hiện Chương trình công tác năm 2025, Ban Thường vụ Hội LHPN tỉnh xây dựng Kế hoạch như sau:", *BODY],
  dict(doc_type="Kế hoạch", number="31/KH-HPN", issued_date="2025-03-03", place="Tây Ninh", issuer="BCH HỘI LHPN TỈNH TÂY NINH",
       title="Tổ chức các hoạt động kỷ niệm ngày Quốc tế Phụ nữ 8/3")),
 "kh_ban_dan_van": ([
   "TỈNH ỦY BẮC GIANG", "BAN DÂN VẬN", "*", *PARTY, "Số 64-KH/BDVTU", "Bắc Giang, ngày 18 tháng 4 năm 2024", "KẾ HOẠCH",
   "triển khai phong trào thi đua “Dân vận khéo” năm 2024",
   "Thực hiện Chương trình công tác năm 2024, Ban Dân vận Tỉnh ủy ban hành Kế hoạch như sau:", *BODY],
  dict(doc_type="Kế hoạch", number="64-KH/BDVTU", issued_date="2024-04-18", place="Bắc Giang", issuer="BAN DÂN VẬN",
       title="triển khai phong trào thi đua “Dân vận khéo” năm 2024")),
 "kh_mttq_ban_thuong_truc": ([
   "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM", "TỈNH HÀ TĨNH", "BAN THƯỜNG TRỰC", "-------", *MOTTO, "Số: 215/KH-MTTQ-BTT",
   "Hà Tĩnh, ngày 09 tháng 10 năm 2024", "KẾ HOẠCH", "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2024",
   "Thực hiện Hướng dẫn số 98/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam, Ban Thường trực ban hành Kế hoạch như sau:",
   *BODY],
  dict(doc_type="Kế hoạch", number="215/KH-MTTQ-BTT", issued_date="2024-10-09", place="Hà Tĩnh",
       issuer="BAN THƯỜNG TRỰC ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH HÀ TĨNH",
       title="Tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2024")),
}


CASES = [(name, form) for name, (lines, _) in {**PAGES, **VARIANTS}.items() for form in _forms(lines)]


@pytest.mark.parametrize("name, form", CASES)
def test_a_sampled_page_reads_right(tmp_path, name, form):
    lines, expected = {**PAGES, **VARIANTS}[name]
    meta = _process(tmp_path, lines, form).metadata
    wrong = {field: (_got(meta, field), want) for field, want in expected.items() if not _right(_got(meta, field), want)}
    assert not wrong


# --- a programme's or plan's heading that says it is one of action

@pytest.mark.parametrize("form", ["text", "html", "docx"])
@pytest.mark.parametrize("heading, doc_type", [("CHƯƠNG TRÌNH HÀNH ĐỘNG", "Chương trình"), ("KẾ HOẠCH HÀNH ĐỘNG", "Kế hoạch"),
                                               ("Chương trình hành động", "Chương trình")])
@pytest.mark.parametrize("issuer, number", [(["HUYỆN ỦY VĨNH THẠNH", "*", *PARTY], "Số 14-CTr/HU"),
                                            (["ỦY BAN NHÂN DÂN", "TỈNH PHÚ YÊN", "-------", *MOTTO], "Số: 85/CTr-UBND")])
def test_a_heading_of_action_keeps_out_of_the_title(tmp_path, form, heading, doc_type, issuer, number):
    """"CHƯƠNG TRÌNH HÀNH ĐỘNG" / "thực hiện Nghị quyết …": the heading and its qualifier were read into the title (a
    confident wrong title). "hành động" is a heading word (type_heading_words.csv): the type is the one before it."""
    subject = "thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII"
    lines = [*issuer, number, "Vĩnh Thạnh, ngày 05 tháng 6 năm 2024", heading, subject,
             "Thực hiện Kế hoạch số 20-KH/TU, Ban Thường vụ xây dựng Chương trình như sau:", *BODY]
    meta = _process(tmp_path, lines, form).metadata
    assert (meta.doc_type, meta.title) == (doc_type, subject)


@pytest.mark.parametrize("form", ["text", "html"])
def test_a_heading_of_action_on_the_title_s_line_stays_whole(tmp_path, form):
    """The other side: a heading that runs on with its subject on one line is not cut at "HÀNH ĐỘNG"."""
    title = "KẾ HOẠCH HÀNH ĐỘNG THỰC HIỆN NGHỊ QUYẾT SỐ 12-NQ/TU CỦA TỈNH ỦY"
    lines = ["ỦY BAN NHÂN DÂN", "TỈNH PHÚ YÊN", "-------", *MOTTO, "Số: 85/KH-UBND", "Tuy Hòa, ngày 05 tháng 6 năm 2024",
             title, "Thực hiện Nghị quyết số 12-NQ/TU, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:", *BODY]
    meta = _process(tmp_path, lines, form).metadata
    assert meta.doc_type == "Kế hoạch"
    assert fold(meta.title or "").endswith(fold("THỰC HIỆN NGHỊ QUYẾT SỐ 12-NQ/TU CỦA TỈNH ỦY"))


# --- a site's headline that repeats the heading above the document's header

def _headline_page(headline: list[str], heading: str, title: str, issuer: list[str]) -> list[str]:
    return ["TIN NỔI BẬT", *headline, *issuer, "Số: 27/KH-LĐLĐ", *MOTTO[:2], "Yên Thành, ngày 04 tháng 3 năm 2024",
            heading, title, "Thực hiện Kế hoạch số 12/KH-LĐLĐ của LĐLĐ tỉnh, Ban Thường vụ triển khai như sau:", *BODY]


@pytest.mark.parametrize("form", ["text", "html", "docx"])
@pytest.mark.parametrize("heading, title, doc_type", [
    ("KẾ HOẠCH", "Tổ chức Tháng Công nhân năm 2024", "Kế hoạch"),
    ("THÔNG BÁO", "Lịch tiếp đoàn viên tháng 3 năm 2024", "Thông báo"),
    ("QUYẾT ĐỊNH", "Về việc khen thưởng công đoàn cơ sở năm 2023", "Quyết định"),
])
@pytest.mark.parametrize("issuer", [["LIÊN ĐOÀN LAO ĐỘNG TỈNH NGHỆ AN", "LIÊN ĐOÀN LAO ĐỘNG HUYỆN YÊN THÀNH"],
                                    ["HỘI NÔNG DÂN TỈNH NGHỆ AN", "HỘI NÔNG DÂN HUYỆN YÊN THÀNH"]])
def test_a_headline_repeating_the_heading_leaves_the_header_whole(tmp_path, form, heading, title, doc_type, issuer):
    """"KẾ HOẠCH" / "Tổ chức …" as a site's headline above the document's header: the first heading had no header
    above it, and the number, date, place and issuer were lost. The same type's heading under the date line is the
    document's."""
    lines = _headline_page([heading, title], heading, title, issuer)
    meta = _process(tmp_path, lines, form).metadata
    assert (meta.doc_type, meta.number, meta.issued_date, meta.place) == (doc_type, "27/KH-LĐLĐ", "2024-03-04", "Yên Thành")
    assert meta.issuer.name == issuer[1]
    assert meta.title == title


def test_a_headline_with_line_break_tags_in_a_text_copy(tmp_path):
    """The headline as the site's markup kept in a .txt ("<br> KẾ HOẠCH<br> Tổ chức …"), read as the markup it is."""
    title = "Tổ chức Tháng Công nhân năm 2024"
    issuer = ["LIÊN ĐOÀN LAO ĐỘNG TỈNH NGHỆ AN", "LIÊN ĐOÀN LAO ĐỘNG HUYỆN YÊN THÀNH"]
    lines = _headline_page([f"<br> KẾ HOẠCH<br> {title} <br>"], "KẾ HOẠCH", title, issuer)
    meta = _process(tmp_path, lines, "text").metadata
    assert (meta.number, meta.issued_date, meta.issuer.name, meta.title) == ("27/KH-LĐLĐ", "2024-03-04", issuer[1], title)


@pytest.mark.parametrize("form", ["text", "html"])
def test_a_heading_with_no_header_anywhere_stays(tmp_path, form):
    """The other side: a heading with no header above it and none below (a page that dropped the header) is still the
    document's heading, its title under it."""
    lines = ["TIN NỔI BẬT", "THÔNG BÁO", "Về việc lịch tiếp công dân tháng 3 năm 2024",
             "Ủy ban nhân dân xã thông báo lịch tiếp công dân như sau:", "1. Thứ Hai hằng tuần.", "2. Thứ Năm hằng tuần."]
    meta = _process(tmp_path, lines, form).metadata
    assert (meta.doc_type, meta.number, meta.title) == ("Thông báo", None, "Về việc lịch tiếp công dân tháng 3 năm 2024")


# --- a one-line copy whose motto lost a space or its dashes

@pytest.mark.parametrize("form", ["text", "html"])
@pytest.mark.parametrize("motto", ["CỘNG HÒA XÃHỘI CHỦ NGHĨA VIỆT NAM  Độc lập  Tự do  Hạnh phúc",
                                   "CỘNG HÒA XÃHỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc",
                                   "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM  Độc lập  Tự do  Hạnh phúc"])
@pytest.mark.parametrize("issuer, number, place", [("BỘ Y TẾ", "3310/QĐBYT", "Hà Nội"),
                                                   ("UBND TỈNH BẮC GIANG SỞ Y TẾ", "512/QĐSYT", "Bắc Giang")])
def test_a_one_line_header_with_a_damaged_motto_is_parted(tmp_path, form, motto, issuer, number, place):
    """"BỘ Y TẾ CỘNG HÒA XÃHỘI … Độc lập  Tự do  Hạnh phúc Số: … Hà Nội, ngày …": the motto was not found, the run-on
    line was not parted, and the number, date, place and issuer were lost."""
    line = (f"  1. {issuer} {motto}   Số: {number} {place}, ngày 21 tháng 10 năm 2021    QUYẾT ĐỊNH VỀ VIỆC PHÊ DUYỆT "
            "KẾ HOẠCH TRUYỀN THÔNG NĂM 2022 BỘ TRƯỞNG Căn cứ Nghị định số 75/2017/NĐCP; QUYẾT ĐỊNH: Điều 1. Phê duyệt Kế hoạch.")
    meta = _process(tmp_path, ["Nội dung Text:", line], form).metadata
    assert meta.number in (number, number.replace("QĐ", "QĐ-"))
    assert (meta.issued_date, meta.place) == ("2021-10-21", place)
    assert meta.issuer.name


# --- a page that kept only the signature on a body's behalf

@pytest.mark.parametrize("form", ["text", "html", "docx"])
@pytest.mark.parametrize("signature, position, authority", [
    (["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC"], "Phó Bí thư Thường trực", ["TM."]),
    (["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Chủ tịch", ["TM."]),
    (["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Phó Chủ tịch", ["KT."]),
])
def test_a_page_with_only_a_signature_on_a_body_s_behalf_is_read(tmp_path, form, signature, position, authority):
    """A site that kept a letter's body and signature, not its header: refused as no document. The signature on a
    body's behalf is a document's; the type, number and date stay null, with the document_unidentified warning."""
    lines = ["Văn bản chỉ đạo", "Công văn về việc tổ chức kỷ niệm ngày thành lập Đảng",
             "Thực hiện chỉ đạo của cấp trên, Ban Thường vụ yêu cầu các đơn vị thực hiện tốt các nội dung sau:",
             "1/ Tổ chức mít-tinh kỷ niệm trang trọng.", "2/ Tuyên truyền rộng rãi trong cán bộ, đảng viên.", " ",
             *signature, "Nguyễn Minh Quang"]
    doc = _process(tmp_path, lines, form)
    meta = doc.metadata
    assert (meta.signer.name, meta.signer.title, list(meta.signer.authority)) == ("Nguyễn Minh Quang", position, authority)
    assert (meta.doc_type, meta.number, meta.issued_date) == (None, None, None)
    assert "document_unidentified" in {w.code for w in doc.warnings}


def test_a_page_with_a_name_and_no_signature_block_is_still_refused(tmp_path):
    """The other side: a news page that ends with its writer's name holds no signature on a body's behalf."""
    lines = ["Tin tức", "Hội nghị tổng kết công tác năm 2024", "Sáng nay, hội nghị tổng kết công tác năm 2024 đã diễn ra.",
             "Các đại biểu đã thảo luận sôi nổi.", "Nguyễn Minh Quang"]
    with pytest.raises(NotADocument):
        _process(tmp_path, lines, "text")
