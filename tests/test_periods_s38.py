"""Terms, wrapped periods and group rows titled by a time in the time cells of task tables (s38-periods), on small
tables of our own wordings in every form.

1. A numbered term of a year ("Kỳ 1/2026", "Kỳ II năm 2026") had read as month N (January, February) or as the whole
   year: term 1 or I is the year's first half, 2 or II its second (as "6 tháng đầu năm" is). A school's term ("Học kỳ
   1/2026", "Học kỳ I năm 2026") is the school calendar's, never printed: no date (the text kept), never month N.
2. Roman group rows titled by a time placed after task rows ("… | Tháng 9/2026" then "II" | "Năm 2027", copied a cell a
   line): s37's phase rule took the mark for a phase of the row above and the row's deadline swallowed "II" and the
   title ("Tháng 9/2026\\nII\\nNăm 2027"), the tasks under it lost their group. Where the table's last column is its
   time, a mark right after a time cell opens a group.
3. A period wrapped in its cell after its opening words ("Năm" / "2026", "Trước ngày" / "30/6/2026", "Giai đoạn" /
   "2026-2030"): the deadline kept the break, and copied a cell a line, "Năm" went on the support's name ("Sở Tư pháp
   Năm") and the deadline was "2026" alone. It reads as one period in every form.
"""

from __future__ import annotations

import pytest

from conftest import print_to_pdf
from pipeline.run import process
from pipeline.stages.deadlines import parse_deadline, unwrap_periods
from test_periods_s37 import _FORMS, _TASKS, _document, check_wrapped_period, plan_docx, plan_key, wrapped_plan

_HEADER = ("STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện")


# -- 1. Terms of a year ------------------------------------------------------------------------------------------------

_FIRST_HALF, _SECOND_HALF = ("2026-01-01", "2026-06-30"), ("2026-07-01", "2026-12-31")


@pytest.mark.parametrize("text,period", [
    ("Kỳ 1/2026", _FIRST_HALF), ("Kỳ I năm 2026", _FIRST_HALF), ("kỳ 2/2026", _SECOND_HALF), ("Kỳ II/2026", _SECOND_HALF),
    ("KỲ II NĂM 2026", _SECOND_HALF), ("Kỳ I - 2026", _FIRST_HALF), ("Kỳ I, năm 2026", _FIRST_HALF),
    ("Kỳ I/2026 và Kỳ II/2026", ("2026-01-01", "2026-12-31")), ("Trước kỳ II/2026", (None, "2026-06-30")),
    # a day printed beside the term is the deadline, as beside a phase's year
    ("Kỳ I/2026: 15/3/2026", (None, "2026-03-15")), ("Báo cáo kỳ 1 năm 2026 trước 20/6/2026", (None, "2026-06-20")),
    # a school's term and a term past the second: no date, never month N nor the calendar year
    ("Học kỳ 1/2026", (None, None)), ("Học kỳ I năm 2026", (None, None)), ("Học kỳ II năm học 2025-2026", (None, None)),
    ("HỌC KỲ 2/2026", (None, None)), ("Kỳ 3/2026", (None, None)),
    # guards: other words with "kỳ", a month, a half in words
    ("Định kỳ 6 tháng", (None, None)), ("Nhiệm kỳ 2026-2031", ("2026-01-01", "2031-12-31")),
    ("Kỳ họp thứ 10 (tháng 12/2026)", ("2026-12-01", "2026-12-31")), ("6 tháng đầu năm 2026", _FIRST_HALF),
    ("Tháng 1/2026", ("2026-01-01", "2026-01-31"))])
def test_a_term_of_a_year_is_a_half_or_nothing(text, period):
    deadline = parse_deadline(text, 2026)
    assert (deadline.start, deadline.end) == period
    assert deadline.text == text


_TERM_CELLS = (("Kỳ 1/2026", *_FIRST_HALF), ("Kỳ II năm 2026", *_SECOND_HALF), ("Học kỳ 1/2026", None, None),
               ("Quý III/2026", "2026-07-01", "2026-09-30"))


