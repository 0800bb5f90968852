"""Review of s53-decisions: where its rules lost duties the base read right, in wordings of the same classes.

- A resolution's formula of execution or supervision is the formula only where it follows the bodies it names ("Giao
  Ủy ban nhân dân tỉnh | tổ chức thực hiện Nghị quyết."). A sentence that ENDS with the same words after other work is
  work given: a Party resolution's "Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp … kiểm tra, giám sát việc thực hiện Nghị
  quyết.", "Sở … xây dựng kế hoạch tổ chức thực hiện Nghị quyết." (the branch dropped them all).
- The clause after a ground read past many commas stops where a body opens a clause: "Trên cơ sở kết quả rà soát, Sở
  Y tế chủ trì …, UBND tỉnh giao …" keeps Sở Y tế's lead (the branch gave none, or the body the issuer asked).
Every document is of our own wording.
"""

from __future__ import annotations

import pytest
from conftest import write_in_form

from pipeline.run import process

FORMS = ["text", "docx"]
MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]


def _duties(tmp_path, lines, form) -> set[tuple[str, str, str | None]]:
    doc = process(write_in_form(tmp_path, lines, form))
    return {(a.role, a.agency.name, a.deadline.end if a.deadline else None) for a in doc.assignments}


# 1. a resolution: the formula after other work is work given

PARTY_RESOLUTION = [
    "ĐẢNG BỘ TỈNH HÀ TĨNH", "BAN CHẤP HÀNH", "ĐẢNG CỘNG SẢN VIỆT NAM", "Số: 09-NQ/TU", "Hà Tĩnh, ngày 4 tháng 6 năm 2026",
    "NGHỊ QUYẾT", "của Ban Chấp hành Đảng bộ tỉnh về phát triển vùng nguyên liệu dược liệu đến năm 2030",
    "I. TÌNH HÌNH", "Diện tích trồng dược liệu những năm qua tăng nhanh.", "II. MỤC TIÊU",
    "Đến năm 2030 có 4.000 ha dược liệu.", "III. TỔ CHỨC THỰC HIỆN"]
PARTY_END = ["T/M TỈNH ỦY", "BÍ THƯ", "Trần Văn Bình"]

PARTY_DUTIES = {
    "leads_then_supervises": ("Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với các cơ quan liên quan hướng dẫn, kiểm tra, "
                              "giám sát việc thực hiện Nghị quyết.",
                              {("lead", "Ban Tuyên giáo Tỉnh ủy", None), ("support", "các cơ quan liên quan", None)}),
    "plans_the_execution": ("Sở Nông nghiệp và Môi trường xây dựng kế hoạch tổ chức thực hiện Nghị quyết.",
                            {("lead", "Sở Nông nghiệp và Môi trường", None)}),
    "follows_up": ("Văn phòng Tỉnh ủy theo dõi, đôn đốc, kiểm tra việc tổ chức thực hiện Nghị quyết.",
                   {("lead", "Văn phòng Tỉnh ủy", None)}),
}


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("case", sorted(PARTY_DUTIES))
def test_a_party_resolutions_duties_that_end_with_the_formula_are_kept(tmp_path, case, form):
    sentence, expected = PARTY_DUTIES[case]
    assert _duties(tmp_path, [*PARTY_RESOLUTION, f"1. {sentence}", *PARTY_END], form) == expected


COUNCIL_RESOLUTION = [
    "HỘI ĐỒNG NHÂN DÂN", "TỈNH HÀ TĨNH", *MOTTO, "Số: 21/2026/NQ-HĐND", "Hà Tĩnh, ngày 12 tháng 7 năm 2026", "NGHỊ QUYẾT",
    "Quy định mức hỗ trợ trồng mới cây dược liệu trên địa bàn tỉnh", "HỘI ĐỒNG NHÂN DÂN TỈNH HÀ TĨNH",
    "KHÓA XVIII, KỲ HỌP THỨ 25", "Căn cứ Luật Tổ chức chính quyền địa phương;", "QUYẾT NGHỊ:",
    "Điều 1. Mức hỗ trợ trồng mới cây dược liệu là 8 triệu đồng cho mỗi héc-ta."]
