"""Districts before 1 July 2025 (pipeline/data/districts.csv, the "*huyện" rows of agencies.csv): a district's body
resolves to that district's entity, in its own plan without its name ("UBND huyện", "Phòng Tài chính - Kế hoạch"),
in its province's plans with it; a name several provinces share needs the province; a district's body named after
the two-level reform is a former body (``agency_not_in_force``) unless printed as such."""

from __future__ import annotations

import pytest

from test_communes import _commune_plan as _unit_plan  # a plan of one unit: its heading, date, title, task rows

from pipeline.resources import csv_rows
from pipeline.stages.agencies import resolve
from pipeline.stages.registry import registry, slug

DISTRICTS = csv_rows("districts.csv")
# (printed kind, district id) over several provinces and every kind: huyện, quận, thị xã, thành phố thuộc tỉnh.
UNITS = [("huyện Bắc Quang", "ha-giang.huyen-bac-quang"), ("quận Ba Đình", "ha-noi.quan-ba-dinh"),
         ("thị xã Sa Pa", "lao-cai.thi-xa-sa-pa"), ("thành phố Lào Cai", "lao-cai.thanh-pho-lao-cai"),
         ("huyện Di Linh", "lam-dong.huyen-di-linh"), ("quận Ninh Kiều", "can-tho.quan-ninh-kieu"),
         ("thị xã Kỳ Anh", "ha-tinh.thi-xa-ky-anh"), ("huyện Kỳ Anh", "ha-tinh.huyen-ky-anh")]
