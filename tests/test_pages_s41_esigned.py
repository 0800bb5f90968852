"""Forms sampled in s41 (a blind round of central bodies' documents and e-signed PDFs: the Government, the Prime
Minister, the Government Office, ministries and a Cục under its ministry on two or three lines, nested authority, TUQ.
and Q., the number and day drawn only by a signature widget, công văn titled by their "V/v" line).

What the forms are (our own notes; every fixture below is written for the test, names and numbers made up):
- searches of the pages corpus ("BỘ TÀI CHÍNH Số: /BTC-", "TL. BỘ TRƯỞNG KT. CỤC TRƯỞNG", "Ký bởi: Bộ Nội vụ", "V/v
  hướng dẫn", "VĂN PHÒNG CHÍNH PHỦ … /VPCP-", "TUQ. BỘ TRƯỞNG") gave ministries' circulars and letters as legal sites
  copy them: a ministry's name alone or wrapped ("BỘ THÔNG TIN VÀ" / "TRUYỀN THÔNG", "NGÂN HÀNG NHÀ" / "NƯỚC" / "VIỆT
  NAM"), a Cục under its ministry ("BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN" / "CỤC QUẢN LÝ CHẤT LƯỢNG …", "Số:
  2395/QLCL-CL2"), "V/v:" with a colon, a subject of two or three lines beside or above the date, "Kính gửi:" over a
  list or with one name, "TL. BỘ TRƯỞNG" / "Q. VỤ TRƯỞNG VỤ KHOA HỌC, CÔNG NGHỆ" / "VÀ MÔI TRƯỜNG" (a post of two lines
  under Q.), "KT. CỤC TRƯỞNG" / "PHÓ CỤC TRƯỞNG", a Quyết định whose authority line ("TỔNG KIỂM TOÁN NHÀ NƯỚC") runs
  under its title, and a site's pages where the header's cells and lines run together. CENTRAL writes 10 documents as
  two header columns (a table in HTML and Word, two columns in a PDF, one after the other in a text copy); PAGES 20
  more as one column in every form; ESIGNED 5 PDFs whose number and day (and month) are drawn only by signature
  widgets over blanks; RUN_ON 9 copies of one công văn whose subject runs into the date, the addressees or the body;
  WRAPPED 3 subjects wrapped before words the letter's start shares. Before this round (s41-lead):
  - a subject run on with "Kính gửi: …" (one line of a copy, or a subject's second line) took the addressees and the
    first sentence of the letter into the title, and no addressee was read (20 readings): the subject ends where the
    letter's words start inside it (metadata._BODY_INSIDE), and the label is read after the subject (addressees);
    "Kính gửi: Bộ A. Đồng kính gửi: Bộ B." on one line gave one addressee "Bộ A. Đồng kính gửi: Bộ B" (a subject's
    or not): the line is cut at the second label;
  - a subject under the date line followed by the letter's first sentence ("Bộ Tài chính hướng dẫn như sau:") took it
    (4): a line in capitals ending in a colon leads into the letter, as do sections.json's body starts;
  - a subject with the date line on its line ("V/v … năm 2027 Hà Nội, ngày 17 tháng 6 năm 2026") gave the date inside
    the title and no date of issue (4): the line is cut into the subject and the date, unless the subject names a
    place and day of its own ("… tại Hà Nội, ngày …");
  - the number, the subject and the date on one line gave the number "4512/BTC-NSNNV/vhướngdẫn…" (a confident wrong
    value) and no title (4): the three cells are cut in turn;
  - a subject wrapped before "thực hiện …" in small letters ended there and, above the date, ended the header too (no
    date of issue; 8): only "kính gửi" opens the letter in small letters;
  - a subject wrapped after the number it cites, its date on the next line ("… Công điện số 12/CĐ-TTg" / "ngày 15
    tháng 3 năm 2026"), gave that date as the date of issue (wrong) and cut the title (8): the line goes on with it;
  - "KT. TỔNG THANH TRA" / "PHÓ TỔNG THANH TRA" and "TỔNG THANH TRA", as the Government Inspectorate signs, gave no
    position (8): positions.csv has the short posts.
188 readings, 56 of them wrong or short before.
Read right before and kept: CHÍNH PHỦ, THỦ TƯỚNG CHÍNH PHỦ, VĂN PHÒNG CHÍNH PHỦ, a ministry on one line or wrapped, a
Cục under its ministry on two or three lines, a Chi cục under two parents, NGÂN HÀNG NHÀ NƯỚC / VIỆT NAM, BẢO HIỂM XÃ
HỘI VIỆT NAM under BỘ TÀI CHÍNH; TM. / KT., TL. / KT., TL. / Q., TUQ., KT. BỘ TRƯỞNG, CHỦ NHIỆM; "KT.BỘ TRƯỞNG" glued; the
authority line under the title, wrapped, in capitals after a title in capitals; a signature's stamp text over the
name; "V/v:" with its colon, "Số:1178 /ĐTĐL-CĐ"; a number and day (and month) drawn only by widgets.
Left as read: a unit printed after a deputy's post keeps the case of its words after a dash as the registry does not
know it ("Phó Vụ trưởng Vụ Kế hoạch - tài chính"); a subject cut before a place it names and glued to the date line
("V/v … tỉnh Lào Cai Hà Nội, ngày …") would give the place "Lào Cai Hà Nội".
"""

from __future__ import annotations

import pytest

from page_fields import processed, wrong_fields
from pdfmaker import SANS, SERIF, text_pdf, with_widgets
from pipeline.run import process
from test_forms import char_box, rect
from test_metadata_central import _write

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
RECIPIENTS = ["Nơi nhận:", "- Như trên;", "- Lưu: VT."]

