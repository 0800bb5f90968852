"""Recipients and cited documents sampled in s40 (a blind round aimed at the two fields of Nghị định 30/2020 less tested
than the header: the recipients under "Nơi nhận:" and a letter's addressees under "Kính gửi:", and every document
cited in the grounds and the body).

What the forms are (our own notes; every fixture below is written for the test, names and numbers made up):
- the pages corpus shows the openings of provinces' plans and decisions and of the Prime Minister's decision: grounds
  one a line ("Căn cứ …;"), several documents in one ground ("Luật … ngày 19/6/2015; Luật sửa đổi, bổ sung một số điều
  của Luật … ngày 22/11/2019;", "Nghị định số …, Quyết định số … và Thông tư số …"), "Căn" and "cứ" cut over two lines,
  the number at a line's end and its date on the next, a symbol in capitals ("…/QĐ-TTG"), a comma before "ngày", a
  year cut by a space ("16/7/20 21"), a symbol whose dash was lost ("30c/NQCP"), a submission cited in "Theo đề nghị
  của … tại Tờ trình số …", a council's resolution of "HĐND tỉnh", a central council's plan with a dash in its name;
  recipients as "- TT Tỉnh ủy, TT HĐND tỉnh;", "- CT, các PCT UBND tỉnh;", "- Như Điều 3;", "- Lưu: VT, NC.", and a
  standing board's word before a colon over the bodies it is of ("Thường trực: Tỉnh ủy, HĐND tỉnh").
- PAGES writes 8 documents of these forms (a province's plans, decisions and letters, a commune's letter), each read as
  a text copy, HTML, DOCX and PDF: 32 readings. Before this round 2 of them gave 8 readings with a lost value, 28 values
  lost (16 recipients' bodies, 12 cited laws), none wrong; 27 of the file's 60 cases fail before:
  - a standing board's word before a colon ("Thường trực: Tỉnh ủy, HĐND tỉnh", "TT: Thành ủy, HĐND Thành phố") gave
    one unresolved "Thường trực" (the bodies lost, 2 a reading): the board's word now names that board of each body
    after it, as "Các Sở: Nội vụ, Tài chính" names each department (recipients.json board_lists);
  - a law that amends others, cited by its title and date ("Luật sửa đổi, bổ sung một số điều của Luật Phòng, chống
    thiên tai và Luật Đê điều ngày 17/6/2020"), was not cited at all (lost): it is now, its name the title, its date
    only a full date after it (a year after the title is the amended law's: "… của Bộ luật Hình sự năm 2015"), the
    laws it names still not (cited_issuers.json named_laws.amending).
Read right before and kept: several numbers in one ground ("các Nghị định số 10/2026/NĐ-CP, 11/2026/NĐ-CP ngày …": the
date printed once is the last one's, the first's null), a joint circular's two ministries, a Party resolution and a
provincial board's directive ("57-NQ/TW", "05-CT/TU"), a citation wrapped over lines, a year cut by a space and a 30th
of February (dates null, never guessed), a lost dash put back ("76/NQCP" -> "76/NQ-CP"), a letter's addressees one a line
and on the "Kính gửi:" line, "Như trên", "Như Điều 3", "Lưu: …", persons ("CT, các PCT UBND tỉnh") kept out of the
bodies, bodies the registry lacks left unresolved ("Hội đồng TĐKT Trung ương", "Báo Thái Nguyên").
  - a law cited in a ground by its name alone, no date nor year ("Căn cứ Luật Cán bộ, công chức và Luật Viên chức;"),
    was not cited (lost): each name that is a clause of its own in a block opening "Căn cứ" is cited, its date null
    (cited_issuers.json named_laws.alone), once: not where the same law is cited with its year or number too.
"Thực hiện Luật Cán bộ, công chức;" (a name alone after "Thực hiện") was left as read here; cited since s42
(cited_issuers.json named_laws.alone.grounds, tests/test_metadata_s42.py). Read since
s41 (tests/test_metadata_s41.py): "Thường trực: Tỉnh ủy; HĐND tỉnh" (a semicolon inside the board's list) names the
council's board; "Căn cứ Luật Thi đua, Khen thưởng;" (a capital after a comma) and the Constitution by its name alone
are cited.
"""

