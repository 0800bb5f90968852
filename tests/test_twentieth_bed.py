"""Bodies' columns and cells the earlier beds lack: the twentieth test bed (tests/task_layouts, layouts 159+, --bed
twentieth), and each of its faults on small tables of our own wordings built here.

What was wrong before (each test below fails without its fix, unless it says it is a guard):
- a column that names bodies by a function that is neither lead nor support ("Cơ quan tổng hợp", "Cơ quan chủ quản",
  "Đơn vị đăng ký", "Đơn vị quản lý") named no column: in HTML and in tabbed or Markdown rows it was read by its cells,
  as the support where the table has no support column (a confident wrong value), and every text copy dropped it; where
  a support column stood beside it, it was dropped in every form. Now it is a note, kept in the task's note;
- a task with two note columns kept only the first ("Cơ quan tổng hợp" then "Ghi chú": the remark was lost): now
  each is kept, named by its column;
- one performer column ("Cơ quan thực hiện") whose lead is marked "chủ trì" with no brackets, the other bodies after
  it ("Sở Y tế chủ trì; Sở Tài chính, Công an tỉnh"): every body was read as a lead. Now the bodies after it support,
  as they do after "Sở Y tế (chủ trì)".
"""

from __future__ import annotations

import pytest

from pipeline.run import process
from task_layouts import text_form_failures
from task_layouts.layouts import BY_NAME, TWENTIETH_BED
from test_eighteenth_bed import _got, _write

_FORMS = ("html", "txt", "pipe.txt", "bar.txt", "tab.txt", "mdonce.txt")


@pytest.mark.parametrize("name,fmt", [(name, fmt) for name in TWENTIETH_BED for fmt in _FORMS
                                      if fmt not in BY_NAME[name].skip])
def test_twentieth_bed_keeps_every_task(tmp_path, name, fmt):
    failures = text_form_failures(tmp_path, name, fmt)
    assert not failures, "\n".join(failures)


# -- A column of bodies with no part in the task -----------------------------------------------------------------------

_BODIES = ("Cơ quan tổng hợp", "Cơ quan chủ quản", "Đơn vị đăng ký", "Đơn vị quản lý")
_ALL_FORMS = ("html", "one cell a line", "pipe", "markdown", "tabs")
_TWO = [("1", "Rà soát quy trình nội bộ", "Sở Nội vụ", "Văn phòng UBND tỉnh", "Quý II/2026"),
        ("2", "Kiểm tra công vụ", "Sở Tài chính", "Sở Tư pháp", "Quý III/2026")]


def _lead_support_note(doc) -> list[tuple]:
    return [([m.name for m in t.lead], [m.name for m in t.support], t.note) for t in doc.tasks]


@pytest.mark.parametrize("name", _BODIES)
@pytest.mark.parametrize("form", _ALL_FORMS)
def test_a_body_column_with_no_role_is_a_note_not_the_support(tmp_path, name, form):
    header = ("STT", "Nội dung công việc", "Cơ quan chủ trì", name, "Thời gian hoàn thành")
    got = _lead_support_note(process(_write(tmp_path, header, _TWO, form)))
    assert got == [(["Sở Nội vụ"], [], "Văn phòng UBND tỉnh"), (["Sở Tài chính"], [], "Sở Tư pháp")]


@pytest.mark.parametrize("name", _BODIES)
@pytest.mark.parametrize("form", ("html", "one cell a line", "tabs"))
def test_a_body_column_with_no_role_before_the_lead_is_no_lead(tmp_path, name, form):
    header = ("STT", "Tên nhiệm vụ", name, "Đơn vị chủ trì", "Thời gian thực hiện")
    rows = [(number, task, other, lead, time) for number, task, lead, other, time in _TWO]
    got = _lead_support_note(process(_write(tmp_path, header, rows, form)))
    assert got == [(["Sở Nội vụ"], [], "Văn phòng UBND tỉnh"), (["Sở Tài chính"], [], "Sở Tư pháp")]


@pytest.mark.parametrize("form", _ALL_FORMS)
def test_a_body_column_beside_the_support_and_a_remark_keeps_both_notes(tmp_path, form):
    header = ("STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Cơ quan tổng hợp",
              "Thời gian hoàn thành", "Ghi chú")
    rows = [(n, task, lead, "Thanh tra tỉnh", other, time, "Lồng ghép kế hoạch năm") for n, task, lead, other, time in _TWO]
    got = _lead_support_note(process(_write(tmp_path, header, rows, form)))
    assert got == [(["Sở Nội vụ"], ["Thanh tra tỉnh"], "Cơ quan tổng hợp: Văn phòng UBND tỉnh\nGhi chú: Lồng ghép kế hoạch năm"),
                   (["Sở Tài chính"], ["Thanh tra tỉnh"], "Cơ quan tổng hợp: Sở Tư pháp\nGhi chú: Lồng ghép kế hoạch năm")]


