"""Issuers the registry lacks or names otherwise, and signature blocks of other shapes (s20).

What the forms are (our own notes; every fixture below is written for the test, names and numbers made up):
- a deconcentrated body's header printed with its abbreviation ("BẢO HIỂM XÃ HỘI VIỆT NAM" / "BHXH TỈNH …", "BHXH
  TỈNH …" / "BHXH CƠ SỞ …"), and the State Bank's branch named under its parent ("NGÂN HÀNG NHÀ NƯỚC VIỆT NAM" /
  "CHI NHÁNH TỈNH …");
- a joint plan's two signature columns in a text copy: typed with a bar between the cells ("GIÁM ĐỐC SỞ Y TẾ | GIÁM
  ĐỐC BẢO HIỂM XÃ HỘI TỈNH"), or flattened row by row (the left cell's line, then the right one's, then the two names);
- a military or police signer's rank on a line of its own over the name ("Thượng tá", "Thiếu tướng").
"""

from __future__ import annotations

import pytest

from conftest import write_in_form
from pipeline.run import process

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------"]
FORMS = ["text", "html", "docx", "pdf"]
BODY = ["I. MỤC ĐÍCH, YÊU CẦU", "1. Nâng cao hiệu quả công tác trong năm.", "II. TỔ CHỨC THỰC HIỆN",
        "Các đơn vị triển khai thực hiện."]
CLOSING = ["Nơi nhận:", "- Như trên;", "- Lưu: VT."]


def _plan(header: list[str], number: str, place: str, signature: list[str], year: int = 2025) -> list[str]:
    return [*header, *MOTTO, f"Số: {number}", f"{place}, ngày 14 tháng 8 năm {year}", "KẾ HOẠCH",
            "Phối hợp tuyên truyền chính sách năm 2026", *BODY, *CLOSING, *signature]


def _meta(tmp_path, lines: list[str], form: str):
    return process(write_in_form(tmp_path, lines, form)).metadata


# --- a deconcentrated body printed with its abbreviation, a branch named under its parent

@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("header, place, issuer, parent, agency_id, jurisdiction", [
    (["BẢO HIỂM XÃ HỘI VIỆT NAM", "BHXH TỈNH QUẢNG TRỊ"], "Quảng Trị", "BHXH TỈNH QUẢNG TRỊ", "BẢO HIỂM XÃ HỘI VIỆT NAM",
     "quang-tri/bao-hiem-xa-hoi", "quang-tri"),
    # the kind printed whole over its abbreviation: two bodies, not one kind whose name wrapped
    (["KHO BẠC NHÀ NƯỚC", "KBNN TỈNH ĐIỆN BIÊN"], "Điện Biên", "KBNN TỈNH ĐIỆN BIÊN", "KHO BẠC NHÀ NƯỚC",
     "dien-bien/kho-bac-nha-nuoc", "dien-bien"),
    # a unit of the 2025 reorganisation the registry does not hold: unknown, in the province its parent names
    (["BẢO HIỂM XÃ HỘI VIỆT NAM", "BHXH THÀNH PHỐ HẢI PHÒNG"], "Hải Phòng", "BHXH THÀNH PHỐ HẢI PHÒNG",
     "BẢO HIỂM XÃ HỘI VIỆT NAM", "hai-phong/bao-hiem-xa-hoi", "hai-phong"),
    (["BHXH TỈNH QUẢNG TRỊ", "BHXH CƠ SỞ ĐÔNG HÀ"], "Quảng Trị", "BHXH CƠ SỞ ĐÔNG HÀ", "BHXH TỈNH QUẢNG TRỊ", None,
     "quang-tri"),
])
def test_a_body_printed_with_its_abbreviation_is_a_header_line(tmp_path, form, header, place, issuer, parent, agency_id,
                                                               jurisdiction):
    """"BHXH TỈNH QUẢNG TRỊ" over "BHXH CƠ SỞ ĐÔNG HÀ" was no header at all (the document was read from the motto on:
    no issuer), and under "BẢO HIỂM XÃ HỘI VIỆT NAM" it ran into the parent's name (one unknown body): the
    abbreviations BHXH (and KBNN, NHNN) start a document (boilerplate.json document_start) and a body (_AGENCY_KINDS);
    "KBNN" is "Kho bạc Nhà nước" (agency_abbreviations.csv), so it starts a body under the kind printed whole.
    A body the registry does not hold stays unresolved, in the province printed."""
    meta = _meta(tmp_path, _plan(header, "31/KH-BHXH", place, ["GIÁM ĐỐC", "Lê Văn Nam"]), form)
    assert (meta.issuer.name, meta.issuer.parent, meta.issuer.agency.agency_id, meta.jurisdiction) == (
        issuer, parent, agency_id, jurisdiction)


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("header, place, jurisdiction", [
    (["NGÂN HÀNG NHÀ NƯỚC VIỆT NAM", "CHI NHÁNH TỈNH GIA LAI"], "Gia Lai", "gia-lai"),
    (["NGÂN HÀNG NHÀ NƯỚC", "VIỆT NAM", "CHI NHÁNH TỈNH BẮC KẠN"], "Bắc Kạn", "bac-kan"),
])
def test_a_branch_named_under_its_parent_is_resolved(tmp_path, form, header, place, jurisdiction):
    """"NGÂN HÀNG NHÀ NƯỚC VIỆT NAM" / "CHI NHÁNH TỈNH GIA LAI" (before the regional branches of 2025): the registry
    holds the province's branch ("Ngân hàng Nhà nước chi nhánh"), but the unit's name alone ("CHI NHÁNH TỈNH GIA LAI")
    named none and the issuer was unresolved. The parent's name and the unit's make it."""
    signature = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Thị Mai"]
    meta = _meta(tmp_path, _plan(header, "40/KH-NHNN", place, signature, year=2024), form)
    assert (meta.issuer.agency.agency_id, meta.jurisdiction) == (f"{jurisdiction}/ngan-hang-nha-nuoc-chi-nhanh", jurisdiction)
    assert (meta.signer.authority, meta.signer.title, meta.signer.name) == (["KT."], "Phó Giám đốc", "Nguyễn Thị Mai")


