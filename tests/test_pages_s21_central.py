"""Forms sampled in s21 from stored openings of legal-site pages of central issuers nobody had run (a blind sample).

What the forms are (our own notes; every fixture below is written for the test, names and numbers made up):
- a site that runs each header cell's lines into one keeps the rule under the body between them: "BỘ TÀI CHÍNH -------
  |", or the whole header on a line ("BỘ Y TẾ -------- Số: 12/QĐ-BYT | CỘNG HÒA … Hạnh phúc --------------- Hà Nội,
  ngày …"): the body is the words before its rule, the date the line after the motto's;
- a site's narrow cell wraps a committee's name after its first word ("ỦY" / "BAN DÂN TỘC"): one body, the ministry-level
  committee, not a "Ban Dân tộc" of the place of issue;
- a site that keeps only the header table's first row prints a ministry's name cut ("BỘ VĂN HÓA, THỂ THAO" over "Số:
  …/CT-BVHTTDL"): the symbol's code names the whole body;
- a central committee's header prints the board alone ("BAN CHẤP HÀNH TRUNG ƯƠNG") beside its organisation's motto
  ("ĐẢNG CỘNG SẢN VIỆT NAM", "ĐOÀN TNCS HỒ CHÍ MINH"): the board is that organisation's.
"""

from __future__ import annotations

import pytest

from conftest import write_in_form
from pipeline.run import process

FORMS = ["text", "html", "docx"]
CLOSING = ["Nơi nhận:", "- Như trên;", "- Lưu: VT."]


def _process(tmp_path, lines: list[str], form: str):
    return process(write_in_form(tmp_path, lines, form))


# --- a rule run into a header cell's lines

def _rule_run_into(tmp_path, header: list[str], form: str):
    kind = "KẾ HOẠCH" if "KH-" in " ".join(header) else "QUYẾT ĐỊNH" if "QĐ-" in " ".join(header) else "THÔNG TƯ"
    lines = [*header, kind, "Về việc triển khai công tác số hóa hồ sơ năm 2024", "Căn cứ Luật Tổ chức Chính phủ;",
             "1. Mục đích", "Bảo đảm tiến độ.", *CLOSING, "BỘ TRƯỞNG", "Trần Văn An"]
    return _process(tmp_path, lines, form).metadata


@pytest.mark.parametrize("header, issuer, agency_id, day", [
    # each cell's lines run together, the cell border kept at the end of the row
    (["BỘ TÀI CHÍNH ------- |", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- |",
      "Số: 31/2019/TT-BTC | Hà Nội, ngày 07 tháng 3 năm 2019 |"], "BỘ TÀI CHÍNH", "viet-nam/bo-tai-chinh", "2019-03-07"),
    # the whole header table on one row, its number inside the first cell and its date inside the second
    (["BỘ Y TẾ -------- Số: 1208/QĐ-BYT | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
      "--------------- Hà Nội, ngày 19 tháng 8 năm 2016 |"], "BỘ Y TẾ", "viet-nam/bo-y-te", "2016-08-19"),
    (["BỘ GIÁO DỤC VÀ ĐÀO TẠO ******** Số: 77/KH-BGDĐT | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
      "******** Hà Nội, ngày 02 tháng 10 năm 2023 |"], "BỘ GIÁO DỤC VÀ ĐÀO TẠO", "viet-nam/bo-giao-duc-va-dao-tao",
     "2023-10-02"),
])
def test_a_rule_run_into_a_flattened_header_cell_parts_its_lines(tmp_path, header, issuer, agency_id, day):
    """Sites that flatten the header table, each row a line and each cell's lines run together ("| … |"), printed the
    issuer as "BỘ TÀI CHÍNH -------" and, with the whole header on one row, found no date: a run of three dashes or
    stars or more inside a cell is the rule under the body, between two of the cell's lines (metadata.header_columns).
    The copy of such a page is text: the border is read in a text copy only."""
    meta = _rule_run_into(tmp_path, header, "text")
    assert meta.issuer.name == issuer
    assert meta.issuer.agency is not None and meta.issuer.agency.agency_id == agency_id
    assert (meta.place, str(meta.issued_date)) == ("Hà Nội", day)
    assert meta.jurisdiction == "viet-nam"


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("header, issuer, agency_id", [
    (["BỘ TÀI CHÍNH -------", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc ---------------",
      "Số: 31/2019/TT-BTC", "Hà Nội, ngày 07 tháng 3 năm 2019"], "BỘ TÀI CHÍNH", "viet-nam/bo-tai-chinh"),
    (["BỘ Y TẾ ******", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 1208/QĐ-BYT",
      "Hà Nội, ngày 07 tháng 3 năm 2019"], "BỘ Y TẾ", "viet-nam/bo-y-te"),
    # no border at all: the rule parts the body from the number
    (["BỘ CÔNG THƯƠNG ------- Số: 415/QĐ-BCT", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
      "Hà Nội, ngày 07 tháng 3 năm 2019"], "BỘ CÔNG THƯƠNG", "viet-nam/bo-cong-thuong"),
])
def test_a_rule_run_onto_the_issuers_line_ends_it(tmp_path, form, header, issuer, agency_id):
    """The issuer's line with its rule run onto it ("BỘ TÀI CHÍNH -------"), in any form: the body is the words before
    the rule (metadata.read_issuer)."""
    meta = _rule_run_into(tmp_path, header, form)
    assert meta.issuer.name == issuer
    assert meta.issuer.agency is not None and meta.issuer.agency.agency_id == agency_id
    assert str(meta.issued_date) == "2019-03-07"


