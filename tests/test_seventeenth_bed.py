"""Merged cells, one performer column and deadline words: the seventeenth test bed (tests/task_layouts, layouts 143+,
--bed seventeenth), and each of its faults on small tables of our own wordings built here.

What was wrong before (each test below fails without its fix, unless it says it is a guard):
- a lead (or a time) merged down over the tasks before and after a group row (HTML rowspan, DOCX vMerge): the group
  row printed the merged lead, so it was read as a task of its own and the tasks under it kept the group above;
- copied one cell a line with its empty cells printed, a row under a merged lead prints one agency cell where the
  table has two: it was read as the lead and the support taken from the row above (both wrong); now both are left
  empty with table_row_uncertain where nothing tells which column the printed cell is;
- copied one cell a line, a product after a support whose time cell is merged (not printed) ran on as the support's
  second line ("Sở Tài chính Quyết định của UBND tỉnh");
- a table copied as '|' cells over a page, its header printed again and a row broken across the page: the lower half
  (no number, its task going on in small letters) was read as a group row, or as a task of its own, and the upper
  half took the row above's bodies and time as merged;
- a score table whose sub-criteria are "-" rows, copied one cell a line: the points "1", "2", "4" were read as row
  numbers, so rows were cut in the wrong places and the points went to the wrong criteria.
"""

from __future__ import annotations

import docx
import pytest

from pipeline.run import process
from pipeline.stages.deadlines import parse_deadline
from task_layouts import text_form_failures
from task_layouts.layouts import BY_NAME, SEVENTEENTH_BED

_FORMS = ("html", "txt", "pipe.txt", "bar.txt", "tab.txt", "mdonce.txt")
# Copied as text, a row under the merged lead prints one agency cell of two: nothing tells which; its lead and support
# are left empty with a warning, never guessed.
_NULL_AGENCIES = "merged_lead_through_groups"
# Copied as tabbed rows (or markdownify's rows), such a row prints one cell fewer, as does the group row the merge
# runs through: kept, its agency cells left empty (the table had ended at it, its rows left as text).


@pytest.mark.parametrize("name,fmt", [(name, fmt) for name in SEVENTEENTH_BED for fmt in _FORMS
                                      if fmt not in BY_NAME[name].skip])
def test_seventeenth_bed_keeps_every_task(tmp_path, name, fmt):
    failures = text_form_failures(tmp_path, name, fmt)
    if name == _NULL_AGENCIES and fmt != "html":
        failures = [f for f in failures[1:] if " got [], expected" not in f]
    assert not failures, "\n".join(failures)


_HEAD = ("ỦY BAN NHÂN DÂN", "TỈNH HÀ GIANG", "Số: 93/KH-UBND", "Hà Giang, ngày 21 tháng 5 năm 2026", "KẾ HOẠCH",
         "Thực hiện công tác cải cách hành chính năm 2026", "PHỤ LỤC")
_STD = ("TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn")


def _text(tmp_path, lines: list[str], form: str, head: tuple[str, ...] = _HEAD):
    """One cell a paragraph ("\xa0" for an empty one: a site prints it so), or each cell ended by " |"."""
    body = "\n".join(f"{c} |".lstrip() for c in lines) if form == "pipe" else "\n\n".join(c or "\xa0" for c in lines)
    path = tmp_path / "plan.txt"
    path.write_text("\n\n".join(head) + "\n\n" + body + "\n\nNơi nhận:\n- Lưu: VT.\n", encoding="utf-8")
    return path


def _got(doc) -> list[tuple]:
    return [(t.content, [m.name for m in t.lead], sorted(m.name for m in t.support), t.deadline.text if t.deadline else None)
            for t in doc.tasks]


# -- A cell merged down over a group row (a real table) -----------------------------------------------------------------

# (label or number, task, lead, support, time); the group rows print their label and title only
_SPANNED = (("I", "CÔNG TÁC TUYÊN TRUYỀN", "", "", ""),
            ("1", "Tuyên truyền Bộ chỉ số cải cách hành chính", "Sở Nội vụ", "Sở Tư pháp", "Quý II/2026"),
            ("2", "Tập huấn kỹ năng cho công chức một cửa", "Sở Nội vụ", "Sở Tài chính", "Quý III/2026"),
            ("II", "HIỆN ĐẠI HÓA HÀNH CHÍNH", "", "", ""),
            ("3", "Số hóa hồ sơ, kết quả giải quyết thủ tục", "Sở Nội vụ", "Công an tỉnh", "Quý III/2026"),
            ("4", "Nâng cấp hệ thống thông tin giải quyết thủ tục", "Sở Khoa học và Công nghệ", "Công an tỉnh",
             "Tháng 11/2026"))


