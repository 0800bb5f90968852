"""Task tables copied as text from legal sites: the thirtieth test bed (tests/task_layouts, layouts 215-226, --bed
thirtieth): cells a site broke where their column ended, cells spanning columns printed once, tabbed rows one cell
short over several lines, a time merged down over bodies on several lines, a caption over a two-row header (FACTS.md,
thirtieth test bed; tests/test_copied_rows_s42.py holds the small tables of each class)."""

from __future__ import annotations

import pytest

from task_layouts import TEXT_RENDERERS, evaluate, expected_of_layout, text_form_failures
from task_layouts.layouts import BY_NAME, THIRTIETH_BED

_FORMS = ("html", "txt", "pipe.txt", "bar.txt", "tab.txt", "mdonce.txt", "md.txt", "cells.txt")
# Copies that cannot tell some fields: a row under a lead merged down prints one agency cell of two, or an empty one
# beside it, whose column no reader can tell (FACTS.md, "Where the printed page cannot tell"; the twelfth bed); Markdown
# and a site's row copy print a merged cell's place empty in each row under it, as an empty cell prints. Those fields
# are left empty (a warning says so), never filled from another column or row: checked as such below.
_UNTOLD = ({("lead_merged_content_parts", fmt) for fmt in ("tab.txt", "mdonce.txt", "md.txt", "cells.txt")}
           | {(name, fmt) for name in ("deadline_merged_bullet_supports", "site_wrapped_merged_time", "lead_merged_content_parts")
              for fmt in ("md.txt", "cells.txt")})
_CASES = [(name, fmt) for name in THIRTIETH_BED for fmt in _FORMS if fmt not in BY_NAME[name].skip]


@pytest.mark.parametrize("name,fmt", [case for case in _CASES if case not in _UNTOLD])
def test_thirtieth_bed_keeps_every_task(tmp_path, name, fmt):
    failures = text_form_failures(tmp_path, name, fmt)
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("name,fmt", sorted(_UNTOLD))
def test_thirtieth_bed_leaves_untold_fields_empty(tmp_path, name, fmt):
    """Every task found, none made up, and a lead, support or time that is not right is empty."""
    layout = BY_NAME[name]
    path = tmp_path / f"{name}.{fmt}"
    path.write_text(TEXT_RENDERERS[fmt](layout), encoding="utf-8")
    score = evaluate(path, expected_of_layout(layout), name, fmt)
    wrong = [f"extra task {e}" for e in score.extra]
    wrong += [f"{row.expected.label} lost" for row in score.rows if row.task is None]
    wrong += [f"{row.expected.label}: {field} got {row.got.get(field)!r}, expected {row.want[field]!r}"
              for row in score.rows if row.task is not None for field in ("lead", "support", "deadline")
              if row.right.get(field) is False and row.got.get(field) not in ([], None, (None, None))]
    assert not wrong, "\n".join(wrong)
