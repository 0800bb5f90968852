"""Communes, wards and special zones since 1 July 2025 (pipeline/data/communes.csv, the "*xã" rows of agencies.csv): a
body named with its commune resolves to that commune's entity in the document's province; a commune name that several
provinces share is ambiguous without one; collective phrases stay collective; the 3,321 communes cost nothing to a
document that names none."""

from __future__ import annotations

import os
import pickle
import random
import re
from collections import Counter

import pytest

from conftest import REALDOCS2, ROOT, needs
from pipeline.resources import csv_rows
from pipeline.stages import registry as registry_module
from pipeline.stages.agencies import resolve, resolve_all
from pipeline.stages.registry import COMMUNE_ID_MARK, Registry, key_of, registry, slug
from pipeline.text import fold, strip_marks

COMMUNES = csv_rows("communes.csv")
PROVINCES = {row["id"]: row for row in csv_rows("jurisdictions.csv") if row["level"] == "tỉnh"}
# How plans print the bodies every commune has, with the registry row each names.
BODY_FORMS = [("UBND", "Ủy ban nhân dân"), ("Ủy ban nhân dân", "Ủy ban nhân dân"), ("ỦY BAN NHÂN DÂN", "Ủy ban nhân dân"),
              ("HĐND", "Hội đồng nhân dân"), ("Thường trực HĐND", "Thường trực Hội đồng nhân dân"),
              ("Văn phòng HĐND và UBND", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân"), ("Công an", "Công an"),
              ("Đảng ủy", "Đảng ủy"), ("Ủy ban MTTQ Việt Nam", "Ủy ban Mặt trận Tổ quốc Việt Nam"),
              ("Ủy ban Mặt trận Tổ quốc", "Ủy ban Mặt trận Tổ quốc Việt Nam"), ("Ban CHQS", "Ban Chỉ huy Quân sự")]


def _sample(count: int, seed: int) -> list[dict[str, str]]:
    """Communes of many provinces, every kind among them (the 13 special zones included)."""
    rows = random.Random(seed).sample(COMMUNES, count)
    return rows + [r for r in COMMUNES if r["kind"] == "đặc khu"][:3]


def _folded_twins() -> set[str]:
    """Ids of communes whose name and kind another commune of the province shares once tone marks are gone."""
    counts = Counter((r["province"], r["kind"], fold(r["name"])) for r in COMMUNES)
    return {r["id"] for r in COMMUNES if counts[(r["province"], r["kind"], fold(r["name"]))] > 1}


def test_the_data_file_holds_every_commune_of_the_34_provinces():
    assert len(COMMUNES) == 3321
    assert Counter(r["kind"] for r in COMMUNES) == {"xã": 2621, "phường": 687, "đặc khu": 13}
    current = {p for p, row in PROVINCES.items() if not row["valid_until"]}
    assert {r["province"] for r in COMMUNES} == current and len(current) == 34
    assert len({r["id"] for r in COMMUNES}) == 3321 and len({r["code"] for r in COMMUNES}) == 3321
    assert all(r["id"].startswith(f"{r['province']}.{slug(r['kind'])}-") for r in COMMUNES)


def test_the_data_file_says_where_it_comes_from():
    """The header the script writes is the committed file's: source, version and licence are recorded."""
    import sys

    sys.path.insert(0, str(ROOT / "scripts"))
    from communes import HEADER  # noqa: PLC0415

    text = (ROOT / "pipeline" / "data" / "communes.csv").read_text(encoding="utf-8")
    assert text.startswith(HEADER) and "vietnamadminunits 1.0.4" in HEADER and "MIT licence" in HEADER


@pytest.mark.parametrize("printed, body", BODY_FORMS)
def test_a_body_named_with_its_commune_resolves_in_the_documents_province(printed, body):
    twins = _folded_twins()
    for commune in _sample(40, seed=len(printed)):
        name = f"{printed} {commune['kind']} {commune['name']}"
        mention = resolve(name, commune["province"])
        assert (mention.agency_id, mention.match) == (f"{commune['id']}/{slug(body)}", "rule"), (name, mention.reason)
        assert mention.canonical_name == f"{body} {commune['kind']} {commune['name']}"
        bare = resolve(strip_marks(name), commune["province"])  # typed without tone marks
        if commune["id"] in twins:
            assert bare.agency_id is None and bare.reason.startswith("ambiguous: ")
        else:
            assert bare.agency_id == mention.agency_id, (strip_marks(name), bare.reason)


def test_a_district_of_the_province_is_as_good_as_the_province():
    """A plan of an old district (until 30 June 2025) names the communes of its province."""
    commune = next(r for r in COMMUNES if r["province"] == "ho-chi-minh")
    assert resolve(f"UBND phường {commune['name']}", "binh-tan").agency_id == f"{commune['id']}/uy-ban-nhan-dan"


def test_a_name_several_provinces_share_resolves_by_the_documents_province():
    shared = [r for r in COMMUNES if r["kind"] == "xã" and fold(r["name"]) == "tan lap"]
    assert len({r["province"] for r in shared}) >= 3
    ids = {resolve("Ủy ban nhân dân xã Tân Lập", r["province"]).agency_id for r in shared}
    assert ids == {f"{r['id']}/uy-ban-nhan-dan" for r in shared}
    for place in (None, "ha-noi", "viet-nam"):  # no province, or one without such a commune
        mention = resolve("Ủy ban nhân dân xã Tân Lập", place)
        assert mention.agency_id is None and mention.match == "unresolved"
        assert mention.reason.startswith("ambiguous: ") and all(PROVINCES[r["province"]]["display"] in mention.reason
                                                                for r in shared)


def test_the_province_printed_after_the_commune_wins():
    mention = resolve("Công an xã Tân Lập, tỉnh Quảng Trị", "lam-dong")
    assert mention.agency_id == "quang-tri.xa-tan-lap/cong-an"


def test_a_unique_name_without_a_province_is_not_guessed():
    mention = resolve("Công an phường An Tường", None)
    assert mention.agency_id is None and "no province known" in mention.reason and "Tuyên Quang" in mention.reason


def test_tone_marks_tell_apart_two_communes_of_one_province():
    twins = [r for r in COMMUNES if r["province"] == "quang-ngai" and fold(r["name"]) == "son ha"]
    assert {r["name"] for r in twins} == {"Sơn Hà", "Sơn Hạ"}
    for row in twins:
        assert resolve(f"UBND xã {row['name']}", "quang-ngai").agency_id == f"{row['id']}/uy-ban-nhan-dan"
    assert resolve("UBND xa Son Ha", "quang-ngai").reason.startswith("ambiguous: ")


def test_the_kind_word_must_match():
    """"phường An Tường" of Tuyên Quang is no "xã An Tường": a name the province lacks stays unresolved."""
    assert resolve("UBND xã An Tường", "tuyen-quang").agency_id is None
    assert resolve("UBND thị trấn Di Linh", "lam-dong").agency_id is None  # no thị trấn since 1 July 2025


@pytest.mark.parametrize("name, expected", [
    ("UBND các xã, phường", "lam-dong/uy-ban-nhan-dan-cap-xa"),
    ("Ủy ban nhân dân các xã, phường, đặc khu", "lam-dong/uy-ban-nhan-dan-cap-xa"),
    ("Công an cấp xã", "lam-dong/cong-an-cap-xa"),
])
def test_collective_phrases_stay_collective(name, expected):
    assert resolve(name, "lam-dong").agency_id == expected


def test_a_list_of_commune_bodies_gives_one_mention_each():
    mentions = resolve_all("UBND xã Di Linh và Công an xã Tân Lập", "lam-dong")
    assert [m.agency_id for m in mentions] == ["lam-dong.xa-di-linh/uy-ban-nhan-dan", "lam-dong.xa-tan-lap/cong-an"]


def _plan(province: dict[str, str], task_lines: list[str], prose: list[str]) -> str:
    return "\n".join(["ỦY BAN NHÂN DÂN", province["display"].upper(), "Số: 15/KH-UBND",
                      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                      f"{province['name']}, ngày 10 tháng 9 năm 2025", "KẾ HOẠCH", "Phòng, chống ma túy năm 2025",
                      "I. NHIỆM VỤ", "STT |", "Nội dung |", "Cơ quan chủ trì |", "Cơ quan phối hợp |", "Thời hạn |",
                      *task_lines, "II. TỔ CHỨC THỰC HIỆN", *prose]) + "\n"


@pytest.mark.parametrize("province_id", ["lam-dong", "tuyen-quang", "quang-ngai", "ha-noi", "an-giang"])
def test_a_plans_task_table_and_prose_name_commune_bodies_of_its_province(write_text, province_id):
    """Generated plans of five provinces: task rows whose lead and support cells name commune bodies in other
    spellings, and a duty given in prose; every name resolves to its commune of the plan's province."""
    from pipeline.run import process

    communes = [r for r in COMMUNES if r["province"] == province_id and r["id"] not in _folded_twins()][:4]
    forms = [("UBND", "uy-ban-nhan-dan"), ("Công an", "cong-an"), ("Ủy ban nhân dân", "uy-ban-nhan-dan"),
             ("Đảng ủy", "dang-uy")]
    rows, expected = [], {}
    for number, (commune, (lead, lead_slug), (support, support_slug)) in enumerate(
            zip(communes, forms, forms[1:] + forms[:1]), start=1):
        kind = commune["kind"] if number % 2 else commune["kind"].upper()
        lead_name, support_name = f"{lead} {kind} {commune['name']}", f"{support} {commune['kind']} {commune['name']}"
        rows += [f"{number} |", f"Rà soát địa bàn số {number} |", f"{lead_name} |", f"{support_name} |",
                 f"Quý {number}/2026 |"]
        expected[lead_name] = f"{commune['id']}/{lead_slug}"
        expected[support_name] = f"{commune['id']}/{support_slug}"
    first = communes[0]
    prose = [f"1. Giao Ủy ban nhân dân {first['kind']} {first['name']} chủ trì, phối hợp với Ban Chỉ huy Quân sự "
             f"{first['kind']} {first['name']} triển khai Kế hoạch này."]
    doc = process(write_text(_plan(PROVINCES[province_id], rows, prose)))
    named = {m.name: m.agency_id for t in doc.tasks for role in ("lead", "support") for m in getattr(t, role)}
    assert named == expected
    assigned = {a.agency.name: a.agency.agency_id for a in doc.assignments}
    assert assigned[f"Ủy ban nhân dân {first['kind']} {first['name']}"] == f"{first['id']}/uy-ban-nhan-dan"
    assert assigned[f"Ban Chỉ huy Quân sự {first['kind']} {first['name']}"] == f"{first['id']}/ban-chi-huy-quan-su"
    assert not [w for w in doc.warnings if w.code == "unresolved_agency"]


def test_a_plan_without_a_province_reports_a_shared_name_as_ambiguous(write_text):
    from pipeline.run import process

    text = _plan({"display": "", "name": "Hà Nội"}, ["1 |", "Rà soát |", "UBND xã Tân Lập |", "Công an xã Tân Lập |",
                                                    "Quý 1/2026 |"], [])
    text = text.replace("Hà Nội, ngày", "ngày").replace("ỦY BAN NHÂN DÂN\n\n", "")
    doc = process(write_text(text))
    assert doc.metadata.jurisdiction is None
    warnings = [w.message for w in doc.warnings if w.code == "unresolved_agency"]
    assert any("UBND xã Tân Lập" in w and "ambiguous" in w and "tỉnh Lâm Đồng" in w for w in warnings), warnings


def test_communes_are_read_only_when_a_name_may_be_a_communes_body(monkeypatch):
    """The registry's cache file holds no commune, and a document that names none never reads communes.csv."""
    reg = Registry()
    for index in registry_module.CACHED_INDEXES:
        getattr(reg, index)
    assert b"Di Linh" not in pickle.dumps(reg)
    for key in ("so noi vu", "uy ban nhan dan cap xa", "cong an xa", "bao hiem xa hoi"):
        assert reg.commune_body(key) is None
    assert "communes" not in vars(reg)
    assert reg.commune_body("uy ban nhan dan xa di linh")[1][0].id == "lam-dong.xa-di-linh"
    assert "communes" in vars(reg)


def test_no_commune_body_clashes_with_a_body_of_the_registry():
    """A "*xã" row's name is no name the registry already gives a meaning ("Công an xã" stays the collective)."""
    reg = registry()
    for commune in (next(r for r in COMMUNES if r["province"] == "lam-dong" and r["kind"] == kind) for kind in ("xã", "phường")):
        for row in reg.commune_bodies:
            mention = resolve(f"{row['name']} {commune['kind']} {commune['name']}", "lam-dong")
            # a body the commune's kind has not (a ward's Phòng Kinh tế: places.json commune_kind_bodies) is none of it
            has = reg.commune_has(row, key_of(commune["kind"]))
            assert mention.agency_id == (f"{commune['id']}/{slug(row['name'])}" if has else None)


@needs(REALDOCS2)
@pytest.mark.slow
@pytest.mark.skipif(os.environ.get("KEHOACH_SLOW") != "1", reason="read by OCR: set KEHOACH_SLOW=1 to check")
def test_the_communes_a_real_lam_dong_report_lists_are_lam_dongs():
    """127 (Công an tỉnh Lâm Đồng, December 2025, a scan read by OCR) lists communes and wards one a line ("Xã Tà
    Năng", "Phường Mũi Né"): as the body of its Ủy ban nhân dân, each resolves to a commune of Lâm Đồng, none of
    another province (the 15 such lines: 14 resolve, "Xã Bảo Lâm Ï" is OCR noise and stays unresolved)."""
    from pipeline.run import process

    doc = process(REALDOCS2 / "127_lamdong-cat-ttr511-bc420-qd-2025-matuy-multidoc.pdf")
    line = re.compile(r"^(Xã|Phường|Đặc khu)\s+([A-ZĐÀ-Ỹ][\w']*(?:\s+[A-ZĐÀ-Ỹ][\w']*){0,4})$")
    lines = [" ".join(text.split()) for top in doc.sections for section in top.walk()
             for text in f"{section.heading or ''}\n{section.text}".split("\n")]
    names = {text for text in lines if line.match(text)}
    resolved = [resolve(f"UBND {name[0].lower()}{name[1:]}", "lam-dong").agency_id for name in sorted(names)]
    assert len(names) >= 10
    assert all(agency is None or agency.startswith("lam-dong.") for agency in resolved)
    assert sum(agency is not None for agency in resolved) >= 0.9 * len(names)


def _commune_plan(heading: str, date: str, title: str, rows: list[tuple[str, str]]) -> str:
    lines = ["ỦY BAN NHÂN DÂN", heading.upper(), "Số: 35/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
             "Độc lập - Tự do - Hạnh phúc", date, "KẾ HOẠCH", title, "I. NHIỆM VỤ", "STT |", "Nội dung |",
             "Đơn vị chủ trì |", "Đơn vị phối hợp |", "Thời gian thực hiện |"]
    for number, (lead, support) in enumerate(rows, start=1):
        lines += [f"{number} |", f"Rà soát nhiệm vụ số {number} |", f"{lead} |", f"{support} |", "Quý I năm 2026 |"]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("commune_id", ["lao-cai.phuong-cam-duong", "lam-dong.xa-di-linh", "an-giang.dac-khu-phu-quoc",
                                        "ha-noi.phuong-hoan-kiem", "tuyen-quang.phuong-ha-giang-1"])
def test_a_communes_own_plan_names_its_bodies_without_its_name(write_text, commune_id):
    """A commune's own plan ("ỦY BAN NHÂN DÂN / PHƯỜNG CAM ĐƯỜNG"): the issuer is the commune's Ủy ban nhân dân, and
    "Công an phường", "Văn phòng HĐND và UBND", "Phòng Văn hóa - Xã hội" are its bodies; "UBND tỉnh" and "Sở Nội vụ"
    are still its province's."""
    from pipeline.run import process

    commune = next(r for r in COMMUNES if r["id"] == commune_id)
    kind, province = commune["kind"], commune["province"]
    rows = [(f"Công an {kind}", "Văn phòng HĐND và UBND"), (f"Ban Chỉ huy Quân sự {kind}", "Phòng Văn hóa - Xã hội"),
            ("UBND tỉnh" if province != "ha-noi" else "UBND Thành phố", f"Đảng ủy {kind}"),
            ("Sở Nội vụ", f"Trung tâm Phục vụ hành chính công {kind}")]
    doc = process(write_text(_commune_plan(f"{kind} {commune['name']}", f"{commune['name']}, ngày 8 tháng 4 năm 2026",
                                           "Cải cách hành chính năm 2026", rows)))
    assert doc.metadata.jurisdiction == commune_id
    assert doc.metadata.issuer.agency.agency_id == f"{commune_id}/uy-ban-nhan-dan"
    named = {m.name: m.agency_id for t in doc.tasks for role in ("lead", "support") for m in getattr(t, role)}
    assert named == {f"Công an {kind}": f"{commune_id}/cong-an",
                     "Văn phòng HĐND và UBND": f"{commune_id}/van-phong-hoi-dong-nhan-dan-va-uy-ban-nhan-dan",
                     f"Ban Chỉ huy Quân sự {kind}": f"{commune_id}/ban-chi-huy-quan-su",
                     "Phòng Văn hóa - Xã hội": f"{commune_id}/phong-van-hoa-xa-hoi",
                     rows[2][0]: f"{province}/uy-ban-nhan-dan", f"Đảng ủy {kind}": f"{commune_id}/dang-uy",
                     "Sở Nội vụ": f"{province}/so-noi-vu",
                     f"Trung tâm Phục vụ hành chính công {kind}": f"{commune_id}/trung-tam-phuc-vu-hanh-chinh-cong"}


def test_a_communes_own_plan_with_a_shared_name_needs_its_province(write_text):
    from pipeline.run import process

    rows = [("Công an xã", "Văn phòng HĐND và UBND")]
    with_province = process(write_text(_commune_plan("xã Tân Lập", "Tân Lập, ngày 8 tháng 4 năm 2026",
                                                     "Phòng, chống ma túy trên địa bàn xã, tỉnh Quảng Trị", rows)))
    assert with_province.metadata.jurisdiction == "quang-tri.xa-tan-lap"
    assert with_province.tasks[0].lead[0].agency_id == "quang-tri.xa-tan-lap/cong-an"
    without = process(write_text(_commune_plan("xã Tân Lập", "Tân Lập, ngày 8 tháng 4 năm 2026",
                                               "Phòng, chống ma túy năm 2026", rows), name="other.txt"))
    assert without.metadata.jurisdiction is None
    assert without.tasks[0].lead[0].agency_id is None
    assert without.metadata.issuer.agency.reason.startswith("ambiguous: ")


def test_a_plan_issued_before_the_communes_existed_is_not_theirs(write_text):
    """"ỦY BAN NHÂN DÂN XÃ DI LINH" in 2024 was another commune (the communes of communes.csv date from 1 July 2025)."""
    from pipeline.run import process

    doc = process(write_text(_commune_plan("xã Di Linh", "Di Linh, ngày 8 tháng 4 năm 2024", "Cải cách hành chính",
                                           [("Công an xã", "Văn phòng HĐND và UBND")])))
    assert doc.metadata.issued_date == "2024-04-08"
    assert doc.metadata.jurisdiction is None or COMMUNE_ID_MARK not in doc.metadata.jurisdiction
    assert doc.tasks[0].lead[0].agency_id is None


def test_a_province_plan_older_than_the_communes_does_not_name_them(processed):
    """A plan of 2024 naming "UBND xã Tân Lập" names the Tân Lập of then, not the commune of 1 July 2025."""
    text = ("ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 15/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nLâm Đồng, ngày 10 tháng 9 năm {year}\nKẾ HOẠCH\nPhòng, chống ma túy\n"
            "I. NHIỆM VỤ\n1. Giao UBND xã Tân Lập chủ trì, phối hợp với Công an xã Tân Lập rà soát địa bàn.\n")
    new = processed(text.format(year=2025))
    assert {a.agency.agency_id for a in new.assignments} == {"lam-dong.xa-tan-lap/uy-ban-nhan-dan",
                                                             "lam-dong.xa-tan-lap/cong-an"}
    old = processed(text.format(year=2024))
    assert {a.agency.agency_id for a in old.assignments} == {None}
    assert all("older than the communes" in a.agency.reason for a in old.assignments)


def test_a_clerk_adds_a_commune_in_the_registry_folder(tmp_path):
    """communes.csv beside the database adds its rows to the package's, as the other registry files do."""
    from pipeline.stages.registry import use_user_folder

    folder = tmp_path / "registry"
    folder.mkdir()
    (folder / "communes.csv").write_text("id,name,kind,province,code\nlam-dong.xa-thu-nghiem,Thử Nghiệm,xã,lam-dong,"
                                         "99999\n", encoding="utf-8")
    assert resolve("UBND xã Thử Nghiệm", "lam-dong").agency_id is None
    use_user_folder(folder)
    try:
        assert resolve("UBND xã Thử Nghiệm", "lam-dong").agency_id == "lam-dong.xa-thu-nghiem/uy-ban-nhan-dan"
        assert resolve("UBND xã Di Linh", "lam-dong").agency_id == "lam-dong.xa-di-linh/uy-ban-nhan-dan"
    finally:
        use_user_folder(None)


def test_the_database_holds_the_commune_bodies_its_documents_name(tmp_path, db_target):
    """The registry makes a commune's body only when a name asks for it, so the registry's rows in the database lack
    them: the document's rows bring the bodies it names, written before the rows that refer to them (PostgreSQL checks
    each reference as the row is written; SQLite's check runs after the ingest)."""
    import sqlite3

    from conftest import open_database
    from pipeline.ingest import ingest

    communes = [r for r in COMMUNES if r["province"] == "lam-dong" and r["id"] not in _folded_twins()][:2]
    rows = []
    for number, commune in enumerate(communes, start=1):
        rows += [f"{number} |", f"Rà soát địa bàn số {number} |", f"UBND {commune['kind']} {commune['name']} |",
                 f"Công an {commune['kind']} {commune['name']} |", "Quý II/2026 |"]
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "plan.txt").write_text(_plan(PROVINCES["lam-dong"], rows, []), encoding="utf-8")
    (folder / "again.txt").write_text(_plan(PROVINCES["lam-dong"], rows[:5], []) + "Một dòng khác.\n", encoding="utf-8")
    report = ingest([folder], db_path=db_target, json_dir=tmp_path / "json", workers=1)
    assert report.ok and report.stored_documents == 2
    db = open_database(db_target)
    try:
        stored = {row[0]: row[1:] for row in db.execute(
            "SELECT id, canonical_name, jurisdiction_name FROM agencies WHERE id IN (SELECT agency_id FROM task_agencies)"
        ).fetchall()}
    finally:
        db.close()
    first = communes[0]
    assert set(stored) == {f"{c['id']}/{body}" for c in communes for body in ("uy-ban-nhan-dan", "cong-an")}
    assert stored[f"{first['id']}/uy-ban-nhan-dan"] == (f"Ủy ban nhân dân {first['kind']} {first['name']}", first["name"])
    if not str(db_target).startswith("postgres"):
        with sqlite3.connect(db_target) as conn:
            assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_a_communes_own_plan_names_its_mass_organisations_and_health_station(write_text):
    """In "ỦY BAN NHÂN DÂN / XÃ DI LINH"'s plan, "Trạm Y tế xã", "Hội Nông dân xã", "Đoàn Thanh niên" are its own."""
    from pipeline.run import process

    rows = [("Trạm Y tế xã", "Hội Nông dân xã"), ("Đoàn Thanh niên", "Hội Liên hiệp Phụ nữ xã"), ("Hội CCB xã", "Sở Y tế")]
    doc = process(write_text(_commune_plan("xã Di Linh", "Di Linh, ngày 8 tháng 4 năm 2026", "Chăm sóc sức khỏe", rows)))
    named = {m.name: m.agency_id for t in doc.tasks for role in ("lead", "support") for m in getattr(t, role)}
    commune = "lam-dong.xa-di-linh"
    assert named == {"Trạm Y tế xã": f"{commune}/tram-y-te", "Hội Nông dân xã": f"{commune}/hoi-nong-dan",
                     "Đoàn Thanh niên": f"{commune}/doan-thanh-nien-cong-san-ho-chi-minh",
                     "Hội Liên hiệp Phụ nữ xã": f"{commune}/hoi-lien-hiep-phu-nu",
                     "Hội CCB xã": f"{commune}/hoi-cuu-chien-binh", "Sở Y tế": "lam-dong/so-y-te"}


