"""The assignments stage's phrase alternations (verbs, stops, roles, positions) grouped under their first character
match as the plain alternation, longest phrase first, does: the same spans, in either case, with any spaces."""

import re

import pytest

from pipeline.stages.assignments import _alternatives


def _plain(phrases) -> str:
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))


PHRASES = ["phối hợp", "phối hợp với", "cùng phối hợp", "cùng với", "chủ trì", "chịu trách nhiệm", "là", "lồng ghép",
           "tham gia", "tham gia phối hợp với", "đôn đốc", "để"]
TEXTS = [
    "Sở Y tế chủ trì, phối hợp với các sở, ngành liên quan tham gia phối hợp với UBND huyện.",
    "CÙNG PHỐI HỢP   VỚI Công an tỉnh; Đôn Đốc việc lồng  ghép; Để bảo đảm là nhiệm vụ",
    "các đơn vị chịu trách nhiệm\ttham gia; phối hợpvới; cùngvới; chủtrì",
    "Thủ trưởng các cơ quan, đơn vị có trách nhiệm thực hiện",
]


def test_phrases_are_grouped_under_their_first_character():
    pattern = _alternatives(PHRASES)
    firsts = [alternative[0] for alternative in re.findall(r"(?:^|\|)(\w)\(\?:", pattern)]
    assert sorted(firsts) == sorted({p[0] for p in PHRASES})


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
@pytest.mark.parametrize("text", TEXTS)
def test_grouped_phrases_match_as_the_plain_alternation(text, flags):
    for around in ("{}", r"(?<![\w-])(?:{})(?![\w-])"):
        grouped = re.compile(around.format(_alternatives(PHRASES)), flags)
        plain = re.compile(around.format(_plain(PHRASES)), flags)
        assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_phrases_whose_first_letters_differ_only_in_case_are_not_grouped():
    # in ignored case both groups could match at one place: the plain alternation keeps the longest phrase first
    phrases = ["Chủ trì", "chủ trì phối hợp"]
    assert _alternatives(phrases) == _plain(phrases)
    assert re.compile(_alternatives(phrases), re.IGNORECASE).match("CHỦ TRÌ PHỐI HỢP").end() == len("CHỦ TRÌ PHỐI HỢP")
