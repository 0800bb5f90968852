"""Task and indicator tables as other hands print and copy them: the sixteenth test bed (tests/task_layouts, layouts
139+, --bed sixteenth), and each of its faults on small tables of our own wordings built here.

What was wrong before (each test below fails without its fix, unless it says it is a guard):
- a table with no header whose group rows ("I." and its title, or "I. TITLE" in one cell) span it, copied one cell a
  line or a cell a '|' line, gave the tasks before the second group only (the group row broke the count of cells),
  and with a group row first the grid read that row as the header, so the bodies' columns got lead and support by
  their order (a confident guess) and no table_header_missing;
- a task's second product printed as a row of its own under merged cells, the product column last, copied a cell a
  '|' line: read as a task of its own whose text was the product, its lead and time copied from the row above; with
  its number, task and other cells printed empty (not merged), the product was dropped;
- "Trước ngày 15 của tháng cuối quý" was no recurrence; "Định kỳ 6 tháng" gave a duration of six months (the time
  allowed for the task) where it says how often the task comes back;
- in an indicator table copied one cell a line, a "-" in a figure's column was read as a new row's number: the
  indicator lost its printed target and the row was doubled under merged cells;
- a table copied one cell a line over a page whose running header, with no page number, stood over the next row's
  number: that number was dropped as the page's, and the row took the number of the row above.
"""

from __future__ import annotations

import docx
import pytest

from pipeline.run import process
from pipeline.stages.deadlines import parse_deadline
from task_layouts import text_form_failures
from task_layouts.layouts import BY_NAME, SIXTEENTH_BED

_FORMS = ("html", "txt", "pipe.txt", "bar.txt", "tab.txt", "mdonce.txt")


@pytest.mark.parametrize("name,fmt", [(name, fmt) for name in SIXTEENTH_BED for fmt in _FORMS
                                      if fmt not in BY_NAME[name].skip])
def test_sixteenth_bed_keeps_every_task(tmp_path, name, fmt):
    failures = text_form_failures(tmp_path, name, fmt)
    assert not failures, "\n".join(failures)


_HEAD = ("ỦY BAN NHÂN DÂN", "TỈNH ĐIỆN BIÊN", "Số: 88/KH-UBND", "Điện Biên, ngày 18 tháng 5 năm 2026", "KẾ HOẠCH",
         "Thực hiện công tác bảo vệ rừng năm 2026")


def _lines(rows, form: str) -> list[str]:
    """One cell a paragraph ("\xa0" for an empty one), or each cell ended by " |"."""
    if form == "pipe":
        return [f"{c} |".lstrip() for row in rows for c in row]
    return [c or "\xa0" for row in rows for c in row]


def _write(tmp_path, form: str, rows, intro: tuple[str, ...] = ("PHỤ LỤC",)):
    """The plan with ``rows`` (the header among them, where there is one) as a table of ``form``: "html", "docx",
    "tab" (a row a line, tabs between cells), "pipe" or "one cell a line"."""
    head = [*_HEAD, *intro]
    if form == "html":
        path = tmp_path / "plan.html"
        table = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
        path.write_text("<html><body>" + "".join(f"<p>{line}</p>" for line in head) + f"<table border='1'>{table}</table>"
                        "<p>Nơi nhận:</p></body></html>", encoding="utf-8")
        return path
    if form == "docx":
        path = tmp_path / "plan.docx"
        document = docx.Document()
        for line in head:
            document.add_paragraph(line)
        table = document.add_table(rows=0, cols=len(rows[0]))
        table.style = "Table Grid"
        for r in rows:
            for cell, text in zip(table.add_row().cells, r):
                cell.text = text
        document.add_paragraph("Nơi nhận:")
        document.save(path)
        return path
    path = tmp_path / "plan.txt"
    if form == "tab":
        body = "\n".join("\t".join(r) for r in rows)
    else:
        body = ("\n" if form == "pipe" else "\n\n").join(_lines(rows, form))
    path.write_text("\n\n".join(head) + "\n\n" + body + "\n\nNơi nhận:\n- Lưu: VT.\n", encoding="utf-8")
    return path


def _got(doc) -> list[tuple]:
    return [(t.content, [m.name for m in t.lead], sorted(m.name for m in t.support), t.deadline.text if t.deadline else None)
            for t in doc.tasks]


# -- A headerless table with group rows ---------------------------------------------------------------------------------

