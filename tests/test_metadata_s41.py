"""Metadata leftovers of s40 (s41-meta).

- A header line glued whole with its place ("UBNDHUYỆNBẢOTHẮNG", "SỞNỘIVỤTỈNHLÀOCAI"): longer than a run of syllables
  is cut, and the places below the provinces were no words of the registry's names: cut into the fewest words of the
  registry's names and its places' (districts, communes), marks kept ("XÃY" is no "xây"), in a PDF's text layer too.
- A district's or a commune's committee beside its unit ("UBND HUYỆN BẢO THẮNG" | "PHÒNG NỘI VỤ" / "Số: 12/KH-PNV")
  gave the committee as the issuer (a text copy: a joint plan of both): the registry names a district's body only in a
  place, so the parent's kind was never found. The unit issues, under the committee; peers read as before.
- Collectives of ministries and departments the registry lacked: "Các bộ, ban, ngành (Trung ương)", "các Bộ, ngành có
  liên quan", "các Sở, ban, ngành thuộc tỉnh / có liên quan" (agencies.csv).
- "Căn cứ Luật Thi đua, Khen thưởng;" (a capital after a comma in a ground's law) and "Căn cứ Hiến pháp nước Cộng hòa
  xã hội chủ nghĩa Việt Nam;" (the Constitution by its name alone) were not cited; "Thường trực: Tỉnh ủy; HĐND tỉnh"
  named the council, not its standing board.
"""

import pytest

from conftest import write_in_form
from pipeline.run import process

FORMS = ["text", "html", "docx", "pdf"]
MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
BODY = ["KẾ HOẠCH", "Phát triển nguồn nhân lực", "I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao chất lượng.", "Nơi nhận:",
        "- Như trên;", "- Lưu: VT."]


def _read(tmp_path, lines: list[str], form: str):
    return process(write_in_form(tmp_path, lines, form))


# --- a header line glued whole with its place

@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("glued, day, issuer, agency_id", [
    (["UBNDHUYỆNBẢOTHẮNG"], "2024", "UBND HUYỆN BẢO THẮNG", "lao-cai.huyen-bao-thang/uy-ban-nhan-dan"),
    (["ỦYBANNHÂNDÂNQUẬNBAĐÌNH"], "2024", "ỦY BAN NHÂN DÂN QUẬN BA ĐÌNH", "ha-noi.quan-ba-dinh/uy-ban-nhan-dan"),
    (["SỞNỘIVỤTỈNHLÀOCAI"], "2026", "SỞ NỘI VỤ TỈNH LÀO CAI", "lao-cai/so-noi-vu"),
    (["HĐNDHUYỆNBẢOTHẮNG"], "2024", "HĐND HUYỆN BẢO THẮNG", "lao-cai.huyen-bao-thang/hoi-dong-nhan-dan"),
    (["UBNDXÃBẢOTHẮNG"], "2026", "UBND XÃ BẢO THẮNG", "lao-cai.xa-bao-thang/uy-ban-nhan-dan"),
    (["UBNDXÃYTÝ"], "2026", "UBND XÃ Y TÝ", "lao-cai.xa-y-ty/uy-ban-nhan-dan"),  # marks kept: "XÃY" is no "xây"
    (["ỦY BAN NHÂN DÂN", "HUYỆNBẢOTHẮNG"], "2024", "ỦY BAN NHÂN DÂN HUYỆN BẢO THẮNG", "lao-cai.huyen-bao-thang/uy-ban-nhan-dan"),
])
def test_a_header_line_glued_with_its_place_is_cut_into_the_registry_s_words(tmp_path, glued, day, issuer, agency_id, form):
    place = "Bảo Thắng" if "BẢO" in issuer else "Y Tý" if "Y TÝ" in issuer else "Hà Nội" if "ĐÌNH" in issuer else "Lào Cai"
    doc = _read(tmp_path, [*glued, "Số: 41/KH-UBND", *MOTTO, f"{place}, ngày 3 tháng 3 năm {day}", *BODY, "CHỦ TỊCH",
                           "Nguyễn Văn An"], form)
    assert (doc.metadata.issuer.name, doc.metadata.issuer.agency.agency_id) == (issuer, agency_id)
    assert doc.metadata.number == "41/KH-UBND"
    assert "words_unglued" in {w.code for w in doc.warnings}


