"""Forms sampled in s43 (a blind round of central bodies' documents and e-signed pages: the Prime Minister's and a
ministry's Công điện, the Government Office's Thông báo kết luận, the National Assembly Standing Committee, the State
Audit Office, the State Bank, the Supreme People's Court and Procuracy, a Tổng cục, a ministry's inspectorate and
department under their ministry, circulars and joint circulars, long central "Nơi nhận" lists, and the text of a
digital signature printed on the page).

What the forms are (our own notes; every fixture below is written for the test, names and numbers made up): searches
of the pages corpus ("THỦ TƯỚNG CHÍNH PHỦ Công điện điện:", "THÔNG BÁO KẾT LUẬN TB-VPCP", "ỦY BAN THƯỜNG VỤ QUỐC HỘI
Nghị quyết", "KIỂM TOÁN NHÀ NƯỚC QĐ-KTNN", "TÒA ÁN NHÂN DÂN TỐI CAO", "THÔNG TƯ LIÊN TỊCH TTLT-BTC-BNV") gave
legal sites' copies: "TÒA ÁN NHÂN DÂN" / "TỐI CAO" on two lines, a joint circular's bodies dashed on one line
("BỘ TÀI CHÍNH - BỘ LAO ĐỘNG - …") or one under the other, "Số: 01-TANDTC-VKSNDTC/TTLT", a Thông báo whose title is
"KẾT LUẬN CỦA THỦ TƯỚNG …" in capitals over two or three lines, "Văn bản hợp nhất … /VBHN-KTNN", a Công điện's
"THỦ TƯỚNG CHÍNH PHỦ điện:" over its addressees, a news report of one naming them on one line parted by semicolons.
Before this round (s43-lead) the pages read right in every field checked but these classes:
  - the State Audit Office's "KT. TỔNG KIỂM TOÁN" / "PHÓ TỔNG KIỂM TOÁN" (its head's post without the office's name,
    as the Government Inspectorate signs) gave no position: positions.csv has the short posts (4 readings);
  - a Công điện's (or a letter's) label with its addressees on its line, parted by semicolons and long as a sentence
    ("THỦ TƯỚNG CHÍNH PHỦ điện: Bộ trưởng các Bộ, …; Chủ tịch Ủy ban nhân dân các tỉnh, …."), gave no addressee: the
    label's line is read part by part (addressees._SEMICOLONS);
  - a digital signature's stamp printed between the issuer's line and its rule, its first line naming who signed
    ("BỘ CÔNG THƯƠNG" / "Ký bởi: …" / "Email: …" / "Thời gian ký: …" / "-------"), made the issuer's line the stamp's
    name and set it aside with the stamp: the issuer lost (or taken from the symbol). A stamp that names who signed
    prints no name over it (clean._in_a_signing_stamp; the same for a line among a stamp's lines before its time);
  - a stamp drawn over a PDF's header (flattened into the page) put its lines between the header's: after a subject's
    lines they went on with the subject ("… tạm nhập tái xuất Ký bởi: Cổng Thông tin điện tử Chính phủ"), beside the
    date line they pushed the motto and the date after the heading (no date of issue, the motto read as the title, a
    confident wrong value), over the issuer they hid the issuer and the number: the header reads without the stamp's
    own lines (metadata._without_header_stamps), and the motto read right after the heading goes back to the header
    with the date line (metadata._header_read_after_the_heading);
  - a stamp's post row ("Người ký: A" / "Cơ quan: …" / "Chức vụ: Cục trưởng" / "Thời gian ký: …") printed between the
    signature's post and its name ended the signature block at "Chức vụ:": the stamp's person became the signer over
    the name printed under it (a confident wrong value, 4 readings). "Chức vụ:" / "Chức danh:" are a stamp's lines
    (boilerplate.json signing_stamp, sections.json signed_marks).
188 readings, 46 of them wrong or short before.
Read right before and kept: the stamp's text never became the signer, the issuer or the date of issue; a date line
whose day is left blank gives no date of issue (the stamp's time is not taken; issue_date_incomplete says so).
Left as read: "THANH TRA BỘ" under its ministry is the issuer as printed, its parent the ministry (no registry body);
a recipient line holding two names parted by a semicolon ("- Công báo; Cổng TTĐT Chính phủ;") is one recipient.
"""

from __future__ import annotations

import pytest

from page_fields import processed, wrong_fields
from pdfmaker import drawn_over, text_pdf, with_signing_stamp
from pipeline.run import process

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
RECIPIENTS = ["Nơi nhận:", "- Như trên;", "- Lưu: VT."]
CENTRAL_RECIPIENTS = ["Nơi nhận:", "- Ban Bí thư Trung ương Đảng;", "- Thủ tướng, các Phó Thủ tướng Chính phủ;",
                      "- Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ;", "- HĐND, UBND các tỉnh, thành phố trực thuộc trung ương;",
                      "- Văn phòng Trung ương và các Ban của Đảng;", "- Văn phòng Quốc hội;", "- Kiểm toán nhà nước;",
                      "- VPCP: BTCN, các PCN, Trợ lý TTg, TGĐ Cổng TTĐT, các Vụ, Cục;", "- Lưu: VT, KGVX (2b)."]


def doc(header, number, date_line, heading, title, authority, body, signature, recipients=RECIPIENTS):
    """A document's lines in one column: the header, the motto, the number and date lines, the heading, the title and
    the authority line under it, the body, the recipients and the signature."""
    return [*header, "-------", *MOTTO, "---------------", f"Số: {number}", date_line, *([heading] if heading else []), *title,
            *([authority] if authority else []), *body, *recipients, *signature]


