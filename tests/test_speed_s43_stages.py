"""s43's stage cuts give the answers of the plain code they spare: each test compares the two on inputs generated here
(hypothesis, from pieces of the lines each check is about) and on every line of the samples.

- sections._opens_as_annex_title folds a line's first words, not the whole line, to match an annex title's opening;
- tables._page_number matches task_tables.json page_lines as one alternation, and _without_page_lines asks
  _opens_bare_column_numbers only of a line that opens with a digit or holds no cell's words, and folds each line once;
- deadlines.explicit_deadlines reads a text for dates only where one of its deadline words is printed."""

from __future__ import annotations

import re

from conftest import ROOT
from hypothesis import example, given, settings
from hypothesis import strategies as st
from test_speed_stage_bounds import _plain

from pipeline.model import Block, Layer, Provenance
from pipeline.resources import json_data
from pipeline.stages import deadlines, sections, tables
from pipeline.text import fold


def _sample_lines() -> list[str]:
    lines = [line for path in sorted((ROOT / "corpus").glob("*.txt")) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(lines) > 1000
    return lines


# --- an annex title's opening read on the line's first words --------------------------------------------------------

def _opens_plain(text: str) -> bool:
    return sections._annex_title_opening().match(fold(text)) is not None


# openings in other cases and spellings, words glued to them, runs of spaces and tabs (folded to one space), line
# breaks (kept), characters whose fold is longer or context-bound (Hangul, "İ", a final sigma), marks standing alone
_ANNEX_PIECES = st.lists(st.sampled_from([
    "Danh mục", "DANH MỤC", "danh muc", "Danh sách", "Bảng", "Biểu", "Bieu", "Tổng hợp", "Kế hoạch chi tiết", "Hệ thống chỉ tiêu",
    "Bộ tiêu chí", "Các nhiệm vụ", "Nhiệm vụ", "Nội dung", "Kết quả", "Danh", "mục", "mụcx", "x", " ", "  ", "\t", " \t ", "\n",
    "các điểm du lịch", "(Kèm theo Kế hoạch số 12/KH-UBND)", "ΑΣ", "İ", "한국", "\u0301", "ạ", "đ", "Đ", "-", ",", ".",
    "a" * 30, "Rà soát, cập nhật " * 3,
]), max_size=14).map("".join)


@settings(max_examples=4000, deadline=None)
@given(st.one_of(_ANNEX_PIECES, st.tuples(st.text(" \t\n", max_size=80), _ANNEX_PIECES).map("".join),
                 st.tuples(_ANNEX_PIECES, st.text(max_size=40), _ANNEX_PIECES).map("".join)))
@example(" " * 70 + "Danh mục các nhiệm vụ " + "x " * 300)  # a line opening on spaces past the cut
@example("Danh" + " " * 70 + "mục " + "x " * 300)  # the opening's words apart past the cut
@example("Danh\t\t\t" * 20 + " mục")
@example("Kế hoạch chi tiết" + " " + "y" * 500)
@example("Kế hoạch chi tiếtx" + " " * 30 + "y" * 500)
def test_an_annex_title_opening_read_on_the_first_words_is_the_whole_line_s(text):
    assert sections._opens_as_annex_title(text) == _opens_plain(text)


def test_an_annex_title_opening_on_every_sample_line():
    lines = _sample_lines()
    long_lines = [line for line in lines if len(line) > 2 * sections._longest_annex_title_opening()]
    assert len(long_lines) > 100  # the lines read on their first words only
    for line in lines:
        assert sections._opens_as_annex_title(line) == _opens_plain(line), line
    assert sum(map(_opens_plain, lines)) > 10


# --- a page's number matched by one alternation --------------------------------------------------------------------

def _page_number_plain(folded: str) -> bool:
    return any(re.compile(p).fullmatch(folded) for p in json_data("task_tables.json")["page_lines"])


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(["trang", " ", "-", "5", "12", "123", "1234", "/", "6/12", "x", "(", ")", "\n", "١"]), max_size=7).map("".join))
@example("- 5 -")
@example("trang 6/12")
@example("5\n")
def test_a_page_number_is_the_plain_answer(text):
    assert tables._page_number(text) == _page_number_plain(text)


# --- rows without page lines: the columns' numbers asked for only where a line can open them ------------------------

_WITHOUT_GATE = _plain(
    tables._without_page_lines,
    "        first = (block.text or \"\").strip()[:1]\n"
    "        if (not first or first == \"|\" or first.isdecimal()) and _opens_bare_column_numbers(blocks, k):\n",
    "        if _opens_bare_column_numbers(blocks, k):\n")

