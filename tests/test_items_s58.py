"""Tasks given in prose (s58): items and their field lines marked with two glyphs of dash, fields run on after a dash
or a colon, a bracket that says its field's role again, labels in the plural and as clerks word them.

    • Rà soát quy chế quản lý dữ liệu             1. Rà soát quy chế … - Chủ trì: Sở Nội vụ; phối hợp: Sở Tư pháp.
    - Cơ quan chủ trì: Sở Nội vụ.                 2. Xây dựng kho dữ liệu: Sở Khoa học và Công nghệ chủ trì; …
    - Thời gian hoàn thành: Quý II/2026.

Before s58 the first gave one task (the part's heading) with both items' leads, the others no task or no lead. The
plans here are this file's own words.
"""

from __future__ import annotations

import pytest

from test_items_s56 import _doc, _part_two, _tasks

FORMS = ("text", "docx")
WORK = "Rà soát, hoàn thiện quy chế quản lý dữ liệu"
STORE = "Xây dựng kho dữ liệu dùng chung"
BODIES = "1. Trách nhiệm của các cơ quan, đơn vị\n"


def _two_items(item_mark: str, field_mark: str) -> str:
    return (f"{item_mark} {WORK}\n{field_mark} Cơ quan chủ trì: Sở Nội vụ.\n{field_mark} Cơ quan phối hợp: Sở Tư pháp.\n"
            f"{field_mark} Thời gian hoàn thành: Quý II/2026.\n{item_mark} {STORE}\n"
            f"{field_mark} Cơ quan chủ trì: Sở Khoa học và Công nghệ.\n{field_mark} Thời gian hoàn thành: tháng 10/2026.")


TWO_TASKS = [(WORK, ["Sở Nội vụ"], ["Sở Tư pháp"], "2026-06-30"),
             (STORE, ["Sở Khoa học và Công nghệ"], [], "2026-10-31")]


# --- 1. two glyphs of dash: the items' and their field lines' -------------------------------------------------------

@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(("item_mark", "field_mark"), [("•", "-"), ("•", "–"), ("-", "•"), ("+", "*")],
                         ids=["bullet_over_dash", "bullet_over_en_dash", "dash_over_bullet", "plus_over_star"])
def test_items_over_field_lines_of_another_glyph(tmp_path, item_mark, field_mark, form):
    """Main: the field lines were the items' siblings; one task, the part's heading, with both items' leads."""
    assert _tasks(_doc(tmp_path, _two_items(item_mark, field_mark), form)) == TWO_TASKS


def test_bullet_items_under_a_numbered_item(tmp_path):
    items = "1. Nhiệm vụ chuyển đổi số\n" + _two_items("•", "-")
    assert _tasks(_doc(tmp_path, items)) == TWO_TASKS


def _children(doc, heading_start: str) -> list[str]:
    def find(nodes):
        for node in nodes:
            if (node.heading or node.text or "").startswith(heading_start):
                return node
            if found := find(node.children):
                return found
        return None
    return [child.label for child in find(doc.sections).children]


@pytest.mark.parametrize("form", FORMS)
def test_a_duty_s_own_list_of_the_other_glyph_goes_under_it(tmp_path, form):
    """"- Chủ trì rà soát quy chế:" over "• …" lines, then "- Hướng dẫn …": the second dash is the first's sibling."""
    items = (BODIES + "a) Sở Nội vụ\n- Chủ trì rà soát các quy chế sau:\n• Quy chế quản lý dữ liệu;\n• Quy chế lưu trữ.\n"
             "- Hướng dẫn các đơn vị triển khai thực hiện.")
    doc = _doc(tmp_path, items, form)
    assert _children(doc, "Sở Nội vụ") == ["-", "-"]
    assert _children(doc, "Chủ trì rà soát") == ["•", "•"]


