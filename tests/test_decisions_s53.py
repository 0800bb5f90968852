"""Duties that resolutions, notices of conclusions and dispatches give, in the shapes s52 still missed (s53).

- A resolution's (Nghị quyết) own articles are read as a decision's: one that gives concrete work gives its duty; its
  formulas of execution and supervision ("Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết.", "Giao Thường trực
  Hội đồng nhân dân tỉnh, các Ban … giám sát việc thực hiện Nghị quyết.") give none, also under "Điều 3. Tổ chức thực
  hiện" (read before, as a part: each body named was given the lead). In a plan that carries out a resolution the same
  words stay work given.
- A notice (Thông báo) of a meeting's conclusions: its points that give work ("3. Giao Sở Tài chính chủ trì …",
  "- Đề nghị …", "Yêu cầu Sở Xây dựng:" over dashes) are read as a dispatch's; those that assess give none.
- A ground before the issuer asks ("Theo đề nghị của Bộ Y tế tại Công văn số …, Chủ tịch UBND tỉnh giao Sở Y tế chủ trì
  …"): the bodies after the asking word are given the work, the body that proposed is not.
Every document is of our own wording, laid out the way real ones are.
"""

from __future__ import annotations

import pytest
from conftest import write_in_form

from pipeline.run import process

FORMS = ["text", "docx", "html"]
MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]


def _read(tmp_path, lines, form):
    return process(write_in_form(tmp_path, lines, form))


def _duties(doc) -> set[tuple[str, str, str | None]]:
    return {(a.role, a.agency.name, a.deadline.end if a.deadline else None) for a in doc.assignments}


# 1. a resolution's articles

RESOLUTION = ["HỘI ĐỒNG NHÂN DÂN", "TỈNH NGHỆ AN", *MOTTO, "Số: 12/2026/NQ-HĐND", "Nghệ An, ngày 10 tháng 7 năm 2026",
              "NGHỊ QUYẾT", "Quy định mức hỗ trợ phát triển cây dược liệu trên địa bàn tỉnh",
              "HỘI ĐỒNG NHÂN DÂN TỈNH NGHỆ AN", "KHÓA XVIII, KỲ HỌP THỨ 20",
              "Căn cứ Luật Tổ chức chính quyền địa phương;",
              "Xét Tờ trình số 45/TTr-UBND ngày 20 tháng 6 năm 2026 của Ủy ban nhân dân tỉnh;", "QUYẾT NGHỊ:",
              "Điều 1. Quy định mức hỗ trợ phát triển cây dược liệu là 10 triệu đồng cho mỗi héc-ta trồng mới."]
PASSED = ["Nghị quyết này đã được Hội đồng nhân dân tỉnh Nghệ An khóa XVIII, kỳ họp thứ 20 thông qua ngày 10 tháng 7 "
          "năm 2026 và có hiệu lực từ ngày 20 tháng 7 năm 2026.", "Nơi nhận:", "- Ủy ban Thường vụ Quốc hội;",
          "- Lưu: VT.", "CHỦ TỊCH", "Hoàng Văn Thắng"]

EXECUTE = {
    "gives_ubnd": "Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết.",
    "ubnd_in_charge": "Ủy ban nhân dân tỉnh có trách nhiệm hướng dẫn, tổ chức triển khai thực hiện Nghị quyết này.",
    # the resolution's own content carried out
    "its_targets": "Giao Ủy ban nhân dân tỉnh tổ chức thực hiện các chỉ tiêu, nhiệm vụ, giải pháp nêu tại Điều 1.",
}
SUPERVISE = {
    "council_parts": "Giao Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh, các Tổ đại biểu và "
                     "đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết.",
    "front_asked": "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh tham gia giám sát việc tổ chức thực hiện Nghị quyết "
                   "này.",
    "council_in_charge": "Thường trực HĐND tỉnh, các Ban HĐND tỉnh và đại biểu HĐND tỉnh có trách nhiệm kiểm tra, "
                         "giám sát việc thực hiện Nghị quyết.",
}


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("execute", sorted(EXECUTE))
@pytest.mark.parametrize("supervise", sorted(SUPERVISE))
def test_a_resolutions_formulas_under_its_part_give_no_duty(tmp_path, execute, supervise, form):
    # "Điều 2. Tổ chức thực hiện" names a part: read in any document before, each body was given the lead
    lines = [*RESOLUTION, "Điều 2. Tổ chức thực hiện", f"1. {EXECUTE[execute]}", f"2. {SUPERVISE[supervise]}",
             *PASSED]
    doc = _read(tmp_path, lines, form)
    assert doc.metadata.doc_type == "Nghị quyết"
    assert doc.assignments == []


