"""s56: header and closing values of documents by other hands — signing prefixes printed with a dot inside or written
out in words, a Party committee of a body in a header that lost its line breaks, a cited board's duty holding "và" or
a comma, a flat copy's title ending on bodies in the plural.

What the forms are (our own notes; every fixture is written for the test, names and numbers made up): Nghị định
30/2020 prints the signing prefixes "TM.", "KT.", "TL.", "TUQ."; the Party's forms print "T/M", "K/T"; typists also
put the dot inside ("T.M ỦY BAN NHÂN DÂN", "K.T. CHỦ TỊCH") or write the prefix out ("THAY MẶT …", "KÝ THAY …", "THỪA
LỆNH …", "THỪA ỦY QUYỀN …"). A Party committee of a department or a company prints its organisation over it ("ĐẢNG BỘ
KHỐI CÁC CƠ QUAN TỈNH" / "ĐẢNG ỦY SỞ Y TẾ"); a copy that lost its line breaks runs the two into one line, the
organisation's name ending on a place's level alone ("… CƠ QUAN TỈNH"). Boards and councils are named by their duty
and place, the duty a list at times ("Hội đồng giáo dục quốc phòng và an ninh tỉnh", "Ban Chỉ đạo phổ cập giáo dục,
xóa mù chữ huyện"). A decision that gives targets to the districts names them in its title ("… CHO ỦY BAN NHÂN DÂN
CÁC HUYỆN, THÀNH PHỐ"), the issuing authority's line right after it.
"""

from __future__ import annotations

import pytest

from conftest import write_in_form
from pipeline.run import process
from pipeline.stages.citations import find_citations
from test_meta_s53 import FORMS, _read
from test_meta_s54 import FLAT_DECISION_END, MOTTO

LEFT = ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI", "Số: 12/KH-UBND"]
RIGHT = [*MOTTO, "Quảng Ngãi, ngày 5 tháng 3 năm 2026"]
PLAN = ["KẾ HOẠCH", "Tổ chức Ngày hội văn hóa các dân tộc năm 2026", "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Phát huy bản sắc văn hóa các dân tộc.", "Nơi nhận:", "- Các sở, ngành;", "- Lưu: VT."]

