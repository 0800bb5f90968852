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


def _real_pdf_pages():
    """The text of every page of the real PDFs, as pdfium reads it."""
    import pypdfium2 as pdfium

    for path in sorted(REALDOCS.glob("*.pdf")) + sorted(REALDOCS2.glob("*.pdf")):
        pdf = pdfium.PdfDocument(path)
        for index in range(len(pdf)):
            yield pdf[index].get_textpage().get_text_range()


@needs(REALDOCS2)
def test_garbage_lines_of_every_real_pdf_page_as_the_plain_code():
    counted = []
    for text in _real_pdf_pages():
        assert textlayer.garbage_lines(text) == _plain_garbage_lines(text)
        counted.append(_plain_garbage_lines(text))
    assert len(counted) > 100 and any(counted)  # the mojibake files' pages among them


# The page checks as they were written before their lines were split once a page and a line's pairs counted in one map
# (s37-speedpdf): what the fast paths must give on any text.
def _plain_reversed_pairs(text: str) -> int:
    known = textlayer._name_pairs()
    excess = 0
    for line in textlayer.fold(text).splitlines():
        words = textlayer.words_of(line)
        pairs = list(zip(words, words[1:]))
        excess += max(0, sum(pair[::-1] in known for pair in pairs) - sum(pair in known for pair in pairs))
    return excess


def _plain_unmarked_lines(text: str) -> int:
    count = 0
    for line in text.splitlines():
        kinds = [textlayer._word_kind(word) for word in textlayer.words_of(line) if not word.istitle() or len(word) == 1]
        bare = kinds.count(textlayer._SYLLABLE)
        count += (bare >= textlayer._MIN_UNMARKED_SYLLABLES and textlayer._MARKED not in kinds
                  and bare >= textlayer._MIN_UNMARKED_SHARE * (bare + kinds.count(textlayer._WORD_ONLY)))
    return count


def _plain_score(text: str) -> textlayer.Score:
    sample = textlayer.unicodedata.normalize("NFC", text[:textlayer._SAMPLE])
    if "@" in sample or "www." in sample or "://" in sample:
        sample = textlayer._ADDRESS.sub(" ", sample)
    kinds = [textlayer._word_kind(word) for word in textlayer.words_of(sample)]
    syllables = kinds.count(textlayer._SYLLABLE) + (marked := kinds.count(textlayer._MARKED))
    words = syllables + kinds.count(textlayer._WORD_ONLY)
    return textlayer.Score(words, syllables / words if words else 0.0, marked / syllables if syllables else 0.0)


# syllables of the names in both orders and cases, with and without marks, and what can stand between them: spaces,
# line breaks, punctuation, a mark standing alone (folding takes it out and joins the words around it), characters
# outside the usual blocks, a glued "_", an address
_NAME_PIECES = st.sampled_from(["ủy", "Ủy", "ỦY", "ban", "BAN", "nhân", "NHÂN", "dân", "Dân", "kế", "hoạch", "KẾ", "HOẠCH",
                                "uy", "nhan", "dan", "ke", "hoach", "tỉnh", "Sở", "Nội", "vụ", "2026", " ", " ", " ", "\n",
                                "\r\n", "\t", ",", ".", "-", "_", "\u0301", "\u0323", "º", "Д", "\ufffe", "\u2028",
                                "Ω", "ß", "İ", "a@b.vn "])


@settings(max_examples=600, deadline=None)
@given(st.lists(_NAME_PIECES, max_size=50).map("".join))
def test_page_checks_as_the_plain_code(text):
    assert textlayer.reversed_pairs(text) == _plain_reversed_pairs(text)
    assert textlayer.unmarked_lines(text) == _plain_unmarked_lines(text)
    assert textlayer.score(text) == _plain_score(text)


@needs(REALDOCS2)
def test_page_checks_of_every_real_pdf_page_as_the_plain_code():
    found = []
    for text in _real_pdf_pages():
        sample = textlayer.unicodedata.normalize("NFC", text[:textlayer._SAMPLE])
        assert textlayer.score(text) == _plain_score(text)
        assert textlayer.reversed_pairs(sample) == _plain_reversed_pairs(sample)
        assert textlayer.unmarked_lines(sample) == _plain_unmarked_lines(sample)
        found.append(_plain_reversed_pairs(sample) + _plain_unmarked_lines(sample))
    assert len(found) > 100 and any(found)