from __future__ import annotations

import re

import pytest

from conftest import write_in_form
from pipeline.run import process
from pipeline.stages.citations import find_named_laws
from pipeline.text import fold

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------"]
SIGNED_FOR = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Văn Tám"]


def doc(header, number, date_line, heading, title, body, recipients, signature):
    """A document's lines: its header over a rule, the motto, the number and date lines, its heading and title, its
    body, the recipients one a line after a dash, and the signature."""
    return [*header, "-------", *MOTTO, f"Số: {number}", date_line, heading, *title, *body, "Nơi nhận:",
            *[f"- {r};" for r in recipients[:-1]], f"- {recipients[-1]}.", *signature]


def law(text, date, issuer=None):
    """A law cited by its name and date, no number: (type, the citation as printed, date, issuer)."""
    return ("Luật", text, date, issuer)


# name: (lines, expected); cited: (type, number or a law's text, date, issuer) in order; bodies: each body among the
# recipients as split, its registry id or None; addressees: (name, registry id)
PAGES = {
 # a province's plan: one ground a document, several numbers in one, a joint circular, the Party's documents
 "kh_province_grounds": (doc(["ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG"], "41/KH-UBND", "Lâm Đồng, ngày 12 tháng 3 năm 2026",
   "KẾ HOẠCH", ["Triển khai chuyển đổi số năm 2026"],
   ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
    "Căn cứ các Nghị định số 10/2026/NĐ-CP, 11/2026/NĐ-CP ngày 09 tháng 01 năm 2026 của Chính phủ;",
    "Căn cứ Quyết định số 1234/QĐ-TTg ngày 20/11/2025 của Thủ tướng Chính phủ;",
    "Căn cứ Thông tư liên tịch số 07/2016/TTLT-BTC-BNV ngày 14/4/2016 của Bộ Tài chính và Bộ Nội vụ;",
    "Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị và Chỉ thị số 05-CT/TU ngày 03/02/2026 của Ban "
    "Thường vụ Tỉnh ủy;", "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:", "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Nâng cao hiệu quả quản lý."],
   ["Văn phòng Chính phủ (b/c)", "Bộ Khoa học và Công nghệ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh", "CT, các PCT UBND tỉnh",
    "Sở Nội vụ", "Sở Tài chính", "UBND các xã, phường", "Lưu: VT, KGVX"], SIGNED_FOR),
  dict(cited=[law("Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025", "2025-06-16"),
              ("Nghị định", "10/2026/NĐ-CP", None, "Chính phủ"), ("Nghị định", "11/2026/NĐ-CP", "2026-01-09", "Chính phủ"),
              ("Quyết định", "1234/QĐ-TTg", "2025-11-20", "Thủ tướng Chính phủ"),
              ("Thông tư liên tịch", "07/2016/TTLT-BTC-BNV", "2016-04-14", "Bộ Tài chính và Bộ Nội vụ"),
              ("Nghị quyết", "57-NQ/TW", "2024-12-22", "Bộ Chính trị"),
              ("Chỉ thị", "05-CT/TU", "2026-02-03", "Ban Thường vụ Tỉnh ủy")],
       bodies={"Văn phòng Chính phủ (b/c)": "viet-nam/van-phong-chinh-phu",
               "Bộ Khoa học và Công nghệ (b/c)": "viet-nam/bo-khoa-hoc-va-cong-nghe",
               "TT Tỉnh ủy": "lam-dong/thuong-truc-tinh-uy", "TT HĐND tỉnh": "lam-dong/thuong-truc-hoi-dong-nhan-dan",
               "Sở Nội vụ": "lam-dong/so-noi-vu", "Sở Tài chính": "lam-dong/so-tai-chinh",
               "UBND các xã, phường": "lam-dong/uy-ban-nhan-dan-cap-xa"})),
 # "Căn" and "cứ" cut over two lines, a law and the law amending it in one ground, a number at a line's end
 "kh_wrapped_and_amending": (doc(["ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN"], "88/KH-UBND", "Nghệ An, ngày 05 tháng 4 năm 2026",
   "KẾ HOẠCH", ["Phòng, chống thiên tai năm 2026"],
   ["Căn", "cứ Luật Phòng, chống thiên tai ngày 19/6/2013; Luật sửa đổi, bổ sung một số điều của Luật Phòng, chống thiên "
    "tai và Luật Đê điều ngày 17/6/2020;", "Căn cứ Quyết định số 405/QĐ-TTg",
    "ngày 02 tháng 3 năm 2026 của Thủ tướng Chính phủ về phòng chống thiên tai;",
    "Thực hiện Kế hoạch số 12/KH-UBND ngày 5/3/2026 của UBND tỉnh và Công văn số 123/UBND-NC ngày 7/3/2026 của Ủy ban "
    "nhân dân tỉnh;", "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:", "I. MỤC ĐÍCH", "1. Chủ động phòng ngừa."],
   ["Ban Chỉ đạo quốc gia về phòng, chống thiên tai", "Thường trực: Tỉnh ủy, HĐND tỉnh", "Các sở, ban, ngành cấp tỉnh",
    "Đài Phát thanh và Truyền hình tỉnh", "Lưu: VT, NN"], SIGNED_FOR),
  dict(cited=[law("Luật Phòng, chống thiên tai ngày 19/6/2013", "2013-06-19"),
              law("Luật sửa đổi, bổ sung một số điều của Luật Phòng, chống thiên tai và Luật Đê điều ngày 17/6/2020",
                  "2020-06-17"),
              ("Quyết định", "405/QĐ-TTg", "2026-03-02", "Thủ tướng Chính phủ"),
              ("Kế hoạch", "12/KH-UBND", "2026-03-05", "UBND tỉnh"),
              ("Công văn", "123/UBND-NC", "2026-03-07", "Ủy ban nhân dân tỉnh")],
       bodies={"Ban Chỉ đạo quốc gia về phòng, chống thiên tai": None,
               "Thường trực Tỉnh ủy": "nghe-an/thuong-truc-tinh-uy",
               "Thường trực HĐND tỉnh": "nghe-an/thuong-truc-hoi-dong-nhan-dan",
               "Các sở, ban, ngành cấp tỉnh": "nghe-an/cac-so-ban-nganh",
               "Đài Phát thanh và Truyền hình tỉnh": "nghe-an/dai-phat-thanh-va-truyen-hinh"})),
 # a chairman's decision: a symbol in capitals, a comma before "ngày", the council's resolution, a submission
 "qd_chairman_grounds": (doc(["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI"], "215/QĐ-UBND", "Quảng Ngãi, ngày 20 tháng 01 năm 2026",
   "QUYẾT ĐỊNH", ["Về việc phê duyệt danh mục nhiệm vụ", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI"],
   ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
    "Căn cứ Quyết định số 77/QĐ-TTG , ngày 14/01/2026 của Thủ tướng Chính phủ về việc giao dự toán;",
    "Căn cứ Nghị quyết số 09/2025/NQ-HĐND ngày 10/12/2025 của HĐND tỉnh về kế hoạch đầu tư công;",
    "Theo đề nghị của Giám đốc Sở Tài chính tại Tờ trình số 31/TTr-STC ngày 15/01/2026.", "QUYẾT ĐỊNH:",
    "Điều 1. Phê duyệt danh mục nhiệm vụ kèm theo Quyết định này.", "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
    "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Tài chính và Thủ trưởng các cơ quan liên quan chịu trách nhiệm thi "
    "hành Quyết định này./."],
   ["Như Điều 3", "Bộ Tài chính", "Kho bạc Nhà nước khu vực XIII", "Lưu: VT, KT"], ["CHỦ TỊCH", "Nguyễn Văn Hai"]),
  dict(cited=[law("Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025", "2025-06-16"),
              ("Quyết định", "77/QĐ-TTG", "2026-01-14", "Thủ tướng Chính phủ"),
              ("Nghị quyết", "09/2025/NQ-HĐND", "2025-12-10", "HĐND tỉnh"), ("Tờ trình", "31/TTr-STC", "2026-01-15", None)],
       bodies={"Bộ Tài chính": "viet-nam/bo-tai-chinh",
               "Kho bạc Nhà nước khu vực XIII": "viet-nam/kho-bac-nha-nuoc-khu-vuc-xiii"})),
 # a province's letter: its addressees one a line, a ministry's letter cited in its subject and its body
 "cv_addressees_listed": (["ỦY BAN NHÂN DÂN", "TỈNH ĐỒNG NAI", "-------", *MOTTO, "Số: 512/UBND-KGVX",
   "V/v triển khai Công văn số 4561/BYT-KCB của Bộ Y tế", "Đồng Nai, ngày 18 tháng 2 năm 2026", "Kính gửi:",
   "- Sở Y tế;", "- Sở Tài chính;", "- Bảo hiểm xã hội tỉnh;", "- UBND các xã, phường.",
   "Thực hiện Công văn số 4561/BYT-KCB ngày 10/02/2026 của Bộ Y tế về khám chữa bệnh, Chủ tịch UBND tỉnh có ý kiến như sau:",
   "1. Giao Sở Y tế chủ trì, phối hợp với Bảo hiểm xã hội tỉnh triển khai thực hiện.", "2. Sở Tài chính bố trí kinh phí.",
   "Nơi nhận:", "- Như trên;", "- Bộ Y tế (b/c);", "- Chủ tịch, các PCT UBND tỉnh;", "- Lưu: VT, KGVX.",
   "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Thị Ba"],
  dict(cited=[("Công văn", "4561/BYT-KCB", "2026-02-10", "Bộ Y tế")], bodies={"Bộ Y tế (b/c)": "viet-nam/bo-y-te"},
       addressees=[("Sở Y tế", "dong-nai/so-y-te"), ("Sở Tài chính", "dong-nai/so-tai-chinh"),
                   ("Bảo hiểm xã hội tỉnh", "dong-nai/bao-hiem-xa-hoi"),
                   ("UBND các xã, phường", "dong-nai/uy-ban-nhan-dan-cap-xa")])),
 # a commune's report letter to its province on the "Kính gửi:" line
 "cv_commune_to_province": (["ỦY BAN NHÂN DÂN", "XÃ TÂN PHÚ", "-------", *MOTTO, "Số: 45/UBND-VP",
   "V/v báo cáo tình hình thực hiện Kế hoạch số 20/KH-UBND", "Tân Phú, ngày 02 tháng 3 năm 2026",
   "Kính gửi: Ủy ban nhân dân tỉnh Đồng Nai.",
   "Căn cứ Kế hoạch số 20/KH-UBND ngày 15/01/2026 của UBND xã về cải cách hành chính, UBND xã báo cáo như sau:",
   "1. Kết quả thực hiện.", "Nơi nhận:", "- Như trên;", "- Đảng ủy xã;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
   "Võ Văn Năm"],
  dict(cited=[("Kế hoạch", "20/KH-UBND", "2026-01-15", "UBND xã")], bodies={"Đảng ủy xã": "dong-nai.xa-tan-phu/dang-uy"},
       addressees=[("Ủy ban nhân dân tỉnh Đồng Nai", "dong-nai/uy-ban-nhan-dan")])),
 # an emulation plan whose title cites the directive in capitals; a central council the registry lacks
 "kh_title_cites_in_capitals": (doc(["ỦY BAN NHÂN DÂN", "TỈNH HÀ TĨNH"], "77/KH-UBND", "Hà Tĩnh, ngày 09 tháng 02 năm 2026",
   "KẾ HOẠCH", ["THỰC HIỆN CHỈ THỊ SỐ 03/CT-TTG NGÀY 15 THÁNG 01 NĂM 2026 CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ PHÁT ĐỘNG THI ĐUA"],
   ["Thực hiện Chỉ thị số 03/CT-TTg ngày 15/01/2026 của Thủ tướng Chính phủ và Kế hoạch số 08/KH-HĐTĐKT ngày 20/01/2026 "
    "của Hội đồng Thi đua - Khen thưởng Trung ương, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
    "I. MỤC ĐÍCH, YÊU CẦU", "1. Tạo khí thế thi đua sôi nổi."],
   ["Hội đồng TĐKT Trung ương (b/c)", "Ban Thi đua - Khen thưởng Trung ương", "Các thành viên Hội đồng TĐKT tỉnh",
    "Lưu: VT, NC"], SIGNED_FOR),
  dict(cited=[("Chỉ thị", "03/CT-TTg", "2026-01-15", "Thủ tướng Chính phủ"),
              ("Kế hoạch", "08/KH-HĐTĐKT", "2026-01-20", "Hội đồng Thi đua - Khen thưởng Trung ương")],
       bodies={"Hội đồng TĐKT Trung ương (b/c)": None,
               "Ban Thi đua - Khen thưởng Trung ương": "viet-nam/ban-thi-dua-khen-thuong-trung-uong-bo-noi-vu",
               "Các thành viên Hội đồng TĐKT tỉnh": None})),
 # dates a scan or a typist broke: a year cut by a space, a 30th of February; a symbol whose dash was lost
 "qd_broken_dates": (doc(["ỦY BAN NHÂN DÂN", "TỈNH KIÊN GIANG"], "1402/QĐ-UBND", "Kiên Giang, ngày 14 tháng 5 năm 2026",
   "QUYẾT ĐỊNH", ["Ban hành Quy chế phối hợp", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH"],
   ["Căn cứ Nghị quyết số 76/NQCP ngày 15 tháng 7 năm 2025 của Chính phủ ban hành Chương trình cải cách hành chính;",
    "Căn cứ Quyết định số 19/2025/QĐ-TTg ngày 16/7/20 25 của Thủ tướng Chính phủ quy định quy trình rà soát;",
    "Căn cứ Thông tư số 02/2026/TT-BNV ngày 30/02/2026 của Bộ Nội vụ;", "QUYẾT ĐỊNH:",
    "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp.", "Điều 2. Quyết định này có hiệu lực kể từ ngày ký."],
   ["Như Điều 2", "Bộ Nội vụ", "Lưu: VT"], ["CHỦ TỊCH", "Phạm Văn Sáu"]),
  dict(cited=[("Nghị quyết", "76/NQ-CP", "2025-07-15", "Chính phủ"), ("Quyết định", "19/2025/QĐ-TTg", None, "Thủ tướng Chính phủ"),
              ("Thông tư", "02/2026/TT-BNV", None, "Bộ Nội vụ")],
       bodies={"Bộ Nội vụ": "viet-nam/bo-noi-vu"})),
 # a law by its name and year; a standing board over the bodies it is of; a newspaper the registry lacks
 "kh_board_over_bodies": (doc(["ỦY BAN NHÂN DÂN", "TỈNH THÁI NGUYÊN"], "19/KH-UBND", "Thái Nguyên, ngày 03 tháng 3 năm 2026",
   "KẾ HOẠCH", ["Tuyên truyền phổ biến pháp luật năm 2026"],
   ["Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012;", "Căn cứ Luật Cán bộ, công chức và Luật Viên chức;",
    "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
    "I. MỤC ĐÍCH", "1. Nâng cao ý thức chấp hành pháp luật."],
   ["Bộ Tư pháp", "Thường trực: Tỉnh ủy, HĐND tỉnh", "Ủy ban MTTQ Việt Nam tỉnh",
    "Các thành viên Hội đồng phối hợp PBGDPL tỉnh", "Báo Thái Nguyên", "Cổng Thông tin điện tử tỉnh", "Lưu: VT, NC"],
   SIGNED_FOR),
  dict(cited=[law("Luật Phổ biến, giáo dục pháp luật năm 2012", None), law("Luật Cán bộ, công chức", None),
              law("Luật Viên chức", None)],
       bodies={"Bộ Tư pháp": "viet-nam/bo-tu-phap", "Thường trực Tỉnh ủy": "thai-nguyen/thuong-truc-tinh-uy",
               "Thường trực HĐND tỉnh": "thai-nguyen/thuong-truc-hoi-dong-nhan-dan",
               "Ủy ban MTTQ Việt Nam tỉnh": "thai-nguyen/uy-ban-mat-tran-to-quoc-viet-nam",
               "Các thành viên Hội đồng phối hợp PBGDPL tỉnh": None, "Báo Thái Nguyên": None,
               "Cổng Thông tin điện tử tỉnh": "thai-nguyen/cong-thong-tin-dien-tu"})),
}