@pytest.mark.parametrize("form", FORMS)
def test_a_resolutions_formulas_as_articles_give_no_duty(tmp_path, form):
    lines = [*RESOLUTION, f"Điều 2. {EXECUTE['gives_ubnd']}", f"Điều 3. {SUPERVISE['council_parts']}", *PASSED]
    assert _read(tmp_path, lines, form).assignments == []


RESOLUTION_WORK = {
    "article": (["Điều 2. Giao Ủy ban nhân dân tỉnh chỉ đạo Sở Tài chính bố trí kinh phí hỗ trợ, báo cáo Hội đồng "
                 "nhân dân tỉnh trước ngày 31/12/2026."],
                {("lead", "Ủy ban nhân dân tỉnh", "2026-12-31")}),
    # beside the formula, under the part: the concrete work alone
    "under_its_part": (["Điều 2. Tổ chức thực hiện", f"1. {EXECUTE['gives_ubnd']}",
                        "2. Ủy ban nhân dân tỉnh chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh rà soát "
                        "vùng trồng dược liệu, hoàn thành trong quý I/2027.", f"3. {SUPERVISE['council_parts']}"],
                       {("lead", "Ủy ban nhân dân tỉnh", "2027-03-31"),
                        ("support", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "2027-03-31")}),
    # the formula with a report after it is no formula alone: the body's duty, as a decision's "Sở Tư pháp chịu trách
    # nhiệm tổ chức thực hiện Quyết định này"
    "formula_and_report": (["Điều 2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết, báo cáo Hội đồng nhân dân "
                            "tỉnh tại kỳ họp cuối năm 2026."],
                           {("lead", "Ủy ban nhân dân tỉnh", None)}),
}


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("case", sorted(RESOLUTION_WORK))
def test_a_resolutions_article_that_gives_work_is_read(tmp_path, case, form):
    articles, expected = RESOLUTION_WORK[case]
    assert _duties(_read(tmp_path, [*RESOLUTION, *articles, *PASSED], form)) == expected