def _namesakes() -> list[dict[str, str]]:
    """The communes named as a province is, or was ("xã Hòa Bình" in Cà Mau, "phường Lào Cai" in Lào Cai)."""
    provinces = {fold(row["name"]) for row in PROVINCES.values()}
    return [r for r in COMMUNES if fold(r["name"]) in provinces]


@pytest.mark.parametrize("commune", _namesakes(), ids=lambda r: r["id"])
def test_a_commune_named_as_a_province_is_not_that_province(write_text, commune):
    """A commune's own plan prints its name in the heading and as its place ("ỦY BAN NHÂN DÂN / XÃ HÒA BÌNH",
    "Hòa Bình, ngày …"): it is that commune's, and its "UBND tỉnh" its own province's, or unknown where several
    communes share the name; never the province of that name (tỉnh Hòa Bình, which ended in 2025, for a commune of
    Cà Mau)."""
    from pipeline.run import process

    kind, name, province = commune["kind"], commune["name"], commune["province"]
    rows = [("UBND tỉnh", f"Công an {kind}")]
    doc = process(write_text(_commune_plan(f"{kind} {name}", f"{name}, ngày 8 tháng 4 năm 2026",
                                           f"Cải cách hành chính trên địa bàn {kind} {name} năm 2026", rows)))
    shared = sum(r["kind"] == kind and fold(r["name"]) == fold(name) for r in COMMUNES) > 1
    assert doc.metadata.jurisdiction == (None if shared else commune["id"])
    assert doc.tasks[0].lead[0].agency_id == (None if shared else f"{province}/uy-ban-nhan-dan")


