"""Agency resolution: name variants to one entity, look-alike bodies kept apart, fuzzy matching with a threshold,
assignments read from prose, and the registry tables and report in the database."""

from __future__ import annotations

import csv
import sys

import pytest

from conftest import CORPUS, ROOT
from pipeline.stages.agencies import FUZZY_THRESHOLD, resolve, resolve_all
from pipeline.ingest import ingest
from pipeline.outputs.load import open_db
from pipeline.stages.registry import registry
from pipeline.run import process

sys.path.insert(0, str(ROOT / "scripts"))
from evaluate_agencies import measure, sample_files  # noqa: E402


@pytest.mark.parametrize(
    "name, place, expected, match",
    [
        ("Sở Thông tin và Truyền thông", "ha-noi", "ha-noi/so-thong-tin-va-truyen-thong", "exact"),
        ("Sở TT&TT", "ha-noi", "ha-noi/so-thong-tin-va-truyen-thong", "rule"),
        ("Sở TT-TT", "ha-noi", "ha-noi/so-thong-tin-va-truyen-thong", "rule"),
        ("SỞ TƯ PHÁP", "lam-dong", "lam-dong/so-tu-phap", "exact"),  # "TƯ" in capitals is a word here
        ("Sử Tư pháp", "ha-noi", "ha-noi/so-tu-phap", "fuzzy"),
        ("Vãn phòng UBND Thành phố", "ha-noi", "ha-noi/van-phong-uy-ban-nhan-dan", "rule"),
        ("Văn phòng UBNDTP", "ha-noi", "ha-noi/van-phong-uy-ban-nhan-dan", "rule"),
        ("UBNĐ các xã, phường", "lao-cai", "lao-cai/uy-ban-nhan-dan-cap-xa", "rule"),
        ("Sở GD&DT", "ha-noi", "ha-noi/so-giao-duc-va-dao-tao", "rule"),
        ("Sở Lao động, Thương binh và Xã hội", "ha-noi", "ha-noi/so-lao-dong-thuong-binh-va-xa-hoi", "rule"),
        ("Thanh tra TP", "ha-noi", "ha-noi/thanh-tra", "rule"),
        ("Thanh tra quận", "binh-tan", "binh-tan/thanh-tra", "rule"),
        ("Sở Nội vụ TP", "binh-tan", "ho-chi-minh/so-noi-vu", "rule"),  # a district's plan: the city's department
        ("Sở Nội vụ tỉnh Lào Cai", "ha-noi", "lao-cai/so-noi-vu", "rule"),  # the place printed wins
        ("Bộ Nội vụ", "lam-dong", "viet-nam/bo-noi-vu", "exact"),
        ("UBND các quận, huyện, thị xã", "ha-noi", "ha-noi/uy-ban-nhan-dan-cap-huyen", "rule"),
        ("Các sở, ban, ngành", "ha-noi", "ha-noi/cac-so-ban-nganh", "exact"),
        ("Sở Y tế (chính sách khám chữa bệnh)", "ha-noi", "ha-noi/so-y-te", "rule"),
    ],
)
def test_name_variants_resolve_to_one_entity(name, place, expected, match):
    mention = resolve(name, place)
    assert (mention.agency_id, mention.match, mention.name) == (expected, match, name)
    assert mention.canonical_name == registry().agencies[expected].canonical_name


@pytest.mark.parametrize(
    "first, second",
    [
        (("Sở Nội vụ", "ha-noi"), ("Sở Nội vụ", "lam-dong")),  # the same name in two provinces
        (("Văn phòng UBND", "ha-noi"), ("Văn phòng HĐND và UBND quận", "binh-tan")),
        (("Ủy ban Mặt trận Tổ quốc Việt Nam quận", "binh-tan"), ("Ủy ban Mặt trận Tổ quốc Việt Nam phường", "binh-tan")),
        (("UBND cấp huyện", "ha-noi"), ("UBND cấp xã", "ha-noi")),
        (("Sở Thông tin và Truyền thông", "ha-noi"), ("Sở Khoa học và Công nghệ", "ha-noi")),  # merged, still two
    ],
)
def test_look_alike_bodies_stay_apart(first, second):
    a, b = resolve(*first), resolve(*second)
    assert a.agency_id and b.agency_id and a.agency_id != b.agency_id