def _folded(value):
    return fold(" ".join(value.split())) if isinstance(value, str) else value


def wrong_fields(metadata, expected: dict) -> dict:
    """The expected fields the metadata does not give right: {field: (got, wanted)}; texts compared folded."""
    got = {"cited": [tuple(_folded(v) for v in (c.doc_type, c.number or c.text, c.issued_date, c.issuer))
                     for c in metadata.cited_documents],
           "bodies": {m.name: m.agency_id for m in metadata.recipient_agencies},
           "addressees": [(a.name, a.agency.agency_id if a.agency else None) for a in metadata.addressees]}
    wanted = {"cited": [tuple(_folded(v) for v in c) for c in expected["cited"]], "bodies": expected["bodies"],
              "addressees": expected.get("addressees", [])}
    return {field: (got[field], want) for field, want in wanted.items() if got[field] != want}


@pytest.mark.parametrize("form", ["text", "html", "docx", "pdf"])
@pytest.mark.parametrize("name", PAGES)
def test_recipients_and_citations_are_read_in_every_form(tmp_path, name, form):
    lines, expected = PAGES[name]
    assert wrong_fields(process(write_in_form(tmp_path, lines, form)).metadata, expected) == {}


def _bodies(tmp_path, header, place, recipient):
    lines = doc(header, "15/KH-UBND", f"{place}, ngày 10 tháng 3 năm 2026", "KẾ HOẠCH", ["Kiểm tra công vụ năm 2026"],
                ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;", "I. MỤC ĐÍCH",
                 "1. Nâng cao kỷ cương."], ["Bộ Nội vụ", recipient, "Lưu: VT"], ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Đỗ Văn Bảy"])
    metadata = process(write_in_form(tmp_path, lines, "text")).metadata
    return [(m.name, m.agency_id) for m in metadata.recipient_agencies][1:]


