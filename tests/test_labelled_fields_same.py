"""The assignments' "field" pattern is tried only where a field can start (``_field_matches``), not at every character:
it must find what ``finditer`` over the whole text finds, on generated item texts (labels of assignments.json in
several cases and spacings, values, the separators and line breaks that start a field or do not) and on every
paragraph and cell of corpus/ and the real documents."""

from __future__ import annotations

import re

from conftest import REALDOCS, REALDOCS2, corpus_files, needs, real_files_read_quickly, texts_read
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.stages import assignments
from pipeline.stages.assignments import _field_matches, _rules, labelled_fields


def _same(flat: str) -> None:
    """Both field patterns: the task items' and the duties' (a label after ", " too)."""
    for key, starts in (("field", assignments._FIELD_STARTS), ("field_in_clause", assignments._FIELD_OR_CLAUSE_STARTS)):
        pattern = _rules()[key]
        fast = [(m.span(), m.groupdict()) for m in _field_matches(pattern, starts, flat)]
        plain = [(m.span(), m.groupdict()) for m in pattern.finditer(flat)]
        assert fast == plain, (key, flat)


_LABELS = ["Cơ quan chủ trì", "CƠ QUAN CHỦ TRÌ", "Chủ trì", "chủ trì thực hiện", "Đơn vị, cơ quan phối hợp", "Phối hợp",
           "Cơ quan chịu trách nhiệm chính", "Thời gian hoàn thành", "Thời gian", "thời hạn", "Tiến độ thực hiện",
           "Dự kiến hoàn thành", "Sản phẩm/kết quả", "Kết quả cần đạt", "Hình thức văn bản", "Ghi chú", "Bộ phận chủ trì"]
_PIECES = ["Sở Nội vụ", "Văn phòng Bộ", "các Cục", "Quý II/2026", "31/12/2025", "UBND các xã", "rà soát", "x", "2026", "a)",
           "1.", "2.1.", "II.", "b)", "đ)"]
_SEPARATORS = [":", " :", ": ", ";", "; ", ";\n", ".", ". ", ".\n", "\n", "\n\n", " ", "  ", "", "- ", "-", "+ ", "• ", "– ",
               "\t", "\u00a0", ",", ", ", "..", ";;", ":;", " \n "]
_WHITE = ["", " ", "\t", "\u00a0", "\n", "\u2003", "  "]
# a whole field: what stands before it, its label, colon and value, what ends it
_FIELD = st.tuples(st.sampled_from([".", ";", ",", ":", "", "x", "\n"]), st.sampled_from(_WHITE),
                   st.sampled_from(["", "- ", "+", "• ", "–"]), st.sampled_from(_LABELS), st.sampled_from([":", " : ", ":\n"]),
                   st.sampled_from(_PIECES), st.sampled_from([".", ";", "", ". ", "; ", "\n", ":"])).map("".join)
_TEXT = st.lists(st.one_of(st.sampled_from(_LABELS), st.sampled_from(_PIECES), st.sampled_from(_SEPARATORS), _FIELD),
                 max_size=24).map("".join)


@settings(max_examples=4000, deadline=None)
@given(_TEXT)
def test_field_matches_are_finditers_on_generated_text(text):
    _same(text)
    _same(_rules()["line_in_field"].sub(" ", text))


def test_an_empty_match_falls_back_to_finditer():
    """A pattern that can match nothing at all (a label a clerk wrote that way) gets finditer's own answer."""
    pattern = re.compile(assignments._FIELD_START + r"x?")
    assert [m.span() for m in _field_matches(pattern, assignments._FIELD_STARTS, "a; x. \nb")] == [m.span() for m in pattern.finditer("a; x. \nb")]


def test_the_comparison_can_fail():
    """A field after ". " is found (a start the fast way must try), and one after "," is not (but a bodies' field naming
    a body, s60: "Rà soát, chủ trì: Sở Nội vụ", read as after ";")."""
    assert [f.role for f in labelled_fields("Rà soát. Chủ trì: Sở Nội vụ; phối hợp: các Sở")] == ["lead", "support"]
    assert labelled_fields("Rà soát, Thời hạn: quý II/2026") == []
    assert [f.role for f in labelled_fields("Rà soát, Thời hạn: quý II/2026", after_comma=True)] == ["deadline"]


def test_field_matches_are_finditers_on_every_corpus_paragraph():
    texts = [t for p in corpus_files() for t in texts_read(p)]
    assert sum(":" in t for t in texts) > 100
    for text in texts:
        _same(_rules()["line_in_field"].sub(" ", text))


@needs(REALDOCS)
@needs(REALDOCS2)
def test_field_matches_are_finditers_on_every_real_paragraph():
    texts = [t for p in real_files_read_quickly() for t in texts_read(p)]
    assert sum(":" in t for t in texts) > 1000
    for text in texts:
        _same(_rules()["line_in_field"].sub(" ", text))
