"""Facts several stages read, worked out once a document (pipeline/facts.py): the same answers as working them out
each time, and nothing kept from one document into the next."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import parsers
from pipeline import facts
from pipeline.run import run_stages
from pipeline.stages import assignments
from pipeline.stages.assignments import labelled_fields

# Pieces of task items: labels in their cases and spellings, values, separators, item markers and line breaks.
_PIECES = ["Cơ quan chủ trì", "Đơn vị phối hợp", "chủ trì", "Phối hợp", "Thời gian hoàn thành", "thời hạn", "Tiến độ",
           "Sản phẩm", "Kết quả", ":", ": ", " ", ", ", "; ", ".", "\n", "\n- ", "\n10. ", "a) ", "Sở Nội vụ", "UBND các xã",
           "Quý II/2026", "tháng 6/2026", "Đã hoàn thành", "Rà soát, cập nhật", "các sở, ngành", "(", ")"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join), st.booleans())
def test_labelled_fields_are_those_worked_out_afresh(text, after_comma):
    facts.forget()
    afresh = [] if ":" not in text else list(assignments._labelled_fields.__wrapped__(text, after_comma))
    assert labelled_fields(text, after_comma) == afresh
    assert labelled_fields(text, after_comma) == afresh  # remembered: the same


def test_each_caller_gets_a_list_of_its_own():
    text = "Rà soát văn bản. Cơ quan chủ trì: Sở Tư pháp; thời gian hoàn thành: Quý II/2026"
    first = labelled_fields(text)
    first += first  # the tasks stage adds its field lines to an item's own fields
    assert len(labelled_fields(text)) == len(first) // 2 == 2


def test_the_runner_forgets_the_document_before(tmp_path):
    (path := tmp_path / "plan.txt").write_text("KẾ HOẠCH\nCơ quan chủ trì: Sở Y tế\n", encoding="utf-8")
    doc = parsers.read(path)
    labelled_fields("Cơ quan chủ trì: Sở Y tế")
    assert assignments._labelled_fields.cache_info().currsize > 0
    run_stages(doc, [])
    assert assignments._labelled_fields.cache_info().currsize == 0
