"""s41 review of task tables, on small tables of our own wordings.

What was wrong on s41-lead (each test fails there unless it says it is a guard):
- finding 5: a dashed line alone in its row was joined to the task above wherever it printed: a group's heading
  ("- Lĩnh vực giáo dục, đào tạo:") vanished into the task above; a real table's row (HTML: rows are real rows) was
  merged into the task above; an item under a dashed item with its own cells was merged into that item. Now only a
  copy's dashed line, no heading, under a task that is no dashed item of its own, goes on the task above;
- finding 6: under a title naming the lead in words ("Nhiệm vụ do Ủy ban nhân dân tỉnh chủ trì"), a copy's one body cell
  naming that body another way ("UBND tỉnh") was made the support of the same body; now it stays the lead;
- finding 4: role words under the performers' bodies ("Đơn vị thực hiện / Sở Y tế": "Chủ trì", "Thực hiện") were
  read as bodies, and "x" there dropped the body; now they give the role, else the body is an implementer.
"""

from __future__ import annotations

import pytest

from pipeline.run import process
from pipeline.text import fold
from test_copied_task_rows_s41 import _ORDERS, _PARTS, _TASKS, _TIMES, _read
from test_eighteenth_bed import _HEAD, _write

_FORMS = ["html", "one cell a line", "pipe", "markdown", "tabs"]
_COPIES = ["one cell a line", "pipe", "markdown", "tabs"]
_HEADINGS = ("- Lĩnh vực giáo dục, đào tạo:", "+ Nhóm nhiệm vụ về y tế:", "- Lĩnh vực văn hóa, thể thao và du lịch :")


# -- Finding 5: dashed lines alone in their rows -----------------------------------------------------------------------

@pytest.mark.parametrize("heading", _HEADINGS)
@pytest.mark.parametrize("form", _FORMS)
def test_a_dashed_heading_under_a_task_is_no_part_of_it(tmp_path, heading, form):
    header = _ORDERS["bodies then time"]
    rows = [("1", "Rà soát quy trình khám chữa bệnh", "Sở Y tế", "", "Quý III/2026"), ("", heading, "", "", ""),
            ("2", _TASKS[1], "Sở Tư pháp", "", _TIMES[1]), ("3", _TASKS[2], "Sở Tài chính", "Sở Nội vụ", _TIMES[2])]
    doc = _read(tmp_path, header, rows, form)
    assert doc.tasks[0].content == "Rà soát quy trình khám chữa bệnh"
    assert not any(heading.strip("-+ :") in t.content for t in doc.tasks)


@pytest.mark.parametrize("parts", [1, 2])
def test_a_real_tables_dashed_row_is_a_row_of_its_own(tmp_path, parts):
    """In an HTML table a row is a real row: the line is not joined to the task above."""
    header = _ORDERS["bodies then time"]
    rows = [("1", f"{_TASKS[0]}, gồm:", "Sở Nội vụ", "Sở Tư pháp", _TIMES[0]),
            *[("", f"- {p}", "", "", "") for p in _PARTS[:parts]], ("2", _TASKS[1], "Sở Tư pháp", "", _TIMES[1])]
    doc = _read(tmp_path, header, rows, "html")
    assert doc.tasks[0].content == f"{_TASKS[0]}, gồm:"


_ITEMS = (("- Tổ chức tuyên truyền trên các phương tiện thông tin đại chúng", "Sở Văn hóa, Thể thao và Du lịch"),
          ("+ Tập huấn cho cán bộ làm công tác văn hóa cơ sở", "Sở Nội vụ"))


@pytest.mark.parametrize("item", _ITEMS)
@pytest.mark.parametrize("line", ["- In tờ gấp phát cho người dân", "• Phát hành sổ tay hỏi đáp"])
@pytest.mark.parametrize("form", _FORMS)
def test_a_line_under_a_dashed_item_is_no_part_of_it(tmp_path, item, line, form):
    """An unnumbered dashed item with its own lead, then a dashed line alone: items of a list, not one task."""
    header = _ORDERS["bodies then time"]
    rows = [("1", _TASKS[0], "Sở Nội vụ", "", _TIMES[0]), ("", item[0], item[1], "", _TIMES[2]), ("", line, "", "", ""),
            ("2", _TASKS[1], "Sở Tư pháp", "", _TIMES[1])]
    doc = _read(tmp_path, header, rows, form)
    item_task = next(t for t in doc.tasks if item[0][2:] in t.content)
    assert line[2:] not in item_task.content


@pytest.mark.parametrize("form", _COPIES)
def test_a_copys_dashed_part_still_goes_on_its_task(tmp_path, form):
    """Guard: a copy's dashed lines (no heading) under a numbered task still go on it."""
    header = _ORDERS["bodies then time"]
    rows = [("1", f"{_TASKS[0]}, gồm:", "Sở Nội vụ", "Sở Tư pháp", _TIMES[0]), ("", f"- {_PARTS[0]}", "", "", ""),
            ("", f"- {_PARTS[1]}", "", "", ""), ("2", _TASKS[1], "Sở Tư pháp", "", _TIMES[1])]
    doc = process(_write(tmp_path, header, rows, form))
    assert doc.tasks[0].content.split("\n") == [f"{_TASKS[0]}, gồm:", f"- {_PARTS[0]}", f"- {_PARTS[1]}"]


