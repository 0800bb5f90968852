"""Tables copied from legal sites: the twenty-eighth test bed (tests/task_layouts, layouts 200+, --bed
twenty_eighth): group rows that name the lead of their tasks in words over blank lead cells, and dashed lines in
and under a row."""

from __future__ import annotations

import pytest

from task_layouts import text_form_failures
from task_layouts.layouts import BY_NAME, TWENTY_EIGHTH_BED

_FORMS = ("html", "txt", "pipe.txt", "bar.txt", "tab.txt", "mdonce.txt", "cells.txt")


@pytest.mark.parametrize("name,fmt", [(name, fmt) for name in TWENTY_EIGHTH_BED for fmt in _FORMS
                                      if fmt not in BY_NAME[name].skip])
def test_twenty_eighth_bed_keeps_every_task(tmp_path, name, fmt):
    failures = text_form_failures(tmp_path, name, fmt)
    assert not failures, "\n".join(failures)
