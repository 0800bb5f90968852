"""s55: header and closing values of documents by other hands — a deputy signing by order of an organ, grounds printed
after a dash under a meeting's line, a standing board's meeting over a subject of its own, a cited board named by its
duty past ten words, a symbol a narrow cell wrapped around the date line, a flat copy's title before a body alone.

What the forms are (our own notes; every fixture is written for the test, names and numbers made up): a Front's or a
Party organ's office signs by order of the organ itself, not of a head ("TL. ĐOÀN CHỦ TỊCH" / "PHÓ CHỦ TỊCH", "T/L BAN
THƯỜNG VỤ" / "PHÓ CHÁNH VĂN PHÒNG"), and such forms print no KT.: the KT. a deputy under "TL. CHỦ TỊCH" implies (Nghị
định 30/2020) is no part of them. Party resolutions print their grounds as a list, each after a dash ("- Căn cứ Điều
lệ Đảng;"). A standing board's conclusion prints the meeting's line under its heading, then the subject in sentence
case ("KẾT LUẬN" / "HỘI NGHỊ BAN THƯỜNG VỤ TỈNH ỦY" / "Đẩy mạnh …"), or the meeting's line goes on in small letters
("… THƯỜNG TRỰC TỈNH ỦY" / "tại buổi làm việc …"). Steering boards are named by their duty and place ("Ban Chỉ đạo
phòng, chống tội phạm - tệ nạn xã hội tỉnh …", twelve words and more). A narrow left cell wraps the symbol after a hyphen
("Số: 255/BC-BCĐPCGD-" / "XMC"), and a text copy may put the right cell's date line between the two. A copy that lost
its line breaks runs a decision's title in capitals into the authority's line, the issuing body alone ("… QUY CHẾ LÀM
VIỆC ỦY BAN NHÂN DÂN TỈNH … Căn cứ …").
"""

from __future__ import annotations

import pytest

from conftest import write_in_form
from pipeline.run import process
from pipeline.stages.citations import find_citations
from test_meta_s53 import FORMS, _read
from test_meta_s54 import FLAT_DECISION_END, MOTTO, SUBJECT
from test_s53_review_meta import party_meta


def _codes(doc) -> set[str]:
    return {warning.code for warning in doc.warnings}


# --- 1. a deputy signing by order of an organ: the base added a KT. the document does not print ("TL. ĐOÀN CHỦ TỊCH" /
# "PHÓ CHỦ TỊCH" gave ["TL.", "KT."] and signer_authority_inferred)
FRONT_LEFT = ["ỦY BAN TRUNG ƯƠNG", "MẶT TRẬN TỔ QUỐC VIỆT NAM", "Số: 412/KH-MTTW-BTT"]
FRONT_RIGHT = [*MOTTO, "Hà Nội, ngày 9 tháng 4 năm 2026"]
FRONT_PLAN = ["KẾ HOẠCH", "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2026", "I. MỤC ĐÍCH, YÊU CẦU",
              "1. Phát huy sức mạnh khối đại đoàn kết.", "Nơi nhận:", "- Các tỉnh, thành;", "- Lưu: VT."]
