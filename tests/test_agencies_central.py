"""Central bodies (jurisdiction viet-nam): ministries' Cục, the Quốc hội's committees, the Party's central boards and
the mass organisations' central bodies resolve in a ministry's plan and in a province's plan, in the forms plans print
them; a province's own bodies never become central ones."""

from __future__ import annotations

import pytest

from pipeline.resources import csv_rows
from pipeline.stages.agencies import all_mentions, resolve
from pipeline.stages.registry import registry
from pipeline.run import process
from pipeline.text import strip_marks

DUOC = "viet-nam/cuc-quan-ly-duoc-bo-y-te"
DOAN = "viet-nam/ban-chap-hanh-trung-uong-doan-thanh-nien-cong-san-ho-chi-minh"
PHU_NU = "viet-nam/trung-uong-hoi-lien-hiep-phu-nu-viet-nam"
TGDV = "viet-nam/ban-tuyen-giao-va-dan-van-trung-uong"
MTTQ = "viet-nam/uy-ban-trung-uong-mat-tran-to-quoc-viet-nam"
QH_LAW = "viet-nam/uy-ban-phap-luat-va-tu-phap"

# (printed form, expected id): full names, names with the ministry, abbreviations, capitals
FORMS = [
    ("Cục Quản lý Dược", DUOC), ("Cục Quản lý Dược - Bộ Y tế", DUOC), ("Cục Quản lý Dược (Bộ Y tế)", DUOC),
    ("Cục QLD", DUOC), ("CỤC QUẢN LÝ DƯỢC", DUOC),
    ("Trung ương Đoàn", DOAN), ("TW Đoàn", DOAN), ("BCH TW Đoàn", DOAN), ("Trung ương Đoàn TNCS Hồ Chí Minh", DOAN),
    ("Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh", DOAN), ("TRUNG ƯƠNG ĐOÀN", DOAN),
    ("TƯ Đoàn", DOAN), ("T.Ư Đoàn", DOAN), ("Ban Thường vụ TW Đoàn", "viet-nam/ban-thuong-vu-trung-uong-doan"),
    ("Hội đồng Đội Trung ương", "viet-nam/hoi-dong-doi-trung-uong"),
    ("Hội Liên hiệp Phụ nữ Việt Nam", PHU_NU), ("Hội LHPN Việt Nam", PHU_NU), ("TW Hội LHPN Việt Nam", PHU_NU),
    ("Trung ương Hội Liên hiệp Phụ nữ Việt Nam", PHU_NU),
    ("Ban Tuyên giáo và Dân vận Trung ương", TGDV), ("Ban Tuyên giáo và Dân vận TW", TGDV),
    ("Ban Tuyên giáo và Dân vận TƯ", TGDV), ("BAN TUYÊN GIÁO VÀ DÂN VẬN TRUNG ƯƠNG", TGDV),
    ("UBTW MTTQVN", MTTQ), ("UBTƯ MTTQ VN", MTTQ), ("Ủy ban Trung ương MTTQ Việt Nam", MTTQ),
    ("Ủy ban Pháp luật và Tư pháp", QH_LAW), ("Ủy ban Pháp luật và Tư pháp của Quốc hội", QH_LAW),
    ("Ủy ban Quốc phòng, An ninh và Đối ngoại", "viet-nam/uy-ban-quoc-phong-an-ninh-va-doi-ngoai"),
    ("Hội đồng Dân tộc", "viet-nam/hoi-dong-dan-toc"),
    # every province's committee addressed without "các": the pair "tỉnh, thành phố" says it is all of them
    ("Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương", "viet-nam/uy-ban-nhan-dan-cac-tinh-thanh-pho-truc-thuoc-trung-uong"),
    ("UBND tỉnh, thành phố trực thuộc TW", "viet-nam/uy-ban-nhan-dan-cac-tinh-thanh-pho-truc-thuoc-trung-uong"),
    ("HĐND tỉnh, thành phố trực thuộc Trung ương", "viet-nam/hoi-dong-nhan-dan-cac-tinh-thanh-pho-truc-thuoc-trung-uong"),
    ("Cục Kiểm tra văn bản và QLXLVPHC (Bộ Tư pháp)",
     "viet-nam/cuc-kiem-tra-van-ban-va-quan-ly-xu-ly-vi-pham-hanh-chinh-bo-tu-phap"),
    ("Cục Hàng hải và Đường thủy Việt Nam", "viet-nam/cuc-hang-hai-va-duong-thuy-viet-nam-bo-xay-dung"),
    ("Cục Đăng kiểm Việt Nam", "viet-nam/cuc-dang-kiem-viet-nam-bo-xay-dung"),
    ("Tổng cục THADS", "viet-nam/tong-cuc-thi-hanh-an-dan-su"),
    ("Cục Quản lý THADS", "viet-nam/cuc-quan-ly-thi-hanh-an-dan-su-bo-tu-phap"),
    ("Tổng Liên đoàn Lao động Việt Nam", "viet-nam/tong-lien-doan-lao-dong-viet-nam"),
    ("Thủ tướng, các Phó Thủ tướng Chính phủ", "viet-nam/thu-tuong-va-cac-pho-thu-tuong-chinh-phu"),
    ("Đảng ủy MTTQ, các đoàn thể TW", "viet-nam/dang-uy-mat-tran-to-quoc-cac-doan-the-trung-uong"),
    ("Liên đoàn Thương mại và Công nghiệp Việt Nam", "viet-nam/lien-doan-thuong-mai-va-cong-nghiep-viet-nam"),
    ("VPCP", "viet-nam/van-phong-chinh-phu"), ("Cổng TTĐT Chính phủ", "viet-nam/cong-thong-tin-dien-tu-chinh-phu"),
    ("Cổng TTĐT của Chính phủ", "viet-nam/cong-thong-tin-dien-tu-chinh-phu"),
]