_TERM_ROWS = [(str(k + 1), _TASKS[k], "Sở Nội vụ", "Sở Tư pháp", _TERM_CELLS[k][0]) for k in range(4)]


@pytest.mark.parametrize("form", ["html", "docx", "pdf", *_FORMS[2:]])
def test_terms_in_a_time_column(tmp_path, request, form):
    doc = _document(tmp_path, _HEADER, _TERM_ROWS, form, request.getfixturevalue("printed_plans") if form == "pdf" else None)
    assert [(t.number, [m.name for m in t.support], t.deadline and (t.deadline.text, t.deadline.start, t.deadline.end))
            for t in doc.tasks] == [(str(k + 1), ["Sở Tư pháp"], _TERM_CELLS[k]) for k in range(4)]


# -- 2. Group rows titled by a time after task rows --------------------------------------------------------------------

@pytest.mark.parametrize("title", ["Năm 2027", "NĂM 2027", "Quý I/2027", "Giai đoạn 2027-2028", "Năm 2027 - 2028"])
@pytest.mark.parametrize("numbers", [("3", "4"), ("1", "2")], ids=["going on", "numbered again"])
@pytest.mark.parametrize("mark", ["II", "II.", "B"])
@pytest.mark.parametrize("form", _FORMS)
def test_a_group_titled_by_a_time_after_task_rows(tmp_path, title, numbers, mark, form):
    """Two tasks with no group, then "II | Năm 2027" over two more: the mark and its title are a group of the rows under
    it, never cells of the row above (its deadline stays "Tháng 9/2026")."""
    rows = [("1", _TASKS[0], "Sở Nội vụ", "Sở Tư pháp", "Tháng 6/2026"), ("2", _TASKS[1], "Sở Nội vụ", "Sở Tư pháp", "Tháng 9/2026"),
            (mark, title, "", "", ""), (numbers[0], _TASKS[2], "Sở Nội vụ", "Sở Tư pháp", "Tháng 6/2027"),
            (numbers[1], _TASKS[3], "Sở Nội vụ", "Sở Tư pháp", "Tháng 9/2027")]
    if form == "one cell a line":
        rows = [tuple(cell for cell in row if cell) for row in rows]
    doc = _document(tmp_path, _HEADER, rows, form)
    group = f"{mark.rstrip('.')} {title}"
    assert [(t.number, t.content, [m.name for m in t.support], [" ".join(g.replace(".", "").split()) for g in t.group_path],
             t.deadline.text) for t in doc.tasks] == [
        ("1", _TASKS[0], ["Sở Tư pháp"], [], "Tháng 6/2026"), ("2", _TASKS[1], ["Sở Tư pháp"], [], "Tháng 9/2026"),
        (numbers[0], _TASKS[2], ["Sở Tư pháp"], [group], "Tháng 6/2027"),
        (numbers[1], _TASKS[3], ["Sở Tư pháp"], [group], "Tháng 9/2027")]


# -- 3. A period wrapped after its opening words -----------------------------------------------------------------------

_OPENED = [  # (the cell's lines, the period as printed on one line, its start, its end)
    (("Giai đoạn", "2026-2030"), "Giai đoạn 2026-2030", "2026-01-01", "2030-12-31"),
    (("Năm", "2026"), "Năm 2026", "2026-01-01", "2026-12-31"),
    (("Trước ngày", "30/6/2026"), "Trước ngày 30/6/2026", None, "2026-06-30"),
    (("Trước", "30/6/2026"), "Trước 30/6/2026", None, "2026-06-30"),
    (("Quý", "III/2026"), "Quý III/2026", "2026-07-01", "2026-09-30"),
    (("Tháng", "10/2026"), "Tháng 10/2026", "2026-10-01", "2026-10-31"),
    (("Hoàn thành trước", "ngày 30/9/2026"), "Hoàn thành trước ngày 30/9/2026", None, "2026-09-30"),
    (("Từ ngày", "01/7/2026 đến 31/12/2026"), "Từ ngày 01/7/2026 đến 31/12/2026", "2026-07-01", "2026-12-31"),
]


