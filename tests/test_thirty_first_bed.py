"""Task tables as provinces publish them, read from the DOCX, the PDF printed from it and the HTML: the thirty-first
test bed (tests/task_layouts, layouts 227-238, --bed thirty_first), written blind, with s42's two gaps of tables
ruled between their columns only.

What was wrong before (each case named fails without its fix; counts in the CHANGELOG):
- (227, 228, 231, 237: PDF) numbers, or every cell but the task's, centred down their rows: the band under the header
  was left unsplit, every task but the first lost and the first's bodies and time null with warnings; now each number
  half-way between its row's first and last lines proves where the rows end (``rules._centred_row_cuts``);
- (229, 230, 238: PDF) unnumbered sub-rows "- …" / "+ …" under a numbered "… gồm:" row: the numbered row took its
  sub-rows' text, bodies and times null with warnings; now a sub-row opens at a dashed line of the task's column
  level with the other columns' first lines (``rules._sub_row_cuts``). Taken out in the s43 review: a task listing
  dashed parts in one cell beside a wrapped lead ("Sở Văn hóa," / "Thể thao và" / "Du lịch", level with the dashed
  lines, Word rows printed with no padding between them) was cut into invented sub-rows with broken leads, and the
  lines of such a PDF cannot tell the two apart; these layouts are back to null bodies and times with warnings
  (strict xfails below, ``_SUB_ROWS``). s44-blindtab put the rule back with guards; the s44 review found it still
  inventing rows (nested "+" lists, co-leads one a line, names wrapped before a capital, merged cells:
  tests/test_s44_review_pdf.py) and it was taken out again.
"""

from __future__ import annotations

import pytest

from task_layouts import build, evaluate, expected_of_layout, libreoffice
from task_layouts.layouts import BY_NAME, THIRTY_FIRST_BED

_FORMS = ("docx", "html") + (("pdf",) if libreoffice() else ())
# unnumbered sub-rows under a numbered row, ruled between columns only: no rule between the rows, no padding between
# Word's rows, so a sub-row's dashed line level with the other columns' first lines is also a wrapped cell's line
# beside a task's dashed parts (s43 review, finding 1): read as null with warnings, never cut on a guess
_SUB_ROWS = {"vertical_rules_dashed_sub_rows", "vertical_rules_plus_sub_rows", "vertical_rules_sub_rows_bullet_supports"}
_WHY = ("PDF sub-rows under a numbered row are not parted (rules._sub_row_cuts taken out, s43 and s44 reviews: the "
        "print cannot prove them): null + warning")


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    return build(tmp_path_factory.mktemp("bed31"), [BY_NAME[name] for name in THIRTY_FIRST_BED], _FORMS)


@pytest.mark.parametrize("name,fmt", [
    pytest.param(name, fmt, marks=[pytest.mark.xfail(strict=True, reason=_WHY)] if (name in _SUB_ROWS and fmt == "pdf") else [])
    for name in THIRTY_FIRST_BED for fmt in _FORMS if fmt not in BY_NAME[name].skip])
def test_thirty_first_bed_keeps_every_task(printed, name, fmt):
    layout = BY_NAME[name]
    failures = evaluate(printed[name, fmt], expected_of_layout(layout), name, fmt).failures()
    assert not failures, "\n".join([layout.note, *failures])
