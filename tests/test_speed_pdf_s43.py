"""A PDF page's characters read for its tables only where a table needs them (issue 20): a page of running text reads
no character's box; a grid reads none to be found, nor for the rows of a table ruled between its columns only (a grid
ruled between its rows has rules enough), nor for a header's two rules alone where they are a table's top and bottom
borders (a grid running down a page whose rows' rules stop at a column merged down). Guards: where a table's rows or a
header running to the page's foot are read from the characters, they are read, and the tables are those found before."""

from __future__ import annotations

import pytest

from pdfmaker import text_pdf

from parsers import pdf, rules


def _h(y: float, x0: float, x1: float) -> dict:
    return {"object_type": "line_edge", "x0": x0, "x1": x1, "top": y, "bottom": y, "width": x1 - x0, "height": 0,
            "orientation": "h"}


def _v(x: float, top: float, bottom: float) -> dict:
    return {"object_type": "line_edge", "x0": x, "x1": x, "top": top, "bottom": bottom, "width": 0,
            "height": bottom - top, "orientation": "v"}


def _unread():
    pytest.fail("the page's characters were read")


def _grid(columns: list[float], rows: list[float], merged: str | None) -> list[dict]:
    """A grid's edges: ``columns`` and ``rows`` its rules' places; ``merged``: a column merged down every row but
    the first ("first", "last", "middle"), the rules between the rows stopping at it; None: ruled whole."""
    left, right, top, bottom = columns[0], columns[-1], rows[0], rows[-1]
    edges = [_h(top, left, right), _h(bottom, left, right)]
    spans = {"first": [(columns[1], right)], "last": [(left, columns[-2])],
             "middle": [(left, columns[1]), (columns[2], right)], None: [(left, right)]}[merged]
    edges += [_h(y, x0, x1) for y in rows[1:-1] for x0, x1 in spans]
    edges += [_v(x, top, bottom) for x in columns]
    return edges


_COLUMNS = {"four": [50.0, 80.0, 300.0, 420.0, 540.0], "six": [40.0, 70.0, 200.0, 290.0, 380.0, 460.0, 550.0],
            "three": [60.0, 260.0, 400.0, 540.0]}
_ROWS = {"a page down": [72.0, 211.0, 350.0, 500.0, 708.0], "five rows": [100.0, 180.0, 260.0, 340.0, 420.0, 500.0],
         "many rows": [60.0 + 40.0 * k for k in range(18)]}


@pytest.mark.parametrize("merged", ["first", "last", "middle", None])
@pytest.mark.parametrize("columns", sorted(_COLUMNS))
@pytest.mark.parametrize("rows", sorted(_ROWS))
def test_a_grid_reads_no_character(merged, columns, rows):
    """A grid ruled between its rows (more rules across than a table ruled between its columns only has), whole or
    round a column merged down them (its top and bottom borders then two rules alone of one extent): found from its
    rules, no character read, as one table of its rows."""
    edges = _grid(_COLUMNS[columns], _ROWS[rows], merged)
    [table] = pdf.page_tables(edges, _unread, carried={}, char_text=_unread)
    assert table.bbox == (_COLUMNS[columns][0], _ROWS[rows][0], _COLUMNS[columns][-1], _ROWS[rows][-1])
    assert len(table.rows) == len(_ROWS[rows]) - 1


def _line(text: str, x: float, top: float) -> list[tuple[float, float, float, float]]:
    return [(x + 5 * i, top, x + 5 * i + 4, top + 10) for i, _ in enumerate(text)]


# a table ruled between its columns only: rules above and under its header and under its last row
_HEADER = [("TT", 55), ("Nhiệm vụ", 90), ("Chủ trì", 310)]
_BODY = [[("1", 55), ("Rà soát quy hoạch", 90), ("Sở Xây dựng", 310)],
         [("2", 55), ("Xây dựng kế hoạch", 90), ("Sở Tài chính", 310)],
         [("3", 55), ("Tổng hợp báo cáo", 90), ("Văn phòng", 310)]]


def test_a_table_ruled_between_its_columns_only_reads_its_characters():
    """Guard: its rows are told by the numbers opening them, read from the characters (asked once)."""
    boxes, text = [], ""
    for k, row in enumerate([_HEADER, *_BODY]):
        for word, x in row:
            boxes += _line(word, x, 105 if k == 0 else 105 + 30 * k)
            text += word
    asked = []

    def char_boxes():
        asked.append("boxes")
        return boxes

    edges = [_h(100, 50, 540), _h(120, 50, 540), _h(220, 50, 540)] + [_v(x, 100, 220) for x in (50, 80, 300, 540)]
    [table] = pdf.page_tables(edges, char_boxes, carried={}, char_text=lambda: text)
    assert asked and len(table.rows) == 1 + len(_BODY)


def test_a_header_running_to_the_foot_reads_its_characters():
    """Guard: a header's two rules alone with no table found round them: the text under them is read, as before."""
    header = _line("TT", 55, 102) + _line("Nhiệm vụ", 120, 102)
    rows = [box for k in range(6) for box in _line(str(k + 1), 55, 120 + 12 * k) + _line("Tổ chức thực hiện", 120, 120 + 12 * k)]
    edges = [_h(100, 50, 750), _h(115, 50, 750)]
    assert rules.header_rules_alone(edges, []) == (50, 100, 750, 115)
    assert rules.header_running_to_foot(edges, header + rows, []) is not None


@pytest.mark.parametrize("lines", [
    [(72, 72, "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG"), (72, 100, "KẾ HOẠCH"), (72, 130, "Triển khai thực hiện nhiệm vụ năm 2026")],
    [(72, 72, "Nơi nhận:"), (330, 72, "TM. ỦY BAN NHÂN DÂN"), (72, 90, "- Như trên;"), (330, 90, "CHỦ TỊCH")],
    [(72, 72 + 16 * k, f"{k + 1}. Sở Tư pháp chủ trì, phối hợp với các sở, ngành liên quan thực hiện.") for k in range(30)],
])
@pytest.mark.parametrize("underline", [False, True])
def test_a_page_of_running_text_reads_no_character_box(tmp_path, monkeypatch, lines, underline):
    """A page with no table (a heading's underline is one rule, no table) is its text as read: no character's box is
    read for the tables (every page's were, for a header running to the foot, since s41)."""
    path = tmp_path / "text.pdf"
    shapes = [[(72, 84, 200, 0.6, (0, 0, 0, 255), False)]] if underline else None
    path.write_bytes(text_pdf([lines], shapes=shapes))
    monkeypatch.setattr(pdf, "_char_boxes", lambda *_: _unread())
    doc = pdf.read(path)
    assert not doc.tables and doc.blocks
