"""The signature block of stamped, e-signed and jointly signed documents (s23). Names, bodies and numbers are made up.

a. The issuer's seal read as a line: its ring text ("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", in capitals or small capitals,
   the name of a Sở, a Bộ, a Cục) printed under the position lines, before or after the name, in the text layer or in
   an e-signature's caption. It was taken into the title ("Phó Chủ tịch Ủy ban nhân dân tỉnh Lâm Đồng"), or, in small
   capitals over the name, ended the block before the name (no signer) or became the name ("Cục Thuế"). The header
   names the issuer already: a line under the position that names it (or its parent) is passed over. A unit that is
   not the issuer ("VỤ CẢI CÁCH HÀNH CHÍNH" under a ministry's header) stays the title's.
b. A joint signature drawn as two columns in a text PDF: pdfium reads each row of the two columns as one line, one
   space between them ("TM. BAN THƯỜNG VỤ TM. ỦY BAN NHÂN DÂN", "Trần Văn Lâm Hoàng Thị Lan"); the chains were merged
   (["TM.", "TM.", "KT."]) or the names could not be parted (a given name that is a family name too: no signer). The
   reader now parts a row at a gutter of white (a tab, as a copy with its table's gaps has), drawn in order or not.
c. An e-signature's details ("Ký bởi: …" / "Cơ quan: …" / "Thời gian ký: …") printed in small type beside the
   signature's column: a row read as one line with the name or a position line ("Thời gian ký: 20.05.2025 09:15:22
   Trần Văn Bình") was passed over whole as the details, and the name with it. The details' cell is left out.
"""

from __future__ import annotations

import pytest

from conftest import write_in_form
from pdfmaker import DEJAVU_SERIF, SANS, text_pdf
from pipeline.run import process

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
BODY = ["KẾ HOẠCH", "Chỉnh trang đô thị năm 2025", "I. MỤC ĐÍCH, YÊU CẦU", "1. Bảo đảm tiến độ các công trình trong năm.",
        "II. TỔ CHỨC THỰC HIỆN", "Các phòng, ban triển khai thực hiện.", "Nơi nhận:", "- Như trên;", "- Lưu: VT, TH."]
SIGNER = "Trần Văn Bình"

# header, signature chain, the expected (title, authority), the seal's text as it may be printed
ISSUERS = {
    "province": (["ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG", *MOTTO, "Số: 1281/KH-UBND", "Lâm Đồng, ngày 20 tháng 5 năm 2025"],
                 ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], ("Phó Chủ tịch", ["TM.", "KT."]),
                 ["ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", "Ủy ban nhân dân tỉnh Lâm Đồng", "UBND TỈNH LÂM ĐỒNG"]),
    "department": (["UBND TỈNH GIA LAI", "SỞ TÀI CHÍNH", *MOTTO, "Số: 96/KH-STC", "Gia Lai, ngày 3 tháng 6 năm 2025"],
                   ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], ("Phó Giám đốc", ["KT."]),
                   ["SỞ TÀI CHÍNH TỈNH GIA LAI", "Sở Tài chính", "ỦY BAN NHÂN DÂN TỈNH GIA LAI"]),
    "ministry": (["BỘ NỘI VỤ", *MOTTO, "Số: 412/KH-BNV", "Hà Nội, ngày 9 tháng 4 năm 2025"],
                 ["TL. BỘ TRƯỞNG", "CHÁNH VĂN PHÒNG"], ("Chánh Văn phòng", ["TL."]), ["BỘ NỘI VỤ", "Bộ Nội vụ"]),
    "office": (["BỘ TÀI CHÍNH", "CỤC THUẾ", *MOTTO, "Số: 57/KH-CT", "Hà Nội, ngày 14 tháng 2 năm 2025"],
               ["TUQ. CỤC TRƯỞNG", "TRƯỞNG BAN TUYÊN TRUYỀN"], ("Trưởng ban Tuyên truyền", ["TUQ."]),
               ["CỤC THUẾ", "Cục Thuế", "BỘ TÀI CHÍNH"]),
}
SEALS = [(issuer, k) for issuer, (*_, seals) in ISSUERS.items() for k in range(len(seals))]


def _signer(path):
    signer = process(path).metadata.signer
    return signer.name, signer.title, signer.authority


