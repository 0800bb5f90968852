"""Task tables as provinces and ministries publish them, read from the DOCX, the PDF printed from it and the HTML:
the twenty-ninth test bed (tests/task_layouts, layouts 203-214, --bed twenty_ninth), written blind.

What was wrong before (each PDF case below fails without its fix):
- (203, 204, 207, 210, 212, 214) a table ruled between its columns only (verticals, rules above and below the header
  and under the last row, none between rows): a grid finder read all its rows as one row, every task but the first
  lost and the first given every row's bodies and times (confident wrong values); now its rows start where its
  narrow number column opens a line (``rules.rows_between_column_rules``), and a parent heading with no rule under it
  ("Thời gian thực hiện" over "Năm 2026 | …") gets the rule its columns' verticals begin at (``rules.sub_header_rules``);
- (205, 206, 211, 213) a table with no rule at all, the header and every other row shaded: the shaded cells' sides
  made cells of the shaded rows only, the rows between lost or their fields empty, a title row shaded across the
  columns dropped as a paragraph's ground; now the white rows take the shaded rows' column borders and the last
  white row a rule under its lines (``rules.shaded_row_edges``), and a shaded ground whose sides are the grid's
  columns' and that meets a grid row is a cell of it (``rules._spanning_cells``);
- (208) a table ruled round its header only, running off the page, with the page's number in the foot inside the
  table's width: the number was read into the last row's cell ("Sở Công Thương 2"); now a short line apart from the
  rows at the page's foot is left out (``rules._page_foot``).
"""

from __future__ import annotations

import pytest

from task_layouts import build, evaluate, expected_of_layout, libreoffice
from task_layouts.layouts import BY_NAME, TWENTY_NINTH_BED

_FORMS = ("docx", "html") + (("pdf",) if libreoffice() else ())


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    return build(tmp_path_factory.mktemp("bed29"), [BY_NAME[name] for name in TWENTY_NINTH_BED], _FORMS)


@pytest.mark.parametrize("name,fmt", [(name, fmt) for name in TWENTY_NINTH_BED for fmt in _FORMS
                                      if fmt not in BY_NAME[name].skip])
def test_twenty_ninth_bed_keeps_every_task(printed, name, fmt):
    layout = BY_NAME[name]
    failures = evaluate(printed[name, fmt], expected_of_layout(layout), name, fmt).failures()
    assert not failures, "\n".join([layout.note, *failures])


def _rule(y: float, x0: float = 50.0, x1: float = 750.0) -> dict:
    return {"object_type": "line_edge", "x0": x0, "x1": x1, "top": y, "bottom": y, "width": x1 - x0, "height": 0,
            "orientation": "h"}


def _line(text: str, x: float, top: float, size: float = 10.0) -> list[tuple[float, float, float, float]]:
    return [(x + 5 * i, top, x + 5 * i + 4, top + size) for i, _ in enumerate(text)]


@pytest.mark.parametrize("foot", ["2", "- 2 -", "Trang 2", "12"])
@pytest.mark.parametrize("x", [380.0, 700.0, 60.0])
def test_a_page_number_in_the_foot_is_no_row_of_a_table_running_on(foot, x):
    """rules.header_running_to_foot: the page's number, wherever in the table's width, is left under the table."""
    from parsers import rules

    header = _line("TT", 55, 102) + _line("Nhiệm vụ", 120, 102)
    rows = [box for k in range(6) for box in _line(str(k + 1), 55, 120 + 12 * k) + _line("Tổ chức thực hiện", 120, 120 + 12 * k)]
    opened = rules.header_running_to_foot([_rule(100), _rule(115)], header + rows + _line(foot, x, 560), [])
    assert opened is not None and opened[3] < 200


def test_a_short_last_line_of_the_rows_stays_in_the_table():
    """Guard: a row's last short line right under the others (a time, "x") is the table's."""
    from parsers import rules

    header = _line("TT", 55, 102) + _line("Nhiệm vụ", 120, 102)
    rows = [box for k in range(6) for box in _line(str(k + 1), 55, 120 + 12 * k) + _line("Tổ chức thực hiện", 120, 120 + 12 * k)]
    opened = rules.header_running_to_foot([_rule(100), _rule(115)], header + rows + _line("x", 380, 192), [])
    assert opened is not None and opened[3] > 200
