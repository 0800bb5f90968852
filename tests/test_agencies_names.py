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
    vận Tỉnh ủy" / "Thành ủy" (a centrally governed city's) is the province's, however printed; "… Thành ủy" in a
    tỉnh's plan is a provincial city's board (tests/test_district_party_boards.py), neither the province's nor the centre's."""
    for place in PROVINCES:
        city = registry().place(place).committee == "Thành ủy"
        for printed in ("Ban Tuyên giáo và Dân vận Tỉnh ủy", *(["Ban Tuyên giáo và Dân vận Thành ủy"] if city else []),
                        "BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY", "Ban Tuyên giáo và Dân vận TU", "Ban Tuyên giáo và Dân vận Tinh uy"):
            assert resolve(printed, place).agency_id == f"{place}/ban-tuyen-giao-va-dan-van-tinh-uy", (printed, place)
        if not city:
            assert resolve("Ban Tuyên giáo và Dân vận Thành ủy", place).agency_id is None, place
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


# Names with "và", a comma or a dash inside: the splitter of a cell and the cut of a name that did not resolve never
# cut a name the registry knows whole.

def _registry_forms(inside: str) -> list[str]:
    import re

    from pipeline.stages.registry import registry_rows

    return sorted({form for row in registry_rows("agencies.csv") for form in (row["name"], *row["aliases"].split("|"))
                   if form and re.search(inside, form)})


@pytest.mark.parametrize("form", _registry_forms(r"\s[-–]\s|,\s"))
def test_a_registry_name_with_a_comma_or_dash_survives_in_every_list(form):
    from pipeline.stages.agencies import split_agencies

    assert split_agencies(form) == [form]
    assert split_agencies(f"{form}, Sở Y tế") == [form, "Sở Y tế"]
    assert split_agencies(f"Công an tỉnh; {form}") == ["Công an tỉnh", form]
    assert split_agencies(f"- {form}\n- Sở Y tế") == [form, "Sở Y tế"]
    assert split_agencies(f"- {form.upper()}\n- Sở Y tế") == [form.upper(), "Sở Y tế"]


@pytest.mark.parametrize("cell, names", [
    ("Văn phòng HĐND – UBND, Công an xã", ["Văn phòng HĐND – UBND", "Công an xã"]),  # another dash
    ("Văn phòng HĐND-UBND xã; Trạm Y tế xã", ["Văn phòng HĐND-UBND xã", "Trạm Y tế xã"]),  # no spaces, a place after
    ("Sở Tài chính, Cục Thuế - Bộ Tài chính", ["Sở Tài chính", "Cục Thuế - Bộ Tài chính"]),
    # the same words not as one registry name still split
    ("- Văn phòng HĐND\n- UBND các xã", ["Văn phòng HĐND", "UBND các xã"]),
    ("- Văn phòng UBND Thành phố - Sở Nội vụ", ["Văn phòng UBND Thành phố", "Sở Nội vụ"]),
    ("Cục Thuế, Bộ Tài chính", ["Cục Thuế", "Bộ Tài chính"]),
])
def test_the_shield_covers_the_registry_name_only(cell, names):
    from pipeline.stages.agencies import split_agencies

    assert split_agencies(cell) == names


def test_a_commune_office_printed_with_a_dash_is_one_body():
    """"Văn phòng HĐND - UBND xã Di Linh" was two names ("Văn phòng HĐND", "UBND xã Di Linh"): a body that does not
    exist and the commune's People's Committee."""
    from pipeline.stages.agencies import split_agencies

    [name] = split_agencies("Văn phòng HĐND - UBND xã Di Linh")
    assert resolve(name, "lam-dong").agency_id == "lam-dong.xa-di-linh/van-phong-hoi-dong-nhan-dan-va-uy-ban-nhan-dan"


@pytest.mark.parametrize("form", [f for f in _registry_forms(r"\svà\s") if not f.lower().startswith("các")])
def test_a_registry_name_with_va_is_never_cut_into_two_bodies(form):
    """A name with "và" that does not resolve as printed (a prefix, a place the registry lacks it for, a remark) stays
    one mention: "Thường trực Ủy ban Pháp luật và Tư pháp" is no "Thường trực …" plus "Tư pháp", "Thanh tra Sở Giáo
    dục và Đào tạo tỉnh Lâm Đồng" no inspectorate plus a department."""
    for printed in (f"Thường trực {form}", f"Lãnh đạo {form}", f"{form} tỉnh Lâm Đồng", f"{form} (cơ quan thường trực)"):
        for place in ("lam-dong", "viet-nam"):
            assert len(resolve_all(printed, place)) == 1, (printed, place)


