"""Openings and signature blocks sampled in s45 (a third blind round on central bodies' documents after the 2025
restructuring, and on e-signed pages), and the classes left from s44.

What the forms are (our own notes; every fixture below is written for the test, names and numbers made up): searches
of the pages corpus ("SAO Y BẢN CHÍNH", "BỘ TÀI CHÍNH CỤC THUẾ kế hoạch", "KT. BỘ TRƯỞNG, CHỦ NHIỆM", "BAN CHẤP HÀNH
TRUNG ƯƠNG … -KH/TW", "KH-BNV-BTC") gave legal sites' copies of plans: the issuer over its rule, the motto, "Số:" and
the place-and-date line in cells, the title in capitals over two or three lines, a merged ministry's name on one line
or two, a ministry's department under it, two bodies' names side by side over a joint number.
PAGES writes central openings anew, each read as text and HTML; VARIANTS the classes fixed, read as DOCX and PDF too.
"""

from __future__ import annotations

import pytest

from page_fields import cases_with_variants, processed, wrong_or_apart
from test_pages_s34_blind import doc as local_doc
from test_pages_s34_blind import party_doc
from test_pages_s43_central import doc

PLAN = ["I. MỤC ĐÍCH, YÊU CẦU", "1. Bảo đảm thực hiện đúng tiến độ.", "II. NHIỆM VỤ", "1. Rà soát, hoàn thiện thể chế."]
HN = "Hà Nội, ngày 12 tháng 3 năm 2026"
TITLE = ["Triển khai thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị"]


def plan(header, number, signature, date_line=HN, title=TITLE, heading="KẾ HOẠCH"):
    return doc(header, number, date_line, heading, title, None, PLAN, signature)


def local_plan(header, number, date_line, signature):
    return local_doc(header, number, date_line, "KẾ HOẠCH", ["Thực hiện nhiệm vụ trọng tâm năm 2026"], PLAN, ["Lưu: VT"], signature)


