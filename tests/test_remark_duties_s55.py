"""Duties whose bodies are named in the bracket that closes them, the work told first (pipeline/stages/assignments.py
``_closing_remark_bodies``), and field lines read once, by the task or by the duties (``_labelled_children``):

    1. Xây dựng đề án phát triển cảng cá (Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Tài chính; hoàn
       thành trong quý II/2026).

Before s55 such a duty gave no body at all (a task table's content cell was read so, agencies.lead_in_content, prose
was not); the lines of a task item's fields printed by letter ("a) Cơ quan chủ trì: …") were counted again as duties
whose text was the field's line, and bullets that were tasks of their own as duties of the heading over them. The
plans here are this file's own words.
"""

from __future__ import annotations

import pytest

from conftest import write_in_form
from pipeline.run import process
from pipeline.stages.assignments import duty_bodies
from test_item_tasks import _plan
from test_item_tasks_s55 import _items

def _in_part_two(assignment) -> bool:
    return assignment.section == "sec_II" or assignment.section.startswith("sec_II__")


PROVINCE = {"issuer": "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN", "code": "UBND", "place": "Nghệ An"}


@pytest.mark.parametrize(("remark", "expected"), [
    ("(Sở Nông nghiệp và Môi trường chủ trì)", {"lead": ["Sở Nông nghiệp và Môi trường"]}),
    ("(Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Tài chính; hoàn thành trong quý II/2026).",
     {"lead": ["Sở Nông nghiệp và Môi trường"], "support": ["Sở Tài chính"]}),
    ("(giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Tài chính thực hiện)",
     {"lead": ["Sở Nông nghiệp và Môi trường"], "support": ["Sở Tài chính"]}),
    ("(do Văn phòng UBND tỉnh chủ trì tham mưu).", {"lead": ["Văn phòng UBND tỉnh"]}),
    ("(UBND các xã, phường chủ trì thực hiện);", {"lead": ["UBND các xã, phường"]}),
    ("(Sở Nông nghiệp và Môi trường chủ trì, Sở Tài chính phối hợp)",
     {"lead": ["Sở Nông nghiệp và Môi trường"], "support": ["Sở Tài chính"]}),
], ids=["lead", "lead_support_time", "giao", "do", "collective", "support_after"])
def test_a_closing_bracket_names_the_duty_s_bodies(remark, expected):
    assert duty_bodies(f"Xây dựng đề án phát triển cảng cá {remark}") == expected


@pytest.mark.parametrize("remark", ["(đơn vị chủ trì)", "(Sở Nội vụ)", "(Sở Nội vụ phối hợp)", "(nếu có)",
                                    "(theo Kế hoạch số 12/KH-UBND ngày 5/3/2026)", "(Phụ lục kèm theo)",
                                    # Review (s55): what a body did, no lead of this work
                                    "(Bộ Tài chính ban hành tại Công văn số 12/BTC-NSNN)",
                                    "(UBND tỉnh đã phê duyệt tại Quyết định số 5/QĐ-UBND)",
                                    "(Công an tỉnh thực hiện thí điểm năm 2025)",
                                    "(Sở Nội vụ chủ trì hội nghị sơ kết năm 2024)"])
def test_a_bracket_that_gives_no_body_the_lead_names_no_one(remark):
    """A kind of body in small letters, a name told again, a partner alone, a condition, a reference: none leads."""
    assert duty_bodies(f"Rà soát quy chế phối hợp liên ngành {remark}.") == {}


@pytest.mark.parametrize("form", ["text", "docx"])
def test_duties_told_first_with_their_bodies_in_brackets(tmp_path, form):
    items = ("1. Xây dựng đề án phát triển cảng cá (Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Tài chính; "
             "hoàn thành trong quý II/2026).\n2. Tổ chức hội nghị xúc tiến đầu tư (Sở Tài chính chủ trì; thời gian: "
             "tháng 9/2026).\n3. Rà soát quy chế phối hợp liên ngành (nếu có).")
    doc = process(write_in_form(tmp_path, _plan(items, **PROVINCE).split("\n"), form))
    duties = {(a.agency.name, a.role, a.deadline.end if a.deadline else None) for a in doc.assignments
              if _in_part_two(a)}
    assert duties == {("Sở Nông nghiệp và Môi trường", "lead", "2026-06-30"), ("Sở Tài chính", "support", "2026-06-30"),
                      ("Sở Tài chính", "lead", "2026-09-30")}


@pytest.mark.parametrize("mark", [")", "*"])
def test_an_item_s_field_lines_are_the_task_s_not_duties_too(tmp_path, mark):
    doc = process(write_in_form(tmp_path, _plan(_items(mark)).split("\n"), "text"))
    assert len([t for t in doc.tasks if t.section]) == 2
    assert [a for a in doc.assignments if _in_part_two(a)] == []


def test_bullets_that_are_tasks_are_no_duties_of_the_heading_over_them(tmp_path):
    items = ("- Xây dựng đề án phát triển cảng cá. Cơ quan chủ trì: Sở Nông nghiệp và Môi trường; cơ quan phối hợp: "
             "Sở Tài chính; thời gian hoàn thành: Quý II/2026.\n- Tổ chức hội nghị xúc tiến đầu tư. Cơ quan chủ trì: "
             "Sở Tài chính; thời gian hoàn thành: tháng 9/2026.")
    doc = process(write_in_form(tmp_path, _plan(items, **PROVINCE).split("\n"), "text"))
    assert [[m.name for m in t.lead] for t in doc.tasks if t.section] == [["Sở Nông nghiệp và Môi trường"], ["Sở Tài chính"]]
    assert [(a.agency.name, a.duty) for a in doc.assignments if _in_part_two(a)] == []