def _spanned(column: int) -> tuple[list[tuple], list[tuple[int, int]]]:
    """The rows and the cells merged down: ``column``'s cell over tasks 1-3 and the group row between (rows 2-5 of
    the table, the header first)."""
    rows = [list(r) for r in _SPANNED]
    value = rows[1][column]
    for r in rows[1:5]:
        r[column] = value
    return rows, [(2, 5)]


def _table_file(tmp_path, form: str, column: int):
    rows, spans = _spanned(column)
    if form == "html":
        body = "<tr>" + "".join(f"<th>{h}</th>" for h in _STD) + "</tr>"
        for k, row in enumerate(rows, 1):
            cells = []
            for j, text in enumerate(row):
                start = next((a for a, b in spans if a <= k <= b), None) if j == column else None
                if start is not None and k > start:
                    continue  # covered by the merged cell above
                span = next((b - a + 1 for a, b in spans if a == k), 1) if j == column else 1
                cells.append(f"<td rowspan='{span}'>{text}</td>" if span > 1 else f"<td>{text}</td>")
            body += "<tr>" + "".join(cells) + "</tr>"
        path = tmp_path / "plan.html"
        path.write_text("<html><body>" + "".join(f"<p>{line}</p>" for line in _HEAD) + f"<table border='1'>{body}</table>"
                        "<p>Nơi nhận:</p></body></html>", encoding="utf-8")
        return path
    document = docx.Document()
    for line in _HEAD:
        document.add_paragraph(line)
    table = document.add_table(rows=1 + len(rows), cols=len(_STD))
    table.style = "Table Grid"
    for j, name in enumerate(_STD):
        table.cell(0, j).text = name
    for k, row in enumerate(rows, 1):
        for j, text in enumerate(row):
            if not (j == column and any(a < k <= b for a, b in spans)):
                table.cell(k, j).text = text
    for a, b in spans:
        table.cell(a, column).merge(table.cell(b, column))
    document.add_paragraph("Nơi nhận:")
    path = tmp_path / "plan.docx"
    document.save(path)
    return path


@pytest.mark.parametrize("form", ["html", "docx"])
@pytest.mark.parametrize("column", [2, 3, 4], ids=["lead", "support", "time"])
def test_a_cell_merged_over_a_group_row_is_every_spanned_task_s(tmp_path, form, column):
    doc = process(_table_file(tmp_path, form, column))
    rows, _ = _spanned(column)
    tasks = [r for r in rows if r[0].isdigit()]
    assert _got(doc) == [(t[1], [t[2]], [t[3]], t[4]) for t in tasks]
    assert [t.group_path for t in doc.tasks] == [["I CÔNG TÁC TUYÊN TRUYỀN"]] * 2 + [["II HIỆN ĐẠI HÓA HÀNH CHÍNH"]] * 2


def test_a_lead_merged_over_a_group_row_leads_no_task_after_its_span(tmp_path):
    """The group row under the merged lead names no lead of its own: a task after the span whose lead cell is empty
    gets none (it took the merged lead as the group's)."""
    body = "<tr>" + "".join(f"<th>{h}</th>" for h in _STD) + "</tr>" + "".join("<tr>" + "".join(cells) + "</tr>" for cells in (
        ("<td>1</td>", "<td>Rà soát quy trình nội bộ</td>", "<td rowspan='3'>Sở Nội vụ</td>", "<td>Sở Tư pháp</td>", "<td>Quý II/2026</td>"),
        ("<td>II</td>", "<td>KIỂM TRA, GIÁM SÁT</td>", "<td></td>", "<td></td>"),
        ("<td>2</td>", "<td>Kiểm tra công vụ đột xuất</td>", "<td>Thanh tra tỉnh</td>", "<td>Quý III/2026</td>"),
        ("<td>3</td>", "<td>Tự đánh giá chỉ số cải cách</td>", "<td></td>", "<td></td>", "<td>Tháng 11/2026</td>")))
    path = tmp_path / "plan.html"
    path.write_text("<html><body>" + "".join(f"<p>{line}</p>" for line in _HEAD) + f"<table border='1'>{body}</table>"
                    "<p>Nơi nhận:</p></body></html>", encoding="utf-8")
    got = _got(process(path))
    assert [lead for _, lead, _, _ in got] == [["Sở Nội vụ"], ["Sở Nội vụ"], []]


