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


# The bodies every commune has since 1 July 2025, beyond its People's Committee: printed with the commune's name.

COMMUNES = csv_rows("communes.csv")
COMMUNE_BODY_FORMS = [
    ("Trạm Y tế", "tram-y-te"), ("Trạm y tế", "tram-y-te"), ("TRẠM Y TẾ", "tram-y-te"),
    ("Đoàn Thanh niên", "doan-thanh-nien-cong-san-ho-chi-minh"), ("Đoàn TNCS Hồ Chí Minh", "doan-thanh-nien-cong-san-ho-chi-minh"),
    ("Đoàn Thanh niên Cộng sản Hồ Chí Minh", "doan-thanh-nien-cong-san-ho-chi-minh"),
    ("Hội Liên hiệp Phụ nữ", "hoi-lien-hiep-phu-nu"), ("Hội LHPN", "hoi-lien-hiep-phu-nu"), ("Hội Phụ nữ", "hoi-lien-hiep-phu-nu"),
    ("Hội Nông dân", "hoi-nong-dan"), ("Hội Cựu chiến binh", "hoi-cuu-chien-binh"), ("Hội CCB", "hoi-cuu-chien-binh"),
    ("Ban Xây dựng Đảng", "ban-xay-dung-dang"), ("Ban Xây dựng Đảng Đảng ủy", "ban-xay-dung-dang"),
    ("Văn phòng Đảng ủy", "van-phong-dang-uy"), ("Ủy ban Kiểm tra Đảng ủy", "uy-ban-kiem-tra-dang-uy"),
]


def _unique_communes(count: int) -> list[dict[str, str]]:
    """Communes, one every few rows of the file, whose folded name no other commune of any province shares."""
    from collections import Counter

    from pipeline.text import fold

    names = Counter((r["kind"], fold(r["name"])) for r in COMMUNES)
    unique = [r for r in COMMUNES if names[(r["kind"], fold(r["name"]))] == 1]
    return unique[:: max(1, len(unique) // count)][:count]


@pytest.mark.parametrize("printed, body", COMMUNE_BODY_FORMS)
def test_the_bodies_every_commune_has_resolve_with_its_name(printed, body):
    for commune in _unique_communes(12):
        name = f"{printed} {commune['kind']} {commune['name']}"
        mention = resolve(name, commune["province"])
        assert mention.agency_id == f"{commune['id']}/{body}", (name, mention.reason)
        other = next(p for p in PROVINCES if p != commune["province"])  # a plan of another province: not its body
        assert resolve(name, other).agency_id is None, (name, other)


@pytest.mark.parametrize("printed", ["Trường Tiểu học xã Di Linh", "Trường Mầm non xã Di Linh", "Trường THCS xã Di Linh",
                                     "Hợp tác xã Di Linh", "Trạm Khuyến nông xã Di Linh"])
def test_what_not_every_commune_has_stays_unresolved(printed):
    """A commune's school (it has several, each named) or a body not every commune has: never made a commune's body."""
    mention = resolve(printed, "lam-dong")
    assert mention.agency_id is None or not mention.agency_id.startswith("lam-dong.xa-di-linh/"), mention


def test_a_provinces_mass_organisations_stay_the_provinces():
    """"Hội Nông dân tỉnh", "Tỉnh đoàn", bare "Hội Nông dân" in a province's plan: the province's, not a commune's."""
    assert resolve("Hội Nông dân tỉnh", "lam-dong").agency_id == "lam-dong/hoi-nong-dan"
    assert resolve("Hội Nông dân", "lam-dong").agency_id == "lam-dong/hoi-nong-dan"
    assert resolve("Hội Liên hiệp Phụ nữ tỉnh Lâm Đồng", "viet-nam").agency_id == "lam-dong/hoi-lien-hiep-phu-nu"
    assert resolve("Trạm Y tế", "lam-dong").agency_id is None  # which commune's, a province's plan does not say