def test_a_unit_of_another_body_is_not_made_a_branch(tmp_path):
    """The parent's name and the unit's are read together only for a unit the registry names after its parent: a
    hospital under the province's health department stays unknown, never the department (a guard on the rule above:
    it passed before it)."""
    header = ["SỞ Y TẾ TỈNH CÀ MAU", "BỆNH VIỆN ĐA KHOA TỈNH"]
    meta = _meta(tmp_path, _plan(header, "102/KH-BVĐK", "Cà Mau", ["GIÁM ĐỐC", "Lý Minh Khoa"]), "text")
    assert (meta.issuer.agency.agency_id, meta.issuer.agency.match, meta.jurisdiction) == (None, "unresolved", "ca-mau")


# --- a joint plan's two signature columns in a text copy

JOINT = ["SỞ Y TẾ TỈNH CÀ MAU - BẢO HIỂM XÃ HỘI TỈNH CÀ MAU"]
HEALTH, INSURANCE = "SỞ Y TẾ TỈNH CÀ MAU", "BẢO HIỂM XÃ HỘI TỈNH CÀ MAU"


def _signers(meta) -> list[tuple]:
    return [(s.authority, s.title, s.name, s.signs_for) for s in (meta.signer, *meta.co_signers)]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("signature, signers", [
    (["GIÁM ĐỐC BẢO HIỂM XÃ HỘI TỈNH | GIÁM ĐỐC SỞ Y TẾ", "Nguyễn Văn An | Trần Thị Bình"],
     [([], "Giám đốc Bảo hiểm xã hội tỉnh", "Nguyễn Văn An", INSURANCE), ([], "Giám đốc Sở Y tế", "Trần Thị Bình", HEALTH)]),
    (["KT. GIÁM ĐỐC SỞ Y TẾ | GIÁM ĐỐC BẢO HIỂM XÃ HỘI TỈNH", "PHÓ GIÁM ĐỐC |", "Nguyễn Văn An | Trần Thị Bình"],
     [(["KT."], "Phó Giám đốc Sở Y tế", "Nguyễn Văn An", HEALTH),
      ([], "Giám đốc Bảo hiểm xã hội tỉnh", "Trần Thị Bình", INSURANCE)]),
    (["GIÁM ĐỐC CÔNG AN TỈNH | GIÁM ĐỐC SỞ Y TẾ", "Đại tá Hồ Văn Dũng | Trần Thị Bình"],
     [([], "Giám đốc Công an tỉnh", "Hồ Văn Dũng", None), ([], "Giám đốc Sở Y tế", "Trần Thị Bình", HEALTH)]),
])
def test_two_columns_typed_with_a_bar(tmp_path, form, signature, signers):
    """"GIÁM ĐỐC SỞ Y TẾ | GIÁM ĐỐC BẢO HIỂM XÃ HỘI TỈNH" typed with no bar before the first cell: the whole row was
    one chain (the first signer under both titles, signing for the second body; or no position and no co-signer). It
    is a row of cells, as "| … | … |" is; a position's unit may be a deconcentrated body ("BẢO HIỂM XÃ HỘI TỈNH",
    "CÔNG AN TỈNH")."""
    meta = _meta(tmp_path, _plan(JOINT, "09/KHLT-SYT-BHXH", "Cà Mau", signature), form)
    assert _signers(meta) == signers


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("signature, signers", [
    (["GIÁM ĐỐC SỞ Y TẾ", "GIÁM ĐỐC BẢO HIỂM XÃ HỘI TỈNH", "Nguyễn Văn An", "Trần Thị Bình"],
     [([], "Giám đốc Sở Y tế", "Nguyễn Văn An", HEALTH), ([], "Giám đốc Bảo hiểm xã hội tỉnh", "Trần Thị Bình", INSURANCE)]),
    (["KT. GIÁM ĐỐC SỞ Y TẾ", "KT. GIÁM ĐỐC BẢO HIỂM XÃ HỘI TỈNH", "PHÓ GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn An",
      "(Đã ký)", "Trần Thị Bình"],
     [(["KT."], "Phó Giám đốc Sở Y tế", "Nguyễn Văn An", HEALTH),
      (["KT."], "Phó Giám đốc Bảo hiểm xã hội tỉnh", "Trần Thị Bình", INSURANCE)]),
])
def test_two_columns_flattened_row_by_row(tmp_path, form, signature, signers):
    """The signature table's cells one after the other, row by row: the second column's position between the first's
    and the names. The block was not seen (a position over a position, no name under the first), or the second
    position was read as the first signer's. Every other line is one column's when the columns have as many lines."""
    meta = _meta(tmp_path, _plan(JOINT, "09/KHLT-SYT-BHXH", "Cà Mau", signature), form)
    assert _signers(meta) == signers


