"""The recognisers of pipeline/stages/parts.py, where they run on every line."""

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.resources import authority_prefixes
from pipeline.stages.parts import authority_of, figure_after_prefix, is_signature_line, signature_line_in_any_case
from pipeline.text import is_upper_line


def _reference_authority_of(text: str) -> str | None:
    """Each prefix tested on its own start of the line, as the recogniser did before it upper-cased the start once (a
    figure right after it is a quarter's, no prefix: "Q.1", s54)."""
    for prefix in authority_prefixes():
        if text[: len(prefix)].upper().startswith(prefix) and len(text) > len(prefix) and is_upper_line(text[len(prefix):]) \
                and not figure_after_prefix(text, prefix):
            return prefix
    return None


# starts of lines as they come: prefixes in any case, letters whose capitals are longer (ß -> SS, ŉ -> ʼN), the
# Kelvin sign, Vietnamese capitals and small letters
_PIECES = ["TM.", "tm.", "Tm", "KT.", "kt", "TL.", "TUQ.", "tuq", "Q.", "q", ".", " ", "ß", "ŉ", "\u212a", "T", "K", "U",
           "ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Chủ tịch", "sở", "ĐẢNG", "1", ""]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=5))
def test_authority_prefix_read_as_each_prefix_on_its_own_start(pieces):
    text = "".join(pieces)
    assert authority_of(text) == _reference_authority_of(text)


def test_authority_prefixes():
    assert authority_of("TM. ỦY BAN NHÂN DÂN") == "TM." and authority_of("KT.CHỦ TỊCH") == "KT."
    assert authority_of("tuq. GIÁM ĐỐC") == "TUQ." and authority_of("Q. CHỦ TỊCH") == "Q."
    assert authority_of("Tm. Ủy ban nhân dân") is None and authority_of("TM.") is None


# a signature's lines in the cases a web copy prints them, and lines that sign nothing
_ANY_CASE = [("tm. ủy ban nhân dân", True), ("Kt. Chủ Tịch", True), ("TL. BỘ TRƯỞNG", True), ("Quyền giám đốc", True),
             ("Phó chủ tịch", True), ("chủ tịch", True), ("Ủy ban nhân dân tỉnh", False), ("tm", False), ("", False),
             ("Trưởng phòng kế hoạch triển khai", False)]


def test_signature_line_in_any_case_is_the_line_in_capitals():
    for text, signs in _ANY_CASE:
        assert signature_line_in_any_case(text) is signs, text
        assert signature_line_in_any_case(text) is is_signature_line(text.upper()), text


def test_a_bare_post_in_small_letters_signs_only_where_the_caller_says():
    assert signature_line_in_any_case("Phó chủ tịch") and not signature_line_in_any_case("Phó chủ tịch", bare_post=False)
    assert signature_line_in_any_case("kt. chủ tịch", bare_post=False)  # a prefix's line signs either way