@pytest.mark.parametrize("form", ["text", "html", "pdf"])
@pytest.mark.parametrize("issuer, seal", SEALS)
def test_a_the_seals_text_over_the_name_is_no_part_of_the_title(tmp_path, form, issuer, seal):
    """The seal's text joined the title (capitals), or ended the block before the name (small capitals, read as a
    sentence), or was taken as the name ("Cục Thuế")."""
    head, chain, (title, authority), seals = ISSUERS[issuer]
    assert _signer(write_in_form(tmp_path, [*head, *BODY, *chain, seals[seal], SIGNER], form)) == (SIGNER, title, authority)


def _pdf(tmp_path, head: list[str], signature: list[tuple], font) -> object:
    """``head`` and BODY down the left, then the signature's pieces (x, points under its top, text[, size])."""
    rows = [(60.0, 40.0 + 16 * k, text) for k, text in enumerate([*head, *BODY])]
    top = rows[-1][1] + 30
    rows += [(x, top + down, *rest) for x, down, *rest in signature]
    path = tmp_path / "plan.pdf"
    path.write_bytes(text_pdf([rows], font_path=font))
    return path


@pytest.mark.parametrize("font", [DEJAVU_SERIF, SANS])
@pytest.mark.parametrize("seal_x, seal_down", [(330.0, 52.0), (300.0, 62.0), (360.0, 48.0)])
def test_a_a_seal_in_small_capitals_over_the_name_in_a_pdf(tmp_path, font, seal_x, seal_down):
    """The ring text drawn as small capitals (a larger first letter, the rest smaller, on one baseline) over the name."""
    head, chain, (title, authority), _ = ISSUERS["province"]
    signature = [(330.0, 16.0 * k, line) for k, line in enumerate(chain)]
    signature += [(seal_x, seal_down, "Ủ", 12.0), (seal_x + 9, seal_down + 3, "Y BAN NHÂN DÂN TỈNH LÂM ĐỒNG", 9.0),
                  (330.0, 100.0, SIGNER)]
    assert _signer(_pdf(tmp_path, head, signature, font)) == (SIGNER, title, authority)


@pytest.mark.parametrize("form", ["text", "pdf"])
@pytest.mark.parametrize("issuer, under_the_position, title", [
    ("ministry", ["VỤ CẢI CÁCH HÀNH CHÍNH", SIGNER], "Chánh Văn phòng Vụ Cải cách hành chính"),
    ("department", ["PHÒNG NGÂN SÁCH", SIGNER], "Phó Giám đốc Phòng Ngân sách"),
    ("province", [SIGNER, "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG"], "Phó Chủ tịch"),
    ("office", [SIGNER, "Cục Thuế"], "Trưởng ban Tuyên truyền"),
])
def test_a_guards_a_unit_that_is_not_the_issuer_and_a_seal_under_the_name(tmp_path, form, issuer, under_the_position, title):
    """Guards (they passed before): only the issuer's own name (or its parent's) is a seal's; a seal's text under the
    name was and is passed over."""
    head, chain, (_, authority), _ = ISSUERS[issuer]
    assert _signer(write_in_form(tmp_path, [*head, *BODY, *chain, *under_the_position], form)) == (SIGNER, title, authority)


# --- b. two signers' columns side by side in a text PDF

JOINT_HEAD = ["TỈNH ỦY GIA LAI - ỦY BAN NHÂN DÂN TỈNH GIA LAI", *MOTTO, "Số: 21/KHLT-TU-UBND",
              "Gia Lai, ngày 4 tháng 8 năm 2025", "KẾ HOẠCH LIÊN TỊCH", "Phối hợp chuyển đổi số năm 2025",
              "I. MỤC ĐÍCH, YÊU CẦU", "1. Tăng cường phối hợp giữa hai cơ quan.", "II. TỔ CHỨC THỰC HIỆN",
              "Các cơ quan triển khai thực hiện."]
PARTY_BODY, PROVINCE_BODY = "TỈNH ỦY GIA LAI", "ỦY BAN NHÂN DÂN TỈNH GIA LAI"
# (left column, right column, the signers expected: authority, title, name, signs for)
JOINT = {
    "two chairs, names that part two ways": (
        ["TM. BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Trần Văn Lâm"], ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Hoàng Thị Lan"],
        [(["TM."], "Phó Bí thư", "Trần Văn Lâm", None), (["TM.", "KT."], "Phó Chủ tịch", "Hoàng Thị Lan", PROVINCE_BODY)]),
    "a deputy beside a chair": (
        ["KT. BÍ THƯ", "PHÓ BÍ THƯ", "Nguyễn Văn Minh Hải"], ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Võ Ngọc Thành"],
        [(["KT."], "Phó Bí thư", "Nguyễn Văn Minh Hải", None), (["TM."], "Chủ tịch", "Võ Ngọc Thành", PROVINCE_BODY)]),
}


