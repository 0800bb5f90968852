"""Forms sampled in s23 from stored openings of legal-site pages nobody had run (a blind sample aimed at central bodies,
the courts and the procuracy, the state audit, the Youth Union and the Front, joint documents and types other than a
decision or a plan).

What the forms are (our own notes; every fixture below is written for the test, names and numbers made up):
- a title wrapped before "PHÒNG CHỐNG …" / "PHÒNG NGỪA …" / "PHÒNG TRÁNH …" (prevention, a verb) kept its last line
  out: a line that opens with "PHÒNG" was read as a body's (a Phòng) under the title;
- a tax office's letter wraps its subject's last word, an acronym, alone into the narrow cell ("V/v chính sách thuế" /
  "TNDN" / "|"): the acronym is the subject's, not a line of capitals that ends it;
- a site that drops a document's type heading keeps its title in capitals under the date line: a type that cites no
  grounds (a Hướng dẫn) opens its body with a sentence or a numbered part, and the title is still found;
- the rest of the sample (PAGES) is read right and pinned here, in text and, for the pages that print no cell borders,
  in HTML.
"""

from __future__ import annotations

import pytest

from page_fields import field_of as _got
from page_fields import forms_of as _forms
from page_fields import is_right as _right
from page_fields import processed as _process

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------"]
BODY = ["I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "Bảo đảm triển khai đồng bộ, kịp thời các nhiệm vụ được giao.",
        "2. Yêu cầu", "Phân công rõ trách nhiệm của từng cơ quan, đơn vị."]