@pytest.mark.parametrize(
    "name, place",
    [
        ("Văn phòng HĐND", "ha-noi"),  # not Văn phòng UBND, however close the letters
        ("Sở Nội vụ", None),  # no jurisdiction: never the ministry "Bộ Nội vụ"
        ("Các quận, huyện, thị ủy và đoàn thể", "ha-noi"),
        ("Đỗ Mạnh Cường", "lao-cai"),  # a person
        ("Theo phân công tại Quyết định số 1441/QĐ-UBND", "lam-dong"),
    ],
)
def test_unknown_names_stay_unresolved_with_a_reason(name, place):
    mention = resolve(name, place)
    assert mention.agency_id is None and mention.match == "unresolved" and mention.reason


def test_fuzzy_threshold():
    close = resolve("Sở Tư phạp", "ha-noi")  # one letter's mark: the fold makes it exact
    assert close.match == "exact"
    typo = resolve("Sở Tư phap Thành phô", "ha-noi")
    assert typo.agency_id == "ha-noi/so-tu-phap"
    near = resolve("Sử Tư pháp", "ha-noi")
    assert near.match == "fuzzy" and FUZZY_THRESHOLD <= near.score < 100
    far = resolve("Sử Tư phẩm", "ha-noi")  # two letters off in a short name: below the threshold
    assert far.match == "unresolved" and far.score is not None and far.score < FUZZY_THRESHOLD
    assert "closest" in far.reason


@pytest.mark.parametrize("printed", ["Sở Nội vụ Văn phòng UBND Thành phố", "Sở Nội vụ  Văn phòng UBND Thành phố",
                                     "Sở Nội vụ - Văn phòng UBND Thành phố"])
def test_two_bodies_printed_as_one_are_split(printed):
    mentions = resolve_all(printed, "ha-noi")
    assert [m.agency_id for m in mentions] == ["ha-noi/so-noi-vu", "ha-noi/van-phong-uy-ban-nhan-dan"]
    assert [m.name for m in mentions] == ["Sở Nội vụ", "Văn phòng UBND Thành phố"]


def test_registry_is_consistent():
    reg = registry()
    for jurisdiction, keys in reg.keys.items():
        clashes = {key: ids for key, ids in keys.items() if len(ids) > 1}
        assert not clashes, f"{jurisdiction}: two bodies share a name: {clashes}"
    for succession in reg.successions:
        assert succession.predecessor in reg.agencies and succession.legal_basis
        assert succession.successor is None or succession.successor in reg.agencies
    assert any(s.predecessor == "lam-dong/so-thong-tin-va-truyen-thong" and s.successor == "lam-dong/so-khoa-hoc-va-cong-nghe"
               for s in reg.successions)


def test_resolution_accuracy_on_the_hand_checked_list():
    """At least 98% right and no wrong merge (``scripts/evaluate_agencies.py`` prints the same figures)."""
    result = measure(sample_files())
    assert result["counts"]["checked"] >= 150
    assert result["counts"]["wrong merge"] == 0, result["errors"]
    assert result["accuracy"] >= 0.98, result["errors"]


def _assignments(name):
    doc = process(CORPUS / name)
    return {(a.section, a.role, a.agency.agency_id) for a in doc.assignments}