# a standing board's word before a colon: that board of each body after it; a body the registry lacks stays null
BOARD_OVER_BODIES = {
    "the board's word in full": (["ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN"], "Nghệ An", "Thường trực: Tỉnh ủy, HĐND tỉnh",
                                 [("Thường trực Tỉnh ủy", "nghe-an/thuong-truc-tinh-uy"),
                                  ("Thường trực HĐND tỉnh", "nghe-an/thuong-truc-hoi-dong-nhan-dan")]),
    "its short form, a city's committee": (["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HÀ NỘI"], "Hà Nội", "TT: Thành ủy, HĐND Thành phố",
                                           [("TT Thành ủy", "ha-noi/thuong-truc-tinh-uy"),
                                            ("TT HĐND Thành phố", "ha-noi/thuong-truc-hoi-dong-nhan-dan")]),
    "three bodies, one the registry lacks a board of": (
        ["ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI"], "Lào Cai", "Thường trực: Tỉnh ủy, HĐND, UBND tỉnh",
        [("Thường trực Tỉnh ủy", "lao-cai/thuong-truc-tinh-uy"), ("Thường trực HĐND", "lao-cai/thuong-truc-hoi-dong-nhan-dan"),
         ("Thường trực UBND tỉnh", None)]),
    "a union's standing board": (["ỦY BAN NHÂN DÂN", "TỈNH GIA LAI"], "Gia Lai", "Ban Thường vụ: Tỉnh đoàn, Hội LHPN tỉnh",
                                 [("Ban Thường vụ Tỉnh đoàn", "gia-lai/tinh-doan"),
                                  ("Ban Thường vụ Hội LHPN tỉnh", "gia-lai/hoi-lien-hiep-phu-nu")]),
}