ARTICLES = ["QUYẾT ĐỊNH:", "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc.",
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký."]
# name: (lines, expected); expected keys: doc_type number issued_date place issuer title signer position authority
PAGES = {
 "byt_no_type_line": ([
   "Vui lòng đăng ký gói cước để dùng đầy đủ tiện ích của trang.",
   "| BỘ Y TẾ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |", "| Số: 3058/QĐ-BYT | Hà Nội, ngày 24 tháng 10 năm 2025 |",
   "VỀ VIỆC GIAO NHIỆM VỤ TỔ CHỨC HỘI NGHỊ KHOA HỌC CHO ĐƠN VỊ TRỰC THUỘC BỘ Y TẾ", "BỘ TRƯỞNG BỘ Y TẾ",
   "Căn cứ Luật Tổ chức Chính phủ ngày 18/02/2025;", "Căn cứ Nghị định số 42/2025/NĐ-CP ngày 27/02/2025 của Chính phủ;",
   "Theo đề nghị của Cục trưởng Cục Khoa học công nghệ và Đào tạo.", "QUYẾT ĐỊNH:",
   "1. Giao Bệnh viện Trung ương Huế chủ trì tổ chức hội nghị khoa học.", "2. Thời gian tổ chức: tháng 12 năm 2025."],
  dict(doc_type="Quyết định", number="3058/QĐ-BYT", issued_date="2025-10-24", place="Hà Nội", issuer="BỘ Y TẾ",
       title="VỀ VIỆC GIAO NHIỆM VỤ TỔ CHỨC HỘI NGHỊ KHOA HỌC CHO ĐƠN VỊ TRỰC THUỘC BỘ Y TẾ", signer=None)),
 "ubnd_cut_issuer": ([
   "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |", "Số: 247/KH-UBND | Phú Thọ, ngày 04 tháng 9 năm 2023 |",
   "KẾ HOẠCH", "THỰC HIỆN CHUYỂN ĐỔI SỐ TRONG CÁC CƠ SỞ GIÁO DỤC TỈNH PHÚ THỌ GIAI ĐOẠN 2023 - 2025",
   "Thực hiện Nghị quyết số 52/NQ-CP ngày 22 tháng 4 năm 2020 của Chính phủ, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
   *BODY],
  dict(doc_type="Kế hoạch", number="247/KH-UBND", issued_date="2023-09-04", place="Phú Thọ",
       issuer="ỦY BAN NHÂN DÂN",
       title="THỰC HIỆN CHUYỂN ĐỔI SỐ TRONG CÁC CƠ SỞ GIÁO DỤC TỈNH PHÚ THỌ GIAI ĐOẠN 2023 - 2025")),
 "ubtvqh_number_prefix": ([
   "ỦY BAN THƯỜNG VỤ", "QUỐC HỘI", "--------", *MOTTO, "Nghị quyết số: 739/2023/UBTVQH15", "Hà Nội, ngày 16 tháng 6 năm 2023",
   "NGHỊ QUYẾT", "VỀ VIỆC THÀNH LẬP MỘT SỐ ĐƠN VỊ HÀNH CHÍNH CẤP XÃ THUỘC TỈNH ĐẮK LẮK", "ỦY BAN THƯỜNG VỤ QUỐC HỘI",
   "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;", "Căn cứ Luật Tổ chức Quốc hội số 57/2014/QH13;",
   "QUYẾT NGHỊ:", "Điều 1. Thành lập xã Ea Kiết thuộc huyện Cư M'gar.", "Điều 2. Nghị quyết này có hiệu lực từ ngày ký."],
  dict(doc_type="Nghị quyết", number="739/2023/UBTVQH15", issued_date="2023-06-16", place="Hà Nội",
       issuer="ỦY BAN THƯỜNG VỤ QUỐC HỘI",
       title="VỀ VIỆC THÀNH LẬP MỘT SỐ ĐƠN VỊ HÀNH CHÍNH CẤP XÃ THUỘC TỈNH ĐẮK LẮK")),
 "ttlt_two_ministries_one_line": ([
   "BỘ TÀI CHÍNH - BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "--------", *MOTTO, "Số: 36/2014/TTLT-BTC-BLĐTBXH",
   "Hà Nội, ngày 29 tháng 5 năm 2014", "THÔNG TƯ LIÊN TỊCH",
   "HƯỚNG DẪN CƠ CHẾ TÀI CHÍNH HỖ TRỢ GIẢI QUYẾT VIỆC LÀM CHO THANH NIÊN GIAI ĐOẠN 2014-2016",
   "Căn cứ Luật Ngân sách nhà nước ngày 16 tháng 12 năm 2002;",
   "Bộ trưởng Bộ Tài chính, Bộ trưởng Bộ Lao động - Thương binh và Xã hội ban hành Thông tư liên tịch hướng dẫn như sau:",
   "Điều 1. Phạm vi điều chỉnh", "Thông tư này hướng dẫn việc quản lý kinh phí."],
  dict(doc_type="Thông tư liên tịch", number="36/2014/TTLT-BTC-BLĐTBXH", issued_date="2014-05-29", place="Hà Nội",
       joint=2, title="HƯỚNG DẪN CƠ CHẾ TÀI CHÍNH HỖ TRỢ GIẢI QUYẾT VIỆC LÀM CHO THANH NIÊN GIAI ĐOẠN 2014-2016")),
 "tt_btc_rule_in_cell": ([
   "Mục lục nội dung", "BỘ TÀI CHÍNH ------- |", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- |",
   "Số: 22/2021/TT-BTC | Hà Nội, ngày 30 tháng 3 năm 2021 |", "THÔNG TƯ",
   "THÔNG TƯ QUY ĐỊNH CHẾ ĐỘ CHI TIẾP KHÁCH NƯỚC NGOÀI VÀ CHI HỘI NGHỊ QUỐC TẾ",
   "Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;", "Theo đề nghị của Vụ trưởng Vụ Tài chính hành chính sự nghiệp,",
   "Bộ trưởng Bộ Tài chính ban hành Thông tư quy định chế độ chi tiếp khách nước ngoài.", "Điều 1. Phạm vi điều chỉnh",
   "Thông tư này quy định chế độ chi tiếp khách nước ngoài."],
  dict(doc_type="Thông tư", number="22/2021/TT-BTC", issued_date="2021-03-30", place="Hà Nội", issuer="BỘ TÀI CHÍNH",
       title=("THÔNG TƯ QUY ĐỊNH CHẾ ĐỘ CHI TIẾP KHÁCH NƯỚC NGOÀI VÀ CHI HỘI NGHỊ QUỐC TẾ",
              "QUY ĐỊNH CHẾ ĐỘ CHI TIẾP KHÁCH NƯỚC NGOÀI VÀ CHI HỘI NGHỊ QUỐC TẾ"))),
 "ttlt_court_procuracy_interleaved": ([
   "TÒA ÁN NHÂN DÂN TỐI CAO CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
   "VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO Độc lập - Tự do - Hạnh phúc", "****** ********",
   "Số: 05-TANDTC-VKSNDTC/TTLT Hà Nội, ngày 22 tháng 9 năm 1990", "THÔNG TƯ LIÊN TỊCH",
   "HƯỚNG DẪN VIỆC PHỐI HỢP GIẢI QUYẾT ĐƠN TỐ CÁO TRONG TỐ TỤNG DÂN SỰ",
   "Để thi hành Bộ luật tố tụng dân sự, Tòa án nhân dân tối cao và Viện kiểm sát nhân dân tối cao hướng dẫn như sau:",
   "I. VIỆC NHẬN ĐƠN", "1. Đơn tố cáo được chuyển trong ba ngày."],
  dict(doc_type="Thông tư liên tịch", number="05-TANDTC-VKSNDTC/TTLT", issued_date="1990-09-22", place="Hà Nội", joint=2,
       title="HƯỚNG DẪN VIỆC PHỐI HỢP GIẢI QUYẾT ĐƠN TỐ CÁO TRONG TỐ TỤNG DÂN SỰ")),
 "hd_tandtc_no_type_line": ([
   "Nếu bạn là thành viên, vui lòng đăng nhập để tiếp tục.",
   "TÒA ÁN NHÂN DÂN TỐI CAO | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |", "Số: 187/HD-TANDTC | Hà Nội, ngày 07 tháng 8 năm 2019 |",
   "CÔNG TÁC HÒA GIẢI, ĐỐI THOẠI CÁC VỤ VIỆC DÂN SỰ",
   "Nghị quyết số 49-NQ/TW ngày 02/6/2005 của Bộ Chính trị đề ra mục tiêu xây dựng nền tư pháp trong sạch, vững mạnh.",
   "Để thống nhất cách thức tổ chức, Tòa án nhân dân tối cao hướng dẫn như sau:", "1. Về chuẩn bị phiên tòa",
   "Tòa án phải kiểm tra đường truyền trước ngày xét xử."],
  dict(doc_type="Hướng dẫn", number="187/HD-TANDTC", issued_date="2019-08-07", place="Hà Nội",
       issuer="TÒA ÁN NHÂN DÂN TỐI CAO", title="CÔNG TÁC HÒA GIẢI, ĐỐI THOẠI CÁC VỤ VIỆC DÂN SỰ")),
 "ktnn_no_type_no_title": ([
   "KIỂM TOÁN NHÀ NƯỚC | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |", "Số: 08/2014/QĐ-KTNN | Hà Nội, ngày 13 tháng 10 năm 2014 |",
   "TỔNG KIỂM TOÁN NHÀ NƯỚC", "Căn cứ Luật Kiểm toán nhà nước;", "Xét đề nghị của Vụ trưởng Vụ Pháp chế,", "QUYẾT ĐỊNH:",
   "Điều 1. Ban hành kèm theo Quyết định này Quy định về tổ chức đoàn kiểm toán.",
   "Điều 2. Quyết định này có hiệu lực sau 45 ngày kể từ ngày ký.", "Nơi nhận: | TỔNG KIỂM TOÁN NHÀ NƯỚC |",
   "QUY ĐỊNH VỀ TỔ CHỨC ĐOÀN KIỂM TOÁN",
   "(Ban hành kèm theo Quyết định số 08/2014/QĐ-KTNN ngày 13/10/2014 của Tổng Kiểm toán nhà nước)",
   "Điều 1. Phạm vi điều chỉnh"],
  dict(doc_type="Quyết định", number="08/2014/QĐ-KTNN", issued_date="2014-10-13", place="Hà Nội",
       issuer="KIỂM TOÁN NHÀ NƯỚC", title=None, signer=None)),
 "vbhn_ktnn_wrapped": ([
   "Văn bản hợp nhất 03/VBHN-KTNN 2023 Quyết định quy định về mã số ngạch kiểm toán viên", "KIỂM", "TOÁN NHÀ NƯỚC |", "CỘNG",
   "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |", "Số: 03/VBHN-KTNN |", "Hà Nội, ngày 22 tháng 8 năm 2023 |", "QUYẾT ĐỊNH[1]",
   "BAN HÀNH QUY ĐỊNH VỀ MÃ SỐ NGẠCH MÃ SỐ NGẠCH KIỂM TOÁN VIÊN",
   "Quyết định số 07/2021/QĐ-KTNN ngày 26 tháng 7 năm 2021 của Tổng Kiểm toán nhà nước, được sửa đổi, bổ sung bởi:",
   "Căn cứ Luật Kiểm toán nhà nước ngày 24 tháng 6 năm 2015;", "QUYẾT ĐỊNH:", "Điều 1. Ban hành Quy định."],
  dict(number="03/VBHN-KTNN", issued_date="2023-08-22", place="Hà Nội", issuer="KIỂM TOÁN NHÀ NƯỚC",
       title="BAN HÀNH QUY ĐỊNH VỀ MÃ SỐ NGẠCH MÃ SỐ NGẠCH KIỂM TOÁN VIÊN")),
 "ct_ttg_heading_only": ([
   "CHỈ THỊ", "CỦA THỦ", "TƯỚNG CHÍNH PHỦ SỐ 19/2003/CT-TTG", "NGÀY 21 THÁNG 8 NĂM 2003 VỀ VIỆC TĂNG CƯỜNG CÔNG TÁC",
   "PHÒNG CHỐNG LỤT BÃO",
   "Thực hiện Nghị quyết của Quốc hội, trong mùa mưa bão năm nay tình hình lũ lụt diễn biến phức tạp, Thủ tướng Chính phủ yêu cầu:",
   "1. Các Bộ, ngành tăng cường kiểm tra.", "2. Ủy ban nhân dân các tỉnh chỉ đạo các huyện."],
  dict(doc_type="Chỉ thị", number=("19/2003/CT-TTG", "19/2003/CT-TTg"), issued_date="2003-08-21", place=None,
       issuer=("THỦ TƯỚNG CHÍNH PHỦ", None), title=("VỀ VIỆC TĂNG CƯỜNG CÔNG TÁC PHÒNG CHỐNG LỤT BÃO", None))),
 "luat_number_prefix": ([
   "QUỐC HỘI", "--------", *MOTTO, "Luật số: 31/2018/QH14", "Hà Nội, ngày 19 tháng 11 năm 2018", "LUẬT", "THƯ VIỆN SỐ",
   "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;", "Quốc hội ban hành Luật Thư viện số.", "Chương I",
   "NHỮNG QUY ĐỊNH CHUNG", "Điều 1. Phạm vi điều chỉnh", "Luật này quy định về thư viện số."],
  dict(doc_type="Luật", number="31/2018/QH14", issued_date="2018-11-19", place="Hà Nội", issuer="QUỐC HỘI",
       title="THƯ VIỆN SỐ")),
 "cv_tct_vv_split": ([
   "BỘ TÀI CHÍNH", "TỔNG CỤC THUẾ", "-------", *MOTTO, "Số: 2947/TCT-CS", "V/v", ": Hướng dẫn chính sách thuế sử dụng đất phi nông nghiệp.",
   "Hà Nội, ngày 20 tháng 06 năm 2016", "Kính gửi: Cục Thuế tỉnh Tây Ninh.",
   "Trả lời công văn số 438/CT-THNVDT ngày 23/5/2016 của Cục Thuế tỉnh Tây Ninh, Tổng cục Thuế có ý kiến như sau:",
   "- Về thuế sử dụng đất phi nông nghiệp nhà đất:", "Căn cứ Thông tư số 153/2011/TT-BTC ngày 11/11/2011 của Bộ Tài chính."],
  dict(doc_type="Công văn", number="2947/TCT-CS", issued_date="2016-06-20", place="Hà Nội", issuer="TỔNG CỤC THUẾ",
       title=("Hướng dẫn chính sách thuế sử dụng đất phi nông nghiệp.", "Hướng dẫn chính sách thuế sử dụng đất phi nông nghiệp"))),
 "cv_cuc_thue_cells": ([
   "TỔNG CỤC THUẾ", "CỤC THUẾ TP HÀ NỘI", "-------", "|", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
   "---------------", "|", "Số: 79532/CTHN-TTHT", "V/v chính sách thuế", "TNDN", "|", "Hà Nội, ngày 26 tháng 8 năm 2021", "|",
   "Kính gửi: Công ty TNHH Minh Phát Thương mại", "(Đ/c: số 12 phố Trần Duy Hưng, quận Thanh Xuân, Hà Nội - MST: 0109876543)",
   "Trả lời văn bản số 05/2021 ngày 10/8/2021 của Công ty, Cục Thuế TP Hà Nội có ý kiến như sau:",
   "- Căn cứ Thông tư số 78/2014/TT-BTC ngày 18/6/2014 của Bộ Tài chính."],
  dict(doc_type="Công văn", number="79532/CTHN-TTHT", issued_date="2021-08-26", place="Hà Nội", issuer="CỤC THUẾ TP HÀ NỘI",
       title="chính sách thuế TNDN")),
 "tt_btc_wrapped_cells": ([
   "BỘ", "TÀI CHÍNH", "-----", "|", "CỘNG", "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "-------", "|", "Số:",
   "57/2009/TT-BTC", "|", "Hà", "Nội, ngày 24 tháng 3 năm 2009", "|", "THÔNG TƯ",
   "HƯỚNG DẪN THI HÀNH MỘT SỐ BIỆN PHÁP MIỄN, GIẢM THUẾ", "Căn cứ Luật Quản lý thuế;",
   "Bộ Tài chính hướng dẫn như sau:", "I. MIỄN, GIẢM", "1. Các trường hợp được miễn, giảm"],
  dict(doc_type="Thông tư", number="57/2009/TT-BTC", issued_date="2009-03-24", place="Hà Nội", issuer="BỘ TÀI CHÍNH",
       title="HƯỚNG DẪN THI HÀNH MỘT SỐ BIỆN PHÁP MIỄN, GIẢM THUẾ")),
 "qc_thuong_truc_hdnd_ubnd": ([
   "THƯỜNG TRỰC", "HĐND - UBND TỈNH BẮC GIANG", "-------", "|", "CỘNG", "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
   "Độc lập - Tự do - Hạnh phúc", "---------------", "|", "Số: 05/QC-TT.HĐND-UBND", "|",
   "Bắc Giang, ngày 02 tháng 8 năm 2021", "|", "QUY CHẾ", "PHỐI",
   "HỢP CÔNG TÁC GIỮA THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN TỈNH - ỦY BAN NHÂN DÂN TỈNH NHIỆM", "KỲ 2021 - 2026", "Căn cứ",
   "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6", "năm 2015;", "Chương I", "NHỮNG QUY ĐỊNH", "CHUNG",
   "Điều 1. Phạm vi phối hợp"],
  dict(doc_type="Quy chế", number="05/QC-TT.HĐND-UBND", issued_date="2021-08-02", place="Bắc Giang", joint=2,
       title="PHỐI HỢP CÔNG TÁC GIỮA THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN TỈNH - ỦY BAN NHÂN DÂN TỈNH NHIỆM KỲ 2021 - 2026")),
 "nq_hdnd_session_lines": ([
   "HỘI ĐỒNG NHÂN DÂN", "TỈNH QUẢNG NGÃI", "--------", *MOTTO, "Số: 17/2012/NQ-HĐND", "Quảng Ngãi, ngày 19 tháng 7 năm 2012",
   "NGHỊ QUYẾT", "VỀ VIỆC ĐẶT TÊN MỘT SỐ TUYẾN ĐƯỜNG TẠI THỊ XÃ ĐỨC PHỔ", "HỘI ĐỒNG NHÂN DÂN TỈNH", "KHÓA XI, KỲ HỌP THỨ 5",
   "Căn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;", "QUYẾT NGHỊ:", "Điều 1. Thông qua Đề án đặt tên đường.",
   "Điều 2. Ủy ban nhân dân tỉnh tổ chức thực hiện."],
  dict(doc_type="Nghị quyết", number="17/2012/NQ-HĐND", issued_date="2012-07-19", place="Quảng Ngãi",
       issuer="HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NGÃI", title="VỀ VIỆC ĐẶT TÊN MỘT SỐ TUYẾN ĐƯỜNG TẠI THỊ XÃ ĐỨC PHỔ")),
 "kh_site_attributes_first": ([
   "Kế hoạch 169/KH-UBND năm 2018 triển khai Đề án tuyên truyền pháp luật về quốc tịch tỉnh Hải Dương",
   "Số hiệu: 169/KH-UBND Loại văn bản: Văn bản khác", "Nơi ban hành: Tỉnh Hải Dương Người ký: Lương Văn Cầu",
   "Ngày ban hành: 23/07/2018 Ngày hiệu lực: Đang cập nhật", "Ngày công báo: Đang cập nhật Số công báo: Đang cập nhật",
   "Lĩnh vực: Hành chính tư pháp, Tình trạng: Đang cập nhập", "Ngày hết hiệu lực: Đang cập nhật",
   "ỦY BAN NHÂN DÂN", "TỈNH HẢI DƯƠNG", "-------", *MOTTO, "Số: 169/KH-UBND", "Hải Dương, ngày 23 tháng 7 năm 2018",
   "KẾ HOẠCH", "TRIỂN KHAI ĐỀ ÁN TUYÊN TRUYỀN PHÁP LUẬT VỀ QUỐC TỊCH GIAI ĐOẠN 2018 - 2022 TRÊN ĐỊA BÀN TỈNH HẢI DƯƠNG",
   "Thực hiện Luật Hộ tịch năm 2014, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:", *BODY],
  dict(doc_type="Kế hoạch", number="169/KH-UBND", issued_date="2018-07-23", place="Hải Dương",
       issuer="ỦY BAN NHÂN DÂN TỈNH HẢI DƯƠNG",
       title="TRIỂN KHAI ĐỀ ÁN TUYÊN TRUYỀN PHÁP LUẬT VỀ QUỐC TỊCH GIAI ĐOẠN 2018 - 2022 TRÊN ĐỊA BÀN TỈNH HẢI DƯƠNG")),
 "twdtn_spaced_number_one_row": ([
   "BAN CHẤP HÀNH TRUNG ƯƠNG                ĐOÀN TNCS HỒ CHÍ MINH", "***",
   "   Số: 276 - KH/TWĐTN-CTTN                     Hà Nội, ngày 14 tháng 2 năm 2023", "KẾ HOẠCH",
   "Tổ chức Ngày hội thanh niên", "năm 2023 tại các khu công nghiệp",
   "Thực hiện chương trình công tác Đoàn năm 2023, Ban Bí thư Trung ương Đoàn ban hành Kế hoạch như sau:", *BODY],
  dict(doc_type="Kế hoạch", number="276-KH/TWĐTN-CTTN", issued_date="2023-02-14", place="Hà Nội",
       issuer="BAN CHẤP HÀNH TRUNG ƯƠNG", title="Tổ chức Ngày hội thanh niên năm 2023 tại các khu công nghiệp")),
 "twdtn_whole_page_one_line": ([
   "BAN CHẤP HÀNH TRUNG ƯƠNG***Số: 295 - QĐ/TWĐTN-VPĐOÀN TNCS HỒ CHÍ MINH Hà Nội, ngày 07 tháng 4 năm 2016 "
   "QUYẾT ĐỊNHVề việc ban hành Quy chế phối hợp của Ban Bí thư--------- BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH"
   "- Căn cứ Điều lệ Đoàn TNCS Hồ Chí Minh; QUYẾT ĐỊNH Điều 1. Ban hành Quy chế. Điều 2. Quyết định có hiệu lực từ ngày ký."],
  dict(doc_type="Quyết định", issued_date="2016-04-07", place="Hà Nội")),
 "de_cuong_bch_doan": ([
   "BCH ĐOÀN TP. ĐÀ NẴNG", "***", "ĐOÀN TNCS HỒ CHÍ MINH", "TP. Đà Nẵng, ngày 18 tháng 3 năm 2016",
   "ĐỀ CƯƠNG TUYÊN TRUYỀN", "Kỷ niệm 85 năm ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 - 26/3/2016)",
   "I. MỤC ĐÍCH, YÊU CẦU", "1. Giáo dục truyền thống cho đoàn viên, thanh niên.", "II. NỘI DUNG",
   "1. Quá trình hình thành của Đoàn."],
  dict(doc_type="Đề cương", number=None, issued_date="2016-03-18", place="TP. Đà Nẵng",
       issuer="BCH ĐOÀN TP. ĐÀ NẴNG",
       title="Kỷ niệm 85 năm ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 - 26/3/2016)")),
 "qc_ubnd_mttq_joint": ([
   "ỦY BAN NHÂN DÂN", "ỦY BAN MTTQ VIỆT NAM", "TỈNH KON TUM", "-------", "|", "CỘNG", "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
   "Độc lập - Tự do - Hạnh phúc", "---------------", "|", "Số: 04/QCPH/UBND-UBMTTQ", "|", "Kon Tum, ngày 26 tháng 10 năm 2021",
   "|", "QUY CHẾ", "PHỐI", "HỢP CÔNG TÁC GIỮA ỦY BAN NHÂN DÂN", "TỈNH VÀ ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH GIAI ĐOẠN",
   "2021-2026", "Căn cứ Luật Tổ chức chính quyền địa", "phương ngày 19/6/2015;", "Chương I", "NHỮNG QUY ĐỊNH CHUNG",
   "Điều 1. Nguyên tắc phối hợp"],
  dict(doc_type="Quy chế", number="04/QCPH/UBND-UBMTTQ", issued_date="2021-10-26", place="Kon Tum", joint=2,
       title="PHỐI HỢP CÔNG TÁC GIỮA ỦY BAN NHÂN DÂN TỈNH VÀ ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH GIAI ĐOẠN 2021-2026")),
 "hd_vkstc_wrapped": ([
   "VIỆN", "KIỂM SÁT NHÂN DÂN", "TỐI CAO", "-------", "|", "CỘNG", "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
   "---------------", "|", "Số: 14/HD-VKSTC", "|", "Hà", "Nội, ngày 24 tháng 02 năm 2023", "|", "HƯỚNG DẪN",
   "CÔNG TÁC KIỂM SÁT VIỆC GIẢI QUYẾT CÁC VỤ VIỆC KINH DOANH, THƯƠNG MẠI NĂM", "2023",
   "Thực hiện Chỉ thị số 01/CT-VKSTC ngày 30/12/2022 của Viện trưởng Viện kiểm sát nhân dân tối cao, Vụ 9 hướng dẫn như sau:",
   "1. Quán triệt, triển khai thực hiện", "- Viện kiểm sát cấp tỉnh quán triệt nhiệm vụ."],
  dict(doc_type="Hướng dẫn", number="14/HD-VKSTC", issued_date="2023-02-24", place="Hà Nội",
       issuer="VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO",
       title="CÔNG TÁC KIỂM SÁT VIỆC GIẢI QUYẾT CÁC VỤ VIỆC KINH DOANH, THƯƠNG MẠI NĂM 2023")),
 "qd_vkstc_portal_kt_signer": ([
   "CỔNG THÔNG TIN ĐIỆN TỬ", "VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO", "The Supreme People’s Procuracy of Viet Nam", "• Toàn văn",
   "• Thuộc tính", "• In văn bản", "Van ban nganh", "VIỆN KIỂM SÁT NHÂN DÂN", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỐI CAO",
   "Độc lập - Tự do - Hạnh phúc", "-*-", "-------------------------------", "Số: 67 /VKSTC",
   "Hà nội, ngày 18 tháng  11  năm 1996", "QUYẾT ĐỊNH CỦA VIỆN TRƯỞNG VIỆN KSND TỐI CAO",
   "BAN HÀNH \"QUY CHẾ CÔNG TÁC LƯU TRỮ", "CỦA NGÀNH KSND\"", "-----------------------",
   "VIỆN TRƯỞNG VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO", "- Căn cứ Pháp lệnh lưu trữ quốc gia;",
   "Xét đề nghị của ông Chánh văn phòng Viện kiểm sát nhân dân tối cao", "QUYẾT ĐỊNH",
   "Điều 1: Ban hành \"Quy chế công tác lưu trữ của ngành Kiểm sát nhân dân\".",
   "Điều 2: Quyết định này có hiệu lực thi hành kể từ ngày ký.", "K/T VIỆN TRƯỞNG", "VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO",
   "PHÓ VIỆN TRƯỞNG", "Đã ký: Trần Quốc Hưng"],
  dict(doc_type="Quyết định", number="67/VKSTC", issued_date="1996-11-18", place=("Hà nội", "Hà Nội"),
       issuer="VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO",
       title=("BAN HÀNH \"QUY CHẾ CÔNG TÁC LƯU TRỮ CỦA NGÀNH KSND\"",),
       signer="Trần Quốc Hưng", position=("Phó Viện trưởng", "Phó Viện trưởng Viện kiểm sát nhân dân tối cao"), authority=["KT."])),
 "qd_vkstc_plain_signer": ([
   "VIỆN KIỂM SÁT NHÂN DÂN", "TỐI CAO", "-------", *MOTTO, "Số: 93/QĐ-VKSTC", "Hà Nội, ngày 22 tháng 3 năm 2018",
   "QUYẾT ĐỊNH", "BAN HÀNH QUY CHẾ GIẢI QUYẾT KHIẾU NẠI CỦA VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO",
   "VIỆN TRƯỞNG VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO", "Căn cứ Luật Tổ chức Viện kiểm sát nhân dân năm 2014;",
   "Xét đề nghị của Vụ trưởng Vụ Thanh tra,", *ARTICLES, "Nơi nhận:", "- Như Điều 3;", "- Lưu: VT.", "VIỆN TRƯỞNG",
   "Đỗ Minh Khang"],
  dict(doc_type="Quyết định", number="93/QĐ-VKSTC", issued_date="2018-03-22", place="Hà Nội",
       issuer="VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO",
       title="BAN HÀNH QUY CHẾ GIẢI QUYẾT KHIẾU NẠI CỦA VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO", signer="Đỗ Minh Khang",
       position="Viện trưởng", authority=[])),
 "ct_vkstc_cut_issuer": ([
   "VIỆN KIỂM SÁT NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |",
   "Số: 01/2011/CT-VKSTC | Hà Nội, ngày 06 tháng 01 năm 2011 |", "CHỈ THỊ",
   "VỀ CÔNG TÁC CỦA NGÀNH KIỂM SÁT NHÂN DÂN NĂM 2011",
   "Năm 2011, ngành Kiểm sát nhân dân cần tập trung thực hiện tốt các nhiệm vụ trọng tâm sau đây:",
   "I. Nâng cao trách nhiệm của Lãnh đạo, Kiểm sát viên", "1. Thực hiện tốt kiểm sát việc khởi tố."],
  dict(doc_type="Chỉ thị", number="01/2011/CT-VKSTC", issued_date="2011-01-06", place="Hà Nội",
       issuer=("VIỆN KIỂM SÁT NHÂN DÂN", "Viện kiểm sát nhân dân tối cao"), agency="viet-nam/vien-kiem-sat-nhan-dan-toi-cao",
       title="VỀ CÔNG TÁC CỦA NGÀNH KIỂM SÁT NHÂN DÂN NĂM 2011")),
 "hd_vkstc_number_and_year_split": ([
   "VIỆN", "KIỂM SÁT NHÂN DÂN", "TỐI CAO", "-------", "|", "CỘNG", "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
   "Độc lập - Tự do - Hạnh phúc", "---------------", "|", "Số:", "23/HD-VKSTC", "|", "Hà", "Nội, ngày 07 tháng 6 năm", "2021",
   "|", "HƯỚNG DẪN", "KIỂM SÁT BẢN ÁN, QUYẾT ĐỊNH CỦA TÒA ÁN",
   "Để thực hiện thống nhất công tác kiểm sát bản án, quyết định của Tòa án, Viện kiểm sát nhân dân tối cao hướng dẫn như sau:",
   "I. MỤC ĐÍCH, YÊU CẦU", "1. Phát hiện kịp thời vi phạm."],
  dict(doc_type="Hướng dẫn", number="23/HD-VKSTC", issued_date="2021-06-07", place="Hà Nội",
       issuer="VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO", title="KIỂM SÁT BẢN ÁN, QUYẾT ĐỊNH CỦA TÒA ÁN")),
 "hd_vkstc_day_split": ([
   "VIỆN KIỂM SÁT", "NHÂN DÂN", "TỐI CAO", "-------", "|", "CỘNG HÒA XÃ HỘI", "CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
   "---------------", "|", "Số: 35/HD-VKSTC", "|", "Hà Nội, ngày 21", "tháng 12 năm 2022", "|", "HƯỚNG DẪN",
   "CÔNG TÁC THỰC HÀNH QUYỀN CÔNG TỐ ÁN THAM NHŨNG NĂM 2023",
   "Căn cứ Chỉ thị số 01/CT-VKSTC ngày 16/12/2022 của Viện trưởng Viện kiểm sát nhân dân tối cao.",
   "I. NHIỆM VỤ", "TRỌNG TÂM", "1. Tổ chức quán triệt các chỉ thị."],
  dict(doc_type="Hướng dẫn", number="35/HD-VKSTC", issued_date="2022-12-21", place="Hà Nội",
       issuer="VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO", title="CÔNG TÁC THỰC HÀNH QUYỀN CÔNG TỐ ÁN THAM NHŨNG NĂM 2023")),
 "tb_phuong_no_header": ([
   "CHỈ ĐẠO ĐIỀU HÀNH CHỈ ĐẠO ĐIỀU HÀNH", "Thông báo treo cờ Tổ quốc chào mừng Quốc khánh 2/9",
   "Ngày đăng 28/08/2024 | 08:01  | Lượt xem: 347", "THÔNG BÁO", "Về việc treo cờ Tổ quốc trên địa bàn phường Trung Hòa",
   "Thực hiện Thông báo số 412/TB-UBND ngày 26 tháng 8 năm 2024 của UBND quận Cầu Giấy về việc treo cờ Tổ quốc,",
   "Uỷ ban nhân dân phường Trung Hòa thông báo và đề nghị các tổ chức, hộ gia đình treo cờ từ ngày 31/8/2024 đến hết ngày 03/9/2024.",
   "UBND phường tổ chức đoàn kiểm tra công tác treo cờ vào ngày 01/9/2024./."],
  dict(doc_type="Thông báo", number=None, issued_date=None, title="Về việc treo cờ Tổ quốc trên địa bàn phường Trung Hòa")),
 "tb_xa_posted_date": ([
   "THÔNG BÁO VỀ VIỆC TREO CỜ TỔ QUỐC", "Thứ Hai, 26/04/2025", "THÔNG BÁO VỀ VIỆC TREO CỜ TỔ QUỐC",
   "Thực hiện Kế hoạch số 517/KH-UBND ngày 23 tháng 4 năm 2025 của UBND xã Hoằng Phượng về việc tuyên truyền kỷ niệm 50 năm Ngày Giải phóng miền Nam, Uỷ ban nhân dân xã Hoằng Phượng thông báo như sau:",
   "1/ Các cơ quan, các thôn, các hộ gia đình thực hiện treo cờ Tổ quốc.",
   "2/ Thời gian treo cờ: từ ngày 30/4/2025 đến hết ngày 01/5/2025.", "THONG-BAO-TREO-CO-517_signed.pdf"],
  dict(doc_type="Thông báo", number=None, issued_date=None)),
 "qd_kon_tum_split_cells": ([
   "ỦY BAN NHÂN DÂN", "TỈNH GIA LAI", "-------", "|", "CỘNG HÒA XÃ HỘI", "CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
   "---------------", "|", "Số:", "09/2024/QĐ-UBND", "|", "Gia Lai, ngày 19", "tháng 2 năm 2024", "|", "QUYẾT ĐỊNH",
   "QUY ĐỊNH CHẾ ĐỘ BÁO CÁO THỐNG KÊ NGÀNH GIAO THÔNG VẬN TẢI", "TRÊN ĐỊA BÀN TỈNH GIA LAI", "ỦY BAN NHÂN DÂN TỈNH GIA LAI",
   "Căn cứ Luật Tổ chức chính", "quyền địa phương ngày 19 tháng 6 năm 2015;", "Theo đề nghị của Giám đốc Sở Giao thông vận tải.",
   *ARTICLES],
  dict(doc_type="Quyết định", number="09/2024/QĐ-UBND", issued_date="2024-02-19", place="Gia Lai",
       issuer="ỦY BAN NHÂN DÂN TỈNH GIA LAI",
       title="QUY ĐỊNH CHẾ ĐỘ BÁO CÁO THỐNG KÊ NGÀNH GIAO THÔNG VẬN TẢI TRÊN ĐỊA BÀN TỈNH GIA LAI")),
 "qd_wrapped_uy_and_place": ([
   "ỦY", "BAN NHÂN DÂN", "TỈNH BÌNH ĐỊNH", "--------", "|", "CỘNG", "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
   "---------------", "|", "Số:", "34/2008/QĐ-UBND", "|", "Quy", "Nhơn, ngày 15 tháng 9 năm 2008", "|", "QUYẾT ĐỊNH",
   "BAN HÀNH QUY ĐỊNH CHỨC NĂNG, NHIỆM VỤ CỦA SỞ NỘI VỤ TỈNH BÌNH ĐỊNH", "ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH",
   "Căn cứ Luật Tổ chức HĐND", "và UBND ngày 26/11/2003;", *ARTICLES],
  dict(doc_type="Quyết định", number="34/2008/QĐ-UBND", issued_date="2008-09-15", place="Quy Nhơn",
       issuer="ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH",
       title="BAN HÀNH QUY ĐỊNH CHỨC NĂNG, NHIỆM VỤ CỦA SỞ NỘI VỤ TỈNH BÌNH ĐỊNH")),
 "kh_ben_tre_wrapped": ([
   "UỶ BAN NHÂN", "DÂN", "TỈNH TRÀ VINH", "--------", "|", "CỘNG HÒA XÃ", "HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
   "---------------", "|", "Số:", "612/KH-UBND", "|", "Trà Vinh, ngày", "02 tháng 4 năm 2014", "|", "KẾ HOẠCH",
   "TIẾP TỤC THỰC HIỆN ĐỀ ÁN “TUYÊN TRUYỀN PHÁP LUẬT CHO NGƯỜI SỬ DỤNG LAO ĐỘNG", "TRONG CÁC DOANH NGHIỆP” GIAI ĐOẠN 2014-2016",
   "Căn cứ Quyết định số 31/2009/QĐ-TTg ngày 24 tháng", "02 năm 2009 của Thủ tướng Chính phủ;", "Phần I",
   "TÌNH HÌNH CHUNG", "I. TÌNH HÌNH CHUNG", "Tỉnh có nhiều doanh nghiệp nhỏ."],
  dict(doc_type="Kế hoạch", number="612/KH-UBND", issued_date="2014-04-02", place="Trà Vinh",
       issuer="UỶ BAN NHÂN DÂN TỈNH TRÀ VINH",
       title="TIẾP TỤC THỰC HIỆN ĐỀ ÁN “TUYÊN TRUYỀN PHÁP LUẬT CHO NGƯỜI SỬ DỤNG LAO ĐỘNG TRONG CÁC DOANH NGHIỆP” GIAI ĐOẠN 2014-2016")),
 "nq_hdnd_wrapped_year_split": ([
   "HỘI", "ĐỒNG NHÂN DÂN", "TỈNH LÀO CAI", "----------", "|", "CỘNG", "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
   "---------------", "|", "Số: 26/NQ-HĐND", "|", "Lào", "Cai, ngày 15 tháng 7 năm", "2020", "|", "NGHỊ QUYẾT",
   "VỀ CHƯƠNG TRÌNH PHÁT TRIỂN NHÀ Ở TỈNH LÀO CAI ĐẾN NĂM 2025 VÀ ĐỊNH HƯỚNG", "ĐẾN NĂM 2035",
   "HỘI ĐỒNG NHÂN DÂN TỈNH LÀO CAI", "KHÓA XV, KỲ HỌP THỨ 16", "Căn cứ Luật tổ chức chính quyền địa",
   "phương ngày 19 tháng 6 năm 2015;", "QUYẾT NGHỊ:", "Điều 1. Thông qua Chương trình."],
  dict(doc_type="Nghị quyết", number="26/NQ-HĐND", issued_date="2020-07-15", place="Lào Cai",
       issuer="HỘI ĐỒNG NHÂN DÂN TỈNH LÀO CAI",
       title="VỀ CHƯƠNG TRÌNH PHÁT TRIỂN NHÀ Ở TỈNH LÀO CAI ĐẾN NĂM 2025 VÀ ĐỊNH HƯỚNG ĐẾN NĂM 2035")),
 "qc_xa_annex_only": ([
   "ỦY BAN NHÂN DÂN", "XÃ TÂN HÒA", "|", "|", "CỘNG HOÀ XÃ HỘI", "CHỦ NGHĨA VIỆT NAM", "Độc lập -", "Tự do - Hạnh phúc", "|",
   "QUY CHẾ LÀM", "VIỆC", "CỦA ỦY", "BAN NHÂN DÂN XÃ TÂN HÒA NHIỆM KỲ 2021 -2026", "(Ban hành",
   "kèm theo Quyết định số: 58/QĐ-UBND", "Ngày 27 tháng", "8 năm 2021 của Ủy ban nhân dân xã Tân", "Hòa)", "Chương I",
   "NHỮNG QUY ĐỊNH", "CHUNG", "Điều 1. Phạm vi,", "đối tượng điều chỉnh", "1. Quy chế này quy định về nguyên",
   "tắc làm việc của Ủy ban nhân dân xã Tân Hòa."],
  dict(doc_type="Quy chế", number=None, issuer="ỦY BAN NHÂN DÂN XÃ TÂN HÒA",
       title=("LÀM VIỆC CỦA ỦY BAN NHÂN DÂN XÃ TÂN HÒA NHIỆM KỲ 2021 -2026", "QUY CHẾ LÀM VIỆC CỦA ỦY BAN NHÂN DÂN XÃ TÂN HÒA NHIỆM KỲ 2021 -2026"))),

 "tt_old_number_heading_repeats": ([
   "BỘ", "TÀI CHÍNH", "********", "|", "CỘNG", "HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "********", "|", "Số:",
   "31-BTC/TT", "|", "Hà", "Nội, ngày 16 tháng 6 năm 1992", "|", "THÔNG TƯ",
   "SỐ 31-BTC/TT NGÀY 16-6-1992 CỦA BỘ TÀI CHÍNH HƯỚNG DẪN CHẾ ĐỘ QUẢN LÝ TÀI CHÍNH ĐỐI VỚI",
   "CÁC CÔNG TY XỔ SỐ KIẾN THIẾT",
   "Thi hành Nghị định số 30-HĐBT ngày 19-3-1992 của Hội đồng Bộ trưởng về xổ số kiến thiết,",
   "Bộ Tài chính hướng dẫn như sau:", "I- NHỮNG QUY", "ĐỊNH CHUNG", "1. Các công ty xổ số là đối tượng của Thông tư này."],
  dict(doc_type="Thông tư", number="31-BTC/TT", issued_date="1992-06-16", place="Hà Nội", issuer="BỘ TÀI CHÍNH",
       title=("HƯỚNG DẪN CHẾ ĐỘ QUẢN LÝ TÀI CHÍNH ĐỐI VỚI CÁC CÔNG TY XỔ SỐ KIẾN THIẾT",
              "SỐ 31-BTC/TT NGÀY 16-6-1992 CỦA BỘ TÀI CHÍNH HƯỚNG DẪN CHẾ ĐỘ QUẢN LÝ TÀI CHÍNH ĐỐI VỚI CÁC CÔNG TY XỔ SỐ KIẾN THIẾT"))),
 "cv_btc_report_no_vv": ([
   "Nếu bạn là thành viên, vui lòng đăng nhập để tiếp tục.", "BỘ TÀI CHÍNH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |",
   "Số: 8457/BTC-ĐT | Hà Nội, ngày 11 tháng 8 năm 2022 |", "Kính gửi: Thủ tướng Chính phủ.",
   "Thực hiện chế độ báo cáo theo quy định tại Luật Đầu tư công, Bộ Tài chính báo cáo tình hình giải ngân vốn đầu tư 7 tháng năm 2022 như sau:",
   "I. Kế hoạch vốn", "1. Tổng số vốn được giao là 479.320 tỷ đồng."],
  dict(doc_type="Công văn", number="8457/BTC-ĐT", issued_date="2022-08-11", place="Hà Nội", issuer="BỘ TÀI CHÍNH",
       title=None)),
 "tt_long_title_with_cited_decision": ([
   "BỘ TÀI CHÍNH", "--------", "|", "CỘNG HÒA XÃ", "HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------", "|",
   "Số:", "41/2019/TT-BTC", "|", "Hà Nội, ngày", "28 tháng 6 năm 2019", "|", "THÔNG TƯ",
   "QUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU CỦA QUYẾT ĐỊNH SỐ 17/2018/QĐ-TTG",
   "NGÀY 22 THÁNG 3 NĂM 2018 CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ HỖ TRỢ KINH PHÍ CHO",
   "HOẠT ĐỘNG PHÒNG, CHỐNG MUA BÁN NGƯỜI", "Căn cứ Nghị định số 87/2017/NĐ-CP ngày 26 tháng 7 năm 2017 của",
   "Chính phủ quy định chức năng, nhiệm vụ của Bộ Tài", "chính;", "Theo đề nghị của Vụ trưởng Vụ Pháp chế,",
   "Bộ trưởng Bộ Tài chính ban hành Thông tư quy định chi tiết.", "Chương I", "NHỮNG QUY ĐỊNH CHUNG",
   "Điều 1. Phạm vi điều chỉnh"],
  dict(doc_type="Thông tư", number="41/2019/TT-BTC", issued_date="2019-06-28", place="Hà Nội", issuer="BỘ TÀI CHÍNH",
       title=("QUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU CỦA QUYẾT ĐỊNH SỐ 17/2018/QĐ-TTG NGÀY 22 THÁNG 3 NĂM 2018 CỦA THỦ TƯỚNG CHÍNH PHỦ "
              "VỀ HỖ TRỢ KINH PHÍ CHO HOẠT ĐỘNG PHÒNG, CHỐNG MUA BÁN NGƯỜI",))),
 "nd_cp_site_attributes_first": ([
   "Từ khoá: Số Hiệu, Tiêu đề hoặc Nội dung ngắn gọn của Văn Bản...", "Đăng nhập", "Đang tải văn bản...",
   "Nghị định 52/2016/NĐ-CP tố cáo trong quân đội nhân dân",
   "Số hiệu: 52/2016/NĐ-CP Loại văn bản: Nghị định", "Nơi ban hành: Chính phủ Người ký: Nguyễn Xuân Phúc",
   "Ngày ban hành: 13/06/2016 Ngày hiệu lực: Đã biết", "Ngày công báo: Đã biết Số công báo: Đã biết", "Tình trạng: Đã biết",
   "CHÍNH PHỦ", "-------", *MOTTO, "Số: 52/2016/NĐ-CP", "Hà Nội, ngày 13 tháng 06 năm 2016", "NGHỊ ĐỊNH",
   "QUY ĐỊNH VỀ TỐ CÁO VÀ GIẢI QUYẾT TỐ CÁO TRONG QUÂN ĐỘI NHÂN DÂN",
   "Căn cứ Luật tổ chức Chính phủ ngày 19 tháng 6 năm 2015;", "Theo đề nghị của Bộ trưởng Bộ Quốc phòng,",
   "Chính phủ ban hành Nghị định quy định về tố cáo trong Quân đội nhân dân.", "Chương 1.", "QUY ĐỊNH CHUNG",
   "Điều 1. Phạm vi điều chỉnh"],
  dict(doc_type="Nghị định", number="52/2016/NĐ-CP", issued_date="2016-06-13", place="Hà Nội", issuer="CHÍNH PHỦ",
       title="QUY ĐỊNH VỀ TỐ CÁO VÀ GIẢI QUYẾT TỐ CÁO TRONG QUÂN ĐỘI NHÂN DÂN")),
 "tt_bca_date_one_word_a_line": ([
   "BỘ CÔNG AN", "-------", "|", "CỘNG HÒA XÃ", "HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------", "|",
   "Số: 37/2018/TT-BCA", "|", "Hà Nội,", "ngày", "26", "tháng 9 năm 2018", "|", "THÔNG", "TƯ", "QUY",
   "ĐỊNH VỀ TRANG PHỤC CỦA LỰC LƯỢNG BẢO VỆ MỤC TIÊU TRONG", "CÔNG AN NHÂN DÂN", "Căn cứ Luật Công an nhân dân năm 2014;",
   "Theo đề nghị của Cục trưởng Cục Kế hoạch và tài chính;", "Bộ trưởng Bộ Công an ban hành Thông tư", "quy định về trang phục.",
   "Chương I", "QUY", "ĐỊNH CHUNG", "Điều 1. Phạm vi điều", "chỉnh"],
  dict(doc_type="Thông tư", number="37/2018/TT-BCA", issued_date="2018-09-26", place="Hà Nội", issuer="BỘ CÔNG AN",
       title="QUY ĐỊNH VỀ TRANG PHỤC CỦA LỰC LƯỢNG BẢO VỆ MỤC TIÊU TRONG CÔNG AN NHÂN DÂN")),
}


# pages not read (none since s26: the forum's one-line copy "…ƯƠNG***Số: …", "QUYẾT ĐỊNHVề việc" is rebuilt)
UNREAD: set[str] = set()
# pages whose field is still missed (null, never wrong): the reason beside each
MISSED = {
    "de_cuong_bch_doan": "an Đề cương is read as no type (run.admissible names it among documents without one)",
}
CASES = [pytest.param(name, form, marks=[pytest.mark.xfail(strict=True, reason=MISSED[name])] if name in MISSED else [])
         for name, (lines, _) in PAGES.items() if name not in UNREAD for form in _forms(lines)]


@pytest.mark.parametrize("name, form", CASES)
def test_a_sampled_page_reads_right(tmp_path, name, form):
    lines, expected = PAGES[name]
    meta = _process(tmp_path, lines, form).metadata
    wrong = {field: (_got(meta, field), want) for field, want in expected.items() if not _right(_got(meta, field), want)}
    assert not wrong


# --- a title wrapped before a verb of prevention

@pytest.mark.parametrize("form", ["text", "html", "docx"])
@pytest.mark.parametrize("kind", ["CHỈ THỊ", "QUYẾT ĐỊNH", "NGHỊ QUYẾT"])
@pytest.mark.parametrize("last", ["PHÒNG CHỐNG CHÁY RỪNG NĂM 2024", "PHÒNG NGỪA TỘI PHẠM MA TÚY",
                                  "PHÒNG TRÁNH ĐUỐI NƯỚC CHO TRẺ EM"])
def test_a_title_line_of_prevention_is_no_body(tmp_path, form, kind, last):
    """"… TĂNG CƯỜNG CÔNG TÁC" / "PHÒNG CHỐNG CHÁY RỪNG": the second line was read as a Phòng's (a body's kind and a
    name) and the title lost it, a confident wrong title. "CHỐNG", "NGỪA", "TRÁNH" begin no body's name
    (sections.json no_name_after_kind)."""
    lines = ["ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI", "-------", *MOTTO, "Số: 12/CT-UBND", "Lào Cai, ngày 03 tháng 3 năm 2024", kind,
             "VỀ VIỆC TĂNG CƯỜNG CÔNG TÁC", last, "Thời gian qua, tình hình diễn biến phức tạp.",
             "1. Các sở, ngành tăng cường kiểm tra."]
    assert _process(tmp_path, lines, form).metadata.title == f"VỀ VIỆC TĂNG CƯỜNG CÔNG TÁC {last}"


@pytest.mark.parametrize("form", ["text", "html"])
@pytest.mark.parametrize("authority", ["PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "PHÒNG CẢNH SÁT GIAO THÔNG"])
def test_a_phong_named_under_a_title_still_ends_it(tmp_path, form, authority):
    """The other side: a Phòng's line under a decision's title ends it."""
    lines = [authority, "-------", *MOTTO, "Số: 41/QĐ-PGDĐT", "Hà Nội, ngày 02 tháng 4 năm 2024", "QUYẾT ĐỊNH",
             "VỀ VIỆC BAN HÀNH QUY CHẾ LÀM VIỆC", authority, "Căn cứ Luật Tổ chức chính quyền địa phương;", *ARTICLES]
    assert _process(tmp_path, lines, form).metadata.title == "VỀ VIỆC BAN HÀNH QUY CHẾ LÀM VIỆC"


# --- a subject's acronym wrapped alone into a narrow cell

def _tax_letter(subject: str, acronym: str, cells: bool) -> list[str]:
    if cells:  # a site's copy of the header table, each cell's lines and its border
        head = ["TỔNG CỤC THUẾ", "CỤC THUẾ TỈNH NGHỆ AN", "-------", "|", *MOTTO, "|", "Số: 1203/CTNAN-TTHT",
                f"V/v {subject}", acronym, "|", "Nghệ An, ngày 17 tháng 9 năm 2021", "|"]
    else:
        head = ["TỔNG CỤC THUẾ", "CỤC THUẾ TỈNH NGHỆ AN", "-------", *MOTTO, "Số: 1203/CTNAN-TTHT", f"V/v {subject}",
                acronym, "Nghệ An, ngày 17 tháng 9 năm 2021"]
    return [*head, "Kính gửi: Công ty TNHH Hoa Mai", "Trả lời văn bản số 02 của Công ty, Cục Thuế có ý kiến như sau:",
            "- Căn cứ Luật Quản lý thuế."]


@pytest.mark.parametrize("cells", [True, False])
@pytest.mark.parametrize("subject, acronym", [("chính sách thuế", "TNDN"), ("hoàn thuế", "GTGT."),
                                              ("giải quyết", "TTHC"), ("quyết toán thuế", "TNCN")])
def test_a_subject_s_acronym_wrapped_alone_is_the_subject_s(tmp_path, cells, subject, acronym):
    """"V/v chính sách thuế" / "TNDN": the acronym's line in capitals ended the subject, which lost its last word."""
    meta = _process(tmp_path, _tax_letter(subject, acronym, cells), "text").metadata
    assert meta.title == f"{subject} {acronym}"
    assert meta.issuer.name == "CỤC THUẾ TỈNH NGHỆ AN"


def test_a_body_s_abbreviation_under_a_subject_is_not_taken(tmp_path):
    """The other side: a body's abbreviation in capitals ("UBND") is not read as a subject's last word."""
    meta = _process(tmp_path, _tax_letter("kế hoạch giao ban", "UBND", False), "text").metadata
    assert meta.title == "kế hoạch giao ban"


# --- a title under the date line of a page that dropped the type heading

@pytest.mark.parametrize("number, doc_type", [("187/HD-TANDTC", "Hướng dẫn"), ("77/KH-BYT", "Kế hoạch"),
                                              ("15/TB-VPCP", "Thông báo"), ("91/BC-BTC", "Báo cáo")])
@pytest.mark.parametrize("opening", [
    "Để thống nhất cách thức tổ chức, cơ quan hướng dẫn như sau:",
    "Thực hiện chỉ đạo của Thủ tướng Chính phủ, cơ quan thông báo như sau:",
    "I. MỤC ĐÍCH, YÊU CẦU",
])
def test_a_title_under_the_date_without_grounds_after_it(tmp_path, number, doc_type, opening):
    """A site that keeps the header table and drops the type heading ("Số: 187/HD-TANDTC | Hà Nội, ngày …" / "CÔNG TÁC HÒA
    GIẢI …" / "Để thống nhất …") lost the title: it was read only when grounds ("Căn cứ …") followed, which a Hướng dẫn or
    a Kế hoạch does not cite. The type is the symbol's, with the warning missing_doc_type_heading."""
    lines = ["TÒA ÁN NHÂN DÂN TỐI CAO | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |",
             f"Số: {number} | Hà Nội, ngày 07 tháng 8 năm 2019 |", "CÔNG TÁC HÒA GIẢI, ĐỐI THOẠI CÁC VỤ VIỆC DÂN SỰ",
             opening, "1. Về chuẩn bị", "Tòa án phải kiểm tra đường truyền trước ngày xét xử."]
    doc = _process(tmp_path, lines, "text")
    assert (doc.metadata.doc_type, doc.metadata.title) == (doc_type, "CÔNG TÁC HÒA GIẢI, ĐỐI THOẠI CÁC VỤ VIỆC DÂN SỰ")
    assert "missing_doc_type_heading" in {w.code for w in doc.warnings}


def test_a_letter_without_heading_keeps_no_title(tmp_path):
    """The other side: a công văn's body under its date line is no title ("Kính gửi: Thủ tướng Chính phủ." / a
    sentence), and a line of capitals there is not taken either: a công văn has no title but its "V/v"."""
    lines = ["BỘ TÀI CHÍNH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |", "Số: 8457/BTC-ĐT | Hà Nội, ngày 11 tháng 8 năm 2022 |",
             "TÌNH HÌNH GIẢI NGÂN VỐN ĐẦU TƯ CÔNG", "Thực hiện chế độ báo cáo, Bộ Tài chính báo cáo như sau:",
             "I. Kế hoạch vốn"]
    assert _process(tmp_path, lines, "text").metadata.title is None


# --- a date line a narrow cell wrapped a word or two a line

@pytest.mark.parametrize("form", ["text", "html", "docx"])
@pytest.mark.parametrize("pieces, place", [
    (["Hà Nội,", "ngày", "19", "tháng 10 năm 2018"], "Hà Nội"),
    (["Đà Nẵng,", "ngày 19", "tháng 10", "năm 2018"], "Đà Nẵng"),
    (["Cần Thơ, ngày", "19", "tháng 10 năm 2018"], "Cần Thơ"),
    (["TP. Hồ Chí Minh,", "ngày", "19 tháng 10 năm 2018"], "TP. Hồ Chí Minh"),
])
def test_a_date_line_wrapped_a_word_a_line(tmp_path, form, pieces, place):
    """thuviennhadat's narrow date cell ("Hà Nội," / "ngày" / "19" / "tháng 10 năm 2018"): no date and no place were
    read (missing_issue_date). The place and its comma, then pieces of the date only, are one date line."""
    lines = ["BỘ CÔNG AN", "-------", *MOTTO, "Số: 37/2018/TT-BCA", *pieces, "THÔNG TƯ",
             "QUY ĐỊNH VỀ TRANG PHỤC CỦA LỰC LƯỢNG BẢO VỆ MỤC TIÊU", "Căn cứ Luật Công an nhân dân năm 2014;",
             "Điều 1. Phạm vi điều chỉnh"]
    meta = _process(tmp_path, lines, form).metadata
    assert (meta.place, meta.issued_date) == (place, "2018-10-19")


@pytest.mark.parametrize("form", ["text", "html"])
def test_a_place_s_line_with_no_date_after_it_makes_none(tmp_path, form):
    """The other side: a place and its comma over lines that are no pieces of a date make no date."""
    lines = ["BỘ CÔNG AN", "-------", *MOTTO, "Số: 37/2018/TT-BCA", "Hà Nội,", "ngày", "19", "THÔNG TƯ",
             "QUY ĐỊNH VỀ TRANG PHỤC CỦA LỰC LƯỢNG BẢO VỆ MỤC TIÊU", "Căn cứ Luật Công an nhân dân năm 2014;",
             "Điều 1. Phạm vi điều chỉnh"]
    doc = _process(tmp_path, lines, form)
    assert doc.metadata.issued_date is None
    assert "missing_issue_date" in {w.code for w in doc.warnings}


# --- an old heading sentence that opens with the number ("SỐ 31-BTC/TT NGÀY …")

@pytest.mark.parametrize("form", ["text", "html", "docx"])
@pytest.mark.parametrize("kind, sentence, rest", [
    ("THÔNG TƯ", "SỐ 31-BTC/TT NGÀY 16-6-1992 CỦA BỘ TÀI CHÍNH HƯỚNG DẪN CHẾ ĐỘ QUẢN LÝ TÀI CHÍNH ĐỐI VỚI",
     "CÁC CÔNG TY XỔ SỐ KIẾN THIẾT"),
    ("NGHỊ ĐỊNH", "SỐ 194-HĐBT NGÀY 23-10-1987 CỦA HỘI ĐỒNG BỘ TRƯỞNG BAN HÀNH CÁC CHÍNH SÁCH ĐỔI MỚI QUẢN LÝ",
     "VẬT TƯ VÀ HẠCH TOÁN KINH DOANH"),
    ("QUYẾT ĐỊNH", "SỐ 138/TTG NGÀY 11-4-1995 CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ VIỆC THÀNH LẬP BAN CHỈ ĐẠO",
     "PHÒNG CHỐNG THIÊN TAI"),
])
def test_a_heading_sentence_that_opens_with_its_number(tmp_path, form, kind, sentence, rest):
    """An old document's heading sentence opens with its number ("THÔNG TƯ" / "SỐ 31-BTC/TT NGÀY 16-6-1992 CỦA BỘ TÀI
    CHÍNH HƯỚNG DẪN …"): without its marks "SỐ" is "SỞ", a body's kind, and the line was read as the issuing
    authority's: no title (missing_title). A body's name never starts with a number and its symbol."""
    lines = ["BỘ TÀI CHÍNH", "********", *MOTTO, "Số: 31-BTC/TT", "Hà Nội, ngày 16 tháng 6 năm 1992", kind, sentence, rest,
             "Thi hành Nghị định của Hội đồng Bộ trưởng về xổ số kiến thiết,", "I- NHỮNG QUY ĐỊNH CHUNG",
             "1. Các công ty xổ số là đối tượng của văn bản này."]
    assert _process(tmp_path, lines, form).metadata.title == f"{sentence} {rest}"


# --- an old joint number: the bodies' codes before the slash, the type after it

@pytest.mark.parametrize("form", ["text", "html"])
@pytest.mark.parametrize("number", ["05-TANDTC-VKSNDTC/TTLT", "11-BNV-BTC/TTLT", "07-BYT-BLĐTBXH/TTLT"])
@pytest.mark.parametrize("heading", ["THÔNG TƯ LIÊN TỊCH", None])
def test_an_old_joint_number_with_its_codes_before_the_slash(tmp_path, form, number, heading):
    """A joint circular before 2001 numbered "Số: 05-TANDTC-VKSNDTC/TTLT": no number was read (number_unreadable), the
    hyphen after the figures taken only before one code and the slash. The codes joined by hyphens go before the
    slash, and the type is the one after it (a Thông tư liên tịch, not the Công văn a symbol without a type code is)."""
    lines = ["TÒA ÁN NHÂN DÂN TỐI CAO CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
             "VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO Độc lập - Tự do - Hạnh phúc", "****** ********",
             f"Số: {number} Hà Nội, ngày 22 tháng 9 năm 1990", *([heading] if heading else []),
             "VỀ VIỆC PHỐI HỢP GIẢI QUYẾT ĐƠN KHIẾU NẠI",
             "Để thi hành Bộ luật tố tụng hình sự, hai cơ quan hướng dẫn như sau:", "I. VIỆC NHẬN ĐƠN",
             "1. Đơn khiếu nại được chuyển trong ba ngày."]
    doc = _process(tmp_path, lines, form)
    assert (doc.metadata.number, doc.metadata.doc_type) == (number, "Thông tư liên tịch")
    assert "doc_type_mismatch" not in {w.code for w in doc.warnings}
