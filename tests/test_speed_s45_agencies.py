"""The agencies stage resolves each name a document prints once (issue 20, s45-speed): ``_with_remark`` is remembered
until the next document (``facts.per_document``), where a task table's rows named the same few bodies over and over
and each was resolved again. Compared with the function as it is written (its ``__wrapped__``), on names built of
bodies, brackets, remarks and former marks (Hypothesis), asked twice (the second answer is the remembered one), and on
whole documents."""

import pytest
from hypothesis import given, settings, strategies as st

from pipeline import facts
from pipeline.run import process
from pipeline.stages import agencies

_BODIES = ["Sở Tài chính", "Sở Nội vụ", "UBND xã Bát Xát (cũ)", "Ủy ban nhân dân các quận, huyện",
           "Sở Thông tin và Truyền thông (nay là Sở Khoa học và Công nghệ)", "Công an tỉnh (PC06)",
           "Viện kiểm sát nhân dân (khu vực 4)", "Sở Y tế (đầu mối tổng hợp)", "Văn phòng UBND Thành phố",
           "Phòng Tư pháp quận", "Sở Nội vụ/Sở Tài chính", "Ban Quản lý dự án", "các sở, ban, ngành"]
_JOINS = [" và ", ", ", "; ", " "]
_PLACES = [None, "ha-noi", "lao-cai", "ho-chi-minh", "viet-nam"]


@st.composite
def _names(draw):
    parts = draw(st.lists(st.sampled_from(_BODIES), min_size=1, max_size=3))
    name = parts[0]
    for part in parts[1:]:
        name += draw(st.sampled_from(_JOINS)) + part
    return name + draw(st.sampled_from(["", ",", " (nếu có)", " (cũ)"]))


@settings(max_examples=200, deadline=None)
@given(_names(), st.sampled_from(_PLACES), st.booleans(), st.booleans())
def test_a_name_resolves_as_the_function_written_resolves_it(name, place, communes, party):
    facts.forget()
    plain = agencies._with_remark.__wrapped__(name, place, communes, party)
    assert agencies._with_remark(name, place, communes, party) == plain
    assert agencies._with_remark(name, place, communes, party) == plain  # remembered


def test_the_next_document_works_them_out_afresh():
    """The runner forgets them when a document starts: what is kept is one document's."""
    agencies._with_remark("Sở Tài chính", "ha-noi", True, False)
    assert agencies._with_remark.cache_info().currsize
    facts.forget()
    assert not agencies._with_remark.cache_info().currsize


@pytest.mark.parametrize("sample", ["000_28c0b28b8b9b66cd", "002_4eef9a9c1980f483", "004_bb67436c3e8d90f2"])
def test_a_document_s_bodies_are_those_resolved_one_mention_at_a_time(sample, monkeypatch):
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "corpus" / f"{sample}.txt"
    remembered = process(path).model_dump_json()
    monkeypatch.setattr(agencies, "_with_remark", agencies._with_remark.__wrapped__)
    assert process(path).model_dump_json() == remembered