PLAN = ["ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN", *MOTTO, "Số: 201/KH-UBND", "Nghệ An, ngày 5 tháng 8 năm 2026", "KẾ HOẠCH",
        "Thực hiện Nghị quyết số 12/2026/NQ-HĐND của Hội đồng nhân dân tỉnh", "I. MỤC ĐÍCH, YÊU CẦU",
        "Cụ thể hóa các nội dung của Nghị quyết.", "II. TỔ CHỨC THỰC HIỆN",
        "1. Sở Nông nghiệp và Môi trường chủ trì tổ chức thực hiện Nghị quyết.",
        "2. Sở Tài chính kiểm tra, giám sát việc thực hiện Nghị quyết.",
        "Nơi nhận:", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Hồng Vinh"]


@pytest.mark.parametrize("form", FORMS)
def test_a_plan_that_carries_out_a_resolution_keeps_the_same_words_as_work(tmp_path, form):
    # the formulas are a resolution's own: in a plan that carries one out they give the work, as before
    assert _duties(_read(tmp_path, PLAN, form)) == {("lead", "Sở Nông nghiệp và Môi trường", None),
                                                   ("lead", "Sở Tài chính", None)}


# 2. a notice of conclusions

NOTICE = ["UBND TỈNH QUẢNG NGÃI", "VĂN PHÒNG", *MOTTO, "Số: 88/TB-VP", "Quảng Ngãi, ngày 12 tháng 3 năm 2026",
          "THÔNG BÁO", "Kết luận của Chủ tịch UBND tỉnh tại buổi làm việc với Sở Y tế",
          "Ngày 10/3/2026, Chủ tịch UBND tỉnh chủ trì buổi làm việc với Sở Y tế về y tế cơ sở. Sau khi nghe báo cáo và "
          "ý kiến của các đại biểu, Chủ tịch UBND tỉnh kết luận như sau:"]
ASSESSMENTS = ["1. UBND tỉnh đánh giá cao kết quả Sở Y tế đạt được trong năm 2025.",
               "2. Sở Y tế đã chủ động phối hợp với các địa phương triển khai tiêm chủng mở rộng.",
               "Sở Y tế đã chủ trì, phối hợp với Công an tỉnh kiểm tra 40 cơ sở hành nghề y tư nhân."]
NOTICE_END = ["Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.", "Nơi nhận:", "- Như trên;",
              "- Lưu: VT.", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "Nguyễn Văn An"]

CONCLUSIONS = {
    "numbered": (["3. Giao Sở Tài chính chủ trì, phối hợp với Sở Y tế tham mưu bố trí kinh phí mua sắm trang thiết bị, "
                  "báo cáo UBND tỉnh trước ngày 30/6/2026.",
                  "4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh vận động Nhân dân tham gia bảo hiểm y tế."],
                 {("lead", "Sở Tài chính", "2026-06-30"), ("support", "Sở Y tế", "2026-06-30"),
                  ("requested", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", None)}),
    "dashed": (["3. Về các kiến nghị của Sở Y tế:",
                "- Giao Sở Nội vụ chủ trì, phối hợp với Sở Y tế hoàn thiện đề án vị trí việc làm, trình UBND tỉnh "
                "trong tháng 5/2026;", "- Giao cho Công an tỉnh rà soát an ninh tại các bệnh viện."],
               {("lead", "Sở Nội vụ", "2026-05-31"), ("support", "Sở Y tế", "2026-05-31"),
                ("lead", "Công an tỉnh", None)}),
    "asks_over_dashes": (["3. Yêu cầu Sở Xây dựng:", "- Rà soát quy hoạch mạng lưới trạm y tế, hoàn thành trong quý "
                          "III/2026;", "- Phối hợp với Sở Y tế hướng dẫn các xã về thiết kế trạm y tế."],
                         {("lead", "Sở Xây dựng", "2026-09-30"), ("lead", "Sở Xây dựng", None),
                          ("support", "Sở Y tế", None)}),
    # "Yêu cầu" opens the point, a body that leads after it
    "asks_a_body": (["3. Yêu cầu Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Y tế triển khai y tế trường học, hoàn "
                     "thành trước ngày 15/9/2026."],
                    {("lead", "Sở Giáo dục và Đào tạo", "2026-09-15"), ("support", "Sở Y tế", "2026-09-15")}),
}


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("case", sorted(CONCLUSIONS))
def test_a_notices_conclusions_that_give_work_are_read(tmp_path, case, form):
    points, expected = CONCLUSIONS[case]
    doc = _read(tmp_path, [*NOTICE, *ASSESSMENTS, *points, *NOTICE_END], form)
    assert doc.metadata.doc_type == "Thông báo"
    assert _duties(doc) == expected


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("told", [
    [],
    # a point that opens with bodies that lead, no marker: what was done as often as work given (read as before: none)
    ["3. Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Y tế triển khai y tế trường học trong năm học 2025-2026."],
])
def test_a_notices_assessments_give_no_duty(tmp_path, told, form):
    doc = _read(tmp_path, [*NOTICE, *ASSESSMENTS, *told, *NOTICE_END], form)
    assert doc.metadata.doc_type == "Thông báo"
    assert doc.assignments == []


# 3. a ground before the issuer asks

DISPATCH = ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI", *MOTTO, "Số: 612/UBND-KGVX", "V/v góp ý dự thảo Nghị định",
            "Quảng Ngãi, ngày 24 tháng 01 năm 2026", "Kính gửi: Sở Y tế."]
DISPATCH_END = ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG",
                "PHÓ CHÁNH VĂN PHÒNG", "Phùng Văn Long"]

GROUNDS = {
    # a ground that holds commas of its own ("sửa đổi, bổ sung"), the deadline in parentheses after a ";"
    "ministry_proposes": (
        ["Theo đề nghị của Bộ Y tế tại Công văn số 120/BYT-KHTC ngày 20/01/2026 về việc góp ý dự thảo Nghị định sửa "
         "đổi, bổ sung một số điều của Nghị định số 146/2018/NĐ-CP (gửi kèm), Chủ tịch UBND tỉnh giao Sở Y tế chủ trì, "
         "phối hợp với các cơ quan, đơn vị liên quan nghiên cứu, góp ý dự thảo; tổng hợp, báo cáo Bộ Y tế, UBND tỉnh "
         "(trước ngày 10/02/2026)./."],
        {("lead", "Sở Y tế", "2026-02-10"), ("support", "các cơ quan, đơn vị liên quan", "2026-02-10")}),
    # a Sở proposes, another is given the work; no deadline
    "department_proposes": (
        ["Xét đề nghị của Sở Nội vụ tại Tờ trình số 45/TTr-SNV ngày 15/01/2026, Ủy ban nhân dân tỉnh yêu cầu Sở Tài "
         "chính chủ trì, phối hợp với Sở Nội vụ thẩm định dự toán kinh phí."],
        {("lead", "Sở Tài chính", None), ("support", "Sở Nội vụ", None)}),
    # the chairman asks a body outside the issuer's command: requested
    "front_requested": (
        ["Theo đề xuất của Sở Văn hóa, Thể thao và Du lịch, Chủ tịch Ủy ban nhân dân tỉnh đề nghị Ủy ban Mặt trận Tổ "
         "quốc Việt Nam tỉnh phối hợp tuyên truyền lễ hội, hoàn thành trong tháng 02/2026."],
        {("requested", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "2026-02-28")}),
}


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("case", sorted(GROUNDS))
def test_the_body_after_the_asking_word_is_given_the_work_not_the_proposer(tmp_path, case, form):
    body, expected = GROUNDS[case]
    doc = _read(tmp_path, [*DISPATCH, *body, *DISPATCH_END], form)
    assert doc.metadata.doc_type == "Công văn"
    assert _duties(doc) == expected


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("paragraph", [
    # no issuer asking after the ground: who does the work is not shown (the list may run on past the comma)
    "Theo đề nghị của Sở Y tế, Sở Tài chính bố trí kinh phí mua sắm trang thiết bị.",
    # another body asks after the ground: not the issuer's work given
    "Theo đề nghị của Sở Y tế tại Tờ trình số 12/TTr-SYT, Bộ Y tế yêu cầu các tỉnh rà soát trang thiết bị.",
    # the chairman only gives an opinion, the points under it are read on their own (none here)
    "Theo đề nghị của Sở Y tế tại Tờ trình số 12/TTr-SYT ngày 10/01/2026, Chủ tịch UBND tỉnh có ý kiến như sau:",
])
def test_a_ground_with_no_issuer_asking_gives_no_duty(tmp_path, paragraph, form):
    assert _read(tmp_path, [*DISPATCH, paragraph, *DISPATCH_END], form).assignments == []


@pytest.mark.parametrize("form", FORMS)
def test_a_grounds_points_name_their_own_bodies(tmp_path, form):
    lines = [*DISPATCH, "Theo đề nghị của Sở Y tế tại Tờ trình số 12/TTr-SYT ngày 10/01/2026, Chủ tịch UBND tỉnh có ý "
             "kiến như sau:", "1. Giao Sở Tài chính chủ trì thẩm định dự toán, hoàn thành trước ngày 28/02/2026.",
             "2. Giao Sở Y tế hoàn thiện hồ sơ mua sắm.", *DISPATCH_END]
    assert _duties(_read(tmp_path, lines, form)) == {("lead", "Sở Tài chính", "2026-02-28"), ("lead", "Sở Y tế", None)}