@pytest.mark.parametrize("glued", [
    "TOÀNDÂNĐOÀNKẾT XÂY DỰNG ĐỜI SỐNG",  # "Đoàn Kết" is a commune's name, but no level's word goes before it
    "VĂN HÓA THỂTHAO",  # "Văn Hóa" a commune's name too
    "CHÀOMỪNG XÃ BẢO THẮNG",  # "chào", "mừng" no words of a name
])
def test_a_slogan_glued_with_a_place_s_words_is_kept(tmp_path, glued):
    lines = [glued, "UBND TỈNH LÀO CAI", "Số: 41/KH-UBND", *MOTTO, "Lào Cai, ngày 3 tháng 3 năm 2026", *BODY, "CHỦ TỊCH",
             "Nguyễn Văn An"]
    doc = _read(tmp_path, lines, "text")
    assert glued in [b.text for b in doc.blocks]
    assert doc.metadata.issuer.agency.agency_id == "lao-cai/uy-ban-nhan-dan"


@pytest.mark.parametrize("glued, cut", [
    ("UBNDHUYỆNBẢOTHẮNG", "UBND HUYỆN BẢO THẮNG"),  # "BẢ O" too: the fewest words
    ("UBNDXÃYTÝ", "UBND XÃ Y TÝ"),
    ("UỶBANNHÂNDÂNPHƯỜNGBAĐÌNH", "UỶ BAN NHÂN DÂN PHƯỜNG BA ĐÌNH"),  # the mark on another vowel
    ("BỘYTẾ", "BỘ Y TẾ"),
    ("UBNDTỈNH", "UBND TỈNH"),
    ("CHÀOMỪNG", None),
])
def test_the_cut_into_the_fewest_words(glued, cut):
    from pipeline.stages.clean import _cut_into_body_words

    assert _cut_into_body_words(glued) == cut


# --- a district's or a commune's committee beside its unit

def _header_of_columns(tmp_path, form: str, columns: list[list[str]], number: str):
    from test_pages_s39_blind import _SIGNED, _joint_header

    return process(_joint_header(tmp_path, form, columns, ["", number], [_SIGNED["police"]]))


_UNITS = [
    ([["UBND HUYỆN BẢO THẮNG"], ["PHÒNG NỘI VỤ"]], "Số: 12/KH-PNV", "lao-cai.huyen-bao-thang/phong-noi-vu"),
    ([["ỦY BAN NHÂN DÂN", "HUYỆN BẢO THẮNG"], ["PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"]], "Số: 30/KH-PGDĐT",
     "lao-cai.huyen-bao-thang/phong-giao-duc-va-dao-tao"),
    ([["UBND QUẬN BA ĐÌNH"], ["PHÒNG VĂN HÓA VÀ THÔNG TIN"]], "Số: 8/KH-VHTT", "ha-noi.quan-ba-dinh/phong-van-hoa-va-thong-tin"),
    ([["UBND HUYỆN BẢO THẮNG"], ["VĂN PHÒNG HĐND VÀ UBND"]], "Số: 5/KH-VP",
     "lao-cai.huyen-bao-thang/van-phong-hoi-dong-nhan-dan-va-uy-ban-nhan-dan"),
    ([["UBND XÃ BẢO THẮNG"], ["PHÒNG KINH TẾ"]], "Số: 5/KH-PKT", "lao-cai.xa-bao-thang/phong-kinh-te"),
    # a district's name several provinces bear: the unit still, its body unresolved (the header names no province)
    ([["UBND HUYỆN CHÂU THÀNH"], ["PHÒNG TƯ PHÁP"]], "Số: 5/KH-PTP", None),
]


