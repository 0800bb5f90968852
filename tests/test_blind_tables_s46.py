"""The classes s46's blind round (the thirty-third bed, tests/test_thirty_third_bed.py) found, on variants of our own:

- "Nhiệm vụ được phân công" (the tasks assigned) headed a performer column: the table had no task column and lost
  every row. A task column named by what was assigned ("… được giao", "… được phân công") is the content
  (column_roles.csv); "Đơn vị được phân công" still names the performer.
- A plan over several years ("giai đoạn 2026-2030", "đến năm 2030") dated "Trước 30/6" in the year of its date: a
  confident wrong deadline. Such a title names no plan year (deadlines.plan_year); "năm 2026" in it still does.
- "3. | Các nhiệm vụ khác" merged across every work column over "- | …" items with their own bodies was a task with no
  work, its items parts of it: a title merged across the row is a group (tables.classify_rows ``titled``). Printed
  with empty cells of its own it stays a task (s40 review), and its items' path no longer doubles the number's dot
  ("3.. …").
- Copied as "|" cells, an empty column no name heads (a spacer) beside a two-line header ("Đơn vị thực hiện" over
  "Chủ trì | Phối hợp"): the rows were read under the header's names in print order, the time as the lead and the
  bodies as the time (tables._folded_with_unnamed).
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from conftest import write_in_form, write_with_table
from pipeline.run import process
from pipeline.stages.deadlines import plan_year
from pipeline.stages.tables import _folded_with_unnamed

BEFORE = ["ỦY BAN NHÂN DÂN", "TỈNH NAM HÀ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
          "Số: 77/KH-UBND", "Nam Hà, ngày 12 tháng 1 năm 2026", "KẾ HOẠCH", "TITLE", "I. MỤC ĐÍCH, YÊU CẦU",
          "1. Triển khai đồng bộ các nhiệm vụ.", "II. NHIỆM VỤ CỤ THỂ", "PHỤ LỤC", "DANH MỤC NHIỆM VỤ"]
AFTER = ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn Tâm"]
ROWS = [["1", "Rà soát quy chế phối hợp liên ngành", "Chủ trì: Sở Tư pháp; Phối hợp: Sở Nội vụ", "Quý II/2026"],
        ["2", "Tổng kết việc thực hiện kế hoạch", "Chủ trì: Sở Tài chính; Phối hợp: Sở Y tế", "Tháng 12/2026"]]


def _before(title: str = "Triển khai nhiệm vụ trọng tâm năm 2026") -> list[str]:
    return [title if line == "TITLE" else line for line in BEFORE]


def _read(path) -> list[tuple]:
    return [(t.number, t.content, [m.name for m in t.lead], [m.name for m in t.support],
             t.deadline.text if t.deadline else None, t.deadline.end if t.deadline else None, t.group_path)
            for t in process(path).tasks]


# -- A task column named by what was assigned ------------------------------------------------------------------------

@pytest.mark.parametrize("form", ["html", "docx"])
@pytest.mark.parametrize("name", ["Nhiệm vụ được phân công", "Nội dung công việc được phân công",
                                  "NHIỆM VỤ ĐƯỢC PHÂN CÔNG", "Nhiệm vụ được giao"])  # the last read right before
def test_a_task_column_named_by_what_was_assigned(tmp_path, form, name):
    rows = [["TT", name, "Cơ quan thực hiện", "Thời gian thực hiện"], *ROWS]
    assert _read(write_with_table(tmp_path, _before(), rows, AFTER, form)) == [
        ("1", "Rà soát quy chế phối hợp liên ngành", ["Sở Tư pháp"], ["Sở Nội vụ"], "Quý II/2026", "2026-06-30", []),
        ("2", "Tổng kết việc thực hiện kế hoạch", ["Sở Tài chính"], ["Sở Y tế"], "Tháng 12/2026", "2026-12-31", [])]


@pytest.mark.parametrize("form", ["html", "docx"])
def test_a_body_column_named_by_what_was_assigned_still_performs(tmp_path, form):
    """Guard: "Đơn vị được phân công" names who does the task."""
    rows = [["TT", "Nhiệm vụ", "Đơn vị được phân công", "Thời hạn"],
            ["1", "Rà soát quy chế phối hợp liên ngành", "Sở Tư pháp", "Quý II/2026"]]
    tasks = process(write_with_table(tmp_path, _before(), rows, AFTER, form)).tasks
    assert [[m.name for m in t.lead + t.implementer] for t in tasks] == [["Sở Tư pháp"]]


# -- The plan's year --------------------------------------------------------------------------------------------------

def _doc(title: str, attached: tuple[str, ...] = (), issued: str = "2026-11-13"):
    return SimpleNamespace(metadata=SimpleNamespace(title=title, attached=[SimpleNamespace(title=t) for t in attached],
                                                    issued_date=issued, issued_date_partial=None))


@pytest.mark.parametrize("title, year", [
    ("Phòng, chống buôn lậu giai đoạn 2026-2030", None),
    ("PHÒNG, CHỐNG BUÔN LẬU GIAI ĐOẠN 2026 - 2030", None),
    ("Cải thiện chỉ số PAPI năm 2026 - 2027", None),
    ("Phát triển kinh tế số đến năm 2030", None),
    ("Chiến lược phát triển du lịch đến năm 2030, tầm nhìn đến năm 2045", None),
    ("Thực hiện năm 2027 Chương trình chuyển đổi số giai đoạn 2026-2030", 2027),  # one year of the span: that one
    ("Triển khai nhiệm vụ trọng tâm năm 2026", 2026),  # guards: a year named, or none and the date's
    ("Triển khai nhiệm vụ trọng tâm", 2026),
])
def test_a_plan_over_several_years_has_no_plan_year(title, year):
    assert plan_year(_doc(title)) == year


@pytest.mark.parametrize("form", ["html", "docx"])
@pytest.mark.parametrize("title, end", [("Phòng, chống buôn lậu giai đoạn 2026-2030", None),
                                        ("Phòng, chống buôn lậu năm 2026", "2026-06-30")])  # the second: a guard
def test_a_day_and_month_in_a_plan_over_several_years_names_no_end(tmp_path, form, title, end):
    rows = [["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"],
            ["1", "Rà soát quy chế phối hợp liên ngành", "Sở Tư pháp", "Sở Nội vụ", "Trước 30/6"],
            ["2", "Tổng kết việc thực hiện kế hoạch", "Sở Tài chính", "Sở Y tế", "2026-2030"]]
    got = _read(write_with_table(tmp_path, _before(title), rows, AFTER, form))
    assert [(t[4], t[5]) for t in got] == [("Trước 30/6", end), ("2026-2030", "2030-12-31")]


# -- A title merged across the row over dashed items -------------------------------------------------------------------

ITEMS = [["-", "Tổ chức hội nghị tập huấn cho cán bộ", "Sở Nội vụ", "Sở Tư pháp", "Quý II/2026"],
         ["-", "Biên soạn tài liệu hướng dẫn nghiệp vụ", "Sở Tư pháp", "", "Quý III/2026"]]
HEADER = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"]
NEXT = ["4.", "Kiểm tra việc thực hiện", "Thanh tra tỉnh", "Sở Nội vụ", "Quý IV/2026"]


def _merged_title_table(tmp_path, form: str, label: str, title: str, mark: str) -> object:
    """A table under a Roman group whose row "label | title" spans every column after the label, over items marked
    ``mark``, then a numbered task (few rows of work: no "working table" makes the title a group by itself)."""
    items = [[mark, *row[1:]] for row in ITEMS]
    if form == "html":
        def tr(row):
            return "<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>"
        body = (tr(HEADER) + "<tr><td>I.</td><td colspan='4'>NHIỆM VỤ CHUNG</td></tr>"
                + f"<tr><td>{label}</td><td colspan='4'>{title}</td></tr>" + "".join(map(tr, items)) + tr(NEXT))
        path = tmp_path / "doc.html"
        path.write_text("<html><body>" + "".join(f"<p>{x}</p>" for x in _before()) + f"<table border='1'>{body}</table>"
                        + "".join(f"<p>{x}</p>" for x in AFTER) + "</body></html>", encoding="utf-8")
        return path
    import docx

    path = tmp_path / "doc.docx"
    document = docx.Document()
    for line in _before():
        document.add_paragraph(line)
    rows = [HEADER, ["I.", "NHIỆM VỤ CHUNG", "", "", ""], [label, title, "", "", ""], *items, NEXT]
    table = document.add_table(rows=len(rows), cols=5)
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    for r in (1, 2):
        merged = table.cell(r, 1).merge(table.cell(r, 4))
        merged.text = rows[r][1]
    for line in AFTER:
        document.add_paragraph(line)
    document.save(path)
    return path


@pytest.mark.parametrize("form", ["html", "docx"])
@pytest.mark.parametrize("label, title, mark", [("3.", "Các nhiệm vụ khác", "-"), ("3", "Nhiệm vụ thường xuyên", "+"),
                                               ("3.", "Công tác kiểm tra, giám sát", "–")])
def test_a_title_merged_across_the_row_over_items_is_their_group(tmp_path, form, label, title, mark):
    got = _read(_merged_title_table(tmp_path, form, label, title, mark))
    group = ["I. NHIỆM VỤ CHUNG", f"{label} {title}"]
    assert [(t[0], t[2], t[3], t[6]) for t in got] == [
        (mark, ["Sở Nội vụ"], ["Sở Tư pháp"], group), (mark, ["Sở Tư pháp"], [], group),
        ("4.", ["Thanh tra tỉnh"], ["Sở Nội vụ"], group[:1])]


@pytest.mark.parametrize("form", ["html", "docx"])
@pytest.mark.parametrize("label", ["3.", "c)"])
def test_a_task_over_items_printed_with_its_empty_cells_keeps_one_mark_in_their_path(tmp_path, form, label):
    """The s40 review's side (a task over its items, kept): the items' path was "3.. Tập huấn …", "c). Tập huấn …"."""
    rows = [HEADER, [label, "Tập huấn kỹ năng số", "", "", ""], *ITEMS]
    got = _read(write_with_table(tmp_path, _before(), rows, AFTER, form))
    assert [(t[0], t[6]) for t in got] == [(label, []), ("-", [f"{label} Tập huấn kỹ năng số"]),
                                           ("-", [f"{label} Tập huấn kỹ năng số"])]


# -- An empty column no name heads, copied as "|" cells ----------------------------------------------------------------

@pytest.mark.parametrize("names, width, folded", [
    (["STT", "Nhiệm vụ", "Đơn vị thực hiện", "", "", "Thời gian", "Sản phẩm", "Chủ trì", "Phối hợp"], 7,
     ["STT", "Nhiệm vụ", "Đơn vị thực hiện / Chủ trì", "Đơn vị thực hiện / Phối hợp", "", "Thời gian", "Sản phẩm"]),
    (["TT", "Nội dung", "", "Cơ quan thực hiện", "", "Thời hạn", "Chủ trì", "Phối hợp"], 6,
     ["TT", "Nội dung", "", "Cơ quan thực hiện / Chủ trì", "Cơ quan thực hiện / Phối hợp", "Thời hạn"]),
    (["TT", "Nội dung", "Cơ quan thực hiện", "", "Thời hạn", "", "Chủ trì", "Phối hợp"], 6,
     ["TT", "Nội dung", "Cơ quan thực hiện / Chủ trì", "Cơ quan thực hiện / Phối hợp", "Thời hạn", ""]),
    # no unnamed column: the parents' spans explain every empty (None: read as before)
    (["STT", "Nhiệm vụ", "Cơ quan thực hiện", "", "Thời hạn", "Chủ trì", "Phối hợp"], 5, None),
    # a one-line header whose empties name nothing it could span: not this reading
    (["STT", "Nhiệm vụ", "", "Thời hạn"], 4, None),
])
def test_an_unnamed_column_beside_a_two_line_header(names, width, folded):
    assert _folded_with_unnamed(names, width) == folded


PIPE_HEADER = ["STT |", "Nhiệm vụ |", "Đơn vị thực hiện |", "|", "|", "Thời gian hoàn thành |", "Sản phẩm |", "Chủ trì |",
               "Phối hợp |"]
PIPE_ROWS = [["1", "Rà soát quy chế phối hợp liên ngành", "Sở Tư pháp", "Sở Nội vụ", "", "Quý II/2026", "Báo cáo"],
             ["2", "Tổng kết việc thực hiện kế hoạch", "Sở Tài chính", "", "", "Tháng 12/2026", "Kế hoạch"],
             ["3", "Kiểm tra việc thực hiện", "Thanh tra tỉnh", "Sở Y tế; Sở Nội vụ", "", "Quý IV/2026", "Kết luận"]]


def _piped(cells: list[str], form: str) -> list[str]:
    """Cells copied a line each: "text |" ("pipe"), or the text then a line "|" ("bar"); an empty cell a "|" alone."""
    if form == "pipe":
        return [f"{c.rstrip(' |')} |" if c.strip(" |") else "|" for c in cells]
    return [line for c in cells for line in ([c.rstrip(" |"), "|"] if c.strip(" |") else ["|"])]


@pytest.mark.parametrize("form", ["pipe", "bar"])
def test_a_spacer_column_copied_as_pipe_cells(tmp_path, form):
    lines = [*_before(), *_piped(PIPE_HEADER, form), *_piped([c for row in PIPE_ROWS for c in row], form), *AFTER]
    got = _read(write_in_form(tmp_path, lines, "text"))
    assert [(t[0], t[2], t[3], t[4]) for t in got] == [
        ("1", ["Sở Tư pháp"], ["Sở Nội vụ"], "Quý II/2026"), ("2", ["Sở Tài chính"], [], "Tháng 12/2026"),
        ("3", ["Thanh tra tỉnh"], ["Sở Y tế", "Sở Nội vụ"], "Quý IV/2026")]
