"""Fast paths of the clean, metadata and sections stages give the answers of the plain code they replace: each test
compares the two on inputs generated here (hypothesis, from pieces of Vietnamese headers and bodies) and on every line
of the samples."""

from __future__ import annotations

import pytest
from conftest import ROOT
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.stages import metadata


def _sample_lines() -> list[str]:
    lines = [line.strip() for path in sorted((ROOT / "corpus").glob("*.txt")) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(lines) > 1000
    return lines


# Pieces a header or a body line is made of: capitals, place names, "ngày" in its cases, commas, dates in words and in
# figures, numbers, punctuation and spaces.
_PIECES = ["ỦY BAN", "NHÂN DÂN", "TỈNH", "Hà Nội", "Bảo Lộc 1", "Phường 3", "thành phố", "Quảng Ngãi", "ngày", "Ngày", "NGÀY",
           "ngày30", "ngàyx", "tháng", "năm", "2025", "12", "03-02-2026", "9/6/2025", "1.2.2024", ",", ", ", ".", " ", "  ",
           "-", "–", "Số:", "12/KH-UBND", "(", ")", "\"", "“", "ê", "Ả", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "\n", "a", "Z"]


def _same_match(fast, plain) -> bool:
    if plain is None or fast is None:
        return fast is plain
    return fast.span() == plain.span() and fast.groupdict() == plain.groupdict()


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=9).map("".join))
def test_date_line_is_the_pattern(text):
    assert _same_match(metadata._date_line(text), metadata._DATE_LINE.match(text))


@pytest.mark.parametrize("text", ["Hà Nội, ngày 5 tháng 3 năm 2020", "HÀ NỘI, NGÀY 5", "Hà Nội, 03-02-2026", "Hà Nội, 03-02-2026.",
                                  "Hà Nội, 03-02-2026\n", "Huế,ngày 1", "ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH", "Bảo Lộc 1, Ngày"])
def test_date_line_is_the_pattern_on_examples(text):
    assert _same_match(metadata._date_line(text), metadata._DATE_LINE.match(text))


def test_date_line_is_the_pattern_on_every_sample_line():
    for line in _sample_lines():
        assert _same_match(metadata._date_line(line), metadata._DATE_LINE.match(line)), line
