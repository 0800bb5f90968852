"""Periods and phases in the time cells of task tables (s37-period), on small tables of our own wordings in every form.

1. A period broken across its cell's lines at its joint ("2027-" / "2028", "01/2026 -" / "06/2027", "Quý I -" /
   "Quý II/2027", "2026 đến" / "2027"): a wrap in a PDF cell, a soft break in a Word cell, a <br> on a site. The
   deadline kept the line break in its text ("2027-\\n2028"; the 26th bed's two PDF layouts), and copied one cell a
   line, "2027-" (a year before a hyphen: no time to the cell reader) went on the support's name ("Sở Tư pháp 2027")
   and the deadline was "2028" alone: a confident wrong period. It now reads as printed on one line, in every form.
"""

from __future__ import annotations

import pytest

from conftest import write_with_table
from pipeline.run import process
from pipeline.stages.deadlines import unwrap_periods
from test_eighteenth_bed import _HEAD, _write

_TASKS = ("Rà soát quy trình nội bộ về tiếp nhận hồ sơ", "Tổ chức hội nghị tập huấn nghiệp vụ",
          "Xây dựng cơ sở dữ liệu đất đai cấp xã", "Kiểm tra việc thực hiện tại cơ sở")
_AFTER = ["Nơi nhận:", "- Lưu: VT."]
# how each form prints a line break inside a cell
_BREAK = {"html": "<br>", "docx": "\n", "pdf": "\n", "one cell a line": "\n\n", "pipe": "\n", "markdown": "<br>"}


def _document(tmp_path, header: tuple[str, ...], rows: list[tuple[str, ...]], form: str):
    """A plan whose one table is ``header`` over ``rows``; a cell's "\\n" is a line break in the cell, as ``form``
    prints it."""
    rows = [tuple(cell.replace("\n", _BREAK.get(form, "\n")) for cell in row) for row in rows]
    if form in ("html", "docx", "pdf"):
        return process(write_with_table(tmp_path, list(_HEAD), [list(header), *map(list, rows)], _AFTER, form))
    return process(_write(tmp_path, header, rows, form))


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


@pytest.mark.parametrize("lines,printed,start,end", _WRAPPED, ids=[w[1] for w in _WRAPPED])
@pytest.mark.parametrize("form", list(_BREAK))
def test_a_period_wrapped_in_its_cell_reads_as_one(tmp_path, lines, printed, start, end, form):
    header = ("STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện")
    rows = [(str(k + 1), _TASKS[k], "Sở Nội vụ", "Sở Tư pháp", "\n".join(lines) if k == 1 else "Quý II/2026")
            for k in range(3)]
    doc = _document(tmp_path, header, rows, form)
    quarter = ("Quý II/2026", "2026-04-01", "2026-06-30")
    assert [(t.number, [m.name for m in t.support], (t.deadline.text, t.deadline.start, t.deadline.end))
            for t in doc.tasks] == [("1", ["Sở Tư pháp"], quarter), ("2", ["Sở Tư pháp"], (printed, start, end)),
                                    ("3", ["Sở Tư pháp"], quarter)]


@pytest.mark.parametrize("cell,expected", [
    ("2027-\n2028", "2027-2028"), ("Quý I -\nQuý II/2027", "Quý I - Quý II/2027"), ("2026 đến\n2027", "2026 đến 2027"),
    ("2026\nđến Quý II/2027", "2026 đến Quý II/2027"), ("Tháng 10 -\n12/2026", "Tháng 10 - 12/2026"),
    ("2026 —\n2030", "2026 — 2030"), ("Quý III/2026 -\nQuý I/2027;\nbáo cáo hằng quý", "Quý III/2026 - Quý I/2027;\nbáo cáo hằng quý"),
    # guards: dashed items, a wrap at a space, a joint before no time, an item of its own after a time
    ("- Quý I/2026\n- Quý II/2026", "- Quý I/2026\n- Quý II/2026"), ("Giai đoạn\n2026-2030", "Giai đoạn\n2026-2030"),
    ("Quý I/2026 -\nBáo cáo kết quả", "Quý I/2026 -\nBáo cáo kết quả"),
    ("Quý I/2026\n- Quý II/2026: ban hành", "Quý I/2026\n- Quý II/2026: ban hành"),
    ("Sở Nội vụ -\n2026", "Sở Nội vụ -\n2026"), ("Năm 2026", "Năm 2026")])
def test_unwrap_periods(cell, expected):
    assert unwrap_periods(cell) == expected