@pytest.mark.parametrize("form", ["html", "docx"])
@pytest.mark.parametrize("columns, number, agency_id", _UNITS)
def test_a_unit_beside_its_district_s_or_commune_s_committee_issued_the_plan(tmp_path, form, columns, number, agency_id):
    meta = _header_of_columns(tmp_path, form, columns, number).metadata
    parent, unit = (" ".join(column) for column in columns)
    assert (meta.issuer.name, meta.issuer.parent, meta.issuer.joint) == (unit, parent, [])
    assert (meta.issuer.agency.agency_id if meta.issuer.agency else None) == agency_id
    assert meta.number == number.split(": ")[1]


@pytest.mark.parametrize("columns, number, agency_id", [u for u in _UNITS if len(u[0][0]) == 1])
@pytest.mark.parametrize("layout", ["pipes", "spaces"])
def test_a_text_copy_of_a_unit_beside_its_district_s_committee(tmp_path, columns, number, agency_id, layout):
    parent, unit = columns[0][0], " ".join(columns[1])
    rows = ([f"{parent} | {unit} | {MOTTO[0]}", f" | ------- | {MOTTO[1]}", f" | {number} | Nơi, ngày 3 tháng 3 năm 2025"]
            if layout == "pipes" else
            [f"{parent}      {unit}      {MOTTO[0]}", f"      {number}      Nơi, ngày 3 tháng 3 năm 2025"])
    path = tmp_path / "doc.txt"
    path.write_text("\n".join([*rows, *BODY, "TRƯỞNG PHÒNG", "Nguyễn Văn An"]) + "\n", encoding="utf-8")
    issuer = process(path).metadata.issuer
    assert (issuer.name, issuer.parent, issuer.joint) == (unit, parent, [])


@pytest.mark.parametrize("form", ["html", "docx"])
@pytest.mark.parametrize("columns, number", [
    ([["UBND HUYỆN BẢO THẮNG"], ["CÔNG AN HUYỆN"]], "Số: 7/KH-CAH"),  # the police are the Ministry's line
    ([["UBND XÃ BẢO THẮNG"], ["BAN CHỈ HUY QUÂN SỰ"]], "Số: 7/KH-BCHQS"),  # the army's
    ([["UBND HUYỆN BẢO THẮNG"], ["TRUNG TÂM Y TẾ"]], "Số: 7/KH-TTYT"),  # the province's health department's
    ([["UBND HUYỆN BẢO THẮNG"], ["PHÒNG NỘI VỤ"]], "Số: 7/KH-UBND"),  # the number's code names the committee
])
def test_a_peer_beside_a_district_s_committee_reads_as_before(tmp_path, form, columns, number):
    meta = _header_of_columns(tmp_path, form, columns, number).metadata
    assert (meta.issuer.name, meta.issuer.parent, meta.issuer.joint) == (" ".join(columns[0]), None, [])


# --- collectives of ministries and departments

def _unmarked(text: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)).replace("đ", "d").replace("Đ", "D")