# A Party board named without its committee: the committee's board in the committee's own document, else unresolved.

def _task_plan(heading: list[str], number: str, place_line: str, rows: list[tuple[str, str]]) -> str:
    lines = [*heading, f"Số: {number}", "ĐẢNG CỘNG SẢN VIỆT NAM" if "-KH/" in number else "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
             place_line, "KẾ HOẠCH", "Tuyên truyền các ngày lễ lớn năm 2026", "I. NHIỆM VỤ", "STT |", "Nội dung |",
             "Đơn vị chủ trì |", "Đơn vị phối hợp |", "Thời gian thực hiện |"]
    for n, (lead, support) in enumerate(rows, start=1):
        lines += [f"{n} |", f"Nhiệm vụ số {n} |", f"{lead} |", f"{support} |", "Quý I năm 2026 |"]
    return "\n".join(lines) + "\n"


BARE_BOARDS = [("Ban Tuyên giáo và Dân vận", "ban-tuyen-giao-va-dan-van-tinh-uy"), ("Ủy ban Kiểm tra", "uy-ban-kiem-tra-tinh-uy"),
               ("Ban Nội chính", "ban-noi-chinh-tinh-uy"), ("Văn phòng", "van-phong-tinh-uy")]


@pytest.mark.parametrize("province, committee", [("lam-dong", "TỈNH ỦY"), ("ha-noi", "THÀNH ỦY"), ("quang-tri", "TỈNH ỦY")])
def test_a_committees_own_plan_names_its_boards_bare(write_text, province, committee):
    from pipeline.run import process

    row = next(r for r in csv_rows("jurisdictions.csv") if r["id"] == province)
    rows = [(BARE_BOARDS[0][0], BARE_BOARDS[1][0]), (BARE_BOARDS[2][0], BARE_BOARDS[3][0]),
            ("Ban Tổ chức", "Ban Tuyên giáo và Dân vận Trung ương")]
    doc = process(write_text(_task_plan([f"ĐẢNG BỘ {row['display'].upper()}", committee], "45-KH/TU",
                                        f"{row['name']}, ngày 10 tháng 9 năm 2025", rows)))
    assert doc.metadata.jurisdiction == province
    named = {m.name: m.agency_id for t in doc.tasks for role in ("lead", "support") for m in getattr(t, role)}
    assert named == {**{bare: f"{province}/{board}" for bare, board in BARE_BOARDS},
                     "Ban Tổ chức": None,  # as often an event's organising committee: never read as the board
                     "Ban Tuyên giáo và Dân vận Trung ương": TGDV_CENTRAL}


def test_a_peoples_committees_plan_does_not_say_which_boards(write_text):
    """The same bare names in the province's People's Committee's plan: no level said, left unresolved."""
    from pipeline.run import process

    rows = [(BARE_BOARDS[0][0], BARE_BOARDS[1][0]), (BARE_BOARDS[2][0], "Ban Tuyên giáo và Dân vận Tỉnh ủy")]
    doc = process(write_text(_task_plan(["ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG"], "45/KH-UBND",
                                        "Lâm Đồng, ngày 10 tháng 9 năm 2025", rows)))
    assert doc.metadata.jurisdiction == "lam-dong"
    named = {m.name: m.agency_id for t in doc.tasks for role in ("lead", "support") for m in getattr(t, role)}
    assert named == {BARE_BOARDS[0][0]: None, BARE_BOARDS[1][0]: None, BARE_BOARDS[2][0]: None,
                     "Ban Tuyên giáo và Dân vận Tỉnh ủy": "lam-dong/ban-tuyen-giao-va-dan-van-tinh-uy"}


@pytest.mark.parametrize("place", ["lam-dong.xa-di-linh", "binh-tan", "viet-nam", None])
def test_a_bare_board_is_never_a_provinces_outside_its_committees_documents(place):
    """A commune's Đảng ủy, an old district, the centre: a bare board of another level is never the province's."""
    for bare, _ in BARE_BOARDS:
        found = resolve(bare, place, True, True).agency_id
        assert found is None or not found.endswith("-tinh-uy"), (bare, place, found)