def test_a_remark_that_reads_as_a_time_stays_the_remark_one_cell_a_line(tmp_path):
    header = ("STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Ghi chú")
    rows = [(n, task, lead, other, time, "Báo cáo định kỳ") for n, task, lead, other, time in _TWO]
    got = [(t.deadline.text if t.deadline else None, t.note) for t in process(_write(tmp_path, header, rows, "one cell a line")).tasks]
    assert got == [("Quý II/2026", "Báo cáo định kỳ"), ("Quý III/2026", "Báo cáo định kỳ")]


@pytest.mark.parametrize("name,role", [("Đơn vị tính", "unit"), ("Đơn vị thực hiện", "implementer"),
                                       ("Cơ quan, đơn vị", "implementer"), ("Cơ quan ban hành", "level"),
                                       ("Cơ quan trình", "submitter"), ("Đơn vị hỗ trợ", "support"),
                                       ("Cơ quan thẩm định", "note"), ("Đơn vị đầu mối", "lead"), ("Đơn vị", "implementer"),
                                       ("Đơn vị tổ chức", "implementer"), ("Cơ quan tổng hợp", "note")])
def test_named_bodies_columns_keep_their_roles(name, role):
    """Guard: every body column a row of column_roles.csv names keeps its role; only the others are notes."""
    from pipeline.stages.columns import column_role

    assert column_role(name) == role


# -- One performer column, the lead marked with no brackets ------------------------------------------------------------

@pytest.mark.parametrize("cell,lead,support", [
    ("Sở Y tế chủ trì; Sở Tài chính, Công an tỉnh", ["Sở Y tế"], ["Sở Tài chính", "Công an tỉnh"]),
    ("Sở Y tế chủ trì, Sở Tài chính", ["Sở Y tế"], ["Sở Tài chính"]),
    ("Sở Văn hóa, Thể thao và Du lịch chủ trì; Tỉnh đoàn", ["Sở Văn hóa, Thể thao và Du lịch"], ["Tỉnh đoàn"]),
    ("Sở Y tế chủ trì; các sở, ngành liên quan", ["Sở Y tế"], ["các sở, ngành liên quan"]),
])
@pytest.mark.parametrize("column", ["Cơ quan thực hiện", "Đơn vị thực hiện"])
@pytest.mark.parametrize("form", ["html", "one cell a line", "pipe"])
def test_a_bare_chu_tri_marks_the_lead_and_the_bodies_after_it_support(tmp_path, cell, lead, support, column, form):
    header = ("STT", "Nội dung công việc", column, "Thời gian hoàn thành")
    got = _got(process(_write(tmp_path, header, [("1", "Tổng kết công tác năm", cell, "Tháng 12 hằng năm")], form)))
    assert [(got_lead, got_support) for _, _, got_lead, got_support, _ in got] == [(lead, support)]


@pytest.mark.parametrize("cell,lead", [("Sở Y tế chủ trì, tham mưu UBND tỉnh", ["Sở Y tế"]),
                                       ("Sở Y tế chủ trì; Sở Tài chính chủ trì", ["Sở Y tế", "Sở Tài chính"])])
def test_a_clause_or_a_second_lead_after_chu_tri_names_no_support(tmp_path, cell, lead):
    """Guard: what follows "chủ trì" must open with a body's name and name no second lead to be the support."""
    header = ("STT", "Nội dung công việc", "Cơ quan thực hiện", "Thời gian hoàn thành")
    got = _got(process(_write(tmp_path, header, [("1", "Tổng kết công tác năm", cell, "Tháng 12 hằng năm")], "html")))
    assert [(got_lead, got_support) for _, _, got_lead, got_support, _ in got] == [(lead, [])]


# -- A group row in capitals with no label right under the header, in text copies -------------------------------------

_STD = ("STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành")


@pytest.mark.parametrize("title", ["CÔNG TÁC TUYÊN TRUYỀN", "HOÀN THIỆN THỂ CHẾ", "BỒI DƯỠNG CÔNG CHỨC CẤP XÃ"])
@pytest.mark.parametrize("form", ["one cell a line", "pipe"])
@pytest.mark.parametrize("capitals", [False, True], ids=["header", "HEADER"])
def test_a_group_title_with_no_label_under_the_header_is_no_column_name(tmp_path, title, form, capitals):
    """Before, the title ran on the header as a sixth column's name and every row after it was one cell off."""
    header = tuple(name.upper() for name in _STD) if capitals else _STD
    rows = [("", title, "", "", ""), *_TWO]
    doc = process(_write(tmp_path, header, rows, form))
    assert [(t.number, t.group_path, [m.name for m in t.lead], [m.name for m in t.support], t.deadline.text)
            for t in doc.tasks] == [("1", [title], ["Sở Nội vụ"], ["Văn phòng UBND tỉnh"], "Quý II/2026"),
                                    ("2", [title], ["Sở Tài chính"], ["Sở Tư pháp"], "Quý III/2026")]