@pytest.mark.parametrize("printed, place, agency_id", [
    ("Các bộ, ban, ngành", "viet-nam", "viet-nam/cac-bo-ban-nganh"),
    ("các Bộ, ban, ngành Trung ương", "lao-cai", "viet-nam/cac-bo-ban-nganh"),
    ("CÁC BỘ, BAN, NGÀNH LIÊN QUAN", "viet-nam", "viet-nam/cac-bo-ban-nganh"),
    ("các Bộ, ngành có liên quan", "viet-nam", "viet-nam/cac-bo-nganh"),
    ("Các bộ, ngành Trung ương có liên quan", "lao-cai", "viet-nam/cac-bo-nganh"),
    ("Các bộ, ngành, địa phương có liên quan", "viet-nam", "viet-nam/cac-bo-nganh-va-dia-phuong"),
    ("các Sở, ban, ngành thuộc tỉnh", "lao-cai", "lao-cai/cac-so-ban-nganh"),
    ("Các sở, ban, ngành thuộc Ủy ban nhân dân tỉnh", "lao-cai", "lao-cai/cac-so-ban-nganh"),
    ("Các sở, ban, ngành có liên quan", "lao-cai", "lao-cai/cac-so-ban-nganh"),
    ("các sở, ngành có liên quan", "nghe-an", "nghe-an/cac-so-ban-nganh"),
])
@pytest.mark.parametrize("marks", [True, False])
def test_a_collective_of_ministries_or_departments_resolves(printed, place, agency_id, marks):
    from pipeline.stages.agencies import resolve_all

    name = printed if marks else _unmarked(printed)
    assert [m.agency_id for m in resolve_all(name, place)] == [agency_id]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("head, recipients, expected", [
    (["BỘ TƯ PHÁP", "Số: 7/KH-BTP"], ["- Các Bộ, ngành có liên quan;", "- Các bộ, ban, ngành Trung ương;", "- Bộ Nội vụ;"],
     ["viet-nam/cac-bo-nganh", "viet-nam/cac-bo-ban-nganh", "viet-nam/bo-noi-vu"]),
    (["UBND TỈNH LÀO CAI", "Số: 7/KH-UBND"], ["- Các sở, ban, ngành thuộc tỉnh;", "- Các bộ, ban, ngành;"],
     ["lao-cai/cac-so-ban-nganh", "viet-nam/cac-bo-ban-nganh"]),
])
def test_the_recipients_name_the_collectives(tmp_path, form, head, recipients, expected):
    lines = [*head, *MOTTO, "Hà Nội, ngày 3 tháng 3 năm 2026", *BODY[:5], *recipients, "- Lưu: VT.", "BỘ TRƯỞNG",
             "Trần Văn Hải"]
    doc = _read(tmp_path, lines, form)
    assert [a.agency_id for a in doc.metadata.recipient_agencies] == expected
    assert "unresolved_agency" not in {w.code for w in doc.warnings}


# --- a ground's law with a capital after a comma, the Constitution by its name, a standing board's list

def _named(text: str) -> list[tuple]:
    from pipeline.stages.citations import find_named_laws

    return [(c.doc_type, c.name, c.issued_date) for c in find_named_laws(text)]


@pytest.mark.parametrize("text, expected", [
    ("Căn cứ Luật Thi đua, Khen thưởng;", [("Luật", "Thi đua, Khen thưởng", None)]),
    ("Căn cứ Luật Thi đua, Khen thưởng ngày 15 tháng 6 năm 2022;", [("Luật", "Thi đua, Khen thưởng", "2022-06-15")]),
    ("Căn cứ Luật Cán bộ, Công chức và Luật Viên chức;", [("Luật", "Cán bộ, Công chức", None), ("Luật", "Viên chức", None)]),
    ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015; Luật Phòng cháy, Chữa cháy ngày 29/6/2001;",
     [("Luật", "Tổ chức chính quyền địa phương", "2015-06-19"), ("Luật", "Phòng cháy, Chữa cháy", "2001-06-29")]),
    ("Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;", [("Hiến pháp", "nước Cộng hòa xã hội chủ nghĩa Việt Nam", None)]),
    ("Căn cứ Hiến pháp nước Cộng hòa Xã hội Chủ nghĩa Việt Nam;", [("Hiến pháp", "nước Cộng hòa Xã hội Chủ nghĩa Việt Nam", None)]),
    ("Căn cứ Hiến pháp;", [("Hiến pháp", None, None)]),
    ("Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam, Luật Tổ chức Chính phủ;",
     [("Hiến pháp", "nước Cộng hòa xã hội chủ nghĩa Việt Nam", None), ("Luật", "Tổ chức Chính phủ", None)]),
])
def test_a_ground_s_law_with_capitals_after_a_comma_or_the_constitution_by_name_is_cited(text, expected):
    assert _named(text) == expected