def _joint_pdf(tmp_path, left: list[str], right: list[str], right_x: float, font, order: str):
    """The columns' chain lines from the top, the names on one row under the seal's room, drawn ``order``: "cells"
    (the left column's lines, then the right's, as a word processor draws a table), "rows" (row by row, left to right)
    or "bottom up" (the last row first, right to left: the page is read by position)."""
    lines = [(60.0, 40.0 + 16 * k, text) for k, text in enumerate(JOINT_HEAD)]
    top = lines[-1][1] + 30
    signature = [(x, top + (100 if k == len(column) - 1 else 16 * k), text)
                 for x, column in ((60.0, left), (right_x, right)) for k, text in enumerate(column)]
    if order != "cells":
        signature = sorted(signature, key=lambda line: (line[1], line[0]), reverse=order == "bottom up")
    closing = [(60.0, top + 130 + 16 * k, text) for k, text in enumerate(["Nơi nhận:", "- Như trên;", "- Lưu: VT."])]
    path = tmp_path / "joint.pdf"
    path.write_bytes(text_pdf([lines + signature + closing], font_path=font, size=11.0))
    return path


@pytest.mark.parametrize("case", JOINT)
@pytest.mark.parametrize("font, right_x", [(DEJAVU_SERIF, 330.0), (SANS, 300.0)])
@pytest.mark.parametrize("order", ["cells", "rows", "bottom up"])
def test_b_two_signers_columns_in_a_text_pdf(tmp_path, case, font, right_x, order):
    left, right, expected = JOINT[case]
    meta = process(_joint_pdf(tmp_path, left, right, right_x, font, order)).metadata
    assert [(s.authority, s.title, s.name, s.signs_for) for s in (meta.signer, *meta.co_signers)] == expected


# --- c. an e-signature's details beside the signature's column

DETAILS = [["Ký bởi: Ủy ban nhân dân tỉnh Lâm Đồng", "Cơ quan: Tỉnh Lâm Đồng", "Thời gian ký: 20.05.2025 09:15:22 +07:00"],
           ["Người ký: Nguyễn Thị Lan", "Email: vanthu@lamdong.gov.vn", "Ngày ký: 20-05-2025 09:15"]]


def _e_signed(tmp_path, details: list[str], details_x: float, details_size: float, row: int, beside: float,
              out_of_order: bool = False, font=DEJAVU_SERIF):
    """The details' rows left of the signature's column, their ``row``-th on the row of the line ``beside`` points
    under the signature's top: the name's (88), the position's (32) or the KT. line's (16)."""
    head, chain, _, _ = ISSUERS["province"]
    signature = [(330.0, 16.0 * k, line) for k, line in enumerate(chain)] + [(330.0, 88.0, SIGNER)]
    first = beside + (13.0 - details_size) / 2 - 12.0 * row  # the row's middle on the line's
    stamp = [(details_x, first + 12.0 * k, line, details_size) for k, line in enumerate(details)]
    signature = (stamp + signature)[::-1] if out_of_order else signature + stamp
    return _pdf(tmp_path, head, signature, font)


@pytest.mark.parametrize("details", DETAILS)
@pytest.mark.parametrize("details_x, details_size", [(110.0, 7.0), (140.0, 8.0)])
@pytest.mark.parametrize("font", [DEJAVU_SERIF, SANS])
def test_c_an_e_signatures_details_on_the_names_row(tmp_path, details, details_x, details_size, font):
    """The details' first row read with the name ("Ký bởi: … Trần Văn Bình"): the line was passed over as the details."""
    _, _, (title, authority), _ = ISSUERS["province"]
    path = _e_signed(tmp_path, details, details_x, details_size, 0, 88.0, font=font)
    assert _signer(path) == (SIGNER, title, authority)


@pytest.mark.parametrize("details", DETAILS)
@pytest.mark.parametrize("row, beside", [(1, 88.0), (2, 88.0), (0, 32.0), (1, 16.0)])
@pytest.mark.parametrize("out_of_order", [False, True])
def test_c_guards_the_details_beside_other_rows(tmp_path, details, row, beside, out_of_order):
    """Guards (they passed before): the details beside a position line, or another of their rows on the name's."""
    _, _, (title, authority), _ = ISSUERS["province"]
    assert _signer(_e_signed(tmp_path, details, 110.0, 7.0, row, beside, out_of_order)) == (SIGNER, title, authority)