@pytest.mark.parametrize("lines,printed,start,end", _OPENED, ids=[w[1] for w in _OPENED])
@pytest.mark.parametrize("form", ["html", "docx", "pdf", "one cell a line", "pipe", "markdown"])
def test_a_period_wrapped_after_its_opening_words_reads_as_one(tmp_path, request, lines, printed, start, end, form):
    """The second of three tasks prints the wrapped period; every task keeps its support and its period (s37's
    check of a period wrapped at its joint, on these wraps)."""
    check_wrapped_period(tmp_path, request, lines, printed, start, end, form)


@pytest.mark.parametrize("cell,expected", [
    ("Giai đoạn\n2026-2030", "Giai đoạn 2026-2030"), ("Năm\n2026", "Năm 2026"), ("NĂM\n2027", "NĂM 2027"),
    ("Trước ngày\n30/6/2026", "Trước ngày 30/6/2026"), ("Quý\nIV/2026", "Quý IV/2026"), ("Quý\nII năm 2026", "Quý II năm 2026"),
    ("Chậm nhất ngày\n15/12/2026", "Chậm nhất ngày 15/12/2026"), ("Trong năm\n2026", "Trong năm 2026"),
    # guards: the next line no time, the line before no opening words alone, dashed items
    ("Năm\nhọc 2025-2026", "Năm\nhọc 2025-2026"), ("Sở Nội vụ\n2026", "Sở Nội vụ\n2026"),
    ("Trước\nkhi ban hành", "Trước\nkhi ban hành"), ("Năm 2026\n2027", "Năm 2026\n2027"),
    ("- Quý I/2026\n- Quý II/2026", "- Quý I/2026\n- Quý II/2026"), ("Quý\nIII", "Quý\nIII")])
def test_unwrap_periods_after_opening_words(cell, expected):
    assert unwrap_periods(cell) == expected


# -- 4. A group label merged across an indicator table's row -----------------------------------------------------------

_INDICATOR_HEAD = ("ỦY BAN NHÂN DÂN", "TỈNH TÂY NINH", "Số: 12/KH-UBND", "Tây Ninh, ngày 8 tháng 1 năm 2026", "KẾ HOẠCH",
                   "Phát triển kinh tế - xã hội năm 2026", "CÁC CHỈ TIÊU CHỦ YẾU NĂM 2026")
_INDICATOR_HEADER = ("TT", "Tên chỉ tiêu", "ĐVT", "Ước TH 2025", "KH 2026")
_INDICATORS = (("1", "Tốc độ tăng trưởng kinh tế (GRDP)", "%", "7,2", "8 - 8,5"),
               ("2", "Thu ngân sách nhà nước trên địa bàn", "tỷ đồng", "5.210", "Trên 5.500"),
               ("1", "Tỷ lệ lao động qua đào tạo", "%", "70,1", "≥72"))