@pytest.mark.parametrize("line", ["ỦY BAN NHÂN DÂN TỈNH HÀ GIANG", "Độc lập - Tự do - Hạnh phúc"])
def test_single_dashes_part_nothing(tmp_path, line):
    """A motto's or a name's own single dashes are no rule."""
    lines = [line + " |", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |", "Số: 12/KH-UBND | Hà Giang, ngày 03 tháng 5 năm 2024 |",
             "KẾ HOẠCH", "Phòng chống thiên tai năm 2024", "1. Mục đích", "Bảo đảm an toàn.", *CLOSING]
    meta = _process(tmp_path, lines, "text").metadata
    if line.startswith("ỦY"):
        assert meta.issuer.name == "ỦY BAN NHÂN DÂN TỈNH HÀ GIANG"
    assert str(meta.issued_date) == "2024-05-03"


# --- a committee's name wrapped after its first word

@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("wrapped, number, agency_id", [
    (["ỦY", "BAN DÂN TỘC"], "Số: 145/QĐ-UBDT", "viet-nam/uy-ban-dan-toc"),
    (["ỦY", "BAN DÂN TỘC"], "Số: 31/KH-UBDT", "viet-nam/uy-ban-dan-toc"),
    (["ỦY BAN", "THƯỜNG VỤ QUỐC HỘI"], "Số: 88/NQ-UBTVQH15", "viet-nam/uy-ban-thuong-vu-quoc-hoi"),
])
def test_a_committee_wrapped_after_its_first_word_is_one_body(tmp_path, form, wrapped, number, agency_id):
    """thuvienphapluat's narrow header cell wrapped "ỦY BAN DÂN TỘC" as "ỦY" / "BAN DÂN TỘC": the issuer came out "BAN
    DÂN TỘC" under a parent "ỦY", resolved to the Ban Dân tộc of Hà Nội (the place of issue), jurisdiction "ha-noi": a
    committee of any name is a body's kind, so "ỦY" opens it (metadata._AGENCY_KINDS); the ministry-level committee is
    in the registry until its merger (agencies.csv, agency_successions.csv)."""
    kind = "KẾ HOẠCH" if "KH-" in number else "NGHỊ QUYẾT" if "NQ-" in number else "QUYẾT ĐỊNH"
    lines = [*wrapped, "-------", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", number,
             "Hà Nội, ngày 14 tháng 3 năm 2022", kind, "Ban hành Kế hoạch công tác năm 2022", "Căn cứ Nghị định;",
             "1. Mục đích", "Bảo đảm tiến độ.", *CLOSING]
    meta = _process(tmp_path, lines, form).metadata
    assert meta.issuer.name == " ".join(wrapped)
    assert meta.issuer.parent is None
    assert meta.issuer.agency is not None and meta.issuer.agency.agency_id == agency_id
    assert meta.jurisdiction == "viet-nam"


def test_a_commune_committee_under_its_place_is_still_its_place(tmp_path):
    """A province's committee printed over its place is still one body of that place."""
    lines = ["ỦY BAN NHÂN DÂN", "TỈNH CAO BẰNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
             "Số: 40/KH-UBND", "Cao Bằng, ngày 02 tháng 2 năm 2024", "KẾ HOẠCH", "Trồng cây năm 2024", "1. Mục đích",
             "Bảo đảm.", *CLOSING]
    meta = _process(tmp_path, lines, "text").metadata
    assert meta.issuer.name == "ỦY BAN NHÂN DÂN TỈNH CAO BẰNG"
    assert meta.jurisdiction == "cao-bang"


# --- a ministry's name cut by the site

