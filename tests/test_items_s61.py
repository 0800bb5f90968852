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
from test_items_s60 import ITEMS_BELOW

FORMS = ("text", "docx", "html")
BELOW = [("Rà soát quy chế quản lý văn bản", "2026-09-30"), ("Tổ chức tập huấn kỹ năng số", "2026-10-31")]

HEADINGS = [
    # (a heading or lead-in over items with fields, its leads and supports)
    ("1. Sở Nội vụ chủ trì; Sở Tư pháp phối hợp:", ["Sở Nội vụ"], ["Sở Tư pháp"]),
    ("1. Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp:", ["Sở Nội vụ"], ["Sở Tư pháp"]),
    ("1. Sở Nội vụ chủ trì; các sở, ngành phối hợp:", ["Sở Nội vụ"], ["các sở, ngành"]),
    ("1. Sở Nội vụ (chủ trì), Sở Tư pháp (phối hợp):", ["Sở Nội vụ"], ["Sở Tư pháp"]),
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
