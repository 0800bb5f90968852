"""s45 review of the agency lists (s45-agencies): a bare body word ending a list was split off as a body of its own.

The split before a whole-name body word at a list's end ("…, Công an", "…, HĐND", "…, Tỉnh ủy") ran before the shared
kind word was tried, and took the word alone where it was the kind word's last item ("Bộ Quốc phòng, Công an": Bộ
Công an, read as the province's police), a standing board's or a post's second body ("Thường trực Thành ủy, HĐND",
"Chủ tịch HĐND, UBND": read as the council itself) or a unit's parent ("Phòng Cảnh sát giao thông, Công an": the
police's traffic department lost, the police named instead). The split is taken out: these cells read as before s45
(the shared kind word, the registry's whole name, or unresolved as printed), never a bare body from half a name.
Reviewer's inputs and variants of ours; every cell written for the test.
"""

from __future__ import annotations

import pytest

from pipeline.stages.agencies import agencies_by_role, resolve_names

LD = "lam-dong"
XA = "lam-dong.xa-di-linh"


def _read(cell: str, place: str = LD) -> list[str]:
    return [f"{role}:{m.agency_id or '?' + m.name}" for role, names in agencies_by_role(cell, "lead").items()
            for m in resolve_names(names, place, True, False)]


# 1. the shared kind word names the last item too; where it is no kind the splitter knows, unresolved (never the
# bare body)
@pytest.mark.parametrize("cell, read", [
    ("Bộ Quốc phòng, Công an", ["lead:viet-nam/bo-quoc-phong", "lead:viet-nam/bo-cong-an"]),
    ("Bộ Tư pháp, Công an", ["lead:viet-nam/bo-tu-phap", "lead:viet-nam/bo-cong-an"]),
    ("Bộ Y tế, Quốc phòng, Công an",
     ["lead:viet-nam/bo-y-te", "lead:viet-nam/bo-quoc-phong", "lead:viet-nam/bo-cong-an"]),
    ("Các Bộ Quốc phòng, Công an", ["lead:viet-nam/bo-quoc-phong", "lead:viet-nam/bo-cong-an"]),
    ("Bộ Tài chính, Công an", ["lead:viet-nam/bo-tai-chinh", "lead:viet-nam/bo-cong-an"]),
    ("Bộ Ngoại giao, Quốc phòng, Công an",
     ["lead:viet-nam/bo-ngoai-giao", "lead:viet-nam/bo-quoc-phong", "lead:viet-nam/bo-cong-an"]),
    ("Văn phòng Quốc hội, Chính phủ", ["lead:?Văn phòng Quốc hội, Chính phủ"]),
    ("Văn phòng Trung ương Đảng, Quốc hội", ["lead:?Văn phòng Trung ương Đảng, Quốc hội"]),
    ("Văn phòng Tỉnh ủy, HĐND", ["lead:?Văn phòng Tỉnh ủy, HĐND"]),
    ("Văn phòng Tỉnh ủy, UBND", ["lead:?Văn phòng Tỉnh ủy, UBND"]),
])
def test_a_shared_kind_words_last_item_is_no_bare_body(cell, read):
    assert _read(cell) == read


# 2. a standing board's or a post's words before the list: the whole stays as printed
@pytest.mark.parametrize("cell", [
    "TT Tỉnh ủy, HĐND", "Thường trực Thành ủy, HĐND", "Thường trực HĐND, UBND", "Thường trực Tỉnh ủy, UBND",
    "Lãnh đạo HĐND, UBND", "Chủ tịch HĐND, UBND", "Giám đốc Sở Y tế, Công an", "Phó Chủ tịch UBND, Công an",
    "Phó Giám đốc Sở Tài chính, Công an", "Lãnh đạo Sở Nội vụ, Công an",
])
def test_a_boards_or_posts_list_stays_whole(cell):
    assert _read(cell) == [f"lead:?{cell}"]


# 3. a unit printed with a comma before its parent: the registry's whole name, or unresolved as printed
@pytest.mark.parametrize("cell, place, read", [
    ("Phòng Cảnh sát giao thông, Công an", LD, ["lead:lam-dong/phong-canh-sat-giao-thong-cong-an"]),
    ("Phòng Cảnh sát hình sự, Công an", LD, ["lead:lam-dong/phong-canh-sat-hinh-su-cong-an"]),
    ("Ban Tổ chức, Tỉnh ủy", LD, ["lead:lam-dong/ban-to-chuc-tinh-uy"]),
    ("Ban Nội chính, Tỉnh ủy", LD, ["lead:lam-dong/ban-noi-chinh-tinh-uy"]),
    ("Ban Tuyên giáo, Tỉnh ủy", LD, ["lead:lam-dong/ban-tuyen-giao-tinh-uy"]),
    ("Văn phòng, Tỉnh ủy", LD, ["lead:lam-dong/van-phong-tinh-uy"]),
    ("Văn phòng Sở, Thanh tra", LD, ["lead:?Văn phòng Sở, Thanh tra"]),
    ("Đội Cảnh sát giao thông, Công an", LD, ["lead:?Đội Cảnh sát giao thông, Công an"]),
    ("Hạt Kiểm lâm, Công an", XA, ["lead:?Hạt Kiểm lâm, Công an"]),
])
def test_a_unit_before_its_parent_is_no_list(cell, place, read):
    assert _read(cell, place) == read


# 4. a shared kind word's list before a collective in small letters: each body, then the collective (was one name,
# unresolved); a list with an item that makes no name with the kind word stays whole
@pytest.mark.parametrize("cell, read", [
    ("Sở Tài chính, Tư pháp, các cơ quan, đơn vị liên quan",
     ["lead:lam-dong/so-tai-chinh", "lead:lam-dong/so-tu-phap", "lead:lam-dong/cac-co-quan-don-vi-lien-quan"]),
    ("Sở Y tế, Nội vụ, các cơ quan, đơn vị liên quan",
     ["lead:lam-dong/so-y-te", "lead:lam-dong/so-noi-vu", "lead:lam-dong/cac-co-quan-don-vi-lien-quan"]),
    ("Bộ Tư pháp, Công an, các cơ quan, đơn vị liên quan",
     ["lead:viet-nam/bo-tu-phap", "lead:viet-nam/bo-cong-an", "lead:lam-dong/cac-co-quan-don-vi-lien-quan"]),
    ("Sở Tài chính, Văn hóa, các cơ quan, đơn vị liên quan", ["lead:?Sở Tài chính, Văn hóa, các cơ quan, đơn vị liên quan"]),
])
def test_a_shared_kind_words_list_before_a_collective(cell, read):
    assert _read(cell) == read
