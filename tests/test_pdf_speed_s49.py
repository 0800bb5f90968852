"""The PDF reader's speed-ups keep every value as it was (issue 20, s49-pdfspeed).

``rules.mean_of`` stands for ``float(np.mean(...))`` on the places of a table's column rules: it must give the same
float to the last bit, or a column's place moves by an ulp and a comparison at a tolerance's edge can go the other
way. ``rules.column_ruled_ends`` now groups a page's vertical rules step by step (feet, then heads among those); a
page with a ruled grid of many rows beside a table ruled between its columns only must still close that table's band
once, and add nothing for the grid.
"""

from __future__ import annotations

import random

import numpy as np
import pytest

from conftest import line_edge
from parsers.rules import column_ruled_ends, mean_of


def _places(count: int, seed: int) -> list[float]:
    """Column rules' places as PDFs give them: whole points, two decimals, and floats with every bit set."""
    rng = random.Random(seed)
    kinds = (lambda: float(rng.randint(30, 560)), lambda: round(rng.uniform(30, 560), 2), lambda: rng.uniform(30, 560),
             lambda: 500 + rng.uniform(0, 1) * 1e-3)
    return [rng.choice(kinds)() for _ in range(count)]


@pytest.mark.parametrize("count", [1, 2, 3, 5, 7, 8, 9, 16, 40])
def test_mean_of_is_numpys_mean_to_the_last_bit(count):
    """Under eight values numpy adds in order as ``sum`` does; from eight on it adds in blocks (a plain ``sum`` then
    differs in the last bits on about half these lists: the test would catch a helper that summed every list)."""
    for seed in range(400):
        values = _places(count, seed)
        assert mean_of(values) == float(np.mean(values)), values
        assert mean_of(tuple(values)) == float(np.mean(values))


def test_mean_of_zero_and_negative_zero():
    assert str(mean_of([-0.0])) == str(float(np.mean([-0.0])))
    assert mean_of([0.0, -0.0, 0.0]) == float(np.mean([0.0, -0.0, 0.0]))


def _grid(left: float, right: float, top: float, rows: int, height: float, xs: tuple[float, ...]) -> list[dict]:
    """A grid ruled round every cell, each row's verticals drawn row by row (as a word processor prints them)."""
    edges = [line_edge(left, right, top + k * height, top + k * height) for k in range(rows + 1)]
    edges += [line_edge(x, x, top + k * height, top + (k + 1) * height) for k in range(rows) for x in xs]
    return edges


@pytest.mark.parametrize("rows", [1, 12, 40])
def test_a_grid_of_many_rows_beside_a_column_ruled_table(rows):
    """A fully ruled grid high on the page (its verticals end at every row, each row's rules a group of their own, and
    a rule across at each: nothing to add), the table ruled between its columns only under it, running off the page
    (its header's two rules, its columns' rules ending together, only the page's number below): one rule across that
    table at its columns' foot, from its first column rule to its last."""
    grid = _grid(60, 540, 40, rows, 12, (60, 100, 300, 420, 540))
    table_top = 40 + rows * 12 + 30
    xs = (70, 110, 320, 430, 530)
    table = [line_edge(70, 530, table_top, table_top), line_edge(70, 530, table_top + 20, table_top + 20)]
    table += [line_edge(x, x, table_top, 760) for x in xs]
    chars = [(75, table_top + 25, 80, table_top + 34), (115, table_top + 25, 300, table_top + 34), (295, 780, 300, 789)]
    added = column_ruled_ends(grid + table, lambda: chars)
    assert [(e["x0"], e["x1"], e["top"], e["orientation"]) for e in added] == [(70, 530, 760, "h")]


def test_a_grid_alone_adds_nothing():
    """Every row of a grid closed by its own rule across: no band is left open, whatever the number of rows."""
    grid = _grid(60, 540, 40, 50, 12, (60, 100, 300, 420, 540))
    assert column_ruled_ends(grid, lambda: [(65, 60, 70, 69)]) == []


def test_the_next_page_opens_under_the_same_column_rules():
    """The rest on the next page: column rules at the places of the table that ran off the page before, no rule across
    at their top, only a running line above: a rule across at their top (and none at their foot, which a rule closes)."""
    xs = (70, 110, 320, 430, 530)
    edges = [line_edge(x, x, 50, 400) for x in xs] + [line_edge(70, 530, 400, 400)]
    chars = [(280, 30, 300, 39), (75, 60, 80, 69), (115, 60, 300, 69)]
    added = column_ruled_ends(edges, lambda: chars, before=[float(x) for x in xs])
    assert [(e["x0"], e["x1"], e["top"]) for e in added] == [(70, 530, 50)]