@pytest.mark.parametrize("form", FORMS)
def test_field_lines_of_both_glyphs_stay_the_item_s(tmp_path, form):
    """Guard (review, s58): one item's field lines typed with both glyphs ("- Cơ quan chủ trì: …" then "• Cơ quan
    phối hợp: …"): a field's line heads no list, so the other glyph after it is its sibling, as on main. The branch
    before its review nested it under the field line: the first task lost its lead, the second was no task."""
    items = (f"1. {WORK}\n- Cơ quan chủ trì: Sở Nội vụ.\n• Cơ quan phối hợp: Sở Tư pháp.\n- Thời gian hoàn thành: Quý "
             f"II/2026.\n2. {STORE}\n• Cơ quan chủ trì: Sở Khoa học và Công nghệ.\n- Thời gian hoàn thành: tháng 10/2026.")
    assert _tasks(_doc(tmp_path, items, form)) == TWO_TASKS


def test_hyphens_and_en_dashes_are_one_list(tmp_path):
    """Guard: "-" and "–" typed alike in one list stay siblings."""
    items = BODIES + "a) Sở Nội vụ\n- Rà soát quy chế quản lý dữ liệu.\n– Hướng dẫn các đơn vị triển khai.\n- Báo cáo UBND tỉnh."
    assert _children(_doc(tmp_path, items), "Sở Nội vụ") == ["-", "–", "-"]


# --- 2. fields run on after a dash, or after a colon that ends the work ----------------------------------------------

@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("item", [
    f"1. {WORK} - Chủ trì: Sở Nội vụ; phối hợp: Sở Tư pháp; thời gian: quý II/2026.",
    f"1. {WORK} – Cơ quan chủ trì: Sở Nội vụ; cơ quan phối hợp: Sở Tư pháp; thời hạn: Quý II/2026.",
    f"1. {WORK} - Cơ quan chủ trì: Sở Nội vụ, cơ quan phối hợp: Sở Tư pháp, thời gian hoàn thành: quý II/2026.",
    f"1. {WORK} - Chủ\ntrì: Sở Nội vụ; phối hợp: Sở Tư pháp; thời gian: quý II/2026.",
    f"1. {WORK} -\nChủ trì: Sở Nội vụ; phối hợp: Sở Tư pháp; thời gian: quý II/2026.",
], ids=["hyphen", "en_dash", "commas", "label_cut_by_a_line_break", "dash_ends_the_line"])
def test_fields_after_a_dash(tmp_path, item, form):
    assert _tasks(_doc(tmp_path, item, form)) == [(WORK, ["Sở Nội vụ"], ["Sở Tư pháp"], "2026-06-30")]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("item", [
    f"1. {WORK}: Sở Nội vụ chủ trì; Sở Tư pháp phối hợp; thời gian hoàn thành: quý II/2026.",
    f"1. {WORK}: Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp; thời hạn: quý II/2026.",
], ids=["two_clauses", "partner"])
def test_who_does_the_work_after_a_colon(tmp_path, item, form):
    """Main: the lead was lost (the work's words read before it) and the bodies' clause kept in the task's content."""
    assert _tasks(_doc(tmp_path, item, form)) == [(WORK, ["Sở Nội vụ"], ["Sở Tư pháp"], "2026-06-30")]


@pytest.mark.parametrize("form", FORMS)
def test_the_lead_after_a_colon_before_a_sentence_s_stop(tmp_path, form):
    """Review (s58): "…: Sở Nội vụ chủ trì thực hiện." over a field in a sentence of its own; main: no lead."""
    item = f"1. {WORK}: Sở Nội vụ chủ trì thực hiện. Thời hạn: quý II/2026."
    assert _tasks(_doc(tmp_path, item, form)) == [(WORK, ["Sở Nội vụ"], [], "2026-06-30")]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(("item", "content"), [
    ("1. Hoàn thiện hồ sơ Đề án, gửi xin ý kiến: Bộ Nội vụ thẩm định trước khi trình. Thời hạn: quý II/2026.",
     "Hoàn thiện hồ sơ Đề án, gửi xin ý kiến: Bộ Nội vụ thẩm định trước khi trình."),
    ("1. Rà soát các văn bản sau: Sở Tài chính ban hành năm 2020 về quản lý tài sản. Thời hạn hoàn thành: quý II/2026.",
     "Rà soát các văn bản sau: Sở Tài chính ban hành năm 2020 về quản lý tài sản."),
], ids=["body_s_own_work", "what_a_body_issued"])
def test_a_body_after_a_colon_doing_work_of_its_own_is_no_lead(tmp_path, item, content, form):
    """Guard (review, s58): after the work's colon a body that does work of its own (no lead's word after it) is no
    lead of the item: no lead and the whole sentence its content, as on main. The branch before its review made
    "Bộ Nội vụ" and "Sở Tài chính" the leads."""
    assert _tasks(_doc(tmp_path, item, form)) == [(content, [], [], "2026-06-30")]


