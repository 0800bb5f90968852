"""Tasks given in prose (s61): a heading or a lead-in that names a lead and its partners gives each its role.

    1. Sở Nội vụ chủ trì; Sở Tư pháp phối hợp:
    - Rà soát quy chế quản lý văn bản; thời hạn: quý III/2026.

Before s61 both bodies led the items below (the heading was read as a bare list of bodies); a lead-in of two clauses
("… chủ trì; Sở Tư pháp phối hợp thực hiện các nhiệm vụ sau:") gave its items no lead. Now each body takes the role its
words give, as an agency cell's are read (agencies.agencies_by_role). The plans here are this file's own words.
"""

from __future__ import annotations

import pytest
from test_items_s56 import _doc, _tasks

from pipeline.stages.agencies import agencies_by_role
from test_items_s60 import ITEMS_BELOW

FORMS = ("text", "docx", "html")
BELOW = [("Rà soát quy chế quản lý văn bản", "2026-09-30"), ("Tổ chức tập huấn kỹ năng số", "2026-10-31")]

HEADINGS = [
    # (a heading or lead-in over items with fields, its leads and supports)
    ("1. Sở Nội vụ chủ trì; Sở Tư pháp phối hợp:", ["Sở Nội vụ"], ["Sở Tư pháp"]),
    ("1. Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp:", ["Sở Nội vụ"], ["Sở Tư pháp"]),
    ("1. Sở Nội vụ chủ trì; các sở, ngành phối hợp:", ["Sở Nội vụ"], ["các sở, ngành"]),
    ("1. Sở Nội vụ (chủ trì), Sở Tư pháp (phối hợp):", ["Sở Nội vụ"], ["Sở Tư pháp"]),
    ("1. Sở Nội vụ (cơ quan chủ trì), Sở Tư pháp (cơ quan phối hợp):", ["Sở Nội vụ"], ["Sở Tư pháp"]),
    ("a) Giao Sở Y tế chủ trì, Sở Tài chính và Công an tỉnh phối hợp:", ["Sở Y tế"], ["Sở Tài chính", "Công an tỉnh"]),
    ("1. Sở Nội vụ chủ trì; Sở Tư pháp phối hợp thực hiện các nhiệm vụ sau:", ["Sở Nội vụ"], ["Sở Tư pháp"]),
    ("1. Sở Nội vụ chủ trì; Sở Tư pháp, Sở Tài chính phối hợp thực hiện các nội dung sau:", ["Sở Nội vụ"],
     ["Sở Tư pháp", "Sở Tài chính"]),
]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("case", range(len(HEADINGS)))
def test_a_heading_of_a_lead_and_its_partners_gives_each_its_role(tmp_path, case, form):
    heading, leads, supports = HEADINGS[case]
    assert _tasks(_doc(tmp_path, heading + ITEMS_BELOW, form)) == [
        (content, leads, supports, deadline) for content, deadline in BELOW]


def _roles(doc) -> set[tuple]:
    return {(a.agency.name, a.role, a.deadline.end if a.deadline else None) for a in doc.assignments
            if a.section.startswith("sec_II__")}


@pytest.mark.parametrize("form", ("text", "docx"))
@pytest.mark.parametrize("heading", ["1. Sở Nội vụ chủ trì; Sở Tư pháp phối hợp:",
                                     "1. Sở Nội vụ (chủ trì), Sở Tư pháp (phối hợp):"])
def test_duties_under_such_a_heading_give_each_its_role(tmp_path, heading, form):
    """Duties with no fields under the heading: the assignments, too, give the partner its role."""
    doc = _doc(tmp_path, f"{heading}\n- Rà soát quy chế quản lý văn bản, hoàn thành trong quý III/2026.", form)
    assert _roles(doc) == {("Sở Nội vụ", "lead", "2026-09-30"), ("Sở Tư pháp", "support", "2026-09-30")}


def test_a_bare_list_of_bodies_leads_together(tmp_path):
    """Guard (passes on main): a heading that only lists bodies gives them all the lead."""
    tasks = _tasks(_doc(tmp_path, "1. Sở Nội vụ, Sở Tư pháp:" + ITEMS_BELOW))
    assert [task[1:3] for task in tasks] == [(["Sở Nội vụ", "Sở Tư pháp"], [])] * 2


def test_a_second_clause_of_a_guiding_body_is_no_partner_s(tmp_path):
    """Guard (passes on main): a clause after the ";" whose body guides others does not make the lead-in's bodies do
    the items: no lead (task_item_without_lead), never a wrong one."""
    tasks = _tasks(_doc(tmp_path, "1. Sở Nội vụ chủ trì; Sở Tư pháp hướng dẫn các xã thực hiện các nội dung sau:"
                        + ITEMS_BELOW))
    assert [task[1:3] for task in tasks] == [([], [])] * 2


# --- who does the work after the item's comma -------------------------------------------------------------------------

