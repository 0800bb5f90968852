"""The s46 review of the agencies round (s46-agencies): a bare body word ending a list ("…, Công an") read against
the cell's roles and levels, and the aliases it added. Each case printed as the reviewer gave it, with variants."""

from __future__ import annotations

import pytest

from pipeline.stages import agencies as A


def read(cell: str, place: str, column: str = "lead", communes: bool = True) -> list[str]:
    """role:id for each body of one cell ('role:?name' where unresolved)."""
    out = []
    for role, names in A.agencies_by_role(cell, column).items():
        out += [f"{role}:{m.agency_id or '?' + m.name}" for m in A.resolve_names(names, place, communes, False)]
    return out


# 1. A role mark closes the name before it: the bare body after the comma takes the role of a body without a mark
# (as with a semicolon), never the marked body's role.
@pytest.mark.parametrize(("column", "cell", "expected"), [
    ("lead", "Sở Y tế (chủ trì), Công an", ["lead:lam-dong/so-y-te", "support:lam-dong/cong-an"]),
    ("implementer", "Sở Y tế (chủ trì), Công an", ["lead:lam-dong/so-y-te", "support:lam-dong/cong-an"]),
    ("support", "Sở Tài chính (chủ trì), Công an", ["lead:lam-dong/so-tai-chinh", "support:lam-dong/cong-an"]),
    ("lead_support", "Sở Y tế (chủ trì), Công an", ["lead:lam-dong/so-y-te", "support:lam-dong/cong-an"]),
    ("lead", "Sở Y tế (CT), Công an", ["lead:lam-dong/so-y-te", "support:lam-dong/cong-an"]),
    ("lead", "Sở Y tế (chủ trì), Tỉnh Đoàn", ["lead:lam-dong/so-y-te", "support:lam-dong/tinh-doan"]),
])
def test_a_role_mark_before_a_bare_end(column: str, cell: str, expected: list[str]) -> None:
    assert read(cell, "lam-dong", column) == expected


def test_a_support_mark_before_a_bare_end_reads_as_with_a_semicolon() -> None:
    """"Sở Y tế (phối hợp), Công an": both supported before; now as "Sở Y tế (phối hợp); Công an" reads."""
    assert read("Sở Y tế (phối hợp), Công an", "lam-dong") == read("Sở Y tế (phối hợp); Công an", "lam-dong")
    assert "support:lam-dong/cong-an" not in read("Sở Y tế (phối hợp), Công an", "lam-dong")


# 2. "Trung tâm Hành chính công" is no name of the province's one-stop centre alone: before "các xã, phường" it is the
# communes' centres, before "các địa phương" no body the registry knows, and in a district's plan of 2024 the district's
# own centre. Unresolved where the full name is not printed; the communes' centres where their level is.
@pytest.mark.parametrize(("place", "cell", "communes", "expected"), [
    ("lam-dong", "Trung tâm Hành chính công các xã, phường, đặc khu", True,
     ["lead:lam-dong/trung-tam-phuc-vu-hanh-chinh-cong-cap-xa"]),
    ("lam-dong", "Trung tâm Hành chính công các xã, phường", True,
     ["lead:lam-dong/trung-tam-phuc-vu-hanh-chinh-cong-cap-xa"]),
    ("lam-dong", "Trung tâm Hành chính công cấp xã", True, ["lead:lam-dong/trung-tam-phuc-vu-hanh-chinh-cong-cap-xa"]),
    ("lam-dong", "Trung tâm Hành chính công các địa phương", True, ["lead:?Trung tâm Hành chính công các địa phương"]),
    ("quang-ninh", "Trung tâm Hành chính công các địa phương", False,
     ["lead:?Trung tâm Hành chính công các địa phương"]),
    ("quang-ninh.thanh-pho-ha-long", "Trung tâm Hành chính công", False, ["lead:?Trung tâm Hành chính công"]),
    ("quang-ninh.thanh-pho-ha-long", "Phòng Nội vụ, Trung tâm Hành chính công", False,
     ["lead:quang-ninh.thanh-pho-ha-long/phong-noi-vu", "lead:?Trung tâm Hành chính công"]),
    ("lam-dong.huyen-di-linh", "Trung tâm Hành chính công", False, ["lead:?Trung tâm Hành chính công"]),
])
def test_the_short_name_of_a_one_stop_centre(place: str, cell: str, communes: bool, expected: list[str]) -> None:
    assert read(cell, place, "lead", communes) == expected


def test_the_full_name_of_a_one_stop_centre_still_reads() -> None:
    assert read("Trung tâm Phục vụ hành chính công", "quang-ninh", "lead", False) == [
        "lead:quang-ninh/trung-tam-phuc-vu-hanh-chinh-cong"]
    assert read("Trung tâm Hành chính công", "lam-dong.xa-di-linh") == [
        "lead:lam-dong.xa-di-linh/trung-tam-phuc-vu-hanh-chinh-cong"]


# 4. A commune's plan naming the province's front "và/, các tổ chức chính trị - xã hội": "tỉnh" covers both, so the
# collective is the province's (the whole name's reading), never the commune's; the commune's where its level is printed
# or nothing in the list prints another level.
XA = "lam-dong.xa-di-linh"


