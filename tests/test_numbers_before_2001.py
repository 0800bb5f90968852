"""The state's documents before 2001 print their number with a hyphen and the issuer's code, no type and no year:
"Số: 388-HĐBT" (the Council of Ministers), "Số: 64-CP" (the Government), "Số: 15-TTg". They were
``number_unreadable`` with no symbol; they are read as printed, the code as the symbol. A number that is no such form
stays unreadable (null and a warning, never a guess)."""

from __future__ import annotations

import pytest

HEADER = "{issuer}\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\nSố: {number}\n"
REST = ("Hà Nội, ngày 20 tháng 11 năm 1993\n\nNGHỊ ĐỊNH\nVề tổ chức bộ máy\n\nĐiều 1. Ban hành quy chế.\n"
        "Điều 2. Nghị định này có hiệu lực từ ngày ban hành.\n\nTM. CHÍNH PHỦ\nTHỦ TƯỚNG\nVõ Văn Kiệt\n")


@pytest.mark.parametrize("issuer, printed, number, symbol", [
    ("HỘI ĐỒNG BỘ TRƯỞNG", "388-HĐBT", "388-HĐBT", "HĐBT"),
    ("CHÍNH PHỦ", "64-CP", "64-CP", "CP"),
    ("THỦ TƯỚNG CHÍNH PHỦ", "15-TTg", "15-TTg", "TTg"),
    ("CHÍNH PHỦ", "64/CP", "64/CP", "CP"),  # the slash form of the same years, read before too
    ("TỈNH ỦY HÀ TĨNH", "12-KH/TU", "12-KH/TU", "KH/TU"),  # the Party's form, unchanged
])
def test_a_number_of_the_old_form(processed, issuer, printed, number, symbol):
    doc = processed(HEADER.format(issuer=issuer, number=printed) + REST)
    assert (doc.metadata.number, doc.metadata.symbol) == (number, symbol)
    assert "number_unreadable" not in {w.code for w in doc.warnings}


@pytest.mark.parametrize("printed", ["12-2026", "388-HĐBT-X 5", "45-"])
def test_no_such_form_stays_unreadable(processed, printed):
    doc = processed(HEADER.format(issuer="CHÍNH PHỦ", number=printed) + REST)
    assert doc.metadata.number is None
    assert "number_unreadable" in {w.code for w in doc.warnings}
