"""Forms sampled in s42 (a blind round aimed at issuers earlier rounds covered little: joint plans, Party committees,
councils' standing boards, the Front and the mass organisations, universities and state enterprises, communes after
the 2025 merger), with the metadata leftovers of s41.

What the forms are (our own notes; every fixture below is written for the test, names and numbers made up): searches
of the pages corpus ("TM. THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN kế hoạch giám sát", "ỦY BAN MTTQ VIỆT NAM TỈNH BAN THƯỜNG TRỰC
kế hoạch", "ỦY BAN NHÂN DÂN XÃ kế hoạch 2025", "HỘI LIÊN HIỆP PHỤ NỮ TỈNH kế hoạch", "TRƯỜNG ĐẠI HỌC kế hoạch KT.
HIỆU TRƯỞNG") gave mostly news posts; the documents among them: a joint regulation of a province's committee and its
Front committee (the two kinds one under the other over the place, "Số: 01/QCPH/UBND-UBMTTQ"), a commune committee's
working rules under "ỦY BAN NHÂN DÂN" / "XÃ …", a committee's programme citing a Party plan "số 164-KH/TU … của Ban
Thường vụ Tỉnh ủy". PAGES writes documents of the brief's kinds anew (a province's and a commune's Party committee, a
council's standing board, a commune council's resolution, the Front's standing board, a women's union, a university, a
state enterprise's corporation, a commune, a ward and a special zone after the merger, a committee's and its Front's
joint plan with two signers, two departments' joint plan). Before this round the pages read right in every field
checked but one class:
  - a standing board's line naming its council again under the council's line with its place ("HĐND TỈNH THÁI
    NGUYÊN" / "THƯỜNG TRỰC HĐND", "HỘI ĐỒNG NHÂN DÂN" / "TỈNH …" / "THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN") gave the issuer
    "HĐND TỈNH THÁI NGUYÊN THƯỜNG TRỰC HĐND", no registry body: the organ's words alone join the council
    ("THƯỜNG TRỰC HĐND TỈNH THÁI NGUYÊN", metadata._boards_named_again);
VARIANTS hold those and the s41 leftover of a title's line with the date line run on (tests/test_metadata_s42.py; read as no date of issue since the s42 review, tests/test_s42_review_meta.py).
Read right and kept: the issuer, registry body, signer, position and authority of every other page.
Left as read: a university and a state enterprise are no registry bodies (unresolved, with a warning).
"""

from __future__ import annotations

import pytest

from page_fields import cases_with_variants, wrong_in_form
from test_pages_s34_blind import MOTTO, doc, party_doc

BODY = ["I. MỤC ĐÍCH, YÊU CẦU", "1. Bảo đảm triển khai đồng bộ, hiệu quả.", "II. NỘI DUNG", "1. Tổ chức tuyên truyền sâu rộng."]

