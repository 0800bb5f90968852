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


# may_start_lookahead: a lookahead on what a data file's pattern can start with, which changes no match
from pipeline.text import may_start_lookahead  # noqa: E402

DEADLINE_LIKE = [
    r"(?<!\w)(?:(?:hoàn thành|xong)?\s*(?:trước|đến hết)\s+(?:ngày\s+\d|quý\s+[IV]+))",
    r"(?<!\w)(?:định kỳ\b|(?<!vụ )thường xuyên\b|^h[ằà]ng\s+(?:tuần|tháng))",
    r"\d{1,2}\s*/\s*\d{4}|[Qq]\.?\s*[IV]+",
]
CLAUSES = ["Hoàn thành trước ngày 30/6/2026", "báo cáo định kỳ hằng quý; nhiệm vụ thường xuyên", "HẰNG THÁNG báo cáo",
           "xong  đến hết quý IV", "trong Q.III và 12/2026", "Hàng tuần", "không có hạn"]


@pytest.mark.parametrize("pattern", DEADLINE_LIKE)
@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_a_start_lookahead_changes_no_match(pattern, flags):
    lookahead = may_start_lookahead(pattern)
    assert lookahead.startswith("(?=[")
    with_it, without = re.compile(lookahead + pattern, flags), re.compile(pattern, flags)
    for text in CLAUSES:
        assert [m.span() for m in with_it.finditer(text)] == [m.span() for m in without.finditer(text)]


def test_the_start_of_optional_words_then_spaces_takes_both():
    assert may_start_lookahead(r"(?:xong|hoàn tất)?\s*trước") == r"(?=[htx\s])"


@pytest.mark.parametrize("pattern", [r"a*", r"(?i:ab)", r"[^a]b", r".x", r"(?:x)?", r"(?P<g>a)?(?P=g)"])
def test_no_lookahead_where_the_start_cannot_be_told(pattern):
    assert may_start_lookahead(pattern) == ""


def test_the_deadline_phrases_search_skips_positions_no_phrase_starts_at():
    from pipeline.stages.assignments import _rules
    assert _rules()["any_deadline_phrase"].pattern.startswith("(?=[")
