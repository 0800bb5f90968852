"""Forms sampled in s39 (a blind round aimed at courts and procuracies, the police and the military, and joint plans of
two, three or four bodies).

What the forms are (our own notes; every fixture below is written for the test, names and numbers made up):
- searches of the pages corpus for police, military, court and procuracy plans ("kế hoạch Công an tỉnh 2025", "Bộ Chỉ
  huy quân sự tỉnh kế hoạch", "kế hoạch liên tịch Tòa án Viện kiểm sát", "TÒA ÁN NHÂN DÂN TỈNH kế hoạch CHÁNH ÁN") gave
  mostly news posts (a ministry's ceremony for its provincial directors, a list of them with their ranks before their
  names, the military command's drills); the documents among them: a joint regulation of a province's procuracy,
  police, court and civil judgment enforcement department whose header dashes two bodies a line over the place they
  share and whose number is "Số: 01 /LN-VKS-CA-TA-THA", a province's committee and Front committee's joint regulation
  with the two kinds one under the other over the place, the supreme court's letter and the supreme procuracy's
  decision ("VIỆN KIỂM SÁT NHÂN DÂN" / "TỐI CAO", signed by the procurator general), the police ministry's plan cited as
  "KH-BCA-C04". PAGES writes 16 documents of the brief's kinds anew: a province's police under the ministry ("BỘ CÔNG
  AN" / "CÔNG AN TỈNH …", "/KH-CAT-PV01", KT. GIÁM ĐỐC, ranks before the names), a police department, a commune's
  police, a province's military command under its military region ("QUÂN KHU 7" / "BỘ CHỈ HUY QUÂN SỰ TỈNH …", "/KH-BCH",
  CHỈ HUY TRƯỞNG and its deputy), courts and procuracies after the 2025 reform ("TÒA ÁN NHÂN DÂN TỐI CAO" over "TÒA ÁN
  NHÂN DÂN TỈNH …", a regional court under its province's, "VKSND TỐI CAO" / "VKSND TỈNH …"), and joint plans typed
  as text copies print them: two kinds dashed over one place, four bodies dashed two a line over one place, three
  bodies one under the other over a symbol with a code for each ("KHLN-CA-VKS-TA"), a police and a military command
  on one line; VARIANTS 6 more read as DOCX and PDF too; beside them joint headers in tables of three bodies or with a
  number under each body (HTML, DOCX) and a plan's task table whose leads are these bodies' short names. Before this
  round the pages and variants gave 18 readings of 56 with a wrong or lost value, 42 values (issuer 18, registry body
  12, joint bodies 12), the joint header tables 8 of 12, the task table's leads 12 of 22 (6 names lost in each form):
  - a joint header's table of three bodies beside the motto (four columns) was no layout table (three columns at
    most): the whole header was lost (no number, no date, no type; the issuer "VIỆN TRƯỞNG CHÁNH ÁN", the signature's
    lines): a table with the motto may hold five columns (clean.is_layout_table);
  - the header's columns were read two at most (the first body's and the one beside it), and only under a symbol
    that names two bodies: a third column's body was lost and "KHLN-CA-VKS-TA" made no joint plan. Every column of
    bodies is read, and a number under the second column ("Số: 05/KH-TA" | "Số: 11/KH-VKS", each body's register)
    makes a joint plan too (metadata._columns_beside, _joint_codes);
  - three bodies one under the other, each with the place, over a symbol with a code for each ("CÔNG AN TỈNH HÀ NAM" /
    "VIỆN KIỂM SÁT …" / "TÒA ÁN …", "KHLN-CA-VKS-TA") gave the court as the issuer and the procuracy as its parent
    (wrong): they are the joint bodies when the symbol names as many (_joint_by_symbol);
  - kinds dashed over the place they share ("TÒA ÁN NHÂN DÂN - VIỆN KIỂM SÁT NHÂN DÂN" / "TỈNH HÀ NAM", "VIỆN KIỂM SÁT
    NHÂN DÂN - CÔNG AN" / "TÒA ÁN NHÂN DÂN - CỤC THI HÀNH ÁN DÂN SỰ" / "TỈNH LÂM ĐỒNG") gave the first body without its
    place, or the second line as the issuer under the first (wrong): each kind with the place
    (_bodies_over_one_place), when the symbol's codes name them; the codes these bodies use are short forms of their
    initials ("VKS", "TA", "CA", "CAT", "BCH", "THA": _code_names_body);
  - a task table's "Viện KSND tỉnh", "Viện Kiểm sát tỉnh", "VKS tỉnh", "Tòa án tỉnh", "BCHQS tỉnh", "Bộ Chỉ huy QS
    tỉnh" resolved to nothing (lost): agency_abbreviations.csv (VKS, KSND, BCHQS, QS) and agencies.csv's aliases
    ("Tòa án", "Viện kiểm sát").
Read right before and kept: a ministry or a military region over the province's body (its parent), "/KH-CAT-PV01",
"/KH-BCH", "/KH-PC08", ranks before the signers' names (Đại tá, Thượng tá, Thiếu tướng), "TRƯỞNG CÔNG AN XÃ", a regional
court or procuracy under its province's, "VKSND" and "TAND" abbreviated in the header, two bodies side by side in a
table or one under the other with the place each, a police and a military command dashed on one line, each signature
column's signer (co_signers).
Left as read: a PDF made from a joint header table whose cells are narrow enough to wrap each body's name, with two
numbers and the date on one row ("Số: 05/KH-TA  Số: 11/KH-VKS  Đồng Nai, ngày 14" / "tháng 10 năm 2025"), gives no
number and one body (lost). The other bodies' own numbers are kept since in ``document.joint_numbers``
(tests/test_joint_numbers_s39.py).
"""