GROUNDS = ["Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 19 tháng 02 năm 2025;", "QUYẾT ĐỊNH:",
           "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch.", "Điều 2. Quyết định có hiệu lực từ ngày ký./."]
PLAN = ["I. MỤC ĐÍCH, YÊU CẦU", "1. Bảo đảm thực hiện đúng tiến độ.", "II. NHIỆM VỤ", "1. Rà soát, hoàn thiện thể chế."]
TELEGRAM_BODY = ["Thời gian qua, mưa lớn kéo dài đã gây thiệt hại nặng nề về người và tài sản.",
                 "Để chủ động ứng phó, Thủ tướng Chính phủ yêu cầu:", "1. Bộ trưởng các Bộ chỉ đạo triển khai ngay các biện pháp.",
                 "2. Văn phòng Chính phủ theo dõi, đôn đốc./."]

PAGES = {
 "ttg_telegram": (doc(["THỦ TƯỚNG CHÍNH PHỦ"], "25/CĐ-TTg", "Hà Nội, ngày 12 tháng 9 năm 2026", "CÔNG ĐIỆN",
   ["Về việc tập trung khắc phục hậu quả mưa lũ tại các tỉnh miền Trung"], None,
   ["THỦ TƯỚNG CHÍNH PHỦ điện:", "- Bộ trưởng các Bộ: Quốc phòng, Công an, Nông nghiệp và Môi trường;",
    "- Chủ tịch Ủy ban nhân dân các tỉnh: Quảng Trị, Huế, Đà Nẵng.", *TELEGRAM_BODY],
   ["KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", "Trần Hồng Hà"], CENTRAL_RECIPIENTS),
  dict(doc_type="Công điện", number="25/CĐ-TTg", issued_date="2026-09-12", place="Hà Nội", issuer="THỦ TƯỚNG CHÍNH PHỦ",
       agency="viet-nam/thu-tuong-chinh-phu", title=("Về việc tập trung khắc phục hậu quả mưa lũ tại các tỉnh miền Trung",
       "tập trung khắc phục hậu quả mưa lũ tại các tỉnh miền Trung"), signer="Trần Hồng Hà", position="Phó Thủ tướng", authority=["KT."],
       addressees=["Bộ trưởng các Bộ: Quốc phòng, Công an, Nông nghiệp và Môi trường", "Chủ tịch Ủy ban nhân dân các tỉnh: Quảng Trị, Huế, Đà Nẵng"],
       recipients=["Ban Bí thư Trung ương Đảng", "Thủ tướng, các Phó Thủ tướng Chính phủ", "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
                   "HĐND, UBND các tỉnh, thành phố trực thuộc trung ương", "Văn phòng Trung ương và các Ban của Đảng", "Văn phòng Quốc hội",
                   "Kiểm toán nhà nước", "VPCP: BTCN, các PCN, Trợ lý TTg, TGĐ Cổng TTĐT, các Vụ, Cục", "Lưu: VT, KGVX (2b)"])),
 "ttg_telegram_capitals_addressees_on_the_line": (doc(["THỦ TƯỚNG CHÍNH PHỦ"], "118/CĐ-TTg", "Hà Nội, ngày 03 tháng 11 năm 2026", "CÔNG ĐIỆN",
   ["VỀ VIỆC CHỦ ĐỘNG ỨNG PHÓ VỚI BÃO SỐ 12"], None,
   ["THỦ TƯỚNG CHÍNH PHỦ điện: Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang Bộ; Chủ tịch Ủy ban nhân dân các tỉnh, thành phố ven biển.",
    *TELEGRAM_BODY],
   ["THỦ TƯỚNG", "Phạm Minh Chính"], CENTRAL_RECIPIENTS),
  dict(doc_type="Công điện", number="118/CĐ-TTg", issued_date="2026-11-03", issuer="THỦ TƯỚNG CHÍNH PHỦ",
       title=("VỀ VIỆC CHỦ ĐỘNG ỨNG PHÓ VỚI BÃO SỐ 12", "CHỦ ĐỘNG ỨNG PHÓ VỚI BÃO SỐ 12"), signer="Phạm Minh Chính", position="Thủ tướng",
       authority=[], addressees=["Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang Bộ", "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố ven biển"])),
 "ministry_telegram": (doc(["BỘ Y TẾ"], "07/CĐ-BYT", "Hà Nội, ngày 20 tháng 02 năm 2026", "CÔNG ĐIỆN",
   ["Về việc tăng cường phòng, chống dịch cúm A(H5N1)"], None,
   ["BỘ TRƯỞNG BỘ Y TẾ điện:", "- Giám đốc Sở Y tế các tỉnh, thành phố;", "- Thủ trưởng các đơn vị trực thuộc Bộ.",
    "Thời gian qua, dịch cúm gia cầm xuất hiện rải rác tại nhiều địa phương.", "1. Các Sở Y tế giám sát chặt chẽ./."],
   ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Đỗ Xuân Tuyên"]),
  dict(doc_type="Công điện", number="07/CĐ-BYT", issued_date="2026-02-20", issuer="BỘ Y TẾ", agency="viet-nam/bo-y-te",
       title=("Về việc tăng cường phòng, chống dịch cúm A(H5N1)", "tăng cường phòng, chống dịch cúm A(H5N1)"), signer="Đỗ Xuân Tuyên",
       position="Thứ trưởng", authority=["KT."])),
 "vpcp_conclusion_notice_capitals": (doc(["VĂN PHÒNG CHÍNH PHỦ"], "412/TB-VPCP", "Hà Nội, ngày 28 tháng 8 năm 2026", "THÔNG BÁO",
   ["KẾT LUẬN CỦA PHÓ THỦ TƯỚNG CHÍNH PHỦ NGUYỄN CHÍ DŨNG TẠI CUỘC HỌP", "VỀ TÌNH HÌNH TRIỂN KHAI CÁC DỰ ÁN ĐIỆN HẠT NHÂN"], None,
   ["Ngày 20 tháng 8 năm 2026, tại trụ sở Chính phủ, Phó Thủ tướng Chính phủ Nguyễn Chí Dũng đã chủ trì cuộc họp.",
    "Sau khi nghe báo cáo của Bộ Công Thương, Phó Thủ tướng kết luận như sau:", "1. Bộ Công Thương khẩn trương hoàn thiện hồ sơ.",
    "Văn phòng Chính phủ thông báo để các cơ quan biết, thực hiện./."],
   ["TL. THỦ TƯỚNG", "KT. BỘ TRƯỞNG, CHỦ NHIỆM", "PHÓ CHỦ NHIỆM", "Cao Huy"], CENTRAL_RECIPIENTS),
  dict(doc_type="Thông báo", number="412/TB-VPCP", issued_date="2026-08-28", issuer="VĂN PHÒNG CHÍNH PHỦ",
       title="KẾT LUẬN CỦA PHÓ THỦ TƯỚNG CHÍNH PHỦ NGUYỄN CHÍ DŨNG TẠI CUỘC HỌP VỀ TÌNH HÌNH TRIỂN KHAI CÁC DỰ ÁN ĐIỆN HẠT NHÂN",
       signer="Cao Huy", position="Phó Chủ nhiệm", authority=["TL.", "KT."])),
 "vpcp_conclusion_notice_opinion": (doc(["VĂN PHÒNG CHÍNH PHỦ"], "98/TB-VPCP", "Hà Nội, ngày 10 tháng 3 năm 2026", "THÔNG BÁO",
   ["Ý kiến kết luận của Thủ tướng Chính phủ Phạm Minh Chính", "tại buổi làm việc với lãnh đạo tỉnh Gia Lai"], None,
   ["Ngày 01 tháng 3 năm 2026, Thủ tướng Chính phủ đã làm việc với lãnh đạo tỉnh Gia Lai.", "I. ĐÁNH GIÁ CHUNG",
    "1. Tỉnh đã đạt nhiều kết quả quan trọng.", "Văn phòng Chính phủ thông báo để các cơ quan liên quan biết, thực hiện./."],
   ["KT. BỘ TRƯỞNG, CHỦ NHIỆM", "PHÓ CHỦ NHIỆM", "Nguyễn Sỹ Hiệp"], CENTRAL_RECIPIENTS),
  dict(doc_type="Thông báo", number="98/TB-VPCP", issued_date="2026-03-10", issuer="VĂN PHÒNG CHÍNH PHỦ",
       title="Ý kiến kết luận của Thủ tướng Chính phủ Phạm Minh Chính tại buổi làm việc với lãnh đạo tỉnh Gia Lai",
       signer="Nguyễn Sỹ Hiệp", position="Phó Chủ nhiệm", authority=["KT."])),
 "ubtvqh_resolution": (doc(["ỦY BAN THƯỜNG VỤ", "QUỐC HỘI"], "1532/NQ-UBTVQH15", "Hà Nội, ngày 18 tháng 3 năm 2026", "NGHỊ QUYẾT",
   ["Về Chương trình giám sát của Ủy ban Thường vụ Quốc hội năm 2027"], "ỦY BAN THƯỜNG VỤ QUỐC HỘI",
   ["Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;", "Căn cứ Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân số 87/2015/QH13;",
    "QUYẾT NGHỊ:", "Điều 1. Ban hành Chương trình giám sát năm 2027.", "Điều 2. Nghị quyết này có hiệu lực từ ngày ký./."],
   ["TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI", "CHỦ TỊCH", "Trần Thanh Mẫn"]),
  dict(doc_type="Nghị quyết", number="1532/NQ-UBTVQH15", issued_date="2026-03-18", place="Hà Nội", issuer="ỦY BAN THƯỜNG VỤ QUỐC HỘI",
       agency="viet-nam/uy-ban-thuong-vu-quoc-hoi", title="Về Chương trình giám sát của Ủy ban Thường vụ Quốc hội năm 2027",
       signer="Trần Thanh Mẫn", position="Chủ tịch", authority=["TM."])),
 "ubtvqh_resolution_vice_chair": (doc(["ỦY BAN THƯỜNG VỤ QUỐC HỘI"], "45/2026/UBTVQH15", "Hà Nội, ngày 09 tháng 4 năm 2026", "NGHỊ QUYẾT",
   ["Quy định chi tiết một số điều của Luật Tổ chức chính quyền địa phương"], "ỦY BAN THƯỜNG VỤ QUỐC HỘI",
   ["Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;", "QUYẾT NGHỊ:", "Điều 1. Phạm vi điều chỉnh."],
   ["TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Khắc Định"]),
  dict(doc_type="Nghị quyết", number="45/2026/UBTVQH15", issued_date="2026-04-09", issuer="ỦY BAN THƯỜNG VỤ QUỐC HỘI",
       signer="Nguyễn Khắc Định", position="Phó Chủ tịch", authority=["TM.", "KT."])),
 "ktnn_decision": (doc(["KIỂM TOÁN NHÀ NƯỚC"], "1820/QĐ-KTNN", "Hà Nội, ngày 25 tháng 12 năm 2025", "QUYẾT ĐỊNH",
   ["Về việc ban hành Kế hoạch kiểm toán năm 2026"], "TỔNG KIỂM TOÁN NHÀ NƯỚC", GROUNDS,
   ["KT. TỔNG KIỂM TOÁN", "PHÓ TỔNG KIỂM TOÁN", "Đoàn Xuân Tiên"]),
  dict(doc_type="Quyết định", number="1820/QĐ-KTNN", issued_date="2025-12-25", issuer="KIỂM TOÁN NHÀ NƯỚC",
       agency="viet-nam/kiem-toan-nha-nuoc", title=("Về việc ban hành Kế hoạch kiểm toán năm 2026", "ban hành Kế hoạch kiểm toán năm 2026"),
       signer="Đoàn Xuân Tiên", position="Phó Tổng Kiểm toán", authority=["KT."])),
 "ktnn_head": (doc(["KIỂM TOÁN NHÀ NƯỚC"], "77/KH-KTNN", "Hà Nội, ngày 15 tháng 01 năm 2026", "KẾ HOẠCH",
   ["Thực hiện công tác phòng, chống tham nhũng năm 2026"], None, PLAN, ["TỔNG KIỂM TOÁN NHÀ NƯỚC", "Ngô Văn Tuấn"]),
  dict(doc_type="Kế hoạch", number="77/KH-KTNN", issuer="KIỂM TOÁN NHÀ NƯỚC", signer="Ngô Văn Tuấn",
       position=("Tổng Kiểm toán nhà nước", "Tổng Kiểm toán Nhà nước"), authority=[])),
 "ktnn_region_under_it": (doc(["KIỂM TOÁN NHÀ NƯỚC", "KIỂM TOÁN NHÀ NƯỚC KHU VỰC IV"], "215/KH-KV IV", "Đà Nẵng, ngày 06 tháng 3 năm 2026",
   "KẾ HOẠCH", ["Tổ chức kiểm toán ngân sách địa phương năm 2025"], None, PLAN,
   ["KT. KIỂM TOÁN TRƯỞNG", "PHÓ KIỂM TOÁN TRƯỞNG", "Lê Văn Hùng"]),
  dict(number=("215/KH-KV IV", "215/KH-KVIV"), issued_date="2026-03-06", place="Đà Nẵng", issuer="KIỂM TOÁN NHÀ NƯỚC KHU VỰC IV", signer="Lê Văn Hùng",
       position="Phó Kiểm toán trưởng", authority=["KT."])),
 "supreme_court_on_two_lines": (doc(["TÒA ÁN NHÂN DÂN", "TỐI CAO"], "312/KH-TANDTC", "Hà Nội, ngày 14 tháng 5 năm 2026", "KẾ HOẠCH",
   ["Triển khai thi hành Luật Tổ chức Tòa án nhân dân"], None, PLAN, ["KT. CHÁNH ÁN", "PHÓ CHÁNH ÁN", "Nguyễn Văn Tiến"]),
  dict(doc_type="Kế hoạch", number="312/KH-TANDTC", issued_date="2026-05-14", place="Hà Nội", issuer="TÒA ÁN NHÂN DÂN TỐI CAO",
       agency="viet-nam/toa-an-nhan-dan-toi-cao", signer="Nguyễn Văn Tiến", position="Phó Chánh án", authority=["KT."])),
 "supreme_procuracy_on_two_lines": (doc(["VIỆN KIỂM SÁT NHÂN DÂN", "TỐI CAO"], "08/KH-VKSTC", "Hà Nội, ngày 22 tháng 01 năm 2026", "KẾ HOẠCH",
   ["Công tác kiểm sát năm 2026"], None, PLAN, ["VIỆN TRƯỞNG", "Nguyễn Huy Tiến"]),
  dict(number="08/KH-VKSTC", issued_date="2026-01-22", issuer="VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO", agency="viet-nam/vien-kiem-sat-nhan-dan-toi-cao",
       signer="Nguyễn Huy Tiến", position="Viện trưởng", authority=[])),
 "tong_cuc_under_ministry": (doc(["BỘ CÔNG AN", "TỔNG CỤC HẬU CẦN"], "1450/KH-H01", "Hà Nội, ngày 02 tháng 6 năm 2026", "KẾ HOẠCH",
   ["Bảo đảm hậu cần năm 2026"], None, PLAN, ["KT. TỔNG CỤC TRƯỞNG", "PHÓ TỔNG CỤC TRƯỞNG", "Thiếu tướng Trần Văn Sơn"]),
  dict(number="1450/KH-H01", issued_date="2026-06-02", issuer="TỔNG CỤC HẬU CẦN", signer="Trần Văn Sơn", position="Phó Tổng cục trưởng",
       authority=["KT."])),
 "tong_cuc_tl": (doc(["BỘ TÀI CHÍNH", "TỔNG CỤC DỰ TRỮ NHÀ NƯỚC"], "612/QĐ-TCDT", "Hà Nội, ngày 11 tháng 7 năm 2025", "QUYẾT ĐỊNH",
   ["Ban hành Kế hoạch kiểm tra năm 2025"], "TỔNG CỤC TRƯỞNG TỔNG CỤC DỰ TRỮ NHÀ NƯỚC", GROUNDS,
   ["TỔNG CỤC TRƯỞNG", "Đỗ Việt Đức"]),
  dict(doc_type="Quyết định", number="612/QĐ-TCDT", issuer="TỔNG CỤC DỰ TRỮ NHÀ NƯỚC", title="Ban hành Kế hoạch kiểm tra năm 2025",
       signer="Đỗ Việt Đức", position="Tổng cục trưởng", authority=[])),
 "ministry_inspectorate": (doc(["BỘ XÂY DỰNG", "THANH TRA BỘ"], "45/KH-TTr", "Hà Nội, ngày 09 tháng 02 năm 2026", "KẾ HOẠCH",
   ["Thanh tra chuyên ngành xây dựng năm 2026"], None, PLAN, ["KT. CHÁNH THANH TRA", "PHÓ CHÁNH THANH TRA", "Nguyễn Văn Quang"]),
  dict(number="45/KH-TTr", issued_date="2026-02-09", issuer="THANH TRA BỘ", signer="Nguyễn Văn Quang",
       position="Phó Chánh Thanh tra", authority=["KT."])),
 "department_of_a_ministry": (doc(["BỘ NỘI VỤ", "VỤ TỔ CHỨC CÁN BỘ"], "88/KH-TCCB", "Hà Nội, ngày 04 tháng 3 năm 2026", "KẾ HOẠCH",
   ["Bồi dưỡng công chức năm 2026"], None, PLAN, ["VỤ TRƯỞNG", "Lê Thị Hằng"]),
  dict(number="88/KH-TCCB", issued_date="2026-03-04", issuer="VỤ TỔ CHỨC CÁN BỘ", signer="Lê Thị Hằng", position="Vụ trưởng")),
 "circular_btc": (doc(["BỘ TÀI CHÍNH"], "56/2025/TT-BTC", "Hà Nội, ngày 25 tháng 6 năm 2025", "THÔNG TƯ",
   ["Quy định quản lý và sử dụng kinh phí thực hiện Chương trình mục tiêu quốc gia"], None,
   ["Căn cứ Luật Ngân sách nhà nước ngày 19 tháng 6 năm 2025;", "Theo đề nghị của Vụ trưởng Vụ Ngân sách nhà nước;",
    "Bộ trưởng Bộ Tài chính ban hành Thông tư quy định quản lý và sử dụng kinh phí.", "Điều 1. Phạm vi điều chỉnh"],
   ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Bùi Văn Khắng"],
   ["Nơi nhận:", "- Văn phòng Trung ương và các Ban của Đảng;", "- Văn phòng Tổng Bí thư;", "- Viện Kiểm sát nhân dân tối cao;",
    "- Tòa án nhân dân tối cao;", "- Kiểm toán nhà nước;", "- Cục Kiểm tra văn bản QPPL (Bộ Tư pháp);", "- Công báo; Cổng TTĐT Chính phủ;",
    "- Lưu: VT, NSNN (250b)."]),
  dict(doc_type="Thông tư", number="56/2025/TT-BTC", issued_date="2025-06-25", issuer="BỘ TÀI CHÍNH", agency="viet-nam/bo-tai-chinh",
       title="Quy định quản lý và sử dụng kinh phí thực hiện Chương trình mục tiêu quốc gia", signer="Bùi Văn Khắng",
       position="Thứ trưởng", authority=["KT."])),
 "joint_circular_two_ministries": (["BỘ TÀI CHÍNH - BỘ NỘI VỤ", "-------", *MOTTO, "---------------", "Số: 12/2026/TTLT-BTC-BNV",
   "Hà Nội, ngày 30 tháng 3 năm 2026", "THÔNG TƯ LIÊN TỊCH", "Hướng dẫn chế độ phụ cấp đối với công chức cấp xã",
   "Căn cứ Nghị định số 29/2025/NĐ-CP;", "Bộ trưởng Bộ Tài chính, Bộ trưởng Bộ Nội vụ ban hành Thông tư liên tịch.",
   "Điều 1. Phạm vi điều chỉnh", *RECIPIENTS, "KT. BỘ TRƯỞNG BỘ NỘI VỤ", "THỨ TRƯỞNG", "Trương Hải Long",
   "KT. BỘ TRƯỞNG BỘ TÀI CHÍNH", "THỨ TRƯỞNG", "Cao Anh Tuấn"],
  dict(doc_type="Thông tư liên tịch", number="12/2026/TTLT-BTC-BNV", issued_date="2026-03-30", joint=2,
       title="Hướng dẫn chế độ phụ cấp đối với công chức cấp xã")),
 "bnv_report": (doc(["BỘ NỘI VỤ"], "512/BC-BNV", "Hà Nội, ngày 05 tháng 10 năm 2026", "BÁO CÁO",
   ["Tình hình thực hiện sắp xếp đơn vị hành chính cấp xã năm 2026"], None,
   ["Kính gửi: Thủ tướng Chính phủ.", "Thực hiện chỉ đạo của Thủ tướng Chính phủ, Bộ Nội vụ báo cáo như sau:", "I. KẾT QUẢ ĐẠT ĐƯỢC",
    "1. Công tác chỉ đạo."],
   ["BỘ TRƯỞNG", "Đỗ Thanh Bình"]),
  dict(doc_type="Báo cáo", number="512/BC-BNV", issued_date="2026-10-05", issuer="BỘ NỘI VỤ",
       title="Tình hình thực hiện sắp xếp đơn vị hành chính cấp xã năm 2026", signer="Đỗ Thanh Bình", position="Bộ trưởng", authority=[],
       addressees=["Thủ tướng Chính phủ"])),
 "state_bank_tl_department": (doc(["NGÂN HÀNG NHÀ NƯỚC", "VIỆT NAM"], "4120/NHNN-TD", "Hà Nội, ngày 16 tháng 6 năm 2026", None,
   ["V/v triển khai chương trình tín dụng nhà ở xã hội"], None,
   ["Kính gửi: Các ngân hàng thương mại.", "Ngân hàng Nhà nước đề nghị các ngân hàng thực hiện:", "1. Rà soát nhu cầu vốn."],
   ["TL. THỐNG ĐỐC", "VỤ TRƯỞNG VỤ TÍN DỤNG CÁC NGÀNH KINH TẾ", "Hà Thu Giang"]),
  dict(number="4120/NHNN-TD", issued_date="2026-06-16", issuer="NGÂN HÀNG NHÀ NƯỚC VIỆT NAM", signer="Hà Thu Giang", authority=["TL."],
       title="triển khai chương trình tín dụng nhà ở xã hội")),
 "ttg_decision_tl_department": (doc(["THỦ TƯỚNG CHÍNH PHỦ"], "2045/TTg-QHĐP", "Hà Nội, ngày 21 tháng 7 năm 2026", None,
   ["V/v thực hiện kết luận của Bộ Chính trị"], None,
   ["Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương.", "Thủ tướng Chính phủ yêu cầu:", "1. Rà soát."],
   ["TL. THỦ TƯỚNG", "VỤ TRƯỞNG VỤ QUAN HỆ ĐỊA PHƯƠNG", "Phạm Văn Hải"]),
  dict(number="2045/TTg-QHĐP", issuer="THỦ TƯỚNG CHÍNH PHỦ", signer="Phạm Văn Hải", authority=["TL."])),
 "cuc_q_head": (doc(["BỘ KHOA HỌC VÀ CÔNG NGHỆ", "CỤC BƯU ĐIỆN TRUNG ƯƠNG"], "501/KH-BĐTW", "Hà Nội, ngày 08 tháng 5 năm 2026", "KẾ HOẠCH",
   ["Bảo đảm thông tin liên lạc phục vụ kỳ họp Quốc hội"], None, PLAN, ["Q. CỤC TRƯỞNG", "Lê Minh Tuấn"]),
  dict(number="501/KH-BĐTW", issuer="CỤC BƯU ĐIỆN TRUNG ƯƠNG", signer="Lê Minh Tuấn", position="Cục trưởng", authority=["Q."])),
 "government_decree_tm_kt": (doc(["CHÍNH PHỦ"], "45/2026/NĐ-CP", "Hà Nội, ngày 10 tháng 02 năm 2026", "NGHỊ ĐỊNH",
   ["Quy định về quản lý đầu tư ứng dụng công nghệ thông tin"], None,
   ["Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;", "Theo đề nghị của Bộ trưởng Bộ Khoa học và Công nghệ;",
    "Chính phủ ban hành Nghị định quy định về quản lý đầu tư ứng dụng công nghệ thông tin.", "Điều 1. Phạm vi điều chỉnh"],
   ["TM. CHÍNH PHỦ", "KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", "Nguyễn Chí Dũng"], CENTRAL_RECIPIENTS),
  dict(doc_type="Nghị định", number="45/2026/NĐ-CP", issued_date="2026-02-10", issuer="CHÍNH PHỦ", signer="Nguyễn Chí Dũng",
       position="Phó Thủ tướng", authority=["TM.", "KT."])),
}


def wrong(meta, expected: dict) -> dict:
    """wrong_fields, and the addressees' names as printed, in order."""
    addressees = expected.get("addressees")
    found = wrong_fields(meta, {k: v for k, v in expected.items() if k != "addressees"})
    if addressees is not None and [a.name for a in meta.addressees] != addressees:
        found["addressees"] = ([a.name for a in meta.addressees], addressees)
    return found


@pytest.mark.parametrize("form", ["text", "html", "docx", "pdf"])
@pytest.mark.parametrize("name", sorted(PAGES))
def test_a_central_page_reads_right(tmp_path, name, form):
    lines, expected = PAGES[name]
    assert wrong(processed(tmp_path, lines, form).metadata, expected) == {}


# --- a label with its addressees on its own line, parted by semicolons, long as a sentence

ONE_LINE = {
 "ttg_telegram": (["THỦ TƯỚNG CHÍNH PHỦ"], "40/CĐ-TTg", "CÔNG ĐIỆN", ["Về việc chủ động ứng phó với bão số 5"],
   "THỦ TƯỚNG CHÍNH PHỦ điện: Bộ trưởng các Bộ: Quốc phòng, Công an, Nông nghiệp và Môi trường; Chủ tịch Ủy ban nhân dân các tỉnh, "
   "thành phố từ Quảng Ninh đến Thanh Hóa.",
   ["Bộ trưởng các Bộ: Quốc phòng, Công an, Nông nghiệp và Môi trường", "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố từ Quảng Ninh đến Thanh Hóa"]),
 "ministry_telegram": (["BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"], "12/CĐ-BNNMT", "CÔNG ĐIỆN", ["Về việc phòng, chống rét đậm, rét hại cho cây trồng, vật nuôi"],
   "BỘ TRƯỞNG BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG điện: Chủ tịch Ủy ban nhân dân các tỉnh trung du và miền núi phía Bắc; Giám đốc Sở Nông nghiệp "
   "và Môi trường các tỉnh.",
   ["Chủ tịch Ủy ban nhân dân các tỉnh trung du và miền núi phía Bắc", "Giám đốc Sở Nông nghiệp và Môi trường các tỉnh"]),
 "committee_telegram": (["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ"], "03/CĐ-UBND", "CÔNG ĐIỆN", ["Về việc khẩn trương ứng phó với lũ quét, sạt lở đất"],
   "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện: Giám đốc các Sở: Nông nghiệp và Môi trường, Xây dựng, Y tế; Chủ tịch Ủy ban nhân dân các xã, "
   "phường miền núi của tỉnh.",
   ["Giám đốc các Sở: Nông nghiệp và Môi trường, Xây dựng, Y tế", "Chủ tịch Ủy ban nhân dân các xã, phường miền núi của tỉnh"]),
 "letter_kinh_gui": (["BỘ TÀI CHÍNH"], "4120/BTC-NSNN", None, ["V/v hướng dẫn thực hiện dự toán ngân sách nhà nước năm 2027"],
   "Kính gửi: Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ, cơ quan khác ở Trung ương; Ủy ban nhân dân các tỉnh, thành phố trực "
   "thuộc Trung ương.",
   ["Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ, cơ quan khác ở Trung ương", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]),
}


@pytest.mark.parametrize("form", ["text", "html", "docx", "pdf"])
@pytest.mark.parametrize("name", sorted(ONE_LINE))
def test_a_label_s_line_of_addressees_parted_by_semicolons(tmp_path, name, form):
    header, number, heading, title, label, addressees = ONE_LINE[name]
    lines = doc(header, number, "Hà Nội, ngày 20 tháng 7 năm 2026", heading, title, None,
                [label, "Thời gian qua, tình hình diễn biến phức tạp.", "1. Các cơ quan chủ động triển khai./."],
                ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Nguyễn Văn Bình"])
    got = [a.name for a in processed(tmp_path, lines, form).metadata.addressees]
    assert got == addressees


# --- a digital signature's details printed on the page: never the signer, the issuer or the date of issue

STAMP_OF_A_BODY = ["Ký bởi: Bộ Công Thương", "Email: bct@moit.gov.vn", "Cơ quan: Bộ Công Thương", "Thời gian ký: 12.03.2026 09:15:22 +07:00"]
STAMP_OF_A_PERSON = ["Người ký: Đặng Văn Quý", "Cơ quan: Cục Điều tiết điện lực", "Chức vụ: Cục trưởng",
                     "Thời gian ký: 12.03.2026 09:15:22 +07:00"]
ISSUER = ["BỘ CÔNG THƯƠNG", "CỤC ĐIỀU TIẾT ĐIỆN LỰC"]
REST_OF_HEADER = ["-------", *MOTTO, "---------------", "Số: 145/KH-ĐTĐL"]
DATE_LINE = "Hà Nội, ngày 10 tháng 3 năm 2026"
PLAN_TITLE = ["KẾ HOẠCH", "Kiểm tra hoạt động điện lực năm 2026"]
CLOSE = [*PLAN, *RECIPIENTS, "TL. BỘ TRƯỞNG", "KT. CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG", "Nguyễn Thế Hữu"]
RIGHT = dict(number="145/KH-ĐTĐL", issued_date="2026-03-10", place="Hà Nội", issuer="CỤC ĐIỀU TIẾT ĐIỆN LỰC",
             title="Kiểm tra hoạt động điện lực năm 2026", signer="Nguyễn Thế Hữu", position="Phó Cục trưởng", authority=["TL.", "KT."])

PRINTED = {
 "over_the_header": ([*STAMP_OF_A_BODY, *ISSUER, *REST_OF_HEADER, DATE_LINE, *PLAN_TITLE, *CLOSE], RIGHT),
 "a_person_s_over_the_header": ([*STAMP_OF_A_PERSON, *ISSUER, *REST_OF_HEADER, DATE_LINE, *PLAN_TITLE, *CLOSE], RIGHT),
 "under_the_issuer_s_first_line": ([ISSUER[0], *STAMP_OF_A_BODY, ISSUER[1], *REST_OF_HEADER, DATE_LINE, *PLAN_TITLE, *CLOSE], RIGHT),
 "under_the_issuer": ([*ISSUER, *STAMP_OF_A_BODY, *REST_OF_HEADER, DATE_LINE, *PLAN_TITLE, *CLOSE], RIGHT),
 "a_person_s_under_the_issuer": ([*ISSUER, *STAMP_OF_A_PERSON, *REST_OF_HEADER, DATE_LINE, *PLAN_TITLE, *CLOSE], RIGHT),
 "under_the_date_line": ([*ISSUER, *REST_OF_HEADER, DATE_LINE, *STAMP_OF_A_PERSON, *PLAN_TITLE, *CLOSE], RIGHT),
 "after_the_name": ([*ISSUER, *REST_OF_HEADER, DATE_LINE, *PLAN_TITLE, *CLOSE, *STAMP_OF_A_PERSON], RIGHT),
 "between_the_post_and_the_name": ([*ISSUER, *REST_OF_HEADER, DATE_LINE, *PLAN_TITLE, *CLOSE[:-1], *STAMP_OF_A_PERSON, CLOSE[-1]], RIGHT),
 # the day left blank, the stamp's time printed: no date of issue (the month and year are the date line's)
 "the_day_left_blank": ([*ISSUER, *REST_OF_HEADER, "Hà Nội, ngày      tháng 3 năm 2026", *PLAN_TITLE, *CLOSE, *STAMP_OF_A_BODY],
   {**RIGHT, "issued_date": None}),
 "the_day_and_month_left_blank": ([*STAMP_OF_A_PERSON, *ISSUER, *REST_OF_HEADER, "Hà Nội, ngày      tháng      năm 2026", *PLAN_TITLE, *CLOSE],
   {**RIGHT, "issued_date": None}),
}


@pytest.mark.parametrize("form", ["text", "html", "docx", "pdf"])
@pytest.mark.parametrize("name", sorted(PRINTED))
def test_a_signature_s_details_printed_on_the_page_are_none_of_the_fields(tmp_path, name, form):
    lines, expected = PRINTED[name]
    doc_ = processed(tmp_path, lines, form)
    meta = doc_.metadata
    assert wrong(meta, expected) == {}
    # the issuer as the header prints it, not the symbol's body nor the stamp's
    assert (meta.issuer.name, meta.issuer.parent) == ("CỤC ĐIỀU TIẾT ĐIỆN LỰC", "BỘ CÔNG THƯƠNG")
    if expected["issued_date"] is None:
        assert meta.issued_date_partial in ("2026-03", "2026")
        assert "issue_date_incomplete" in {w.code for w in doc_.warnings}


# --- a stamp drawn over a PDF's two header columns (flattened into the page, or a signature widget's appearance)

STAMPS = {"body": ["Ký bởi: Cổng Thông tin điện tử Chính phủ", "Email: thongtinchinhphu@chinhphu.vn", "Cơ quan: Văn phòng Chính phủ",
                   "Thời gian ký: 14.05.2026 17:20:31 +07:00"],
          "person": ["Người ký: Lê Văn Toàn", "Cơ quan: Cục Hải quan", "Chức vụ: Phó Cục trưởng", "Thời gian ký: 14.05.2026 17:20:31 +07:00"]}
# where the stamp's top left falls: over the motto, over the issuer, beside the date line, over the number, by the signature
PLACES = {"over_the_motto": (420, 20), "over_the_issuer": (40, 20), "beside_the_date": (420, 110), "over_the_number": (40, 44),
          "by_the_signature": (330, 560)}
TWO_COLUMNS = {
 "ttg_telegram": ((["THỦ TƯỚNG CHÍNH PHỦ", "-------", "Số: 40/CĐ-TTg"], [*MOTTO, "---------------", "Hà Nội, ngày 14 tháng 5 năm 2026"],
   ["CÔNG ĐIỆN", "Về việc tăng cường công tác phòng cháy, chữa cháy", "THỦ TƯỚNG CHÍNH PHỦ điện:", "- Bộ trưởng Bộ Công an;",
    "- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố.", "Thời gian qua, nhiều vụ cháy lớn đã xảy ra.", "1. Bộ Công an chỉ đạo./."],
   ["KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", "Trần Hồng Hà"]),
  dict(doc_type="Công điện", number="40/CĐ-TTg", issued_date="2026-05-14", issuer="THỦ TƯỚNG CHÍNH PHỦ",
       title="Về việc tăng cường công tác phòng cháy, chữa cháy", signer="Trần Hồng Hà", position="Phó Thủ tướng",
       addressees=["Bộ trưởng Bộ Công an", "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố"])),
 "cuc_letter": ((["BỘ TÀI CHÍNH", "CỤC HẢI QUAN", "-------", "Số: 3307/CHQ-GSQL", "V/v thủ tục hải quan đối với hàng hóa", "tạm nhập tái xuất"],
   [*MOTTO, "---------------", "Hà Nội, ngày 14 tháng 5 năm 2026"],
   ["Kính gửi: Chi cục Hải quan khu vực II.", "Cục Hải quan có ý kiến như sau:", "1. Thực hiện theo quy định hiện hành."],
   ["TL. BỘ TRƯỞNG", "KT. CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG", "Lê Văn Toàn"]),
  dict(number="3307/CHQ-GSQL", issued_date="2026-05-14", issuer="CỤC HẢI QUAN", title="thủ tục hải quan đối với hàng hóa tạm nhập tái xuất",
       signer="Lê Văn Toàn", position="Phó Cục trưởng", authority=["TL.", "KT."], addressees=["Chi cục Hải quan khu vực II"])),
}


def two_columns(left: list[str], right: list[str], body: list[str], signature: list[str]) -> bytes:
    rows = [(50.0, 60 + 16 * i, t) for i, t in enumerate(left)] + [(300.0, 60 + 16 * i, t) for i, t in enumerate(right)]
    top = 60 + 16 * max(len(left), len(right)) + 20
    rows += [(60.0, top + 16 * i, t) for i, t in enumerate(body)]
    top += 16 * len(body) + 20
    rows += [(330.0, top + 16 * i, t) for i, t in enumerate(signature)] + [(50.0, top + 16 * i, t) for i, t in enumerate(RECIPIENTS)]
    return text_pdf([rows], size=12.0)


@pytest.mark.parametrize("how", ["drawn", "widget"])
@pytest.mark.parametrize("stamp", sorted(STAMPS))
@pytest.mark.parametrize("place", sorted(PLACES))
@pytest.mark.parametrize("name", sorted(TWO_COLUMNS))
def test_a_stamp_drawn_over_a_pdf_s_header_is_no_part_of_it(tmp_path, name, place, stamp, how):
    columns, expected = TWO_COLUMNS[name]
    data = two_columns(*columns)
    data = (drawn_over if how == "drawn" else with_signing_stamp)(data, PLACES[place], STAMPS[stamp])
    path = tmp_path / "signed.pdf"
    path.write_bytes(data)
    assert wrong(process(path).metadata, expected) == {}