BY_ORDER = {
 # (the signature's lines, the position, the authority, a KT. inferred)
 "presidium_s_deputy": (["TL. ĐOÀN CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Phó Chủ tịch", ["TL."], False),
 "standing_board_s_deputy_office_head": (["T/L BAN THƯỜNG VỤ", "PHÓ CHÁNH VĂN PHÒNG"], "Phó Chánh Văn phòng", ["TL."],
                                         False),
 "secretariat_s_deputy_office_head": (["TL. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN", "PHÓ CHÁNH VĂN PHÒNG"], "Phó Chánh Văn phòng",
                                      ["TL."], False),
 "standing_committee_s_deputy": (["TL. BAN THƯỜNG TRỰC", "PHÓ TRƯỞNG BAN TỔ CHỨC"], "Phó Trưởng ban Tổ chức",
                                 ["TL."], False),
 "people_s_committee_s_deputy_office_head": (["TL. ỦY BAN NHÂN DÂN", "PHÓ CHÁNH VĂN PHÒNG"], "Phó Chánh Văn phòng",
                                            ["TL."], False),
 # read right on the base, guards: by order of a head, a deputy signs as KT. of the head (inferred, with a warning)
 "head_s_deputy_office_head": (["TL. CHỦ TỊCH", "PHÓ CHÁNH VĂN PHÒNG"], "Phó Chánh Văn phòng", ["TL.", "KT."], True),
 "minister_s_deputy_director": (["TL. BỘ TRƯỞNG", "PHÓ VỤ TRƯỞNG VỤ PHÁP CHẾ"], "Phó Vụ trưởng Vụ Pháp chế",
                                ["TL.", "KT."], True),
 "on_behalf_then_by_order_of_the_head": (["TM. ỦY BAN NHÂN DÂN", "TL. CHỦ TỊCH", "PHÓ CHÁNH VĂN PHÒNG"],
                                         "Phó Chánh Văn phòng", ["TM.", "TL.", "KT."], True),
 "organ_s_office_head": (["TL. ĐOÀN CHỦ TỊCH", "CHÁNH VĂN PHÒNG"], "Chánh Văn phòng", ["TL."], False),
}


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("name", BY_ORDER)
def test_a_deputy_by_order_of_an_organ_signs_as_printed(tmp_path, name, form):
    signature, position, authority, inferred = BY_ORDER[name]
    doc = _read(tmp_path, FRONT_LEFT, FRONT_RIGHT, [*FRONT_PLAN, *signature, "Nguyễn Thị Thử"], form)
    signer = doc.metadata.signer
    assert (signer.name, signer.title, list(signer.authority)) == ("Nguyễn Thị Thử", position, authority)
    assert ("signer_authority_inferred" in _codes(doc)) is inferred
    assert (doc.metadata.number, doc.metadata.issued_date) == ("412/KH-MTTW-BTT", "2026-04-09")


# --- 2. grounds printed after a dash under the heading or a meeting's line: the base took them for the title, its dash
# dropped ("Căn cứ Điều lệ Đảng;"); read as the grounds without the dash are
GROUNDS_AFTER_A_DASH = {
 # (heading, the lines under it)
 "plenum_in_one_line": ("NGHỊ QUYẾT", ["HỘI NGHỊ LẦN THỨ MƯỜI BAN CHẤP HÀNH ĐẢNG BỘ TỈNH KHÓA XVII",
                                       "- Căn cứ Điều lệ Đảng;"]),
 # (passes on the base: a standing board's meeting line stayed the title's, the grounds left under it)
 "standing_board_s_meeting": ("KẾT LUẬN", ["HỘI NGHỊ BAN THƯỜNG VỤ TỈNH ỦY", "- Căn cứ Quy chế làm việc của Tỉnh ủy;"]),
 "proposal_after_an_en_dash": ("NGHỊ QUYẾT", ["HỘI NGHỊ LẦN THỨ MƯỜI BAN CHẤP HÀNH ĐẢNG BỘ TỈNH KHÓA XVII",
                                              "– Xét đề nghị của Ban Thường vụ Tỉnh ủy,"]),
 "proposal_after_a_plus": ("NGHỊ QUYẾT", ["HỘI NGHỊ LẦN THỨ MƯỜI BAN CHẤP HÀNH ĐẢNG BỘ TỈNH KHÓA XVII",
                                          "+ Theo đề nghị của Ban Tuyên giáo Tỉnh ủy,"]),
}


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("name", GROUNDS_AFTER_A_DASH)
def test_grounds_after_a_dash_are_no_title(tmp_path, name, form):
    heading, under = GROUNDS_AFTER_A_DASH[name]
    code = {"NGHỊ QUYẾT": "NQ", "KẾT LUẬN": "KL"}[heading]
    with_a_dash = party_meta(tmp_path, code, [heading, *under], form)
    without = under[-1].lstrip("-–+ ")
    as_without = party_meta(tmp_path, code, [heading, *under[:-1], without], form)
    assert with_a_dash.title == as_without.title
    assert without[:8] not in (with_a_dash.title or "")
    assert with_a_dash.number == f"15-{code}/TU"


# --- 3. a standing board's meeting line over a subject of its own in sentence case: the meeting is the heading's (the
# base kept it as the title, the subject lost)
STANDING_MEETINGS = {
 # (heading, code, the lines under it, the title)
 "conclusion_of_the_standing_board": ("KẾT LUẬN", "KL", ["HỘI NGHỊ BAN THƯỜNG VỤ TỈNH ỦY", SUBJECT], SUBJECT),
 "conclusion_of_the_standing_committee": ("KẾT LUẬN", "KL", ["HỘI NGHỊ THƯỜNG TRỰC TỈNH ỦY",
                                                             "Công tác chuẩn bị đại hội đảng bộ các cấp"],
                                          "Công tác chuẩn bị đại hội đảng bộ các cấp"),
 "resolution_of_the_standing_board": ("NGHỊ QUYẾT", "NQ", ["HỘI NGHỊ BAN THƯỜNG VỤ TỈNH ỦY", SUBJECT], SUBJECT),
 # read right on the base, guards: the meeting going on in small letters, "về", a programme of the meeting
 "meeting_going_on": ("KẾT LUẬN", "KL", ["HỘI NGHỊ THƯỜNG TRỰC TỈNH ỦY", "tại buổi làm việc với Đảng ủy xã Tân Lập"],
                      "HỘI NGHỊ THƯỜNG TRỰC TỈNH ỦY tại buổi làm việc với Đảng ủy xã Tân Lập"),
 "subject_opening_with_ve": ("KẾT LUẬN", "KL", ["HỘI NGHỊ BAN THƯỜNG VỤ TỈNH ỦY", "về phát triển du lịch"],
                             "về phát triển du lịch"),
 "programme_of_the_meeting": ("CHƯƠNG TRÌNH", "CTr", ["HỘI NGHỊ BAN THƯỜNG VỤ TỈNH ỦY MỞ RỘNG",
                                                      "Sơ kết công tác 6 tháng đầu năm"],
                              "HỘI NGHỊ BAN THƯỜNG VỤ TỈNH ỦY MỞ RỘNG"),
 # (review: read right on the base, wrong on the branch before the review, which took them for the subject) the
 # meeting's date under its line, and the account of the meeting a PDF's line cut before its end: the body's
 "date_under_the_meeting": ("THÔNG BÁO", "TB", ["HỘI NGHỊ BAN THƯỜNG VỤ TỈNH ỦY", "Ngày 20 tháng 5 năm 2026"],
                            "HỘI NGHỊ BAN THƯỜNG VỤ TỈNH ỦY"),
 "account_with_the_meeting_s_date": ("KẾT LUẬN", "KL", ["HỘI NGHỊ THƯỜNG TRỰC TỈNH ỦY",
                                                        "Tại phiên họp ngày 20/5/2026, sau khi nghe Sở Nội vụ",
                                                        "báo cáo, Thường trực Tỉnh ủy kết luận như sau:"],
                                     "HỘI NGHỊ THƯỜNG TRỰC TỈNH ỦY"),
 "account_with_no_date": ("NGHỊ QUYẾT", "NQ", ["HỘI NGHỊ BAN THƯỜNG VỤ TỈNH ỦY",
                                               "Sau khi nghe Ban Tổ chức Tỉnh ủy trình bày tờ trình",
                                               "và thảo luận, Ban Thường vụ Tỉnh ủy quyết nghị:"],
                          "HỘI NGHỊ BAN THƯỜNG VỤ TỈNH ỦY"),
}


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("name", STANDING_MEETINGS)
def test_a_standing_board_s_meeting_is_the_heading_s_over_a_subject_of_its_own(tmp_path, name, form):
    heading, code, under, title = STANDING_MEETINGS[name]
    meta = party_meta(tmp_path, code, [heading, *under], form)
    assert (meta.title, meta.number) == (title, f"15-{code}/TU")


# --- 4. a cited board named by its duty past ten words, its place ending it: the base gave no issuer (too long)
DUTY_NAMED = {
 "crime_and_social_evils_province": ("Ban Chỉ đạo phòng, chống tội phạm - tệ nạn xã hội tỉnh", True),
 "with_the_province_s_name": ("Ban Chỉ đạo phòng, chống tội phạm - tệ nạn xã hội tỉnh Thanh Hóa", True),
 "tobacco_in_schools": ("Ban Chỉ đạo phòng chống tác hại của thuốc lá trong trường học tỉnh", True),
 "night_economy": ("Ban Chỉ đạo phát triển kinh tế ban đêm gắn với du lịch văn hóa tỉnh", True),
 # read right on the base, guards: a title run into a body's whole name, its place first; a capital in the words
 "council_then_a_title": ("Hội đồng nhân dân tỉnh phát triển kinh tế vùng đồng bào dân tộc thiểu số tỉnh Gia Lai",
                          False),
 "capital_inside": ("Ban Chỉ đạo Chương trình mục tiêu quốc gia xây dựng nông thôn mới và đô thị văn minh tỉnh Gia Lai",
                    False),
}


@pytest.mark.parametrize("name", DUTY_NAMED)
def test_a_board_named_by_its_duty_is_read_whole_past_ten_words(name):
    issuer, whole = DUTY_NAMED[name]
    for sentence in (f"Căn cứ Kế hoạch số 14/KH-BCĐ ngày 3/12/2025 của {issuer} về triển khai công tác năm 2026;",
                     f"Thực hiện Công văn số 14/BCĐ ngày 3/12/2025 của {issuer};"):
        assert [c.issuer for c in find_citations(sentence)] == [issuer if whole else None]


# (fixed in s56: citations._duty_past_and; test_meta_s56 has the variants)
def test_a_board_s_duty_with_and_is_whole_or_none():
    sentence = "Căn cứ Kế hoạch số 14/KH-HĐ ngày 3/12/2025 của Hội đồng giáo dục quốc phòng và an ninh tỉnh về năm 2026;"
    assert [c.issuer for c in find_citations(sentence)] in (["Hội đồng giáo dục quốc phòng và an ninh tỉnh"], [None])


# --- 5. a symbol a narrow cell wrapped after its hyphen, its rest under it or the date line copied between: the base
# read no number (number_unreadable)
NGA_SON_LEFT = ["UBND HUYỆN NGA SƠN", "BAN CHỈ ĐẠO PCGD, XMC"]
NGA_SON_DATE = "Nga Sơn, ngày 13 tháng 11 năm 2024"
NGA_SON_REPORT = ["BÁO CÁO", "Kết quả phổ cập giáo dục năm 2024", "I. ĐẶC ĐIỂM TÌNH HÌNH", "1. Nga Sơn là huyện ven biển.",
                  "Nơi nhận:", "- Lưu: VT.", "TM. BAN CHỈ ĐẠO", "PHÓ TRƯỞNG BAN", "Mai Văn Thử"]
WRAPPED_SYMBOLS = {
 # (the number's lines, the date line between them, the number)
 "spaced_slash_rest_under_it": (["Số: 255 / BC-BCĐPCGD-", "XMC"], False, "255/BC-BCĐPCGD-XMC"),
 "spaced_slash_date_between": (["Số: 255 / BC-BCĐPCGD-", "XMC"], True, "255/BC-BCĐPCGD-XMC"),
 "date_between": (["Số: 31/KH-UBND-", "VP"], True, "31/KH-UBND-VP"),  # (its DOCX, the rest right under: the base's too)
 # read right on the base, guards: a whole symbol and a marking under it; a cut symbol over a word (no code)
 "whole_symbol_over_a_code": (["Số: 255/BC-BCĐ", "XMC"], True, "255/BC-BCĐ"),
 "cut_symbol_over_a_word": (["Số: 255/BC-", "KHẨN"], True, None),
}


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("name", WRAPPED_SYMBOLS)
def test_a_symbol_wrapped_after_its_hyphen_around_the_date_line(tmp_path, name, form):
    (number_line, rest), between, number = WRAPPED_SYMBOLS[name]
    if form == "text" and between:  # the right cell's date line copied between the left cell's two lines
        doc = process(write_in_form(tmp_path, [*NGA_SON_LEFT, *MOTTO, number_line, NGA_SON_DATE, rest, *NGA_SON_REPORT],
                                    "text"))
    else:
        doc = _read(tmp_path, [*NGA_SON_LEFT, number_line, rest], [*MOTTO, NGA_SON_DATE], NGA_SON_REPORT, form)
    assert (doc.metadata.number, doc.metadata.place, doc.metadata.issued_date) == (number, "Nga Sơn", "2024-11-13")
    assert ("number_unreadable" in _codes(doc)) is (number is None)


# --- 6. a copy that lost its line breaks, a decision's title in capitals run into the authority's line that is the
# issuing body alone: the base cut the title at a body's kind inside it ("BAN HÀNH", "BAN CHỈ ĐẠO") or ran it on into
# the body's name
FLAT_TITLES_BEFORE_A_BODY = {
 "working_rules": "VỀ VIỆC BAN HÀNH QUY CHẾ LÀM VIỆC",
 "a_plan_issued": "VỀ VIỆC BAN HÀNH KẾ HOẠCH PHÒNG CHỐNG THIÊN TAI NĂM 2026",
 "a_board_founded": "VỀ VIỆC THÀNH LẬP BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ",
 "a_department_s_duties": "QUY ĐỊNH CHỨC NĂNG, NHIỆM VỤ CỦA SỞ Y TẾ",
 # the title names the body after "CỦA": the base ran on into the authority's line too ("… TỈNH QUẢNG TRỊ ỦY BAN …")
 "the_body_s_own_rules": "VỀ VIỆC BAN HÀNH QUY CHẾ LÀM VIỆC CỦA ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ",
}


@pytest.mark.parametrize("name", FLAT_TITLES_BEFORE_A_BODY)
def test_a_flat_copy_s_title_before_the_issuing_body_alone(tmp_path, name):
    title = FLAT_TITLES_BEFORE_A_BODY[name]
    body = "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ"
    lines = [f"{body} {' '.join(MOTTO)} Số: 5123/QĐ-UBND Quảng Trị, ngày 04 tháng 12 năm 2024 QUYẾT ĐỊNH {title} {body} "
             "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;", *FLAT_DECISION_END]
    meta = process(write_in_form(tmp_path, lines, "text")).metadata
    assert (meta.title, meta.number, meta.issued_date) == (title, "5123/QĐ-UBND", "2024-12-04")


# (fixed in s56: authority_prefixes.csv also_printed / written_out hold them; test_meta_s56 has the variants)
@pytest.mark.parametrize("signature, position, authority", [
    (["T.M ỦY BAN NHÂN DÂN", "K.T CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Phó Chủ tịch", ["TM.", "KT."]),
    (["THỪA ỦY QUYỀN CHỦ TỊCH", "GIÁM ĐỐC SỞ TÀI CHÍNH"], "Giám đốc Sở Tài chính", ["TUQ."]),
])
def test_prefixes_dotted_inside_or_written_out(tmp_path, signature, position, authority):
    left = ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI", "Số: 12/KH-UBND"]
    signer = _read(tmp_path, left, [*MOTTO, "Quảng Ngãi, ngày 5 tháng 3 năm 2026"],
                   [*FRONT_PLAN, *signature, "Nguyễn Văn Mẫu"], "text").metadata.signer
    assert (signer.title, list(signer.authority)) in ((position, authority), (None, []))


# (fixed in s56: linebreaks._overlapping; test_meta_s56 has the variants)
def test_a_flat_copy_s_title_ending_on_bodies_in_the_plural(tmp_path):
    title = "VỀ VIỆC GIAO CHỈ TIÊU CHO ỦY BAN NHÂN DÂN CÁC HUYỆN"
    body = "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ"
    lines = [f"{body} {' '.join(MOTTO)} Số: 5123/QĐ-UBND Quảng Trị, ngày 04 tháng 12 năm 2024 QUYẾT ĐỊNH {title} {body} "
             "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;", *FLAT_DECISION_END]
    assert process(write_in_form(tmp_path, lines, "text")).metadata.title in (title, None)
