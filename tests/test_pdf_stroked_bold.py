"""A PDF's "fake bold" (s25): a regular face drawn filled and stroked (render mode 2) with a line wide enough, as a
printer draws the bold of a font that has none. It was read as plain text, so a heading told only by its bold was lost.
Bold only where certain: a hairline stroke thickens nothing, and a page drawn all so is its printer's way, no emphasis.

The documents are invented; each shape is stated by hand.
"""

from __future__ import annotations

import pytest

from pdfmaker import text_pdf
from pipeline.run import process

_LINES = ["ỦY BAN NHÂN DÂN", "TỈNH HÀ NAM", "Số: 77/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
          "Hà Nam, ngày 12 tháng 5 năm 2026", "KẾ HOẠCH", "Phát triển thư viện số năm 2026", "I. NHIỆM VỤ",
          "Nâng cao chất lượng thư viện.", "Số hóa tài liệu", "1. Rà soát", "Các sở rà soát.", "2. Tổng hợp", "Văn phòng tổng hợp.",
          "II. KINH PHÍ", "Ngân sách tỉnh.", "Nơi nhận:", "- Các sở;", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Minh Quang"]
_HEADING = "Số hóa tài liệu"


def _doc(tmp_path, stroked: dict[str, float], size: float = 10):
    path = tmp_path / "doc.pdf"
    path.write_bytes(text_pdf([[(60.0, 40.0 + 16 * k, line) for k, line in enumerate(_LINES)]], size=size, stroked=stroked))
    return process(path)


@pytest.mark.parametrize("size, width", [(10, 0.3), (10, 0.5), (13, 0.4)])
def test_a_line_filled_and_stroked_is_bold(tmp_path, size, width):
    doc = _doc(tmp_path, {_HEADING: width}, size)
    assert [b.text for b in doc.body() if b.bold] == [_HEADING]
    part = doc.sections[1]
    assert [(n.kind, n.heading, [c.id for c in n.children]) for n in part.children] == [
        ("unnumbered", _HEADING, ["sec_I__heading_1__item_1", "sec_I__heading_1__item_2"])]


@pytest.mark.parametrize("width", [0.0, 0.1])
def test_a_hairline_stroke_is_no_bold(tmp_path, width):
    doc = _doc(tmp_path, {_HEADING: width})
    assert not [b for b in doc.body() if b.bold]
    assert [n.kind for n in doc.sections[1].children] == ["arabic", "arabic"]


def test_a_page_drawn_all_filled_and_stroked_has_no_bold(tmp_path):
    doc = _doc(tmp_path, dict.fromkeys(_LINES, 0.4))
    assert not [b for b in doc.body() if b.bold]