def test_a_commune_named_as_a_province_is_found_by_its_province_printed_after(write_text):
    from pipeline.run import process

    doc = process(write_text(_commune_plan("xã Hòa Bình", "Hòa Bình, ngày 8 tháng 4 năm 2026",
                                           "Cải cách hành chính trên địa bàn xã, tỉnh Cà Mau", [("UBND tỉnh", "")])))
    assert doc.metadata.jurisdiction == "ca-mau.xa-hoa-binh"
    assert doc.tasks[0].lead[0].agency_id == "ca-mau/uy-ban-nhan-dan"


def test_an_older_commune_named_as_a_province_is_not_that_province(write_text):
    """In 2024 "XÃ THÁI BÌNH" was a commune of some province: which one, the document does not say."""
    from pipeline.run import process

    doc = process(write_text(_commune_plan("xã Thái Bình", "Thái Bình, ngày 8 tháng 4 năm 2024",
                                           "Cải cách hành chính", [("UBND tỉnh", "Công an xã")])))
    assert doc.metadata.jurisdiction is None
    assert doc.tasks[0].lead[0].agency_id is None


@pytest.mark.parametrize("heading, place", [("ỦY BAN NHÂN DÂN XÃ HÒA BÌNH", None), ("UBND phường Thái Bình", None),
                                            ("trên địa bàn đặc khu Lào Cai", None), ("UBND thị trấn Bắc Ninh", None),
                                            ("ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH", "hoa-binh"),
                                            ("UBND thị xã Hòa Bình", "hoa-binh"), ("phường Lào Cai, tỉnh Lào Cai", "lao-cai"),
                                            ("ỦY BAN NHÂN DÂN QUẬN BÌNH TÂN", "binh-tan"), ("Hòa Bình", "hoa-binh")])
def test_a_place_after_a_communes_unit_word_is_the_communes(heading, place):
    assert registry().place_named_in(heading) == place


def test_a_town_named_as_its_province_keeps_the_province(write_text):
    """"THỊ XÃ QUẢNG TRỊ" (a town of the province, before 2025) ends in "xã" but is no commune: its plan is the town's
    (districts.csv), inside the province, whose "UBND tỉnh" it names."""
    from pipeline.run import process

    doc = process(write_text(_commune_plan("thị xã Quảng Trị", "Quảng Trị, ngày 8 tháng 4 năm 2024", "Cải cách hành chính",
                                           [("UBND tỉnh", "Công an thị xã")])))
    assert doc.metadata.jurisdiction == "quang-tri.thi-xa-quang-tri"
    assert doc.tasks[0].lead[0].agency_id == "quang-tri/uy-ban-nhan-dan"
    assert doc.tasks[0].support[0].agency_id == "quang-tri.thi-xa-quang-tri/cong-an"
