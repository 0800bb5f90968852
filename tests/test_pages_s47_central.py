"""A blind round (s47) on central bodies' documents, e-signed PDFs and text layers whose glyphs map wrong.

What the forms are (our own notes; every fixture below is written for the test, names and numbers made up): searches
of the pages corpus ("TL. BỘ TRƯỞNG", "KT. THỦ TƯỚNG", "Ký bởi", "Thời gian ký", "Q. CỤC TRƯỞNG", "THÔNG TƯ LIÊN
TỊCH") gave central bodies' plans, decisions and letters as legal sites copy them: a ministry's department or general
department under it on two or three lines, a Ban Chỉ đạo whose head signs by his main office printed under the
signature, TL. / KT. / Q. chains of three lines, inter-ministry circulars signed by two or three ministers side by
side, the Supreme People's Court's Council of Judges, the State Audit's regional office. E-signed PDFs: the signing
program draws the number and the day over blanks left in the text, its stamp ("Người ký: …", "Cơ quan: …", "Thời gian
ký: dd.mm.yyyy hh:mm:ss +07:00") by the signature, a second stamp of the office that publishes the copy, a gazette's
stamp in a corner.
CENTRAL is read as text and HTML; VARIANTS as DOCX and PDF too; ESIGNED and LAYERS are PDFs; RULED in every form.
Wrong before this round (s47-lead):
- a rule of the header's other column run onto the number's line ("Số: 1245/QĐ-BNV ______") was read into the number
  ("1245/QĐ-BNV______", a confident wrong value) or made it unreadable (dashes, box-drawing lines); a rule between the
  number and the date ("Số: … ------- Hà Nội, ngày …", "…______Hà Nội , ngày …") gave "1245/QĐ-BNV-------Hà" or none,
  and the place "Nội" or none;
- a gazette's or a received stamp's day copied between the header's lines ("CÔNG BÁO" / "Số 1457 + 1458" / "Ngày
  25/12/2025") was the date of issue, over the document's own date line or its blank day;
- a department wrapped before "VIÊN CHỨC" (a Viện once the marks are gone), "BỔ TRỢ" (a Bộ) or "PHÒNG CHÁY, CHỮA
  CHÁY" (a Phòng) was cut into a body under a body; "QUỐC HỘI" / "HỘI ĐỒNG DÂN TỘC" was one name.
Read right before and kept: the TL. / KT. / Q. / TUQ. chains, a Ban Chỉ đạo's head with his office under the signature,
a Cục or Tổng cục on two or three lines, the courts, the procuracy, the State Audit's regional office, three ministers
side by side; widgets drawing the number and the day (raised, small, with "Số:"), the signer's stamp beside any line,
the office's and a gazette's stamps; layers with look-alike letters, without marks, or in Latin-1 mojibake.
"""

from __future__ import annotations

import unicodedata

import pytest

from page_fields import cases_with_variants, processed, wrong_or_apart
from pdfmaker import SERIF, text_pdf, with_font_map_reading, with_signing_widgets
from pipeline.text import strip_marks
from pipeline.run import process
from test_forms import char_box
from test_pages_s43_central import MOTTO, doc