def test_assignments_of_sample_002():
    """III. TỔ CHỨC THỰC HIỆN of sample 002, read by hand (lines 309-371)."""
    found = {a for a in _assignments("002_4eef9a9c1980f483.txt") if a[0].startswith("sec_III")}
    assert found == {
        ("sec_III__item_1__dash_1", "lead", "binh-tan/cac-co-quan-chuyen-mon-don-vi-su-nghiep"),
        ("sec_III__item_1__dash_1", "lead", "binh-tan/uy-ban-nhan-dan-cap-xa"),
        ("sec_III__item_1__dash_2", "lead", "binh-tan/cac-co-quan-chuyen-mon-don-vi-su-nghiep"),
        ("sec_III__item_1__dash_2", "lead", "binh-tan/uy-ban-nhan-dan-cap-xa"),
        ("sec_III__item_2", "lead", "binh-tan/van-phong-hoi-dong-nhan-dan-va-uy-ban-nhan-dan"),
        ("sec_III__item_3__dash_1", "lead", "binh-tan/phong-noi-vu"),
        ("sec_III__item_3__dash_1", "support", "binh-tan/cac-co-quan-don-vi-lien-quan"),
        ("sec_III__item_3__dash_2", "lead", "binh-tan/phong-noi-vu"),
        ("sec_III__item_3__dash_3", "lead", "binh-tan/phong-noi-vu"),
        ("sec_III__item_3__dash_3", "support", "ho-chi-minh/mat-tran-to-quoc-va-cac-to-chuc-chinh-tri-xa-hoi"),
        ("sec_III__item_4", "lead", "binh-tan/phong-tu-phap"),
        ("sec_III__item_5__dash_1", "lead", "binh-tan/phong-van-hoa-va-thong-tin"),
        ("sec_III__item_5__dash_1", "support", "binh-tan/trung-tam-van-hoa-the-duc-the-thao"),
        ("sec_III__item_5__dash_2", "lead", "binh-tan/phong-van-hoa-va-thong-tin"),
        ("sec_III__item_6", "requested", "binh-tan/uy-ban-mat-tran-to-quoc-viet-nam"),
        ("sec_III__item_6", "support", "binh-tan/cac-co-quan-chuyen-mon"),
        ("sec_III__item_6", "support", "binh-tan/uy-ban-nhan-dan-cap-xa"),
    }


def test_assignments_of_sample_002_prose_tasks():
    """II.1, "- Phòng Tư pháp quận chủ trì phối hợp với Phòng Nội vụ quận …; Thanh tra quận phối hợp Ủy ban Mặt trận
    Tổ quốc Việt Nam quận …, Phòng Tài chính - Kế hoạch quận phối hợp với …" (lines 116-124): three duties."""
    found = {a[1:] for a in _assignments("002_4eef9a9c1980f483.txt") if a[0] == "sec_II__item_1__dash_11"}
    assert found == {("lead", "binh-tan/phong-tu-phap"), ("support", "binh-tan/phong-noi-vu"), ("lead", "binh-tan/thanh-tra"),
                     ("support", "binh-tan/uy-ban-mat-tran-to-quoc-viet-nam")}


def test_assignments_of_sample_004():
    """II.6 and III. TỔ CHỨC THỰC HIỆN of sample 004, read by hand (lines 18-29)."""
    assert _assignments("004_bb67436c3e8d90f2.txt") == {
        ("sec_II__item_6", "support", "ha-noi/ban-dan-van-tinh-uy"),
        ("sec_III__item_1", "lead", "ha-noi/cac-so-ban-nganh"),
        ("sec_III__item_1", "lead", "ha-noi/uy-ban-nhan-dan-cap-huyen"),
        ("sec_III__item_1", "lead", "ha-noi/cac-don-vi-su-nghiep-truc-thuoc-uy-ban-nhan-dan"),
        ("sec_III__item_2", "lead", "ha-noi/so-thong-tin-va-truyen-thong"),
        ("sec_III__item_2", "lead", "ha-noi/cac-co-quan-bao-chi"),
        ("sec_III__item_2", "lead", "ha-noi/cong-giao-tiep-dien-tu"),
        ("sec_III__item_2", "lead", "ha-noi/uy-ban-nhan-dan-cap-huyen"),
        ("sec_III__item_3", "lead", "ha-noi/phong-noi-chinh-thuoc-van-phong-uy-ban-nhan-dan"),
        ("sec_III__item_3", "lead", "ha-noi/so-noi-vu"),
        ("sec_III__item_3", "lead", "ha-noi/cac-co-quan-don-vi-dia-phuong"),
    }


def test_every_table_agency_of_the_samples_resolves_or_says_why():
    for path in sorted(CORPUS.glob("*.txt")):
        doc = process(path)
        for task in doc.tasks:
            for mention in task.lead + task.support:
                assert mention.agency_id or mention.reason, (path.name, task.id, mention.name)


