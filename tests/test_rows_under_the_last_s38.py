"""Lines under a task table's last row, and body cells that open with a count (s38 review cases). A table copied as text
one cell a line or as '|' cells had read them into wrong values:
- a stray word, then a figure on its own line that runs on from the last row's number, then a body's name ("ở" / "3" /
  "Công an tỉnh": a figure of a body's cell on a line of its own) opened row 3, the body merged into the last row's lead
  (with no stray word before it, "3" / "Công an tỉnh" is a last row under merged cells:
  tests/test_rows_under_the_last_s38_review.py);
- a row in small letters printing its own body and time under a numbered row was joined to it as its lower half (its
  body a second lead, its time a second line of the deadline);
- a body's cell opening with a count ("03 tổ kiểm tra liên ngành") read as a name's second line, the task before it
  pushed into the lead column (and the row dropped);
- a place-and-date line under the last row ("Hà Giang, ngày 12 tháng 3 năm 2026") went on the last row's deadline.
HTML and DOCX print the lines as paragraphs after the table and the cells as cells: guards."""

from __future__ import annotations

import pytest

from pipeline.run import process
from pipeline.stages.tables import _ends_table

from test_rows_under_the_last_s37 import _ROWS, _UNDER_BODIES, _write

_FORMS = ["txt", "pipe", "html", "docx"]


def _tasks(doc):
    return [(t.number, " ".join(t.content.split()), [a.name for a in t.lead], [a.name for a in t.support],
             t.deadline.text if t.deadline else None)
            for t in sorted(doc.tasks, key=lambda t: int(t.id.rsplit("_", 1)[-1]))]


def _expected(rows):
    return [(r[0] or None, r[1], [r[2]] if r[2] else [], [r[3]] if r[3] else [], r[4] or None) for r in rows]


_COUNTS_UNDER = (("ở", "3", "Công an tỉnh"), ("tại", "3", "Sở Y tế", "TỈNH QUẢNG NGÃI"), ("về", "3", "UBND huyện Sơn Tịnh"),
                 ("các", "3", "Sở Giáo dục và Đào tạo", "Nguyễn Văn An"))


# s42-tabtext's whole cells (a '|' copy prints an empty cell " |", so the cells after a row's last printed one are merged
# down, not doubtful) had let the aligned reading win under the last row of the '|' copy of "các": the stray word joined
# the last task's text ("… hài lòng các"). Since s43 the lines from the stray word on are no cells at all
# (tables._lines_under_the_last_row; variants in tests/test_copied_rows_s43.py).
@pytest.mark.parametrize("form, under", [pytest.param(form, under, id=f"{'/'.join(under[:3])}-{form}")
                                         for under in _COUNTS_UNDER for form in _FORMS])
def test_a_figure_running_on_under_the_last_row_before_a_lone_body_opens_no_row(tmp_path, form, under):
    rows = _ROWS[_COUNTS_UNDER.index(under) % 2]
    doc = process(_write(tmp_path, form, rows, [*under, "Nơi nhận:"]))
    assert _tasks(doc) == _expected(rows)


_OWN_ROWS = (("tổng hợp báo cáo kết quả", "Công an tỉnh", "", "Tháng 12/2025"),
             ("đánh giá, rút kinh nghiệm", "Sở Nội vụ", "Sở Tư pháp", "Trước ngày 15/12/2025"),
             ("sơ kết việc thực hiện", "Văn phòng UBND tỉnh", "", "Quý IV/2025"))


@pytest.mark.parametrize("form", _FORMS)
@pytest.mark.parametrize("own", _OWN_ROWS, ids=[r[0] for r in _OWN_ROWS])
def test_a_row_printing_its_own_body_and_time_is_no_lower_half_of_the_numbered_row(tmp_path, form, own):
    rows = (*_ROWS[_OWN_ROWS.index(own) % 2], ("", *own))
    doc = process(_write(tmp_path, form, rows, ["Nơi nhận:"]))
    assert _tasks(doc) == _expected(rows)


_COUNTED_BODIES = ("03 tổ kiểm tra liên ngành", "02 đoàn công tác", "05 đoàn kiểm tra của tỉnh")


@pytest.mark.parametrize("form", _FORMS)
@pytest.mark.parametrize("body", _COUNTED_BODIES)
def test_a_body_cell_opening_with_a_count_keeps_the_task_in_its_column(tmp_path, form, body):
    """Under a lettered row, a row whose body's cell opens with a count: one cell a line, the task had gone on the
    lead's first line and the count on its second (the row then dropped as having no task)."""
    rows = (*_ROWS[0], ("", "a) Rà soát hồ sơ công vụ", *_UNDER_BODIES[0]),
            ("", "kiểm tra việc niêm yết công khai", body, "", "Quý IV/2025"))
    doc = process(_write(tmp_path, form, rows, ["Nơi nhận:"]))
    assert _tasks(doc) == _expected(rows)


