"""Word annexes as provinces publish them, read from the DOCX, the PDF printed from it and the HTML: the twenty-seventh
test bed (tests/task_layouts, layouts 188-199, --bed twenty_seventh), written blind; the marks' fault also on small
tables of our own wordings built here (the rules' needs LibreOffice's PDF: layouts 190-191).

What was wrong before (each test below fails without its fix, unless it says it is a guard):
- (layouts 190-191, PDF) a table ruled only round its header, all its rows in one band under it: where a group title
  ("Nhóm 1: Thể chế") runs from the number column into the task's, no gutter between the two was white on every line,
  so the number column was lost, the rows under the band not told apart and every task lost; on a page the table
  runs off, the header's two rules were the page's last (the rule under the last row is on a later page), too few for
  a table, and the page's rows were lost; on the next page, a row's rest the break carried over, over the first
  number, was read as part of that numbered row;
- a column per body under a parent naming the performers ("Đơn vị thực hiện" over "Sở Tài chính | Sở Nội vụ | …"),
  its cells "Chủ trì" or "Phối hợp" in words: read as implementer columns, so each task's lead was the mark's word
  ("Chủ trì", "Phối hợp"), a confident wrong value, and its support lost.
"""

from __future__ import annotations

import pytest

from pipeline.run import process
from task_layouts import build, evaluate, expected_of_layout, libreoffice
from task_layouts.layouts import BY_NAME, TWENTY_SEVENTH_BED

_FORMS = ("docx", "html") + (("pdf",) if libreoffice() else ())


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    return build(tmp_path_factory.mktemp("bed27"), [BY_NAME[name] for name in TWENTY_SEVENTH_BED], _FORMS)


@pytest.mark.parametrize("name,fmt", [(name, fmt) for name in TWENTY_SEVENTH_BED for fmt in _FORMS
                                      if fmt not in BY_NAME[name].skip])
def test_twenty_seventh_bed_keeps_every_task(printed, name, fmt):
    layout = BY_NAME[name]
    failures = evaluate(printed[name, fmt], expected_of_layout(layout), name, fmt).failures()
    assert not failures, "\n".join([layout.note, *failures])


_HEAD = ("<p>ỦY BAN NHÂN DÂN</p><p>TỈNH QUẢNG BÌNH</p><p>Số: 77/KH-UBND</p><p>Quảng Bình, ngày 2 tháng 6 năm 2026</p>"
         "<p>KẾ HOẠCH</p><p>Bảo đảm an toàn thực phẩm năm 2026</p><p>PHỤ LỤC</p>")


def _marked(tmp_path, parent: str, marks: tuple[str, str]):
    bodies = ("Sở Y tế", "Sở Công Thương", "Công an tỉnh")
    rows = [("1", "Kiểm tra cơ sở sản xuất thực phẩm", (0, 1)), ("2", "Tuyên truyền về an toàn thực phẩm", (1, 2)),
            ("3", "Xử lý vi phạm về an toàn thực phẩm", (2, None))]
    head = (f"<tr><td rowspan='2'>TT</td><td rowspan='2'>Nội dung</td><td colspan='3'>{parent}</td>"
            "<td rowspan='2'>Thời gian</td></tr><tr>" + "".join(f"<td>{b}</td>" for b in bodies) + "</tr>")
    body = "".join(f"<tr><td>{n}</td><td>{task}</td>" + "".join(
        f"<td>{marks[0] if k == lead else marks[1] if k == helper else ''}</td>" for k in range(3))
        + "<td>Quý III/2026</td></tr>" for n, task, (lead, helper) in rows)
    path = tmp_path / "plan.html"
    path.write_text(f"<html><body>{_HEAD}<table border='1'>{head}{body}</table><p>Nơi nhận:</p></body></html>",
                    encoding="utf-8")
    return [([m.name for m in t.lead], [m.name for m in t.support]) for t in process(path).tasks]


@pytest.mark.parametrize("parent", ["Đơn vị thực hiện", "Cơ quan, đơn vị thực hiện", "Trách nhiệm thực hiện"])
@pytest.mark.parametrize("marks", [("Chủ trì", "Phối hợp"), ("CT", "PH"), ("chủ trì", "tham gia")])
def test_marks_under_the_performers_give_each_body_its_role(tmp_path, parent, marks):
    assert _marked(tmp_path, parent, marks) == [(["Sở Y tế"], ["Sở Công Thương"]), (["Sở Công Thương"], ["Công an tỉnh"]),
                                                (["Công an tỉnh"], [])]


def test_marks_under_a_role_parent_still_take_its_role(tmp_path):
    """Guard: 'x' under 'Cơ quan phối hợp' gives each body the parent's role (the earlier rule)."""
    assert _marked(tmp_path, "Cơ quan phối hợp", ("x", "x"))[0][1] == ["Sở Y tế", "Sở Công Thương"]