WORK = "Rà soát quy chế quản lý văn bản"
DOERS_AFTER_A_COMMA = [
    # (the item's words after "WORK, ", its leads and supports)
    ("Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp thực hiện; thời hạn: quý III/2026.", ["Sở Nội vụ"], ["Sở Tư pháp"]),
    ("Sở Nội vụ chủ trì, Sở Tư pháp phối hợp; thời gian hoàn thành: quý III/2026.", ["Sở Nội vụ"], ["Sở Tư pháp"]),
    ("Công an tỉnh chủ trì thực hiện; thời hạn: quý III/2026.", ["Công an tỉnh"], []),
]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("case", range(len(DOERS_AFTER_A_COMMA)))
def test_who_does_the_work_after_the_item_s_comma(tmp_path, case, form):
    words, leads, supports = DOERS_AFTER_A_COMMA[case]
    assert _tasks(_doc(tmp_path, f"1. {WORK}, {words}", form)) == [(WORK, leads, supports, "2026-09-30")]


@pytest.mark.parametrize("form", ("text", "docx"))
@pytest.mark.parametrize("deadline", ["thời hạn: quý III/2026", "hoàn thành trong quý III/2026"])
def test_a_duty_s_doers_and_deadline_after_commas(tmp_path, deadline, form):
    """No field after a ";": no task, the duty its doers and its deadline ("thời hạn:" after a comma is no field)."""
    doc = _doc(tmp_path, f"1. {WORK}, Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp thực hiện, {deadline}.", form)
    assert _roles(doc) == {("Sở Nội vụ", "lead", "2026-09-30"), ("Sở Tư pháp", "support", "2026-09-30")}


def test_a_body_after_a_comma_with_no_lead_s_word_leads_nothing(tmp_path):
    """Guard (passes on main): "…, Sở Nội vụ thực hiện" may be a clause of its own; no lead read, the warning."""
    assert _tasks(_doc(tmp_path, f"1. {WORK}, Sở Nội vụ thực hiện; thời hạn: quý III/2026.")) == [
        (f"{WORK}, Sở Nội vụ thực hiện", [], [], "2026-09-30")]


# --- partners in an item's words under a body's heading ---------------------------------------------------------------

@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("partners", ["Sở Tư pháp", "các sở, ngành liên quan"])
def test_partners_in_an_item_s_words_under_a_body_s_heading(tmp_path, partners, form):
    doc = _doc(tmp_path, f"b) Công an tỉnh:\n- {WORK}, phối hợp với {partners}; thời hạn: tháng 6/2026.", form)
    assert _tasks(doc) == [(f"{WORK}, phối hợp với {partners}", ["Công an tỉnh"], [partners], "2026-06-30")]


# --- a heading that names its lead, the text under it going on its duty -----------------------------------------------

HEADED = [
    # (the heading, the text under it, the bodies with role and deadline)
    (f"1. {WORK} (Sở Nội vụ chủ trì)", "Hoàn thành trong quý III/2026.", {("Sở Nội vụ", "lead", "2026-09-30")}),
    (f"1. {WORK} (Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp)", "Thời gian thực hiện trong quý III/2026.",
     {("Sở Nội vụ", "lead", "2026-09-30"), ("Sở Tư pháp", "support", "2026-09-30")}),
    (f"2. {WORK} (Giao Sở Y tế chủ trì)", "Phối hợp với Công an tỉnh thực hiện, hoàn thành trong tháng 5/2026.",
     {("Sở Y tế", "lead", "2026-05-31"), ("Công an tỉnh", "support", "2026-05-31")}),
]


@pytest.mark.parametrize("form", ("text", "docx"))
@pytest.mark.parametrize("case", range(len(HEADED)))
def test_the_text_under_a_heading_that_names_its_lead_goes_on_its_duty(tmp_path, case, form):
    heading, text, bodies = HEADED[case]
    assert _roles(_doc(tmp_path, f"{heading}\n{text}", form)) == bodies


def test_a_text_with_its_own_subject_is_a_duty_of_its_own(tmp_path):
    """Guard (passes on main): the text's own body does its duty; the heading's has no deadline of it."""
    doc = _doc(tmp_path, f"1. {WORK} (Sở Y tế chủ trì)\nCông an tỉnh bảo đảm an ninh trật tự; hoàn thành trong tháng "
                         "5/2026.")
    assert _roles(doc) == {("Sở Y tế", "lead", None), ("Công an tỉnh", "lead", "2026-05-31")}


def test_a_point_under_a_heading_that_names_its_lead_goes_on_its_duty(tmp_path):
    """Left by s61 (a strict xfail), read since s62 (tests/test_items_s62.py)."""
    doc = _doc(tmp_path, f"1. {WORK} (Sở Nội vụ chủ trì)\n- Phối hợp với Sở Tư pháp thực hiện, hoàn thành trong quý "
                         "III/2026.")
    assert _roles(doc) == {("Sở Nội vụ", "lead", "2026-09-30"), ("Sở Tư pháp", "support", "2026-09-30")}


