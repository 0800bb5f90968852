"""Periods and phases in the time cells of task tables (s37-period), on small tables of our own wordings in every form.

1. A period broken across its cell's lines at its joint ("2027-" / "2028", "01/2026 -" / "06/2027", "Quý I -" /
   "Quý II/2027", "2026 đến" / "2027"): a wrap in a PDF cell, a soft break in a Word cell, a <br> on a site. The
   deadline kept the line break in its text ("2027-\\n2028"; the 26th bed's two PDF layouts), and copied one cell a
   line, "2027-" (a year before a hyphen: no time to the cell reader) went on the support's name ("Sở Tư pháp 2027")
   and the deadline was "2028" alone: a confident wrong period. It now reads as printed on one line, in every form.
2. A phase printed with no time ("Giai đoạn 1", "Giai đoạn I", "II"): HTML made a "Giai đoạn" column of them the
   deadline column (its cells looked like times by the word "giai đoạn") where a text copy left it unplaced; a
   deadline column of phases gave a deadline "Giai đoạn 1" that ends nowhere; and copied one cell a line, a Roman
   phase ("I", "II") beside a completion column opened a group row ("I | 31/12/2027") that took the completion time
   as its title, so the tasks under it lost their deadline. A phase is no deadline in any form; its cell stays in
   the table's row.
"""

from __future__ import annotations

import pytest

from conftest import print_to_pdf, write_with_table
from pipeline.run import process
from pipeline.stages.cells import names_a_phase_only
from pipeline.stages.deadlines import unwrap_periods
from test_eighteenth_bed import _HEAD, _write

_TASKS = ("Rà soát quy trình nội bộ về tiếp nhận hồ sơ", "Tổ chức hội nghị tập huấn nghiệp vụ",
          "Xây dựng cơ sở dữ liệu đất đai cấp xã", "Kiểm tra việc thực hiện tại cơ sở")
_AFTER = ["Nơi nhận:", "- Lưu: VT."]
# how each form prints a line break inside a cell
_BREAK = {"html": "<br>", "docx": "\n", "pdf": "\n", "one cell a line": "\n\n", "pipe": "\n", "markdown": "<br>"}


def _document(tmp_path, header: tuple[str, ...], rows: list[tuple[str, ...]], form: str, pdfs=None):
    """A plan whose one table is ``header`` over ``rows``; a cell's "\\n" is a line break in the cell, as ``form``
    prints it. ``pdfs``: the module's PDFs printed at once (print_plans), where a PDF's plan is taken from."""
    rows = _broken(rows, form)
    if form == "pdf" and pdfs is not None:
        return process(pdfs[(header, tuple(rows))])
    if form in ("html", "docx", "pdf"):
        return process(write_with_table(tmp_path, list(_HEAD), [list(header), *map(list, rows)], _AFTER, form))
    return process(_write(tmp_path, header, rows, form))


def _broken(rows: list[tuple[str, ...]], form: str) -> list[tuple[str, ...]]:
    return [tuple(cell.replace("\n", _BREAK.get(form, "\n")) for cell in row) for row in rows]


def plan_docx(folder, header: tuple[str, ...], rows: list[tuple[str, ...]], name: str):
    """The Word file ``_document`` prints to a PDF for ``header`` over ``rows``, named ``name`` in ``folder``."""
    return write_with_table(folder, list(_HEAD), [list(header), *map(list, _broken(rows, "pdf"))], _AFTER, "docx", name)