# the lines of a table copied as text: bare numbers (in other digits too), cells with and without their bar, empty
# lines, a bar alone, a page's number and running header
_TABLE_LINES = st.sampled_from([
    "1", "2", "3", "4", "01", "02", "03", " 1 ", "1 |", "2 |", "3 |", "| 1", "|", "| |", " | ", "", "   ", "١", "٢", "٣", "¹",
    "Trang 2", "- 5 -", "KẾ HOẠCH CHUYỂN ĐỔI SỐ", "Sở Nội vụ |", "Sở Tài chính", "(1) (2) (3)", "12", "1.", "1 2 3", "TT",
])


@settings(max_examples=4000, deadline=None)
@given(st.lists(st.tuples(_TABLE_LINES, st.booleans()), max_size=18), st.booleans(),
       st.sets(st.sampled_from(["ke hoach chuyen doi so", "trang 2", "so noi vu |", "- 5 -", "sở tài chính"]), max_size=3),
       st.sets(st.sampled_from(["ke hoach chuyen doi so", "so noi vu |"]), max_size=2))
@example([("1", False), ("2", False), ("3", False), ("Trang 2", False), ("KẾ HOẠCH CHUYỂN ĐỔI SỐ", False)], False,
         {"ke hoach chuyen doi so"}, set())
@example([("|", True), ("1 |", True), ("2 |", True), ("3 |", True)], True, set(), set())
@example([("١", False), ("٢", False), ("٣", False)], False, set(), set())  # digits of another script: str.isdecimal's
def test_rows_without_page_lines_are_the_ungated_answer(lines, pipe, running, paged):
    blocks = [Block(id=f"b{k}", orig=text, text=text, cell_end=cell_end, layer=Layer.BODY, prov=Provenance(reader="txt"))
              for k, (text, cell_end) in enumerate(lines)]
    assert [b.id for b in tables._without_page_lines(blocks, frozenset(running), pipe, frozenset(paged))] == \
           [b.id for b in _WITHOUT_GATE(blocks, frozenset(running), pipe, frozenset(paged))]


# --- deadlines read only in a text printing a deadline word ---------------------------------------------------------

# deadlines.explicit_deadlines reading every text for dates
_EVERY_TEXT = _plain(deadlines.explicit_deadlines, "    if not _holds_deadline_word(text):\n        return found\n")


def _explicit_plain(text: str) -> list:
    return [(d.date.iso, d.text) for d in _EVERY_TEXT(text)]


_DEADLINE_PIECES = st.lists(st.sampled_from([
    "trước", "TRƯỚC", "Trước", "chậm nhất", "CHẬM NHẤT", "Chậm Nhất", "hạn chót", "hoàn thành", "HOÀN THÀNH", "Hoàn thành",
    "là", "ngày", "Ngày", "15/6/2026", "ngày 30 tháng 9 năm 2026", "31/12/2025", "tháng 6/2026", "năm 2026", "từ", "đến",
    "báo cáo", "x", " ", "  ", ",", ";", "\n", "trư", "ớc", "hoàn", "thành", "chậm", "nhất",
]), max_size=10).map(" ".join)


@settings(max_examples=4000, deadline=None)
@given(_DEADLINE_PIECES)
@example("ban hành trước ngày 15/6/2020, chủ động")
@example("hoàn thành " + "x" * 40 + " 15/6/2026")  # the word too far before the date
@example("HOÀN THÀNH CHẬM NHẤT LÀ NGÀY 31/12/2026")
def test_explicit_deadlines_are_the_plain_answer(text):
    assert [(d.date.iso, d.text) for d in deadlines.explicit_deadlines(text)] == _explicit_plain(text)


def test_explicit_deadlines_on_every_sample_line():
    found = 0
    for line in _sample_lines():
        fast = [(d.date.iso, d.text) for d in deadlines.explicit_deadlines(line)]
        assert fast == _explicit_plain(line), line
        found += bool(fast)
    assert found > 5


def test_every_character_a_deadline_word_matches_ignoring_case_has_its_small_letter():
    """_holds_deadline_word's ground: where the pattern (re.IGNORECASE) matches a character to a word's letter, that
    character in small letters (str.lower, as the text is lowered) is the letter, for every code point."""
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    letters = {c for word in deadlines._DEADLINE_WORD_LIST for c in word}
    matched = 0
    for letter in letters:
        for found in re.finditer(re.escape(letter), every, re.IGNORECASE):
            assert found.group().lower() == letter, (hex(ord(found.group())), letter)
            matched += 1
    assert matched >= 2 * len(letters) - 1  # each letter and its capital (the space has none)