_TASKS = (("1", "Tuần tra, kiểm soát lâm sản trên các tuyến giáp ranh", "Công an tỉnh", "Sở Nông nghiệp và Môi trường",
           "Quý II/2026"),
          ("2", "Cấp chứng chỉ rừng cho các chủ rừng là tổ chức", "Sở Nông nghiệp và Môi trường", "", "Tháng 9/2026"),
          ("3", "Rà soát, cắm mốc ranh giới rừng phòng hộ", "Sở Nông nghiệp và Môi trường", "Sở Tài chính", "Quý III/2026"),
          ("4", "Diễn tập chữa cháy rừng cấp tỉnh", "Bộ Chỉ huy Quân sự tỉnh", "Công an tỉnh", "Tháng 4/2026"),
          ("5", "Tổng kết công tác bảo vệ rừng năm 2026", "Văn phòng UBND tỉnh", "", "Tháng 12/2026"))
_GROUPS = (("I.", "BẢO VỆ, PHÁT TRIỂN RỪNG"), ("II.", "PHÒNG CHÁY, CHỮA CHÁY RỪNG"))


def _group_row(group: tuple[str, str], printed: str, width: int) -> tuple[str, ...]:
    """A group row as copies print it: "label" (label and title, two cells), "spanning" (the title's span as empty
    cells after it, as a site prints a merged cell), "one cell" ("I. TITLE")."""
    if printed == "one cell":
        return (f"{group[0]} {group[1]}",)
    return group + ("",) * (width - 2) if printed == "spanning" else group


@pytest.mark.parametrize("form", ["one cell a line", "pipe"])
@pytest.mark.parametrize("printed", ["label", "spanning", "one cell"])
@pytest.mark.parametrize("numbering", ["running", "again"])
def test_a_headerless_table_with_group_rows_gives_every_task_and_no_lead(tmp_path, form, printed, numbering):
    """Each group row is a row of its own: the tasks under it are read, their lead and support left empty."""
    tasks = [t if numbering == "running" or int(t[0]) < 4 else (str(int(t[0]) - 3), *t[1:]) for t in _TASKS]
    rows = [_group_row(_GROUPS[0], printed, 5), *tasks[:3], _group_row(_GROUPS[1], printed, 5), *tasks[3:]]
    doc = process(_write(tmp_path, form, rows, ("PHỤ LỤC", "DANH MỤC NHIỆM VỤ")))
    assert _got(doc) == [(t[1], [], [], t[4]) for t in tasks]
    assert [t.group_path for t in doc.tasks] == [[" ".join(_GROUPS[0])]] * 3 + [[" ".join(_GROUPS[1])]] * 2
    assert "table_header_missing" in {w.code for w in doc.warnings}


@pytest.mark.parametrize("form", ["html", "docx", "tab"])
def test_a_headerless_table_opened_by_a_group_row_reads_no_header(tmp_path, form):
    """A group row first, over a task row: no header, so no body's role is told by the columns' order."""
    rows = [_group_row(_GROUPS[0], "spanning", 5), *_TASKS[:3], _group_row(_GROUPS[1], "spanning", 5), *_TASKS[3:]]
    doc = process(_write(tmp_path, form, rows))
    assert _got(doc) == [(t[1], [], [], t[4]) for t in _TASKS]
    assert "table_header_missing" in {w.code for w in doc.warnings}


@pytest.mark.parametrize("form", ["one cell a line", "pipe"])
def test_roman_lines_over_numbered_lines_with_no_time_make_no_table(tmp_path, form):
    """Guard: "I." and a title over "1", "2" steps that hold no time: no task, no warning (read right before)."""
    rows = [("I.", "Quy trình tiếp nhận"), *[(str(k), f"Bước thứ {k} của quy trình", "Bộ phận một cửa") for k in (1, 2, 3)]]
    doc = process(_write(tmp_path, form, rows, ()))
    assert not doc.tasks and "table_header_missing" not in {w.code for w in doc.warnings}


# -- A second product as a row of its own, the product column last -----------------------------------------------------