COUNCIL_END = ["Nghị quyết này đã được Hội đồng nhân dân tỉnh Hà Tĩnh khóa XVIII, kỳ họp thứ 25 thông qua ngày 12 tháng 7 "
               "năm 2026.", "Nơi nhận:", "- Ủy ban Thường vụ Quốc hội;", "- Lưu: VT.", "CHỦ TỊCH", "Lê Văn Cường"]

COUNCIL_DUTIES = {
    # the formula under the part gives none, the department's work ending with the same words gives its duty
    "department_beside_the_formula": (
        ["Điều 2. Tổ chức thực hiện", "1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết.",
         "2. Sở Tài chính chủ trì, phối hợp với Sở Nông nghiệp và Môi trường hướng dẫn, kiểm tra việc thực hiện Nghị "
         "quyết."],
        {("lead", "Sở Tài chính", None), ("support", "Sở Nông nghiệp và Môi trường", None)}),
    # a plan to build is work given, not the formula
    "a_plan_to_build": (["Điều 2. Giao Ủy ban nhân dân tỉnh xây dựng kế hoạch tổ chức thực hiện Nghị quyết."],
                        {("lead", "Ủy ban nhân dân tỉnh", None)}),
}


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("case", sorted(COUNCIL_DUTIES))
def test_a_council_resolutions_work_that_ends_with_the_formula_is_kept(tmp_path, case, form):
    articles, expected = COUNCIL_DUTIES[case]
    assert _duties(tmp_path, [*COUNCIL_RESOLUTION, *articles, *COUNCIL_END], form) == expected


@pytest.mark.parametrize("form", FORMS)
def test_the_formulas_alone_still_give_none(tmp_path, form):
    articles = ["Điều 2. Tổ chức thực hiện", "1. Ủy ban nhân dân tỉnh có trách nhiệm tổ chức thực hiện Nghị quyết này.",
                "2. Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh kiểm tra, giám sát việc "
                "thực hiện Nghị quyết."]
    assert _duties(tmp_path, [*COUNCIL_RESOLUTION, *articles, *COUNCIL_END], form) == set()


# 2. a preamble's clause: a body that opens a clause ends the ground

PLAN = ["ỦY BAN NHÂN DÂN", "TỈNH HÀ TĨNH", *MOTTO, "Số: 140/KH-UBND", "Hà Tĩnh, ngày 3 tháng 3 năm 2026", "KẾ HOẠCH",
        "Triển khai công tác y tế cơ sở năm 2026", "I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao chất lượng y tế cơ sở.",
        "II. TỔ CHỨC THỰC HIỆN"]
PLAN_END = ["Nơi nhận:", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Võ Trọng Hải"]

PREAMBLES = {
    # the issuer asking after the body's clause is the work the body proposes: the body leads
    "body_proposes_then_issuer": (
        "Trên cơ sở kết quả rà soát, Sở Y tế chủ trì, phối hợp với Sở Tài chính đề xuất, UBND tỉnh giao chỉ tiêu cho "
        "các huyện trước ngày 30/6/2026.",
        {("lead", "Sở Y tế", "2026-06-30"), ("support", "Sở Tài chính", "2026-06-30")}),
    "body_then_issuer_asks_another": (
        "Căn cứ nhiệm vụ được giao, Sở Y tế chủ trì tổ chức thực hiện, Ủy ban nhân dân tỉnh yêu cầu Sở Tài chính bố trí "
        "kinh phí.",
        {("lead", "Sở Y tế", None)}),
    # (kept from the branch) commas in the preamble, then the issuer asking
    "issuer_after_commas": (
        "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, Ủy ban nhân dân tỉnh giao Sở Y tế tổng hợp, báo cáo "
        "trước ngày 15/12/2026.",
        {("lead", "Sở Y tế", "2026-12-15")}),
}


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("case", sorted(PREAMBLES))
def test_a_body_that_opens_a_clause_ends_the_preamble(tmp_path, case, form):
    sentence, expected = PREAMBLES[case]
    assert _duties(tmp_path, [*PLAN, f"1. {sentence}", *PLAN_END], form) == expected