@pytest.mark.parametrize("case", BOARD_OVER_BODIES.values(), ids=BOARD_OVER_BODIES.keys())
def test_a_standing_board_s_word_before_a_colon_names_the_board_of_each_body(tmp_path, case):
    header, place, recipient, expected = case
    assert _bodies(tmp_path, header, place, recipient) == expected


def _amending(text):
    return [(c.doc_type, c.issued_date, c.text) for c in find_named_laws(text) if "sửa đổi" in c.text or "bổ sung" in c.text]


AMENDING_CITED = {
    "two laws amended, a date in words": (
        "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương "
        "ngày 22 tháng 11 năm 2019;", ("Luật", "2019-11-22")),
    "no comma between the verbs, after a law in the ground": (
        "Căn cứ Luật Đê điều ngày 29/11/2006; Luật sửa đổi bổ sung một số điều của Luật Đê điều ngày 17/6/2020;",
        ("Luật", "2020-06-17")),
    "three laws amended, its issuer": (
        "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Đất đai, Luật Nhà ở và Luật Kinh doanh bất động sản ngày "
        "29/6/2024 của Quốc hội;", ("Luật", "2024-06-29")),
    "an ordinance": ("Căn cứ Pháp lệnh sửa đổi, bổ sung một số điều của Pháp lệnh Ưu đãi người có công ngày "
                     "16 tháng 7 năm 2012;", ("Pháp lệnh", "2012-07-16")),
    "a code": ("Thực hiện Bộ luật sửa đổi, bổ sung một số điều của Bộ luật Hàng hải ngày 3/4/2026, Sở triển khai.",
               ("Bộ luật", "2026-04-03")),
}