@pytest.mark.parametrize("cell, role, expected", [
    ("Sở Nội vụ (cơ quan chủ trì); Sở Tư pháp", "implementer", {"lead": ["Sở Nội vụ"], "support": ["Sở Tư pháp"]}),
    ("Sở Tài chính (đơn vị phối hợp)", "lead", {"support": ["Sở Tài chính"]}),
    # guard (passes on main): a label with its colon in the bracket is a remark on the body
    ("Sở Nội vụ (đơn vị chủ trì: Phòng Văn thư)", "support", {"support": ["Sở Nội vụ (đơn vị chủ trì: Phòng Văn thư)"]}),
])
def test_a_role_mark_with_its_kind_word(cell, role, expected):
    """"(cơ quan chủ trì)", "(đơn vị phối hợp)" after a body mark its role as "(chủ trì)" does (task_tables.json
    role_mark_kinds), in a heading's list and in an agency cell alike."""
    assert agencies_by_role(cell, role) == expected


# --- review (s61): bodies the work names before the doers' comma -------------------------------------------------------

OBJECTS_BEFORE_THE_DOERS = [
    # an item whose work names bodies in a list before who leads it: which comma opens the doers is not known
    "1. Kiểm tra công tác cải cách hành chính tại các sở, ngành, UBND các huyện, Thanh tra tỉnh chủ trì thực hiện; "
    "thời hạn: quý III/2026.",
    "1. Tổ chức đoàn kiểm tra tại Sở Y tế, Sở Giáo dục và Đào tạo, Thanh tra tỉnh chủ trì, phối hợp với Sở Nội vụ thực "
    "hiện; thời hạn: quý III/2026.",
]


@pytest.mark.parametrize("form", ("text", "docx"))
@pytest.mark.parametrize("item", OBJECTS_BEFORE_THE_DOERS)
def test_bodies_the_work_names_before_the_doers_lead_nothing(tmp_path, item, form):
    """Review (s61): the work ends with bodies of its own and more than one comma opens bodies and the lead's word, so
    the work's bodies may be read as leads ("UBND các huyện" of "tại các sở, ngành, UBND các huyện, Thanh tra tỉnh chủ
    trì"): no lead read, the item's words kept whole (task_item_without_lead), never a wrong lead."""
    tasks = _tasks(_doc(tmp_path, item, form))
    assert [task[:3] for task in tasks] == [(item[3:].split(";")[0], [], [])]


def test_bodies_the_work_names_before_the_doers_lead_no_duty(tmp_path):
    """Review (s61): the same in a duty with no field: no assignment, rather than the work's objects as leads."""
    doc = _doc(tmp_path, "1. Kiểm tra công tác cải cách hành chính tại các sở, ngành, UBND các huyện, Thanh tra tỉnh chủ "
                         "trì thực hiện, hoàn thành trong quý III/2026.")
    assert ("UBND các huyện", "lead", "2026-09-30") not in _roles(doc)


def test_one_comma_before_a_lead_and_its_partner_s_clause(tmp_path):
    """Review (s61): a later comma that opens a partner's clause only is no second reading: the lead is read."""
    doc = _doc(tmp_path, f"1. {WORK}, Sở Nội vụ chủ trì, Sở Tư pháp, Sở Tài chính phối hợp; thời hạn: quý III/2026.")
    assert _tasks(doc) == [(WORK, ["Sở Nội vụ"], ["Sở Tư pháp", "Sở Tài chính"], "2026-09-30")]


def test_two_leads_after_the_comma_of_a_work_that_names_no_body(tmp_path):
    """Review (s61): the work names no body before the comma: the bodies after it lead together."""
    doc = _doc(tmp_path, f"1. {WORK}, Sở Nội vụ, Sở Tư pháp chủ trì thực hiện; thời hạn: quý III/2026.")
    assert _tasks(doc) == [(WORK, ["Sở Nội vụ", "Sở Tư pháp"], [], "2026-09-30")]


# --- left (s61 review): wrong values on main and the branch alike ------------------------------------------------------

def test_a_collective_bound_to_support_in_a_lead_in_leads_nothing(tmp_path):
    """Left by the s61 review (a strict xfail), read since s62 (tests/test_items_s62.py)."""
    doc = _doc(tmp_path, "1. Sở Nội vụ chủ trì thực hiện; các sở, ngành có trách nhiệm phối hợp thực hiện các nội dung "
                         "sau:" + ITEMS_BELOW)
    assert ("các sở, ngành", "lead") not in {(a.agency.name, a.role) for a in doc.assignments}


def test_a_deadline_s_field_in_a_heading_of_bodies_is_no_body(tmp_path):
    """Left by the s61 review (a strict xfail), read since s62 (tests/test_items_s62.py)."""
    doc = _doc(tmp_path, "1. Sở Nội vụ chủ trì; Sở Tư pháp phối hợp; thời hạn: quý III/2026:\n- Rà soát quy chế quản "
                         "lý văn bản.")
    assert not [a for a in doc.assignments if "thời hạn" in a.agency.name]