# -- One agency cell printed under a merged one, copied one cell a line ---------------------------------------------------

_FLAT = (("1", "Tuyên truyền Bộ chỉ số cải cách hành chính", "Sở Nội vụ", "Sở Tư pháp", "Quý II/2026"),
         ("2", "Tập huấn kỹ năng cho công chức một cửa", None, "Sở Tài chính", "Quý III/2026"),
         ("3", "Số hóa hồ sơ, kết quả giải quyết thủ tục", "Sở Khoa học và Công nghệ", "Công an tỉnh", "Tháng 11/2026"),
         ("4", "Tự đánh giá chỉ số cải cách hành chính", "Văn phòng UBND tỉnh", "", "Tháng 12/2026"))


@pytest.mark.parametrize("form", ["one cell a line", "pipe"])
@pytest.mark.parametrize("group", [False, True], ids=["rows", "through a group row"])
def test_one_agency_cell_under_a_merged_lead_is_left_unread(tmp_path, form, group):
    """Task 2's lead is merged from task 1 (not printed): its one agency cell may be the lead or the support. Through a
    group row ("II | title | (lead covered) | | "), nothing above it holds a body at all. ('|' rows with no group row:
    a guard, read so before.)"""
    lines = [*_STD, *_FLAT[0]]
    if group:
        lines += ["II", "HIỆN ĐẠI HÓA HÀNH CHÍNH", "", ""]
    lines += [c for c in _FLAT[1] if c is not None] + list(_FLAT[2]) + list(_FLAT[3])  # task 4's empty support printed
    doc = process(_text(tmp_path, lines, form))
    got = _got(doc)
    assert got[0] == (_FLAT[0][1], ["Sở Nội vụ"], ["Sở Tư pháp"], "Quý II/2026")
    assert got[1] == (_FLAT[1][1], [], [], "Quý III/2026")  # never the neighbour's body
    assert got[2] == (_FLAT[2][1], ["Sở Khoa học và Công nghệ"], ["Công an tỉnh"], "Tháng 11/2026")
    assert got[3] == (_FLAT[3][1], ["Văn phòng UBND tỉnh"], [], "Tháng 12/2026")
    assert "table_row_uncertain" in {w.code for w in doc.warnings}


def test_one_agency_cell_in_a_copy_that_drops_empty_cells_takes_no_body_from_the_row_above(tmp_path):
    """Copied a paragraph a cell with no empty cell printed, a row with one agency cell may be a lead whose empty support
    was dropped (tests/test_twelfth_bed.py keeps it the lead) or a support under a merged lead: the other column is
    left empty with a warning, never the row above's body (before: the row above's support, as merged)."""
    lines = [*_STD, *_FLAT[0], *[c for c in _FLAT[1] if c is not None], *_FLAT[2]]
    doc = process(_text(tmp_path, lines, "one cell a line"))
    task = doc.tasks[1]
    assert "Sở Tư pháp" not in [m.name for m in task.lead + task.support]
    assert [m.name for m in task.lead + task.support] == ["Sở Tài chính"] and task.uncertain
    assert "table_row_uncertain" in {w.code for w in doc.warnings}


def test_one_agency_cell_where_the_row_above_has_no_support_is_the_support(tmp_path):
    """The row above has a lead and no support: the printed cell cannot be a support merged down from an empty cell, so
    it is the row's support and the lead is the merged one (read so before in '|' text only; one cell a line, with its
    empty cells printed, it was read as the lead)."""
    lines = [*_STD, "1", "Tuyên truyền Bộ chỉ số", "Sở Nội vụ", "", "Quý II/2026",
             "2", "Tập huấn kỹ năng cho công chức", "Sở Tài chính", "Quý III/2026"]
    got = _got(process(_text(tmp_path, lines, "one cell a line")))
    assert got[1] == ("Tập huấn kỹ năng cho công chức", ["Sở Nội vụ"], ["Sở Tài chính"], "Quý III/2026")


