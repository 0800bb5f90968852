"""strip_marks looks a text up word by word (pipeline.text._UnmarkedWords) and gives what translating it character by
character gave: compared on text generated here (Vietnamese letters NFC and decomposed, other scripts, every kind of
space and separator, words too long to be kept) and on every line of the samples."""

from __future__ import annotations

import unicodedata

from conftest import ROOT
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import text as text_module
from pipeline.text import strip_marks


def _plain(text: str) -> str:
    """strip_marks as it was: every character translated."""
    return text.translate(text_module._UNMARKED)


_LETTERS = "aàáảãạăằắẳẵặâầấẩẫậđeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ"
_PIECES = [*_LETTERS, *_LETTERS.upper(), *unicodedata.normalize("NFD", _LETTERS + _LETTERS.upper()), "Đ", "\u0301", "\u0323",
           " ", "  ", "\t", "\n", "\xa0", "\u2003", "\u3000", "&", "-", "–", ".", ",", "(", ")", "“", "”", "省", "٣", "Ω", "Å", "ﬁ",
           "İ", "ς", "½", "²", "1", "x" * 45, "ậ" * 41, "\U0001F600", "\u034f"]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
def test_strip_marks_is_the_plain_translation(text):
    assert strip_marks(text) == _plain(text)


@settings(max_examples=1000, deadline=None)
@given(st.text(max_size=40))
def test_strip_marks_is_the_plain_translation_on_any_text(text):
    assert strip_marks(text) == _plain(text)


def test_strip_marks_is_the_plain_translation_on_every_sample_line():
    lines = [line for path in sorted((ROOT / "corpus").glob("*.txt")) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(lines) > 1000
    assert [strip_marks(line) for line in lines] == [_plain(line) for line in lines]


def test_words_too_long_or_too_many_are_not_kept(monkeypatch):
    words = text_module._UnmarkedWords()
    monkeypatch.setattr(text_module._UnmarkedWords, "_MAX_SIZE", 2)
    monkeypatch.setattr(text_module, "_UNMARKED_WORDS", words)
    assert strip_marks("ậ" * 41 + " Hà Nội Đà Nẵng") == "a" * 41 + " Ha Noi Da Nang"
    assert words == {"Hà": "Ha", "Nội": "Noi"}
