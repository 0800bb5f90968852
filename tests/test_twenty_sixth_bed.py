"""Stages, sums per task and lettered group rows: the twenty-sixth test bed (tests/task_layouts, layouts 185+, --bed
twenty_sixth). Its classes are tested on small tables of our own wordings in tests/test_table_leftovers_s36.py."""

from __future__ import annotations

import pytest

from task_layouts import text_form_failures
from task_layouts.layouts import BY_NAME, TWENTY_SIXTH_BED

_FORMS = ("html", "txt", "pipe.txt", "bar.txt", "tab.txt", "mdonce.txt", "cells.txt")


@pytest.mark.parametrize("name,fmt", [(name, fmt) for name in TWENTY_SIXTH_BED for fmt in _FORMS
                                      if fmt not in BY_NAME[name].skip])
def test_twenty_sixth_bed_keeps_every_task(tmp_path, name, fmt):
    failures = text_form_failures(tmp_path, name, fmt)
    assert not failures, "\n".join(failures)
