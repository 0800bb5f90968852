"""Patterns rewritten so that re skips the positions no match starts at (issue 20) match as they did: the citation
pattern's type words grouped under their first letter, the figures' date patterns opening with a digit, the header
stamp's pattern behind a lookahead on its first characters. Each is compared with the plain pattern on generated text
(Hypothesis) and on hand-made lines."""

import re

import pytest
from hypothesis import given, settings, strategies as st

from pipeline.stages import citations, clean, dates
from pipeline.resources import json_data
from pipeline.text import literal_alternation


def _spans(pattern: re.Pattern[str], text: str) -> list:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


# --- citations: the type words grouped under their first letter

_SMALL_TYPES = "|".join(word[:1].lower() + word[1:] for word in citations._TYPE_WORDS.split("|"))
_GROUPED = literal_alternation(citations._TYPE_WORDS.split("|"))
PLAIN_CITATION = (citations.CITATION.pattern.replace(f"(?:{_GROUPED})", f"(?:{citations._TYPE_WORDS})")
                  .replace(f"(?:{literal_alternation(_SMALL_TYPES.split('|'))})", f"(?:{_SMALL_TYPES})"))

_TYPES = [*citations._TYPE_WORDS.split("|"), *_SMALL_TYPES.split("|"), "QUYẾT ĐỊNH", "Luật Đất đai", "Bộ luật Dân sự",
          "Pháp lệnh Dân số", "Kế hoạch liên tịch", "Quy", "Thông", "Chương", "Công"]
_PIECES = [*_TYPES, "số", "Số:", "số 12/KH-UBND", "15/2020/NĐ-CP", "38/2019/QH14", "06/PL-UBTVQH11", "298 KH/TWĐTN",
           "ngày 12/3/2026", "ngày 05 tháng 01 năm 2023", "Ngày", "của", "của UBND tỉnh", "Bộ Tài chính", "về việc",
           "và", ",", ";", ".", "(", ")", "“", "kèm theo", "theo", "tại", "1209/QĐ–UBND", "72-TB/TWngày 07", "x"]
_SEPARATORS = st.sampled_from([" ", " ", "  ", "", "\n", ", "])


@st.composite
def _citation_like(draw) -> str:
    pieces = draw(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=14))
    return "".join(piece + draw(_SEPARATORS) for piece in pieces)


def test_citation_type_words_are_grouped_under_their_first_letter():
    assert f"(?:{citations._TYPE_WORDS})" not in citations.CITATION.pattern
    assert r"(?:Q(?:uyết\ định|uy\ định|uy\ chế)|" in citations.CITATION.pattern


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
@pytest.mark.parametrize("text", [
    "Căn cứ Quyết định số 12/QĐ-UBND ngày 12/3/2026 của UBND tỉnh về việc …",
    "thực hiện Luật Quản lý thuế số 38/2019/QH14 và văn bản số 1520/BTNMT-TCMT",
    "kèm theoQuyết định số 12/QĐ-UBND; Kế hoạch liên tịch số 5/KHLT-SYT, Công văn số: 45/UBND-KT",
    "THỰC HIỆN NGHỊ QUYẾT SỐ 01/NQ-CP NGÀY 05 THÁNG 01 NĂM 2023 CỦA CHÍNH PHỦ",
])
def test_grouped_citation_pattern_matches_as_the_plain_one_on_sentences(text, flags):
    assert _spans(re.compile(citations.CITATION.pattern, flags), text) == _spans(re.compile(PLAIN_CITATION, flags), text)


_PLAIN = re.compile(PLAIN_CITATION)
_PLAIN_CAPITALS = re.compile(PLAIN_CITATION, re.IGNORECASE)


@settings(max_examples=400, deadline=None)
@given(_citation_like())
def test_grouped_citation_pattern_matches_as_the_plain_one(text):
    assert _spans(citations.CITATION, text) == _spans(_PLAIN, text)
    assert _spans(citations._CITATION_IN_CAPITALS, text) == _spans(_PLAIN_CAPITALS, text)


# --- dates: the figures' patterns open with a digit, their lookbehind after it

PLAIN_NUMERIC = re.compile(r"(?=\d)(?<!\d)(?P<day>\d{1,2})\s*[/.\-]\s*(?P<month>\d{1,2})\s*[/.\-]\s*(?P<year>\d{4})(?!\d)")
PLAIN_NUMERIC_YEAR_WORD = re.compile(
    r"(?=\d)(?<![\d/.])(?P<day>\d{1,2})\s*/\s*(?P<month>\d{1,2})\s+năm\s+(?P<year>\d{4})(?!\d)", re.IGNORECASE)


def test_the_figures_date_patterns_open_with_a_digit():
    # a class first: re scans for it in C (a lookaround first is tried at every position)
    for pattern in (dates._NUMERIC, dates._NUMERIC_YEAR_WORD):
        assert pattern.pattern.startswith(r"(?P<day>\d")


_DATE_TEXT = st.lists(st.sampled_from([*"0123456789", "12", "123", "2025", "20255", "5/12", "/", ".", "-", " ", "  ", " / ",
                                       " năm ", " NĂM ", " năm 2026", "a", "ngày ", "\n"]), max_size=16).map("".join)


@settings(max_examples=1500, deadline=None)
@given(_DATE_TEXT)
def test_the_figures_date_patterns_match_as_before(text):
    assert _spans(dates._NUMERIC, text) == _spans(PLAIN_NUMERIC, text)
    assert _spans(dates._NUMERIC_YEAR_WORD, text) == _spans(PLAIN_NUMERIC_YEAR_WORD, text)


@pytest.mark.parametrize("text", ["9/6/2025", "ngày 09-06-2025", "123/4/2025", "1.2/3/2026", "mục 1.2 năm 2026",
                                  "ngày 15/12 năm 2026", "số 5/15/12 năm 2026", "15 / 12 NĂM 2026", "01/02/20255",
                                  "1.5/12 năm 2026", "khoản 2/5/12 năm 2026"])
def test_the_figures_date_patterns_find_the_same_dates(text):
    assert _spans(dates._NUMERIC, text) == _spans(PLAIN_NUMERIC, text)
    assert _spans(dates._NUMERIC_YEAR_WORD, text) == _spans(PLAIN_NUMERIC_YEAR_WORD, text)


# --- clean: the header stamp's pattern (a data file's, opening with a lookbehind) behind a start lookahead

PLAIN_STAMP = re.compile(json_data("sections.json")["header_stamp_after"])


def test_the_header_stamp_pattern_skips_positions_no_stamp_starts_at():
    assert clean._header_stamp_after().pattern.startswith("(?=[")


_STAMP_TEXT = st.lists(st.sampled_from(["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ", "Số: 215/KH-UBND", "Ký bởi", "Ký số bởi",
                                        "Thời gian ký", "Cơ quan", "Cơ quan ký", "(Chữ ký số", "Email", "E-mail", "Người ký",
                                        ":", " : ", " ", "  ", "\t", "14.07.2025", "a@b.vn", "Ký", "x"]),
                       max_size=10).map("".join)


@settings(max_examples=1500, deadline=None)
@given(_STAMP_TEXT)
def test_the_header_stamp_pattern_cuts_as_before(text):
    assert clean._header_stamp_after().sub("", text) == PLAIN_STAMP.sub("", text)
    assert _spans(clean._header_stamp_after(), text) == _spans(PLAIN_STAMP, text)
