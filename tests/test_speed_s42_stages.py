"""Pre-tests of s42's stage cuts give the answers of the plain code they spare: each test compares the two on inputs
generated here (hypothesis, from pieces of laws' names, grounds and smudges) and on every line of the samples.

- citations.find_named_laws searches for a law amending others only in a text holding one of its openers
  (cited_issuers.json named_laws.amending.openers), and for a law named alone only in a ground's clause;
- text.has_letters reads a text up to its second letter where metadata._is_noise and addressees._names summed every
  letter of it."""

from __future__ import annotations

from unittest import mock

from conftest import ROOT
from hypothesis import example, given, settings
from hypothesis import strategies as st

from pipeline.model import Block, Layer, Provenance
from pipeline.stages import citations, metadata
from pipeline.text import has_letters


def _sample_lines() -> list[str]:
    lines = [line.strip() for path in sorted((ROOT / "corpus").glob("*.txt")) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(lines) > 1000
    return lines


# --- a law cited by its name: each pattern searched only where its words are --------------------------------------

def _named_laws_the_plain_way(text: str):
    """find_named_laws with the amending law's pattern searched in every text (an empty opener is in any)."""
    with mock.patch.object(citations, "_AMENDING_OPENERS", ("",)):
        return citations.find_named_laws(text)


# pieces of grounds citing laws by name: amending titles (openers in other spellings and cases among them), laws
# alone in a ground's clauses, dates, years, issuers, prose around them
_LAW_PIECES = st.lists(st.sampled_from([
    "Căn cứ", "căn cứ", " Căn cứ", "Luật", "Bộ luật", "Bộ Luật", "Pháp lệnh", "Hiến pháp", "sửa đổi, bổ sung", "sửa đổi bổ sung",
    "sửa đổi", "bổ sung", "Sửa đổi", "sửa  đổi", "một số điều", "của", "Luật Tổ chức Chính phủ", "và", "Luật Đất đai",
    "Tổ chức chính quyền địa phương", "Cán bộ, công chức", "Viên chức", "Thi đua, Khen thưởng", "ngày 22 tháng 11 năm 2019",
    "ngày 18/01/2024", "năm 2015", "của Quốc hội", "nước Cộng hòa xã hội chủ nghĩa Việt Nam", "dự thảo", "Trường Đại học",
    ";", ",", ".", ":", "số 43/2024/QH15", "\n",
]), min_size=1, max_size=9).map(" ".join)


# grounds as they are printed, each piece in a few forms: an amending law's title, a law alone, a law with its date
_GROUNDS = st.tuples(
    st.sampled_from(["", "Căn cứ ", "  Căn cứ ", "căn cứ ", "Thực hiện "]),
    st.sampled_from(["Luật", "Bộ luật", "Pháp lệnh", "Luật Đất đai;", "Hiến pháp"]),
    st.sampled_from([" sửa đổi, bổ sung", " sửa đổi bổ sung", " sửa đổi", " bổ sung", " Sửa đổi", "", " Cán bộ, công chức"]),
    st.sampled_from([" một số điều của Luật Tổ chức Chính phủ", " của Bộ luật Hình sự", " của Luật Đất đai và Luật Nhà ở", ""]),
    st.sampled_from([" ngày 22 tháng 11 năm 2019", " ngày 18/01/2024", " năm 2015", ""]),
    st.sampled_from([" của Quốc hội", ""]),
    st.sampled_from([";", ".", "; Luật Viên chức;", ", Luật Viên chức;", " và Luật Viên chức.", ""]),
).map("".join)


@settings(max_examples=3000, deadline=None)
@given(st.one_of(_LAW_PIECES, _GROUNDS))
@example("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương "
         "ngày 22 tháng 11 năm 2019;")
@example("Căn cứ Luật Cán bộ, công chức; Luật Viên chức;")
@example("  Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;")
@example("Thực hiện Luật Cán bộ, công chức; Luật Viên chức;")  # a law alone outside a ground: none
def test_named_laws_are_the_plain_answer(text):
    assert citations.find_named_laws(text) == _named_laws_the_plain_way(text)


def test_an_amending_law_is_found_only_where_an_opener_is_printed():
    # what makes the pre-test exact: the pattern's name opens with an opener as printed (no case folding, no spaces
    # made flexible)
    title = "Luật {} một số điều của Luật Tổ chức Chính phủ ngày 22 tháng 11 năm 2019"
    for opener in citations._AMENDING_OPENERS:
        assert citations._AMENDING_LAW.search(title.format(opener))
        assert not citations._AMENDING_LAW.search(title.format(opener.upper()))
        assert not citations._AMENDING_LAW.search(title.format(opener.replace(" ", "  ")))


def test_named_laws_are_the_plain_answer_on_every_sample_line():
    found = 0
    for text in _sample_lines():
        fast = citations.find_named_laws(text)
        assert fast == _named_laws_the_plain_way(text), text
        found += bool(fast)
    assert found  # the samples cite laws by name: more than empty lists were compared


# --- a smudge told from a line at its second letter -----------------------------------------------------------------

@settings(max_examples=3000, deadline=None)
@given(st.text(max_size=12), st.integers(1, 3))
@example("²³", 2)  # figures that are no letters ("²" is a word's character, not a letter)
@example("ǅ", 1)
def test_has_letters_is_the_plain_count(text, count):
    assert has_letters(text, count) == (sum(c.isalpha() for c in text) >= count)


def _block(text: str, confidence: float | None) -> Block:
    return Block(id="b1", orig=text, text=text, layer=Layer.BODY, prov=Provenance(reader="ocr", line_start=1, line_end=1,
                                                                                   ocr_confidence=confidence))


@settings(max_examples=1000, deadline=None)
@given(st.sampled_from(["", "+", "«", "a", "ạ", "Đ.", "1 2", "²b", "- Sở", "KT. CHỦ TỊCH", "x y"]),
       st.sampled_from([None, 10.0, 39.9, 40.0, 95.0]))
def test_noise_is_the_plain_answer(text, confidence):
    plain = sum(c.isalpha() for c in text) < 2 or (confidence is not None and confidence < 40)
    assert metadata._is_noise(_block(text, confidence)) == plain


def test_has_letters_is_the_plain_count_on_every_sample_line():
    for text in _sample_lines():
        for count in (1, 2):
            assert has_letters(text, count) == (sum(c.isalpha() for c in text) >= count), text