# How plans print a district's bodies, with the "*huyện" row each names.
BODY_FORMS = [("UBND", "Ủy ban nhân dân"), ("Uỷ ban nhân dân", "Ủy ban nhân dân"), ("ỦY BAN NHÂN DÂN", "Ủy ban nhân dân"),
              ("Phòng Nội vụ", "Phòng Nội vụ"), ("Phòng Tài chính - Kế hoạch", "Phòng Tài chính - Kế hoạch"),
              ("Công an", "Công an"), ("Văn phòng HĐND và UBND", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân"),
              ("Phong Tu phap", "Phòng Tư pháp")]


def test_the_data_file_holds_the_696_districts_of_the_63_provinces():
    assert len(DISTRICTS) == 696
    assert {r["kind"] for r in DISTRICTS} == {"huyện", "quận", "thị xã", "thành phố"}
    assert len({r["province"] for r in DISTRICTS}) == 63 and len({r["province_2025"] for r in DISTRICTS}) == 34
    assert len({r["id"] for r in DISTRICTS}) == 696
    assert all(r["id"].startswith(f"{r['province']}.{slug(r['kind'])}-") and r["valid_until"] == "2025-06-30"
               for r in DISTRICTS)
    places = {row["id"] for row in csv_rows("jurisdictions.csv")}
    assert {r["province"] for r in DISTRICTS} <= places and {r["province_2025"] for r in DISTRICTS} <= places


@pytest.mark.parametrize("unit,district", UNITS)
@pytest.mark.parametrize("printed,body", BODY_FORMS)
def test_a_body_named_with_its_district_resolves_in_the_documents_province(unit, district, printed, body):
    province = district.partition(".")[0]
    mention = resolve(f"{printed} {unit}", province)
    assert mention.agency_id == f"{district}/{slug(body)}", mention
    assert mention.canonical_name == f"{body} {unit}"
    # a plan of a district of the province: the same
    assert resolve(f"{printed} {unit}", "binh-tan" if province == "ho-chi-minh" else province).agency_id == mention.agency_id


@pytest.mark.parametrize("printed", ["UBND H. Bắc Quang", "Ủy ban nhân dân huyện Bac Quang", "UBND huyện Bắc Quang, tỉnh Hà Giang",
                                     "Uỷ ban nhân dân huyện Bắc Quang tỉnh Hà Giang (cũ)"])
def test_spelling_variants_of_a_districts_name(printed):
    assert resolve(printed, "ha-giang").agency_id == "ha-giang.huyen-bac-quang/uy-ban-nhan-dan"


def test_abbreviated_kinds_and_the_province_printed_after():
    assert resolve("Công an TX Sa Pa", "lao-cai").agency_id == "lao-cai.thi-xa-sa-pa/cong-an"
    assert resolve("UBND TP Lào Cai", "lao-cai").agency_id == "lao-cai.thanh-pho-lao-cai/uy-ban-nhan-dan"
    assert resolve("UBND Q. Ba Đình", "ha-noi").agency_id == "ha-noi.quan-ba-dinh/uy-ban-nhan-dan"
    # the province printed after the name decides, in a central document as well
    assert resolve("UBND huyện Châu Thành, tỉnh Bến Tre", "viet-nam").agency_id == "ben-tre.huyen-chau-thanh/uy-ban-nhan-dan"


def test_a_city_named_as_its_province_is_the_city_not_the_province():
    assert resolve("UBND thành phố Lào Cai", "lao-cai").agency_id == "lao-cai.thanh-pho-lao-cai/uy-ban-nhan-dan"
    assert resolve("UBND tỉnh Lào Cai", "lao-cai").agency_id == "lao-cai/uy-ban-nhan-dan"
    assert resolve("UBND thành phố Hà Nội", "ha-noi").agency_id == "ha-noi/uy-ban-nhan-dan"
    # a district named as a province of another part of the country ("huyện Quảng Ninh" of Quảng Bình)
    assert resolve("UBND huyện Quảng Ninh", "quang-binh").agency_id == "quang-binh.huyen-quang-ninh/uy-ban-nhan-dan"


def test_a_name_several_provinces_share_needs_the_province():
    assert resolve("UBND huyện Châu Thành", "tien-giang").agency_id == "tien-giang.huyen-chau-thanh/uy-ban-nhan-dan"
    shared = resolve("UBND huyện Châu Thành", None)
    assert shared.agency_id is None and shared.reason.startswith("ambiguous: ")
    # a name only one province has is not guessed without a province either
    alone = resolve("UBND huyện Bắc Quang", "viet-nam")
    assert alone.agency_id is None and "no province known" in alone.reason


def test_the_kind_word_must_match():
    """"huyện Sa Pa" may be the huyện before the thị xã, or another unit: never thị xã Sa Pa by guess."""
    assert resolve("UBND huyện Sa Pa", "lao-cai").agency_id is None
    assert resolve("UBND thị xã Bắc Quang", "ha-giang").agency_id is None


def test_a_district_of_a_province_merged_in_2025_is_found_from_the_new_provinces_plan():
    """"UBND huyện Bắc Quang (cũ)" in a plan of Tuyên Quang, into which Hà Giang went on 1 July 2025."""
    assert resolve("UBND huyện Bắc Quang (cũ)", "tuyen-quang").agency_id == "ha-giang.huyen-bac-quang/uy-ban-nhan-dan"
    assert resolve("UBND huyện Bắc Quang", "lao-cai").agency_id is None  # another province


def test_a_district_the_jurisdictions_file_lists_keeps_its_id():
    assert resolve("UBND quận Bình Tân", "ho-chi-minh").agency_id == "binh-tan/uy-ban-nhan-dan"
    assert resolve("UBND huyện Bình Tân", "vinh-long").agency_id == "vinh-long.huyen-binh-tan/uy-ban-nhan-dan"


def test_the_registry_makes_a_districts_body_by_its_id():
    reg = registry()
    agency = reg.agency("ha-giang.huyen-bac-quang/phong-tai-chinh-ke-hoach")
    assert agency.canonical_name == "Phòng Tài chính - Kế hoạch huyện Bắc Quang" and agency.valid_until == "2025-06-30"
    assert reg.place("ha-giang.huyen-bac-quang").parent == "ha-giang"
    assert reg.agency("ha-giang.huyen-bac-quang/so-noi-vu") is None


@pytest.mark.parametrize("unit,district,place_line", [
    ("huyện Bắc Quang", "ha-giang.huyen-bac-quang", "Bắc Quang, ngày 8 tháng 4 năm 2024"),
    ("quận Ba Đình", "ha-noi.quan-ba-dinh", "Ba Đình, ngày 8 tháng 4 năm 2024"),
    ("thị xã Sa Pa", "lao-cai.thi-xa-sa-pa", "Sa Pa, ngày 8 tháng 4 năm 2024"),
    ("thành phố Lào Cai", "lao-cai.thanh-pho-lao-cai", "Lào Cai, ngày 8 tháng 4 năm 2024")])
def test_a_districts_own_plan_names_its_bodies_without_its_name(write_text, unit, district, place_line):
    """"ỦY BAN NHÂN DÂN / HUYỆN BẮC QUANG": the issuer is the district's UBND; "UBND huyện", "Công an huyện", "Phòng Tài
    chính - Kế hoạch" are its bodies; "UBND tỉnh" and "Sở Nội vụ" its province's."""
    from pipeline.run import process

    kind = unit.rsplit(" ", 2)[0] if unit.startswith(("thị xã", "thành phố")) else unit.split()[0]
    province = district.partition(".")[0]
    upper = "UBND Thành phố" if province == "ha-noi" else "UBND tỉnh"
    rows = [(f"UBND {kind}", "Phòng Tài chính - Kế hoạch"), (f"Công an {kind}", "Văn phòng HĐND và UBND"),
            (upper, "Sở Nội vụ")]
    doc = process(write_text(_unit_plan(unit, place_line, "Cải cách hành chính năm 2024", rows)))
    assert doc.metadata.jurisdiction == district
    assert doc.metadata.issuer.agency.agency_id == f"{district}/uy-ban-nhan-dan"
    named = {m.name: m.agency_id for t in doc.tasks for role in ("lead", "support") for m in getattr(t, role)}
    assert named == {f"UBND {kind}": f"{district}/uy-ban-nhan-dan",
                     "Phòng Tài chính - Kế hoạch": f"{district}/phong-tai-chinh-ke-hoach",
                     f"Công an {kind}": f"{district}/cong-an",
                     "Văn phòng HĐND và UBND": f"{district}/van-phong-hoi-dong-nhan-dan-va-uy-ban-nhan-dan",
                     upper: f"{province}/uy-ban-nhan-dan", "Sở Nội vụ": f"{province}/so-noi-vu"}
    assert not [w for w in doc.warnings if w.code == "agency_not_in_force"]


def test_a_district_shared_name_takes_the_province_its_plan_names(write_text):
    from pipeline.run import process

    doc = process(write_text(_unit_plan("huyện Châu Thành", "Châu Thành, ngày 8 tháng 4 năm 2024",
                                            "Phòng, chống ma túy trên địa bàn huyện Châu Thành, tỉnh Bến Tre",
                                            [("Công an huyện", "Phòng Nội vụ")])))
    assert doc.metadata.jurisdiction == "ben-tre.huyen-chau-thanh"
    assert doc.tasks[0].lead[0].agency_id == "ben-tre.huyen-chau-thanh/cong-an"


def test_a_district_body_named_after_the_reform_is_not_in_force(processed):
    """A plan of August 2025 naming a district's body: resolved, with the warning; "(cũ)" after it: no warning."""
    text = ("ỦY BAN NHÂN DÂN\nTỈNH TUYÊN QUANG\nSố: 15/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nTuyên Quang, ngày 10 tháng 8 năm 2025\nKẾ HOẠCH\nBàn giao hồ sơ\n"
            "I. NHIỆM VỤ\n1. Giao Sở Nội vụ chủ trì, phối hợp với {name} bàn giao hồ sơ lưu trữ.\n")
    doc = processed(text.format(name="UBND huyện Bắc Quang"))
    assert "ha-giang.huyen-bac-quang/uy-ban-nhan-dan" in {a.agency.agency_id for a in doc.assignments}
    assert [w for w in doc.warnings if w.code == "agency_not_in_force" and "Bắc Quang" in w.message]
    former = processed(text.format(name="UBND huyện Bắc Quang (cũ)"))
    assert "ha-giang.huyen-bac-quang/uy-ban-nhan-dan" in {a.agency.agency_id for a in former.assignments}
    assert not [w for w in former.warnings if w.code == "agency_not_in_force" and "Bắc Quang" in w.message]


def test_districts_are_read_only_when_a_name_may_be_a_districts_body():
    reg = registry()
    reg.__dict__.pop("districts", None)
    resolve.cache_clear()
    resolve("Sở Nội vụ", "lao-cai")
    resolve("UBND các huyện, thành phố", "lao-cai")
    assert "districts" not in reg.__dict__
    resolve("UBND huyện Bát Xát", "lao-cai")
    assert "districts" in reg.__dict__


@pytest.mark.parametrize("printed,place,expected", [
    ("Huyện ủy Bắc Quang", "ha-giang", "ha-giang.huyen-bac-quang/huyen-uy"),
    ("Thường trực Huyện ủy Bắc Quang", "ha-giang", "ha-giang.huyen-bac-quang/thuong-truc-huyen-uy"),
    ("Ban Thường vụ Quận ủy Ba Đình", "ha-noi", "ha-noi.quan-ba-dinh/ban-thuong-vu-huyen-uy"),
    ("Thị ủy Sa Pa", "lao-cai", "lao-cai.thi-xa-sa-pa/huyen-uy"),
    ("Thành ủy Lào Cai", "lao-cai", "lao-cai.thanh-pho-lao-cai/huyen-uy"),  # the provincial city's
    ("Tỉnh ủy Lào Cai", "lao-cai", "lao-cai/tinh-uy"),
    ("Thành ủy Hà Nội", "ha-noi", "ha-noi/tinh-uy"),
])
def test_a_districts_party_committee_named_with_its_name(printed, place, expected):
    assert resolve(printed, place).agency_id == expected


@pytest.mark.parametrize("printed,place,expected", [
    # a district's own plan: its mass organisations, offices and committee named bare or with the kind word
    ("Hội Nông dân", "ha-giang.huyen-bac-quang", "ha-giang.huyen-bac-quang/hoi-nong-dan"),
    ("Hội LHPN huyện", "ha-giang.huyen-bac-quang", "ha-giang.huyen-bac-quang/hoi-lien-hiep-phu-nu"),
    ("Huyện đoàn", "ha-giang.huyen-bac-quang", "ha-giang.huyen-bac-quang/doan-thanh-nien-cong-san-ho-chi-minh"),
    ("Phòng Nông nghiệp và Phát triển nông thôn", "ha-giang.huyen-bac-quang",
     "ha-giang.huyen-bac-quang/phong-nong-nghiep-va-phat-trien-nong-thon"),
    ("Ban CHQS huyện", "ha-giang.huyen-bac-quang", "ha-giang.huyen-bac-quang/ban-chi-huy-quan-su"),
    ("Huyện ủy", "ha-giang.huyen-bac-quang", "ha-giang.huyen-bac-quang/huyen-uy"),
    ("Quận ủy", "ha-noi.quan-ba-dinh", "ha-noi.quan-ba-dinh/huyen-uy"),
    ("Thành ủy", "lao-cai.thanh-pho-lao-cai", "lao-cai.thanh-pho-lao-cai/huyen-uy"),
    ("Công an thành phố", "lao-cai.thanh-pho-lao-cai", "lao-cai.thanh-pho-lao-cai/cong-an"),
    # "Thành đoàn", "Thành ủy", "UBND Thành phố" in a quận's plan (or in thành phố Thủ Đức's, a city inside the
    # centrally governed city) are the city's
    ("Thành đoàn", "ha-noi.quan-ba-dinh", "ha-noi/tinh-doan"),
    ("Thành ủy", "ha-noi.quan-ba-dinh", "ha-noi/tinh-uy"),
    ("UBND Thành phố", "ho-chi-minh.thanh-pho-thu-duc", "ho-chi-minh/uy-ban-nhan-dan"),
    ("Phòng Nội vụ", "ho-chi-minh.thanh-pho-thu-duc", "ho-chi-minh.thanh-pho-thu-duc/phong-noi-vu"),
    ("Sở Y tế", "ha-giang.huyen-bac-quang", "ha-giang/so-y-te"),
    # the same names of the district of jurisdictions.csv
    ("Hội Nông dân", "binh-tan", "binh-tan/hoi-nong-dan"),
    ("Hội Nông dân", "ho-chi-minh", "ho-chi-minh/hoi-nong-dan"),
])
def test_a_districts_own_plan_names_its_other_bodies_bare(printed, place, expected):
    assert resolve(printed, place).agency_id == expected


def test_a_clerk_adds_a_district_merged_before_2025_in_the_registry_folder(tmp_path):
    """districts.csv beside the database adds its rows: huyện Kỳ Sơn of Hòa Bình (merged into the city in 2020) is
    no row of the package's; a clerk gives it with its own last day."""
    from pipeline.stages.registry import RegistryError, use_user_folder

    folder = tmp_path / "registry"
    folder.mkdir()
    (folder / "districts.csv").write_text("id,name,kind,province,province_2025,code,valid_until\n"
                                          "hoa-binh.huyen-ky-son,Kỳ Sơn,huyện,hoa-binh,phu-tho,99999,2019-12-31\n",
                                          encoding="utf-8")
    assert resolve("UBND huyện Kỳ Sơn", "hoa-binh").agency_id is None
    use_user_folder(folder)
    try:
        assert resolve("UBND huyện Kỳ Sơn", "hoa-binh").agency_id == "hoa-binh.huyen-ky-son/uy-ban-nhan-dan"
        assert registry().agency("hoa-binh.huyen-ky-son/uy-ban-nhan-dan").valid_until == "2019-12-31"
        assert resolve("UBND huyện Bắc Quang", "ha-giang").agency_id == "ha-giang.huyen-bac-quang/uy-ban-nhan-dan"
    finally:
        use_user_folder(None)
    (folder / "districts.csv").write_text("id,name,kind,province,province_2025,code,valid_until\n"
                                          "nowhere.huyen-a,A,huyện,nowhere,phu-tho,1,\n", encoding="utf-8")
    use_user_folder(folder)
    try:
        with pytest.raises(RegistryError, match="districts.csv:2"):
            registry()
    finally:
        use_user_folder(None)


def test_the_database_holds_the_district_bodies_its_documents_name(tmp_path):
    """As for the communes' bodies: the registry makes a district's body only when a name asks for it, and the
    document's rows bring it into the agencies table, before the rows that refer to it."""
    import sqlite3

    from pipeline.ingest import ingest

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "plan.txt").write_text(_unit_plan("huyện Bắc Quang", "Bắc Quang, ngày 8 tháng 4 năm 2024",
                                                "Cải cách hành chính năm 2024",
                                                [("Phòng Nội vụ", "UBND tỉnh"), ("Công an huyện", "Phòng Tư pháp")]),
                                     encoding="utf-8")
    database = tmp_path / "plans.db"
    assert ingest([folder], db_path=database, json_dir=tmp_path / "json", workers=1).ok
    with sqlite3.connect(database) as conn:
        stored = dict(conn.execute("SELECT id, canonical_name FROM agencies WHERE id IN "
                                   "(SELECT agency_id FROM task_agencies)").fetchall())
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    district = "ha-giang.huyen-bac-quang"
    assert stored == {f"{district}/phong-noi-vu": "Phòng Nội vụ huyện Bắc Quang",
                      f"{district}/cong-an": "Công an huyện Bắc Quang",
                      f"{district}/phong-tu-phap": "Phòng Tư pháp huyện Bắc Quang",
                      "ha-giang/uy-ban-nhan-dan": "Ủy ban nhân dân tỉnh Hà Giang"}