@pytest.mark.parametrize("place", ["viet-nam", "lam-dong", "ha-noi", "lao-cai"])
@pytest.mark.parametrize("printed, expected", FORMS)
def test_central_bodies_resolve_in_a_ministrys_plan_and_in_a_provinces(printed, expected, place):
    assert resolve(printed, place).agency_id == expected


# without marks "TƯ" is "TU", the abbreviation of "Tỉnh ủy" (agency_abbreviations.csv): left out
@pytest.mark.parametrize("printed, expected",
                         [(p, e) for p, e in FORMS if strip_marks(p) != p and not {"TƯ", "T.Ư"} & set(p.split())])
def test_central_bodies_printed_without_tone_marks(printed, expected):
    assert resolve(strip_marks(printed), "viet-nam").agency_id == expected


# Names a province has a body of its own for: the province's body, in the province's plan, as before.
@pytest.mark.parametrize("printed, expected", [
    ("Sở Y tế", "lam-dong/so-y-te"), ("Hội Liên hiệp Phụ nữ", "lam-dong/hoi-lien-hiep-phu-nu"),
    ("Hội LHPN", "lam-dong/hoi-lien-hiep-phu-nu"), ("Đoàn TNCS Hồ Chí Minh", "lam-dong/tinh-doan"),
    ("Đoàn Thanh niên Cộng sản Hồ Chí Minh", "lam-dong/tinh-doan"), ("Cục Hải quan", "lam-dong/hai-quan"),
    ("Kho bạc Nhà nước", "lam-dong/kho-bac-nha-nuoc"), ("Hội Nông dân", "lam-dong/hoi-nong-dan"),
    ("Ủy ban Mặt trận Tổ quốc Việt Nam", "lam-dong/uy-ban-mat-tran-to-quoc-viet-nam"),
    ("Ban Tuyên giáo Tỉnh ủy", "lam-dong/ban-tuyen-giao-tinh-uy"),
    ("Hội Cựu chiến binh", "lam-dong/hoi-cuu-chien-binh"),
])
def test_a_provinces_own_bodies_stay_the_provinces(printed, expected):
    assert resolve(printed, "lam-dong").agency_id == expected


@pytest.mark.parametrize("printed", ["Hội Liên hiệp Phụ nữ Việt Nam tỉnh Lâm Đồng", "Hội Cựu chiến binh Việt Nam tỉnh Lâm Đồng",
                                     "Hội Nông dân Việt Nam tỉnh Lâm Đồng", "Cục Thống kê tỉnh Lâm Đồng",
                                     "Cục Hải quan tỉnh Lâm Đồng", "Kho bạc Nhà nước tỉnh Lâm Đồng"])
def test_a_central_bodys_name_with_a_province_after_it_is_never_the_central_body(printed):
    """The province printed after the name decides where it is looked for: its own body, or none."""
    found = resolve(printed, "viet-nam").agency_id
    assert found is None or found.startswith("lam-dong/")


@pytest.mark.parametrize("printed", ["Các Phó Thủ tướng Chính phủ", "Vụ Pháp chế", "Văn phòng Bộ", "Thanh tra Bộ",
                                     "Ban Tuyên giáo và Dân vận", "Đảng ủy"])
def test_names_that_do_not_say_which_central_body_stay_unresolved(printed):
    """Part of a collective, a unit every ministry has, a Party board without its level: no body is guessed."""
    assert resolve(printed, "viet-nam").agency_id is None