@pytest.mark.parametrize(("cell", "expected"), [
    ("Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội",
     ["lead:lam-dong/uy-ban-mat-tran-to-quoc-viet-nam", "lead:lam-dong/mat-tran-to-quoc-va-cac-to-chuc-chinh-tri-xa-hoi"]),
    ("Ủy ban MTTQ Việt Nam tỉnh, các tổ chức chính trị - xã hội",
     ["lead:lam-dong/uy-ban-mat-tran-to-quoc-viet-nam", "lead:lam-dong/mat-tran-to-quoc-va-cac-to-chuc-chinh-tri-xa-hoi"]),
    ("Ủy ban MTTQ Việt Nam tỉnh; Mặt trận Tổ quốc và các đoàn thể",
     ["lead:lam-dong/uy-ban-mat-tran-to-quoc-viet-nam", "lead:lam-dong/mat-tran-to-quoc-va-cac-to-chuc-chinh-tri-xa-hoi"]),
])
def test_a_province_level_printed_beside_a_collective_in_a_commune_s_plan(cell: str, expected: list[str]) -> None:
    assert read(cell, XA) == expected


def test_a_recipients_line_naming_the_province_s_front_and_the_collective() -> None:
    names = A.split_agencies("Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội")
    assert [m.agency_id for m in A.resolve_names(names, XA, True, False)] == [
        "lam-dong/uy-ban-mat-tran-to-quoc-viet-nam", "lam-dong/mat-tran-to-quoc-va-cac-to-chuc-chinh-tri-xa-hoi"]


@pytest.mark.parametrize("cell", ["Các tổ chức chính trị - xã hội", "Đảng ủy, Ủy ban MTTQ và các đoàn thể",
                                  "Mặt trận Tổ quốc và các đoàn thể xã"])
def test_the_commune_s_collective_where_no_other_level_is_printed(cell: str) -> None:
    assert f"lead:{XA}/mat-tran-to-quoc-va-cac-to-chuc-chinh-tri-xa-hoi" in read(cell, XA)


# 5. "Thành Đoàn" is the place's youth union only in a centrally governed city; in a tỉnh's plan it is a provincial
# city's (a district's level before 2025): unresolved, bare or ending a list, never the province's Tỉnh đoàn.
@pytest.mark.parametrize(("place", "cell", "expected"), [
    ("lam-dong", "Sở Giáo dục và Đào tạo, Thành Đoàn", ["lead:?Sở Giáo dục và Đào tạo, Thành Đoàn"]),
    ("lam-dong", "Sở Giáo dục và Đào tạo, Thành đoàn", ["lead:?Sở Giáo dục và Đào tạo, Thành đoàn"]),
    ("lam-dong", "Thành Đoàn", ["lead:?Thành Đoàn"]),
    ("lam-dong", "Sở Giáo dục và Đào tạo; Thành Đoàn", ["lead:lam-dong/so-giao-duc-va-dao-tao", "lead:?Thành Đoàn"]),
    ("lam-dong.thanh-pho-da-lat", "Thành Đoàn", ["lead:?Thành Đoàn"]),
])
def test_a_city_s_youth_union_in_a_province(place: str, cell: str, expected: list[str]) -> None:
    assert read(cell, place, "lead", place == "lam-dong") == expected


@pytest.mark.parametrize(("place", "cell", "expected"), [
    ("ha-noi", "Sở Giáo dục và Đào tạo, Thành Đoàn", ["lead:ha-noi/so-giao-duc-va-dao-tao", "lead:ha-noi/tinh-doan"]),
    ("ha-noi", "Thành đoàn", ["lead:ha-noi/tinh-doan"]),
    ("lam-dong", "Tỉnh Đoàn", ["lead:lam-dong/tinh-doan"]),
])
def test_the_youth_union_of_a_centrally_governed_city_still_reads(place: str, cell: str, expected: list[str]) -> None:
    assert read(cell, place) == expected


# 6. "Bộ Chỉ huy …" heads a longer kind of body: no list shares its "Bộ" ("Bộ Chỉ huy Quân sự tỉnh, Công an" is no
# "Bộ Công an"); the bare end is the province's police where the list proves its level, else unresolved.
@pytest.mark.parametrize(("place", "cell", "expected"), [
    ("lam-dong", "Bộ Chỉ huy Quân sự tỉnh, Công an", ["lead:lam-dong/bo-chi-huy-quan-su", "lead:lam-dong/cong-an"]),
    ("lam-dong", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh, Công an",
     ["lead:lam-dong/bo-chi-huy-bo-doi-bien-phong", "lead:lam-dong/cong-an"]),
    ("lam-dong", "Sở Y tế, Bộ Chỉ huy Quân sự tỉnh, Công an",
     ["lead:lam-dong/so-y-te", "lead:lam-dong/bo-chi-huy-quan-su", "lead:lam-dong/cong-an"]),
    ("lam-dong", "Bộ Quốc phòng, Công an", ["lead:viet-nam/bo-quoc-phong", "lead:viet-nam/bo-cong-an"]),
])
def test_a_longer_head_shares_no_kind_word(place: str, cell: str, expected: list[str]) -> None:
    assert read(cell, place) == expected


def test_a_longer_head_before_another_level_s_bare_end_stays_whole() -> None:
    assert "lead:viet-nam/bo-cong-an" not in read("Bộ Chỉ huy Quân sự tỉnh, Công an", XA)