def test_database_links_agencies_and_reports_unresolved(tmp_path):
    db_path = tmp_path / "plans.db"
    report = ingest([CORPUS], db_path=db_path, json_dir=tmp_path / "json", workers=1,
                    unresolved_path=tmp_path / "unresolved-agencies.csv")
    db = open_db(db_path)
    assert db["agencies"].count == len(registry().agencies)
    assert db.execute("SELECT count(*) FROM task_agencies a LEFT JOIN agencies g ON g.id = a.agency_id "
                      "WHERE a.agency_id IS NOT NULL AND g.id IS NULL").fetchone()[0] == 0
    # the README's per-agency query
    rows = db.execute("SELECT tasks FROM tasks_per_agency_year WHERE agency_id = 'ha-noi/so-noi-vu' AND role = 'lead' "
                      "AND year = '2025'").fetchall()
    direct = db.execute("SELECT count(*) FROM task_agencies a JOIN tasks t USING (document_id, task_id) "
                        "JOIN documents d ON d.id = a.document_id WHERE a.agency_id = 'ha-noi/so-noi-vu' AND a.role = 'lead' "
                        "AND COALESCE(substr(t.deadline_end, 1, 4), substr(d.issued_date, 1, 4)) = '2025'").fetchone()[0]
    assert rows and rows[0][0] == direct > 0
    current = db.execute("SELECT current_id FROM agency_current WHERE agency_id = 'ha-noi/so-thong-tin-va-truyen-thong'")
    assert current.fetchone()[0] == "ha-noi/so-khoa-hoc-va-cong-nghe"
    assert db["assignments"].count_where("agency_id = 'binh-tan/phong-noi-vu'") >= 3
    with (tmp_path / "unresolved-agencies.csv").open(encoding="utf-8-sig") as handle:
        listed = {row["name"]: int(row["occurrences"]) for row in csv.DictReader(handle)}
    assert listed and dict(report.unresolved_agencies) == listed
    # every kind of mention is reported: tasks, recipients, and an indicator's lead (001, Phụ lục 2)
    assert {"Các đơn vị trực thuộc Sở", "các Báo", "Cục thuế Thành phố khu vực I"} <= set(listed)


def _registry_with(monkeypatch, extra_rows):
    """A Registry built from the shipped files plus ``extra_rows`` of agencies.csv."""
    import pipeline.stages.registry as module

    shipped = module.csv_rows
    blank = dict.fromkeys(("kind", "level", "collective", "aliases", "canonical", "valid_from", "valid_until"), "")
    monkeypatch.setattr(module, "csv_rows", lambda name: shipped(name) + tuple({**blank, **row} for row in extra_rows)
                        if name == "agencies.csv" else shipped(name))
    return module.Registry()


def test_a_row_for_one_place_replaces_the_body_every_province_has(monkeypatch):
    reg = _registry_with(monkeypatch, [{"jurisdiction": "lam-dong", "name": "Sở Nội vụ", "kind": "Sở", "level": "tỉnh",
                                        "collective": "0", "aliases": "SNV Lâm Đồng"}])
    assert reg.agencies["lam-dong/so-noi-vu"].aliases == ("SNV Lâm Đồng",)
    assert reg.agencies["ha-noi/so-noi-vu"].aliases == ()


def test_a_body_listed_twice_for_one_place_is_refused(monkeypatch):
    row = {"jurisdiction": "ha-noi", "name": "Sở Du lịch", "kind": "Sở", "level": "tỉnh", "collective": "0"}
    with pytest.raises(ValueError, match="listed twice"):
        _registry_with(monkeypatch, [row])