@pytest.mark.parametrize("product", ["Quyết định của UBND tỉnh", "Báo cáo kết quả", "Kế hoạch chi tiết"])
def test_a_product_after_a_merged_time_is_no_body_s_second_line(tmp_path, product):
    header = (*_STD, "Sản phẩm")
    lines = [*header, "1", "Rà soát thủ tục hành chính", "Sở Tư pháp", "Sở Nội vụ", "Quý II/2026", "Danh mục thủ tục",
             "2", "Đơn giản hóa thủ tục đất đai", "Sở Nông nghiệp và Môi trường", "Sở Tài chính", product,
             "3", "Công bố thủ tục mới", "Văn phòng UBND tỉnh", "Sở Tư pháp", "Tháng 9/2026", "Quyết định công bố"]
    doc = process(_text(tmp_path, lines, "one cell a line"))
    assert _got(doc)[1] == ("Đơn giản hóa thủ tục đất đai", ["Sở Nông nghiệp và Môi trường"], ["Sở Tài chính"],
                            "Quý II/2026")
    assert doc.tasks[1].output == product


@pytest.mark.parametrize("product", ["Quyết định của UBND tỉnh", "Văn bản hướng dẫn", "Hội nghị sơ kết"])
def test_a_product_under_a_merged_lead_and_time_is_no_body(tmp_path, product):
    """Lead and time merged down: the row prints its support and its product only. The product is never a support
    body (it was: 'Quyết định của UBND tỉnh' as the support, its bodies as the lead); which column the bodies are in
    cannot be told, so both are left empty with a warning."""
    header = (*_STD, "Sản phẩm")
    lines = [*header, "1", "Rà soát thủ tục hành chính", "Sở Tư pháp", "Sở Nội vụ", "Quý II/2026", "Danh mục thủ tục",
             "2", "Đơn giản hóa thủ tục đất đai", "Sở Tài chính; Sở Y tế", product,
             "3", "Công bố thủ tục mới", "Văn phòng UBND tỉnh", "", "Tháng 9/2026", "Quyết định công bố"]
    doc = process(_text(tmp_path, lines, "one cell a line"))
    task = doc.tasks[1]
    assert (task.content, [m.name for m in task.lead], [m.name for m in task.support]) == (
        "Đơn giản hóa thủ tục đất đai", [], [])
    assert task.output == product and task.uncertain


# -- A row broken across a page, copied as '|' cells ------------------------------------------------------------------

_PAGE_TASKS = (("1", "Tuần tra, kiểm soát lâm sản trên các tuyến giáp ranh", "Công an tỉnh", "Sở Nông nghiệp và Môi trường",
                "Quý II/2026"),
               ("2", "Cấp chứng chỉ rừng cho các chủ rừng là tổ chức", "Sở Nông nghiệp và Môi trường", "", "Tháng 9/2026"),
               ("3", "Rà soát, cắm mốc ranh giới rừng phòng hộ đầu nguồn trên địa bàn các xã biên giới", "Sở Tài chính",
                "Sở Xây dựng", "Quý III/2026"),
               ("4", "Diễn tập chữa cháy rừng cấp tỉnh", "Bộ Chỉ huy Quân sự tỉnh", "Công an tỉnh", "Tháng 4/2026"))
_RUNNING = "Kế hoạch bảo vệ rừng năm 2026"


