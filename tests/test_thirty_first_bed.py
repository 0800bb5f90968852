"""Task tables as provinces publish them, read from the DOCX, the PDF printed from it and the HTML: the thirty-first
test bed (tests/task_layouts, layouts 227-238, --bed thirty_first), written blind, with s42's two gaps of tables
ruled between their columns only.

What was wrong before (each case named fails without its fix; counts in the CHANGELOG):
- (227, 228, 231, 237: PDF) numbers, or every cell but the task's, centred down their rows: the band under the header
  was left unsplit, every task but the first lost and the first's bodies and time null with warnings; now each number
  half-way between its row's first and last lines proves where the rows end (``rules._centred_row_cuts``);
- (229, 230, 238: PDF) unnumbered sub-rows "- …" / "+ …" under a numbered "… gồm:" row: the numbered row took its
  sub-rows' text, bodies and times null with warnings; s43 parted them at dashed lines (``rules._sub_row_cuts``), then
  took the rule out in review (a wrapped lead level with a task's dashed parts was cut into invented rows); s44 puts
  it back with the proof the lines give (the numbered row names nothing beside its task, each part's cells open on
  its dashed line, no part's text goes on from the part above: tests/test_sub_rows_s44.py holds the traps).
"""

from __future__ import annotations

import pytest

from task_layouts import build, evaluate, expected_of_layout, libreoffice
from task_layouts.layouts import BY_NAME, THIRTY_FIRST_BED

_FORMS = ("docx", "html") + (("pdf",) if libreoffice() else ())


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    return build(tmp_path_factory.mktemp("bed31"), [BY_NAME[name] for name in THIRTY_FIRST_BED], _FORMS)


@pytest.mark.parametrize("name,fmt", [(name, fmt) for name in THIRTY_FIRST_BED for fmt in _FORMS
                                      if fmt not in BY_NAME[name].skip])
def test_thirty_first_bed_keeps_every_task(printed, name, fmt):
    layout = BY_NAME[name]
    failures = evaluate(printed[name, fmt], expected_of_layout(layout), name, fmt).failures()
    assert not failures, "\n".join([layout.note, *failures])