from __future__ import annotations

import pytest

from page_fields import cases_with_variants, wrong_in_form
from pipeline.run import process
from test_pages_s34_blind import MOTTO, doc

BODY = ["I. MỤC ĐÍCH, YÊU CẦU", "1. Bảo đảm tuyệt đối an ninh, trật tự trên địa bàn.", "II. NỘI DUNG",
        "1. Tăng cường tuần tra, kiểm soát vào ban đêm."]
RECIPIENTS = ["Như trên", "Lưu: VT, PV01"]

# name: (lines, expected); a tuple of values: any of them is right
PAGES = {
 # a province's police under its ministry, the unit's code after the body's, signed for the director by a deputy
 "kh_provincial_police": (doc(["BỘ CÔNG AN", "CÔNG AN TỈNH HÒA BÌNH"], "318/KH-CAT-PV01", "Hòa Bình, ngày 06 tháng 01 năm 2025",
   "KẾ HOẠCH", ["Bảo đảm an ninh, trật tự dịp Tết Nguyên đán năm 2025"], BODY, RECIPIENTS,
   ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Đại tá Quách Văn Thịnh"]),
  dict(number="318/KH-CAT-PV01", issued_date="2025-01-06", issuer="CÔNG AN TỈNH HÒA BÌNH", agency="hoa-binh/cong-an",
       signer="Quách Văn Thịnh", position="Phó Giám đốc", authority=["KT."], joint=0)),
 # after the 2025 merger, the director a major general
 "kh_merged_province_police": (doc(["BỘ CÔNG AN", "CÔNG AN TỈNH PHÚ THỌ"], "77/KH-CAT", "Phú Thọ, ngày 15 tháng 7 năm 2025", "KẾ HOẠCH",
   ["Tổng kiểm soát phương tiện giao thông cơ giới"], BODY, RECIPIENTS, ["GIÁM ĐỐC", "Thiếu tướng Đinh Văn Khôi"]),
  dict(number="77/KH-CAT", issuer="CÔNG AN TỈNH PHÚ THỌ", agency="phu-tho/cong-an", signer="Đinh Văn Khôi", position="Giám đốc")),
 # a police department under its province's police, its own code
 "kh_traffic_police_department": (doc(["CÔNG AN TỈNH KHÁNH HÒA", "PHÒNG CẢNH SÁT GIAO THÔNG"], "52/KH-PC08",
   "Khánh Hòa, ngày 18 tháng 4 năm 2025", "KẾ HOẠCH", ["Cao điểm bảo đảm trật tự, an toàn giao thông dịp lễ 30/4"], BODY,
   RECIPIENTS, ["TRƯỞNG PHÒNG", "Thượng tá Lương Văn Tín"]),
  dict(issuer="PHÒNG CẢNH SÁT GIAO THÔNG", agency="khanh-hoa/phong-canh-sat-giao-thong-cong-an", signer="Lương Văn Tín",
       position="Trưởng phòng")),
 # a province's military command under its military region
 "kh_military_command": (doc(["QUÂN KHU 7", "BỘ CHỈ HUY QUÂN SỰ TỈNH LONG AN"], "412/KH-BCH", "Long An, ngày 20 tháng 02 năm 2025",
   "KẾ HOẠCH", ["Huấn luyện dân quân tự vệ năm 2025"], BODY, ["Quân khu 7 (b/c)", "Lưu: VT, TM"],
   ["CHỈ HUY TRƯỞNG", "Đại tá Trần Minh Quang"]),
  dict(number="412/KH-BCH", issuer="BỘ CHỈ HUY QUÂN SỰ TỈNH LONG AN", agency="long-an/bo-chi-huy-quan-su", signer="Trần Minh Quang",
       position="Chỉ huy trưởng", authority=[])),
 "kh_military_command_deputy": (doc(["QUÂN KHU 4", "BỘ CHỈ HUY QUÂN SỰ TỈNH QUẢNG BÌNH"], "96/KH-BCH", "Quảng Bình, ngày 03 tháng 3 năm 2025",
   "KẾ HOẠCH", ["Tuyển chọn và gọi công dân nhập ngũ năm 2026"], BODY, ["Quân khu 4 (b/c)", "Lưu: VT"],
   ["KT. CHỈ HUY TRƯỞNG", "PHÓ CHỈ HUY TRƯỞNG", "Thượng tá Hồ Sỹ Lâm"]),
  dict(issuer="BỘ CHỈ HUY QUÂN SỰ TỈNH QUẢNG BÌNH", agency="quang-binh/bo-chi-huy-quan-su", signer="Hồ Sỹ Lâm",
       position="Phó Chỉ huy trưởng", authority=["KT."])),
 # courts and procuracies after the 2025 reform: the supreme body over the province's, a regional one under it
 "kh_province_court_2025": (doc(["TÒA ÁN NHÂN DÂN TỐI CAO", "TÒA ÁN NHÂN DÂN TỈNH TUYÊN QUANG"], "21/KH-TA", "Tuyên Quang, ngày 10 tháng 7 năm 2025",
   "KẾ HOẠCH", ["Công tác xét xử sáu tháng cuối năm 2025"], BODY, ["TAND tối cao (b/c)", "Lưu: VT"], ["CHÁNH ÁN", "Ma Văn Khuê"]),
  dict(issuer="TÒA ÁN NHÂN DÂN TỈNH TUYÊN QUANG", agency="tuyen-quang/toa-an-nhan-dan", signer="Ma Văn Khuê", position="Chánh án")),
 "kh_regional_court": (doc(["TÒA ÁN NHÂN DÂN TỈNH GIA LAI", "TÒA ÁN NHÂN DÂN KHU VỰC 4"], "06/KH-TA", "Gia Lai, ngày 22 tháng 7 năm 2025",
   "KẾ HOẠCH", ["Triển khai nhiệm vụ sau khi sắp xếp tổ chức"], BODY, ["TAND tỉnh (b/c)", "Lưu: VT"],
   ["KT. CHÁNH ÁN", "PHÓ CHÁNH ÁN", "Rơ Mah Hlin"]),
  dict(issuer="TÒA ÁN NHÂN DÂN KHU VỰC 4", agency="gia-lai/toa-an-nhan-dan-khu-vuc-4", signer="Rơ Mah Hlin", position="Phó Chánh án",
       authority=["KT."])),
 "kh_province_procuracy_abbreviated": (doc(["VKSND TỐI CAO", "VKSND TỈNH HƯNG YÊN"], "35/KH-VKS", "Hưng Yên, ngày 04 tháng 8 năm 2025",
   "KẾ HOẠCH", ["Kiểm sát việc tạm giữ, tạm giam năm 2025"], BODY, ["VKSND tối cao (b/c)", "Lưu: VT"],
   ["KT. VIỆN TRƯỞNG", "PHÓ VIỆN TRƯỞNG", "Đỗ Thị Ngân"]),
  dict(issuer="VKSND TỈNH HƯNG YÊN", agency="hung-yen/vien-kiem-sat-nhan-dan", signer="Đỗ Thị Ngân", position="Phó Viện trưởng")),
 "kh_regional_procuracy": (doc(["VIỆN KIỂM SÁT NHÂN DÂN TỈNH ĐỒNG THÁP", "VIỆN KIỂM SÁT NHÂN DÂN KHU VỰC 2"], "11/KH-VKS",
   "Đồng Tháp, ngày 28 tháng 7 năm 2025", "KẾ HOẠCH", ["Công tác kiểm sát sáu tháng cuối năm"], BODY, ["VKSND tỉnh (b/c)", "Lưu: VT"],
   ["VIỆN TRƯỞNG", "Phan Văn Được"]),
  dict(issuer="VIỆN KIỂM SÁT NHÂN DÂN KHU VỰC 2", agency="dong-thap/vien-kiem-sat-nhan-dan-khu-vuc-2", signer="Phan Văn Được",
       position="Viện trưởng")),
 # joint plans typed as a text copy prints their header
 "klt_court_procuracy_kinds_dashed": (doc(["TÒA ÁN NHÂN DÂN - VIỆN KIỂM SÁT NHÂN DÂN", "TỈNH NINH BÌNH"], "04/KHLT-TA-VKS",
   "Ninh Bình, ngày 12 tháng 3 năm 2024", "KẾ HOẠCH LIÊN TỊCH", ["Tổ chức phiên tòa rút kinh nghiệm năm 2024"], BODY,
   ["TAND tối cao (b/c)", "Lưu: VT"], ["CHÁNH ÁN", "Đinh Công Trứ"]),
  dict(doc_type="Kế hoạch liên tịch", issuer="TÒA ÁN NHÂN DÂN TỈNH NINH BÌNH", agency="ninh-binh/toa-an-nhan-dan", joint=2,
       signer="Đinh Công Trứ", position="Chánh án")),
 "qd_four_bodies_dashed": (doc(["VIỆN KIỂM SÁT NHÂN DÂN - CÔNG AN", "TÒA ÁN NHÂN DÂN - CỤC THI HÀNH ÁN DÂN SỰ", "TỈNH BẮC GIANG"],
   "03 /LN-VKS-CA-TA-THA", "Bắc Giang, ngày 15 tháng 4 năm 2024", "QUY ĐỊNH PHỐI HỢP LIÊN NGÀNH",
   ["Trong công tác giải quyết án hình sự"], BODY, ["VKSND tối cao (b/c)", "Lưu: VT"], ["VIỆN TRƯỞNG", "Lê Quang Tiến"]),
  dict(issuer="VIỆN KIỂM SÁT NHÂN DÂN TỈNH BẮC GIANG", agency="bac-giang/vien-kiem-sat-nhan-dan", joint=4, signer="Lê Quang Tiến")),
 "khln_three_bodies_stacked": (doc(["CÔNG AN TỈNH HÀ NAM", "VIỆN KIỂM SÁT NHÂN DÂN TỈNH HÀ NAM", "TÒA ÁN NHÂN DÂN TỈNH HÀ NAM"],
   "02/KHLN-CA-VKS-TA", "Hà Nam, ngày 08 tháng 5 năm 2024", "KẾ HOẠCH LIÊN NGÀNH", ["Phối hợp giải quyết án ma túy"], BODY,
   ["Lưu: VT"], ["GIÁM ĐỐC", "Đại tá Nguyễn Văn Thắng"]),
  dict(issuer="CÔNG AN TỈNH HÀ NAM", agency="ha-nam/cong-an", joint=3, signer="Nguyễn Văn Thắng", position="Giám đốc")),
 "khph_police_military_one_line": (doc(["CÔNG AN TỈNH QUẢNG TRỊ - BỘ CHỈ HUY QUÂN SỰ TỈNH QUẢNG TRỊ"], "12/KHPH-CAT-BCH",
   "Quảng Trị, ngày 10 tháng 5 năm 2025", "KẾ HOẠCH PHỐI HỢP", ["Tuần tra, kiểm soát khu vực biên giới"], BODY, ["Lưu: VT"],
   ["GIÁM ĐỐC", "Đại tá Lê Văn Trung"]),
  dict(issuer="CÔNG AN TỈNH QUẢNG TRỊ", agency="quang-tri/cong-an", joint=2, signer="Lê Văn Trung")),
 "khph_committee_front_over_place": (doc(["ỦY BAN NHÂN DÂN", "ỦY BAN MTTQ VIỆT NAM", "TỈNH ĐẮK NÔNG"], "05/KHPH-UBND-MTTQ",
   "Đắk Nông, ngày 10 tháng 5 năm 2024", "KẾ HOẠCH PHỐI HỢP", ["Tuyên truyền phòng, chống tội phạm"], BODY, ["Lưu: VT"],
   ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Hồ Văn Mười"]),
  dict(issuer="ỦY BAN NHÂN DÂN TỈNH ĐẮK NÔNG", joint=2, signer="Hồ Văn Mười")),
 # the other side: a procuracy's unit and its parent dashed, one issuer; two bodies one under the other, a plain symbol
 "kh_procuracy_two_lines_no_joint": (doc(["VIỆN KIỂM SÁT NHÂN DÂN TỈNH SƠN LA", "PHÒNG KIỂM SÁT ÁN HÌNH SỰ"], "14/KH-P1",
   "Sơn La, ngày 02 tháng 6 năm 2025", "KẾ HOẠCH", ["Kiểm sát điều tra án kinh tế"], BODY, ["Lưu: VT"], ["TRƯỞNG PHÒNG", "Lò Văn Pọm"]),
  dict(issuer="PHÒNG KIỂM SÁT ÁN HÌNH SỰ", joint=0, signer="Lò Văn Pọm", position="Trưởng phòng")),
 "kh_commune_police": (doc(["CÔNG AN TỈNH THÁI NGUYÊN", "CÔNG AN XÃ PHÚ BÌNH"], "09/KH-CAX", "Phú Bình, ngày 05 tháng 8 năm 2025",
   "KẾ HOẠCH", ["Tuyên truyền phòng cháy, chữa cháy tại khu dân cư"], BODY, ["Lưu: VT"], ["TRƯỞNG CÔNG AN XÃ", "Trung tá Hoàng Văn Nam"]),
  dict(issuer="CÔNG AN XÃ PHÚ BÌNH", joint=0, signer="Hoàng Văn Nam", position="Trưởng Công an xã")),
}

VARIANTS = {
 "klt_court_procuracy_kinds_dashed_2": (doc(["TÒA ÁN NHÂN DÂN - VIỆN KIỂM SÁT NHÂN DÂN", "TỈNH KIÊN GIANG"], "07/KHLT-TAND-VKSND",
   "Kiên Giang, ngày 02 tháng 4 năm 2024", "KẾ HOẠCH LIÊN TỊCH", ["Phối hợp tổ chức phiên tòa trực tuyến"], BODY,
   ["Lưu: VT"], ["CHÁNH ÁN", "Danh Út"]),
  dict(issuer="TÒA ÁN NHÂN DÂN TỈNH KIÊN GIANG", joint=2)),
 "khph_procuracy_police_kinds_dashed": (doc(["VIỆN KIỂM SÁT NHÂN DÂN - CÔNG AN", "TỈNH NAM ĐỊNH"], "02/KHPH-VKS-CA",
   "Nam Định, ngày 20 tháng 6 năm 2024", "KẾ HOẠCH PHỐI HỢP", ["Kiểm sát việc tiếp nhận tin báo tội phạm"], BODY,
   ["Lưu: VT"], ["VIỆN TRƯỞNG", "Trần Thị Thu"]),
  dict(issuer="VIỆN KIỂM SÁT NHÂN DÂN TỈNH NAM ĐỊNH", agency="nam-dinh/vien-kiem-sat-nhan-dan", joint=2)),
 "khln_three_bodies_stacked_2": (doc(["CÔNG AN TỈNH TRÀ VINH", "TÒA ÁN NHÂN DÂN TỈNH TRÀ VINH", "CỤC THI HÀNH ÁN DÂN SỰ TỈNH TRÀ VINH"],
   "05/KHLN-CAT-TA-THA", "Trà Vinh, ngày 11 tháng 9 năm 2024", "KẾ HOẠCH LIÊN NGÀNH", ["Cưỡng chế thi hành án"], BODY,
   ["Lưu: VT"], ["GIÁM ĐỐC", "Đại tá Sơn Thanh Hải"]),
  dict(issuer="CÔNG AN TỈNH TRÀ VINH", agency="tra-vinh/cong-an", joint=3)),
 "khph_military_police_stacked": (doc(["BỘ CHỈ HUY QUÂN SỰ TỈNH BÌNH PHƯỚC", "CÔNG AN TỈNH BÌNH PHƯỚC"], "45/KHPH-BCH-CAT",
   "Bình Phước, ngày 10 tháng 5 năm 2024", "KẾ HOẠCH PHỐI HỢP", ["Bảo vệ an ninh khu vực biên giới"], BODY, ["Lưu: VT"],
   ["CHỈ HUY TRƯỞNG", "Đại tá Võ Văn Đua"]),
  dict(issuer="BỘ CHỈ HUY QUÂN SỰ TỈNH BÌNH PHƯỚC", agency="binh-phuoc/bo-chi-huy-quan-su", joint=2)),
 "kh_police_plain": (doc(["BỘ CÔNG AN", "CÔNG AN TỈNH SÓC TRĂNG"], "140/KH-CAT-PC06", "Sóc Trăng, ngày 14 tháng 3 năm 2025", "KẾ HOẠCH",
   ["Làm sạch dữ liệu dân cư"], BODY, RECIPIENTS, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Đại tá Lâm Văn Sang"]),
  dict(issuer="CÔNG AN TỈNH SÓC TRĂNG", agency="soc-trang/cong-an", joint=0, signer="Lâm Văn Sang", position="Phó Giám đốc")),
 "kh_military_plain": (doc(["QUÂN KHU 9", "BỘ CHỈ HUY QUÂN SỰ TỈNH BẠC LIÊU"], "30/KH-BCH", "Bạc Liêu, ngày 09 tháng 01 năm 2025",
   "KẾ HOẠCH", ["Diễn tập khu vực phòng thủ năm 2025"], BODY, ["Lưu: VT"], ["CHỈ HUY TRƯỞNG", "Đại tá Huỳnh Văn Tuấn"]),
  dict(issuer="BỘ CHỈ HUY QUÂN SỰ TỈNH BẠC LIÊU", agency="bac-lieu/bo-chi-huy-quan-su", joint=0, signer="Huỳnh Văn Tuấn")),
}


@pytest.mark.parametrize("name, form", cases_with_variants(PAGES, VARIANTS))
def test_the_page_reads_right(tmp_path, name, form):
    assert wrong_in_form(tmp_path, {**PAGES, **VARIANTS}[name], form) == {}


# --- joint headers in tables: a column a body, the motto's last

_TABLE_BODY = ["I. MỤC ĐÍCH, YÊU CẦU", "1. Trao đổi thông tin về tội phạm định kỳ.", "Nơi nhận:", "- Như trên;", "- Lưu: VT."]


def _joint_header(tmp_path, form: str, columns: list[list[str]], numbers: list[str], signatures: list[list[str]]):
    """A joint plan whose header table holds each body in a column, the motto's beside them, the numbers under the
    bodies ("Số: …" under the first, or under each), the date under the motto; its signatures in a table of a column each."""
    motto = MOTTO[:2]
    date = "Cần Thơ, ngày 14 tháng 10 năm 2025"
    path = tmp_path / f"doc.{form}"
    if form == "html":
        def cell(lines):
            return "<td>" + "".join(f"<p>{line}</p>" for line in lines) + "</td>"
        head = "".join(cell([*c, "-------"]) for c in columns) + cell(motto)
        under = "".join(cell([n]) for n in numbers) + "<td></td>" * (len(columns) - len(numbers)) + cell([date])
        path.write_text(f"<html><body><table><tr>{head}</tr><tr>{under}</tr></table><p>KẾ HOẠCH PHỐI HỢP</p>"
                        "<p>Bảo đảm an ninh, trật tự dịp cuối năm</p>" + "".join(f"<p>{x}</p>" for x in _TABLE_BODY)
                        + "<table><tr>" + "".join(cell(s) for s in signatures) + "</tr></table></body></html>", encoding="utf-8")
        return path
    import docx

    document = docx.Document()
    table = document.add_table(rows=2, cols=len(columns) + 1)
    for k, column in enumerate(columns):
        table.cell(0, k).text = "\n".join([*column, "-------"])
    table.cell(0, len(columns)).text = "\n".join(motto)
    for k, number in enumerate(numbers):
        table.cell(1, k).text = number
    table.cell(1, len(columns)).text = date
    for line in ["KẾ HOẠCH PHỐI HỢP", "Bảo đảm an ninh, trật tự dịp cuối năm", *_TABLE_BODY]:
        document.add_paragraph(line)
    table = document.add_table(rows=1, cols=len(signatures))
    for k, signature in enumerate(signatures):
        table.cell(0, k).text = "\n".join(signature)
    document.save(path)
    return path


_POLICE = ["CÔNG AN THÀNH PHỐ CẦN THƠ"]
_PROCURACY = ["VIỆN KIỂM SÁT NHÂN DÂN", "THÀNH PHỐ CẦN THƠ"]
_COURT = ["TÒA ÁN NHÂN DÂN", "THÀNH PHỐ CẦN THƠ"]
_MILITARY = ["QUÂN KHU 9", "BỘ CHỈ HUY QUÂN SỰ THÀNH PHỐ CẦN THƠ"]
_SIGNED = {"police": ["GIÁM ĐỐC", "Đại tá Trần Văn Nam"], "procuracy": ["VIỆN TRƯỞNG", "Hồ Thị Mai"],
           "court": ["KT. CHÁNH ÁN", "PHÓ CHÁNH ÁN", "Võ Văn Đức"], "military": ["CHỈ HUY TRƯỞNG", "Đại tá Phạm Minh Tuấn"]}


@pytest.mark.parametrize("form", ["html", "docx"])
@pytest.mark.parametrize("columns, numbers, signed, joint, number", [
    # three bodies beside the motto: four columns
    ([_POLICE, _PROCURACY, _COURT], ["Số: 02/KHLN-CA-VKS-TA"], ["police", "procuracy", "court"],
     ["CÔNG AN THÀNH PHỐ CẦN THƠ", "VIỆN KIỂM SÁT NHÂN DÂN THÀNH PHỐ CẦN THƠ", "TÒA ÁN NHÂN DÂN THÀNH PHỐ CẦN THƠ"], "02/KHLN-CA-VKS-TA"),
    ([_MILITARY, _POLICE, _COURT], ["Số: 09/KHPH"], ["military", "police", "court"],
     ["BỘ CHỈ HUY QUÂN SỰ THÀNH PHỐ CẦN THƠ", "CÔNG AN THÀNH PHỐ CẦN THƠ", "TÒA ÁN NHÂN DÂN THÀNH PHỐ CẦN THƠ"], "09/KHPH"),
    # two bodies, each its own number under it
    ([_COURT, _PROCURACY], ["Số: 05/KH-TA", "Số: 11/KH-VKS"], ["court", "procuracy"],
     ["TÒA ÁN NHÂN DÂN THÀNH PHỐ CẦN THƠ", "VIỆN KIỂM SÁT NHÂN DÂN THÀNH PHỐ CẦN THƠ"], "05/KH-TA"),
    ([_POLICE, _MILITARY], ["Số: 21/KH-CAT", "Số: 340/KH-BCH"], ["police", "military"],
     ["CÔNG AN THÀNH PHỐ CẦN THƠ", "BỘ CHỈ HUY QUÂN SỰ THÀNH PHỐ CẦN THƠ"], "21/KH-CAT"),
    # read right before: two bodies over one joint symbol
    ([_POLICE, _MILITARY], ["Số: 21/KHPH-CAT-BCH"], ["police", "military"],
     ["CÔNG AN THÀNH PHỐ CẦN THƠ", "BỘ CHỈ HUY QUÂN SỰ THÀNH PHỐ CẦN THƠ"], "21/KHPH-CAT-BCH"),
])
def test_a_joint_header_table_of_every_body(tmp_path, form, columns, numbers, signed, joint, number):
    """A joint header's table of three bodies beside the motto was no layout table (the header lost whole), and its
    third column was never read; two bodies that each print their own number under their column were read as one
    body. Every column's body is one of the joint bodies, the first number the document's, each signature its signer."""
    doc = process(_joint_header(tmp_path, form, columns, numbers, [_SIGNED[s] for s in signed]))
    meta = doc.metadata
    assert (meta.issuer.name, meta.issuer.joint, meta.number) == (joint[0], joint, number)
    assert meta.issued_date == "2025-10-14" and meta.doc_type == "Kế hoạch"
    assert [meta.signer.name, *(c.name for c in meta.co_signers)] == [_SIGNED[s][-1].split("tá ")[-1] for s in signed]


@pytest.mark.parametrize("form", ["html", "docx"])
def test_a_header_table_of_one_body_and_a_unit_under_it_is_no_joint_plan(tmp_path, form):
    """The other side: a unit under its parent in the first column, the motto beside (a plain plan) stays one issuer
    under its parent, numbered once."""
    doc = process(_joint_header(tmp_path, form, [["BỘ CÔNG AN", "CÔNG AN THÀNH PHỐ CẦN THƠ"]], ["Số: 88/KH-CAT"],
                                [_SIGNED["police"]]))
    issuer = doc.metadata.issuer
    assert (issuer.name, issuer.parent, issuer.joint) == ("CÔNG AN THÀNH PHỐ CẦN THƠ", "BỘ CÔNG AN", [])


@pytest.mark.parametrize("form", ["html", "docx"])
@pytest.mark.parametrize("columns, numbers, number", [
    # a parent's column beside its unit's, the number under the unit's only
    ([["UBND TỈNH NGHỆ AN"], ["SỞ Y TẾ"]], ["", "Số: 12/KH-SYT"], "12/KH-SYT"),
    ([_COURT, _PROCURACY], ["", "Số: 11/KH-VKS"], "11/KH-VKS"),  # no number under the first body
    # a number under each, but one body the other's unit in the registry
    ([["BỘ Y TẾ"], ["CỤC QUẢN LÝ DƯỢC"]], ["Số: 12/QĐ-BYT", "Số: 3/QĐ-QLD"], "12/QĐ-BYT"),
    ([["BỘ CÔNG AN"], ["CỤC CẢNH SÁT GIAO THÔNG"]], ["Số: 15/KH-BCA", "Số: 40/KH-CSGT"], "15/KH-BCA"),
    # a number under each whose code names the other column's body
    ([_COURT, _PROCURACY], ["Số: 05/KH-VKS", "Số: 11/KH-TA"], "05/KH-VKS"),
])
def test_numbers_under_the_columns_that_are_no_body_s_each_make_no_joint_plan(tmp_path, form, columns, numbers, number):
    """Two bodies number a joint plan each in its own register: a number under every body's column, its code naming
    that column's body. A number under one column, or a unit's beside its parent's, was read as a joint plan."""
    doc = process(_joint_header(tmp_path, form, columns, numbers, [_SIGNED["police"]]))
    assert (doc.metadata.issuer.joint, doc.metadata.number) == ([], number)


# --- a task table's leads: these bodies by their short names

_PLAN = ["ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN", "-------", *MOTTO, "Số: 120/KH-UBND", "Nghệ An, ngày 10 tháng 3 năm 2025", "KẾ HOẠCH",
         "Bảo đảm an ninh, trật tự năm 2025", "I. MỤC ĐÍCH", "1. Giữ vững an ninh.", "II. NHIỆM VỤ CỤ THỂ"]
_CLOSING = ["III. TỔ CHỨC THỰC HIỆN", "1. Các đơn vị triển khai.", "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN",
            "CHỦ TỊCH", "Lê Hồng Vinh"]


@pytest.mark.parametrize("form", ["html", "docx"])
@pytest.mark.parametrize("lead, agency", [
    ("Viện KSND tỉnh", "nghe-an/vien-kiem-sat-nhan-dan"),
    ("Viện Kiểm sát tỉnh", "nghe-an/vien-kiem-sat-nhan-dan"),
    ("VKS tỉnh", "nghe-an/vien-kiem-sat-nhan-dan"),
    ("Tòa án tỉnh", "nghe-an/toa-an-nhan-dan"),
    ("BCHQS tỉnh", "nghe-an/bo-chi-huy-quan-su"),
    ("Bộ Chỉ huy QS tỉnh", "nghe-an/bo-chi-huy-quan-su"),
    # read right before
    ("VKSND tỉnh", "nghe-an/vien-kiem-sat-nhan-dan"),
    ("Bộ CHQS tỉnh", "nghe-an/bo-chi-huy-quan-su"),
    ("Công an tỉnh", "nghe-an/cong-an"),
    ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "nghe-an/bo-chi-huy-bo-doi-bien-phong"),
    # no body of the registry: none, not a near one
    ("Viện kiểm sát quân sự khu vực", None),
])
def test_a_task_s_lead_by_its_short_name(tmp_path, form, lead, agency):
    """A task table's lead written short ("Viện KSND tỉnh", "Tòa án tỉnh", "BCHQS tỉnh") resolved to nothing."""
    from conftest import write_with_table

    rows = [["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
            ["1", "Phối hợp đấu tranh với tội phạm ma túy", lead, "Sở Tư pháp", "Năm 2025"]]
    tasks = process(write_with_table(tmp_path, _PLAN, rows, _CLOSING, form)).tasks
    assert [(m.name, m.agency_id) for m in tasks[0].lead] == [(lead, agency)]
