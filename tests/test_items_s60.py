"""Tasks given in prose (s60): where a collective's description ends and its duty begins.

    Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp, UBND các xã biên giới cắm mốc.
    Sở Nội vụ chủ trì, phối hợp với các sở, ngành còn chậm.

Before s60 the first gave the support "UBND các xã biên giới cắm mốc" (two words of a duty after a region's noun read as
its description), the second "các sở, ngành còn chậm" ("còn", still, read as opening a description like "… còn lại").
A region's noun is described by qualifiers (data: collective_description_qualifiers) or a place's name in capitals; other
words hold the duty, and the collective is read alone, as main before s59. The plans here are this file's own words.
"""

from __future__ import annotations

import pytest
from test_collective_prose_s58 import PROVINCE, _bodies

FORMS = ("text", "docx")

# a region's noun, then a short duty with a verb no list holds
SHORT_DUTIES = ["biên giới cắm mốc", "biên giới giữ mốc", "miền núi trồng rừng", "hải đảo giữ đảo",
                "trọng điểm lập chốt", "khó khăn giữ rừng"]


@pytest.mark.parametrize("described", SHORT_DUTIES)
def test_a_short_duty_after_a_region_s_noun_is_no_name(tmp_path, described):
    bodies = _bodies(tmp_path, PROVINCE, f"Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp, UBND các xã {described}.")
    assert bodies == {("Sở Nội vụ", "lead"), ("Sở Tư pháp", "support"), ("UBND các xã", "support")}


@pytest.mark.parametrize("form", FORMS)
def test_a_short_duty_after_a_region_s_noun_in_a_word_file(tmp_path, form):
    bodies = _bodies(tmp_path, PROVINCE, "Sở Nội vụ chủ trì, phối hợp với UBND các huyện biên giới cắm mốc.", form)
    assert bodies == {("Sở Nội vụ", "lead"), ("UBND các huyện", "support")}


# a region's noun with its qualifiers or a place's name: the collective's name whole
QUALIFIED = ["UBND các xã biên giới Việt - Lào", "UBND các huyện miền núi cao", "UBND các xã nông thôn mới kiểu mẫu",
             "UBND các xã đặc biệt khó khăn giai đoạn 2021-2025", "UBND các xã biên giới trên biển",
             "UBND các xã biên giới đất liền"]


@pytest.mark.parametrize("described", QUALIFIED)
def test_a_region_s_noun_with_its_qualifiers_keeps_them(tmp_path, described):
    bodies = _bodies(tmp_path, PROVINCE, f"Sở Nội vụ chủ trì, phối hợp với {described}.")
    assert bodies == {("Sở Nội vụ", "lead"), (described, "support")}


# "còn" (still) after a collective opens a judgment, not a description; "còn lại" (the rest) describes
JUDGED = ["các sở, ngành còn chậm", "UBND các huyện còn lúng túng", "các sở, ngành còn hạn chế"]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("judged", JUDGED)
def test_still_after_a_collective_is_no_description(tmp_path, judged, form):
    bodies = _bodies(tmp_path, PROVINCE, f"Sở Nội vụ chủ trì, phối hợp với {judged}.", form)
    assert all("còn" not in name for name, _ in bodies)


@pytest.mark.parametrize("collective", ["UBND các xã", "các sở, ngành"])
def test_the_rest_of_a_collective_is_its_description(tmp_path, collective):
    """Guard: "… còn lại" names the collective's other members (passes on main)."""
    bodies = _bodies(tmp_path, PROVINCE, f"Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp và {collective} còn lại.")
    assert bodies == {("Sở Nội vụ", "lead"), ("Sở Tư pháp", "support"), (f"{collective} còn lại", "support")}
