"""The shared regex builders (s41-refactor): a data file's list of regexes as one alternation (resources.any_of,
listed_pattern), literal words longest first (text.longest_first), and the one lettered-item label both the text
reader and the table stages use (text.LETTER_LABEL)."""

from __future__ import annotations

import re

import pytest

import parsers.txt
from pipeline.resources import any_of, json_data, listed_pattern
from pipeline.stages import cells, tables
from pipeline.text import LETTER_LABEL, longest_first


@pytest.mark.parametrize(("patterns", "text", "found"), [
    (["a|b", "c"], "b", "b"),  # a pattern's own "|" stays inside its group
    (["^x", "y$"], "zy", "y"),  # so does its anchor: "^" binds "x" only
    (["^x", "y$"], "yz", None),
    (["Sở", "Sở Y tế"], "Sở Y tế", "Sở"),  # the first that matches wins, as re's alternation does
    (["(?:đã|Đã)\\s+ký"], "(Đã ký)", "Đã ký"),
])
def test_any_of_keeps_each_pattern_whole(patterns, text, found):
    match = re.search(any_of(patterns), text)
    assert (match.group() if match else None) == found


def test_any_of_inside_a_larger_pattern():
    pattern = re.compile(r"^(?:[-+•]\s*)?(?:" + any_of(["Kế hoạch", "Báo cáo|Tờ trình"]) + ")")
    assert pattern.match("- Tờ trình UBND")
    assert not pattern.match("Dự thảo Kế hoạch")


@pytest.mark.parametrize(("name", "key", "flags"), [
    ("sections.json", "closing_start", 0),
    ("task_tables.json", "group_words", re.IGNORECASE),
    ("boilerplate.json", "document_start", 0),
    ("addressees.json", "details", re.IGNORECASE),
])
def test_listed_pattern_is_the_list_as_one_alternation(name, key, flags):
    pattern = listed_pattern(name, key, flags)
    assert pattern.pattern == "|".join(f"(?:{p})" for p in json_data(name)[key])
    assert pattern.flags & re.IGNORECASE == flags & re.IGNORECASE


def test_the_stages_use_the_listed_patterns():
    assert cells.GROUP_LABEL.pattern == listed_pattern("task_tables.json", "group_words", re.IGNORECASE).pattern
    assert cells.GROUP_LABEL.flags & re.IGNORECASE
    assert tables._SIGNED.pattern == any_of(json_data("sections.json")["signed_marks"])


@pytest.mark.parametrize(("words", "text", "found"), [
    (["thành", "thành phố"], "thành phố Huế", "thành phố"),  # the longer word first, whatever the list's order
    (["Sở", "Sở Y tế", "Sở Tư pháp"], "Sở Tư pháp tỉnh", "Sở Tư pháp"),
    (["T/M", "TM.", "Q."], "Q. Chủ tịch", "Q."),  # escaped: "." is a dot, "/" a slash
    (["TM.", "TMX"], "TMX", "TMX"),
    ({"huyện", "xã"}, "các xã", "xã"),  # any iterable: a set, a dict's keys
])
def test_longest_first(words, text, found):
    match = re.search(longest_first(words), text)
    assert (match.group() if match else None) == found


def test_longest_first_keeps_the_order_of_words_as_long():
    assert longest_first(["ab", "cd", "abc"]) == "abc|ab|cd"
    assert longest_first([]) == ""


@pytest.mark.parametrize(("line", "lettered"), [
    ("a) Xây dựng kế hoạch", True),
    ("đ) Kiểm tra, giám sát", True),
    ("b)\tRà soát", True),
    ("b. Rà soát", False),  # a dot: a list's item, or a wrapped line, not a lettered label
    ("b)Rà soát", False),
    ("B) Rà soát", False),
    ("ab) Rà soát", False),
    ("1) Rà soát", False),
])
def test_one_letter_label_for_reader_and_stages(line, lettered):
    assert bool(LETTER_LABEL.match(line)) is lettered
    assert parsers.txt.LETTER_LABEL is LETTER_LABEL
    assert tables.LETTER_LABEL is LETTER_LABEL