_STD = ("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm")
_PRODUCT_ROWS = (("1", "Xây dựng cơ sở dữ liệu rừng và đất lâm nghiệp", "Sở Nông nghiệp và Môi trường", "Sở Tài chính",
                  "Quý II/2026", "Cơ sở dữ liệu"),
                 ("", "", "", "", "", "Báo cáo kết quả thực hiện"),
                 ("2", "Lắp đặt camera cảnh báo cháy rừng", "Sở Khoa học và Công nghệ", "Công an tỉnh", "Quý III/2026",
                  "Hệ thống camera"),
                 ("3", "Tập huấn nghiệp vụ cho lực lượng kiểm lâm", "Sở Nội vụ", "", "Tháng 10/2026", "Lớp tập huấn"),
                 ("", "", "", "", "", "Tài liệu hướng dẫn"),
                 ("4", "Sơ kết công tác giao đất, giao rừng", "Văn phòng UBND tỉnh", "Sở Tư pháp", "Tháng 12/2026",
                  "Kế hoạch sơ kết"))


def _merged(rows) -> list[tuple[str, ...]]:
    """The rows as a copy prints a product row under merged cells: its product alone."""
    return [(r[-1],) if not r[0] else r for r in rows]


@pytest.mark.parametrize("form,merged", [("pipe", True), ("html", False), ("docx", False), ("tab", False),
                                         ("pipe", False), ("one cell a line", False),
                                         ("one cell a line", True)])  # the last: a guard (read right before)
def test_a_second_product_row_is_the_task_above_s(tmp_path, form, merged):
    rows = _merged(_PRODUCT_ROWS) if merged else list(_PRODUCT_ROWS)
    doc = process(_write(tmp_path, form, [_STD, *rows]))
    tasks = [r for r in _PRODUCT_ROWS if r[0]]
    assert _got(doc) == [(r[1], [r[2]], [r[3]] if r[3] else [], r[4]) for r in tasks]
    assert [t.output for t in doc.tasks] == ["Cơ sở dữ liệu\nBáo cáo kết quả thực hiện", "Hệ thống camera",
                                             "Lớp tập huấn\nTài liệu hướng dẫn", "Kế hoạch sơ kết"]


@pytest.mark.parametrize("form", ["pipe", "one cell a line"])
def test_a_lone_task_under_a_merged_number_stays_a_task(tmp_path, form):
    """Guard: a row that prints only a task (no product's words) under a merged number is a task of its own."""
    header = ("STT", "Nhiệm vụ", "Hoạt động", "Cơ quan chủ trì", "Thời gian hoàn thành", "Sản phẩm")
    rows = [("1", "Bảo vệ rừng", "Tuần tra rừng phòng hộ đầu nguồn", "Công an tỉnh", "Quý II/2026", "Biên bản"),
            ("", "", "Tổ chức ký cam kết bảo vệ rừng với các hộ dân", "", "", ""),
            ("2", "Phát triển rừng", "Trồng rừng thay thế", "Sở Nông nghiệp và Môi trường", "Quý III/2026", "Báo cáo")]
    doc = process(_write(tmp_path, form, [header, *_merged(rows)] if form == "pipe" else [header, *rows]))
    assert "Tổ chức ký cam kết bảo vệ rừng với các hộ dân" not in [t.output for t in doc.tasks]


# -- Deadlines that recur ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,recurring", [
    ("Trước ngày 15 của tháng cuối quý", "hằng quý"), ("Trước ngày 20 tháng cuối mỗi quý", "hằng quý"),
    ("Cuối mỗi quý", "hằng quý"), ("Định kỳ 6 tháng", "định kỳ"), ("Định kỳ 06 tháng", "định kỳ"),
    ("6 tháng một lần", "định kỳ"), ("Mỗi 3 tháng", "định kỳ"),
    ("Tháng 6 và tháng 12 hằng năm", "hằng năm"),  # a guard (read right before)
])
def test_a_recurring_deadline_names_its_recurrence_and_no_date_nor_duration(text, recurring):
    deadline = parse_deadline(text, 2026)
    assert (deadline.recurring, deadline.start, deadline.end, deadline.duration) == (recurring, None, None, None)


@pytest.mark.parametrize("text,end,duration", [("Cuối quý IV/2026", "2026-12-31", None), ("Trong 6 tháng", None, "P6M"),
                                               ("Trước ngày 15/6/2026", "2026-06-15", None)])
def test_one_period_or_a_time_allowed_is_no_recurrence(text, end, duration):
    """Guards: a quarter named, or a time allowed, recur not (read right before)."""
    deadline = parse_deadline(text, 2026)
    assert (deadline.recurring, deadline.end, deadline.duration) == (None, end, duration)


# -- A table over pages, copied as text ---------------------------------------------------------------------------------

_RUNNING = "Kế hoạch bảo vệ rừng năm 2026"
_HEADER = ("STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành")