@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("cut, number, named", [
    ("BỘ VĂN HÓA, THỂ THAO", "Số: 118/CT-BVHTTDL", "Bộ Văn hóa, Thể thao và Du lịch"),
    ("BỘ VĂN HOÁ, THỂ THAO", "Số: 2210/QĐ-BVHTTDL", "Bộ Văn hóa, Thể thao và Du lịch"),
    ("BỘ NÔNG NGHIỆP", "Số: 506/QĐ-BNNPTNT", "Bộ Nông nghiệp và Phát triển nông thôn"),
])
def test_an_issuer_cut_short_is_the_body_its_symbol_names(tmp_path, form, cut, number, named):
    """hethongphapluat keeps only the first row of the header table: "BỘ VĂN HOÁ, THỂ THAO | CỘNG HÒA …", the name's
    second line ("VÀ DU LỊCH") lost; the issuer stayed unresolved and the jurisdiction came from the place, "ha-noi".
    A printed name that the body the symbol's code names starts with, word for word, is that body, with the warning
    issuer_from_symbol (metadata.read_metadata)."""
    # the site's rows as a text copy keeps them ("… | … |"); a saved page or a document holds each cell's line
    header = ([f"{cut} | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |", f"{number} | Hà Nội, ngày 23 tháng 9 năm 2022 |"]
              if form == "text" else [cut, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", number, "Hà Nội, ngày 23 tháng 9 năm 2022"])
    lines = [*header, "Trong thời gian qua, công tác quản lý đã có nhiều chuyển biến.", "1. Các cơ quan thực hiện nghiêm.",
             *CLOSING]
    doc = _process(tmp_path, lines, form)
    assert doc.metadata.issuer.name == named
    assert doc.metadata.issuer.agency.agency_id is not None
    assert doc.metadata.jurisdiction == "viet-nam"
    assert "issuer_from_symbol" in {w.code for w in doc.warnings}


@pytest.mark.parametrize("printed, number", [("BỘ TÀI CHÍNH", "Số: 12/QĐ-BTC"), ("BỘ VĂN HÓA", "Số: 12/QĐ-BTC")])
def test_a_whole_name_or_another_body_is_kept(tmp_path, printed, number):
    """The printed name stays when it is whole, or when the symbol's body does not start with it."""
    lines = [f"{printed} | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |", f"{number} | Hà Nội, ngày 23 tháng 9 năm 2022 |",
             "QUYẾT ĐỊNH", "Về việc giao dự toán", "Căn cứ Luật;", *CLOSING]
    doc = _process(tmp_path, lines, "text")
    assert doc.metadata.issuer.name == printed
    assert "issuer_from_symbol" not in {w.code for w in doc.warnings}


# --- a central board beside its organisation's motto

@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("header, parent, agency_id", [
    (["BAN CHẤP HÀNH TRUNG ƯƠNG", "*", "ĐẢNG CỘNG SẢN VIỆT NAM", "Số: 41-QĐ/TW", "Hà Nội, ngày 03 tháng 11 năm 2021"],
     "ĐẢNG CỘNG SẢN VIỆT NAM", "viet-nam/ban-chap-hanh-trung-uong-dang"),
    (["BAN CHẤP HÀNH TRUNG ƯƠNG", "-------", "ĐẢNG CỘNG SẢN VIỆT NAM", "---------------", "Số: 09-CT/TW",
      "Hà Nội, ngày 18 tháng 2 năm 2022"],
     "ĐẢNG CỘNG SẢN VIỆT NAM", "viet-nam/ban-chap-hanh-trung-uong-dang"),
    (["BAN CHẤP HÀNH TRUNG ƯƠNG" + " " * 40 + "ĐOÀN TNCS HỒ CHÍ MINH", "***",
      "Số: 310 - KH/TWĐTN-TNTH" + " " * 40 + "Hà Nội, ngày 06 tháng 6 năm 2023"],
     "ĐOÀN TNCS HỒ CHÍ MINH", "viet-nam/ban-chap-hanh-trung-uong-doan-thanh-nien-cong-san-ho-chi-minh"),
])
def test_a_central_board_is_its_organisations(tmp_path, form, header, parent, agency_id):
    """A Party central committee's or the Youth Union's central committee's header prints the board alone, "BAN CHẤP
    HÀNH TRUNG ƯƠNG", its organisation named by the motto beside it: the issuer stayed unresolved. The motto is the
    board's parent (metadata._organisation_of_central_board), so the board resolves to that organisation's."""
    lines = [*header, "KẾ HOẠCH" if "KH" in header[-1] else "QUY ĐỊNH", "Tổ chức các hoạt động hè năm 2023",
             "I. MỤC ĐÍCH, YÊU CẦU", "1. Bảo đảm an toàn.", *CLOSING]
    meta = _process(tmp_path, lines, form).metadata
    assert meta.issuer.name == "BAN CHẤP HÀNH TRUNG ƯƠNG"
    assert meta.issuer.parent == parent
    assert meta.issuer.agency is not None and meta.issuer.agency.agency_id == agency_id
    assert meta.jurisdiction == "viet-nam"


def test_a_provincial_board_keeps_its_body(tmp_path):
    """A board with its body named ("BAN CHẤP HÀNH ĐẢNG BỘ TỈNH …") takes no motto as its parent."""
    lines = ["ĐẢNG BỘ TỈNH QUẢNG NGÃI", "BAN CHẤP HÀNH", "ĐẢNG CỘNG SẢN VIỆT NAM", "Số: 12-NQ/TU",
             "Quảng Ngãi, ngày 03 tháng 4 năm 2024", "NGHỊ QUYẾT", "Về phát triển du lịch", "1. Mục tiêu", *CLOSING]
    meta = _process(tmp_path, lines, "text").metadata
    assert meta.issuer.parent != "ĐẢNG CỘNG SẢN VIỆT NAM"
