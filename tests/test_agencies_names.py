"""Agency names on documents nobody has seen: abbreviations that differ only in tone marks, the Party's boards of a
province, names with "và" or commas in lists, the bodies every commune has, commune names misspelt."""

from __future__ import annotations

import pytest

from pipeline.resources import csv_rows
from pipeline.stages.agencies import resolve, resolve_all
from pipeline.stages.registry import key_of, registry

PROVINCES = [row["id"] for row in csv_rows("jurisdictions.csv") if row["level"] == "tỉnh" and not row["valid_until"]]
TGDV_CENTRAL = "viet-nam/ban-tuyen-giao-va-dan-van-trung-uong"


# "TƯ" is Trung ương, "TU" Tỉnh ủy: once the marks are gone they are one word, and the marks must decide first.

@pytest.mark.parametrize("board", ["Ban Tuyên giáo và Dân vận", "Ban Tổ chức", "Ủy ban Kiểm tra", "Ban Nội chính"])
def test_a_board_with_tu_is_the_provinces_and_with_marked_tu_the_centres(board):
    for place in PROVINCES[:: 5]:
        central = resolve(f"{board} TƯ", place).agency_id
        assert central is not None and central.startswith("viet-nam/"), (board, place)
        for printed in (f"{board} TU", f"{board} Tỉnh ủy"):
            assert resolve(printed, place).agency_id == f"{place}/{resolve(f'{board} Tỉnh ủy', place).agency_id.split('/')[1]}"
            assert not resolve(printed, place).agency_id.startswith("viet-nam/"), printed


def test_the_merged_board_of_a_province_is_never_the_central_board():
    """The provinces merged their Ban Tuyên giáo and Ban Dân vận in 2025, as the centre did: "Ban Tuyên giáo và Dân
    vận Tỉnh ủy" / "Thành ủy" is the province's, however printed."""
    for place in PROVINCES:
        for printed in ("Ban Tuyên giáo và Dân vận Tỉnh ủy", "Ban Tuyên giáo và Dân vận Thành ủy",
                        "BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY", "Ban Tuyên giáo và Dân vận TU", "Ban Tuyên giáo và Dân vận Tinh uy"):
            assert resolve(printed, place).agency_id == f"{place}/ban-tuyen-giao-va-dan-van-tinh-uy", (printed, place)
        for printed in ("Ban Tuyên giáo và Dân vận TƯ", "Ban Tuyên giáo và Dân vận Trung ương", "Ban Tuyên giáo và Dân vận TW"):
            assert resolve(printed, place).agency_id == TGDV_CENTRAL, (printed, place)


def test_marked_and_unmarked_abbreviations_give_different_keys():
    assert key_of("Hội đồng Đội TƯ") == "hoi dong doi trung uong"
    assert key_of("Ban Dân vận TU") == "ban dan van tinh uy"
    assert key_of("SỞ TƯ PHÁP") == "so tu phap"  # in capitals "TƯ" is also a word: never expanded
    assert key_of("Sở Tư pháp") == "so tu phap"