@pytest.mark.parametrize("case", AMENDING_CITED.values(), ids=AMENDING_CITED.keys())
def test_a_law_amending_others_is_cited_by_its_title_and_date(case):
    text, (doc_type, date) = case
    [(got_type, got_date, got_text)] = _amending(text)
    assert (got_type, got_date) == (doc_type, date) and got_text.startswith(f"{doc_type} sửa đổi")


NO_AMENDING_CITATION = {
    # a year after the title is the amended code's, not the amending law's: no date to give
    "a year after the amended code": "Căn cứ Luật sửa đổi, bổ sung một số điều của Bộ luật Hình sự năm 2015;",
    "the amended code's year, then the date": ("Căn cứ Luật sửa đổi, bổ sung một số điều của Bộ luật Hình sự năm 2015 "
                                               "ngày 20/6/2017;"),
    "a numbered amending law is the numbered citation's": (
        "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Đất đai, Luật Nhà ở số 43/2024/QH15 ngày 29/6/2024;"),
    "a bill": "Góp ý dự thảo Luật sửa đổi, bổ sung một số điều của Luật Đất đai ngày 10/3/2026.",
    "no law named as amended": "Căn cứ Luật sửa đổi các luật về thuế ngày 26/11/2014;",
}


@pytest.mark.parametrize("text", NO_AMENDING_CITATION.values(), ids=NO_AMENDING_CITATION.keys())
def test_no_amending_law_is_cited_without_a_date_of_its_own(text):
    assert _amending(text) == []