@pytest.mark.parametrize("form", FORMS)
def test_columns_of_unequal_height_flattened_give_no_position(tmp_path, form):
    """Flattened columns of unequal height ("TM. …" / "TM. …" / "KT. CHỦ TỊCH" / "CHỦ TỊCH" / "PHÓ CHỦ TỊCH"): whose
    line each is cannot be told. The names are each signer's (a row's cells in order), the positions none, with a
    warning; before, the first signer was given both columns' authorities (["TM.", "TM.", "KT."])."""
    header = ["ỦY BAN NHÂN DÂN TỈNH KON TUM - ỦY BAN MTTQ VIỆT NAM TỈNH KON TUM"]
    signature = ["TM. ỦY BAN NHÂN DÂN", "TM. BAN THƯỜNG TRỰC ỦY BAN MTTQ", "KT. CHỦ TỊCH", "CHỦ TỊCH", "PHÓ CHỦ TỊCH",
                 "Phan Văn Khải", "Đinh Thị Hồng"]
    doc = process(write_in_form(tmp_path, _plan(header, "07/KH-UBND-MTTQ", "Kon Tum", signature), form))
    assert [(s.authority, s.title, s.name) for s in (doc.metadata.signer, *doc.metadata.co_signers)] == [
        ([], None, "Phan Văn Khải"), ([], None, "Đinh Thị Hồng")]
    [warning] = [w for w in doc.warnings if w.code == "missing_signer_title"]
    assert "flattened" in warning.message


# --- a rank on a line of its own

@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("header, signature, signer", [
    (["QUÂN KHU 4", "BỘ CHỈ HUY QUÂN SỰ TỈNH HÀ TĨNH"], ["CHỈ HUY TRƯỞNG", "Thượng tá", "Lê Đình Phong"],
     ([], "Chỉ huy trưởng", "Lê Đình Phong")),
    (["BỘ CÔNG AN", "CÔNG AN TỈNH QUẢNG TRỊ"], ["GIÁM ĐỐC", "Thiếu tướng", "Nguyễn Hữu Thắng"],
     ([], "Giám đốc", "Nguyễn Hữu Thắng")),
])
def test_a_rank_on_its_own_line_over_the_name(tmp_path, form, header, signature, signer):
    """"Thượng tá" on the line over "Lê Đình Phong": the name was lost (the rank alone is no name, and reading stopped
    there). A rank or a degree alone on a line (ranks.csv, degrees.csv) is passed over; the name is stored without it."""
    meta = _meta(tmp_path, _plan(header, "77/KH-BCH", "Hà Tĩnh", signature), form)
    assert (meta.signer.authority, meta.signer.title, meta.signer.name) == signer