@pytest.mark.parametrize("split", [2, 3, 4, 5], ids=["all on top", "lead on top", "support on top", "task alone on top"])
@pytest.mark.parametrize("page", [("3", _RUNNING), (_RUNNING, "- 3 -")])
def test_a_row_broken_across_a_page_in_pipe_text_is_one_row(tmp_path, split, page):
    """Row 3 breaks after its task's first words: the cells before ``split`` print on the page's foot (the rest empty),
    the others under the header printed again, the task going on in small letters."""
    header = ("STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành")
    third = _PAGE_TASKS[2]
    words = third[1].split()
    top = (third[0], " ".join(words[:5]), *[c if j < split else "" for j, c in enumerate(third[2:], 2)])
    bottom = ("", " ".join(words[5:]), *["" if j < split else c for j, c in enumerate(third[2:], 2)])
    lines = [*header, *_PAGE_TASKS[0], *_PAGE_TASKS[1], *top]
    path = tmp_path / "plan.txt"
    body = "\n".join(f"{c} |".lstrip() for c in lines) + "\n" + "\n".join(page) + "\n" + "\n".join(
        f"{c} |".lstrip() for c in (*header, *bottom, *_PAGE_TASKS[3]))
    path.write_text("\n\n".join([*_HEAD[:-1], _RUNNING, "2", "I. MỤC ĐÍCH, YÊU CẦU", "Bảo vệ diện tích rừng hiện có.",
                                 "PHỤ LỤC"]) + "\n\n" + body + "\n\nNơi nhận:\n- Lưu: VT.\n", encoding="utf-8")
    doc = process(path)
    assert _got(doc) == [(t[1], [t[2]], [t[3]] if t[3] else [], t[4]) for t in _PAGE_TASKS]
    assert all(t.group_path == [] for t in doc.tasks)


# -- A score table whose sub-criteria are "-" rows, copied one cell a line ----------------------------------------------

_SCORE_HEAD = ("ỦY BAN NHÂN DÂN", "XÃ PHÚ LINH", "Số: 41/BC-UBND", "Phú Linh, ngày 12 tháng 11 năm 2025", "BÁO CÁO",
               "Kết quả tự chấm điểm Chỉ số cải cách hành chính năm 2025", "I. KẾT QUẢ")
_CRITERIA = (("1", "Công tác chỉ đạo, điều hành", "6", "5,5"), ("1.1", "Ban hành kế hoạch năm", "2,5", "2,5"),
             ("-", "Ban hành đúng thời hạn", "1", "1"), ("-", "Xác định đầy đủ nhiệm vụ", "1,5", "1,5"),
             ("1.2", "Tổ chức kiểm tra cải cách hành chính", "3,5", "3"),
             ("-", "Kiểm tra từ 30% số cơ quan trở lên", "2", "2"), ("-", "Xử lý sau kiểm tra", "1,5", "1"),
             ("2", "Cải cách thể chế", "4", "3,5"), ("2.1", "Rà soát văn bản quy phạm pháp luật", "4", "3,5"))


@pytest.mark.parametrize("separator", ["\n\n", "\n"], ids=["blank lines", "no blank lines"])
@pytest.mark.parametrize("header", ["Điểm tự đánh giá", "Điểm đạt được"])
@pytest.mark.parametrize("bullet", ["-", "+"])
def test_a_score_table_with_dash_sub_criteria_keeps_each_criterion_s_points(tmp_path, separator, header, bullet):
    criteria = [(bullet if code == "-" else code, *rest) for code, *rest in _CRITERIA]
    cells = ["STT", "Tiêu chí", "Điểm tối đa", header, *[c for row in criteria for c in row]]
    path = tmp_path / "scores.txt"
    path.write_text(separator.join([*_SCORE_HEAD, *cells]) + "\n\nNơi nhận:\n- Lưu: VT.\n", encoding="utf-8")
    doc = process(path)
    assert [(i.code, i.name, i.max_score, [v.value for v in i.values]) for i in doc.indicators] == [
        (code, name, float(top.replace(",", ".")), [float(given.replace(",", "."))])
        for code, name, top, given in criteria]
    # the rows' numbers "1.2" then "2.1" (under "2", no label) number the table, not the document: no warning on them
    assert [w.message for w in doc.warnings if w.code.startswith("numbering_")] == []


def test_the_document_s_own_numbers_out_of_order_beside_a_score_table_are_still_told(tmp_path):
    """Guard: the body's "2." before "1." above the same table is warned of."""
    cells = ["STT", "Tiêu chí", "Điểm tối đa", "Điểm tự đánh giá", *[c for row in _CRITERIA for c in row]]
    path = tmp_path / "scores.txt"
    path.write_text("\n".join([*_SCORE_HEAD, "2. Kết quả chung", "Đạt yêu cầu.", "1. Kết quả chi tiết", *cells])
                    + "\n\nNơi nhận:\n- Lưu: VT.\n", encoding="utf-8")
    assert [w.code for w in process(path).warnings if w.code.startswith("numbering_")] == [
        "numbering_skipped", "numbering_out_of_order"]


