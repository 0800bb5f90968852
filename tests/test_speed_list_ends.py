"""A list of bodies read from each clause's opening (assignments' ``_clause_supports``): the searches for where it ends
shared by the clauses of one text, and the parentheses before each end counted on from the last, give what the plain
search from each opening gives (a flattened table's run of bodies with no verb outside parentheses had each opening
search to the text's end again)."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st
from test_speed_stage_bounds import _plain

from pipeline.stages import assignments as assignments_stage


def _plain_list_end(pattern: re.Pattern, text: str, start: int = 0, search=None) -> re.Match | None:
    """_list_end as it was: a search from ``start`` and after each end, the parentheses counted on the whole slice."""
    end = pattern.search(text, start)
    while end:
        before = text[start:end.start()]
        if end.group("stop") or before.count("(") <= before.count(")"):
            name_so_far = assignments_stage.fold(assignments_stage._last_name(text, start, end.end()).strip())
            if end.group("stop") or not name_so_far or not assignments_stage._starts_a_registry_name(name_so_far):
                return end
        end = pattern.search(text, end.end())
    return None


_plain_clause_supports = _plain(assignments_stage._clause_supports,
                                '        end = _list_end(rules["subject_end"], text, start, search)\n',
                                '        end = _plain_list_end(rules["subject_end"], text, start)\n')
_plain_clause_supports.__globals__["_plain_list_end"] = _plain_list_end

# bodies, verbs (inside parentheses and out), role words, stops, a registry name with a verb's words in it, dates
_PIECES = ["Sở Tài chính", "Sở Nội vụ", "UBND các xã", "Ban Quản lý dự án đầu tư xây dựng tỉnh", "Công an tỉnh", ", ", "; ",
           " ", "(", ")", "(trước sắp xếp)", " phối hợp", " phối hợp thực hiện", " chủ trì", " triển khai", " xây dựng",
           " báo cáo", "(để báo cáo)", " với", "31/12/2026", "và ", "Kho bạc Nhà nước khu vực", ".", "\n"]
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


@settings(max_examples=1500, deadline=None)
@given(_TEXTS)
@example("Sở Tài chính, Sở Nội vụ (trước sắp xếp), UBND các xã; Công an tỉnh phối hợp thực hiện")
@example("Sở Tài chính (xây dựng (báo cáo) triển khai), Sở Nội vụ phối hợp; Công an tỉnh phối hợp thực hiện.")
def test_clause_supports_are_the_plain_search_from_each_opening(text):
    assert assignments_stage._clause_supports(text) == _plain_clause_supports(text)


@settings(max_examples=1500, deadline=None)
@given(_TEXTS, st.integers(0, 60), st.integers(0, 60))
def test_list_end_from_any_start_is_the_plain_search(text, first, second):
    """One search shared by two starts, in either order (the answers kept from the first serve the second)."""
    pattern = assignments_stage._rules()["subject_end"]
    search = assignments_stage._Searches(pattern, text)
    for start in (min(first, len(text)), min(second, len(text))):
        fast, plain = assignments_stage._list_end(pattern, text, start, search), _plain_list_end(pattern, text, start)
        assert (fast and fast.span()) == (plain and plain.span())


def test_a_long_run_of_bodies_with_verbs_only_in_parentheses():
    """The case the shared searches are for: many openings, every end inside parentheses (none taken)."""
    text = "Sở Tài chính, Sở Nội vụ (trước sắp xếp), UBND các xã; " * 60 + "Công an tỉnh phối hợp thực hiện"
    supports = assignments_stage._clause_supports(text)
    assert supports == _plain_clause_supports(text)
    assert ("Công an tỉnh", "support") in supports