# -- Finding 6: a row's body cell naming the worded lead of its group another way ------------------------------------

_SAME = (("Nhiệm vụ do Ủy ban nhân dân tỉnh chủ trì", "UBND tỉnh"),
         ("Nhiệm vụ giao Sở Thông tin và Truyền thông chủ trì", "Sở TT&TT"),
         ("Nhiệm vụ do Sở Nội vụ chủ trì", "Sở Nội vụ tỉnh"),
         ("Nhiệm vụ do UBND tỉnh chủ trì", "Ủy ban nhân dân tỉnh"),
         ("NHIỆM VỤ GIAO SỞ TƯ PHÁP CHỦ TRÌ", "Sở Tư pháp tỉnh"))


@pytest.mark.parametrize(("title", "printed"), _SAME)
def test_the_groups_own_body_printed_another_way_stays_the_lead(tmp_path, title, printed):
    """A copy dropping empty cells: the one body cell names the title's body in other words: it leads, no support."""
    header = _ORDERS["bodies then time"]
    rows = [("I", title, "", "", ""), ("1", _TASKS[0], printed, "", _TIMES[0]),
            ("2", _TASKS[1], "", "Sở Y tế", _TIMES[1])]
    doc = _read(tmp_path, header, rows, "dropped")
    assert [m.name for m in doc.tasks[0].lead] == [printed]
    assert doc.tasks[0].support == []
    assert [m.name for m in doc.tasks[1].support] == ["Sở Y tế"]


@pytest.mark.parametrize(("title", "printed"), [("Nhiệm vụ do Ủy ban nhân dân tỉnh chủ trì", "UBND huyện"),
                                                ("Nhiệm vụ do Sở Nội vụ chủ trì", "Sở Tài chính")])
def test_another_body_under_a_worded_lead_is_the_support(tmp_path, title, printed):
    """Guard: a body cell naming another body (another level too) is the support; the title's body leads."""
    header = _ORDERS["bodies then time"]
    rows = [("I", title, "", "", ""), ("1", _TASKS[0], printed, "", _TIMES[0]),
            ("2", _TASKS[1], "", "Sở Y tế", _TIMES[1])]
    doc = _read(tmp_path, header, rows, "dropped")
    assert [m.name for m in doc.tasks[0].support] == [printed]
    assert doc.tasks[0].lead and fold(doc.tasks[0].lead[0].name) != fold(printed)


# -- Finding 4: role words under the performers' bodies ------------------------------------------------------------

def _performers(tmp_path, marks, bodies=("Sở Y tế", "Sở Tài chính"), parent="Đơn vị thực hiện"):
    """An HTML table whose bodies' columns stand under a parent naming the performers; a row's cells say each role."""
    head = (f"<tr><td rowspan='2'>STT</td><td rowspan='2'>Nội dung</td><td colspan='{len(bodies)}'>{parent}</td>"
            "<td rowspan='2'>Thời gian</td></tr><tr>" + "".join(f"<td>{b}</td>" for b in bodies) + "</tr>")
    rows = "".join(f"<tr><td>{i + 1}</td><td>{_TASKS[i]}</td>" + "".join(f"<td>{m}</td>" for m in row)
                   + f"<td>{_TIMES[i]}</td></tr>" for i, row in enumerate(marks))
    path = tmp_path / "plan.html"
    path.write_text("<html><body>" + "".join(f"<p>{line}</p>" for line in _HEAD) + f"<table border='1'>{head}{rows}"
                    "</table><p>Nơi nhận:</p><p>- Lưu: VT.</p></body></html>", encoding="utf-8")
    return process(path)


def _roles(doc):
    return [([m.name for m in t.lead], [m.name for m in t.support], [m.name for m in t.implementer]) for t in doc.tasks]


@pytest.mark.parametrize(("parent", "bodies"), [("Đơn vị thực hiện", ("Sở Y tế", "Sở Tài chính")),
                                                ("Cơ quan thực hiện", ("Công an tỉnh", "Sở Nội vụ"))])
def test_role_words_under_the_performers_give_the_bodies_roles(tmp_path, parent, bodies):
    one, two = bodies
    doc = _performers(tmp_path, [("Chủ trì", "Phối hợp thực hiện"), ("Đầu mối", "PH"), ("Thực hiện", "")], bodies, parent)
    assert _roles(doc) == [([one], [two], []), ([one], [two], []), ([], [], [one])]


@pytest.mark.parametrize("word", ["Triển khai", "Thực hiện"])
def test_a_role_word_that_names_no_role_makes_an_implementer_never_a_body(tmp_path, word):
    doc = _performers(tmp_path, [(word, "Chủ trì"), ("Chủ trì", word), ("Chủ trì", "")])
    assert _roles(doc) == [(["Sở Tài chính"], [], ["Sở Y tế"]), (["Sở Y tế"], [], ["Sở Tài chính"]), (["Sở Y tế"], [], [])]
    assert not any(m.name in (word, "Chủ trì") for t in doc.tasks for m in [*t.lead, *t.support, *t.implementer])


def test_x_under_the_performers_makes_implementers(tmp_path):
    doc = _performers(tmp_path, [("x", "x"), ("x", ""), ("", "x")])
    assert _roles(doc) == [([], [], ["Sở Y tế", "Sở Tài chính"]), ([], [], ["Sở Y tế"]), ([], [], ["Sở Tài chính"])]