def test_every_succession_cites_a_dated_act_in_force_by_its_date():
    """Each succession's legal basis gives the act's date (checked against a published copy: the file's header says
    which), and no body passes to its successor before the act that made the change was issued."""
    import re
    from datetime import date

    rows = csv_rows("agency_successions.csv")
    assert rows
    for row in rows:
        found = re.search(r"(?:ngày|adopted|announced) (\d{1,2})/(\d{1,2})/(\d{4})", row["legal_basis"])
        assert found, row["legal_basis"]
        day, month, year = map(int, found.groups())
        assert date(year, month, day).isoformat() <= row["date"], row


def test_the_general_departments_renamed_in_2023_end_in_2023():
    """Tổng cục Du lịch and Tổng cục Thể dục thể thao became Cục by Nghị định 01/2023/NĐ-CP (in force 20/02/2023)."""
    reg = registry()
    for before, after in (("tong-cuc-du-lich", "cuc-du-lich-quoc-gia-viet-nam-bo-van-hoa-the-thao-va-du-lich"),
                          ("tong-cuc-the-duc-the-thao", "cuc-the-duc-the-thao-viet-nam-bo-van-hoa-the-thao-va-du-lich")):
        assert reg.agencies[f"viet-nam/{before}"].valid_until == "2023-02-19"
        assert reg.agencies[f"viet-nam/{after}"].valid_from == "2023-02-20"
        [succession] = [s for s in reg.successions if s.predecessor == f"viet-nam/{before}"]
        assert (succession.successor, succession.date) == (f"viet-nam/{after}", "2023-02-20")
        assert "01/2023/NĐ-CP" in succession.legal_basis


# A commune's name misspelt or misread: one letter off a single commune of the document's province, never another's.

def _typos(name: str) -> list[str]:
    """Names one letter off ``name``: a letter dropped, doubled, or replaced by its neighbour in the alphabet."""
    letters = [i for i, c in enumerate(name) if c.isalpha() and c.isascii()]
    out = []
    for i in letters[1::3]:
        out += [name[:i] + name[i + 1:], name[:i] + name[i] * 2 + name[i + 1:],
                name[:i] + ("b" if name[i] == "a" else chr(ord(name[i]) - 1)) + name[i + 1:]]
    return out


@pytest.mark.parametrize("province", ["lam-dong", "quang-ngai", "ha-noi", "an-giang", "tuyen-quang"])
def test_a_misspelt_commune_is_its_own_or_unresolved_never_another(province):
    from pipeline.stages.registry import name_key
    from pipeline.text import fold

    communes = [r for r in COMMUNES if r["province"] == province and r["kind"] == "xã"][::7]
    everywhere = {(r["kind"], fold(r["name"])) for r in COMMUNES}
    fuzzy = wrong = 0
    for row in communes:
        for typo in _typos(row["name"]):
            if ("xã", fold(typo)) in everywhere:
                continue  # another commune's real name: not a typo the matcher can see
            mention = resolve(f"UBND xã {typo}", province)
            if mention.match == "fuzzy":
                fuzzy += 1
                wrong += mention.agency_id != f"{row['id']}/uy-ban-nhan-dan"
            else:
                assert mention.agency_id is None, (typo, mention)
                if len(name_key(typo)) >= 6 and not any(c.isdigit() for c in typo):
                    assert mention.reason, typo
    assert wrong == 0
    assert fuzzy >= 10


def test_a_name_one_letter_from_two_communes_is_ambiguous():
    """"Sơn Hx" of Quảng Ngãi is one letter from "Sơn Hà" and "Sơn Hạ": unresolved, the candidates named."""
    mention = resolve("UBND xa Son Hx", "quang-ngai")
    assert mention.agency_id is None and "Sơn Hà" in mention.reason and "Sơn Hạ" in mention.reason


def test_a_misspelt_commune_needs_the_documents_province():
    assert resolve("UBND xã Di Lnh", "lam-dong").agency_id == "lam-dong.xa-di-linh/uy-ban-nhan-dan"
    assert resolve("UBND xã Di Lnh", "lam-dong").match == "fuzzy"
    for place in (None, "viet-nam", "ha-noi"):  # no province, or one without such a commune
        assert resolve("UBND xã Di Lnh", place).agency_id is None


@pytest.mark.parametrize("printed", ["UBND phường 3", "UBND phường 13", "Công an phường Hà Giang 3"])
def test_a_number_is_never_a_typo(printed):
    """"Phường 3" for a "Phường 2": one digit for another is another ward."""
    assert resolve(printed, "tuyen-quang").agency_id is None
    assert resolve(printed, "ho-chi-minh").match != "fuzzy"