def _alone(text):
    return [(c.doc_type, c.name) for c in find_named_laws(text) if c.issued_date is None and not re.search(r"\d", c.text)]


LAWS_BY_NAME_ALONE = {
    "two grounds after a semicolon": ("Căn cứ Luật Cán bộ, công chức; Luật Viên chức;",
                                      [("Luật", "Cán bộ, công chức"), ("Luật", "Viên chức")]),
    "joined by 'và'": ("Căn cứ Luật Cán bộ, công chức và Luật Viên chức;",
                       [("Luật", "Cán bộ, công chức"), ("Luật", "Viên chức")]),
    "joined by a comma, a duty's comma inside": ("Căn cứ Luật Phòng, chống tham nhũng, Luật Tiếp công dân;",
                                                 [("Luật", "Phòng, chống tham nhũng"), ("Luật", "Tiếp công dân")]),
    "a decree after it": ("Căn cứ Luật Ngân sách nhà nước; Nghị định số 163/2016/NĐ-CP ngày 21/12/2016 của Chính phủ;",
                          [("Luật", "Ngân sách nhà nước")]),
    "a code, the ground's full stop": ("Căn cứ Bộ luật Lao động.", [("Bộ luật", "Lao động")]),
    "after a law with its date": ("Căn cứ Luật Viên chức ngày 15/11/2010; Luật Cán bộ, công chức;",
                                  [("Luật", "Cán bộ, công chức")]),
}
NO_LAW_BY_NAME_ALONE = {
    "guiding documents after it": "Căn cứ Luật Đất đai và các văn bản hướng dẫn thi hành;",
    "the laws an amending title names": "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Đất đai và Luật Nhà ở;",
    "inside a sentence of the ground": "Căn cứ quy định của Luật Đất đai;",
    "a ground cut before its date": "Căn cứ Luật Tổ chức chính quyền địa phương",
    "a numbered law": "Căn cứ Luật Đầu tư công số 58/2024/QH15;",
    "a body's name": "Căn cứ Trường Đại học Luật Hà Nội;",
}