def _indicator_plan(tmp_path, request, labels: tuple[str, str], form: str):
    """A targets table whose two group labels ("I. CHỈ TIÊU VỀ KINH TẾ") are one cell merged across the row, the first
    right under the header: a colspan on a site, merged cells in Word (and its PDF: the module's ``printed_plans``), one
    paragraph copied as text."""
    rows = [labels[0], *_INDICATORS[:2], labels[1], _INDICATORS[2]]
    width = len(_INDICATOR_HEADER)
    if form == "html":
        cells = "".join(f"<tr><td colspan='{width}'>{r}</td></tr>" if isinstance(r, str)
                        else "<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in [_INDICATOR_HEADER, *rows])
        path = tmp_path / "plan.html"
        path.write_text("<html><body>" + "".join(f"<p>{x}</p>" for x in _INDICATOR_HEAD) + f"<table border='1'>{cells}"
                        "</table><p>Nơi nhận:</p><p>- Lưu: VT.</p></body></html>", encoding="utf-8")
        return process(path)
    if form == "pdf":
        return process(request.getfixturevalue("printed_plans")[labels])
    if form == "docx":
        return process(_indicator_docx(tmp_path, labels))
    lines = [c for r in [_INDICATOR_HEADER, *rows] for c in ([r] if isinstance(r, str) else r)]
    body = "\n".join(f"{c} |" for c in lines) if form == "pipe" else "\n\n".join(lines)
    path = tmp_path / "plan.txt"
    path.write_text("\n\n".join(_INDICATOR_HEAD) + "\n\n" + body + "\n\nNơi nhận:\n- Lưu: VT.\n", encoding="utf-8")
    return process(path)


def _indicator_docx(folder, labels: tuple[str, str], name: str = "plan"):
    """``_indicator_plan``'s Word file (its labels' cells merged across their rows), named ``name`` in ``folder``."""
    import docx

    rows = [labels[0], *_INDICATORS[:2], labels[1], _INDICATORS[2]]
    width = len(_INDICATOR_HEADER)
    path = folder / f"{name}.docx"
    document = docx.Document()
    for line in _INDICATOR_HEAD:
        document.add_paragraph(line)
    table = document.add_table(rows=len(rows) + 1, cols=width)
    table.style = "Table Grid"
    for r, row in enumerate([_INDICATOR_HEADER, *rows]):
        if isinstance(row, str):
            table.cell(r, 0).merge(table.cell(r, width - 1)).text = row
        else:
            for c, text in enumerate(row):
                table.cell(r, c).text = text
    document.add_paragraph("Nơi nhận:")
    document.save(path)
    return path


_GROUP_LABELS = [("I. CHỈ TIÊU VỀ KINH TẾ", "II. CHỈ TIÊU VỀ XÃ HỘI"), ("I. Chỉ tiêu về kinh tế", "II. Chỉ tiêu về xã hội"),
                 ("A. CÁC CHỈ TIÊU KINH TẾ", "B. CÁC CHỈ TIÊU XÃ HỘI")]


@pytest.fixture(scope="module")
def printed_plans(tmp_path_factory):
    """The PDF cases' plans printed in one LibreOffice start (a start a case cost 6.7 s): the task tables keyed as
    ``_document`` looks them up, the indicator tables by their group labels."""
    folder = tmp_path_factory.mktemp("printed")
    tables = [wrapped_plan(w[0]) for w in _OPENED] + [(_HEADER, _TERM_ROWS)]
    word_files = [plan_docx(folder, header, rows, f"plan{n}") for n, (header, rows) in enumerate(tables)]
    word_files += [_indicator_docx(folder, labels, f"indicators{n}") for n, labels in enumerate(_GROUP_LABELS)]
    return dict(zip([plan_key(*table) for table in tables] + _GROUP_LABELS, print_to_pdf(word_files)))


@pytest.mark.parametrize("labels", _GROUP_LABELS, ids=["roman", "roman, small", "letters"])
@pytest.mark.parametrize("form", ["html", "docx", "pdf", "one cell a line", "pipe"])
def test_a_group_label_merged_across_an_indicator_row(tmp_path, request, labels, form):
    """The label is the group of the indicators under it, no indicator of its own values, never lost: the first had
    been dropped and the indicators under the second hung under the first ("1" after "II" took "I" as its parent)."""
    doc = _indicator_plan(tmp_path, request, labels, form)
    marks = [label.split(".")[0] for label in labels]
    titles = [label.split(". ", 1)[1] for label in labels]
    got = [(i.code, i.name, i.target, i.parent and next(p.code for p in doc.indicators if p.id == i.parent))
           for i in doc.indicators]
    roman = marks[0] == "I"  # a row numbered "1" is part of the Roman group before it (indicators._parent_code)
    assert got == [(marks[0], titles[0], None, None), ("1", _INDICATORS[0][1], 8.0, marks[0] if roman else None),
                   ("2", _INDICATORS[1][1], 5500.0, marks[0] if roman else None), (marks[1], titles[1], None, None),
                   ("1", _INDICATORS[2][1], 72.0, marks[1] if roman else None)]
    assert [r.kind for r in doc.tables[0].rows if r.kind != "header"] == ["group", "data", "data", "group", "data"]


# -- 5. "kỳ" is a term only where a term can start (review of s38-periods) ---------------------------------------------
# "kỳ" after a word that opens no term is that word's ("Hoa Kỳ", "Thời kỳ", "nhiệm kỳ"): its number is no term nor
# month, no date. "Đến kỳ II/2026", "Cuối kỳ I/2026": done by the term's end, no start.

_TERM_READINGS = [
    # words whose "kỳ" is their own, spaced as a copy spaces them
    ("Hoa Kỳ 1/2026", (None, None)), ("Thời kỳ 1/2026", (None, None)), ("nhiệm  kỳ 2/2026", (None, None)),
    ("Nhiệm\tkỳ II/2026", (None, None)), ("Chu  kỳ 2/2026", (None, None)), ("Học  kỳ 1/2026", (None, None)),
    ("HỌC  KỲ II NĂM 2026", (None, None)), ("Báo cáo kỳ I/2026", (None, None)), ("Họp kỳ II/2026", (None, None)),
    ("Thi kỳ 1/2026", (None, None)), ("Hội nghị sơ kết kỳ 2 năm 2026", (None, None)),
    # the words of time before a term bound it
    ("Đến kỳ II/2026", (None, "2026-12-31")), ("đến hết kỳ I/2026", (None, "2026-06-30")),
    ("Đến  hết kỳ 2/2026", (None, "2026-12-31")), ("Cuối kỳ I/2026", (None, "2026-06-30")),
    ("Hết kỳ II năm 2026", (None, "2026-12-31")), ("Chậm nhất đến kỳ I/2026", (None, "2026-06-30")),
    ("Từ kỳ II/2026", ("2026-07-01", None)), ("Đầu kỳ II/2026", (None, None)), ("Giữa kỳ I/2026", (None, None)),
    # guards: a term at the start of a clause, after "trong", "trước", after another term
    ("Trong kỳ I/2026", _FIRST_HALF), ("Trước  kỳ II/2026", (None, "2026-06-30")), ("Sở Nội vụ; kỳ I/2026", _FIRST_HALF),
    ("(Kỳ II/2026)", _SECOND_HALF), ("Kỳ I/2026 đến kỳ II/2026", ("2026-01-01", "2026-12-31")),
    ("Báo cáo kỳ I/2026 trước 15/6/2026", (None, "2026-06-15"))]


@pytest.mark.parametrize("text,period", _TERM_READINGS, ids=[t for t, _ in _TERM_READINGS])
def test_kỳ_is_a_term_only_where_a_term_starts(text, period):
    deadline = parse_deadline(text, 2026)
    assert (deadline.start, deadline.end) == period
    assert deadline.text == text


_LOOKALIKE_CELLS = (("Đến kỳ II/2026", None, "2026-12-31"), ("Thời kỳ 1/2026", None, None),
                    ("Cuối kỳ I/2026", None, "2026-06-30"), ("Hoa Kỳ 1/2026", None, None))


@pytest.mark.parametrize("form", ["html", "docx", *_FORMS[2:]])
def test_terms_and_look_alikes_in_a_time_column(tmp_path, form):
    rows = [(str(k + 1), _TASKS[k], "Sở Nội vụ", "Sở Tư pháp", _LOOKALIKE_CELLS[k][0]) for k in range(4)]
    doc = _document(tmp_path, _HEADER, rows, form)
    assert [(t.number, [m.name for m in t.support], t.deadline and (t.deadline.text, t.deadline.start, t.deadline.end))
            for t in doc.tasks] == [(str(k + 1), ["Sở Tư pháp"], _LOOKALIKE_CELLS[k]) for k in range(4)]