@pytest.mark.parametrize("printed,expected", [
    ("UBND huyện Phú Vang", "hue.huyen-phu-vang/uy-ban-nhan-dan"),
    ("Uỷ ban nhân dân thị xã Hương Thủy", "hue.thi-xa-huong-thuy/uy-ban-nhan-dan"),
    ("Phòng Nội vụ TX Hương Trà", "hue.thi-xa-huong-tra/phong-noi-vu"),
    ("Ban Tuyên giáo Huyện ủy A Lưới", "hue.huyen-a-luoi/ban-tuyen-giao-huyen-uy"),
    ("CÔNG AN HUYỆN QUẢNG ĐIỀN", "hue.huyen-quang-dien/cong-an"),
])
def test_a_renamed_provinces_plan_finds_its_districts_under_the_place_it_became(printed, expected):
    """Thừa Thiên Huế became thành phố Huế on 1 January 2025 and districts.csv files its districts under Huế
    (places.json renamed_provinces): a plan of the tỉnh finds them, as a plan of the city does."""
    assert resolve(printed, "thua-thien-hue").agency_id == expected
    assert resolve(printed, "hue").agency_id == expected
    assert resolve(printed, "quang-tri").agency_id is None  # another province's plan


@pytest.mark.parametrize("printed", [
    "UBND huyện Phong Điền",  # a huyện before 2025, a thị xã in districts.csv: the kind must be the file's
    "UBND huyện Nam Đông",  # merged away before July 2025: no row, and none made from a name without its marks
])
def test_a_renamed_provinces_units_the_registry_does_not_hold_stay_unresolved(printed):
    mention = resolve(printed, "thua-thien-hue")
    assert mention.agency_id is None and mention.reason, mention