# -- One "Đơn vị thực hiện" column naming both roles; deadline words (guards: read right before) -------------------------

@pytest.mark.parametrize("cell,lead,support", [
    ("Sở Nội vụ (chủ trì); các sở, ngành (phối hợp)", ["Sở Nội vụ"], ["các sở, ngành"]),
    ("Chủ trì: Sở Tư pháp; Phối hợp: Sở Nội vụ, Sở Tài chính", ["Sở Tư pháp"], ["Sở Nội vụ", "Sở Tài chính"]),
    ("Sở Y tế chủ trì, phối hợp với Sở Tài chính", ["Sở Y tế"], ["Sở Tài chính"]),
    ("Sở Xây dựng và các đơn vị liên quan", ["Sở Xây dựng"], ["các đơn vị liên quan"]),
    ("Văn phòng UBND tỉnh", ["Văn phòng UBND tỉnh"], []),
    ("Sở Công Thương chủ trì; Công an tỉnh, Sở Y tế phối hợp", ["Sở Công Thương"], ["Công an tỉnh", "Sở Y tế"]),
])
@pytest.mark.parametrize("form", ["one cell a line", "pipe"])
def test_one_performer_column_splits_lead_and_support_by_their_role_words(tmp_path, cell, lead, support, form):
    lines = ["TT", "Nội dung công việc", "Đơn vị thực hiện", "Thời gian thực hiện",
             "1", "Rà soát thủ tục hành chính", cell, "Quý II/2026", "2", "Kiểm tra công vụ", "Sở Nội vụ", "Tháng 9/2026"]
    got = _got(process(_text(tmp_path, lines, form)))
    assert got[0] == ("Rà soát thủ tục hành chính", lead, sorted(support), "Quý II/2026")


@pytest.mark.parametrize("text,start,end,recurring", [
    ("Năm 2026 và các năm tiếp theo", "2026-01-01", None, None), ("Từ tháng 3 đến tháng 6/2026", "2026-03-01", "2026-06-30", None),
    ("Trước 30/6 hằng năm", None, None, "hằng năm"), ("Theo tiến độ của Bộ Nội vụ", None, None, None),
    ("Sau khi có hướng dẫn", None, None, None), ("Sau khi có hướng dẫn của Bộ Tài chính", None, None, None),
])
def test_deadline_words_give_a_date_only_where_one_is_printed(text, start, end, recurring):
    deadline = parse_deadline(text, 2026)
    assert (deadline.text, deadline.start, deadline.end, deadline.recurring, deadline.duration) == (
        text, start, end, recurring, None)


@pytest.mark.parametrize("under", [["a0", "TỈNH QUẢNG NGÃI", "ỦY BAN NHÂN DÂN"], ["a", "Phòng Tư pháp"], ["c.", "0"], ["b²", "Sở Y tế"], ["c①", "0"],
                                   ["đ", "UBND huyện"], ["ab", "0", "ỦY BAN NHÂN DÂN"], ["thêm", "12", "Sở Y tế"]])
def test_lines_under_the_last_row_that_are_no_words_are_no_lower_half_of_it(tmp_path, under):
    # a row broken over a page goes on in words in small letters; a label or OCR noise under the table's last row
    # (then a second document's header) had been joined into the row, its bodies into the lead (found by the property test);
    # so had a word then a figure: a body's name does not go on with a bare count ("0 ỦY BAN NHÂN DÂN")
    lines = ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI", "Số: 122/KH-UBND", "Quảng Ngãi, ngày 12 tháng 5 năm 2025", "KẾ HOẠCH",
             "PHỤ LỤC", "TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành",
             "1", "Rà soát thủ tục hành chính", "Sở Nội vụ", "Các sở, ban, ngành", "Quý II/2025",
             "Quảng Ngãi, ngày 12 tháng 5 năm 2025", *under]
    path = tmp_path / "plan.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    first = min(process(path).tasks, key=lambda t: t.id)
    assert [a.name for a in first.lead] == ["Sở Nội vụ"]
    assert [a.name for a in first.support] == ["Các sở, ban, ngành"]