@pytest.mark.parametrize("page,again,broken", [
    (page, again, broken) for page in (("{}", _RUNNING), (_RUNNING, "- {} -"), (_RUNNING,)) for again in (True, False)
    for broken in (True, False) if not (broken and not again and len(page) == 1)])  # that one: see the docstring
def test_a_table_over_a_page_copied_one_cell_a_line_is_one_table(tmp_path, page, again, broken):
    """The page's number and running header (printed on the page before too) between two halves of a table, the
    header printed again or not, the row at the page's foot broken after its task's first words, or not: one table,
    no row lost or doubled. Guards but one, read right before: a running header alone, with no number, over the next
    row's number "3" took that number for the page's, and the row took the number "2" of the row above. Left: a running header alone inside a
    broken row, no header after it, stays in the task's text (a cell's line printed on two pages cannot be told from
    it there)."""
    first = _lines((_HEADER, *_TASKS[:2]), "one cell a line")
    third = _TASKS[2]
    if broken:
        words = third[1].split()
        first += [third[0], " ".join(words[:3])]
        rest = [" ".join(words[3:]), *third[2:]]
    else:
        rest = list(_lines((third,), "one cell a line"))
    lines = [*first, *(line.format(3) for line in page), *(_HEADER if again else ()), *rest,
             *_lines(_TASKS[3:], "one cell a line")]
    path = tmp_path / "plan.txt"
    path.write_text("\n\n".join([*_HEAD, "I. MỤC ĐÍCH, YÊU CẦU", "Bảo vệ, phát triển bền vững diện tích rừng hiện có.",
                                  *(line.format(2) for line in page), "PHỤ LỤC", *lines]) + "\n\nNơi nhận:\n",
                    encoding="utf-8")
    doc = process(path)
    assert [(t.number, " ".join(t.content.split()), t.deadline.text) for t in doc.tasks] == [(t[0], t[1], t[4]) for t in _TASKS]
    assert len(doc.tables) == 1


# -- Indicator tables ----------------------------------------------------------------------------------------------------

_INDICATOR_HEADER = ("STT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện 2025", "Kế hoạch 2026", "Ghi chú")
_INDICATORS = (("I", "CHỈ TIÊU VỀ RỪNG", "", "", "", ""),
               ("1", "Tỷ lệ che phủ rừng", "%", "43,5", "≥ 44%", ""),
               ("2", "Diện tích rừng trồng mới", "ha", "1.250", "1.400", ""),
               ("3", "Số vụ vi phạm lâm luật", "vụ", "86", "Giảm 10%", "so với năm 2025"),
               ("II", "CHỈ TIÊU VỀ THU NHẬP", "", "", "", ""),
               ("4", "Thu nhập bình quân của hộ nhận khoán", "triệu đồng", "42,8", "-", ""),
               ("5", "Tỷ lệ hộ nhận khoán được chi trả dịch vụ môi trường rừng", "%", "100%", "100%", ""))


@pytest.mark.parametrize("form", ["html", "docx", "pipe", "one cell a line"])
def test_an_indicator_table_gives_numbers_and_keeps_the_text_that_is_none(tmp_path, form):
    """Figures "1.250", "43,5", "100%" as numbers, "≥ 44%" with its meaning, "-" kept as printed with no number and
    "Giảm 10%" (a share, in a row of "vụ") with its own unit. Guards but the copy one cell a line (read right before): there the "-" was a
    new row's number."""
    rows = [_INDICATOR_HEADER, *[(r[0], r[1], "", "", "", "") if not r[2] else r for r in _INDICATORS]]
    doc = process(_write(tmp_path, form, rows, ("PHỤ LỤC", "CÁC CHỈ TIÊU CHỦ YẾU NĂM 2026")))
    got = [(i.code, i.unit, i.previous_result, i.target, i.comparator, i.change, i.target_printed, i.target_unit)
           for i in doc.indicators if i.code not in ("I", "II")]
    assert got == [("1", "%", 43.5, 44.0, ">=", None, "≥ 44%", None), ("2", "ha", 1250.0, 1400.0, "=", None, "1.400", None),
                   # a fall of 10% of the accidents: the row's unit cannot hold it, never 10 vụ (s41); 10 in its own
                   # unit, "%" (target_unit, s42)
                   ("3", "vụ", 86.0, 10.0, "=", "decrease", "Giảm 10%", "%"),
                   ("4", "triệu đồng", 42.8, None, None, None, "-", None),
                   ("5", "%", 100.0, 100.0, "=", None, "100%", None)]
    assert not doc.tasks
