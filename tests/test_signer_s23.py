"""The signature block of stamped, e-signed and jointly signed documents (s23). Names, bodies and numbers are made up.

a. The issuer's seal read as a line: its ring text ("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", in capitals or small capitals,
   the name of a Sở, a Bộ, a Cục) printed under the position lines, before or after the name, in the text layer or in
   an e-signature's caption. It was taken into the title ("Phó Chủ tịch Ủy ban nhân dân tỉnh Lâm Đồng"), or, in small
   capitals over the name, ended the block before the name (no signer) or became the name ("Cục Thuế"). The header
   names the issuer already: a line under the position that names it (or its parent) is passed over. A unit that is
   not the issuer ("VỤ CẢI CÁCH HÀNH CHÍNH" under a ministry's header) stays the title's.
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
