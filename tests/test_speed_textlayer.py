"""The fast paths of parsers/textlayer.py against the plain code they replaced (issue 20): the characters of a page
that may be foreign found by one scan past the usual ones, not by a set of all the page's characters."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import REALDOCS, REALDOCS2, needs
from parsers import textlayer


def _plain_garbage_lines(text: str) -> int:
    """garbage_lines as it was written before the scan for the characters that may be foreign."""
    foreign = frozenset(filter(textlayer.is_foreign, set(text)))
    if not foreign:
        return 0
    return sum(1 for line in text.splitlines()
               if (found := sum(c in foreign for c in line)) >= textlayer._MIN_FOREIGN
               and found >= textlayer._MIN_FOREIGN_SHARE * len("".join(line.split())))


# a page's characters: Vietnamese words, punctuation and spaces of several kinds, line breaks, and what a broken
# encoding gives (Arabic, Cyrillic, Latin letters no Vietnamese word has, "ª" and "º", private-use codes, controls,
# the replacement character, a combining mark left apart), on both sides of the usual blocks' ends
_PIECES = st.sampled_from(["Kế hoạch", "Số:", "ĐỒNG", "ỹ", " ", "\u00a0", "\u2003", "\t", "\r\n", "\n", "\r", "\x0c",
                           "–", "“", "…", "•", "ې", "Д", "Å", "ª", "º", "ß", "ȸ", "ɐ", "ʼ", "Ḁ", "ỿ", "Ἀ", "\u206f",
                           "\u2070", "\ue000", "\uf0b7", "\x01", "\x7f", "\ufffd", "\u0301", "ƣ", "Ð", "ð", "ﬁ", "€"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=60).map("".join))
def test_garbage_lines_as_a_set_of_every_character_gives(text):
    assert textlayer.garbage_lines(text) == _plain_garbage_lines(text)


def test_every_character_the_scan_passes_over_is_no_foreign_one():
    passed = [chr(code) for code in range(0x3000) if not textlayer._maybe_foreign().match(chr(code))]
    assert len(passed) > 300 and not any(map(textlayer.is_foreign, passed))


@needs(REALDOCS2)
def test_garbage_lines_of_every_real_pdf_page_as_the_plain_code():
    import pypdfium2 as pdfium

    counted = []
    for path in sorted(REALDOCS.glob("*.pdf")) + sorted(REALDOCS2.glob("*.pdf")):
        pdf = pdfium.PdfDocument(path)
        for index in range(len(pdf)):
            text = pdf[index].get_textpage().get_text_range()
            assert textlayer.garbage_lines(text) == _plain_garbage_lines(text)
            counted.append(_plain_garbage_lines(text))
    assert len(counted) > 100 and any(counted)  # the mojibake files' pages among them
