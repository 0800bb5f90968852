"""Forms sampled in s38b (a second blind round aimed at a province's departments and their units, People's Councils and
their standing boards, the Fatherland Front and the unions under it after the 2025 merger, and e-signed plans).

What the forms are (our own notes; every fixture below is written for the test, names and numbers made up):
- searches of the pages corpus for departments' plans ("Kế hoạch Sở Nội vụ tỉnh 2025", "Sở Y tế kế hoạch"), People's
  Councils' resolutions ("Nghị quyết HĐND tỉnh ban hành danh mục") and the Front's plans ("Ủy ban MTTQ tỉnh kế hoạch
  2025") gave mostly a province's committee's decisions and plans about departments, a council's resolution in cells
  with its session line ("HỘI ĐỒNG NHÂN DÂN TỈNH …" / "KHÓA XIII KỲ HỌP THỨ 20") under its title, a joint regulation of
  a committee and its Front committee, and news posts about councils' sessions and the Front's congresses; the
  departments' own documents were few. PAGES writes 21 documents of the brief's kinds: departments' plans, reports and
  letters (Nội vụ, Tài chính, Y tế, Giáo dục và Đào tạo) signed KT. GIÁM ĐỐC, GIÁM ĐỐC, TL. GIÁM ĐỐC / CHÁNH VĂN
  PHÒNG, their units (a Chi cục, a Trung tâm under a department, a Ban quản lý), a committee's plan signed TUQ. CHỦ
  TỊCH by a department's director, councils' resolutions (signed CHỦ TỊCH alone, TM. / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH, TM.
  and the post on one line), a council's standing board's plan and resolution, its economic board's report, the
  office of the National Assembly delegation and the council, the Front's standing board's plans, its Party group, the
  farmers' and women's unions under the Front's name, the Youth Union's committee printed with no place, a resolution
  and a plan in cells, a department's plan whose site ran the header cell's lines together; VARIANTS 11 more (an
  e-signed plan with the signature's stamp over the header, one with its number and day left blank for the signature,
  a department named with its province on one line signed Q. GIÁM ĐỐC, a city's department signed TL. / KT. CHÁNH VĂN
  PHÒNG, …) read as DOCX and PDF too. 32 documents, 83 readings; the page fields and the registry body checked. Before
  this round 2 of them gave 3 readings with a wrong or lost value (issuer 3, registry body 1):
  - "BCH ĐOÀN TNCS HỒ CHÍ MINH" (the Youth Union's committee, no place) gave the issuer "BCH" (wrong, s38's known
    name), in every form: the union's name was set apart as the motto beside the organ. The organ printed with nothing
    but the union's name is now the issuer as printed (unresolved: it names no place); with a body under it ("BCH ĐOÀN
    TNCS HỒ CHÍ MINH" / "TRƯỜNG THPT …") it reads as before;
  - a site that runs a header cell's lines together ("UBND TỈNH CÀ MAU SỞ Y TẾ ------- | CỘNG HÒA …") gave the issuer
    "UBND TỈNH CÀ MAU SỞ Y TẾ" and no registry body (lost): a parent that names a place the registry knows and a body's
    kind with its name after it are now two bodies, the unit the issuer ("HĐND TỈNH KHÁNH HÒA BAN KINH TẾ - NGÂN SÁCH",
    "CÔNG AN TỈNH … PHÒNG …" too); a kind's word inside a place's name parts nothing ("UBND XÃ QUẢNG TRƯỜNG").
- probed beside the sample: a plan's indicator table whose years stand under a span that names a period ("Giai đoạn
  2025 - 2027" over "2025 | 2026 | 2027", merged cells) gave every column the span's period "2025-2027" (wrong: 3 values
  a row); a two-line column's period is now its lower line's when that names one.
Read right before and kept: the department under its committee's name in full or abbreviated, on one line with its
province, or under "ỦY BAN NHÂN DÂN" / "THÀNH PHỐ HỒ CHÍ MINH"; KT., TL. over KT., TUQ., Q.; "(Đã ký)" over the name; the
e-signature's stamp ("Ký bởi" / "Cơ quan" / "Thời gian ký") over the header or under the name; a number and day left
blank (none, warned); a council's session line under its title; "THƯỜNG TRỰC" under the council and its province;
the Front's "BAN THƯỜNG TRỰC" under its name; a union under the Front's name (the union resolved to its province);
indicator tables of one header row, and of two under "Mục tiêu", "Lộ trình thực hiện", "Kế hoạch", "Chỉ tiêu phấn đấu".
Left as read: a site's copy in sentence case down to its signature ("KT. Chi cục trưởng" / "Phó Chi cục trưởng") gives
no signer nor position (lost): every signature line is read in capitals, and no page seen prints one otherwise; a
parent and unit run together where the parent's place is a district or commune the registry does not name ("UBND
HUYỆN ĐỨC CƠ BAN QUẢN LÝ DỰ ÁN") stay one name, unresolved.
"""

from __future__ import annotations

import pytest

from page_fields import cases_with_variants, processed, wrong_in_form
from pipeline.run import process
from test_pages_s34_blind import CELL_MOTTO, LETTER_BODY, MOTTO, PLAN_BODY, UNION, doc

BODY = ["I. MỤC ĐÍCH, YÊU CẦU", "1. Nâng cao chất lượng phục vụ người dân.", "II. NỘI DUNG", "1. Rà soát, sắp xếp bộ máy."]
ESIGN = ["Ký bởi: Sở Nội vụ", "Email: snv@hungyen.gov.vn", "Cơ quan: Tỉnh Hưng Yên", "Thời gian ký: 12.03.2025 10:15:20 +07:00"]