PLAN = ["I. MỤC ĐÍCH, YÊU CẦU", "1. Bảo đảm thực hiện đúng tiến độ.", "II. NHIỆM VỤ", "1. Rà soát, hoàn thiện thể chế."]
HN = "Hà Nội, ngày 09 tháng 4 năm 2026"
DECISION = ["Căn cứ Nghị định số 25/2025/NĐ-CP;", "QUYẾT ĐỊNH:", "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch.",
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./."]


def plan(header, number, signature, date_line=HN, title=("Triển khai Chiến lược dữ liệu quốc gia năm 2026",)):
    return doc(header, number, date_line, "KẾ HOẠCH", list(title), None, PLAN, signature)


def decision(header, number, signature, authority, title=("Ban hành Kế hoạch chuyển đổi số năm 2026",), date_line=HN):
    return doc(header, number, date_line, "QUYẾT ĐỊNH", list(title), authority, DECISION, signature)


# name: (lines, expected); "parent" is the issuer's parent (checked apart, as stored)
CENTRAL = {
 # --- a ministry's department or general department under it, on two or three lines
 "tl_kt_deputy_head_of_department": (plan(["BỘ CÔNG THƯƠNG", "CỤC XUẤT NHẬP KHẨU"], "41/KH-XNK",
   ["TL. BỘ TRƯỞNG", "KT. CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG", "Trần Văn Khôi"]),
  dict(number="41/KH-XNK", issued_date="2026-04-09", place="Hà Nội", issuer="CỤC XUẤT NHẬP KHẨU", parent="BỘ CÔNG THƯƠNG",
       signer="Trần Văn Khôi", position="Phó Cục trưởng", authority=["TL.", "KT."])),
 "acting_head_of_department": (plan(["BỘ Y TẾ", "CỤC QUẢN LÝ DƯỢC"], "77/KH-QLD", ["Q. CỤC TRƯỞNG", "Lê Quang Thành"]),
  dict(issuer="CỤC QUẢN LÝ DƯỢC", parent="BỘ Y TẾ", signer="Lê Quang Thành", position="Cục trưởng", authority=["Q."])),
 "tl_acting_head_of_department": (plan(["BỘ Y TẾ", "CỤC QUẢN LÝ KHÁM, CHỮA BỆNH"], "78/KH-KCB",
   ["TL. BỘ TRƯỞNG", "Q. CỤC TRƯỞNG", "Hà Anh Đức"]),
  dict(issuer="CỤC QUẢN LÝ KHÁM, CHỮA BỆNH", parent="BỘ Y TẾ", signer="Hà Anh Đức", position="Cục trưởng", authority=["TL.", "Q."])),
 "department_over_three_lines": (plan(["BỘ NÔNG NGHIỆP VÀ", "MÔI TRƯỜNG", "CỤC CHĂN NUÔI VÀ THÚ Y"], "19/KH-CNTY",
   ["KT. CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG", "Nguyễn Văn Long"]),
  dict(issuer="CỤC CHĂN NUÔI VÀ THÚ Y", parent="BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", signer="Nguyễn Văn Long", position="Phó Cục trưởng",
       authority=["KT."])),
 "department_name_over_two_lines": (plan(["BỘ KHOA HỌC VÀ CÔNG NGHỆ", "CỤC CHUYỂN ĐỔI SỐ", "QUỐC GIA"], "25/KH-CĐSQG",
   ["CỤC TRƯỞNG", "Hồ Đức Thắng"]),
  dict(issuer="CỤC CHUYỂN ĐỔI SỐ QUỐC GIA", parent="BỘ KHOA HỌC VÀ CÔNG NGHỆ", signer="Hồ Đức Thắng", position="Cục trưởng")),
 "general_department_deputy": (plan(["BỘ TÀI CHÍNH", "TỔNG CỤC DỰ TRỮ NHÀ NƯỚC"], "102/KH-TCDT",
   ["KT. TỔNG CỤC TRƯỞNG", "PHÓ TỔNG CỤC TRƯỞNG", "Đỗ Việt Đức"], date_line="Hà Nội, ngày 15 tháng 11 năm 2024"),
  dict(number="102/KH-TCDT", issued_date="2024-11-15", issuer="TỔNG CỤC DỰ TRỮ NHÀ NƯỚC", parent="BỘ TÀI CHÍNH", signer="Đỗ Việt Đức",
       position="Phó Tổng cục trưởng", authority=["KT."])),
 "acting_general_director": (plan(["BỘ TÀI CHÍNH", "TỔNG CỤC THUẾ"], "103/KH-TCT", ["Q. TỔNG CỤC TRƯỞNG", "Mai Xuân Thành"],
   date_line="Hà Nội, ngày 15 tháng 11 năm 2024"),
  dict(issuer="TỔNG CỤC THUẾ", signer="Mai Xuân Thành", position="Tổng cục trưởng", authority=["Q."])),
 "ministry_department_vu_tl_acting": (plan(["BỘ NỘI VỤ"], "58/KH-BNV", ["TL. BỘ TRƯỞNG", "Q. VỤ TRƯỞNG VỤ TỔ CHỨC CÁN BỘ", "Đỗ Thị Hà"]),
  dict(issuer="BỘ NỘI VỤ", parent=None, signer="Đỗ Thị Hà", position="Vụ trưởng Vụ Tổ chức cán bộ", authority=["TL.", "Q."])),
 "tuq_minister_chief_of_office": (plan(["BỘ TƯ PHÁP"], "59/KH-BTP", ["TUQ. BỘ TRƯỞNG", "CHÁNH VĂN PHÒNG", "Nguyễn Thanh Tịnh"]),
  dict(issuer="BỘ TƯ PHÁP", signer="Nguyễn Thanh Tịnh", position="Chánh Văn phòng", authority=["TUQ."])),
 "tl_kt_deputy_director_of_a_vu": (plan(["BỘ GIÁO DỤC VÀ ĐÀO TẠO"], "60/KH-BGDĐT", ["TL. BỘ TRƯỞNG", "KT. VỤ TRƯỞNG VỤ GIÁO DỤC TIỂU HỌC",
   "PHÓ VỤ TRƯỞNG", "Nguyễn Thị Hạnh"]),
  dict(issuer="BỘ GIÁO DỤC VÀ ĐÀO TẠO", signer="Nguyễn Thị Hạnh", position=("Phó Vụ trưởng", "Phó Vụ trưởng Vụ Giáo dục tiểu học"), authority=["TL.", "KT."])),
 # --- the Prime Minister, the Government
 "pm_decision_deputy_pm": (decision(["THỦ TƯỚNG CHÍNH PHỦ"], "612/QĐ-TTg", ["KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", "Nguyễn Chí Dũng"],
   "THỦ TƯỚNG CHÍNH PHỦ"),
  dict(doc_type="Quyết định", number="612/QĐ-TTg", issuer="THỦ TƯỚNG CHÍNH PHỦ", agency="viet-nam/thu-tuong-chinh-phu",
       title="Ban hành Kế hoạch chuyển đổi số năm 2026", signer="Nguyễn Chí Dũng", position="Phó Thủ tướng", authority=["KT."])),
 "government_decree_tm_kt": (doc(["CHÍNH PHỦ"], "61/2026/NĐ-CP", HN, "NGHỊ ĐỊNH", ["Quy định chi tiết một số điều của Luật Dữ liệu"], None,
   ["Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;", "Chính phủ ban hành Nghị định quy định chi tiết một số điều của Luật Dữ liệu.",
    "Chương I", "QUY ĐỊNH CHUNG", "Điều 1. Phạm vi điều chỉnh"], ["TM. CHÍNH PHỦ", "KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", "Nguyễn Hòa Bình"]),
  dict(doc_type="Nghị định", number="61/2026/NĐ-CP", issuer="CHÍNH PHỦ", signer="Nguyễn Hòa Bình", position="Phó Thủ tướng",
       authority=["TM.", "KT."])),
 # --- a Ban Chỉ đạo: its head signs, his main office printed under the signature
 "steering_committee_head_office_below": (plan(["BAN CHỈ ĐẠO CỦA CHÍNH PHỦ", "VỀ TỔNG ĐIỀU TRA DÂN SỐ"], "03/KH-BCĐ",
   ["TRƯỞNG BAN", "PHÓ THỦ TƯỚNG CHÍNH PHỦ", "Hồ Đức Phớc"]),
  dict(number="03/KH-BCĐ", issuer="BAN CHỈ ĐẠO CỦA CHÍNH PHỦ VỀ TỔNG ĐIỀU TRA DÂN SỐ", signer="Hồ Đức Phớc", position="Trưởng ban")),
 "steering_committee_tm_kt": (plan(["BAN CHỈ ĐẠO QUỐC GIA", "VỀ CHUYỂN ĐỔI SỐ"], "04/KH-BCĐQG",
   ["TM. BAN CHỈ ĐẠO", "KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Nguyễn Chí Dũng"]),
  dict(issuer="BAN CHỈ ĐẠO QUỐC GIA VỀ CHUYỂN ĐỔI SỐ", signer="Nguyễn Chí Dũng", position="Phó Trưởng ban", authority=["TM.", "KT."])),
 "interagency_team_under_a_ministry": (plan(["BỘ CÔNG AN", "TỔ CÔNG TÁC LIÊN NGÀNH"], "55/KH-TCTLN",
   ["KT. TỔ TRƯỞNG", "PHÓ TỔ TRƯỞNG", "Đại tá Lê Văn Hòa"]),
  dict(issuer="TỔ CÔNG TÁC LIÊN NGÀNH", parent="BỘ CÔNG AN", signer="Lê Văn Hòa", position="Phó Tổ trưởng", authority=["KT."])),
 # --- the National Assembly's Standing Committee, the State Audit, the courts, the procuracy
 "standing_committee_resolution": (doc(["ỦY BAN THƯỜNG VỤ QUỐC HỘI"], "1680/NQ-UBTVQH15", HN, "NGHỊ QUYẾT",
   ["Về việc điều chỉnh Chương trình giám sát năm 2026"], "ỦY BAN THƯỜNG VỤ QUỐC HỘI",
   ["Căn cứ Luật Hoạt động giám sát của Quốc hội;", "QUYẾT NGHỊ:", "Điều 1. Điều chỉnh Chương trình giám sát."],
   ["TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Khắc Định"]),
  dict(doc_type="Nghị quyết", number="1680/NQ-UBTVQH15", issuer="ỦY BAN THƯỜNG VỤ QUỐC HỘI", signer="Nguyễn Khắc Định",
       position="Phó Chủ tịch", authority=["TM.", "KT."])),
 "state_audit_regional_office": (plan(["KIỂM TOÁN NHÀ NƯỚC", "KIỂM TOÁN NHÀ NƯỚC KHU VỰC IV"], "14/KH-KV IV",
   ["KIỂM TOÁN TRƯỞNG", "Lê Đình Thăng"], date_line="Đà Nẵng, ngày 09 tháng 4 năm 2026"),
  dict(issuer="KIỂM TOÁN NHÀ NƯỚC KHU VỰC IV", parent="KIỂM TOÁN NHÀ NƯỚC", place="Đà Nẵng", signer="Lê Đình Thăng",
       position="Kiểm toán trưởng")),
 "council_of_judges_resolution": (doc(["HỘI ĐỒNG THẨM PHÁN", "TÒA ÁN NHÂN DÂN TỐI CAO"], "02/2026/NQ-HĐTP", HN, "NGHỊ QUYẾT",
   ["Hướng dẫn áp dụng một số quy định của Bộ luật Hình sự"], "HỘI ĐỒNG THẨM PHÁN TÒA ÁN NHÂN DÂN TỐI CAO",
   ["Căn cứ Luật Tổ chức Tòa án nhân dân;", "QUYẾT NGHỊ:", "Điều 1. Phạm vi điều chỉnh."],
   ["TM. HỘI ĐỒNG THẨM PHÁN", "CHÁNH ÁN", "Lê Minh Trí"]),
  dict(doc_type="Nghị quyết", number="02/2026/NQ-HĐTP", issuer="HỘI ĐỒNG THẨM PHÁN TÒA ÁN NHÂN DÂN TỐI CAO", signer="Lê Minh Trí",
       position="Chánh án", authority=["TM."])),
 "procuracy_department_tl": (plan(["VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO", "VỤ THỰC HÀNH QUYỀN CÔNG TỐ"], "31/KH-VKSTC-V1",
   ["TL. VIỆN TRƯỞNG", "VỤ TRƯỞNG", "Phạm Văn Hòa"]),
  dict(number="31/KH-VKSTC-V1", issuer="VỤ THỰC HÀNH QUYỀN CÔNG TỐ", parent="VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO", signer="Phạm Văn Hòa",
       position="Vụ trưởng", authority=["TL."])),
 "provincial_court_deputy": (plan(["TÒA ÁN NHÂN DÂN", "TỈNH NGHỆ AN"], "09/KH-TA", ["KT. CHÁNH ÁN", "PHÓ CHÁNH ÁN", "Hồ Sỹ Quang"],
   date_line="Nghệ An, ngày 09 tháng 4 năm 2026"),
  dict(issuer="TÒA ÁN NHÂN DÂN TỈNH NGHỆ AN", place="Nghệ An", signer="Hồ Sỹ Quang", position="Phó Chánh án", authority=["KT."])),
 # --- the Government Office's letters under TL. THỦ TƯỚNG with a department head
 "vpcp_tl_department_head": (doc(["VĂN PHÒNG CHÍNH PHỦ"], "2210/VPCP-KTTH", HN, None, ["V/v triển khai Kế hoạch chuyển đổi số năm 2026"], None,
   ["Kính gửi: Các bộ, cơ quan ngang bộ.", "Văn phòng Chính phủ thông báo ý kiến chỉ đạo như sau:", "1. Các bộ khẩn trương triển khai./."],
   ["TL. THỦ TƯỚNG", "VỤ TRƯỞNG VỤ KINH TẾ TỔNG HỢP", "Nguyễn Văn Hùng"]),
  dict(number="2210/VPCP-KTTH", issuer="VĂN PHÒNG CHÍNH PHỦ", title="triển khai Kế hoạch chuyển đổi số năm 2026", signer="Nguyễn Văn Hùng",
       position="Vụ trưởng Vụ Kinh tế tổng hợp", authority=["TL."], addressees=["Các bộ, cơ quan ngang bộ"])),
 # --- a minister's signing title over two lines ("BỘ TRƯỞNG" / "BỘ XÂY DỰNG"), a ministry's acting minister
 "minister_title_names_the_ministry": (decision(["BỘ XÂY DỰNG"], "415/QĐ-BXD", ["BỘ TRƯỞNG", "Trần Hồng Minh"], "BỘ TRƯỞNG BỘ XÂY DỰNG"),
  dict(doc_type="Quyết định", number="415/QĐ-BXD", issuer="BỘ XÂY DỰNG", signer="Trần Hồng Minh", position="Bộ trưởng",
       title="Ban hành Kế hoạch chuyển đổi số năm 2026")),
 "acting_head_of_a_vu_tl_two_lines": (plan(["BỘ NỘI VỤ"], "61/KH-BNV", ["TL. BỘ TRƯỞNG", "Q. VỤ TRƯỞNG", "VỤ CẢI CÁCH HÀNH CHÍNH", "Phan Văn Tú"]),
  dict(issuer="BỘ NỘI VỤ", signer="Phan Văn Tú", authority=["TL.", "Q."])),
 # an inter-ministry ("liên tịch") circular: three ministries' names, three ministers side by side (a text copy or a
 # table's cells; a PDF places them apart)
 "joint_circular_three_ministries": (["BỘ CÔNG AN - BỘ QUỐC PHÒNG -", "BỘ TÀI CHÍNH", "-------", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
   "Độc lập - Tự do - Hạnh phúc", "---------------", "Số: 03/2026/TTLT-BCA-BQP-BTC", HN, "THÔNG TƯ LIÊN TỊCH",
   "Hướng dẫn phối hợp thực hiện công tác bảo đảm an ninh", "Căn cứ Luật Công an nhân dân;", "Điều 1. Phạm vi điều chỉnh.",
   "KT. BỘ TRƯỞNG BỘ TÀI CHÍNH\tKT. BỘ TRƯỞNG BỘ QUỐC PHÒNG\tKT. BỘ TRƯỞNG BỘ CÔNG AN",
   "THỨ TRƯỞNG\tTHỨ TRƯỞNG\tTHỨ TRƯỞNG", "Nguyễn Đức Chi\tHoàng Xuân Chiến\tLê Quốc Hùng", "Nơi nhận:", "- Như trên;", "- Lưu: VT."],
  dict(doc_type=("Thông tư liên tịch", "Thông tư"), number="03/2026/TTLT-BCA-BQP-BTC", joint=3, authority=["KT."])),
}

VARIANTS = {
 "tl_kt_chain_with_the_department_in_the_post": (plan(["BỘ CÔNG THƯƠNG", "CỤC ĐIỆN LỰC"], "42/KH-ĐL",
   ["TL. BỘ TRƯỞNG", "KT. CỤC TRƯỞNG CỤC ĐIỆN LỰC", "PHÓ CỤC TRƯỞNG", "Nguyễn Thế Hữu"]),
  dict(issuer="CỤC ĐIỆN LỰC", parent="BỘ CÔNG THƯƠNG", signer="Nguyễn Thế Hữu", position=("Phó Cục trưởng", "Phó Cục trưởng Cục Điện lực"),
       authority=["TL.", "KT."])),
 "team_head_office_below_the_signature": (plan(["BỘ CÔNG AN", "TỔ CÔNG TÁC LIÊN NGÀNH TW"], "56/KH-TCTLNTW",
   ["KT. TỔ TRƯỞNG", "PHÓ TỔ TRƯỞNG THƯỜNG TRỰC", "PHÓ CỤC TRƯỞNG CỤC CẢNH SÁT HÌNH SỰ", "Đại tá Nguyễn Văn Bình"]),
  dict(issuer="TỔ CÔNG TÁC LIÊN NGÀNH TW", parent="BỘ CÔNG AN", signer="Nguyễn Văn Bình", position="Phó Tổ trưởng thường trực",
       authority=["KT."])),
 "acting_minister": (plan(["BỘ Y TẾ"], "80/KH-BYT", ["Q. BỘ TRƯỞNG", "Đỗ Xuân Tuyên"]),
  dict(issuer="BỘ Y TẾ", signer="Đỗ Xuân Tuyên", position="Bộ trưởng", authority=["Q."])),
 # the Assembly's Ethnic Council under the Assembly: a council of its own, not "QUỐC HỘI HỘI ĐỒNG DÂN TỘC"
 "ethnic_council_under_the_assembly": (plan(["QUỐC HỘI", "HỘI ĐỒNG DÂN TỘC"], "19/KH-HĐDT15", ["TM. HỘI ĐỒNG DÂN TỘC", "CHỦ TỊCH", "Lâm Văn Mẫn"]),
  dict(issuer="HỘI ĐỒNG DÂN TỘC", parent="QUỐC HỘI", signer="Lâm Văn Mẫn", position="Chủ tịch", authority=["TM."])),
 # a department's name wrapped before a word that spells a kind once its marks are gone ("VIÊN" / Viện), or before a
 # kind's word that names a field ("PHÒNG CHÁY, CHỮA CHÁY", "PHÒNG CHỐNG"): one department, not a Viện or a Phòng under it
 "department_wrapped_after_a_dash_before_vien": (plan(["BỘ NỘI VỤ", "VỤ CÔNG CHỨC -", "VIÊN CHỨC"], "62/KH-CCVC", ["VỤ TRƯỞNG", "Nguyễn Văn Hiệp"]),
  dict(issuer="VỤ CÔNG CHỨC - VIÊN CHỨC", parent="BỘ NỘI VỤ", signer="Nguyễn Văn Hiệp", position="Vụ trưởng")),
 "department_wrapped_after_a_comma_before_vien": (plan(["BỘ NỘI VỤ", "CỤC QUẢN LÝ CÔNG CHỨC,", "VIÊN CHỨC"], "63/KH-CCVC",
   ["KT. CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG", "Lê Thị Mai"]),
  dict(issuer="CỤC QUẢN LÝ CÔNG CHỨC, VIÊN CHỨC", parent="BỘ NỘI VỤ", signer="Lê Thị Mai", position="Phó Cục trưởng", authority=["KT."])),
 "fire_police_department_wrapped_before_phong": (plan(["BỘ CÔNG AN", "CỤC CẢNH SÁT", "PHÒNG CHÁY, CHỮA CHÁY VÀ CỨU NẠN, CỨU HỘ"], "64/KH-C07",
   ["KT. CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG", "Đại tá Nguyễn Tuấn Anh"]),
  dict(issuer="CỤC CẢNH SÁT PHÒNG CHÁY, CHỮA CHÁY VÀ CỨU NẠN, CỨU HỘ", parent="BỘ CÔNG AN", signer="Nguyễn Tuấn Anh", position="Phó Cục trưởng")),
 "department_wrapped_before_bo_tro": (plan(["BỘ TƯ PHÁP", "CỤC QUẢN LÝ", "BỔ TRỢ TƯ PHÁP"], "65/KH-BTTP", ["CỤC TRƯỞNG", "Đỗ Thị Thu Hằng"]),
  dict(issuer="CỤC QUẢN LÝ BỔ TRỢ TƯ PHÁP", parent="BỘ TƯ PHÁP", signer="Đỗ Thị Thu Hằng", position="Cục trưởng")),
 "ethnic_council_alone": (plan(["HỘI ĐỒNG DÂN TỘC", "CỦA QUỐC HỘI"], "20/KH-HĐDT15", ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Quàng Văn Hương"]),
  dict(issuer="HỘI ĐỒNG DÂN TỘC CỦA QUỐC HỘI", signer="Quàng Văn Hương", position="Phó Chủ tịch", authority=["KT."])),
}

# the rule under the issuer's name or beside the motto, run onto the number's line by a copy that joins the header's
# cells, or beside a number a signing widget draws: no part of the number (it was "1245/QĐ-BNV_____", a confident wrong
# value, or none at all), and no cell before the date's ("Số: … ------- Hà Nội, ngày …" gave the place "Nội")
RULED = {
 "dashes_after": "Số: 1245/QĐ-BNV ---------------",
 "dashes_glued": "Số: 1245/QĐ-BNV---------------",
 "underscores_after": "Số: 1245/QĐ-BNV    _____________",
 "dots_after": "Số: 1245/QĐ-BNV ........",
 "long_dashes_after": "Số: 1245/QĐ-BNV —————",
 "dashes_then_the_date": "Số: 1245/QĐ-BNV --------------- Hà Nội, ngày 15 tháng 12 năm 2025",
 "underscores_then_the_date": "Số: 1245/QĐ-BNV ______ Hà Nội, ngày 15 tháng 12 năm 2025",
 "no_space_dashes_then_the_date": "Số:1245/QĐ-BNV ------- Hà Nội, ngày 15 tháng 12 năm 2025",
 "box_drawing_rule_after": "Số: 1245/QĐ-BNV ───────",
 "double_rule_after": "Số: 1245/QĐ-BNV ═════",
 "underscores_glued_to_the_place": "Số: 1245/QĐ-BNV ______Hà Nội, ngày 15 tháng 12 năm 2025",
 "underscores_then_a_spaced_comma": "Số: 1245/QĐ-BNV ____ Hà Nội , ngày 15 tháng 12 năm 2025",
}
RULED_PAGE = ["BỘ NỘI VỤ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", None, "Hà Nội, ngày 15 tháng 12 năm 2025",
              "QUYẾT ĐỊNH", "Phê duyệt Kế hoạch kiểm tra công tác nội vụ năm 2026", "Điều 1. Phê duyệt Kế hoạch.", "Nơi nhận:",
              "- Lưu: VT.", "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Cao Huy"]


@pytest.mark.parametrize("form", ["text", "html", "docx", "pdf"])
@pytest.mark.parametrize("name", sorted(RULED))
def test_a_rule_beside_the_number_is_no_part_of_it(tmp_path, name, form):
    line = RULED[name]
    lines = [line if text is None else text for text in RULED_PAGE]
    if ", ngày" in line:
        lines.remove("Hà Nội, ngày 15 tháng 12 năm 2025")
    meta = processed(tmp_path, lines, form).metadata
    assert wrong_or_apart(meta, dict(number="1245/QĐ-BNV", issued_date="2025-12-15", place="Hà Nội", issuer="BỘ NỘI VỤ")) == {}


@pytest.mark.parametrize("name, form", cases_with_variants(CENTRAL, VARIANTS))
def test_a_central_page_reads_right(tmp_path, name, form):
    lines, expected = {**CENTRAL, **VARIANTS}[name]
    assert wrong_or_apart(processed(tmp_path, lines, form).metadata, expected) == {}


# --- e-signed PDFs: the signing program draws the number and the day over the blanks the text leaves, its stamp by the
# signature, another body's stamp in a corner


def esigned(left, right, body, signature, widgets, signed_at="D:20251216093000+07'00'"):
    """A PDF of two header columns (left at x 50, right at x 290, a row each 16 points), the body and the signature,
    with signature widgets: ``widgets`` maps the page to [(top left, lines, size)] (char_box finds where the blanks
    are)."""
    rows = [(50.0, 50 + 16 * i, line) for i, line in enumerate(left)] + [(290.0, 50 + 16 * i, line) for i, line in enumerate(right)]
    top = 50 + 16 * max(len(left), len(right)) + 20
    rows += [(60.0, top + 16 * i, line) for i, line in enumerate(body)]
    top += 16 * len(body) + 20
    rows += [(330.0, top + 16 * i, line) for i, line in enumerate(signature)]
    rows += [(50.0, top + 16 * i, line) for i, line in enumerate(["Nơi nhận:", "- Như trên;", "- Lưu: VT."])]
    data = text_pdf([rows], size=12.0)
    return with_signing_widgets(data, widgets(data), signed_at=signed_at)


def after(data, text, char, lines, size=11.0, raised=0.0):
    """A stamp drawn just right of ``char`` ending ``text`` on the page, on its line (``raised``: points above it)."""
    x0, top, x1, bottom = char_box(data, text, char)
    return (x1 + 3, top - 3 - raised), lines, size


VGCA = ["Người ký: Bộ Nội vụ", "Email: vanthu@moha.gov.vn", "Cơ quan: Bộ Nội vụ", "Thời gian ký: 16.12.2025 09:30:00 +07:00"]
OFFICE_STAMP = ["Người ký: Văn phòng Bộ Nội vụ", "Cơ quan: Bộ Nội vụ", "Thời gian ký: 18.12.2025 15:02:11 +07:00"]
GAZETTE = ["CÔNG BÁO", "Số 1457 + 1458", "Ngày 25/12/2025"]
GAZETTE_CENTRE = ["TRUNG TÂM CÔNG BÁO VÀ TIN HỌC", "ttcbth@moha.gov.vn", "20.12.2025 20:01:14 +07:00"]
LEFT = ["BỘ NỘI VỤ", "-------", "Số:          /QĐ-BNV"]
RIGHT = [*MOTTO, "---------------", "Hà Nội, ngày        tháng 12 năm 2025"]
BODY = ["QUYẾT ĐỊNH", "Phê duyệt Kế hoạch kiểm tra công tác nội vụ năm 2026", "BỘ TRƯỞNG BỘ NỘI VỤ", "Căn cứ Nghị định số 25/2025/NĐ-CP;",
        "QUYẾT ĐỊNH:", "Điều 1. Phê duyệt Kế hoạch kiểm tra công tác nội vụ năm 2026.", "Điều 2. Quyết định có hiệu lực từ ngày ký./."]
SIGNATURE = ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "", "", "Cao Huy"]
SIGNED = dict(doc_type="Quyết định", number="1245/QĐ-BNV", issued_date="2025-12-15", place="Hà Nội", issuer="BỘ NỘI VỤ",
              title="Phê duyệt Kế hoạch kiểm tra công tác nội vụ năm 2026", signer="Cao Huy", position="Thứ trưởng", authority=["KT."])


def _number_and_day(data, raised=0.0, size=11.0):
    return [after(data, "Số:", ":", ["1245"], size, raised), after(data, "ngày", "y", ["15"], size, raised)]


def _by_the_signature(data, lines):
    x0, top, x1, bottom = char_box(data, "THỨ TRƯỞNG", "G")
    return (320.0, bottom + 2), lines, 6.5


def _beside(data, text, lines):
    x0, top, x1, bottom = char_box(data, text, text[-1])
    return (x1 + 12, top - 2), lines, 6.5


# name: (left, right, widgets(data), expected)
ESIGNED = {
 "number_and_day_with_the_signers_stamp": (LEFT, RIGHT, lambda d: [*_number_and_day(d), _by_the_signature(d, VGCA)], SIGNED),
 "number_and_day_raised_above_their_line": (LEFT, RIGHT, lambda d: [*_number_and_day(d, raised=6.0), _by_the_signature(d, VGCA)], SIGNED),
 "number_and_day_small": (LEFT, RIGHT, lambda d: _number_and_day(d, size=8.0), SIGNED),
 "the_office_s_second_stamp_in_the_corner": (LEFT, RIGHT, lambda d: [*_number_and_day(d), _by_the_signature(d, VGCA),
                                                                      ((420.0, 10.0), OFFICE_STAMP, 6.5)], SIGNED),
 "a_gazette_stamp_in_the_corner": (LEFT, RIGHT, lambda d: [*_number_and_day(d), ((450.0, 8.0), GAZETTE, 8.0)], SIGNED),
 "a_gazette_centre_s_stamp_in_the_corner": (LEFT, RIGHT, lambda d: [*_number_and_day(d), ((400.0, 8.0), GAZETTE_CENTRE, 7.0)], SIGNED),
 "the_number_with_its_label_in_the_widget": (["BỘ NỘI VỤ", "-------", ""], RIGHT,
   lambda d: [((50.0, 82.0), ["Số: 1245/QĐ-BNV"], 12.0), after(d, "ngày", "y", ["15"])], SIGNED),
 "day_and_month_in_widgets": (LEFT, [*MOTTO, "---------------", "Hà Nội, ngày        tháng        năm 2025"],
   lambda d: [after(d, "Số:", ":", ["1245"]), after(d, "ngày", "y", ["15"]), after(d, "tháng", "g", ["12"]), _by_the_signature(d, VGCA)],
   SIGNED),
 "only_the_number_blank_the_date_typed": (LEFT, [*MOTTO, "---------------", "Hà Nội, ngày 15 tháng 12 năm 2025"],
   lambda d: [after(d, "Số:", ":", ["1245"]), _by_the_signature(d, VGCA), ((420.0, 10.0), OFFICE_STAMP, 6.5)], SIGNED),
 # the signer's stamp drawn beside a line of the page: the date's, the name's, the title's
 "the_stamp_beside_the_date_line": (LEFT, RIGHT, lambda d: [*_number_and_day(d), _beside(d, "năm 2025", VGCA)], SIGNED),
 "the_stamp_beside_the_signer_s_name": (LEFT, RIGHT, lambda d: [*_number_and_day(d), _beside(d, "Cao Huy", VGCA)], SIGNED),
 "the_stamp_beside_the_title": (LEFT, RIGHT, lambda d: [*_number_and_day(d), _beside(d, "năm 2026", VGCA)], SIGNED),
 "a_gazette_stamp_beside_the_number": (LEFT, RIGHT, lambda d: [*_number_and_day(d), _beside(d, "/QĐ-BNV", GAZETTE)], SIGNED),
 # the signer's own stamp with a day of signing and no time ("Ngày ký: 16/12/2025") is no date line either
 "the_stamp_with_a_day_of_signing": (LEFT, RIGHT, lambda d: [*_number_and_day(d), _by_the_signature(d, [*VGCA[:3], "Ngày ký: 16/12/2025"])],
   SIGNED),
 # nothing gives the day but the signing: the stamp's time is no printed date; the signing time fills the day only
 # in the month the page shows, said by a warning
 "the_day_left_blank": (LEFT, RIGHT, lambda d: [after(d, "Số:", ":", ["1245"]), _by_the_signature(d, VGCA)],
   {**SIGNED, "issued_date": ("2025-12-16", None)}),
 "the_day_and_month_left_blank": (LEFT, [*MOTTO, "---------------", "Hà Nội, ngày        tháng        năm 2025"],
   lambda d: [after(d, "Số:", ":", ["1245"]), _by_the_signature(d, VGCA)], {**SIGNED, "issued_date": None}),
}


@pytest.mark.parametrize("name", sorted(ESIGNED))
def test_an_esigned_page_reads_the_widgets_where_they_sit(tmp_path, name):
    left, right, widgets, expected = ESIGNED[name]
    path = tmp_path / "signed.pdf"
    path.write_bytes(esigned(left, right, BODY, SIGNATURE, widgets))
    document = process(path)
    assert wrong_or_apart(document.metadata, expected) == {}
    dated = document.metadata.sources.get("issued_date")
    if document.metadata.issued_date and dated.source == "signature":
        assert "issue_date_from_signature" in {w.code for w in document.warnings}


# --- a gazette's or a received stamp copied between the header's lines ("CÔNG BÁO" / "Số 1457 + 1458" / "Ngày
# 25/12/2025"): its day is no date of issue (it was taken over the document's own date line, or over a blank day)
STAMPS_IN_THE_HEADER = {
 "gazette": ["CÔNG BÁO", "Số 1457 + 1458", "Ngày 25/12/2025"],
 "gazette_with_colons": ["CÔNG BÁO", "Số: 1457 + 1458", "Ngày: 25/12/2025"],
 "received": ["ĐẾN", "Số: 4512", "Ngày: 18/12/2025", "Chuyển: ..."],
}
# the document's date line: (line, date of issue, place)
DATE_LINES = {"typed": ("Hà Nội, ngày 15 tháng 12 năm 2025", "2025-12-15", "Hà Nội"),
              "day_blank": ("Hà Nội, ngày      tháng 12 năm 2025", None, "Hà Nội"),
              "none": (None, None, None)}


@pytest.mark.parametrize("form", ["text", "html", "docx"])
@pytest.mark.parametrize("date_line", sorted(DATE_LINES))
@pytest.mark.parametrize("stamp", sorted(STAMPS_IN_THE_HEADER))
def test_a_stamp_s_day_between_the_header_s_lines_is_no_date_of_issue(tmp_path, stamp, date_line, form):
    line, issued, place = DATE_LINES[date_line]
    lines = ["BỘ NỘI VỤ", "-------", *MOTTO, "---------------", *STAMPS_IN_THE_HEADER[stamp], "Số:      /QĐ-BNV", *([line] if line else []),
             *BODY, "Nơi nhận:", "- Lưu: VT.", "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Cao Huy"]
    meta = processed(tmp_path, lines, form).metadata
    assert wrong_or_apart(meta, dict(number=None, issued_date=issued, place=place, issuer="BỘ NỘI VỤ", signer="Cao Huy")) == {}

# --- text layers whose glyphs map wrong: a font whose map was made for another encoding ("BỘ CÔNG THƢƠNG", "HÕA"), one
# that lost its marks, one re-encoded into Latin-1 bytes: repaired, or read by OCR, never stored as the wrong words

LAYERS = {
 "lookalike_letters": {"Ư": "Ƣ", "ư": "ƣ", "Ò": "Õ", "ò": "õ"},
 "marks_lost": lambda char: char if char in "Đđ" else strip_marks(char),
 "utf8_read_as_cp1252": lambda char: char.encode("utf-8").decode("cp1252", errors="replace"),
 "nfd_cp1258_read_as_latin1": lambda char: unicodedata.normalize("NFD", char).encode("cp1258", errors="replace").decode("latin-1"),
}


@pytest.mark.parametrize("layer", sorted(LAYERS))
def test_a_layer_whose_glyphs_map_wrong_gives_the_printed_metadata(tmp_path, layer):
    title = "Kiểm tra hoạt động điện lực, hướng dẫn thực hiện trong năm 2026"
    lines = plan(["BỘ CÔNG THƯƠNG", "CỤC ĐIỆN LỰC"], "42/KH-ĐL", ["TL. BỘ TRƯỞNG", "KT. CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG", "Nguyễn Thế Hữu"],
                 title=(title,))
    path = tmp_path / "layer.pdf"
    path.write_bytes(with_font_map_reading(text_pdf([[(60.0, 40 + 16 * k, line) for k, line in enumerate(lines)]], size=11.0), [0],
                                           SERIF, LAYERS[layer]))
    meta = process(path).metadata
    assert wrong_or_apart(meta, dict(number="42/KH-ĐL", issued_date="2026-04-09", place="Hà Nội", issuer="CỤC ĐIỆN LỰC",
                                     parent="BỘ CÔNG THƯƠNG", title=title, signer="Nguyễn Thế Hữu",
                                     position=("Phó Cục trưởng", "Phó Cục trưởng Cục Điện lực"), authority=["TL.", "KT."])) == {}