def _central_units() -> list[tuple[str, str]]:
    """(the unit's own name, its id) for every ministry unit of the registry: "Cục Quản lý Dược (Bộ Y tế)" ->
    "Cục Quản lý Dược"."""
    return [(agency.name.split(" (")[0], agency.id) for agency in registry().agencies.values()
            if agency.jurisdiction == "viet-nam" and agency.kind in ("Cục", "Tổng cục") and " " in agency.name]


def test_a_provinces_department_never_becomes_a_central_department():
    """"Sở Quản lý Dược", "Sở Viễn thông", "Chi cục Thủy lợi"…: the same words after a province's kind word are a
    province's body (known or not), never the central Cục, exactly or by the typo matcher."""
    units = _central_units()
    assert len(units) >= 40
    wrong = []
    for name, central_id in units:
        rest = name.split(" ", 1)[1].removeprefix("cục ").removeprefix("Cục ")
        for printed in (f"Sở {rest}", f"Chi cục {rest}", f"Phòng {rest}", f"Sở {rest} tỉnh Lâm Đồng"):
            found = resolve(printed, "lam-dong").agency_id
            if found and found.startswith("viet-nam/"):
                wrong.append((printed, found))
    assert wrong == []


def test_every_central_succession_ends_one_body_and_starts_the_next():
    """A merged central body's row ends the day before its succession, and the body it passed to exists."""
    reg = registry()
    rows = [row for row in csv_rows("agency_successions.csv") if row["predecessor"].startswith("viet-nam/")]
    assert len(rows) >= 25
    for row in rows:
        before = next(a for a in reg.agencies.values() if f"viet-nam/{a.name}" == row["predecessor"])
        after = next(a for a in reg.agencies.values() if f"viet-nam/{a.name}" == row["successor"])
        assert before.valid_until and before.valid_until < row["date"], row
        assert after.valid_until is None and (after.valid_from or "") <= row["date"], row
        assert any(s.predecessor == before.id and s.successor == after.id for s in reg.successions), row


def _plan(head: str, symbol: str, place: str) -> str:
    return (f"{head}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 120/KH-{symbol}\n"
            f"{place}, ngày 10 tháng 1 năm 2026\nKẾ HOẠCH\nTruyền thông về an toàn thuốc năm 2026\nI. MỤC ĐÍCH\n"
            "1. Nội dung.\nII. TỔ CHỨC THỰC HIỆN\n"
            "1. Cục Quản lý Dược chủ trì, phối hợp với Trung ương Đoàn TNCS Hồ Chí Minh tổ chức truyền thông.\n"
            "2. Cục QLD phối hợp với Hội LHPN Việt Nam hướng dẫn các cơ sở.\n"
            "3. Sở Y tế chủ trì, phối hợp với Ban Tuyên giáo và Dân vận TW tuyên truyền.\n"
            "Nơi nhận:\n- Cục Hải quan (Bộ Tài chính);\n- UBTW MTTQVN;\n- BCH TW Đoàn;\n- Sở Y tế;\n- Lưu: VT.\n")


@pytest.mark.parametrize("head, symbol, place, jurisdiction", [
    ("BỘ Y TẾ", "BYT", "Hà Nội", "viet-nam"), ("ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG", "UBND", "Lâm Đồng", "lam-dong")])
def test_central_bodies_in_the_tasks_and_recipients_of_a_plan(write_text, head, symbol, place, jurisdiction):
    doc = process(write_text(_plan(head, symbol, place)))
    assert doc.metadata.jurisdiction == jurisdiction
    found = {(role, m.name, m.agency_id) for _, role, m in all_mentions(doc) if role != "issuer"}
    central = {
        ("lead", "Cục Quản lý Dược", DUOC), ("support", "Trung ương Đoàn TNCS Hồ Chí Minh", DOAN),
        ("lead", "Cục QLD", DUOC), ("support", "Hội LHPN Việt Nam", PHU_NU),
        ("support", "Ban Tuyên giáo và Dân vận TW", TGDV),
        ("recipient", "Cục Hải quan (Bộ Tài chính)", "viet-nam/cuc-hai-quan-bo-tai-chinh"),
        ("recipient", "UBTW MTTQVN", MTTQ), ("recipient", "BCH TW Đoàn", DOAN)}
    assert central <= found
    # "Sở Y tế": the province's in its own plan; a ministry's plan names no province, so it stays unresolved
    own = "lam-dong/so-y-te" if jurisdiction == "lam-dong" else None
    assert {(role, agency_id) for role, name, agency_id in found if name == "Sở Y tế"} == {
        ("lead", own), ("recipient", own)}