# name: (lines, expected); cited: [(doc_type, number, issued_date)] in order; a tuple of values: any of them is right
PAGES = {
 "so_noivu_kt": (doc(["UBND TỈNH THANH HÓA", "SỞ NỘI VỤ"], "215/KH-SNV", "Thanh Hóa, ngày 12 tháng 3 năm 2025", "KẾ HOẠCH",
   ["Tuyển dụng công chức năm 2025"], BODY, ["UBND tỉnh (để b/c)", "Các sở, ban, ngành", "Lưu: VT, CCVC"],
   ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lê Văn Hòa"]),
   dict(doc_type="Kế hoạch", number="215/KH-SNV", issued_date="2025-03-12", place="Thanh Hóa", issuer="SỞ NỘI VỤ",
        title="Tuyển dụng công chức năm 2025", signer="Lê Văn Hòa", position="Phó Giám đốc", authority=["KT."],
        recipients=["UBND tỉnh (để b/c)", "Các sở, ban, ngành", "Lưu: VT, CCVC"])),
 "so_taichinh_director": (doc(["ỦY BAN NHÂN DÂN", "TỈNH NAM ĐỊNH", "SỞ TÀI CHÍNH"], "88/KH-STC", "Nam Định, ngày 05 tháng 02 năm 2025", "KẾ HOẠCH",
   ["Thực hành tiết kiệm, chống lãng phí năm 2025"], BODY, ["Như trên", "Lưu: VT"], ["GIÁM ĐỐC", "Trần Thị Ngọc"]),
   dict(doc_type="Kế hoạch", number="88/KH-STC", issued_date="2025-02-05", place="Nam Định", issuer="SỞ TÀI CHÍNH",
        title="Thực hành tiết kiệm, chống lãng phí năm 2025", signer="Trần Thị Ngọc", position="Giám đốc", authority=[])),
 "so_yte_tl_chanhvp": (doc(["UBND TỈNH BẮC NINH", "SỞ Y TẾ"], "1032/SYT-VP", "Bắc Ninh, ngày 20 tháng 6 năm 2025", None,
   ["V/v triển khai tháng hành động vì an toàn thực phẩm"], ["Kính gửi: Các đơn vị trực thuộc.", *LETTER_BODY], ["Như trên", "Lưu: VT, VP"],
   ["TL. GIÁM ĐỐC", "CHÁNH VĂN PHÒNG", "Ngô Thị Hạnh"]),
   dict(doc_type="Công văn", number="1032/SYT-VP", issued_date="2025-06-20", place="Bắc Ninh", issuer="SỞ Y TẾ",
        title="triển khai tháng hành động vì an toàn thực phẩm", signer="Ngô Thị Hạnh", position="Chánh Văn phòng", authority=["TL."],
        addressees=["Các đơn vị trực thuộc"])),
 "so_gddt_plan_kt": (doc(["UBND TỈNH NGHỆ AN", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"], "1450/KH-SGDĐT", "Nghệ An, ngày 9 tháng 9 năm 2025", "KẾ HOẠCH",
   ["Thực hiện nhiệm vụ giáo dục thể chất", "năm học 2025-2026"], BODY, ["Bộ GDĐT (để b/c)", "Lưu: VT, GDPT"],
   ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Phan Đức Minh"]),
   dict(doc_type="Kế hoạch", number="1450/KH-SGDĐT", issued_date="2025-09-09", place="Nghệ An", issuer="SỞ GIÁO DỤC VÀ ĐÀO TẠO",
        title="Thực hiện nhiệm vụ giáo dục thể chất năm học 2025-2026", signer="Phan Đức Minh", position="Phó Giám đốc", authority=["KT."])),
 "chicuc_under_so": (doc(["SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "CHI CỤC KIỂM LÂM"], "45/KH-CCKL", "Lạng Sơn, ngày 14 tháng 4 năm 2025", "KẾ HOẠCH",
   ["Phòng cháy, chữa cháy rừng mùa khô năm 2025"], BODY, ["Sở NN&MT (để b/c)", "Lưu: VT"], ["KT. CHI CỤC TRƯỞNG", "PHÓ CHI CỤC TRƯỞNG", "Hoàng Văn Tùng"]),
   dict(doc_type="Kế hoạch", number="45/KH-CCKL", issued_date="2025-04-14", place="Lạng Sơn", issuer="CHI CỤC KIỂM LÂM",
        title="Phòng cháy, chữa cháy rừng mùa khô năm 2025", signer="Hoàng Văn Tùng", position="Phó Chi cục trưởng", authority=["KT."])),
 "trungtam_under_so": (doc(["SỞ Y TẾ TỈNH ĐỒNG THÁP", "TRUNG TÂM KIỂM SOÁT BỆNH TẬT"], "77/KH-KSBT", "Đồng Tháp, ngày 3 tháng 3 năm 2025", "KẾ HOẠCH",
   ["Phòng, chống sốt xuất huyết năm 2025"], BODY, ["Sở Y tế (để b/c)", "Lưu: VT"], ["GIÁM ĐỐC", "Lý Thanh Tâm"]),
   dict(doc_type="Kế hoạch", number="77/KH-KSBT", issued_date="2025-03-03", place="Đồng Tháp", issuer="TRUNG TÂM KIỂM SOÁT BỆNH TẬT",
        title="Phòng, chống sốt xuất huyết năm 2025", signer="Lý Thanh Tâm", position="Giám đốc", authority=[])),
 "ban_quanly_tuq": (doc(["UBND TỈNH BÌNH DƯƠNG", "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP"], "310/KH-BQL", "Bình Dương, ngày 18 tháng 7 năm 2025", "KẾ HOẠCH",
   ["Kiểm tra công tác bảo vệ môi trường tại các khu công nghiệp năm 2025"], BODY, ["Như trên", "Lưu: VT"],
   ["KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Đỗ Minh Khang"]),
   dict(doc_type="Kế hoạch", number="310/KH-BQL", issued_date="2025-07-18", place="Bình Dương", issuer="BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP",
        title="Kiểm tra công tác bảo vệ môi trường tại các khu công nghiệp năm 2025", signer="Đỗ Minh Khang", position="Phó Trưởng ban", authority=["KT."])),
 "tuq_chutich_giamdoc": (doc(["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI"], "55/KH-UBND", "Quảng Ngãi, ngày 21 tháng 5 năm 2025", "KẾ HOẠCH",
   ["Tổ chức kỳ thi tuyển viên chức năm 2025"], BODY, ["Như trên", "Lưu: VT"], ["TUQ. CHỦ TỊCH", "GIÁM ĐỐC SỞ NỘI VỤ", "Võ Thị Lan"]),
   dict(doc_type="Kế hoạch", number="55/KH-UBND", issued_date="2025-05-21", place="Quảng Ngãi", issuer="ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI",
        title="Tổ chức kỳ thi tuyển viên chức năm 2025", signer="Võ Thị Lan", position=("Giám đốc Sở Nội vụ",), authority=["TUQ."])),
 "hdnd_nq_list": (["HỘI ĐỒNG NHÂN DÂN", "TỈNH QUẢNG NGÃI", "-------", *MOTTO, "Số: 41/NQ-HĐND", "Quảng Ngãi, ngày 10 tháng 12 năm 2025", "NGHỊ QUYẾT",
   "Thông qua danh mục công trình, dự án cần thu hồi đất năm 2026", "HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NGÃI", "KHÓA XIII, KỲ HỌP THỨ 35",
   "Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024;", "Xét Tờ trình số 190/TTr-UBND ngày 25 tháng 11 năm 2025 của Ủy ban nhân dân tỉnh;",
   "QUYẾT NGHỊ:", "Điều 1. Thông qua danh mục 52 công trình, dự án.", "Nơi nhận:", "- UBTVQH;", "- Chính phủ;", "- Lưu: VT.",
   "CHỦ TỊCH", "Bùi Thị Quỳnh"],
   dict(doc_type="Nghị quyết", number="41/NQ-HĐND", issued_date="2025-12-10", place="Quảng Ngãi", issuer="HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NGÃI",
        title="Thông qua danh mục công trình, dự án cần thu hồi đất năm 2026", signer="Bùi Thị Quỳnh", position="Chủ tịch",
        cited=[("Tờ trình", "190/TTr-UBND", "2025-11-25")])),
 "hdnd_tm_phochutich": (["HỘI ĐỒNG NHÂN DÂN", "TỈNH HÀ TĨNH", "-------", *MOTTO, "Số: 12/2025/NQ-HĐND", "Hà Tĩnh, ngày 17 tháng 7 năm 2025", "NGHỊ QUYẾT",
   "Ban hành Kế hoạch đầu tư công trung hạn giai đoạn 2026-2030", "HỘI ĐỒNG NHÂN DÂN TỈNH HÀ TĨNH", "KHÓA XVIII, KỲ HỌP THỨ 28",
   "Căn cứ Luật Đầu tư công ngày 29 tháng 11 năm 2024;", "QUYẾT NGHỊ:", "Điều 1. Ban hành kèm theo Nghị quyết này Kế hoạch.", "Nơi nhận:", "- Như Điều 3;", "- Lưu: VT.",
   "TM. HỘI ĐỒNG NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Tú Anh"],
   dict(doc_type="Nghị quyết", number="12/2025/NQ-HĐND", issued_date="2025-07-17", issuer="HỘI ĐỒNG NHÂN DÂN TỈNH HÀ TĨNH",
        title="Ban hành Kế hoạch đầu tư công trung hạn giai đoạn 2026-2030", signer="Trần Tú Anh", position="Phó Chủ tịch", authority=["TM.", "KT."])),
 "thuongtruc_hdnd_plan": (doc(["HỘI ĐỒNG NHÂN DÂN", "TỈNH LÀO CAI", "THƯỜNG TRỰC"], "64/KH-TTHĐND", "Lào Cai, ngày 2 tháng 8 năm 2025", "KẾ HOẠCH",
   ["Giám sát việc giải quyết kiến nghị của cử tri năm 2025"], BODY, ["TT Tỉnh ủy (b/c)", "Lưu: VT"],
   ["TM. THƯỜNG TRỰC HĐND", "PHÓ CHỦ TỊCH", "Giàng Seo Phử"]),
   dict(doc_type="Kế hoạch", number="64/KH-TTHĐND", issued_date="2025-08-02", place="Lào Cai",
        issuer=("THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN TỈNH LÀO CAI", "HỘI ĐỒNG NHÂN DÂN TỈNH LÀO CAI THƯỜNG TRỰC"),
        title="Giám sát việc giải quyết kiến nghị của cử tri năm 2025", signer="Giàng Seo Phử", position="Phó Chủ tịch", authority=["TM."])),
 "mttq_after_merger": (doc(["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM", "TỈNH PHÚ THỌ", "BAN THƯỜNG TRỰC"], "18/KH-MTTQ-BTT", "Phú Thọ, ngày 15 tháng 9 năm 2025", "KẾ HOẠCH",
   ["Tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025"], BODY, ["Các tổ chức chính trị - xã hội tỉnh", "Lưu: VT"],
   ["TM. BAN THƯỜNG TRỰC", "PHÓ CHỦ TỊCH", "Đinh Công Hải"]),
   dict(doc_type="Kế hoạch", number="18/KH-MTTQ-BTT", issued_date="2025-09-15", place="Phú Thọ",
        issuer=("BAN THƯỜNG TRỰC ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH PHÚ THỌ", "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH PHÚ THỌ"),
        title="Tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025", signer="Đinh Công Hải", position="Phó Chủ tịch", authority=["TM."])),
 "bch_doan_noplace": (["BCH ĐOÀN TNCS HỒ CHÍ MINH", "***", "Số: 12-KH/ĐTN", UNION, "Hà Nội, ngày 3 tháng 4 năm 2025", "KẾ HOẠCH",
   "Tổ chức tháng thanh niên năm 2025", *PLAN_BODY, "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "TM. BAN THƯỜNG VỤ", "BÍ THƯ", "Nguyễn Văn An"],
   dict(issuer=("BCH ĐOÀN TNCS HỒ CHÍ MINH", None), title="Tổ chức tháng thanh niên năm 2025", signer="Nguyễn Văn An", position="Bí thư", authority=["TM."])),
 "bc_so_report_indicator": (doc(["UBND TỈNH AN GIANG", "SỞ TÀI CHÍNH"], "402/BC-STC", "An Giang, ngày 30 tháng 10 năm 2025", "BÁO CÁO",
   ["Tình hình thực hiện dự toán ngân sách 9 tháng năm 2025"], ["I. KẾT QUẢ THỰC HIỆN", "1. Thu ngân sách đạt 78% dự toán."], ["UBND tỉnh", "Lưu: VT, NS"],
   ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Châu Văn Lực"]),
   dict(doc_type="Báo cáo", number="402/BC-STC", issued_date="2025-10-30", place="An Giang", issuer="SỞ TÀI CHÍNH",
        title="Tình hình thực hiện dự toán ngân sách 9 tháng năm 2025", signer="Châu Văn Lực", position="Phó Giám đốc", authority=["KT."])),
 "hdnd_cells_session": (["HỘI ĐỒNG NHÂN DÂN", "TỈNH BÌNH PHƯỚC", "-------", *CELL_MOTTO, "Số: 19/NQ-HĐND", "|", "Bình Phước, ngày", "11 tháng 7 năm 2025", "|",
   "NGHỊ QUYẾT", "THÔNG QUA DANH MỤC DỰ ÁN CẦN THU HỒI ĐẤT BỔ SUNG", "NĂM 2025 TRÊN ĐỊA BÀN TỈNH", "HỘI ĐỒNG NHÂN DÂN TỈNH BÌNH PHƯỚC", "KHÓA X, KỲ HỌP THỨ MƯỜI TÁM",
   "Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024;", "Xét Tờ trình số 77/TTr-UBND ngày 30 tháng 6 năm 2025 của Ủy ban nhân dân tỉnh; Báo cáo thẩm tra",
   "số 51/BC-HĐND-KTNS ngày 5 tháng 7 năm 2025 của Ban kinh tế - ngân sách;", "QUYẾT NGHỊ:", "Điều 1. Thông qua danh mục 14 dự án.", "Nơi nhận:", "- Như Điều 3;", "- Lưu: VT.",
   "CHỦ TỊCH", "Huỳnh Thị Hằng"],
   dict(doc_type="Nghị quyết", number="19/NQ-HĐND", issued_date="2025-07-11", place="Bình Phước", issuer="HỘI ĐỒNG NHÂN DÂN TỈNH BÌNH PHƯỚC",
        agency="binh-phuoc/hoi-dong-nhan-dan", title="THÔNG QUA DANH MỤC DỰ ÁN CẦN THU HỒI ĐẤT BỔ SUNG NĂM 2025 TRÊN ĐỊA BÀN TỈNH", signer="Huỳnh Thị Hằng",
        position="Chủ tịch", cited=[("Tờ trình", "77/TTr-UBND", "2025-06-30"), ("Báo cáo", "51/BC-HĐND-KTNS", "2025-07-05")])),
 "so_cells_plan": (["UBND TỈNH CÀ MAU", "SỞ Y TẾ", "-------", *CELL_MOTTO, "Số: 2155/KH-SYT", "|", "Cà Mau, ngày", "04 tháng 8 năm 2025", "|", "KẾ HOẠCH",
   "Triển khai chiến dịch tiêm vắc xin sởi", "năm 2025", "Căn cứ Quyết định số 1830/QĐ-BYT ngày 10 tháng 6 năm 2025 của Bộ Y tế;", *BODY,
   "Nơi nhận:", "- Bộ Y tế (b/c);", "- UBND tỉnh (b/c);", "- Lưu: VT, NVY.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lâm Văn Bé"],
   dict(doc_type="Kế hoạch", number="2155/KH-SYT", issued_date="2025-08-04", place="Cà Mau", issuer="SỞ Y TẾ", agency="ca-mau/so-y-te",
        title="Triển khai chiến dịch tiêm vắc xin sởi năm 2025", signer="Lâm Văn Bé", position="Phó Giám đốc", authority=["KT."],
        recipients=["Bộ Y tế (b/c)", "UBND tỉnh (b/c)", "Lưu: VT, NVY"], cited=[("Quyết định", "1830/QĐ-BYT", "2025-06-10")])),
 "so_flattened_one_line": (["UBND TỈNH CÀ MAU SỞ Y TẾ ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- |",
   "Số: 2155/KH-SYT | Cà Mau, ngày 04 tháng 8 năm 2025 |", "KẾ HOẠCH", "Triển khai chiến dịch tiêm vắc xin sởi năm 2025", *BODY,
   "Nơi nhận:", "- Bộ Y tế (b/c);", "- Lưu: VT, NVY.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lâm Văn Bé"],
   dict(doc_type="Kế hoạch", number="2155/KH-SYT", issued_date="2025-08-04", place="Cà Mau", issuer="SỞ Y TẾ", agency="ca-mau/so-y-te",
        title="Triển khai chiến dịch tiêm vắc xin sởi năm 2025", signer="Lâm Văn Bé", position="Phó Giám đốc", authority=["KT."])),
 "so_signed_da_ky": (doc(["UBND TỈNH ĐẮK LẮK", "SỞ TÀI CHÍNH"], "1501/KH-STC", "Đắk Lắk, ngày 9 tháng 9 năm 2025", "KẾ HOẠCH",
   ["Kiểm tra công tác quản lý tài sản công năm 2025"], BODY, ["Như trên", "Lưu: VT, QLCS"], ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Đã ký)", "Y Khoa Niê"]),
   dict(issuer="SỞ TÀI CHÍNH", agency="dak-lak/so-tai-chinh", signer="Y Khoa Niê", position="Phó Giám đốc", authority=["KT."])),
 "so_esign_stamp_at_end": (doc(["UBND TỈNH TÂY NINH", "SỞ NỘI VỤ"], "615/KH-SNV", "Tây Ninh, ngày 27 tháng 8 năm 2025", "KẾ HOẠCH",
   ["Đào tạo, bồi dưỡng cán bộ, công chức cấp xã năm 2025"], BODY, ["Như trên", "Lưu: VT, CCVC"],
   ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Thị Kim Loan", "Ký bởi: Sở Nội vụ", "Cơ quan: Tỉnh Tây Ninh", "Thời gian ký: 27.08.2025 16:40:11 +07:00"]),
   dict(issuer="SỞ NỘI VỤ", agency="tay-ninh/so-noi-vu", issued_date="2025-08-27", signer="Nguyễn Thị Kim Loan", position="Phó Giám đốc", authority=["KT."],
        title="Đào tạo, bồi dưỡng cán bộ, công chức cấp xã năm 2025", recipients=["Như trên", "Lưu: VT, CCVC"])),
 "hdnd_tm_one_line": (["HỘI ĐỒNG NHÂN DÂN", "TỈNH QUẢNG NAM", "-------", *MOTTO, "Số: 60/NQ-HĐND", "Quảng Nam, ngày 22 tháng 4 năm 2025", "NGHỊ QUYẾT",
   "Về kế hoạch tổ chức các kỳ họp thường lệ năm 2026", "HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NAM", "KHÓA X KỲ HỌP THỨ 30",
   "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;", "QUYẾT NGHỊ:", "Điều 1. Tổ chức 02 kỳ họp.", "Nơi nhận:", "- Như Điều 2;", "- Lưu: VT.",
   "TM. HỘI ĐỒNG NHÂN DÂN CHỦ TỊCH", "Lương Nguyễn Minh Triết"],
   dict(issuer="HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NAM", title="Về kế hoạch tổ chức các kỳ họp thường lệ năm 2026", signer="Lương Nguyễn Minh Triết",
        position="Chủ tịch", authority=["TM."])),
 "front_commune_after_merger": (doc(["ỦY BAN MTTQ VIỆT NAM", "TỈNH LÂM ĐỒNG", "ĐẢNG ĐOÀN"], "05-KH/ĐĐ", "Lâm Đồng, ngày 15 tháng 8 năm 2025", "KẾ HOẠCH",
   ["Học tập, quán triệt nghị quyết đại hội"], BODY, ["Như trên", "Lưu: VT"], ["T/M ĐẢNG ĐOÀN", "BÍ THƯ", "Ka Mơ Lin"]),
   dict(issuer=("ĐẢNG ĐOÀN ỦY BAN MTTQ VIỆT NAM TỈNH LÂM ĐỒNG", "ĐẢNG ĐOÀN"), signer="Ka Mơ Lin", position="Bí thư", authority=["TM."])),
}

# read as DOCX and PDF too
VARIANTS = {
 "esigned_so_plan": ([*ESIGN, "UBND TỈNH HƯNG YÊN", "SỞ NỘI VỤ", "-------", *MOTTO, "Số: 215/KH-SNV", "Hưng Yên, ngày 12 tháng 3 năm 2025", "KẾ HOẠCH",
   "Cải cách hành chính năm 2025", *BODY, "Nơi nhận:", "- UBND tỉnh (b/c);", "- Lưu: VT, CCHC.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Đào Văn Sơn"],
   dict(doc_type="Kế hoạch", number="215/KH-SNV", issued_date="2025-03-12", place="Hưng Yên", issuer="SỞ NỘI VỤ", agency="hung-yen/so-noi-vu",
        title="Cải cách hành chính năm 2025", signer="Đào Văn Sơn", position="Phó Giám đốc", authority=["KT."])),
 "esigned_number_blank": (["UBND TỈNH HƯNG YÊN", "SỞ NỘI VỤ", "-------", *MOTTO, "Số:        /KH-SNV", "Hưng Yên, ngày      tháng 3 năm 2025", "KẾ HOẠCH",
   "Cải cách hành chính năm 2025", *BODY, "Nơi nhận:", "- UBND tỉnh (b/c);", "- Lưu: VT, CCHC.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Đào Văn Sơn"],
   dict(doc_type="Kế hoạch", number=None, issued_date=None, issuer="SỞ NỘI VỤ", agency="hung-yen/so-noi-vu",
        title="Cải cách hành chính năm 2025", signer="Đào Văn Sơn", position="Phó Giám đốc", authority=["KT."])),
 "so_one_line_with_province": (doc(["SỞ NỘI VỤ TỈNH HƯNG YÊN"], "30/KH-SNV", "Hưng Yên, ngày 4 tháng 1 năm 2025", "KẾ HOẠCH",
   ["Công tác văn thư, lưu trữ năm 2025"], BODY, ["Như trên", "Lưu: VT"], ["Q. GIÁM ĐỐC", "Phạm Thị Lụa"]),
   dict(issuer="SỞ NỘI VỤ TỈNH HƯNG YÊN", agency="hung-yen/so-noi-vu", signer="Phạm Thị Lụa", position="Giám đốc", authority=["Q."])),
 "so_hcm_city": (doc(["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"], "3120/KH-SGDĐT", "Thành phố Hồ Chí Minh, ngày 28 tháng 8 năm 2025",
   "KẾ HOẠCH", ["Tổ chức khai giảng năm học 2025 - 2026"], BODY, ["Như trên", "Lưu: VT, VP"], ["TL. GIÁM ĐỐC", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "Lâm Thị Thu"]),
   dict(issuer="SỞ GIÁO DỤC VÀ ĐÀO TẠO", agency="ho-chi-minh/so-giao-duc-va-dao-tao", place="Thành phố Hồ Chí Minh", issued_date="2025-08-28",
        signer="Lâm Thị Thu", position="Phó Chánh Văn phòng", authority=["TL.", "KT."])),
 "union_under_front": (doc(["ỦY BAN MTTQ VIỆT NAM", "TỈNH NGHỆ AN", "HỘI NÔNG DÂN TỈNH"], "41/KH-HND", "Nghệ An, ngày 10 tháng 10 năm 2025", "KẾ HOẠCH",
   ["Tổ chức hội thi nhà nông đua tài năm 2025"], BODY, ["Như trên", "Lưu: VT"], ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "Hồ Văn Lâm"]),
   dict(issuer=("HỘI NÔNG DÂN TỈNH", "HỘI NÔNG DÂN TỈNH NGHỆ AN"), agency="nghe-an/hoi-nong-dan", signer="Hồ Văn Lâm", position="Chủ tịch", authority=["TM."])),
 "women_under_front": (doc(["MTTQ VIỆT NAM TỈNH QUẢNG TRỊ", "HỘI LIÊN HIỆP PHỤ NỮ TỈNH"], "22/KH-HPN", "Quảng Trị, ngày 1 tháng 11 năm 2025", "KẾ HOẠCH",
   ["Triển khai chương trình phụ nữ khởi nghiệp năm 2026"], BODY, ["Như trên", "Lưu: VT"], ["TM. BAN THƯỜNG VỤ", "PHÓ CHỦ TỊCH", "Lê Thị Hằng"]),
   dict(issuer=("HỘI LIÊN HIỆP PHỤ NỮ TỈNH", "HỘI LIÊN HIỆP PHỤ NỮ TỈNH QUẢNG TRỊ"), agency="quang-tri/hoi-lien-hiep-phu-nu", signer="Lê Thị Hằng",
        position="Phó Chủ tịch", authority=["TM."])),
 "front_pct_thuongtruc": (doc(["ỦY BAN MTTQ VIỆT NAM", "TỈNH GIA LAI"], "120/KH-MTTQ-BTT", "Gia Lai, ngày 6 tháng 10 năm 2025", "KẾ HOẠCH",
   ["Giám sát việc thực hiện chính sách bảo hiểm y tế năm 2025"], BODY, ["BTT UBTƯ MTTQ VN (b/c)", "Thường trực Tỉnh ủy (b/c)", "Lưu: VT"],
   ["TM. BAN THƯỜNG TRỰC", "PHÓ CHỦ TỊCH THƯỜNG TRỰC", "Rơ Châm Hiền"]),
   dict(issuer="ỦY BAN MTTQ VIỆT NAM TỈNH GIA LAI", agency="gia-lai/uy-ban-mat-tran-to-quoc-viet-nam", signer="Rơ Châm Hiền",
        position="Phó Chủ tịch Thường trực", authority=["TM."],
        recipients=["BTT UBTƯ MTTQ VN (b/c)", "Thường trực Tỉnh ủy (b/c)", "Lưu: VT"])),
 "hdnd_nq_thuongtruc_signed": (["HỘI ĐỒNG NHÂN DÂN", "TỈNH ĐỒNG NAI", "THƯỜNG TRỰC", "-------", *MOTTO, "Số: 88/NQ-TTHĐND", "Đồng Nai, ngày 5 tháng 9 năm 2025",
   "NGHỊ QUYẾT", "Ban hành chương trình giám sát của Thường trực Hội đồng nhân dân tỉnh năm 2026", "THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN TỈNH ĐỒNG NAI",
   "Căn cứ Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân ngày 20 tháng 11 năm 2015;", "QUYẾT NGHỊ:", "Điều 1. Ban hành chương trình.",
   "Nơi nhận:", "- Như Điều 3;", "- Lưu: VT.", "TM. THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN", "CHỦ TỊCH", "Thái Bảo"],
   dict(doc_type="Nghị quyết", number="88/NQ-TTHĐND", issued_date="2025-09-05", issuer=("THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN TỈNH ĐỒNG NAI",),
        agency="dong-nai/thuong-truc-hoi-dong-nhan-dan", title="Ban hành chương trình giám sát của Thường trực Hội đồng nhân dân tỉnh năm 2026",
        signer="Thái Bảo", position="Chủ tịch", authority=["TM."])),
 "hdnd_ban_kinhte": (doc(["HĐND TỈNH KHÁNH HÒA", "BAN KINH TẾ - NGÂN SÁCH"], "45/BC-KTNS", "Khánh Hòa, ngày 2 tháng 12 năm 2025", "BÁO CÁO",
   ["Thẩm tra dự thảo nghị quyết về dự toán ngân sách năm 2026"], ["I. NỘI DUNG THẨM TRA", "1. Về dự toán thu."], ["Thường trực HĐND tỉnh", "Lưu: VT"],
   ["TM. BAN KINH TẾ - NGÂN SÁCH", "TRƯỞNG BAN", "Nguyễn Khắc Định"]),
   dict(issuer="BAN KINH TẾ - NGÂN SÁCH", title="Thẩm tra dự thảo nghị quyết về dự toán ngân sách năm 2026", signer="Nguyễn Khắc Định",
        position="Trưởng ban", authority=["TM."])),
 "vp_doan_dbqh_hdnd": (doc(["ĐOÀN ĐBQH VÀ HĐND TỈNH THÁI BÌNH", "VĂN PHÒNG"], "210/KH-VP", "Thái Bình, ngày 18 tháng 3 năm 2025", "KẾ HOẠCH",
   ["Tổ chức tiếp xúc cử tri trước kỳ họp"], BODY, ["Như trên", "Lưu: VT"], ["CHÁNH VĂN PHÒNG", "Vũ Đức Thắng"]),
   dict(issuer=("VĂN PHÒNG", "VĂN PHÒNG ĐOÀN ĐBQH VÀ HĐND TỈNH THÁI BÌNH"), signer="Vũ Đức Thắng", position="Chánh Văn phòng", authority=[])),
 "so_letter_recipients_bodies": (doc(["UBND TỈNH NINH BÌNH", "SỞ NỘI VỤ"], "880/SNV-TCBM", "Ninh Bình, ngày 8 tháng 7 năm 2025", None,
   ["V/v hướng dẫn sắp xếp tổ chức bộ máy cấp xã"], ["Kính gửi:", "- Các sở, ban, ngành tỉnh;", "- Ủy ban nhân dân các xã, phường.", *LETTER_BODY],
   ["Như trên", "UBND tỉnh (để b/c)", "Giám đốc, các PGĐ Sở", "Lưu: VT, TCBM"], ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Đinh Văn Điệp"]),
   dict(issuer="SỞ NỘI VỤ", title="hướng dẫn sắp xếp tổ chức bộ máy cấp xã", addressees=["Các sở, ban, ngành tỉnh", "Ủy ban nhân dân các xã, phường"],
        recipients=["Như trên", "UBND tỉnh (để b/c)", "Giám đốc, các PGĐ Sở", "Lưu: VT, TCBM"], signer="Đinh Văn Điệp", position="Phó Giám đốc", authority=["KT."])),
}


@pytest.mark.parametrize("name, form", cases_with_variants(PAGES, VARIANTS))
def test_the_page_reads_right(tmp_path, name, form):
    assert wrong_in_form(tmp_path, {**PAGES, **VARIANTS}[name], form) == {}


# --- the Youth Union's committee printed with no place

def _youth_plan(header: list[str]) -> list[str]:
    return [*header, "***", "Số: 12-KH/ĐTN", UNION, "Hà Nội, ngày 3 tháng 4 năm 2025", "KẾ HOẠCH", "Tổ chức tháng thanh niên năm 2025",
            *PLAN_BODY, "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "TM. BAN THƯỜNG VỤ", "BÍ THƯ", "Nguyễn Văn An"]


@pytest.mark.parametrize("form", ["text", "html", "docx", "pdf"])
@pytest.mark.parametrize("header, issuer, agency", [
    (["BCH ĐOÀN TNCS HỒ CHÍ MINH"], "BCH ĐOÀN TNCS HỒ CHÍ MINH", None),
    (["BAN CHẤP HÀNH ĐOÀN TNCS HỒ CHÍ MINH"], "BAN CHẤP HÀNH ĐOÀN TNCS HỒ CHÍ MINH", None),
    (["BCH ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH"], "BCH ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH", None),
    (["BAN THƯỜNG VỤ ĐOÀN TNCS HỒ CHÍ MINH"], "BAN THƯỜNG VỤ ĐOÀN TNCS HỒ CHÍ MINH", None),
    # the other side, read so before: a body under the organ, a body of its own beside the union's name
    (["BCH ĐOÀN TNCS HỒ CHÍ MINH", "TRƯỜNG THPT LÊ LỢI"], "BCH TRƯỜNG THPT LÊ LỢI", None),
    (["TỈNH ĐOÀN AN GIANG ĐOÀN TNCS HỒ CHÍ MINH"], "TỈNH ĐOÀN AN GIANG", "an-giang/tinh-doan"),
    (["BAN THƯỜNG VỤ            ĐOÀN TNCS HỒ CHÍ MINH", "TỈNH ĐOÀN NGHỆ AN"], "BAN THƯỜNG VỤ TỈNH ĐOÀN NGHỆ AN", "nghe-an/tinh-doan"),
])
def test_the_youth_union_s_organ_with_no_place_keeps_the_union_s_name(tmp_path, form, header, issuer, agency):
    """"BCH ĐOÀN TNCS HỒ CHÍ MINH" over the plan of a Youth Union committee that prints no place gave the issuer "BCH":
    the union's name after the organ was set apart as the motto beside it, leaving an organ of no body (a confident
    wrong name). The organ printed with the union's name alone is the issuer as printed, unresolved (no place)."""
    meta = processed(tmp_path, _youth_plan(header), form).metadata
    assert (meta.issuer.name, meta.issuer.agency.agency_id if meta.issuer.agency else None) == (issuer, agency)


# --- a parent and its unit run onto one line

def _department_plan(header: list[str]) -> list[str]:
    return doc(header, "2155/KH-SYT", "Cà Mau, ngày 04 tháng 8 năm 2025", "KẾ HOẠCH", ["Triển khai chiến dịch tiêm vắc xin năm 2025"], BODY,
               ["Như trên", "Lưu: VT"], ["GIÁM ĐỐC", "Lâm Văn Bé"])


@pytest.mark.parametrize("form", ["text", "html", "docx", "pdf"])
@pytest.mark.parametrize("header, issuer, parent, agency", [
    (["UBND TỈNH CÀ MAU SỞ Y TẾ"], "SỞ Y TẾ", "UBND TỈNH CÀ MAU", "ca-mau/so-y-te"),
    (["ỦY BAN NHÂN DÂN TỈNH CÀ MAU SỞ Y TẾ"], "SỞ Y TẾ", "ỦY BAN NHÂN DÂN TỈNH CÀ MAU", "ca-mau/so-y-te"),
    (["ỦY BAN NHÂN DÂN", "TỈNH CÀ MAU SỞ Y TẾ"], "SỞ Y TẾ", "ỦY BAN NHÂN DÂN TỈNH CÀ MAU", "ca-mau/so-y-te"),
    (["HĐND TỈNH KHÁNH HÒA BAN KINH TẾ - NGÂN SÁCH"], "BAN KINH TẾ - NGÂN SÁCH", "HĐND TỈNH KHÁNH HÒA",
     "khanh-hoa/ban-kinh-te-ngan-sach-hoi-dong-nhan-dan"),
    # the other side: a body named with its province, a place's name holding a kind's word
    (["SỞ Y TẾ TỈNH CÀ MAU"], "SỞ Y TẾ TỈNH CÀ MAU", None, "ca-mau/so-y-te"),
    (["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỘI AN"], "ỦY BAN NHÂN DÂN THÀNH PHỐ HỘI AN", None, "quang-nam.thanh-pho-hoi-an/uy-ban-nhan-dan"),
])
def test_a_parent_and_its_unit_run_together_are_two_bodies(tmp_path, form, header, issuer, parent, agency):
    """A site that runs a header cell's lines together ("UBND TỈNH CÀ MAU SỞ Y TẾ") gave that whole line as the issuer
    and no registry body (lost): a parent that names a place the registry knows, then a body's kind with its name, are
    the parent and its unit."""
    meta = processed(tmp_path, _department_plan(header), form).metadata
    got = (meta.issuer.name, meta.issuer.parent, meta.issuer.agency.agency_id if meta.issuer.agency else None)
    assert got == (issuer, parent, agency)


def test_a_site_s_flattened_header_cell_holds_the_parent_and_its_unit(tmp_path):
    lines = ["UBND TỈNH CÀ MAU SỞ Y TẾ ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- |",
             "Số: 2155/KH-SYT | Cà Mau, ngày 04 tháng 8 năm 2025 |", "KẾ HOẠCH", "Triển khai chiến dịch tiêm vắc xin sởi năm 2025", *BODY,
             "Nơi nhận:", "- Bộ Y tế (b/c);", "- Lưu: VT, NVY.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lâm Văn Bé"]
    meta = processed(tmp_path, lines, "text").metadata
    assert (meta.issuer.name, meta.issuer.agency.agency_id if meta.issuer.agency else None) == ("SỞ Y TẾ", "ca-mau/so-y-te")


# --- an indicator table's years under a span that names a period

_BEFORE = ["UBND TỈNH CÀ MAU", "SỞ Y TẾ", "-------", *MOTTO, "Số: 2155/KH-SYT", "Cà Mau, ngày 04 tháng 8 năm 2025", "KẾ HOẠCH",
           "Phát triển y tế cơ sở giai đoạn 2025-2027", "I. MỤC TIÊU", "2. Chỉ tiêu cụ thể"]
_AFTER = ["II. NHIỆM VỤ", "1. Củng cố mạng lưới.", "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lâm Văn Bé"]
_ROWS = [["1", "Tỷ lệ trẻ em được tiêm chủng đầy đủ", "%", "95", "96", "97"], ["2", "Số trạm y tế đạt chuẩn", "trạm", "60", "64", "70"]]


def _spanned_table(tmp_path, span: str, years: list[str], form: str):
    """A plan whose indicator table prints ``span`` merged over its year columns, the first three cells merged down."""
    if form == "html":
        head = ("<tr><td rowspan=2>STT</td><td rowspan=2>Chỉ tiêu</td><td rowspan=2>Đơn vị tính</td>"
                f"<td colspan=3>{span}</td></tr><tr>" + "".join(f"<td>{y}</td>" for y in years) + "</tr>")
        body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in _ROWS)
        path = tmp_path / "doc.html"
        path.write_text("<html><body>" + "".join(f"<p>{x}</p>" for x in _BEFORE) + f"<table border=1>{head}{body}</table>"
                        + "".join(f"<p>{x}</p>" for x in _AFTER) + "</body></html>", encoding="utf-8")
        return path
    import docx

    document = docx.Document()
    for line in _BEFORE:
        document.add_paragraph(line)
    table = document.add_table(rows=2 + len(_ROWS), cols=6)
    table.style = "Table Grid"
    for c, name in enumerate(["STT", "Chỉ tiêu", "Đơn vị tính"]):
        table.cell(0, c).merge(table.cell(1, c)).text = name
    table.cell(0, 3).merge(table.cell(0, 5)).text = span
    for c, year in enumerate(years, start=3):
        table.cell(1, c).text = year
    for r, row in enumerate(_ROWS, start=2):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    for line in _AFTER:
        document.add_paragraph(line)
    path = tmp_path / "doc.docx"
    document.save(path)
    return path


@pytest.mark.parametrize("form", ["html", "docx"])
@pytest.mark.parametrize("span, years, periods", [
    ("Giai đoạn 2025 - 2027", ["2025", "2026", "2027"], ["2025", "2026", "2027"]),
    ("Giai đoạn 2025-2027", ["Năm 2025", "Năm 2026", "Năm 2027"], ["2025", "2026", "2027"]),
    ("Lộ trình 2025 - 2030", ["2025", "2026 - 2027", "2028 - 2030"], ["2025", "2026-2027", "2028-2030"]),
    # the other side, read so before: a span that names no period, years over no year
    ("Mục tiêu", ["Năm 2025", "Năm 2026", "Năm 2027"], ["2025", "2026", "2027"]),
    ("Kế hoạch năm 2027", ["Tổng số", "Trong đó: xã", "Trong đó: phường"], ["2027", "2027", "2027"]),
])
def test_a_column_s_period_is_its_year_under_a_span(tmp_path, form, span, years, periods):
    """An indicator table's years under a merged span that names a period ("Giai đoạn 2025 - 2027" over "2025 | 2026 |
    2027") gave each column the span's period, "2025-2027", three times over (wrong): a two-line column's period is
    its lower line's when that names one, else its upper line's."""
    indicators = process(_spanned_table(tmp_path, span, years, form)).indicators
    assert [i.target for i in indicators] == [97.0, 70.0]
    assert [[v.period for v in i.values] for i in indicators] == [periods, periods]