# --- 1. prefixes with a dot inside or written out: the base read no prefix and gave the head's post after it as the
# signer's ("K.T CHỦ TỊCH" / "PHÓ CHỦ TỊCH" -> "Chủ tịch", no authority): a confident wrong value
PREFIXES = {
 # (the signature's lines, the position, the authority)
 "dot_inside": (["T.M ỦY BAN NHÂN DÂN", "K.T CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Phó Chủ tịch", ["TM.", "KT."]),
 "dot_inside_and_after": (["T.M. ỦY BAN NHÂN DÂN", "K.T. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Phó Chủ tịch", ["TM.", "KT."]),
 "by_order_dot_inside": (["T.L CHỦ TỊCH", "CHÁNH VĂN PHÒNG"], "Chánh Văn phòng", ["TL."]),
 "by_delegation_dot_inside": (["T.UQ. CHỦ TỊCH", "GIÁM ĐỐC SỞ TÀI CHÍNH"], "Giám đốc Sở Tài chính", ["TUQ."]),
 "on_behalf_written_out": (["THAY MẶT ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Chủ tịch", ["TM."]),
 "for_the_head_written_out": (["KÝ THAY CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Phó Chủ tịch", ["KT."]),
 "on_behalf_and_for_the_head_written_out": (["THAY MẶT ỦY BAN NHÂN DÂN", "KÝ THAY CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
                                            "Phó Chủ tịch", ["TM.", "KT."]),
 "by_order_written_out": (["THỪA LỆNH CHỦ TỊCH", "CHÁNH VĂN PHÒNG"], "Chánh Văn phòng", ["TL."]),
 "by_delegation_written_out_old_marks": (["THỪA UỶ QUYỀN CHỦ TỊCH", "GIÁM ĐỐC SỞ NỘI VỤ"], "Giám đốc Sở Nội vụ",
                                         ["TUQ."]),
 # read right on the base, guards: the forms printed, an acting head written out
 "printed": (["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Phó Chủ tịch", ["TM.", "KT."]),
 "party_s_slash": (["T/M ỦY BAN NHÂN DÂN", "K/T CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Phó Chủ tịch", ["TM.", "KT."]),
 "acting_written_out": (["QUYỀN CHỦ TỊCH"], "Chủ tịch", ["Q."]),
}


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("name", PREFIXES)
def test_a_prefix_dotted_inside_or_written_out_is_read(tmp_path, name, form):
    signature, position, authority = PREFIXES[name]
    doc = _read(tmp_path, LEFT, RIGHT, [*PLAN, *signature, "Nguyễn Văn Mẫu"], form)
    signer = doc.metadata.signer
    assert (signer.name, signer.title, list(signer.authority)) == ("Nguyễn Văn Mẫu", position, authority)
    assert (doc.metadata.number, doc.metadata.issued_date) == ("12/KH-UBND", "2026-03-05")


# a text PDF and a web page (one column, the lines in order), a web copy in small letters
@pytest.mark.parametrize("form", ["pdf", "html"])
@pytest.mark.parametrize("signature, position, authority", [
    (["T.M ỦY BAN NHÂN DÂN", "K.T CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Phó Chủ tịch", ["TM.", "KT."]),
    (["THAY MẶT ỦY BAN NHÂN DÂN", "KÝ THAY CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Phó Chủ tịch", ["TM.", "KT."]),
    (["t.m. ủy ban nhân dân", "k.t. chủ tịch", "phó chủ tịch"], "Phó Chủ tịch", ["TM.", "KT."]),
])
def test_a_prefix_dotted_inside_or_written_out_in_a_pdf_or_a_page(tmp_path, form, signature, position, authority):
    lines = [*LEFT, *RIGHT, *PLAN, *signature, "Nguyễn Văn Mẫu"]
    signer = process(write_in_form(tmp_path, lines, form)).metadata.signer
    assert (signer.name, signer.title, list(signer.authority)) == ("Nguyễn Văn Mẫu", position, authority)


def test_a_prefix_written_out_in_a_copy_run_into_one_line(tmp_path):
    lines = [" ".join([*LEFT, *RIGHT]), *PLAN, "THAY MẶT ỦY BAN NHÂN DÂN KÝ THAY CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn Mẫu"]
    signer = process(write_in_form(tmp_path, lines, "text")).metadata.signer
    assert (signer.name, signer.title, list(signer.authority)) in (("Nguyễn Văn Mẫu", "Phó Chủ tịch", ["TM.", "KT."]),
                                                                  (None, None, []))


# a sentence of the body in capitals opening with the same words is no signature (read right on the base, guard)
def test_words_of_a_prefix_opening_a_heading_are_no_signature(tmp_path):
    body = ["KẾ HOẠCH", "Tổ chức hội nghị năm 2026", "I. THAY MẶT NHÂN DÂN GIÁM SÁT", "1. Tổ chức giám sát.",
            "Nơi nhận:", "- Lưu: VT.", "CHỦ TỊCH", "Nguyễn Văn Mẫu"]
    signer = _read(tmp_path, LEFT, RIGHT, body, "text").metadata.signer
    assert (signer.name, signer.title, list(signer.authority)) == ("Nguyễn Văn Mẫu", "Chủ tịch", [])


# --- 2. a Party committee of a body run into one line after its organisation, whose name ends on a place's level
# alone: the base cut the line before the body's kind ("ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH ĐẢNG ỦY" / "SỞ Y TẾ") and gave
# the department as the issuer, the organisation and the committee's kind as its parent
RUN_TOGETHER = {
 # (the issuer's line run together, (issuer, parent))
 "department_s_committee": ("ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH ĐẢNG ỦY SỞ Y TẾ",
                            ("ĐẢNG ỦY SỞ Y TẾ", "ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH")),
 "police_s_committee": ("ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH ĐẢNG ỦY CÔNG AN TỈNH",
                        ("ĐẢNG ỦY CÔNG AN TỈNH", "ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH")),
 "company_s_committee": ("ĐẢNG BỘ KHỐI DOANH NGHIỆP TỈNH ĐẢNG ỦY CÔNG TY CỔ PHẦN CẤP NƯỚC",
                         ("ĐẢNG ỦY CÔNG TY CỔ PHẦN CẤP NƯỚC", "ĐẢNG BỘ KHỐI DOANH NGHIỆP TỈNH")),
 # read right on the base, guards: a province named, a ministry over its police, a union over a union, a city whose
 # name opens with a kind's word
 "province_named": ("ĐẢNG BỘ TỈNH BẮC GIANG ĐẢNG ỦY SỞ Y TẾ", ("ĐẢNG ỦY SỞ Y TẾ", "ĐẢNG BỘ TỈNH BẮC GIANG")),
 "ministry_over_police": ("BỘ CÔNG AN CÔNG AN TỈNH QUẢNG NAM", ("CÔNG AN TỈNH QUẢNG NAM", "BỘ CÔNG AN")),
 "union_over_union": ("CÔNG ĐOÀN NGÀNH Y TẾ CÔNG ĐOÀN BỆNH VIỆN ĐA KHOA TỈNH",
                      ("CÔNG ĐOÀN BỆNH VIỆN ĐA KHOA TỈNH", "CÔNG ĐOÀN NGÀNH Y TẾ")),
 "city_named_with_a_kind_s_word": ("UBND THÀNH PHỐ HỘI AN", ("UBND THÀNH PHỐ HỘI AN", None)),
}


def _run_together(tmp_path, issuers: str):
    """The issuer (name, parent), number and date of a flat copy whose header opens with ``issuers``."""
    lines = [f"{issuers} Số: 08/KH-ĐU {' '.join(MOTTO)} Bắc Giang, ngày 15 tháng 5 năm 2026 KẾ HOẠCH kiểm tra, giám sát "
             "năm 2026", "I. MỤC ĐÍCH", "1. Nâng cao chất lượng kiểm tra.", "Nơi nhận:", "- Lưu VT.", "T/M ĐẢNG ỦY",
             "PHÓ BÍ THƯ", "Lê Thị Nháp"]
    meta = process(write_in_form(tmp_path, lines, "text")).metadata
    return (meta.issuer.name, meta.issuer.parent), meta.number, meta.issued_date


@pytest.mark.parametrize("name", RUN_TOGETHER)
def test_a_party_committee_of_a_body_run_into_its_organisation_s_line(tmp_path, name):
    issuers, issuer = RUN_TOGETHER[name]
    assert _run_together(tmp_path, issuers) == (issuer, "08/KH-ĐU", "2026-05-15")


# --- 3. a cited board or council named by its duty, the duty holding "và" or a comma of a list: the base cut it there
# ("Hội đồng giáo dục quốc phòng"); read whole to its place, or not past words that open other bodies or a sentence
DUTY_WITH_AND = {
 # (the issuer printed, the issuer read)
 "council_with_and": ("Hội đồng giáo dục quốc phòng và an ninh tỉnh", "Hội đồng giáo dục quốc phòng và an ninh tỉnh"),
 "council_with_and_the_province_named": ("Hội đồng giáo dục quốc phòng và an ninh tỉnh Thanh Hóa",
                                         "Hội đồng giáo dục quốc phòng và an ninh tỉnh Thanh Hóa"),
 "board_with_a_comma": ("Ban Chỉ đạo công tác phổ cập giáo dục, xóa mù chữ huyện",
                        "Ban Chỉ đạo công tác phổ cập giáo dục, xóa mù chữ huyện"),
 "board_with_and": ("Ban Chỉ đạo phát triển du lịch và dịch vụ tỉnh", "Ban Chỉ đạo phát triển du lịch và dịch vụ tỉnh"),
 # read right on the base, guards: other bodies after "và", a sentence after the comma, a whole name before "và"
 "other_bodies_after_and": ("Ban Chỉ đạo phòng chống dịch và các sở, ngành tỉnh", "Ban Chỉ đạo phòng chống dịch"),
 "a_body_after_and": ("Ban Chỉ đạo phòng chống dịch và UBND tỉnh", "Ban Chỉ đạo phòng chống dịch"),
 "a_sentence_after_the_comma": ("Ban Chỉ đạo phát triển du lịch, đề nghị các huyện", "Ban Chỉ đạo phát triển du lịch"),
 "whole_before_and": ("Ban Chỉ đạo tỉnh và UBND huyện", "Ban Chỉ đạo tỉnh"),
}


@pytest.mark.parametrize("name", DUTY_WITH_AND)
def test_a_board_s_duty_with_and_or_a_comma_is_read_whole(name):
    printed, issuer = DUTY_WITH_AND[name]
    for sentence in (f"Căn cứ Kế hoạch số 14/KH-HĐ ngày 3/12/2025 của {printed} về triển khai công tác năm 2026;",
                     f"Thực hiện Công văn số 14/BCĐ ngày 3/12/2025 của {printed};"):
        assert [c.issuer for c in find_citations(sentence)] == [issuer]


# --- 4. a flat copy's title whose object is the bodies of a kind in the plural, before the issuing body alone or its
# head's line: the base cut it inside the object ("… CHO ỦY BAN NHÂN DÂN CÁC" — "HUYỆN ỦY" is a kind too; "… CÁC
# HUYỆN, THÀNH" — "PHỐ CHỦ TỊCH" spells "PHÓ CHỦ TỊCH" without marks)
PLURAL_OBJECTS = {
 # (the title, the authority's line)
 "districts": ("VỀ VIỆC GIAO CHỈ TIÊU CHO ỦY BAN NHÂN DÂN CÁC HUYỆN", "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ"),
 "abbreviated_kind": ("VỀ VIỆC PHÂN BỔ KINH PHÍ CHO UBND CÁC HUYỆN", "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ"),
 "districts_and_cities_before_the_head": ("VỀ VIỆC GIAO CHỈ TIÊU CHO ỦY BAN NHÂN DÂN CÁC HUYỆN, THÀNH PHỐ",
                                          "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ"),
 # read right on the base, guards: the head's line after the districts, communes and wards, district Party committees
 "districts_before_the_head": ("VỀ VIỆC GIAO CHỈ TIÊU CHO ỦY BAN NHÂN DÂN CÁC HUYỆN",
                               "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ"),
 "communes_and_wards": ("VỀ VIỆC GIAO DỰ TOÁN CHO ỦY BAN NHÂN DÂN CÁC XÃ, PHƯỜNG", "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ"),
 "district_party_committees": ("VỀ VIỆC GIAO NHIỆM VỤ CHO CÁC HUYỆN ỦY", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ"),
}


@pytest.mark.parametrize("name", PLURAL_OBJECTS)
def test_a_flat_copy_s_title_ending_on_bodies_in_the_plural(tmp_path, name):
    title, authority = PLURAL_OBJECTS[name]
    lines = [f"ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ {' '.join(MOTTO)} Số: 5123/QĐ-UBND Quảng Trị, ngày 04 tháng 12 năm 2024 "
             f"QUYẾT ĐỊNH {title} {authority} Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;",
             *FLAT_DECISION_END]
    meta = process(write_in_form(tmp_path, lines, "text")).metadata
    assert (meta.title, meta.number, meta.issued_date) == (title, "5123/QĐ-UBND", "2024-12-04")


# a prefix whose every letter is dotted ('T.U.Q CHỦ TỊCH'): read since s57 (authority_prefixes.csv)
def test_a_prefix_dotted_after_every_letter(tmp_path):
    signer = _read(tmp_path, LEFT, RIGHT, [*PLAN, "T.U.Q CHỦ TỊCH", "GIÁM ĐỐC SỞ TÀI CHÍNH", "Nguyễn Văn Mẫu"],
                   "text").metadata.signer
    assert (signer.title, list(signer.authority)) in (("Giám đốc Sở Tài chính", ["TUQ."]), (None, []))


# --- Review (s56): variants the first rules read wrong -----------------------------------------------------------

# the words of a written-out prefix opening a line in capitals that is no signature's: a heading with no number, a
# wrapped title's line. The branch's first rule read any such line as TM./KT./TL.; the signer's post and name were lost
# and a wrong authority given. A written-out prefix is one only before a position or one body.
NOT_A_SIGNATURE = {
 "heading_on_behalf_of_the_people": ["THAY MẶT NHÂN DÂN GIÁM SÁT CÁC CÔNG TRÌNH", "1. Giám sát đầu tư công."],
 "heading_on_behalf_of_units_in_the_plural": ["THAY MẶT CÁC ĐƠN VỊ KÝ KẾT GIAO ƯỚC THI ĐUA", "1. Ký kết giao ước."],
 "heading_signing_by_order": ["THỪA LỆNH, THỪA ỦY QUYỀN KÝ CÁC VĂN BẢN", "1. Thực hiện đúng thẩm quyền."],
}


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("name", NOT_A_SIGNATURE)
def test_words_of_a_written_out_prefix_opening_a_heading_are_no_signature(tmp_path, name, form):
    body = ["KẾ HOẠCH", "Tổ chức hội nghị năm 2026", "I. MỤC ĐÍCH", "1. Tổ chức tốt hội nghị.", *NOT_A_SIGNATURE[name],
            "II. TỔ CHỨC THỰC HIỆN", "Các sở, ngành thực hiện.", "Nơi nhận:", "- Lưu: VT.", "KT. CHỦ TỊCH",
            "PHÓ CHỦ TỊCH", "Nguyễn Văn Mẫu"]
    signer = _read(tmp_path, LEFT, RIGHT, body, form).metadata.signer
    assert (signer.name, signer.title, list(signer.authority)) == ("Nguyễn Văn Mẫu", "Phó Chủ tịch", ["KT."])


# written out before a collective body of the Party's or a mass organisation's forms (read on the branch, guards)
@pytest.mark.parametrize("signature, position, authority", [
    (["THAY MẶT BAN THƯỜNG VỤ TỈNH ĐOÀN", "PHÓ BÍ THƯ"], "Phó Bí thư", ["TM."]),
    (["THAY MẶT THƯỜNG TRỰC HĐND", "CHỦ TỊCH"], "Chủ tịch", ["TM."]),
])
def test_a_prefix_written_out_before_a_collective_body(tmp_path, signature, position, authority):
    signer = _read(tmp_path, LEFT, RIGHT, [*PLAN, *signature, "Nguyễn Văn Mẫu"], "text").metadata.signer
    assert (signer.name, signer.title, list(signer.authority)) == ("Nguyễn Văn Mẫu", position, authority)


# a body's Party committee run in after a body named by its kind and its level alone: the branch's first rule kept no
# break before the committee and ran the two into one issuer (main gave the police under "CÔNG AN TỈNH ĐẢNG ỦY")
RUN_IN_AFTER_A_LEVEL = {
 "police": ("CÔNG AN TỈNH ĐẢNG ỦY CÔNG AN TỈNH", ("ĐẢNG ỦY CÔNG AN TỈNH", "CÔNG AN TỈNH")),
 "people_s_committee": ("ỦY BAN NHÂN DÂN TỈNH ĐẢNG ỦY BAN QUẢN LÝ KHU KINH TẾ",
                        ("ĐẢNG ỦY BAN QUẢN LÝ KHU KINH TẾ", "ỦY BAN NHÂN DÂN TỈNH")),
 # guards: an executive or standing committee over the organ is one body with it
 "executive_committee": ("BAN CHẤP HÀNH CÔNG ĐOÀN SỞ Y TẾ", ("BAN CHẤP HÀNH CÔNG ĐOÀN SỞ Y TẾ", None)),
 "standing_committee": ("BAN THƯỜNG VỤ ĐẢNG ỦY SỞ Y TẾ", ("BAN THƯỜNG VỤ ĐẢNG ỦY SỞ Y TẾ", None)),
}


@pytest.mark.parametrize("name", RUN_IN_AFTER_A_LEVEL)
def test_a_party_committee_run_in_after_a_body_named_by_its_level(tmp_path, name):
    issuers, issuer = RUN_IN_AFTER_A_LEVEL[name]
    assert _run_together(tmp_path, issuers) == (issuer, "08/KH-ĐU", "2026-05-15")


# a board's duty read past "và" goes no further than words of the duty: not a noun with its own owner, not a document
# ("văn bản": "bản" is a village's kind, read as the board's place)
@pytest.mark.parametrize("printed", [
    "Ban Chỉ đạo phòng chống dịch và điều kiện thực tế của xã",
    "Ban Chỉ đạo phòng chống dịch và nhu cầu thực tế của xã",
    "Ban Chỉ đạo giảm nghèo và văn bản hướng dẫn của huyện",
])
def test_a_board_s_duty_stops_before_another_noun_after_and(printed):
    sentence = f"Thực hiện Kế hoạch số 14/KH-BCĐ ngày 3/12/2025 của {printed}, Ủy ban nhân dân xã ban hành kế hoạch:"
    assert [c.issuer for c in find_citations(sentence)] == [printed.split(" và ")[0]]


# a body named by its kind alone ('TỈNH ĐOÀN') run into one line with a unit's organ and its unit: read since s57
def test_an_organ_run_in_after_a_body_named_by_its_kind_alone(tmp_path):
    assert _run_together(tmp_path, "TỈNH ĐOÀN CHI ĐOÀN SỞ NỘI VỤ")[0] in (("CHI ĐOÀN SỞ NỘI VỤ", "TỈNH ĐOÀN"), (None, None))


# a flat title ending on the body of the same kind and level as the authority's line after it: read since s57 (the
# authority's line repeats the header's issuer)
def test_a_flat_title_ending_on_a_body_like_the_authority_s(tmp_path):
    title, authority = "VỀ VIỆC BAN HÀNH QUY CHẾ PHỐI HỢP GIỮA HUYỆN ỦY VÀ ỦY BAN NHÂN DÂN HUYỆN", "ỦY BAN NHÂN DÂN HUYỆN GIO LINH"
    lines = [f"ỦY BAN NHÂN DÂN HUYỆN GIO LINH {' '.join(MOTTO)} Số: 5123/QĐ-UBND Gio Linh, ngày 04 tháng 12 năm 2024 "
             f"QUYẾT ĐỊNH {title} {authority} Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;",
             *FLAT_DECISION_END]
    assert process(write_in_form(tmp_path, lines, "text")).metadata.title in (title, None)