@pytest.mark.parametrize("case", LAWS_BY_NAME_ALONE.values(), ids=LAWS_BY_NAME_ALONE.keys())
def test_a_law_by_its_name_alone_in_a_ground_is_cited_without_a_date(case):
    text, expected = case
    assert _alone(text) == expected


@pytest.mark.parametrize("text", NO_LAW_BY_NAME_ALONE.values(), ids=NO_LAW_BY_NAME_ALONE.keys())
def test_no_law_by_its_name_alone_outside_a_clause_of_its_own(text):
    assert _alone(text) == []


def test_a_law_by_its_name_alone_cited_with_its_year_too_is_one_citation(tmp_path):
    lines = doc(["ỦY BAN NHÂN DÂN", "TỈNH CAO BẰNG"], "30/KH-UBND", "Cao Bằng, ngày 02 tháng 4 năm 2026", "KẾ HOẠCH",
                ["Đánh giá viên chức năm 2026"], ["Căn cứ Luật Viên chức;", "I. MỤC ĐÍCH",
                "1. Đánh giá theo Luật Viên chức năm 2010 và các văn bản hướng dẫn."], ["Sở Nội vụ", "Lưu: VT"], SIGNED_FOR)
    cited = process(write_in_form(tmp_path, lines, "text")).metadata.cited_documents
    assert [(c.doc_type, c.text) for c in cited] == [("Luật", "Luật Viên chức năm 2010")]