@pytest.mark.parametrize("header, place, agency", [
    ("ỦY BAN NHÂN DÂN\nTỈNH KON TUM", "Kon Tum", "kon-tum/uy-ban-nhan-dan"),
    ("UBND TỈNH BÀ RỊA-VŨNG TÀU\nSỞ NỘI VỤ", "Bà Rịa", "ba-ria-vung-tau/so-noi-vu"),
    ("TỈNH ỦY HÀ GIANG", "Hà Giang", "ha-giang/tinh-uy"),
    ("ỦY BAN NHÂN DÂN\nTỈNH BẮC CẠN", "Bắc Kạn", "bac-kan/uy-ban-nhan-dan"),
])
def test_a_plan_of_a_province_merged_in_2025(processed, header, place, agency):
    """Plans issued before 1 July 2025 by one of the 29 provinces merged that day: the issuer and the bodies of its
    task table are that province's, which existed then (jurisdictions.csv), not unresolved and not the successor's."""
    doc = processed(f"{header}\nSố: 15/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                    f"{place}, ngày 10 tháng 3 năm 2024\nKẾ HOẠCH\nCải cách hành chính năm 2024\nI. NHIỆM VỤ\n"
                    "1. Sở Tư pháp chủ trì, phối hợp với Sở Tài chính rà soát thủ tục; hoàn thành trong tháng 6/2024.\n")
    assert doc.metadata.issuer.agency.agency_id == agency
    place_id = agency.split("/")[0]
    assert registry().jurisdictions[place_id].valid_until == "2025-06-30"
    assert resolve("Sở Tư pháp", place_id).agency_id == f"{place_id}/so-tu-phap"


@pytest.mark.parametrize("line", ["Như trên", "NHƯ TRÊN", "như trên (để thực hiện)", "Như Điều 3", "Như điều 4 (để t/h)",
                                  "Như khoản 2 Điều 1", "Như Mục II", "Như Phụ lục kèm theo", "NHƯ ĐIỀU 3"])
def test_recipients_that_point_back_to_the_text_are_not_bodies(line):
    # "Như Điều 3" names the addressees of Điều 3: reporting it as an unknown agency is noise for the clerk
    from pipeline.stages.agencies import is_recipient_body
    assert not is_recipient_body(line)


@pytest.mark.parametrize("line", ["Như Quỳnh Group", "Sở Nội vụ", "UBND các huyện, thị xã", "Nhà xuất bản Điều tra"])
def test_recipients_that_only_start_alike_are_still_bodies(line):
    from pipeline.stages.agencies import is_recipient_body
    assert is_recipient_body(line)


_PLAN = ("BỘ NỘI VỤ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 120/KH-BNV\n"
         "Hà Nội, ngày 10 tháng 1 năm 2026\nKẾ HOẠCH\nCải cách hành chính năm 2026\nI. MỤC ĐÍCH\n1. Nội dung.\n"
         "II. NHIỆM VỤ\n1. Cải cách thể chế\n{items}\nIII. TỔ CHỨC THỰC HIỆN\nCác đơn vị thực hiện nghiêm.\n")


@pytest.mark.parametrize("lead_label, support_label", [
    ("Cơ quan chủ trì", "Cơ quan phối hợp"), ("Đơn vị chủ trì", "Đơn vị phối hợp"), ("Chủ trì", "Phối hợp"),
    ("Cơ quan, đơn vị chủ trì thực hiện", "Cơ quan, đơn vị phối hợp thực hiện"), ("Đơn vị chịu trách nhiệm chính", "Phối hợp"),
    ("CƠ QUAN CHỦ TRÌ", "CƠ QUAN PHỐI HỢP")])
def test_task_items_with_labelled_fields_give_their_bodies(write_text, lead_label, support_label):
    """Ministries write tasks as items with a field to a line: "a) Rà soát …" / "- Cơ quan chủ trì: Vụ Pháp chế." …:
    each label of the vocabulary (assignments.json field_labels) gives the item task its lead and support; the item
    is a task, so its bodies are not listed again as assignments."""
    items = (f"a) Rà soát văn bản quy phạm pháp luật.\n- {lead_label}: Vụ Pháp chế.\n- {support_label}: Văn phòng Bộ, "
             f"Vụ Tổ chức cán bộ.\n- Thời gian hoàn thành: Quý II/2026.\nb) Công bố thủ tục hành chính. {lead_label}: "
             f"Văn phòng Bộ; {support_label.lower()}: các Cục; thời gian: trong năm 2026.")
    doc = process(write_text(_PLAN.format(items=items)))
    found = {(t.section, t.content, tuple(m.name for m in t.lead), tuple(m.name for m in t.support)) for t in doc.tasks}
    assert found == {
        ("sec_II__item_1__point_a", "Rà soát văn bản quy phạm pháp luật.", ("Vụ Pháp chế",),
         ("Văn phòng Bộ", "Vụ Tổ chức cán bộ")),
        ("sec_II__item_1__point_b", "Công bố thủ tục hành chính.", ("Văn phòng Bộ",), ("các Cục",)),
    }
    assert not [a for a in doc.assignments if a.section.startswith("sec_II__item_1__point")]


