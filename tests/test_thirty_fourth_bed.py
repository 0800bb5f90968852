"""Task tables as central bodies and provinces publish them, read from the DOCX, the PDF printed from it and the
HTML: the thirty-fourth test bed (tests/task_layouts, layouts 261-272, --bed thirty_fourth), written blind: a task
named in one column and its main content in the next, letter groups over tasks numbered from 1 again, deadlines naming
where the work is submitted, "Hình thức văn bản" and "Cấp trình" beside a ministry's units, collectives leading with a
role clause, a standing role in brackets after a name, the roles in a "Ghi chú" cell, a parent over the bodies and the time, a site's
cells a paragraph a line, cells centred down tall rows, "A." over "I." over "1.", open-ended deadlines, a next year's
plan whose time header names the year, two collectives joined by a comma.
"""

from __future__ import annotations

import pytest

from task_layouts import build, evaluate, expected_of_layout, libreoffice
from task_layouts.layouts import BY_NAME, THIRTY_FOURTH_BED

_FORMS = ("docx", "html") + (("pdf",) if libreoffice() else ())
# (layout, format) -> what the reader misses (strict xfails: left for a later round)
_KNOWN: dict[tuple[str, str], str] = {
    **{("roles_in_note_column", fmt): "s47 review of blindtab (findings 1-3): agencies.roles_in_note taken out of "
       "tasks.py (it made a helper the note names a lead, overrode the content's roles, read remarks as bodies)"
       for fmt in _FORMS},
    **{("collective_leads_role_clauses", fmt): "s47 review of blindtab (finding 4): the scope words ('trên địa bàn "
       "quản lý', 'trong phạm vi chức năng') taken out of role_clauses (they lost a group title's lead)"
       for fmt in _FORMS},
}


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    return build(tmp_path_factory.mktemp("bed34"), [BY_NAME[name] for name in THIRTY_FOURTH_BED], _FORMS)


@pytest.mark.parametrize("name,fmt", [
    pytest.param(name, fmt, marks=[pytest.mark.xfail(strict=True, reason=_KNOWN[name, fmt])] if (name, fmt) in _KNOWN else [])
    for name in THIRTY_FOURTH_BED for fmt in _FORMS if fmt not in BY_NAME[name].skip])
def test_thirty_fourth_bed_keeps_every_task(printed, name, fmt):
    layout = BY_NAME[name]
    failures = evaluate(printed[name, fmt], expected_of_layout(layout), name, fmt).failures()
    assert not failures, "\n".join([layout.note, *failures])