def test_a_real_commune_of_another_province_is_never_read_as_a_typo():
    """A name that is a commune's somewhere (another province) is that commune's or unresolved: never a near commune of
    the document's province."""
    from pipeline.text import fold

    here = {fold(r["name"]) for r in COMMUNES if r["province"] == "lam-dong" and r["kind"] == "xã"}
    elsewhere = [r for r in COMMUNES if r["province"] != "lam-dong" and r["kind"] == "xã" and fold(r["name"]) not in here]
    for row in elsewhere[::40]:
        mention = resolve(f"UBND xã {row['name']}", "lam-dong")
        assert mention.match != "fuzzy" and (mention.agency_id is None or mention.agency_id.startswith(f"{row['province']}.")), row


@pytest.mark.parametrize("cell, names", [
    ("Sở Y tế\nLiên hiệp các Hội Khoa học và Kỹ thuật", ["Sở Y tế", "Liên hiệp các Hội Khoa học và Kỹ thuật"]),
    ("Sở Văn hóa, Thể thao và Du lịch, Liên hiệp các hội VHNT tỉnh",
     ["Sở Văn hóa, Thể thao và Du lịch", "Liên hiệp các hội VHNT tỉnh"]),
    ("- Liên hiệp các Hội Văn học nghệ thuật\n- Hội Liên hiệp Phụ nữ", ["Liên hiệp các Hội Văn học nghệ thuật", "Hội Liên hiệp Phụ nữ"]),
    ("Hội Liên hiệp Phụ nữ, Hội Nông dân", ["Hội Liên hiệp Phụ nữ", "Hội Nông dân"]),
])
def test_a_union_of_associations_starts_a_new_name(cell, names):
    """"Liên hiệp các Hội …" (every province has two) on a new line or after a comma is a body of its own."""
    from pipeline.stages.agencies import split_agencies

    assert split_agencies(cell) == names
    assert all(resolve(name, "lam-dong").agency_id for name in names)


@pytest.mark.parametrize("commune_id", ["lam-dong.xa-di-linh", "lao-cai.phuong-cam-duong"])
def test_a_commune_party_committees_plan_names_its_own_offices(write_text, commune_id):
    """"ĐẢNG ỦY XÃ DI LINH"'s plan: "Ban Xây dựng Đảng", "Văn phòng Đảng ủy", "Ủy ban Kiểm tra" are its own offices;
    "Ban Tuyên giáo và Dân vận", which a xã's or phường's Đảng ủy does not have, stays unresolved (never the province's)."""
    from pipeline.run import process

    commune = next(r for r in COMMUNES if r["id"] == commune_id)
    province = next(r for r in csv_rows("jurisdictions.csv") if r["id"] == commune["province"])
    rows = [("Ban Xây dựng Đảng", "Văn phòng Đảng ủy"), ("Ủy ban Kiểm tra", "Ban Tuyên giáo và Dân vận")]
    doc = process(write_text(_task_plan([f"ĐẢNG BỘ {province['display'].upper()}",
                                         f"ĐẢNG ỦY {commune['kind'].upper()} {commune['name'].upper()}"], "12-KH/ĐU",
                                        f"{commune['name']}, ngày 10 tháng 9 năm 2025", rows)))
    assert doc.metadata.jurisdiction == commune_id
    named = {m.name: m.agency_id for t in doc.tasks for role in ("lead", "support") for m in getattr(t, role)}
    assert named == {"Ban Xây dựng Đảng": f"{commune_id}/ban-xay-dung-dang", "Văn phòng Đảng ủy": f"{commune_id}/van-phong-dang-uy",
                     "Ủy ban Kiểm tra": f"{commune_id}/uy-ban-kiem-tra-dang-uy", "Ban Tuyên giáo và Dân vận": None}


@pytest.mark.parametrize("printed", ["UBND Phuờng Cam Đường", "UBND phuong Cam Duong", "UBND PHƯỜNG CAM ĐƯỜNG",
                                     "Ủy ban nhân dân phường Cam Đuờng"])  # a tone mark misplaced, none, capitals
def test_a_communes_name_with_its_marks_wrong_or_missing_is_still_its_own(printed):
    mention = resolve(printed, "lao-cai")
    assert (mention.agency_id, mention.match) == ("lao-cai.phuong-cam-duong/uy-ban-nhan-dan", "rule"), mention


def test_a_control_character_in_a_cell_is_not_unshielded_into_a_dash():
    # the splitter shields known names' separators with characters no text holds; a copied cell's "\x03" is no shield
    from pipeline.stages.agencies import split_agencies

    for cell in ("\x03", "Sở Nội vụ\x03"):
        assert all("–" not in name for name in split_agencies(cell)), cell
