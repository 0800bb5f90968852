"""Words printed between a cited document's type and "số", with no "của", are its issuer only where they name bodies
alone: a body's name, then nothing, its place kind or a place printed whole (capitalised). A sentence after the place
kind ("Sở Y tế tỉnh giao cho Trung tâm") gives no issuer, never a confident wrong one (one check with the issuer's
term: citations._is_a_body_s_name)."""

from __future__ import annotations

import pytest

from pipeline.stages.citations import find_citations

A_SENTENCE_AFTER_THE_KIND = {
    "a verb and its object": "Thực hiện Kế hoạch Sở Y tế tỉnh giao cho Trung tâm số 12/KH-SYT ngày 5/3/2025, các đơn vị triển khai.",
    "another body, another verb": "Thực hiện Kế hoạch Sở Nội vụ tỉnh giao Trung tâm số 7/KH-SNV ngày 1/2/2024 về đào tạo.",
    "a district's committee": "Theo Công văn Ủy ban nhân dân huyện yêu cầu xã số 35/UBND-VX ngày 9/10/2023, xã báo cáo.",
    "a commune's words": "Căn cứ Quyết định Ủy ban nhân dân xã giao Công an xã số 4/QĐ-UBND ngày 2/1/2026, xã triển khai.",
    "a verb after the place": "Thực hiện Kế hoạch UBND tỉnh Lào Cai giao Sở Y tế số 12/KH-UBND ngày 5/3/2025, các sở triển khai.",
    "a verb after a city": "Theo Công văn Sở Tài chính thành phố Đà Nẵng đề nghị Sở Xây dựng số 8/STC-NS ngày 4/4/2024 về vốn.",
    "a verb after a district": "Căn cứ Quyết định UBND huyện Bảo Thắng giao Phòng Nội vụ số 21/QĐ-UBND ngày 9/9/2023, huyện làm.",
}
BODIES_ALONE = {
    "a body then its kind": ("Thực hiện Kế hoạch Sở Y tế tỉnh số 12/KH-SYT ngày 5/3/2025, các đơn vị triển khai.",
                             "Sở Y tế tỉnh"),
    "a body then its place": ("Thực hiện Quyết định UBND tỉnh Lâm Đồng số 12/QĐ-UBND ngày 5/3/2025, các đơn vị triển khai.",
                              "UBND tỉnh Lâm Đồng"),
    "a city of several words": ("Thực hiện Kế hoạch Sở Y tế thành phố Hồ Chí Minh số 3/KH-SYT ngày 5/3/2025 về y tế.",
                                "Sở Y tế thành phố Hồ Chí Minh"),
    "a district then its province": ("Thực hiện Kế hoạch UBND huyện Bảo Thắng tỉnh Lào Cai số 12/KH-UBND ngày 5/3/2025 về "
                                     "y tế.", "UBND huyện Bảo Thắng tỉnh Lào Cai"),
    "a province's name with a dash": ("Thực hiện Kế hoạch Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu số 12/KH-UBND ngày "
                                      "5/3/2025, các đơn vị triển khai.", "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu"),
}


@pytest.mark.parametrize("text", A_SENTENCE_AFTER_THE_KIND.values(), ids=A_SENTENCE_AFTER_THE_KIND.keys())
def test_a_sentence_after_a_place_kind_is_no_issuer(text):
    [citation] = find_citations(text)
    assert citation.issuer is None


@pytest.mark.parametrize("text, issuer", BODIES_ALONE.values(), ids=BODIES_ALONE.keys())
def test_bodies_named_alone_before_the_number_are_the_issuer(text, issuer):
    [citation] = find_citations(text)
    assert citation.issuer == issuer