def test_a_body_that_leads_in_prose_is_no_labelled_field(write_text):
    """"Sở Nội vụ chủ trì: …" is a sentence whose subject leads, read as before, not a label."""
    items = "a) Sở Nội vụ chủ trì, phối hợp với Sở Tài chính tổ chức tập huấn; hoàn thành trong Quý II/2026."
    doc = process(write_text(_PLAN.format(items=items)))
    found = {(a.role, a.agency.name) for a in doc.assignments if a.section == "sec_II__item_1__point_a"}
    assert found == {("lead", "Sở Nội vụ"), ("support", "Sở Tài chính")}


# The typo rule as it was written before the keys were grouped by shape: every key of the place tested in turn. The
# grouped look-up must find exactly these keys, in this order (process.extract breaks ties by position).
def _reference_typo_candidates(core, reg, jurisdiction):
    from rapidfuzz import fuzz

    from pipeline.resources import json_data
    from pipeline.text import fold

    def could_be_typo(printed, key, check_head):
        words, other = printed.split(" "), key.split(" ")
        if len(words) != len(other) or (check_head and words[0] != other[0]):
            return False
        if [w for i, w in enumerate(words[:-1]) if words[i + 1] == "uy"] != [w for i, w in enumerate(other[:-1]) if other[i + 1] == "uy"]:
            return False  # "thi uy" is never a typo of "tinh uy": another Party committee
        # a unit's kind ("tinh", "thon") where a unit stands (after "cac", or closing the key after a known body) is
        # never a typo of another word, nor another word of it
        return all(a == b or fuzz.ratio(a, b) >= 50 and not a_unit(words, i) and not a_unit(other, i)
                   for i, (a, b) in enumerate(zip(words, other)))

    def a_unit(words, i):
        if i == 0 or words[i] not in units:
            return False
        return words[i - 1] in before_units or (i == len(words) - 1 and reg.knows_whole(" ".join(words[:i])))

    places = json_data("places.json")
    units = {fold(w) for w in (*places["unit_words"]["words"], *places["village_words"]["words"]) if " " not in w}
    before_units = {fold(w) for w in places["before_units"]["words"]}
    head = core.split(" ", 1)[0]
    return [k for k in reg.keys.get(jurisdiction, {}) if could_be_typo(core, k, head in reg.head_words)]


def test_typo_candidates_are_those_every_key_tested_in_turn_gives():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from pipeline.stages.agencies import typo_candidates
    from pipeline.stages.registry import registry

    reg = registry()
    places = sorted(reg.keys)
    keys = sorted(reg.all_keys)
    words = sorted({w for k in keys for w in k.split(" ")})

    @st.composite
    def typo(draw):  # a registry key with a letter changed, dropped or doubled
        key = draw(st.sampled_from(keys))
        i = draw(st.integers(0, len(key) - 1))
        change = draw(st.sampled_from(["change", "drop", "double"]))
        if change == "change":
            return key[:i] + draw(st.sampled_from("aeiouhnt ")) + key[i + 1:]
        return key[:i] + key[i + 1:] if change == "drop" else key[:i] + key[i] + key[i:]

    names = st.one_of(st.sampled_from(keys), typo(), st.lists(st.sampled_from(words), min_size=1, max_size=6).map(" ".join),
                      st.just(""))

    @settings(max_examples=400, deadline=None)
    @given(core=names, place=st.sampled_from(places))
    def check(core, place):
        assert typo_candidates(core, reg, place) == _reference_typo_candidates(core, reg, place)

    check()