@pytest.mark.parametrize(("text", "duties"), [
    ("1. Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với Sở Tư pháp rà soát quy chế.",
     {("Sở Lao động - Thương binh và Xã hội", "lead", None), ("Sở Tư pháp", "support", None)}),
    ("1. Tổng kết Đề án giai đoạn 2021 - 2025 (thời gian: quý II/2026).", set()),
], ids=["name_with_a_dash", "period_with_a_dash"])
def test_a_dash_with_no_label_after_it_starts_no_field(tmp_path, text, duties):
    """Guard: these give no task (no field after the dash), their duties as on main."""
    doc = _doc(tmp_path, text)
    assert _tasks(doc) == []
    assert _part_two(doc) == duties


@pytest.mark.parametrize("form", FORMS)
def test_a_role_after_a_body_s_name_and_a_dash_over_its_duty_is_no_field(tmp_path, form):
    """Guard (review, s58): "b) Sở Tư pháp - phối hợp: thẩm định …": the body's role, then its duty; no body follows
    the label, so no field (the branch before its review read the support "thẩm định dự thảo quy chế"), as on main."""
    items = BODIES + "a) Sở Nội vụ: chủ trì rà soát quy chế quản lý dữ liệu.\nb) Sở Tư pháp - phối hợp: thẩm định dự thảo quy chế."
    assert {(name, role) for name, role, _ in _part_two(_doc(tmp_path, items, form))} == {
        ("Sở Nội vụ", "lead"), ("Sở Tư pháp", "support")}


# --- 3. a bracket that says its field's role again -------------------------------------------------------------------

@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(("line", "lead", "support"), [
    ("- Cơ quan chủ trì: Sở Nội vụ (đơn vị đầu mối: Phòng Văn thư); cơ quan phối hợp: Sở Tư pháp.",
     ["Sở Nội vụ (đơn vị đầu mối: Phòng Văn thư)"], ["Sở Tư pháp"]),
    ("- Cơ quan chủ trì: Sở Nội vụ (đơn vị chủ trì: Phòng Văn thư); cơ quan phối hợp: Sở Tư pháp.",
     ["Sở Nội vụ (đơn vị chủ trì: Phòng Văn thư)"], ["Sở Tư pháp"]),
    ("- Chủ trì: Sở Nội vụ; phối hợp: Sở Tư pháp (đơn vị phối hợp: Phòng Pháp chế).",
     ["Sở Nội vụ"], ["Sở Tư pháp (đơn vị phối hợp: Phòng Pháp chế)"]),
], ids=["lead_focal", "lead", "support"])
def test_a_bracket_restating_its_field_s_role_is_a_remark(tmp_path, line, lead, support, form):
    """Main: the bracket was read as the item's bracket of fields (s56): the line the task's content, the unit its
    lead; or the support lost. The bracket's label divides no roles in the name either (no "Sở Nội vụ (đơn vị")."""
    assert _tasks(_doc(tmp_path, f"1. {WORK}\n{line}\n- Thời hạn: quý II/2026.", form)) == [
        (WORK, lead, support, "2026-06-30")]


# --- 4. labels in the plural and as clerks word them ----------------------------------------------------------------

@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(("lead", "support", "time"), [
    ("Đơn vị được giao chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"),
    ("Cơ quan được giao chủ trì", "Các cơ quan phối hợp", "Thời gian hoàn thành"),
    ("Đơn vị chủ trì tham mưu", "Các đơn vị phối hợp", "Thời gian hoàn thành"),
    ("Cơ quan chủ trì", "Các cơ quan, đơn vị phối hợp", "Thời gian hoàn thành dự kiến"),
], ids=["given_to_lead", "plural_support", "lead_advising", "expected_time"])
def test_labels_a_clerk_would_write(tmp_path, lead, support, time, form):
    items = (f"1. {WORK}\n- {lead}: Sở Nội vụ.\n- {support}: Sở Tư pháp.\n- {time}: Quý II/2026.\n"
             f"2. {STORE}\n- {lead}: Sở Khoa học và Công nghệ.\n- {time}: tháng 10/2026.")
    doc = _doc(tmp_path, items, form)
    assert _tasks(doc) == TWO_TASKS
    assert _part_two(doc) == set()  # no kind word ("Các cơ quan") as a body