@pytest.mark.parametrize("text", [
    "Căn cứ Luật Đất đai, Sở Tài nguyên và Môi trường;",  # a body after the comma
    "Căn cứ Luật Đất đai, Hội nghị ngày 12/3/2024;",
    "Luật Đất đai, Hội nghị ngày 12/3/2024",  # no ground's clause
    "Kết quả triển khai Luật Thi đua, Khen thưởng trong năm 2023",
    "Căn cứ Hiến pháp và pháp luật;",  # no name of the Constitution's
    "Căn cứ Hiến pháp mới;",
])
def test_no_law_where_the_comma_or_the_name_says_otherwise(text):
    assert _named(text) == []


@pytest.mark.parametrize("form", FORMS)
def test_a_decision_s_grounds_cite_them(tmp_path, form):
    lines = ["ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI", "Số: 41/QĐ-UBND", *MOTTO, "Lào Cai, ngày 3 tháng 3 năm 2026", "QUYẾT ĐỊNH",
             "Ban hành Kế hoạch thi đua năm 2026", "ỦY BAN NHÂN DÂN TỈNH LÀO CAI",
             "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;", "Căn cứ Luật Thi đua, Khen thưởng;",
             "Theo đề nghị của Giám đốc Sở Nội vụ.", "QUYẾT ĐỊNH:", "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch.",
             "Nơi nhận:", "- Như Điều 1;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn An"]
    cited = [(c.doc_type, c.text) for c in _read(tmp_path, lines, form).metadata.cited_documents]
    assert cited == [("Hiến pháp", "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam"), ("Luật", "Luật Thi đua, Khen thưởng")]


@pytest.mark.parametrize("printed, names", [
    ("Thường trực: Tỉnh ủy; HĐND tỉnh", ["Thường trực Tỉnh ủy", "Thường trực HĐND tỉnh"]),
    ("TT: Tỉnh ủy; HĐND tỉnh", ["TT Tỉnh ủy", "TT HĐND tỉnh"]),
    ("Thường trực: Huyện ủy; HĐND huyện", ["Thường trực Huyện ủy", "Thường trực HĐND huyện"]),
    ("Ban Thường vụ: Tỉnh đoàn; Hội LHPN tỉnh", ["Ban Thường vụ Tỉnh đoàn", "Ban Thường vụ Hội LHPN tỉnh"]),
    # a body that has no standing board is a name of its own
    ("Thường trực: Tỉnh ủy; HĐND tỉnh; Sở Nội vụ", ["Thường trực Tỉnh ủy", "Thường trực HĐND tỉnh", "Sở Nội vụ"]),
    ("Thường trực: Huyện ủy; HĐND huyện; UBND huyện", ["Thường trực Huyện ủy", "Thường trực HĐND huyện", "UBND huyện"]),
])
def test_a_standing_board_s_list_goes_on_over_a_semicolon(printed, names):
    from pipeline.stages.agencies import split_agencies

    assert split_agencies(printed) == names


@pytest.mark.parametrize("form", FORMS)
def test_the_recipients_name_the_council_s_standing_board(tmp_path, form):
    lines = ["UBND TỈNH LÀO CAI", "Số: 7/KH-UBND", *MOTTO, "Lào Cai, ngày 3 tháng 3 năm 2026", *BODY[:5],
             "- Thường trực: Tỉnh ủy; HĐND tỉnh;", "- Sở Nội vụ;", "- Lưu: VT.", "CHỦ TỊCH", "Nguyễn Văn An"]
    agencies = [a.agency_id for a in _read(tmp_path, lines, form).metadata.recipient_agencies]
    assert agencies == ["lao-cai/thuong-truc-tinh-uy", "lao-cai/thuong-truc-hoi-dong-nhan-dan", "lao-cai/so-noi-vu"]