@pytest.mark.parametrize("printed,body", [("UBND thành phố Huế", "uy-ban-nhan-dan"), ("UBND TP Huế", "uy-ban-nhan-dan"),
                                          ("Thành ủy Huế", "huyen-uy"), ("Công an thành phố Huế", "cong-an")])
def test_the_provincial_city_of_2024_is_its_own_in_the_provinces_plans(printed, body):
    """In a plan of tỉnh Thừa Thiên Huế (which ended on 31 December 2024) "thành phố Huế" is its provincial city
    (districts_earlier.csv), never the centrally governed city that began after it; in a plan of that city, the city."""
    assert resolve(printed, "thua-thien-hue").agency_id == f"thua-thien-hue.thanh-pho-hue/{body}"
    assert not resolve(printed, "hue").agency_id.startswith("thua-thien-hue")


def test_the_place_a_province_became_is_still_itself_in_its_own_plans():
    assert resolve("UBND thành phố Huế", "hue").agency_id == "hue/uy-ban-nhan-dan"
    assert resolve("UBND tỉnh Thừa Thiên Huế", "thua-thien-hue").agency_id == "thua-thien-hue/uy-ban-nhan-dan"
    assert resolve("UBND tỉnh", "thua-thien-hue").agency_id == "thua-thien-hue/uy-ban-nhan-dan"


def test_a_renamed_provinces_plan_names_its_districts_bodies(write_text):
    from pipeline.run import process

    doc = process(write_text(_unit_plan("tỉnh Thừa Thiên Huế", "Thừa Thiên Huế, ngày 8 tháng 4 năm 2024",
                                        "Cải cách hành chính năm 2024",
                                        [("UBND huyện Phú Vang", "UBND thành phố Huế"), ("Sở Nội vụ", "UBND tỉnh")])))
    assert doc.metadata.jurisdiction == "thua-thien-hue"
    named = {m.name: m.agency_id for t in doc.tasks for role in ("lead", "support") for m in getattr(t, role)}
    # "UBND thành phố Huế" in 2024: the province's provincial city (districts_earlier.csv), not the city of 2025
    assert named == {"UBND huyện Phú Vang": "hue.huyen-phu-vang/uy-ban-nhan-dan",
                     "UBND thành phố Huế": "thua-thien-hue.thanh-pho-hue/uy-ban-nhan-dan",
                     "Sở Nội vụ": "thua-thien-hue/so-noi-vu", "UBND tỉnh": "thua-thien-hue/uy-ban-nhan-dan"}
