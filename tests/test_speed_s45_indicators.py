"""Two walks of the indicators stage that read a whole table again for each of its rows (issue 20, s45-speed), each
compared with the walk as it was, on generated tables (Hypothesis) and a long one:

- a row numbered in figures ("1") is part of the last row numbered in Roman numerals ("I") before it: that row was
  searched back from each such row, the whole table where no Roman numeral heads it; ``indicators_of`` now keeps it
  as it reads the rows;
- ``check_sums`` compares each indicator with the sum of its parts: it listed each one's parts by reading every row
  (quadratic in the rows); ``parts_by_parent`` lists them all in one pass, in the same order."""

import re

from hypothesis import given, settings, strategies as st

from pipeline.model import Indicator, TableColumn, TableRecord, TableRow
from pipeline.stages.indicators import check_sums, indicators_of, parts_by_parent

_CODES = ["I", "II", "III", "IV", "1", "2", "3", "10", "1.1", "1.2", "2.1", "1.1.1", "1,2", "-", "–", "", "a", "A", "1."]
_NAMES = ["Tỷ lệ hộ nghèo", "Chỉ số cải cách hành chính", "Thu ngân sách (tỷ đồng)", "Số xã đạt chuẩn nông thôn mới",
          "CHỈ TIÊU KINH TẾ", "Tỷ lệ che phủ rừng (%)"]
_SCORES = ["", "10", "5", "2,5", "100", "0.5", "x"]


def _table(rows: list[tuple[str, str, str]]) -> TableRecord:
    columns = [TableColumn(name="TT", role="number"), TableColumn(name="Tiêu chí", role="criterion"),
               TableColumn(name="Điểm tối đa", role="max_score")]
    return TableRecord(id="table_1", columns=columns, kind="indicators", layout="grid", confidence=1.0,
                       rows=[TableRow(kind="header", cells=["TT", "Tiêu chí", "Điểm tối đa"]),
                             *(TableRow(kind="data", cells=list(row), line_start=k + 2) for k, row in enumerate(rows))])


def _parent_as_it_was(code: str, previous: list[Indicator]) -> str | None:
    """indicators._parent_code before s45: every answer searched back over the rows before."""
    if not code:
        return None
    if "." in code:
        prefix = code.rsplit(".", 1)[0]
        return next((p.id for p in reversed(previous) if p.code == prefix), None)
    if code in ("-", "–"):
        return next((p.id for p in reversed(previous) if p.code not in ("-", "–", "")), None)
    if code.isdigit():
        return next((p.id for p in reversed(previous) if p.code and re.fullmatch(r"[IVXLC]+", p.code)), None)
    return None


def _check_sums_as_it_was(found: list[Indicator]) -> list:
    """check_sums before s45, its parts listed by reading every row: its issues' texts."""
    from pipeline.stages.indicators import _TOLERANCE, _is_rank

    issues = []
    for parent in found:
        children = [i for i in found if i.parent == parent.id]
        maxima = [c.max_score for c in children]
        if not children or parent.max_score is None or None in maxima:
            continue
        if abs(sum(maxima) - parent.max_score) > 0.05 * parent.max_score:
            continue
        for field in ("max_score", "previous_result", "target"):
            values = [getattr(c, field) for c in children]
            whole = getattr(parent, field)
            if whole is None or None in values or any(_is_rank(i, field) for i in (parent, *children)):
                continue
            if abs(sum(values) - whole) > _TOLERANCE:
                issues.append((parent.id, field, whole, sum(values)))
    return issues


def _assert_as_it_was(found: list[Indicator]) -> None:
    for k, indicator in enumerate(found):
        assert indicator.parent == _parent_as_it_was(indicator.code or "", found[:k]), indicator
    got = [(i.message, i.where) for i in check_sums(found)]
    expected = _check_sums_as_it_was(found)
    assert len(got) == len(expected)
    for (message, _), (parent, field, whole, total) in zip(got, expected):
        assert f"{field} is {whole:g}" in message and f"add up to {total:.4g}" in message
        assert next(i for i in found if i.id == parent).name in message


_ROWS = st.lists(st.tuples(st.sampled_from(_CODES), st.sampled_from(_NAMES), st.sampled_from(_SCORES)), max_size=40)


@settings(max_examples=300, deadline=None)
@given(_ROWS)
def test_parents_and_sums_are_those_read_row_by_row(rows):
    found, _ = indicators_of(_table(rows))
    _assert_as_it_was(found)


def test_a_long_table_under_roman_groups_and_one_without():
    """Three groups of 100 criteria each scored, their parts summing to them but every seventh's (29.5 for 30); then the
    same rows with no Roman numeral over them, whose rows in figures have no parent."""
    rows = []
    for group in ("I", "II", "III"):
        rows.append((group, "CHỈ TIÊU KINH TẾ", "3000"))
        for k in range(1, 101):
            rows += [(str(k), "Tỷ lệ hộ nghèo", "30"), (f"{k}.1", "Thu ngân sách (tỷ đồng)", "10"),
                     (f"{k}.2", "Số xã đạt chuẩn nông thôn mới", "20" if k % 7 else "19,5"), ("-", "Tỷ lệ che phủ rừng (%)", "")]
    found, _ = indicators_of(_table(rows))
    assert len(found) == len(rows)
    assert sum(i.parent == found[0].id for i in found) == 100
    assert len(check_sums(found)) == 3 * 14  # the criteria whose parts add up to 29.5, not 30
    _assert_as_it_was(found)
    without_groups, _ = indicators_of(_table([row for row in rows if not re.fullmatch(r"[IVXLC]+", row[0])]))
    assert all(i.parent is None for i in without_groups if i.code and i.code.isdigit())
    _assert_as_it_was(without_groups)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(-1, 12), max_size=30))
def test_parts_by_parent_is_each_ids_parts_in_order(parents):
    """Parents by their rank among the indicators (-1: none; past the last: an id no indicator has)."""
    ids = [f"table_1__ind_{k + 1}" for k in range(len(parents))]
    found = [Indicator(id=own, table="table_1", name="Chỉ tiêu", row=k,
                       parent=None if parent < 0 else ids[parent] if parent < len(ids) else "table_1__ind_99")
             for k, (own, parent) in enumerate(zip(ids, parents))]
    parts = parts_by_parent(found)
    for key in {*ids, None, "table_1__ind_99"}:
        assert parts.get(key, []) == [i for i in found if i.parent == key]
    assert sum(map(len, parts.values())) == len(found)