def plan_key(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> tuple:
    """How ``_document`` looks up a plan's PDF among ``pdfs``."""
    return header, tuple(_broken(rows, "pdf"))


def print_plans(folder, plans: list[tuple[tuple[str, ...], list[tuple[str, ...]]]]) -> dict:
    """The PDFs of ``plans`` ((header, rows) each, as ``_document`` is given them) printed in one LibreOffice start:
    ``_document``'s ``pdfs``."""
    word_files = [plan_docx(folder, header, rows, f"plan{n}") for n, (header, rows) in enumerate(plans)]
    return dict(zip((plan_key(*plan) for plan in plans), print_to_pdf(word_files)))


# -- 1. A period wrapped in its cell -----------------------------------------------------------------------------------

_WRAPPED = [  # (the cell's lines, the period as printed unwrapped, its start, its end)
    (("2027-", "2028"), "2027-2028", "2027-01-01", "2028-12-31"),
    (("Giai đoạn 2 (2027-", "2028)"), "Giai đoạn 2 (2027-2028)", "2027-01-01", "2028-12-31"),
    (("01/2026 -", "06/2027"), "01/2026 - 06/2027", "2026-01-01", "2027-06-30"),
    (("Quý I -", "Quý II/2027"), "Quý I - Quý II/2027", "2027-01-01", "2027-06-30"),
    (("2026 –", "2027"), "2026 – 2027", "2026-01-01", "2027-12-31"),
    (("2026 đến", "2027"), "2026 đến 2027", "2026-01-01", "2027-12-31"),
    (("Tháng 10/2026 -", "Tháng 3/2027"), "Tháng 10/2026 - Tháng 3/2027", "2026-10-01", "2027-03-31"),
    (("2026", "– 2027"), "2026 – 2027", "2026-01-01", "2027-12-31"),
    (("Từ 01/11/2026 đến", "31/3/2027"), "Từ 01/11/2026 đến 31/3/2027", "2026-11-01", "2027-03-31"),
]


def wrapped_plan(lines: tuple[str, ...]) -> tuple[tuple[str, ...], list[tuple[str, ...]]]:
    """Three tasks, the second's time cell ``lines`` (broken in the cell), the others' one quarter: (header, rows)."""
    header = ("STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện")
    return header, [(str(k + 1), _TASKS[k], "Sở Nội vụ", "Sở Tư pháp", "\n".join(lines) if k == 1 else "Quý II/2026")
                    for k in range(3)]


@pytest.fixture(scope="module")
def printed_plans(tmp_path_factory):
    """The PDF cases' plans printed in one LibreOffice start (a start a case cost 6.7 s)."""
    return print_plans(tmp_path_factory.mktemp("printed"), [wrapped_plan(w[0]) for w in _WRAPPED])


def check_wrapped_period(tmp_path, request, lines, printed, start, end, form):
    """The second task's deadline is the period as printed on one line; every task keeps its support. A PDF case's
    plan is the one the module's ``printed_plans`` printed."""
    pdfs = request.getfixturevalue("printed_plans") if form == "pdf" else None
    doc = _document(tmp_path, *wrapped_plan(lines), form, pdfs)
    quarter = ("Quý II/2026", "2026-04-01", "2026-06-30")
    assert [(t.number, [m.name for m in t.support], (t.deadline.text, t.deadline.start, t.deadline.end))
            for t in doc.tasks] == [("1", ["Sở Tư pháp"], quarter), ("2", ["Sở Tư pháp"], (printed, start, end)),
                                    ("3", ["Sở Tư pháp"], quarter)]


@pytest.mark.parametrize("lines,printed,start,end", _WRAPPED, ids=[w[1] for w in _WRAPPED])
@pytest.mark.parametrize("form", list(_BREAK))
def test_a_period_wrapped_in_its_cell_reads_as_one(tmp_path, request, lines, printed, start, end, form):
    check_wrapped_period(tmp_path, request, lines, printed, start, end, form)


@pytest.mark.parametrize("cell,expected", [
    ("2027-\n2028", "2027-2028"), ("Quý I -\nQuý II/2027", "Quý I - Quý II/2027"), ("2026 đến\n2027", "2026 đến 2027"),
    ("2026\nđến Quý II/2027", "2026 đến Quý II/2027"), ("Tháng 10 -\n12/2026", "Tháng 10 - 12/2026"),
    ("2026 —\n2030", "2026 — 2030"), ("Quý III/2026 -\nQuý I/2027;\nbáo cáo hằng quý", "Quý III/2026 - Quý I/2027;\nbáo cáo hằng quý"),
    # guards: dashed items, a wrap at a space, a joint before no time, an item of its own after a time
    ("- Quý I/2026\n- Quý II/2026", "- Quý I/2026\n- Quý II/2026"), ("Năm 2026\n2027", "Năm 2026\n2027"),
    ("Quý I/2026 -\nBáo cáo kết quả", "Quý I/2026 -\nBáo cáo kết quả"),
    ("Quý I/2026\n- Quý II/2026: ban hành", "Quý I/2026\n- Quý II/2026: ban hành"),
    ("Sở Nội vụ -\n2026", "Sở Nội vụ -\n2026"), ("Năm 2026", "Năm 2026")])
def test_unwrap_periods(cell, expected):
    assert unwrap_periods(cell) == expected


# -- 2. Phases printed with no time ------------------------------------------------------------------------------------

_FORMS = ("html", "docx", "one cell a line", "pipe", "markdown", "tabs")


@pytest.mark.parametrize("phases", [("I", "II", "III"), ("I.", "II.", "III."), ("Giai đoạn 1", "Giai đoạn 2", "Giai đoạn 3"),
                                    ("Giai đoạn I", "Giai đoạn II", "Giai đoạn III")],
                         ids=["roman", "roman with stops", "numbered", "numbered in Roman"])
@pytest.mark.parametrize("completion", [("Thời hạn hoàn thành", "31/12/2027", (None, "2027-12-31")),
                                        ("Thời gian hoàn thành", "Quý IV/2026", ("2026-10-01", "2026-12-31"))])
@pytest.mark.parametrize("form", _FORMS)
def test_phases_beside_a_completion_column_keep_its_deadline(tmp_path, phases, completion, form):
    """A phase column beside the completion time ("Giai đoạn thực hiện" | "Thời hạn hoàn thành"): every task keeps the
    completion deadline, the phase giving it no start; the phases stay in their cells (no group row "I | 31/12/2027")."""
    name, cell, period = completion
    rows = [(str(k + 1), _TASKS[k], "Sở Nội vụ", phases[k], cell) for k in range(3)]
    doc = _document(tmp_path, ("STT", "Nội dung", "Cơ quan chủ trì", "Giai đoạn thực hiện", name), rows, form)
    assert [(t.number, t.content, [m.name for m in t.lead], t.group_path, t.deadline and (t.deadline.start, t.deadline.end))
            for t in doc.tasks] == [(str(k + 1), _TASKS[k], ["Sở Nội vụ"], [], period) for k in range(3)]
    assert [r.cells[3] for r in doc.tables[0].rows if r.kind == "data"] == list(phases)
    assert not [w for w in doc.warnings if w.code == "table_row_uncertain"]


@pytest.mark.parametrize("phases", [("I", "II", "III", "IV"), ("Giai đoạn 1", "Giai đoạn 2", "Giai đoạn 3", "Giai đoạn 3"),
                                    ("Giai đoạn I", "Giai đoạn II", "Giai đoạn I", "Giai đoạn II"),
                                    ("Đợt 1", "Đợt 2", "Đợt 2", "Đợt 3")],
                         ids=["roman", "numbered", "numbered in Roman", "rounds"])
@pytest.mark.parametrize("header", ["Giai đoạn", "Giai đoạn thực hiện", "Thời gian thực hiện"])
@pytest.mark.parametrize("form", _FORMS)
def test_a_column_of_phases_gives_no_deadline(tmp_path, phases, header, form):
    """A time column whose cells are phases with no time: no task has a deadline (none that ends nowhere), in every
    form; a stage column named by no year ("Giai đoạn") is no deadline column either, whatever the form."""
    rows = [(str(k + 1), _TASKS[k], "Sở Nội vụ", "Sở Tư pháp", phases[k]) for k in range(4)]
    doc = _document(tmp_path, ("STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", header), rows, form)
    assert [(t.number, [m.name for m in t.lead], [m.name for m in t.support], t.group_path, t.deadline)
            for t in doc.tasks] == [(str(k + 1), ["Sở Nội vụ"], ["Sở Tư pháp"], [], None) for k in range(4)]
    if header.startswith("Giai đoạn"):
        assert doc.tables[0].columns[4].role not in ("deadline", "start")
    assert not [w for w in doc.warnings if w.code in ("table_row_uncertain", "unresolved_agency")]


@pytest.mark.parametrize("titles", [("Năm 2026", "Năm 2027"), ("Quý I/2026", "Quý II/2026"), ("NĂM 2026", "NĂM 2027"),
                                    ("Giai đoạn 2026-2027", "Giai đoạn 2028-2030")])
@pytest.mark.parametrize("form", _FORMS)
def test_group_rows_titled_by_a_time_stay_groups(tmp_path, titles, form):
    """Guard: Roman group rows whose title is a time ("I | Năm 2026", copied a cell a line with no empty cells) head
    the tasks under them; the marks are no phases (they come before their tasks), the titles no task's deadline."""
    rows = [("I", titles[0], "", "", ""), ("1", _TASKS[0], "Sở Nội vụ", "Sở Tư pháp", "Tháng 6/2026"),
            ("2", _TASKS[1], "Sở Nội vụ", "Sở Tư pháp", "Tháng 9/2026"), ("II", titles[1], "", "", ""),
            ("1", _TASKS[2], "Sở Nội vụ", "Sở Tư pháp", "Tháng 6/2027"), ("2", _TASKS[3], "Sở Nội vụ", "Sở Tư pháp", "Tháng 9/2027")]
    if form == "one cell a line":
        rows = [tuple(cell for cell in row if cell) for row in rows]
    doc = _document(tmp_path, ("STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"), rows, form)
    groups = [f"I {titles[0]}"] * 2 + [f"II {titles[1]}"] * 2
    assert [(t.number, t.content, len(t.group_path), t.deadline.text) for t in doc.tasks] == [
        ("1", _TASKS[0], 1, "Tháng 6/2026"), ("2", _TASKS[1], 1, "Tháng 9/2026"), ("1", _TASKS[2], 1, "Tháng 6/2027"),
        ("2", _TASKS[3], 1, "Tháng 9/2027")]
    assert [" ".join(t.group_path[0].split()) for t in doc.tasks] == groups


@pytest.mark.parametrize("header", ["Giai đoạn thực hiện", "Thời gian thực hiện"])
@pytest.mark.parametrize("form", _FORMS)
def test_a_phase_among_times_is_no_deadline_and_the_times_are(tmp_path, header, form):
    """"Giai đoạn 1" among periods ("2026-2027", "Giai đoạn 1 (2026)"): that task has no deadline, the others theirs."""
    cells = ("2026-2027", "Giai đoạn 1", "Quý III/2026", "Giai đoạn 2 (2028)")
    rows = [(str(k + 1), _TASKS[k], "Sở Nội vụ", "Sở Tư pháp", cells[k]) for k in range(4)]
    doc = _document(tmp_path, ("STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", header), rows, form)
    assert [t.deadline and (t.deadline.text, t.deadline.end) for t in doc.tasks] == [
        ("2026-2027", "2027-12-31"), None, ("Quý III/2026", "2026-09-30"), ("Giai đoạn 2 (2028)", "2028-12-31")]
    assert [r.cells[4] for r in doc.tables[0].rows if r.kind == "data"] == list(cells)


@pytest.mark.parametrize("text,phase", [
    ("Giai đoạn 1", True), ("Giai đoạn I", True), ("GIAI ĐOẠN II", True), ("Giai đoạn chuẩn bị", True), ("Đợt 2", True),
    ("Bước 3", True), ("II", True), ("IV.", True),
    ("Giai đoạn 1 (2026)", False), ("Giai đoạn 2026-2030", False), ("Giai đoạn 1 (Quý II)", False),
    ("Bước 1: tháng 3/2026", False), ("Đợt 1 hằng năm", False), ("Giai đoạn 1: thường xuyên", False),
    ("Quý II/2026", False), ("2026-2027", False), ("Thường xuyên", False), ("Chuẩn bị", False), ("x", False),
    ("Ib", False), ("Theo hướng dẫn của Bộ Nội vụ", False)])
def test_names_a_phase_only(text, phase):
    assert names_a_phase_only(text) is phase


@pytest.mark.parametrize("text,phase", [
    ("Lần 1", True), ("Khóa I", True), ("GĐ 2", True), ("Lần 2/2026", False),
    ("Lần lượt triển khai", False), ("GĐ Sở Y tế", False), ("Khóa học bồi dưỡng", False)])
def test_names_a_phase_only_by_round_words(text, phase):
    """"Lần", "Khóa", "GĐ" name a round only before its number ("Lần lượt", "Khóa học", "GĐ Sở" name none)."""
    assert names_a_phase_only(text) is phase


@pytest.mark.parametrize("form", ["html", "docx", "one cell a line", "pipe"])
def test_a_phase_numbered_before_its_year_is_that_year(tmp_path, form):
    """"Đợt 2/2026", "Giai đoạn 1/2027" in a time cell: the round of that year, the deadline the year (not February, not
    January); a month, a phase with its own date keep theirs."""
    cells = ("Đợt 2/2026", "Giai đoạn 1/2027", "tháng 2/2026", "Đợt 1: 15/3/2026")
    rows = [(str(k + 1), _TASKS[k], "Sở Nội vụ", "Sở Tư pháp", cells[k]) for k in range(4)]
    doc = _document(tmp_path, ("STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"), rows, form)
    assert [t.deadline and (t.deadline.text, t.deadline.start, t.deadline.end) for t in doc.tasks] == [
        ("Đợt 2/2026", "2026-01-01", "2026-12-31"), ("Giai đoạn 1/2027", "2027-01-01", "2027-12-31"),
        ("tháng 2/2026", "2026-02-01", "2026-02-28"), ("Đợt 1: 15/3/2026", None, "2026-03-15")]