# name: (lines, expected); "parent" is the issuer's parent (checked apart)
PAGES = {
 # --- ministries merged or renamed in 2025
 "agriculture_and_environment": (plan(["BỘ NÔNG NGHIỆP", "VÀ MÔI TRƯỜNG"], "215/KH-BNNMT", ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Nguyễn Hoàng Hiệp"]),
  dict(number="215/KH-BNNMT", issued_date="2026-03-12", place="Hà Nội", issuer="BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
       agency="viet-nam/bo-nong-nghiep-va-moi-truong", signer="Nguyễn Hoàng Hiệp", position="Thứ trưởng", authority=["KT."])),
 "science_and_technology": (plan(["BỘ KHOA HỌC VÀ CÔNG NGHỆ"], "88/KH-BKHCN", ["BỘ TRƯỞNG", "Nguyễn Mạnh Hùng"]),
  dict(issuer="BỘ KHOA HỌC VÀ CÔNG NGHỆ", agency="viet-nam/bo-khoa-hoc-va-cong-nghe", signer="Nguyễn Mạnh Hùng", position="Bộ trưởng")),
 "ethnic_and_religious_ministry": (plan(["BỘ DÂN TỘC VÀ TÔN GIÁO"], "41/KH-BDTTG", ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Y Vinh Tơr"]),
  dict(issuer="BỘ DÂN TỘC VÀ TÔN GIÁO", agency="viet-nam/bo-dan-toc-va-ton-giao", signer="Y Vinh Tơr", position="Thứ trưởng",
       authority=["KT."])),
 "construction_with_transport": (plan(["BỘ XÂY DỰNG"], "12/KH-BXD", ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Lê Anh Tuấn"]),
  dict(issuer="BỘ XÂY DỰNG", agency="viet-nam/bo-xay-dung", signer="Lê Anh Tuấn", position="Thứ trưởng", authority=["KT."])),
 "finance_with_planning": (plan(["BỘ TÀI CHÍNH"], "1450/KH-BTC", ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Trần Quốc Phương"]),
  dict(issuer="BỘ TÀI CHÍNH", agency="viet-nam/bo-tai-chinh", position="Thứ trưởng", authority=["KT."])),
 "home_affairs_with_labour": (plan(["BỘ NỘI VỤ"], "3312/KH-BNV", ["BỘ TRƯỞNG", "Phạm Thị Thanh Trà"]),
  dict(issuer="BỘ NỘI VỤ", agency="viet-nam/bo-noi-vu", signer="Phạm Thị Thanh Trà", position="Bộ trưởng")),
 # --- a ministry's department, office or inspectorate under it
 "tax_department_under_finance": (plan(["BỘ TÀI CHÍNH", "CỤC THUẾ"], "245/KH-CT", ["KT. CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG", "Mai Sơn"]),
  dict(issuer="CỤC THUẾ", parent="BỘ TÀI CHÍNH", signer="Mai Sơn", position="Phó Cục trưởng", authority=["KT."])),
 "ministry_department_vu": (plan(["BỘ NỘI VỤ", "VỤ TỔ CHỨC CÁN BỘ"], "17/KH-TCCB", ["VỤ TRƯỞNG", "Trương Hải Long"]),
  dict(issuer="VỤ TỔ CHỨC CÁN BỘ", parent="BỘ NỘI VỤ", signer="Trương Hải Long", position="Vụ trưởng")),
 "ministry_office": (plan(["BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "VĂN PHÒNG BỘ"], "05/KH-VP", ["CHÁNH VĂN PHÒNG", "Nguyễn Văn Việt"]),
  dict(issuer="VĂN PHÒNG BỘ", parent="BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", signer="Nguyễn Văn Việt", position="Chánh Văn phòng")),
 "social_insurance_under_finance": (plan(["BỘ TÀI CHÍNH", "BẢO HIỂM XÃ HỘI VIỆT NAM"], "512/KH-BHXH",
   ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Chu Mạnh Sinh"]),
  dict(issuer="BẢO HIỂM XÃ HỘI VIỆT NAM", parent="BỘ TÀI CHÍNH", agency="viet-nam/bao-hiem-xa-hoi-viet-nam", signer="Chu Mạnh Sinh",
       position="Phó Giám đốc", authority=["KT."])),
 "statistics_office_under_finance": (plan(["BỘ TÀI CHÍNH", "CỤC THỐNG KÊ"], "33/KH-CTK", ["CỤC TRƯỞNG", "Nguyễn Thị Hương"]),
  dict(issuer="CỤC THỐNG KÊ", parent="BỘ TÀI CHÍNH", signer="Nguyễn Thị Hương", position="Cục trưởng")),
 # --- the Government Office, the Prime Minister
 "vpcp_notice_deputy_pm": (doc(["VĂN PHÒNG CHÍNH PHỦ"], "515/TB-VPCP", "Hà Nội, ngày 05 tháng 10 năm 2026", "THÔNG BÁO",
   ["Kết luận của Phó Thủ tướng Chính phủ Hồ Đức Phớc tại cuộc họp về", "phương án sắp xếp các ngân hàng thương mại"], None,
   ["Ngày 28 tháng 9 năm 2026, Phó Thủ tướng Chính phủ chủ trì cuộc họp.", "1. Ngân hàng Nhà nước hoàn thiện phương án./."],
   ["TL. THỦ TƯỚNG", "KT. BỘ TRƯỞNG, CHỦ NHIỆM", "PHÓ CHỦ NHIỆM", "Mai Thị Thu Vân"]),
  dict(doc_type="Thông báo", number="515/TB-VPCP", issuer="VĂN PHÒNG CHÍNH PHỦ", agency="viet-nam/van-phong-chinh-phu",
       title="Kết luận của Phó Thủ tướng Chính phủ Hồ Đức Phớc tại cuộc họp về phương án sắp xếp các ngân hàng thương mại",
       signer="Mai Thị Thu Vân", position="Phó Chủ nhiệm", authority=["TL.", "KT."])),
 "pm_directive": (doc(["THỦ TƯỚNG CHÍNH PHỦ"], "12/CT-TTg", "Hà Nội, ngày 20 tháng 4 năm 2026", "CHỈ THỊ",
   ["Về tăng cường công tác phòng, chống thiên tai năm 2026"], None,
   ["Năm 2025, thiên tai diễn biến cực đoan, gây thiệt hại lớn.", "Thủ tướng Chính phủ yêu cầu:", "1. Các Bộ chủ động triển khai./."],
   ["THỦ TƯỚNG", "Phạm Minh Chính"]),
  dict(doc_type="Chỉ thị", number="12/CT-TTg", issued_date="2026-04-20", issuer="THỦ TƯỚNG CHÍNH PHỦ", agency="viet-nam/thu-tuong-chinh-phu",
       title="Về tăng cường công tác phòng, chống thiên tai năm 2026", signer="Phạm Minh Chính", position="Thủ tướng")),
 "government_resolution_plan": (doc(["CHÍNH PHỦ"], "71/NQ-CP", "Hà Nội, ngày 01 tháng 4 năm 2026", "NGHỊ QUYẾT",
   ["Ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số 66-NQ/TW"], "CHÍNH PHỦ",
   ["Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;", "QUYẾT NGHỊ:", "Điều 1. Ban hành kèm theo Nghị quyết này Chương trình hành động."],
   ["TM. CHÍNH PHỦ", "KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", "Lê Thành Long"]),
  dict(doc_type="Nghị quyết", number="71/NQ-CP", issuer="CHÍNH PHỦ", agency="viet-nam/chinh-phu", signer="Lê Thành Long",
       position="Phó Thủ tướng", authority=["TM.", "KT."])),
 # --- the National Assembly
 "assembly_resolution_no_date_line": (["QUỐC HỘI", "-------", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
   "---------------", "Nghị quyết số: 203/2025/QH15", "NGHỊ QUYẾT", "Sửa đổi, bổ sung một số điều của Hiến pháp",
   "QUỐC HỘI", "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;", "QUYẾT NGHỊ:", "Điều 1. Sửa đổi, bổ sung.",
   "Nghị quyết này được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XV, kỳ họp thứ 9 thông qua ngày 16 tháng 6 năm 2025.",
   "CHỦ TỊCH QUỐC HỘI", "Trần Thanh Mẫn"],
  dict(doc_type="Nghị quyết", number="203/2025/QH15", issuer="QUỐC HỘI", agency="viet-nam/quoc-hoi", signer="Trần Thanh Mẫn",
       position="Chủ tịch Quốc hội")),
 "standing_committee_plan": (plan(["ỦY BAN THƯỜNG VỤ QUỐC HỘI"], "07/KH-UBTVQH15", ["TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI", "CHỦ TỊCH", "Trần Thanh Mẫn"]),
  dict(number="07/KH-UBTVQH15", issuer="ỦY BAN THƯỜNG VỤ QUỐC HỘI", agency="viet-nam/uy-ban-thuong-vu-quoc-hoi", signer="Trần Thanh Mẫn",
       position="Chủ tịch", authority=["TM."])),
 "assembly_office": (plan(["VĂN PHÒNG QUỐC HỘI"], "102/KH-VPQH", ["KT. CHỦ NHIỆM", "PHÓ CHỦ NHIỆM", "Lê Quang Mạnh"]),
  dict(issuer="VĂN PHÒNG QUỐC HỘI", agency="viet-nam/van-phong-quoc-hoi", signer="Lê Quang Mạnh", position="Phó Chủ nhiệm",
       authority=["KT."])),
 # --- the Party's central bodies
 "politburo_plan": (party_doc(["BAN CHẤP HÀNH TRUNG ƯƠNG"], "05-KH/TW", "Hà Nội, ngày 20 tháng 02 năm 2026", "KẾ HOẠCH",
   ["Tổng kết 40 năm công cuộc đổi mới"], PLAN, ["Các tỉnh ủy, thành ủy", "Lưu Văn phòng Trung ương Đảng"],
   ["T/M BỘ CHÍNH TRỊ", "Trần Cẩm Tú"]),
  dict(number="05-KH/TW", issued_date="2026-02-20", issuer=("BỘ CHÍNH TRỊ", "BAN CHẤP HÀNH TRUNG ƯƠNG"), signer="Trần Cẩm Tú", authority=["TM."])),
 "secretariat_plan": (party_doc(["BAN CHẤP HÀNH TRUNG ƯƠNG"], "18-KH/TW", "Hà Nội, ngày 02 tháng 6 năm 2026", "KẾ HOẠCH",
   ["Sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW"], PLAN, ["Lưu Văn phòng Trung ương Đảng"], ["T/M BAN BÍ THƯ", "Trần Cẩm Tú"]),
  dict(number="18-KH/TW", issuer=("BAN BÍ THƯ", "BAN CHẤP HÀNH TRUNG ƯƠNG"), signer="Trần Cẩm Tú", authority=["TM."])),
 "central_party_board": (party_doc(["BAN CHẤP HÀNH TRUNG ƯƠNG", "BAN TUYÊN GIÁO VÀ DÂN VẬN"], "45-KH/BTGDVTW", "Hà Nội, ngày 12 tháng 3 năm 2026",
   "KẾ HOẠCH", ["Tuyên truyền kỷ niệm 96 năm Ngày thành lập Đảng"], PLAN, ["Lưu Văn phòng"], ["K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Phan Xuân Thủy"]),
  dict(number="45-KH/BTGDVTW", issuer="BAN TUYÊN GIÁO VÀ DÂN VẬN", parent="BAN CHẤP HÀNH TRUNG ƯƠNG", signer="Phan Xuân Thủy",
       position="Phó Trưởng ban", authority=["KT."])),
 "central_party_office": (party_doc(["BAN CHẤP HÀNH TRUNG ƯƠNG", "VĂN PHÒNG"], "12-KH/VPTW", "Hà Nội, ngày 12 tháng 3 năm 2026",
   "KẾ HOẠCH", ["Chuyển đổi số trong các cơ quan Đảng năm 2026"], PLAN, ["Lưu Văn phòng"], ["CHÁNH VĂN PHÒNG", "Lê Hoài Trung"]),
  dict(number="12-KH/VPTW", parent="BAN CHẤP HÀNH TRUNG ƯƠNG", signer="Lê Hoài Trung", position="Chánh Văn phòng")),
 # --- courts, procuracy, audit, the State Bank
 "supreme_court_plan": (plan(["TÒA ÁN NHÂN DÂN TỐI CAO"], "85/KH-TANDTC", ["KT. CHÁNH ÁN", "PHÓ CHÁNH ÁN", "Nguyễn Văn Tiến"]),
  dict(issuer="TÒA ÁN NHÂN DÂN TỐI CAO", agency="viet-nam/toa-an-nhan-dan-toi-cao", signer="Nguyễn Văn Tiến", position="Phó Chánh án",
       authority=["KT."])),
 "supreme_procuracy_plan": (plan(["VIỆN KIỂM SÁT NHÂN DÂN", "TỐI CAO"], "22/KH-VKSTC", ["VIỆN TRƯỞNG", "Nguyễn Huy Tiến"]),
  dict(issuer="VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO", agency="viet-nam/vien-kiem-sat-nhan-dan-toi-cao", signer="Nguyễn Huy Tiến",
       position="Viện trưởng")),
 "state_audit_plan": (plan(["KIỂM TOÁN NHÀ NƯỚC"], "09/KH-KTNN", ["KT. TỔNG KIỂM TOÁN", "PHÓ TỔNG KIỂM TOÁN", "Hà Thị Mỹ Dung"]),
  dict(issuer="KIỂM TOÁN NHÀ NƯỚC", agency="viet-nam/kiem-toan-nha-nuoc", position="Phó Tổng Kiểm toán", authority=["KT."])),
 "state_bank_governor": (plan(["NGÂN HÀNG NHÀ NƯỚC", "VIỆT NAM"], "14/KH-NHNN", ["THỐNG ĐỐC", "Nguyễn Thị Hồng"]),
  dict(number="14/KH-NHNN", issuer="NGÂN HÀNG NHÀ NƯỚC VIỆT NAM", agency="viet-nam/ngan-hang-nha-nuoc-viet-nam", signer="Nguyễn Thị Hồng",
       position="Thống đốc")),
 "state_bank_deputy_governor": (plan(["NGÂN HÀNG NHÀ NƯỚC", "VIỆT NAM"], "15/KH-NHNN", ["KT. THỐNG ĐỐC", "PHÓ THỐNG ĐỐC", "Phạm Quang Dũng"]),
  dict(issuer="NGÂN HÀNG NHÀ NƯỚC VIỆT NAM", signer="Phạm Quang Dũng", position="Phó Thống đốc", authority=["KT."])),
 # --- joint plans: two bodies, two signers side by side
 "joint_plan_two_ministries": (["BỘ NỘI VỤ - BỘ TÀI CHÍNH", "-------", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
   "---------------", "Số: 05/KH-BNV-BTC", HN, "KẾ HOẠCH LIÊN TỊCH", "Triển khai chế độ tiền lương mới", *PLAN,
   "KT. BỘ TRƯỞNG BỘ TÀI CHÍNH\tKT. BỘ TRƯỞNG BỘ NỘI VỤ", "THỨ TRƯỞNG\tTHỨ TRƯỞNG", "Nguyễn Đức Chi\tTrương Hải Long",
   "Nơi nhận:", "- Như trên;", "- Lưu: VT BNV, VT BTC."],
  dict(number="05/KH-BNV-BTC", issuer=("BỘ NỘI VỤ - BỘ TÀI CHÍNH", "BỘ NỘI VỤ"), joint=2, signer="Nguyễn Đức Chi",
       position="Thứ trưởng Bộ Tài chính",
       authority=["KT."])),
 # --- a body under Chính phủ and other central bodies
 "vietnam_academy": (plan(["VIỆN HÀN LÂM KHOA HỌC", "VÀ CÔNG NGHỆ VIỆT NAM"], "31/KH-VHL", ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Tuấn Anh"]),
  dict(issuer="VIỆN HÀN LÂM KHOA HỌC VÀ CÔNG NGHỆ VIỆT NAM", signer="Trần Tuấn Anh", position="Phó Chủ tịch", authority=["KT."])),
 "front_central_committee": (plan(["ỦY BAN TRUNG ƯƠNG", "MẶT TRẬN TỔ QUỐC VIỆT NAM", "BAN THƯỜNG TRỰC"], "112/KH-MTTW-BTT",
   ["TM. BAN THƯỜNG TRỰC", "PHÓ CHỦ TỊCH", "Hoàng Công Thủy"]),
  dict(number="112/KH-MTTW-BTT", signer="Hoàng Công Thủy", position="Phó Chủ tịch", authority=["TM."])),
 # --- a second batch: other layouts of the same bodies
 "joint_plan_bodies_stacked_signers_one_under_the_other": (["BỘ NỘI VỤ", "BỘ TÀI CHÍNH", "-------", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
   "Độc lập - Tự do - Hạnh phúc", "---------------", "Số: 06/KH-BNV-BTC", HN, "KẾ HOẠCH", "Triển khai chế độ tiền lương mới", *PLAN,
   "Nơi nhận:", "- Như trên;", "- Lưu: VT BNV, VT BTC.", "KT. BỘ TRƯỞNG BỘ NỘI VỤ", "THỨ TRƯỞNG", "Trương Hải Long",
   "KT. BỘ TRƯỞNG BỘ TÀI CHÍNH", "THỨ TRƯỞNG", "Nguyễn Đức Chi"],
  dict(number="06/KH-BNV-BTC", joint=2, signer="Trương Hải Long", authority=["KT."])),
 "tax_office_three_levels": (plan(["BỘ TÀI CHÍNH", "CỤC THUẾ", "THUẾ TỈNH NGHỆ AN"], "88/KH-NAN", ["KT. TRƯỞNG THUẾ TỈNH", "PHÓ TRƯỞNG THUẾ TỈNH", "Lê Văn Hải"],
   date_line="Nghệ An, ngày 12 tháng 3 năm 2026"),
  dict(issuer="THUẾ TỈNH NGHỆ AN", parent="CỤC THUẾ", place="Nghệ An", signer="Lê Văn Hải", authority=["KT."])),
 "ministry_signed_by_its_department_head": (plan(["BỘ TƯ PHÁP"], "55/KH-BTP", ["TL. BỘ TRƯỞNG", "VỤ TRƯỞNG VỤ PHÁP CHẾ", "Đặng Thị Hằng"]),
  dict(issuer="BỘ TƯ PHÁP", signer="Đặng Thị Hằng", position="Vụ trưởng Vụ Pháp chế", authority=["TL."])),
 "defence_ministry_rank": (plan(["BỘ QUỐC PHÒNG"], "1020/KH-BQP", ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Thượng tướng Hoàng Xuân Chiến"]),
  dict(issuer="BỘ QUỐC PHÒNG", agency="viet-nam/bo-quoc-phong", signer="Hoàng Xuân Chiến", position="Thứ trưởng", authority=["KT."])),
 "public_security_ministry_rank": (plan(["BỘ CÔNG AN"], "312/KH-BCA-V03", ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Thượng tướng Lê Quốc Hùng"]),
  dict(number="312/KH-BCA-V03", issuer="BỘ CÔNG AN", agency="viet-nam/bo-cong-an", signer="Lê Quốc Hùng", position="Thứ trưởng")),
 "supreme_court_over_two_lines_vice_chief": (plan(["TÒA ÁN NHÂN DÂN", "TỐI CAO"], "86/KH-TANDTC", ["KT. CHÁNH ÁN", "PHÓ CHÁNH ÁN", "Lê Tiến"]),
  dict(issuer="TÒA ÁN NHÂN DÂN TỐI CAO", agency="viet-nam/toa-an-nhan-dan-toi-cao", signer="Lê Tiến", position="Phó Chánh án")),
 "government_party_committee": (party_doc(["ĐẢNG BỘ CHÍNH PHỦ", "ĐẢNG ỦY CHÍNH PHỦ"], "12-KH/ĐU", "Hà Nội, ngày 12 tháng 3 năm 2026",
   "KẾ HOẠCH", ["Học tập, quán triệt Nghị quyết Đại hội"], PLAN, ["Lưu Văn phòng Đảng ủy"], ["T/M ĐẢNG ỦY", "PHÓ BÍ THƯ", "Nguyễn Hòa Bình"]),
  dict(number="12-KH/ĐU", issuer="ĐẢNG ỦY CHÍNH PHỦ", signer="Nguyễn Hòa Bình", position="Phó Bí thư", authority=["TM."])),
 "central_party_agencies_committee": (party_doc(["ĐẢNG ỦY CÁC CƠ QUAN", "ĐẢNG TRUNG ƯƠNG"], "20-KH/ĐU", "Hà Nội, ngày 12 tháng 3 năm 2026",
   "KẾ HOẠCH", ["Kiểm tra, giám sát năm 2026"], PLAN, ["Lưu Văn phòng Đảng ủy"], ["T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Nguyễn Duy Ngọc"]),
  dict(issuer="ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TRUNG ƯƠNG", signer="Nguyễn Duy Ngọc", position="Bí thư", authority=["TM."])),
 "law_of_the_assembly": (["QUỐC HỘI", "-------", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------",
   "Luật số: 64/2025/QH15", "LUẬT", "BAN HÀNH VĂN BẢN QUY PHẠM PHÁP LUẬT", "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;",
   "Quốc hội ban hành Luật Ban hành văn bản quy phạm pháp luật.", "Điều 1. Phạm vi điều chỉnh",
   "Luật này được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XV, kỳ họp thứ 9 thông qua ngày 19 tháng 02 năm 2025.",
   "CHỦ TỊCH QUỐC HỘI", "Trần Thanh Mẫn"],
  dict(doc_type="Luật", number="64/2025/QH15", issuer="QUỐC HỘI", signer="Trần Thanh Mẫn", position="Chủ tịch Quốc hội")),
 "ocr_spacing_in_the_header": (["BỘ TÀI CHÍNH", "-------", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
   "Số : 1450 /KH-BTC", "Hà Nội , ngày 12 tháng 3 năm 2026", "KẾ HOẠCH", *TITLE, *PLAN, "Nơi nhận:", "- Lưu: VT.",
   "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Trần Quốc Phương"],
  dict(number="1450/KH-BTC", issued_date="2026-03-12", place="Hà Nội", issuer="BỘ TÀI CHÍNH", signer="Trần Quốc Phương")),
 "copy_stamp_over_the_header": (["SAO Y BẢN CHÍNH", *plan(["BỘ Y TẾ"], "77/KH-BYT", ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Đỗ Xuân Tuyên"])],
  dict(number="77/KH-BYT", issuer="BỘ Y TẾ", agency="viet-nam/bo-y-te", signer="Đỗ Xuân Tuyên", position="Thứ trưởng")),
 "copy_block_with_its_own_header_lines": (plan(["BỘ Y TẾ"], "78/KH-BYT", ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Đỗ Xuân Tuyên"]) +
   ["SỞ Y TẾ TỈNH LÀO CAI", "-------", "SAO LỤC", "Số: 15/SL-SYT", "Lào Cai, ngày 20 tháng 3 năm 2026", "Nơi nhận:", "- Các đơn vị;",
    "- Lưu: VT.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Hoàng Văn Lâm"],
  dict(number="78/KH-BYT", issued_date="2026-03-12", place="Hà Nội", issuer="BỘ Y TẾ", signer="Đỗ Xuân Tuyên", position="Thứ trưởng")),
}

# "SAO Y" / "SAO LỤC" blocks a receiving body appends under a document: their number, date and signer are never the
# document's
COPY_BLOCK = ["UBND TỈNH NINH BÌNH", "VĂN PHÒNG", "Số: 45/SY-VP", "SAO Y", "Ninh Bình, ngày 20 tháng 3 năm 2026",
              "Nơi nhận:", "- Các sở, ngành;", "- Lưu: VT.", "TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "Đinh Thị Hoa"]
COPY_BLOCK_LUC = ["BỘ TÀI CHÍNH", "Số: 12/SL-BTC", "SAO LỤC", "Hà Nội, ngày 25 tháng 3 năm 2026",
                  "Nơi nhận:", "- Cục Thuế;", "- Lưu: VT.", "TL. BỘ TRƯỞNG", "CHÁNH VĂN PHÒNG", "Lê Văn Bình"]

VARIANTS = {
 # the classes left from s44
 "union_abbreviated_under_its_sector": (local_plan(["CĐ NGÀNH Y TẾ TỈNH ĐỒNG NAI", "CĐCS TRẠM Y TẾ XÃ ĐỊNH QUÁN"], "05/KH-CĐ",
   "Định Quán, ngày 12 tháng 3 năm 2026", ["TM. BAN CHẤP HÀNH", "CHỦ TỊCH", "Nguyễn Văn Bình"]),
  dict(issuer="CĐCS TRẠM Y TẾ XÃ ĐỊNH QUÁN", parent="CĐ NGÀNH Y TẾ TỈNH ĐỒNG NAI", signer="Nguyễn Văn Bình", position="Chủ tịch",
       authority=["TM."])),
 "union_abbreviated_under_the_federation": (local_plan(["LĐLĐ TỈNH ĐỒNG NAI", "CĐ VIÊN CHỨC TỈNH"], "06/KH-CĐVC",
   "Đồng Nai, ngày 12 tháng 3 năm 2026", ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "Nguyễn Văn Bình"]),
  dict(issuer="CĐ VIÊN CHỨC TỈNH", parent="LĐLĐ TỈNH ĐỒNG NAI", position="Chủ tịch", authority=["TM."])),
 "school_union_under_the_sector_spelt_out": (local_plan(["CÔNG ĐOÀN NGÀNH GIÁO DỤC", "CĐ TRƯỜNG THCS PHÚ LỢI"], "07/KH-CĐ",
   "Đồng Nai, ngày 12 tháng 3 năm 2026", ["TM. BAN CHẤP HÀNH", "CHỦ TỊCH", "Lê Thị Hồng"]),
  dict(issuer="CĐ TRƯỜNG THCS PHÚ LỢI", parent="CÔNG ĐOÀN NGÀNH GIÁO DỤC", signer="Lê Thị Hồng")),
 "post_head_with_the_unit_after_the_post": (local_plan(["BĐBP TỈNH QUẢNG TRỊ", "ĐỒN BIÊN PHÒNG LA LAY"], "13/KH-ĐBP",
   "A Ngo, ngày 12 tháng 10 năm 2025", ["TRƯỞNG ĐỒN", "Thiếu tá Nguyễn Văn Lực"]),
  dict(issuer="ĐỒN BIÊN PHÒNG LA LAY", signer="Nguyễn Văn Lực", position="Trưởng đồn")),
 "post_deputy_with_the_unit_after_the_post": (local_plan(["BĐBP TỈNH QUẢNG TRỊ", "ĐỒN BIÊN PHÒNG LA LAY"], "14/KH-ĐBP",
   "A Ngo, ngày 12 tháng 10 năm 2025", ["KT. TRƯỞNG ĐỒN", "PHÓ TRƯỞNG ĐỒN", "Đại úy Hồ Văn Thành"]),
  dict(signer="Hồ Văn Thành", position="Phó Trưởng đồn", authority=["KT."])),
 "ranger_head_with_the_unit_after_the_post": (local_plan(["CHI CỤC KIỂM LÂM TỈNH ĐỒNG NAI", "HẠT KIỂM LÂM KHU VỰC ĐỊNH QUÁN"], "12/KH-HKL",
   "Định Quán, ngày 12 tháng 10 năm 2025", ["TRƯỞNG HẠT", "Điểu Văn Sơn"]),
  dict(signer="Điểu Văn Sơn", position="Trưởng hạt")),
 # a head's post in capitals over two lines, neither a post alone
 "post_over_two_lines_border": (local_plan(["BĐBP TỈNH QUẢNG TRỊ", "ĐỒN BIÊN PHÒNG LA LAY"], "15/KH-ĐBP", "A Ngo, ngày 12 tháng 10 năm 2025",
   ["TRƯỞNG", "ĐỒN", "Thiếu tá Nguyễn Văn Lực"]),
  dict(signer="Nguyễn Văn Lực", position="Trưởng đồn")),
 "post_over_two_lines_director": (local_plan(["UBND TỈNH ĐỒNG NAI", "SỞ Y TẾ"], "16/KH-SYT", "Đồng Nai, ngày 12 tháng 10 năm 2025",
   ["GIÁM", "ĐỐC", "Nguyễn Văn Lực"]),
  dict(signer="Nguyễn Văn Lực", position="Giám đốc")),
 "post_over_two_lines_head_of_department": (plan(["BỘ TÀI CHÍNH", "CỤC THUẾ"], "17/KH-CT", ["CỤC", "TRƯỞNG", "Mai Xuân Thành"]),
  dict(issuer="CỤC THUẾ", signer="Mai Xuân Thành", position="Cục trưởng")),
 "post_over_two_lines_chief_judge": (plan(["TÒA ÁN NHÂN DÂN TỐI CAO"], "18/KH-TANDTC", ["CHÁNH", "ÁN", "Lê Minh Trí"]),
  dict(signer="Lê Minh Trí", position="Chánh án")),
 "post_over_two_lines_governor": (plan(["NGÂN HÀNG NHÀ NƯỚC", "VIỆT NAM"], "19/KH-NHNN", ["THỐNG", "ĐỐC", "Nguyễn Thị Hồng"]),
  dict(signer="Nguyễn Thị Hồng", position="Thống đốc")),
 # a signing stamp's day with no time is no place-and-date line
 "stamp_day_without_time_over_a_letter": (["Người ký: Văn phòng Chính phủ", "Email: vpcp@chinhphu.vn", "Cơ quan: Văn phòng Chính phủ",
   "Ngày ký: 04/05/2026", "VĂN PHÒNG CHÍNH PHỦ", "Số: 3120/VPCP-KGVX", "V/v triển khai Kế hoạch chuyển đổi số",
   "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Hà Nội, ngày 30 tháng 4 năm 2026",
   "Kính gửi: Các bộ, cơ quan ngang bộ.", "Thủ tướng Chính phủ yêu cầu các bộ triển khai kịp thời./.",
   "Nơi nhận:", "- Như trên;", "- Lưu: VT, KGVX.", "KT. BỘ TRƯỞNG, CHỦ NHIỆM", "PHÓ CHỦ NHIỆM", "Nguyễn Sỹ Hiệp"],
  dict(number="3120/VPCP-KGVX", issued_date="2026-04-30", place="Hà Nội", signer="Nguyễn Sỹ Hiệp", position="Phó Chủ nhiệm", authority=["KT."])),
 "stamp_day_without_time_and_a_blank_day": (["Ký bởi: Bộ Tài chính", "Ngày ký: 04.05.2026", "BỘ TÀI CHÍNH", "Số:      /KH-BTC",
   "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Hà Nội, ngày      tháng 5 năm 2026", "KẾ HOẠCH",
   *TITLE, *PLAN, "Nơi nhận:", "- Lưu: VT.", "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Cao Anh Tuấn"],
  dict(issued_date=None, signer="Cao Anh Tuấn", position="Thứ trưởng")),
 # a copy's block under the document: its number, date and signer are the copying body's
 "copy_block_under_a_plan": (plan(["BỘ NỘI VỤ"], "3312/KH-BNV", ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Vũ Chiến Thắng"]) + COPY_BLOCK,
  dict(number="3312/KH-BNV", issued_date="2026-03-12", place="Hà Nội", issuer="BỘ NỘI VỤ", signer="Vũ Chiến Thắng", position="Thứ trưởng",
       authority=["KT."])),
 "copy_block_luc_under_a_directive": (doc(["THỦ TƯỚNG CHÍNH PHỦ"], "12/CT-TTg", "Hà Nội, ngày 20 tháng 3 năm 2026", "CHỈ THỊ",
   ["Về tăng cường công tác phòng, chống thiên tai năm 2026"], None, ["Thủ tướng Chính phủ yêu cầu:", "1. Các Bộ chủ động triển khai./."],
   ["THỦ TƯỚNG", "Phạm Minh Chính"]) + COPY_BLOCK_LUC,
  dict(number="12/CT-TTg", issued_date="2026-03-20", issuer="THỦ TƯỚNG CHÍNH PHỦ", signer="Phạm Minh Chính", position="Thủ tướng")),

 # a body's name wrapped after a word that needs what follows, or before a kind's word with a comma after it
 "department_wrapped_after_and": (plan(["BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "CỤC QUẢN LÝ ĐÊ ĐIỀU VÀ", "PHÒNG, CHỐNG THIÊN TAI"], "12/KH-ĐĐPCTT",
   ["CỤC TRƯỞNG", "Phạm Đức Luận"]),
  dict(issuer="CỤC QUẢN LÝ ĐÊ ĐIỀU VÀ PHÒNG, CHỐNG THIÊN TAI", parent="BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", signer="Phạm Đức Luận",
       position="Cục trưởng")),
 "central_steering_committee_wrapped_after_about": (party_doc(["BAN CHỈ ĐẠO TRUNG ƯƠNG VỀ", "PHÒNG, CHỐNG THAM NHŨNG,", "LÃNG PHÍ, TIÊU CỰC"],
   "15-KH/BCĐTW", HN, "KẾ HOẠCH", ["Công tác năm 2026"], PLAN, ["Lưu Văn phòng"], ["T/M BAN CHỈ ĐẠO", "PHÓ TRƯỞNG BAN", "Nguyễn Duy Ngọc"]),
  dict(number="15-KH/BCĐTW", issuer="BAN CHỈ ĐẠO TRUNG ƯƠNG VỀ PHÒNG, CHỐNG THAM NHŨNG, LÃNG PHÍ, TIÊU CỰC", parent=None,
       signer="Nguyễn Duy Ngọc", position="Phó Trưởng ban", authority=["TM."])),
 "steering_committee_wrapped_before_prevention": (local_plan(["UBND TỈNH ĐỒNG NAI", "BAN CHỈ ĐẠO CÔNG TÁC", "PHÒNG, CHỐNG DỊCH BỆNH"],
   "08/KH-BCĐ", "Đồng Nai, ngày 12 tháng 3 năm 2026", ["KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Võ Tấn Đức"]),
  dict(issuer="BAN CHỈ ĐẠO CÔNG TÁC PHÒNG, CHỐNG DỊCH BỆNH", parent="UBND TỈNH ĐỒNG NAI", position="Phó Trưởng ban", authority=["KT."])),
 "joint_bodies_dashed_over_two_lines": (["BỘ NỘI VỤ -", "BỘ TÀI CHÍNH", "-------", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
   "Độc lập - Tự do - Hạnh phúc", "---------------", "Số: 07/KH-BNV-BTC", HN, "KẾ HOẠCH", "Triển khai chế độ tiền lương mới", *PLAN,
   "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "KT. BỘ TRƯỞNG BỘ NỘI VỤ", "THỨ TRƯỞNG", "Trương Hải Long"],
  dict(number="07/KH-BNV-BTC", joint=2, signer="Trương Hải Long")),
 # a body of the country named by its kind alone over one of its own bodies
 "assembly_committee_under_the_assembly": (plan(["QUỐC HỘI", "ỦY BAN KINH TẾ VÀ TÀI CHÍNH"], "21/KH-UBKTTC15",
   ["TM. ỦY BAN KINH TẾ VÀ TÀI CHÍNH", "CHỦ NHIỆM", "Phan Văn Mãi"]),
  dict(issuer="ỦY BAN KINH TẾ VÀ TÀI CHÍNH", parent="QUỐC HỘI", agency="viet-nam/uy-ban-kinh-te-va-tai-chinh", signer="Phan Văn Mãi",
       position="Chủ nhiệm", authority=["TM."])),
 "standing_committee_s_own_committee": (plan(["ỦY BAN THƯỜNG VỤ QUỐC HỘI", "ỦY BAN CÔNG TÁC ĐẠI BIỂU"], "20/KH-UBCTĐB",
   ["KT. CHỦ NHIỆM", "PHÓ CHỦ NHIỆM", "Nguyễn Tiến Sinh"]),
  dict(issuer="ỦY BAN CÔNG TÁC ĐẠI BIỂU", parent="ỦY BAN THƯỜNG VỤ QUỐC HỘI", agency="viet-nam/uy-ban-cong-tac-dai-bieu",
       signer="Nguyễn Tiến Sinh", position="Phó Chủ nhiệm", authority=["KT."])),
 "assembly_delegation_of_a_province": (plan(["QUỐC HỘI", "ĐOÀN ĐẠI BIỂU QUỐC HỘI TỈNH NGHỆ AN"], "09/KH-ĐĐBQH",
   ["KT. TRƯỞNG ĐOÀN", "PHÓ TRƯỞNG ĐOÀN", "Trần Nhật Minh"], date_line="Nghệ An, ngày 12 tháng 3 năm 2026"),
  dict(issuer="ĐOÀN ĐẠI BIỂU QUỐC HỘI TỈNH NGHỆ AN", parent="QUỐC HỘI", signer="Trần Nhật Minh", authority=["KT."])),
 "state_audit_over_its_department": (plan(["KIỂM TOÁN NHÀ NƯỚC", "VỤ TỔNG HỢP"], "11/KH-VTH", ["VỤ TRƯỞNG", "Đặng Văn Hải"]),
  dict(issuer="VỤ TỔNG HỢP", parent="KIỂM TOÁN NHÀ NƯỚC", signer="Đặng Văn Hải", position="Vụ trưởng")),
 "assembly_over_its_office": (plan(["QUỐC HỘI", "VĂN PHÒNG QUỐC HỘI"], "12/KH-VPQH", ["KT. CHỦ NHIỆM", "PHÓ CHỦ NHIỆM", "Lê Quang Mạnh"]),
  dict(issuer="VĂN PHÒNG QUỐC HỘI", parent="QUỐC HỘI", agency="viet-nam/van-phong-quoc-hoi", position="Phó Chủ nhiệm")),
 "standing_committee_over_its_institute": (plan(["ỦY BAN THƯỜNG VỤ QUỐC HỘI", "VIỆN NGHIÊN CỨU LẬP PHÁP"], "13/KH-VNCLP",
   ["VIỆN TRƯỞNG", "Lê Văn Bình"]),
  dict(issuer="VIỆN NGHIÊN CỨU LẬP PHÁP", parent="ỦY BAN THƯỜNG VỤ QUỐC HỘI", position="Viện trưởng")),
 # a ministry and its department run together on one line, as a site joins a header cell's lines
 "ministry_and_department_on_one_line": (plan(["BỘ TÀI CHÍNH CỤC THUẾ"], "245/KH-CT", ["KT. CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG", "Mai Sơn"]),
  dict(issuer="CỤC THUẾ", parent="BỘ TÀI CHÍNH", agency="viet-nam/cuc-thue-bo-tai-chinh", position="Phó Cục trưởng")),
 "ministry_and_department_named_with_a_kind_word": (plan(["BỘ XÂY DỰNG CỤC ĐƯỜNG BỘ VIỆT NAM"], "31/KH-CĐBVN", ["CỤC TRƯỞNG", "Lê Văn Bình"]),
  dict(issuer="CỤC ĐƯỜNG BỘ VIỆT NAM", parent="BỘ XÂY DỰNG", agency="viet-nam/cuc-duong-bo-viet-nam-bo-xay-dung")),
 "ministry_and_its_office_on_one_line": (plan(["BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG VĂN PHÒNG BỘ"], "05/KH-VP", ["CHÁNH VĂN PHÒNG", "Nguyễn Văn Việt"]),
  dict(issuer="VĂN PHÒNG BỘ", parent="BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", agency="viet-nam/van-phong-bo-nong-nghiep-va-moi-truong")),
 "ministry_alone_with_a_kind_word_inside": (plan(["BỘ QUỐC PHÒNG"], "1021/KH-BQP", ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Hoàng Xuân Chiến"]),
  dict(issuer="BỘ QUỐC PHÒNG", parent=None, agency="viet-nam/bo-quoc-phong")),
 "government_office_still_one_name": (plan(["VĂN PHÒNG", "CHÍNH PHỦ"], "24/KH-VPCP", ["KT. BỘ TRƯỞNG, CHỦ NHIỆM", "PHÓ CHỦ NHIỆM", "Cao Huy"]),
  dict(issuer="VĂN PHÒNG CHÍNH PHỦ", parent=None, agency="viet-nam/van-phong-chinh-phu", signer="Cao Huy", position="Phó Chủ nhiệm")),
}


@pytest.mark.parametrize("name, form", cases_with_variants(PAGES, VARIANTS))
def test_the_page_reads_right(tmp_path, name, form):
    lines, expected = {**PAGES, **VARIANTS}[name]
    assert wrong_or_apart(processed(tmp_path, lines, form).metadata, expected) == {}


# A digital signature's stamp printed over a letter's subject, its day of signing with no time ("Ngày ký: 04/05/2026"):
# the day of signing is no place-and-date line (it was the date of issue); the page shows none, so none
UNTIMED_STAMPS = {
    "signer_email_day": ["Người ký: Bộ Tài chính", "Email: btc@mof.gov.vn", "Ngày ký: 04/05/2026"],
    "signed_by_office_dotted_day": ["Ký bởi: Văn phòng Chính phủ", "Cơ quan: Văn phòng Chính phủ", "Ngày ký: 04.05.2026"],
    "capitals_dashed_day": ["Người ký: Bộ Nội vụ", "vanthu@moha.gov.vn", "NGÀY KÝ: 04-05-2026"],
    "four_lines_short_day": ["Người ký: Bộ Xây dựng", "Email: bxd@moc.gov.vn", "Cơ quan: Bộ Xây dựng", "Ngày ký: 4/5/2026"],
    "two_lines": ["Ký bởi: Ngân hàng Nhà nước Việt Nam", "Ngày ký: 04/05/2026"],
}
LETTER_TAIL = ["V/v triển khai Kế hoạch chuyển đổi số năm 2026", "Kính gửi: Các bộ, cơ quan ngang bộ.",
               "Để triển khai kịp thời, Thủ tướng Chính phủ yêu cầu các bộ thực hiện."]


@pytest.mark.parametrize("form", ["text", "html", "docx"])
@pytest.mark.parametrize("stamp", UNTIMED_STAMPS)
def test_an_untimed_day_of_signing_is_no_date_of_issue(tmp_path, stamp, form):
    document = processed(tmp_path, [*UNTIMED_STAMPS[stamp], *LETTER_TAIL], form)
    assert (document.metadata.issued_date, document.metadata.signer.name) == (None, None)
    assert "missing_issue_date" in {w.code for w in document.warnings}