@pytest.mark.parametrize("form", FORMS)
def test_a_plural_label_over_no_body_is_the_bodies_heading(tmp_path, form):
    """Guard (s57 review): "b) Các cơ quan, đơn vị phối hợp: chủ động thực hiện." is those bodies' duty, as on main;
    its words are no support's name."""
    items = BODIES + "a) Sở Nội vụ: chủ trì, hướng dẫn thực hiện.\nb) Các cơ quan, đơn vị phối hợp: chủ động thực hiện."
    doc = _doc(tmp_path, items, form)
    assert _tasks(doc) == []
    assert {(name, role) for name, role, _ in _part_two(doc)} == {("Sở Nội vụ", "lead"), ("Các cơ quan, đơn vị", "support")}


@pytest.mark.parametrize("form", FORMS)
def test_a_kind_word_alone_before_a_label_the_lists_lack_is_no_support(tmp_path, form):
    """"- Đơn vị phối hợp chính: Sở Tư pháp.": main gave the support "Đơn vị" (a duty's clause "<bodies> phối hợp")."""
    items = f"1. {WORK}\n- Cơ quan chủ trì: Sở Nội vụ.\n- Đơn vị phối hợp chính: Sở Tư pháp.\n- Thời hạn: quý II/2026."
    doc = _doc(tmp_path, items, form)
    assert "Đơn vị" not in {name for _, _, support, _ in _tasks(doc) for name in support} | {
        name for name, _, _ in _part_two(doc)}
    assert [task[1] for task in _tasks(doc)] == [["Sở Nội vụ"]]


# --- left by s58, read since s59 -------------------------------------------------------------------------------------

def test_hyphen_items_over_en_dash_field_lines(tmp_path):
    """Left by s58 (strict xfail), read since s59 (tests/test_items_s59.py)."""
    assert _tasks(_doc(tmp_path, _two_items("-", "–"))) == TWO_TASKS


def test_who_does_the_work_after_a_colon_in_a_duty(tmp_path):
    """Left by s58 (strict xfail), read since s59 (tests/test_items_s59.py)."""
    doc = _doc(tmp_path, f"1. {WORK}: Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp thực hiện, hoàn thành trong quý II/2026.")
    assert _part_two(doc) == {("Sở Nội vụ", "lead", "2026-06-30"), ("Sở Tư pháp", "support", "2026-06-30")}


@pytest.mark.parametrize("fields", [
    "- Chủ trì: Sở Nội vụ; phối hợp: Sở Tư pháp (thời gian: quý II/2026).",
    "- Cơ quan chủ trì: Sở Nội vụ (phối hợp: Sở Tư pháp).\n- Thời hạn: quý II/2026.",
], ids=["time_after_the_support", "support_after_the_lead"])
def test_a_bracket_of_another_role_inside_a_field(tmp_path, fields):
    """Left by s58 (strict xfail), read since s59: the bracket is the next field (tests/test_items_s59.py)."""
    assert _tasks(_doc(tmp_path, f"1. {WORK}\n{fields}")) == [(WORK, ["Sở Nội vụ"], ["Sở Tư pháp"], "2026-06-30")]


@pytest.mark.parametrize("mark", [" -", ";"], ids=["dash", "semicolon"])
def test_a_duty_s_deadline_field_under_a_body_s_heading(tmp_path, mark):
    """Left by s58 (strict xfail), read since s59 (tests/test_items_s59.py)."""
    items = BODIES + f"a) Sở Nội vụ\n- {WORK}{mark} thời hạn: quý II/2026;\n- Hướng dẫn các đơn vị triển khai thực hiện."
    doc = _doc(tmp_path, items)
    assert any(task[1:] == (["Sở Nội vụ"], [], "2026-06-30") for task in _tasks(doc)) \
        or ("Sở Nội vụ", "lead", "2026-06-30") in _part_two(doc)
