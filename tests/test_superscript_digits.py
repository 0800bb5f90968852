"""Superscript and other non-decimal digits ("¹", "²": footnote marks a Word or PDF copy keeps) are digits to
str.isdigit but no number to int(): the readers of small numbers must say None, not crash a stage."""

import pytest

from pipeline.stages.dates import number_in_words
from pipeline.stages.numbering import Label
from pipeline.stages.tables import _bare_number


@pytest.mark.parametrize("mark", ["¹", "²", "³", "⁴", "₂"])
def test_a_footnote_mark_is_no_number(mark):
    assert _bare_number(mark) is None
    assert number_in_words(mark) is None
    assert number_in_words(f"mùng {mark}") is None
    assert Label("arabic", f"1.{mark}", f"1.{mark}", "").value is None


def test_decimal_digits_still_read():
    assert _bare_number(" 12 ") == 12
    assert number_in_words("05") == 5
    assert Label("arabic", "2.3.", "2.3", "").value == 3