# name: (left column, right column, body, recipients, signature, expected); a tuple of values: any of them is right
CENTRAL = {
 "btc_letter_vv_colon": (["BỘ TÀI CHÍNH", "-------", "Số: 4512/BTC-NSNN", "V/v: hướng dẫn xây dựng dự toán ngân sách", "nhà nước năm 2027"],
   [*MOTTO, "---------------", "Hà Nội, ngày 17 tháng 6 năm 2026"],
   ["Kính gửi:", "- Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ;", "- Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.",
    "Thực hiện Luật Ngân sách nhà nước, Bộ Tài chính hướng dẫn như sau:", "1. Yêu cầu chung đối với dự toán năm 2027.", "Trân trọng./."],
   RECIPIENTS, ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Võ Thành Hưng"],
   dict(number="4512/BTC-NSNN", issued_date="2026-06-17", issuer="BỘ TÀI CHÍNH", agency="viet-nam/bo-tai-chinh",
        title="hướng dẫn xây dựng dự toán ngân sách nhà nước năm 2027", signer="Võ Thành Hưng", position="Thứ trưởng", authority=["KT."])),
 "vpcp_letter": (["VĂN PHÒNG CHÍNH PHỦ", "-------", "Số: 8123/VPCP-KGVX", "V/v triển khai ý kiến chỉ đạo của Thủ tướng", "Chính phủ về phòng, chống dịch bệnh"],
   [*MOTTO, "---------------", "Hà Nội, ngày 02 tháng 10 năm 2025"],
   ["Kính gửi:", "- Bộ Y tế;", "- Bộ Nông nghiệp và Môi trường.", "Xét báo cáo của Bộ Y tế, Thủ tướng Chính phủ có ý kiến như sau:",
    "1. Bộ Y tế chủ trì theo dõi sát diễn biến.", "Văn phòng Chính phủ thông báo để các cơ quan biết, thực hiện./."],
   ["Nơi nhận:", "- Như trên;", "- Thủ tướng, các PTTg;", "- VPCP: BTCN, các PCN;", "- Lưu: VT, KGVX (2b)."],
   ["KT. BỘ TRƯỞNG, CHỦ NHIỆM", "PHÓ CHỦ NHIỆM", "Nguyễn Sỹ Hiệp"],
   dict(number="8123/VPCP-KGVX", issued_date="2025-10-02", issuer="VĂN PHÒNG CHÍNH PHỦ", agency="viet-nam/van-phong-chinh-phu",
        title="triển khai ý kiến chỉ đạo của Thủ tướng Chính phủ về phòng, chống dịch bệnh", signer="Nguyễn Sỹ Hiệp",
        position="Phó Chủ nhiệm", authority=["KT."], addressees=["Bộ Y tế", "Bộ Nông nghiệp và Môi trường"])),
 "ttg_decision_issuing_a_plan": (["THỦ TƯỚNG CHÍNH PHỦ", "-------", "Số: 1432/QĐ-TTg"], [*MOTTO, "---------------", "Hà Nội, ngày 08 tháng 7 năm 2025"],
   ["QUYẾT ĐỊNH", "Ban hành Kế hoạch thực hiện Chiến lược quốc gia", "về phát triển kinh tế số giai đoạn 2025 - 2030", "THỦ TƯỚNG CHÍNH PHỦ",
    "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;", "QUYẾT ĐỊNH:", "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch.",
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./."],
   ["Nơi nhận:", "- Các Bộ, cơ quan ngang Bộ;", "- Lưu: VT, KTTH."], ["KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", "Hồ Đức Phớc"],
   dict(doc_type="Quyết định", number="1432/QĐ-TTg", issued_date="2025-07-08", issuer="THỦ TƯỚNG CHÍNH PHỦ",
        agency="viet-nam/thu-tuong-chinh-phu", signer="Hồ Đức Phớc", position="Phó Thủ tướng", authority=["KT."],
        title="Ban hành Kế hoạch thực hiện Chiến lược quốc gia về phát triển kinh tế số giai đoạn 2025 - 2030")),
 "cuc_plan_tl_kt": (["BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "CỤC TRỒNG TRỌT VÀ", "BẢO VỆ THỰC VẬT", "-------", "Số: 215/KH-TTBVTV"],
   [*MOTTO, "---------------", "Hà Nội, ngày 21 tháng 8 năm 2025"],
   ["KẾ HOẠCH", "Phòng, chống sinh vật gây hại cây trồng vụ Đông Xuân 2025 - 2026", "I. MỤC ĐÍCH, YÊU CẦU", "1. Chủ động phòng, chống hiệu quả.",
    "II. NHIỆM VỤ", "1. Theo dõi sát diễn biến sinh vật gây hại."],
   RECIPIENTS, ["TL. BỘ TRƯỞNG", "KT. CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG", "Lê Quốc Thanh"],
   dict(doc_type="Kế hoạch", number="215/KH-TTBVTV", issued_date="2025-08-21", issuer="CỤC TRỒNG TRỌT VÀ BẢO VỆ THỰC VẬT",
        title="Phòng, chống sinh vật gây hại cây trồng vụ Đông Xuân 2025 - 2026", signer="Lê Quốc Thanh", position="Phó Cục trưởng",
        authority=["TL.", "KT."])),
 "cuc_letter_tl_q": (["BỘ TÀI CHÍNH", "CỤC HẢI QUAN", "-------", "Số: 3307/CHQ-GSQL", "V/v thủ tục hải quan đối với hàng hóa", "tạm nhập tái xuất"],
   [*MOTTO, "---------------", "Hà Nội, ngày 14 tháng 11 năm 2025"],
   ["Kính gửi: Chi cục Hải quan khu vực II.", "Cục Hải quan nhận được công văn của đơn vị, về vấn đề này Cục Hải quan có ý kiến như sau:",
    "1. Thực hiện theo quy định hiện hành.", "Cục Hải quan thông báo để đơn vị biết, thực hiện./."],
   RECIPIENTS, ["TL. BỘ TRƯỞNG", "Q. CỤC TRƯỞNG", "Nguyễn Văn Thọ"],
   dict(number="3307/CHQ-GSQL", issued_date="2025-11-14", issuer="CỤC HẢI QUAN", title="thủ tục hải quan đối với hàng hóa tạm nhập tái xuất",
        signer="Nguyễn Văn Thọ", position="Cục trưởng", authority=["TL.", "Q."], addressees=["Chi cục Hải quan khu vực II"])),
 "bnv_plan_tuq": (["BỘ NỘI VỤ", "-------", "Số: 98/KH-BNV"], [*MOTTO, "---------------", "Hà Nội, ngày 05 tháng 3 năm 2026"],
   ["KẾ HOẠCH", "Tổ chức Hội nghị tập huấn công tác văn thư, lưu trữ năm 2026", "I. MỤC ĐÍCH, YÊU CẦU", "1. Nâng cao nghiệp vụ.", "II. NỘI DUNG",
    "1. Thời gian, địa điểm."],
   RECIPIENTS, ["TUQ. BỘ TRƯỞNG", "CHÁNH VĂN PHÒNG", "Trương Hải Long"],
   dict(doc_type="Kế hoạch", number="98/KH-BNV", issued_date="2026-03-05", issuer="BỘ NỘI VỤ", agency="viet-nam/bo-noi-vu",
        title="Tổ chức Hội nghị tập huấn công tác văn thư, lưu trữ năm 2026", signer="Trương Hải Long", position="Chánh Văn phòng",
        authority=["TUQ."])),
 "byt_notice_tl": (["BỘ Y TẾ", "-------", "Số: 77/TB-BYT"], [*MOTTO, "---------------", "Hà Nội, ngày 19 tháng 01 năm 2026"],
   ["THÔNG BÁO", "Kết luận của Thứ trưởng Trần Văn Thuấn tại cuộc họp", "về công tác khám bệnh, chữa bệnh dịp Tết",
    "Ngày 15 tháng 01 năm 2026, Thứ trưởng đã chủ trì cuộc họp.", "1. Các đơn vị bảo đảm trực 24/24 giờ.",
    "Văn phòng Bộ thông báo để các đơn vị biết, thực hiện./."],
   RECIPIENTS, ["TL. BỘ TRƯỞNG", "CHÁNH VĂN PHÒNG", "Đặng Quốc Anh"],
   dict(doc_type="Thông báo", number="77/TB-BYT", issued_date="2026-01-19", issuer="BỘ Y TẾ", agency="viet-nam/bo-y-te",
        title="Kết luận của Thứ trưởng Trần Văn Thuấn tại cuộc họp về công tác khám bệnh, chữa bệnh dịp Tết", signer="Đặng Quốc Anh",
        position="Chánh Văn phòng", authority=["TL."])),
 "bgd_letter_q_post_on_two_lines": (["BỘ GIÁO DỤC VÀ ĐÀO TẠO", "-------", "Số: 2210/BGDĐT-KHCNMT", "V/v: góp ý dự thảo Kế hoạch triển khai",
    "Chương trình giáo dục môi trường"], [*MOTTO, "---------------", "Hà Nội, ngày 09 tháng 5 năm 2025"],
   ["Kính gửi: Các Sở Giáo dục và Đào tạo.", "Bộ Giáo dục và Đào tạo đề nghị các Sở góp ý dự thảo gửi kèm theo.",
    "Văn bản góp ý gửi về Bộ trước ngày 30 tháng 5 năm 2025./."],
   RECIPIENTS, ["TL. BỘ TRƯỞNG", "Q. VỤ TRƯỞNG VỤ KHOA HỌC, CÔNG NGHỆ", "VÀ MÔI TRƯỜNG", "Trần Thị Mai"],
   dict(number="2210/BGDĐT-KHCNMT", issued_date="2025-05-09", issuer="BỘ GIÁO DỤC VÀ ĐÀO TẠO", agency="viet-nam/bo-giao-duc-va-dao-tao",
        title="góp ý dự thảo Kế hoạch triển khai Chương trình giáo dục môi trường", signer="Trần Thị Mai", authority=["TL.", "Q."])),
 "cp_resolution_tm_kt": (["CHÍNH PHỦ", "-------", "Số: 45/NQ-CP"], [*MOTTO, "---------------", "Hà Nội, ngày 28 tháng 02 năm 2026"],
   ["NGHỊ QUYẾT", "Ban hành Chương trình hành động của Chính phủ", "thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị", "CHÍNH PHỦ",
    "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;", "QUYẾT NGHỊ:", "Điều 1. Ban hành kèm theo Nghị quyết này Chương trình hành động.",
    "Điều 2. Nghị quyết này có hiệu lực từ ngày ký./."],
   ["Nơi nhận:", "- Ban Bí thư Trung ương Đảng;", "- Lưu: VT, KGVX."], ["TM. CHÍNH PHỦ", "KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", "Lê Thành Long"],
   dict(doc_type="Nghị quyết", number="45/NQ-CP", issued_date="2026-02-28", issuer="CHÍNH PHỦ", agency="viet-nam/chinh-phu",
        title="Ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị", signer="Lê Thành Long",
        position="Phó Thủ tướng", authority=["TM.", "KT."])),
 "bca_cuc_on_three_lines": (["BỘ CÔNG AN", "CỤC CẢNH SÁT QUẢN LÝ HÀNH CHÍNH", "VỀ TRẬT TỰ XÃ HỘI", "-------", "Số: 1102/C06-P4",
    "V/v hướng dẫn cấp, quản lý căn cước"], [*MOTTO, "---------------", "Hà Nội, ngày 12 tháng 9 năm 2025"],
   ["Kính gửi: Công an các tỉnh, thành phố trực thuộc Trung ương.", "Để thống nhất thực hiện, Cục hướng dẫn như sau:",
    "1. Tiếp nhận hồ sơ theo quy định.", "Trân trọng./."],
   RECIPIENTS, ["KT. CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG", "Đại tá Vũ Văn Tấn"],
   dict(number="1102/C06-P4", issued_date="2025-09-12", issuer="CỤC CẢNH SÁT QUẢN LÝ HÀNH CHÍNH VỀ TRẬT TỰ XÃ HỘI",
        title="hướng dẫn cấp, quản lý căn cước", signer="Vũ Văn Tấn", position="Phó Cục trưởng", authority=["KT."])),
}


def wrong(meta, expected: dict) -> dict:
    """wrong_fields, and the addressees' names as printed."""
    addressees = expected.get("addressees")
    found = wrong_fields(meta, {k: v for k, v in expected.items() if k != "addressees"})
    if addressees is not None and [a.name for a in meta.addressees] != addressees:
        found["addressees"] = ([a.name for a in meta.addressees], addressees)
    return found


@pytest.mark.parametrize("suffix", ["txt", "html", "docx", "pdf"])
@pytest.mark.parametrize("name", sorted(CENTRAL))
def test_a_central_document_in_two_columns_reads_right(tmp_path, name, suffix):
    left, right, body, recipients, signature, expected = CENTRAL[name]
    assert wrong(process(_write(tmp_path, suffix, left, right, body, recipients, signature)).metadata, expected) == {}


def doc(header: list[str], number: str, date_line: str, heading: str | None, title: list[str], authority: str | None,
        body: list[str], signature: list[str]) -> list[str]:
    """A document's lines in one column: the header, the motto, the number and date lines, the heading, the title and
    the authority line under it, the body, the recipients and the signature."""
    return [*header, "-------", *MOTTO, f"Số: {number}", date_line, *([heading] if heading else []), *title,
            *([authority] if authority else []), *body, *RECIPIENTS, *signature]


GROUNDS = ["Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 19 tháng 02 năm 2025;", "QUYẾT ĐỊNH:",
           "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch.", "Điều 2. Quyết định có hiệu lực từ ngày ký./."]
PLAN = ["I. MỤC ĐÍCH, YÊU CẦU", "1. Bảo đảm thực hiện đúng tiến độ."]
LETTER = ["Kính gửi: Các đơn vị thuộc Bộ.", "Bộ đề nghị các đơn vị thực hiện.", "Trân trọng./."]

PAGES = {
 "ministry_letter_site_cells": (["BỘ TÀI CHÍNH", "-------", "|", "CỘNG HÒA XÃ HỘI", "CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
   "---------------", "|", "Số: 4512/BTC-NSNN", "V/v hướng dẫn xây dựng dự toán ngân sách", "nhà nước năm 2027", "|", "Hà Nội, ngày 17",
   "tháng 6 năm 2026", "|", "Kính gửi:", "- Các Bộ, cơ quan ngang Bộ;", "- Ủy ban nhân dân các tỉnh, thành phố.",
   "Bộ Tài chính hướng dẫn như sau:", "1. Yêu cầu chung.", "Trân trọng./.", *RECIPIENTS, "|", "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG",
   "Võ Thành Hưng", "|"],
  dict(number="4512/BTC-NSNN", issued_date="2026-06-17", issuer="BỘ TÀI CHÍNH", title="hướng dẫn xây dựng dự toán ngân sách nhà nước năm 2027",
       signer="Võ Thành Hưng", position="Thứ trưởng", authority=["KT."])),
 "title_in_capitals_into_the_authority_line": (doc(["BỘ XÂY DỰNG"], "512/QĐ-BXD", "Hà Nội, ngày 30 tháng 5 năm 2026", "QUYẾT ĐỊNH",
   ["VỀ VIỆC BAN HÀNH KẾ HOẠCH THỰC HIỆN CÔNG TÁC PHÒNG CHÁY,", "CHỮA CHÁY VÀ CỨU NẠN, CỨU HỘ CỦA BỘ XÂY DỰNG NĂM 2026"],
   "BỘ TRƯỞNG BỘ XÂY DỰNG", GROUNDS, ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Nguyễn Văn Sinh"]),
  dict(doc_type="Quyết định", number="512/QĐ-BXD", issued_date="2026-05-30", issuer="BỘ XÂY DỰNG", signer="Nguyễn Văn Sinh",
       title="VỀ VIỆC BAN HÀNH KẾ HOẠCH THỰC HIỆN CÔNG TÁC PHÒNG CHÁY, CHỮA CHÁY VÀ CỨU NẠN, CỨU HỘ CỦA BỘ XÂY DỰNG NĂM 2026",
       position="Thứ trưởng", authority=["KT."])),
 "title_with_an_unbalanced_quote": (doc(["BỘ NỘI VỤ"], "1187/QĐ-BNV", "Hà Nội, ngày 12 tháng 12 năm 2025", "QUYẾT ĐỊNH",
   ["Phê duyệt Đề án “Xác định Chỉ số cải cách hành chính của các bộ,", "cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành phố",
    "trực thuộc trung ương"], "BỘ TRƯỞNG BỘ NỘI VỤ", GROUNDS, ["BỘ TRƯỞNG", "Phạm Thị Thanh Trà"]),
  dict(doc_type="Quyết định", number="1187/QĐ-BNV", issuer="BỘ NỘI VỤ", signer="Phạm Thị Thanh Trà", position="Bộ trưởng", authority=[],
       title="Phê duyệt Đề án “Xác định Chỉ số cải cách hành chính của các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, "
             "thành phố trực thuộc trung ương")),
 "chi_cuc_under_two_parents": (doc(["BỘ TÀI CHÍNH", "CỤC THUẾ", "CHI CỤC THUẾ KHU VỰC XV"], "812/KH-CCTKV15", "Bình Dương, ngày 18 tháng 9 năm 2025",
   "KẾ HOẠCH", ["Quản lý nợ thuế quý IV năm 2025"], None, PLAN, ["KT. CHI CỤC TRƯỞNG", "PHÓ CHI CỤC TRƯỞNG", "Lâm Văn Nhã"]),
  dict(doc_type="Kế hoạch", number="812/KH-CCTKV15", issued_date="2025-09-18", issuer="CHI CỤC THUẾ KHU VỰC XV",
       title="Quản lý nợ thuế quý IV năm 2025", signer="Lâm Văn Nhã", position="Phó Chi cục trưởng", authority=["KT."])),
 "cuc_number_spaced_tl_kt": (["BỘ CÔNG THƯƠNG", "CỤC ĐIỀU TIẾT ĐIỆN LỰC", "-------", *MOTTO, "Số:1178 /ĐTĐL-CĐ", "V/v: báo cáo tình hình cung ứng điện",
   "mùa khô năm 2026", "Hà Nội, ngày 07 tháng 4 năm 2026", "Kính gửi: Tập đoàn Điện lực Việt Nam.", "Cục Điều tiết điện lực đề nghị Tập đoàn báo cáo.",
   *RECIPIENTS, "TL. BỘ TRƯỞNG", "KT. CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG", "Nguyễn Thế Hữu"],
  dict(number="1178/ĐTĐL-CĐ", issued_date="2026-04-07", issuer="CỤC ĐIỀU TIẾT ĐIỆN LỰC", title="báo cáo tình hình cung ứng điện mùa khô năm 2026",
       signer="Nguyễn Thế Hữu", position="Phó Cục trưởng", authority=["TL.", "KT."])),
 "department_s_deputy_under_tl": (["BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "-------", *MOTTO, "Số: 6611/BNNMT-KHTC", "V/v tổng hợp nhu cầu kinh phí năm 2027",
   "Hà Nội, ngày 22 tháng 7 năm 2026", *LETTER, *RECIPIENTS, "TL. BỘ TRƯỞNG", "KT. VỤ TRƯỞNG VỤ KẾ HOẠCH - TÀI CHÍNH", "PHÓ VỤ TRƯỞNG", "Đỗ Thị Hằng"],
  dict(number="6611/BNNMT-KHTC", issuer="BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", title="tổng hợp nhu cầu kinh phí năm 2027", signer="Đỗ Thị Hằng",
       position=("Phó Vụ trưởng", "Phó Vụ trưởng Vụ Kế hoạch - Tài chính"), authority=["TL.", "KT."])),
 "ttg_letter_plain_post": (["THỦ TƯỚNG CHÍNH PHỦ", "-------", *MOTTO, "Số: 464/TTg-KSTT", "V/v đẩy mạnh cắt giảm, đơn giản hóa", "thủ tục hành chính",
   "Hà Nội, ngày 14 tháng 5 năm 2025", "Kính gửi:", "- Các Bộ, cơ quan ngang Bộ;", "- Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương.",
   "Thủ tướng Chính phủ yêu cầu:", "1. Rà soát thủ tục.", *RECIPIENTS, "THỦ TƯỚNG", "Phạm Minh Chính"],
  dict(number="464/TTg-KSTT", issued_date="2025-05-14", issuer="THỦ TƯỚNG CHÍNH PHỦ", title="đẩy mạnh cắt giảm, đơn giản hóa thủ tục hành chính",
       signer="Phạm Minh Chính", position="Thủ tướng", authority=[])),
 "subject_written_out_tuq": (["BỘ TƯ PHÁP", "-------", *MOTTO, "Số: 2301/BTP-PLHS", "Về việc góp ý dự thảo Nghị định", "Hà Nội, ngày 02 tháng 6 năm 2025",
   "Kính gửi: Bộ Công an.", "Bộ Tư pháp có ý kiến như sau:", "1. Về phạm vi điều chỉnh.", *RECIPIENTS, "TUQ. BỘ TRƯỞNG",
   "VỤ TRƯỞNG VỤ PHÁP LUẬT HÌNH SỰ - HÀNH CHÍNH", "Nguyễn Thanh Tịnh"],
  dict(number="2301/BTP-PLHS", issuer="BỘ TƯ PHÁP", title=("Về việc góp ý dự thảo Nghị định", "góp ý dự thảo Nghị định"), signer="Nguyễn Thanh Tịnh",
       authority=["TUQ."])),
 "state_bank_on_two_lines": (doc(["NGÂN HÀNG NHÀ NƯỚC", "VIỆT NAM"], "08/2026/TT-NHNN", "Hà Nội, ngày 04 tháng 7 năm 2026", "THÔNG TƯ",
   ["Sửa đổi, bổ sung một số điều của Thông tư số 03/2015/TT-NHNN"], None,
   ["Căn cứ Luật Ngân hàng Nhà nước Việt Nam ngày 16 tháng 6 năm 2010;", "Thống đốc Ngân hàng Nhà nước Việt Nam ban hành Thông tư.", "Điều 1. Sửa đổi Điều 2."],
   ["KT. THỐNG ĐỐC", "PHÓ THỐNG ĐỐC", "Đoàn Thái Sơn"]),
  dict(doc_type="Thông tư", number="08/2026/TT-NHNN", issuer="NGÂN HÀNG NHÀ NƯỚC VIỆT NAM", signer="Đoàn Thái Sơn", position="Phó Thống đốc",
       title="Sửa đổi, bổ sung một số điều của Thông tư số 03/2015/TT-NHNN", authority=["KT."])),
 "state_bank_decision_authority_line": (doc(["NGÂN HÀNG NHÀ NƯỚC", "VIỆT NAM"], "1520/QĐ-NHNN", "Hà Nội, ngày 10 tháng 6 năm 2026", "QUYẾT ĐỊNH",
   ["Ban hành Kế hoạch hành động của ngành Ngân hàng", "thực hiện Chiến lược tài chính toàn diện quốc gia"], "THỐNG ĐỐC NGÂN HÀNG NHÀ NƯỚC VIỆT NAM",
   GROUNDS, ["THỐNG ĐỐC", "Nguyễn Thị Hồng"]),
  dict(doc_type="Quyết định", number="1520/QĐ-NHNN", issuer="NGÂN HÀNG NHÀ NƯỚC VIỆT NAM", agency="viet-nam/ngan-hang-nha-nuoc-viet-nam",
       title="Ban hành Kế hoạch hành động của ngành Ngân hàng thực hiện Chiến lược tài chính toàn diện quốc gia", signer="Nguyễn Thị Hồng",
       position="Thống đốc", authority=[])),
 "ministry_wrapped": (doc(["BỘ NÔNG NGHIỆP VÀ", "MÔI TRƯỜNG"], "2215/QĐ-BNNMT", "Hà Nội, ngày 20 tháng 6 năm 2025", "QUYẾT ĐỊNH",
   ["Ban hành Kế hoạch phòng, chống thiên tai năm 2025"], "BỘ TRƯỞNG BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", GROUNDS,
   ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Nguyễn Hoàng Hiệp"]),
  dict(doc_type="Quyết định", number="2215/QĐ-BNNMT", issuer="BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", agency="viet-nam/bo-nong-nghiep-va-moi-truong",
       title="Ban hành Kế hoạch phòng, chống thiên tai năm 2025", signer="Nguyễn Hoàng Hiệp", position="Thứ trưởng", authority=["KT."])),
 "authority_line_wrapped": (["BỘ VĂN HÓA, THỂ THAO", "VÀ DU LỊCH", "-------", *MOTTO, "Số: 1803/QĐ-BVHTTDL", "Hà Nội, ngày 05 tháng 6 năm 2025",
   "QUYẾT ĐỊNH", "Ban hành Kế hoạch tổ chức Ngày Gia đình Việt Nam năm 2025", "BỘ TRƯỞNG BỘ VĂN HÓA, THỂ THAO", "VÀ DU LỊCH", *GROUNDS,
   *RECIPIENTS, "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Trịnh Thị Thủy"],
  dict(doc_type="Quyết định", number="1803/QĐ-BVHTTDL", issuer="BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH", agency="viet-nam/bo-van-hoa-the-thao-va-du-lich",
       title="Ban hành Kế hoạch tổ chức Ngày Gia đình Việt Nam năm 2025", signer="Trịnh Thị Thủy", position="Thứ trưởng", authority=["KT."])),
 "cuc_s_head_as_authority_line": (doc(["BỘ TÀI CHÍNH", "CỤC THUẾ"], "2108/QĐ-CT", "Hà Nội, ngày 15 tháng 8 năm 2025", "QUYẾT ĐỊNH",
   ["Ban hành Kế hoạch kiểm tra nội bộ năm 2025"], "CỤC TRƯỞNG CỤC THUẾ", GROUNDS, ["KT. CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG", "Mai Sơn"]),
  dict(doc_type="Quyết định", number="2108/QĐ-CT", issuer="CỤC THUẾ", title="Ban hành Kế hoạch kiểm tra nội bộ năm 2025", signer="Mai Sơn",
       position="Phó Cục trưởng", authority=["KT."])),
 "social_insurance_under_the_ministry": (doc(["BỘ TÀI CHÍNH", "BẢO HIỂM XÃ HỘI VIỆT NAM"], "1567/KH-BHXH", "Hà Nội, ngày 23 tháng 6 năm 2025",
   "KẾ HOẠCH", ["Truyền thông chính sách bảo hiểm xã hội năm 2025"], None, PLAN, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Chu Mạnh Sinh"]),
  dict(doc_type="Kế hoạch", number="1567/KH-BHXH", issuer="BẢO HIỂM XÃ HỘI VIỆT NAM", title="Truyền thông chính sách bảo hiểm xã hội năm 2025",
       signer="Chu Mạnh Sinh", position="Phó Giám đốc", authority=["KT."])),
 "authority_glued_to_the_post": (doc(["BỘ Y TẾ"], "312/KH-BYT", "Hà Nội, ngày 11 tháng 3 năm 2026", "KẾ HOẠCH", ["Tiêm chủng mở rộng năm 2026"], None,
   PLAN, ["KT.BỘ TRƯỞNG", "THỨ TRƯỞNG", "Đỗ Xuân Tuyên"]),
  dict(number="312/KH-BYT", issuer="BỘ Y TẾ", title="Tiêm chủng mở rộng năm 2026", signer="Đỗ Xuân Tuyên", position="Thứ trưởng", authority=["KT."])),
 "inspectorate_short_posts": (doc(["THANH TRA CHÍNH PHỦ"], "88/KH-TTCP", "Hà Nội, ngày 10 tháng 01 năm 2025", "KẾ HOẠCH",
   ["Công tác phòng, chống tham nhũng năm 2025"], None, PLAN, ["KT. TỔNG THANH TRA", "PHÓ TỔNG THANH TRA", "Dương Quốc Huy"]),
  dict(issuer="THANH TRA CHÍNH PHỦ", agency="viet-nam/thanh-tra-chinh-phu", signer="Dương Quốc Huy", position="Phó Tổng Thanh tra", authority=["KT."])),
 "inspectorate_head": (doc(["THANH TRA CHÍNH PHỦ"], "12/QĐ-TTCP", "Hà Nội, ngày 10 tháng 01 năm 2025", "QUYẾT ĐỊNH",
   ["Ban hành Kế hoạch thanh tra năm 2025"], "TỔNG THANH TRA CHÍNH PHỦ", GROUNDS, ["TỔNG THANH TRA", "Đoàn Hồng Phong"]),
  dict(issuer="THANH TRA CHÍNH PHỦ", title="Ban hành Kế hoạch thanh tra năm 2025", signer="Đoàn Hồng Phong", position="Tổng Thanh tra", authority=[])),
 "committee_s_joined_posts": (doc(["ỦY BAN DÂN TỘC"], "410/QĐ-UBDT", "Hà Nội, ngày 18 tháng 7 năm 2024", "QUYẾT ĐỊNH",
   ["Ban hành Kế hoạch thực hiện Chương trình mục tiêu quốc gia năm 2024"], "BỘ TRƯỞNG, CHỦ NHIỆM ỦY BAN DÂN TỘC", GROUNDS,
   ["KT. BỘ TRƯỞNG, CHỦ NHIỆM", "THỨ TRƯỞNG, PHÓ CHỦ NHIỆM", "Y Vinh Tơr"]),
  dict(issuer="ỦY BAN DÂN TỘC", title="Ban hành Kế hoạch thực hiện Chương trình mục tiêu quốc gia năm 2024", signer="Y Vinh Tơr", authority=["KT."])),
 "signature_stamp_over_the_name": (doc(["BỘ NỘI VỤ"], "45/KH-BNV", "Hà Nội, ngày 20 tháng 01 năm 2026", "KẾ HOẠCH", ["Công tác thi đua, khen thưởng năm 2026"],
   None, PLAN, ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Ký bởi: Bộ Nội vụ", "Email: bonoivu@moha.gov.vn", "Thời gian ký: 20.01.2026 15:30:12 +07:00",
                "Nguyễn Duy Thăng"]),
  dict(number="45/KH-BNV", issued_date="2026-01-20", issuer="BỘ NỘI VỤ", signer="Nguyễn Duy Thăng", position="Thứ trưởng", authority=["KT."])),
}


@pytest.mark.parametrize("form", ["text", "html", "docx", "pdf"])
@pytest.mark.parametrize("name", sorted(PAGES))
def test_a_central_document_in_one_column_reads_right(tmp_path, name, form):
    lines, expected = PAGES[name]
    assert wrong(processed(tmp_path, lines, form).metadata, expected) == {}


# --- e-signed: the number and the day (and the month) drawn only by signature widgets over the blanks


def esigned(left: list[str], right: list[str], body: list[str], signature: list[str], number: str, days: list[tuple[str, str]],
            font) -> bytes:
    """A PDF of two header columns whose number (after "Số:") and day parts (after the words in ``days``) are drawn by
    signature widgets, as the signing software stamps them; the text layer holds the blanks."""
    rows = [(50.0, 50 + 16 * i, line) for i, line in enumerate(left)] + [(290.0, 50 + 16 * i, line) for i, line in enumerate(right)]
    top = 50 + 16 * max(len(left), len(right)) + 20
    rows += [(60.0, top + 16 * i, line) for i, line in enumerate(body)]
    top += 16 * len(body) + 20
    rows += [(330.0, top + 16 * i, line) for i, line in enumerate(signature)]
    rows += [(50.0, top + 16 * i, line) for i, line in enumerate(RECIPIENTS)]
    data = text_pdf([rows], font_path=font, size=12.0)
    colon = char_box(data, "Số:", ":")
    widgets = [(rect(colon[2] + 4, colon[1] - 2, colon[2] + 44, colon[3] + 2), number)]
    for word, text in days:
        box = char_box(data, word, word[-1])
        widgets.append((rect(box[2] + 3, box[1] - 2, box[2] + 23, box[3] + 2), text))
    return with_widgets(data, widgets, signed_at="D:20251215093000+07'00'")


ESIGNED = {
 "letter_day_and_month_blank": (["BỘ NỘI VỤ", "", "Số:          /BNV-CCHC", "V/v hướng dẫn xác định Chỉ số cải cách", "hành chính năm 2025"],
   [*MOTTO, "", "Hà Nội, ngày        tháng        năm 2025"],
   ["Kính gửi:", "- Các Bộ, cơ quan ngang Bộ;", "- Ủy ban nhân dân các tỉnh, thành phố.", "Bộ Nội vụ hướng dẫn như sau:", "1. Thời gian tự đánh giá."],
   ["TL. BỘ TRƯỞNG", "VỤ TRƯỞNG VỤ CẢI CÁCH HÀNH CHÍNH", "Phạm Minh Hùng"], "12094", [("ngày", "15"), ("tháng", "12")],
   dict(number="12094/BNV-CCHC", issued_date="2025-12-15", issuer="BỘ NỘI VỤ", title="hướng dẫn xác định Chỉ số cải cách hành chính năm 2025",
        signer="Phạm Minh Hùng", authority=["TL."])),
 "decision_day_blank": (["BỘ NỘI VỤ", "", "Số:          /QĐ-BNV"], [*MOTTO, "", "Hà Nội, ngày        tháng 10 năm 2025"],
   ["QUYẾT ĐỊNH", "Phê duyệt Kế hoạch kiểm tra công tác nội vụ năm 2026", "BỘ TRƯỞNG BỘ NỘI VỤ", "Căn cứ Nghị định số 25/2025/NĐ-CP;",
    "QUYẾT ĐỊNH:", "Điều 1. Phê duyệt Kế hoạch."],
   ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Cao Huy"], "1187", [("ngày", "15")],
   dict(doc_type="Quyết định", number="1187/QĐ-BNV", issued_date="2025-10-15", issuer="BỘ NỘI VỤ", signer="Cao Huy", position="Thứ trưởng",
        title="Phê duyệt Kế hoạch kiểm tra công tác nội vụ năm 2026", authority=["KT."])),
 "cuc_plan_tl_kt": (["BỘ CÔNG THƯƠNG", "CỤC ĐIỀU TIẾT ĐIỆN LỰC", "", "Số:          /KH-ĐTĐL"], [*MOTTO, "", "Hà Nội, ngày        tháng        năm 2026"],
   ["KẾ HOẠCH", "Kiểm tra hoạt động điện lực năm 2026", "I. MỤC ĐÍCH, YÊU CẦU", "1. Bảo đảm cung ứng điện."],
   ["TL. BỘ TRƯỞNG", "KT. CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG", "Nguyễn Thế Hữu"], "96", [("ngày", "03"), ("tháng", "02")],
   dict(doc_type="Kế hoạch", number="96/KH-ĐTĐL", issued_date="2026-02-03", issuer="CỤC ĐIỀU TIẾT ĐIỆN LỰC", signer="Nguyễn Thế Hữu",
        title="Kiểm tra hoạt động điện lực năm 2026", position="Phó Cục trưởng", authority=["TL.", "KT."])),
 "government_office_notice": (["VĂN PHÒNG CHÍNH PHỦ", "", "Số:          /TB-VPCP"], [*MOTTO, "", "Hà Nội, ngày        tháng        năm 2025"],
   ["THÔNG BÁO", "Kết luận của Phó Thủ tướng Chính phủ Trần Hồng Hà", "tại cuộc họp về công tác phòng, chống thiên tai",
    "Ngày 10 tháng 11 năm 2025, Phó Thủ tướng chủ trì cuộc họp.", "1. Các Bộ theo dõi sát tình hình."],
   ["TL. THỦ TƯỚNG", "KT. BỘ TRƯỞNG, CHỦ NHIỆM", "PHÓ CHỦ NHIỆM", "Nguyễn Sỹ Hiệp"], "612", [("ngày", "14"), ("tháng", "11")],
   dict(doc_type="Thông báo", number="612/TB-VPCP", issued_date="2025-11-14", issuer="VĂN PHÒNG CHÍNH PHỦ", signer="Nguyễn Sỹ Hiệp",
        title="Kết luận của Phó Thủ tướng Chính phủ Trần Hồng Hà tại cuộc họp về công tác phòng, chống thiên tai",
        position="Phó Chủ nhiệm", authority=["TL.", "KT."])),
 "whole_number_in_the_widget": (["BỘ TÀI CHÍNH", "", "Số:"], [*MOTTO, "", "Hà Nội, ngày        tháng 6 năm 2026"],
   ["V/v hướng dẫn lập dự toán năm 2027", "Kính gửi: Các Bộ, cơ quan ngang Bộ.", "Bộ Tài chính hướng dẫn như sau:", "1. Yêu cầu chung."],
   ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Võ Thành Hưng"], "4512/BTC-NSNN", [("ngày", "17")],
   dict(number="4512/BTC-NSNN", issued_date="2026-06-17", issuer="BỘ TÀI CHÍNH", signer="Võ Thành Hưng", position="Thứ trưởng")),
}


@pytest.mark.parametrize("font", [SERIF, SANS], ids=lambda f: f.stem)
@pytest.mark.parametrize("name", sorted(ESIGNED))
def test_an_esigned_central_document_reads_its_number_and_day_from_the_widgets(tmp_path, name, font):
    left, right, body, signature, number, days, expected = ESIGNED[name]
    path = tmp_path / "signed.pdf"
    path.write_bytes(esigned(left, right, body, signature, number, days, font))
    doc = process(path)
    assert wrong(doc.metadata, expected) == {}
    assert doc.metadata.sources["number"].source == "form"


# --- a công văn's subject run into the date, the addressees or the letter


SUBJECT = "hướng dẫn xây dựng dự toán ngân sách nhà nước năm 2027"
LETTER_TAIL = ["Bộ Tài chính hướng dẫn như sau:", "1. Yêu cầu chung đối với dự toán.", "Trân trọng./.", "Nơi nhận:", "- Như trên;",
               "- Lưu: VT, NSNN.", "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Võ Thành Hưng"]
HEAD = ["BỘ TÀI CHÍNH", *MOTTO]
NUMBER, DATE = "Số: 4512/BTC-NSNN", "Hà Nội, ngày 17 tháng 6 năm 2026"
MINISTRIES = ["Các Bộ, cơ quan ngang Bộ"]

# name: (lines, addressees)
RUN_ON = {
 "subject_and_date_on_one_line": ([*HEAD, NUMBER, f"V/v {SUBJECT} {DATE}", "Kính gửi: Các Bộ, cơ quan ngang Bộ."], MINISTRIES),
 "number_and_subject_on_one_line": ([*HEAD, f"{NUMBER} V/v {SUBJECT}", DATE, "Kính gửi: Các Bộ, cơ quan ngang Bộ."], MINISTRIES),
 "number_subject_and_date_on_one_line": ([*HEAD, f"{NUMBER} V/v {SUBJECT} {DATE}", "Kính gửi: Các Bộ, cơ quan ngang Bộ."], MINISTRIES),
 "subject_and_addressee_on_one_line": ([*HEAD, NUMBER, DATE, f"V/v {SUBJECT} Kính gửi: Các Bộ, cơ quan ngang Bộ."], MINISTRIES),
 "subject_and_addressee_without_a_colon": ([*HEAD, NUMBER, DATE, f"V/v {SUBJECT}. Kính gửi các Bộ, cơ quan ngang Bộ."], ["các Bộ, cơ quan ngang Bộ"]),
 "subject_s_second_line_and_addressee": ([*HEAD, NUMBER, DATE, "V/v hướng dẫn xây dựng dự toán ngân sách",
                                          "nhà nước năm 2027 Kính gửi: Các Bộ, cơ quan ngang Bộ."], MINISTRIES),
 "subject_and_a_list_s_label": ([*HEAD, NUMBER, DATE, f"V/v {SUBJECT} Kính gửi:", "- Các Bộ, cơ quan ngang Bộ;", "- UBND các tỉnh, thành phố."],
                                [*MINISTRIES, "UBND các tỉnh, thành phố"]),
 "subject_addressee_and_copy": ([*HEAD, NUMBER, DATE, f"V/v {SUBJECT} Kính gửi: Bộ Kế hoạch và Đầu tư. Đồng kính gửi: Văn phòng Chính phủ."],
                                ["Bộ Kế hoạch và Đầu tư", "Văn phòng Chính phủ"]),
 "subject_then_the_letter": ([*HEAD, NUMBER, DATE, f"V/v {SUBJECT}"], []),
}


@pytest.mark.parametrize("form", ["text", "html", "docx", "pdf"])
@pytest.mark.parametrize("name", sorted(RUN_ON))
def test_a_subject_run_into_what_follows_ends_where_it_does(tmp_path, name, form):
    lines, addressees = RUN_ON[name]
    meta = processed(tmp_path, [*lines, *LETTER_TAIL], form).metadata
    assert wrong(meta, dict(number="4512/BTC-NSNN", issued_date="2026-06-17", issuer="BỘ TÀI CHÍNH", title=SUBJECT,
                            signer="Võ Thành Hưng", addressees=addressees)) == {}


# name: (the subject's lines, the subject)
WRAPPED = {
 "before_thuc_hien": (["V/v hướng dẫn", "thực hiện Nghị định số 30/2020/NĐ-CP"], "hướng dẫn thực hiện Nghị định số 30/2020/NĐ-CP"),
 "before_a_cited_document_s_date": (["V/v triển khai Công điện số 12/CĐ-TTg", "ngày 15 tháng 3 năm 2026"],
                                    "triển khai Công điện số 12/CĐ-TTg ngày 15 tháng 3 năm 2026"),
 "before_a_proper_name": (["V/v góp ý dự thảo", "Nghị định quy định chi tiết Luật Đầu tư"], "góp ý dự thảo Nghị định quy định chi tiết Luật Đầu tư"),
}


@pytest.mark.parametrize("form", ["text", "html", "docx", "pdf"])
@pytest.mark.parametrize("above_the_date", [True, False])
@pytest.mark.parametrize("name", sorted(WRAPPED))
def test_a_subject_wrapped_before_words_a_letter_opens_with_goes_on(tmp_path, name, above_the_date, form):
    subject, title = WRAPPED[name]
    header = [NUMBER, *subject, DATE] if above_the_date else [NUMBER, DATE, *subject]
    meta = processed(tmp_path, [*HEAD, *header, "Kính gửi: Các Bộ, cơ quan ngang Bộ.", *LETTER_TAIL], form).metadata
    assert wrong(meta, dict(number="4512/BTC-NSNN", issued_date="2026-06-17", title=title, addressees=MINISTRIES)) == {}


@pytest.mark.parametrize("form", ["text", "html"])
def test_a_subject_naming_a_meeting_s_place_and_day_keeps_them(tmp_path, form):
    subject = "mời dự Hội nghị tổng kết tại Hà Nội, ngày 20 tháng 3 năm 2026"
    meta = processed(tmp_path, [*HEAD, NUMBER, f"V/v {subject}", DATE, "Kính gửi: Các Bộ, cơ quan ngang Bộ.", *LETTER_TAIL], form).metadata
    assert wrong(meta, dict(issued_date="2026-06-17", place="Hà Nội", title=subject)) == {}
