"""behind_start_lookahead: a data file's alternation behind a lookahead on the characters any of its alternatives can
start with, grouped so that the lookahead holds for every alternative (put before the bare alternation it held for the
first alone, and re tried every other alternative at every position). It changes no match."""

import re

import pytest

from pipeline.text import behind_start_lookahead

ALTERNATIONS = [
    r"\bngay\s+\d{1,2}\s+thang|(?<!\S)So\s*:(?=\s*\d)|^Noi\s+nhan\s*:",
    r"(?<=\S)\s*(?:Ký bởi|Thời gian ký)\s*:.*$|(?<=\S)\s*Signature\s*:.*$",
    r"(?P<label>Số hiệu|Ngày ban hành)\s*[:|\t]|^\s*(?P<alone>Số hiệu|Ngày ban hành)\s*$",
    r"\d{1,2}\s*/\s*\d{4}|[Qq]\.?\s*[IV]+",
]
TEXTS = ["Ha Noi, ngay 5 thang 3 nam 2026", "So: 12/KH-BTP", "NOI NHAN: the partners", "Noi nhan:", "also: 5 items",
         "Trần Văn Bình Ký bởi: Lê Văn An", "CHỦ TỊCH Signature: x", "Số hiệu: 22/KH-UBND", "  Ngày ban hành  ",
         "| Số hiệu | 22", "trong Q.III và 12/2026", "nothing here", ""]


def _gates_every_alternative(pattern: str) -> bool:
    """The pattern opens with the lookahead at its top level, the alternation after it (re's parse of "(?=…)(?:a|b)"),
    not an alternation whose first branch alone opens with it ("(?=…)a|b")."""
    return str(re._parser.parse(pattern).data[0][0]) == "ASSERT"


@pytest.mark.parametrize("pattern", ALTERNATIONS)
@pytest.mark.parametrize("flags", [0, re.IGNORECASE | re.MULTILINE])
def test_behind_a_start_lookahead_the_matches_are_the_same(pattern, flags):
    gated, bare = re.compile(behind_start_lookahead(pattern), flags), re.compile(pattern, flags)
    assert _gates_every_alternative(gated.pattern)
    for text in TEXTS:
        assert [(m.span(), m.groupdict()) for m in gated.finditer(text)] == [(m.span(), m.groupdict()) for m in bare.finditer(text)]


def test_the_lookahead_takes_every_alternative_s_first_characters():
    assert behind_start_lookahead(r"ab|cd") == r"(?=[ac])(?:ab|cd)"


def test_a_pattern_whose_start_cannot_be_told_is_only_grouped():
    assert behind_start_lookahead(r"ab|.x") == r"(?:ab|.x)"


@pytest.mark.parametrize("compiled", ["pipeline.stages.metadata:_form_phrases_unmarked", "pipeline.stages.clean:_header_stamp_after",
                                      "pipeline.stages.clean:_attribute_label"])
def test_the_stages_data_alternations_are_gated_whole(compiled):
    import importlib
    module, name = compiled.split(":")
    pattern = getattr(importlib.import_module(module), name)().pattern
    assert pattern.startswith("(?=[") and _gates_every_alternative(pattern)


@pytest.mark.parametrize("pattern", [r"(?i)ab|cd", r"(?im)^noi\s+nhan\s*:|so\s*:", r"(?i)(?m)^ab|x(?:y|z)"])
def test_a_leading_global_flag_stays_in_front(pattern):
    # wrapped in the group with the rest, a global flag is an error on Python 3.11+ ("global flags not at the start")
    gated, bare = re.compile(behind_start_lookahead(pattern)), re.compile(pattern)
    for text in [*TEXTS, "AB cd", "Noi Nhan: x", "SO: 12", "xZ"]:
        assert [m.span() for m in gated.finditer(text)] == [m.span() for m in bare.finditer(text)]
