"""The thirty-sixth test bed (tests/task_layouts, layouts 277-282, --bed thirty_sixth): the classes s59-tables fixed,
in the bed's documents. A task table set in a one-column frame table whose other rows hold a title over it or a note
under it (the frame was read as a table of one column, the task table's text run together in its cell: no task), and
a long table in the body ruled round its header only, printed again by Word on each page, with a part's heading or a
paragraph under its last row. Read from the DOCX, the HTML, the PDF printed from the DOCX and the text copy (the
frame's title and note printed as paragraphs).
"""

from __future__ import annotations

import pytest

from task_layouts import build, evaluate, expected_of_layout, libreoffice
from task_layouts.layouts import BY_NAME, THIRTY_SIXTH_BED

_FORMS = ("docx", "html", "txt", "pipe.txt") + (("pdf",) if libreoffice() else ())


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    return build(tmp_path_factory.mktemp("bed36"), [BY_NAME[name] for name in THIRTY_SIXTH_BED], _FORMS)


@pytest.mark.parametrize("name,fmt", [(name, fmt) for name in THIRTY_SIXTH_BED for fmt in _FORMS
                                      if fmt not in BY_NAME[name].skip])
def test_thirty_sixth_bed_keeps_every_task(printed, name, fmt):
    layout = BY_NAME[name]
    failures = evaluate(printed[name, fmt], expected_of_layout(layout), name, fmt).failures()
    assert not failures, "\n".join([layout.note, *failures])


def test_the_frames_title_and_note_are_printed_in_their_own_rows(printed):
    """The frame of layout 277 in DOCX: three rows of one cell, the task table in the middle one."""
    import docx

    frame = docx.Document(printed["frame_title_and_note", "docx"]).tables[-1]
    assert [len(row.cells) for row in frame.rows] == [1, 1, 1]
    assert [bool(row.cells[0].tables) for row in frame.rows] == [False, True, False]
    assert frame.rows[0].cells[0].text == BY_NAME["frame_title_and_note"].tables[0].frame_title[0]