@pytest.mark.parametrize("form", _FORMS)
@pytest.mark.parametrize("body", _COUNTED_BODIES)
def test_a_numbered_row_whose_support_opens_with_a_count(tmp_path, form, body):
    """Guard (passes before): a count in the support's cell under a lead's name stays the support's."""
    rows = (*_ROWS[1], ("3", "Kiểm tra việc niêm yết công khai", "Sở Nội vụ", body, "Quý IV/2025"))
    doc = process(_write(tmp_path, form, rows, ["Nơi nhận:"]))
    assert _tasks(doc) == _expected(rows)


_PLACE_AND_DATE = (("Hà Giang, ngày 12 tháng 3 năm 2026", "TM. ỦY BAN NHÂN DÂN"),
                   ("Thành phố Hồ Chí Minh, ngày      tháng      năm 2026",),
                   ("TP. Cần Thơ, ngày 5 tháng 01 năm 2026.", "KT. CHỦ TỊCH"),
                   ("Quảng Ngãi, ngày 20 tháng 5 năm 2025", "CHỦ TỊCH", "Nguyễn Văn An"))


@pytest.mark.parametrize("form", _FORMS)
@pytest.mark.parametrize("under", _PLACE_AND_DATE, ids=[u[0][:12] for u in _PLACE_AND_DATE])
def test_a_place_and_date_line_under_the_last_row_is_no_part_of_its_deadline(tmp_path, form, under):
    rows = _ROWS[_PLACE_AND_DATE.index(under) % 2]
    doc = process(_write(tmp_path, form, rows, list(under)))
    assert _tasks(doc) == _expected(rows)


@pytest.mark.parametrize("text, ends", [
    ("Hà Giang, ngày 12 tháng 3 năm 2026", True), ("Thành phố Hồ Chí Minh, ngày    tháng    năm 2026", True),
    ("TP. Hồ Chí Minh, ngày 5 tháng 01 năm 2020.", True),
    # a cell's own date: no place before it, a place in small letters, or words after the year
    ("Trước ngày 12 tháng 3 năm 2026", False), ("Hội nghị sơ kết, ngày 12 tháng 3 năm 2026", False),
    ("Sở Nội vụ, ngày 12 tháng 3 năm 2026", False), ("Hà Nội, ngày 12 tháng 3 năm 2026 tổ chức hội nghị", False)])
def test_which_date_lines_end_a_table(text, ends):
    assert _ends_table(text) is ends


def _pdf_cases():
    """Every case above as (id, rows, lines under the table, the tasks expected)."""
    cases = [(f"count-{k}", _ROWS[k % 2], [*under, "Nơi nhận:"]) for k, under in enumerate(_COUNTS_UNDER)]
    cases += [(f"own-{k}", (*_ROWS[k % 2], ("", *own)), ["Nơi nhận:"]) for k, own in enumerate(_OWN_ROWS)]
    cases += [(f"counted-{k}", (*_ROWS[0], ("", "a) Rà soát hồ sơ công vụ", *_UNDER_BODIES[0]),
                                ("", "kiểm tra việc niêm yết công khai", body, "", "Quý IV/2025")), ["Nơi nhận:"])
              for k, body in enumerate(_COUNTED_BODIES)]
    cases += [(f"date-{k}", _ROWS[k % 2], list(under)) for k, under in enumerate(_PLACE_AND_DATE)]
    return cases


@pytest.fixture(scope="module")
def pdf_files(tmp_path_factory):
    """The cases as Word files printed to PDF, in one LibreOffice start (a start costs more than a conversion)."""
    from task_layouts.render import convert, libreoffice

    if not libreoffice():
        pytest.skip("LibreOffice is not installed")
    folder = tmp_path_factory.mktemp("pdf")
    sources = []
    for name, rows, under in _pdf_cases():
        (folder / name).mkdir()
        sources.append(_write(folder / name, "docx", rows, under).rename(folder / f"{name}.docx"))
    convert(sources, "pdf", folder)
    return {path.stem: path for path in folder.glob("*.pdf")}


@pytest.mark.parametrize("name, rows", [(name, rows) for name, rows, _ in _pdf_cases()], ids=[c[0] for c in _pdf_cases()])
def test_the_cases_printed_to_pdf(pdf_files, name, rows):
    """Guard (passes before): a PDF's ruled table is read by its grid, the lines under it as the document's."""
    assert _tasks(process(pdf_files[name])) == _expected(rows)