PAGES = {
 # a Party committee's standing board, signed for it by a deputy secretary
 "kh_provincial_party_board": (party_doc(["TỈNH ỦY LÀO CAI"], "45-KH/TU", "Lào Cai, ngày 10 tháng 3 năm 2026", "KẾ HOẠCH",
   ["Thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị"], BODY, ["Ban Bí thư (b/c)", "Lưu Văn phòng Tỉnh ủy"],
   ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC", "Trần Văn Khải"]),
  dict(doc_type="Kế hoạch", number="45-KH/TU", issued_date="2026-03-10", place="Lào Cai", issuer="TỈNH ỦY LÀO CAI",
       signer="Trần Văn Khải", position="Phó Bí thư Thường trực", authority=["TM."])),
 # a commune's Party committee after the 2025 merger
 "kh_commune_party_committee": (party_doc(["ĐẢNG BỘ TỈNH LÀO CAI", "ĐẢNG ỦY XÃ BẢO THẮNG"], "12-KH/ĐU", "Bảo Thắng, ngày 05 tháng 9 năm 2025",
   "KẾ HOẠCH", ["Tổ chức học tập, quán triệt nghị quyết đại hội"], BODY, ["Ban Thường vụ Tỉnh ủy (b/c)", "Lưu Văn phòng Đảng ủy"],
   ["T/M ĐẢNG ỦY", "BÍ THƯ", "Lý Văn Sơn"]),
  dict(number="12-KH/ĐU", issued_date="2025-09-05", place="Bảo Thắng", issuer="ĐẢNG ỦY XÃ BẢO THẮNG", signer="Lý Văn Sơn",
       position="Bí thư", authority=["TM."])),
 # a council's standing board: its plan of supervision
 "kh_council_standing_board": (doc(["HỘI ĐỒNG NHÂN DÂN", "TỈNH TUYÊN QUANG", "THƯỜNG TRỰC"], "18/KH-HĐND",
   "Tuyên Quang, ngày 14 tháng 4 năm 2026", "KẾ HOẠCH", ["Giám sát chuyên đề việc thực hiện chính sách giảm nghèo"], BODY,
   ["Thường trực Tỉnh ủy (b/c)", "Lưu: VT"], ["TM. THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN", "PHÓ CHỦ TỊCH", "Hà Thị Loan"]),
  dict(number="18/KH-HĐND", issued_date="2026-04-14", place="Tuyên Quang", signer="Hà Thị Loan", position="Phó Chủ tịch",
       authority=["TM."])),
 "kh_council_standing_board_abbreviated": (doc(["HĐND TỈNH THÁI NGUYÊN", "THƯỜNG TRỰC HĐND"], "09/KH-TTHĐND",
   "Thái Nguyên, ngày 20 tháng 3 năm 2026", "KẾ HOẠCH", ["Tổ chức phiên giải trình về công tác cải cách hành chính"], BODY,
   ["Lưu: VT"], ["TM. THƯỜNG TRỰC HĐND", "CHỦ TỊCH", "Phạm Hoàng Sơn"]),
  dict(number="09/KH-TTHĐND", issued_date="2026-03-20", place="Thái Nguyên", signer="Phạm Hoàng Sơn", position="Chủ tịch",
       authority=["TM."])),
 # a commune council's resolution after the merger
 "nq_commune_council": (doc(["HỘI ĐỒNG NHÂN DÂN", "XÃ HỢP THÀNH"], "15/NQ-HĐND", "Hợp Thành, ngày 18 tháng 12 năm 2025",
   "NGHỊ QUYẾT", ["Về kế hoạch đầu tư công năm 2026"], ["HỘI ĐỒNG NHÂN DÂN XÃ HỢP THÀNH", "KHÓA I, KỲ HỌP THỨ HAI",
   "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;", "QUYẾT NGHỊ:", "Điều 1. Thông qua kế hoạch đầu tư công."],
   ["Thường trực HĐND tỉnh (b/c)", "Lưu: VT"], ["CHỦ TỊCH", "Vàng Seo Páo"]),
  dict(doc_type="Nghị quyết", number="15/NQ-HĐND", issued_date="2025-12-18", place="Hợp Thành", issuer="HỘI ĐỒNG NHÂN DÂN XÃ HỢP THÀNH",
       signer="Vàng Seo Páo", position="Chủ tịch")),
 # the Front's provincial committee, its standing board signing
 "kh_front_standing_board": (doc(["ỦY BAN MTTQ VIỆT NAM", "TỈNH NGHỆ AN", "BAN THƯỜNG TRỰC"], "27/KH-MTTQ-BTT",
   "Nghệ An, ngày 02 tháng 3 năm 2026", "KẾ HOẠCH", ["Tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2026"], BODY,
   ["Ban Thường trực UBTƯ MTTQ Việt Nam (b/c)", "Lưu: VP"], ["TM. BAN THƯỜNG TRỰC", "PHÓ CHỦ TỊCH", "Võ Thị Minh Sinh"]),
  dict(number="27/KH-MTTQ-BTT", issued_date="2026-03-02", place="Nghệ An", signer="Võ Thị Minh Sinh", position="Phó Chủ tịch",
       authority=["TM."])),
 # a women's union of a province, its standing board signing
 "kh_womens_union": (doc(["HỘI LHPN TỈNH HÀ TĨNH", "BAN THƯỜNG VỤ"], "15/KH-HPN", "Hà Tĩnh, ngày 20 tháng 02 năm 2026", "KẾ HOẠCH",
   ["Tổ chức các hoạt động kỷ niệm Ngày Quốc tế Phụ nữ"], BODY, ["TW Hội LHPN Việt Nam (b/c)", "Lưu: VP"],
   ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "Nguyễn Thị Hoa"]),
  dict(number="15/KH-HPN", issued_date="2026-02-20", place="Hà Tĩnh", signer="Nguyễn Thị Hoa", position="Chủ tịch",
       authority=["TM."])),
 # a university under its ministry, its rector's deputy signing with an academic title before the name
 "kh_university": (doc(["BỘ GIÁO DỤC VÀ ĐÀO TẠO", "TRƯỜNG ĐẠI HỌC CẦN THƠ"], "145/KH-ĐHCT", "Cần Thơ, ngày 08 tháng 01 năm 2026",
   "KẾ HOẠCH", ["Tuyển sinh đại học chính quy năm 2026"], BODY, ["Bộ GDĐT (b/c)", "Lưu: VT, ĐTĐH"],
   ["KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "PGS.TS. Trần Văn Lý"]),
  dict(number="145/KH-ĐHCT", issued_date="2026-01-08", place="Cần Thơ", issuer="TRƯỜNG ĐẠI HỌC CẦN THƠ", signer="Trần Văn Lý",
       position="Phó Hiệu trưởng", authority=["KT."])),
 # a state enterprise's corporation under its group
 "kh_state_enterprise": (doc(["TẬP ĐOÀN ĐIỆN LỰC VIỆT NAM", "TỔNG CÔNG TY ĐIỆN LỰC MIỀN BẮC"], "512/KH-EVNNPC",
   "Hà Nội, ngày 12 tháng 3 năm 2026", "KẾ HOẠCH", ["Bảo đảm cung cấp điện mùa khô năm 2026"], BODY, ["EVN (b/c)", "Lưu: VT, KD"],
   ["KT. TỔNG GIÁM ĐỐC", "PHÓ TỔNG GIÁM ĐỐC", "Lê Văn Hải"]),
  dict(number="512/KH-EVNNPC", issued_date="2026-03-12", place="Hà Nội", issuer="TỔNG CÔNG TY ĐIỆN LỰC MIỀN BẮC", signer="Lê Văn Hải",
       position="Phó Tổng Giám đốc", authority=["KT."])),
 # a commune's committee after the merger, no district above it
 "kh_commune_committee_2025": (doc(["ỦY BAN NHÂN DÂN", "XÃ BÁT XÁT"], "88/KH-UBND", "Bát Xát, ngày 22 tháng 8 năm 2025", "KẾ HOẠCH",
   ["Chuyển đổi số trên địa bàn xã năm 2025"], BODY, ["UBND tỉnh (b/c)", "Lưu: VT"], ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Sần Văn Hùng"]),
  dict(number="88/KH-UBND", issued_date="2025-08-22", place="Bát Xát", issuer="ỦY BAN NHÂN DÂN XÃ BÁT XÁT",
       agency="lao-cai.xa-bat-xat/uy-ban-nhan-dan", signer="Sần Văn Hùng", position="Chủ tịch", authority=["TM."])),
 "kh_ward_committee_2025": (doc(["ỦY BAN NHÂN DÂN", "PHƯỜNG CAM ĐƯỜNG"], "31/KH-UBND", "Cam Đường, ngày 03 tháng 10 năm 2025",
   "KẾ HOẠCH", ["Ra quân làm sạch môi trường đô thị"], BODY, ["UBND tỉnh (b/c)", "Lưu: VT"],
   ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Thị Thu"]),
  dict(number="31/KH-UBND", issued_date="2025-10-03", place="Cam Đường", issuer="ỦY BAN NHÂN DÂN PHƯỜNG CAM ĐƯỜNG",
       agency="lao-cai.phuong-cam-duong/uy-ban-nhan-dan", signer="Nguyễn Thị Thu", position="Phó Chủ tịch", authority=["KT."])),
 "kh_special_zone_2025": (doc(["ỦY BAN NHÂN DÂN", "ĐẶC KHU PHÚ QUỐC"], "14/KH-UBND", "Phú Quốc, ngày 15 tháng 9 năm 2025", "KẾ HOẠCH",
   ["Phát triển du lịch biển đảo năm 2026"], BODY, ["UBND tỉnh (b/c)", "Lưu: VT"], ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần Minh Khoa"]),
  dict(number="14/KH-UBND", issued_date="2025-09-15", place="Phú Quốc", issuer="ỦY BAN NHÂN DÂN ĐẶC KHU PHÚ QUỐC",
       agency="an-giang.dac-khu-phu-quoc/uy-ban-nhan-dan", signer="Trần Minh Khoa", position="Chủ tịch")),
 # a joint plan of a committee and its Front committee, two kinds over the place, two signers
 "khlt_committee_and_front": (doc(["ỦY BAN NHÂN DÂN", "ỦY BAN MTTQ VIỆT NAM", "TỈNH ĐIỆN BIÊN"], "03/KHLT-UBND-MTTQ",
   "Điện Biên, ngày 25 tháng 3 năm 2026", "KẾ HOẠCH LIÊN TỊCH", ["Thực hiện Cuộc vận động toàn dân đoàn kết xây dựng nông thôn mới"],
   BODY, ["Lưu: VT"], ["TM. BAN THƯỜNG TRỰC", "ỦY BAN MTTQ VIỆT NAM TỈNH", "CHỦ TỊCH", "Lò Văn Mừng", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
   "Lê Thành Đô"]),
  dict(doc_type="Kế hoạch liên tịch", number="03/KHLT-UBND-MTTQ", issued_date="2026-03-25", place="Điện Biên", joint=2)),
 # a joint resolution of two departments: a symbol naming its type after the codes
 "ttlt_two_departments": (doc(["SỞ Y TẾ - SỞ GIÁO DỤC VÀ ĐÀO TẠO", "TỈNH PHÚ THỌ"], "02/KHLT-SYT-SGDĐT", "Phú Thọ, ngày 11 tháng 02 năm 2026",
   "KẾ HOẠCH LIÊN TỊCH", ["Chăm sóc sức khỏe học sinh năm học 2025 - 2026"], BODY, ["Lưu: VT"],
   ["GIÁM ĐỐC", "Đỗ Văn Tuấn"]),
  dict(doc_type="Kế hoạch liên tịch", number="02/KHLT-SYT-SGDĐT", issued_date="2026-02-11", place="Phú Thọ", joint=2,
       issuer="SỞ Y TẾ TỈNH PHÚ THỌ")),
 # a standing board's line naming its council again under the council's line with its place: one issuer
 "kh_council_board_named_again": (doc(["HĐND TỈNH THÁI NGUYÊN", "THƯỜNG TRỰC HĐND"], "09/KH-TTHĐND",
   "Thái Nguyên, ngày 20 tháng 3 năm 2026", "KẾ HOẠCH", ["Tổ chức phiên giải trình về công tác cải cách hành chính"], BODY,
   ["Lưu: VT"], ["TM. THƯỜNG TRỰC HĐND", "CHỦ TỊCH", "Phạm Hoàng Sơn"]),
  dict(number="09/KH-TTHĐND", issuer="THƯỜNG TRỰC HĐND TỈNH THÁI NGUYÊN", agency="thai-nguyen/thuong-truc-hoi-dong-nhan-dan",
       signer="Phạm Hoàng Sơn", position="Chủ tịch", authority=["TM."])),
}

# the s41 leftovers, in forms of our own
VARIANTS = {
 "kh_council_board_named_again_in_full": (doc(["HỘI ĐỒNG NHÂN DÂN", "TỈNH TUYÊN QUANG", "THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN"],
   "21/KH-HĐND", "Tuyên Quang, ngày 14 tháng 4 năm 2026", "KẾ HOẠCH", ["Giám sát việc thực hiện chính sách giảm nghèo"], BODY,
   ["Lưu: VT"], ["TM. THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN", "PHÓ CHỦ TỊCH", "Hà Thị Loan"]),
  dict(issuer="THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN TỈNH TUYÊN QUANG", agency="tuyen-quang/thuong-truc-hoi-dong-nhan-dan",
       signer="Hà Thị Loan", position="Phó Chủ tịch")),
 "kh_commune_council_board_named_again": (doc(["HĐND XÃ BÁT XÁT", "THƯỜNG TRỰC HĐND"], "07/KH-HĐND",
   "Bát Xát, ngày 02 tháng 3 năm 2026", "KẾ HOẠCH", ["Tiếp xúc cử tri trước kỳ họp thứ tư"], BODY, ["Lưu: VT"],
   ["TM. THƯỜNG TRỰC HĐND", "PHÓ CHỦ TỊCH", "Hoàng Văn Páo"]),
  dict(issuer="THƯỜNG TRỰC HĐND XÃ BÁT XÁT", agency="lao-cai.xa-bat-xat/thuong-truc-hoi-dong-nhan-dan", signer="Hoàng Văn Páo")),
 # a title's line with the date of issue run on at its end, no date line of its own
 "title_with_its_date_line_ministry": (["BỘ Y TẾ", *MOTTO, "Số: 45/KH-BYT", "KẾ HOẠCH",
   "Thực hiện chính sách bảo hiểm y tế Hà Nội, ngày 5 tháng 3 năm 2026", *BODY, "Nơi nhận:", "- Lưu: VT.", "KT. BỘ TRƯỞNG",
   "THỨ TRƯỞNG", "Trần Văn Thuấn"],
  # s42 review (tests/test_s42_review_meta.py): a title's place and day are not read as the date of issue
  dict(issued_date=None, place=None, title="Thực hiện chính sách bảo hiểm y tế Hà Nội, ngày 5 tháng 3 năm 2026")),
 "title_with_its_date_line_province": (["ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI", *MOTTO, "Số: 45/KH-UBND", "KẾ HOẠCH",
   "Triển khai chính sách hỗ trợ người có công Lào Cai, ngày 12 tháng 3 năm 2026", *BODY, "Nơi nhận:", "- Lưu: VT.",
   "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn An"],
  dict(issued_date=None, place=None, title="Triển khai chính sách hỗ trợ người có công Lào Cai, ngày 12 tháng 3 năm 2026")),
 "title_with_its_date_line_commune": (["ỦY BAN NHÂN DÂN", "XÃ BÁT XÁT", *MOTTO, "Số: 12/KH-UBND", "KẾ HOẠCH",
   "Phòng, chống thiên tai năm 2026 Bát Xát, ngày 02 tháng 4 năm 2026", *BODY, "Nơi nhận:", "- Lưu: VT.",
   "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Sần Văn Hùng"],
  dict(issued_date=None, place=None, title="Phòng, chống thiên tai năm 2026 Bát Xát, ngày 02 tháng 4 năm 2026")),
}

@pytest.mark.parametrize("name, form", cases_with_variants(PAGES, VARIANTS))
def test_the_page_reads_right(tmp_path, name, form):
    assert wrong_in_form(tmp_path, {**PAGES, **VARIANTS}[name], form) == {}
