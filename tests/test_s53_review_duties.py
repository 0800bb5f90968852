"""The s53 review of the branch s53-duties: where its new rules gave a confident wrong value or lost one the base read.

1. A dispatch's (Công văn) point that opens with bodies and a verb other than a role word ("Sở Nội vụ tổ chức …") gives
   them work only after a lead-in by which the dispatch turns to giving work ("Ủy ban nhân dân tỉnh có ý kiến như
   sau:", "… chỉ đạo như sau:", "…, yêu cầu:": data/assignments.json directing_lead_ins). A province's report to a
   ministry ("… báo cáo kết quả như sau:" / "1. Sở Nội vụ tổ chức 05 lớp bồi dưỡng …") and the background a dispatch
   tells before its lead-in ("Sở Y tế phát hiện 12 cơ sở vi phạm …") give no duty.
2. A later sentence that proposes to a body ("…. Tổng hợp kết quả, đề nghị UBND tỉnh khen thưởng …, hoàn thành trước
   ngày 15/12/2026.") is the subject's own work, its time the duty's deadline: only work handed on ("…, giao Sở Tư
   pháp chủ trì …") is left out.

Every fixture is written for the test: numbers, places, people and wording made up.
"""

from __future__ import annotations

import pytest
from conftest import write_in_form

from pipeline.run import process

FORMS = ["text", "docx"]
MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
TO_THE_SECTORS = ["ỦY BAN NHÂN DÂN", "TỈNH KON TUM", *MOTTO, "Số: 1906/UBND-KGVX", "V/v bảo đảm an toàn thực phẩm",
                  "Kon Tum, ngày 14 tháng 5 năm 2026", "Kính gửi: Các sở, ban, ngành tỉnh; UBND các xã, phường."]
TO_THE_MINISTRY = ["ỦY BAN NHÂN DÂN", "TỈNH KON TUM", *MOTTO, "Số: 1907/UBND-NC",
                   "V/v báo cáo kết quả bồi dưỡng cán bộ, công chức năm 2025", "Kon Tum, ngày 14 tháng 5 năm 2026",
                   "Kính gửi: Bộ Nội vụ."]
PLAN = ["ỦY BAN NHÂN DÂN", "TỈNH KON TUM", "Số: 61/KH-UBND", *MOTTO, "Kon Tum, ngày 2 tháng 3 năm 2026", "KẾ HOẠCH",
        "Phong trào thi đua năm 2026", "I. MỤC ĐÍCH, YÊU CẦU", "Động viên các tập thể, cá nhân thi đua.",
        "II. TỔ CHỨC THỰC HIỆN"]
END = ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Thị Hoa"]


def _duties(tmp_path, lines, form) -> set[tuple[str, str, str | None]]:
    doc = process(write_in_form(tmp_path, [*lines, *END], form))
    return {(a.role, a.agency.name, a.deadline.end if a.deadline else None) for a in doc.assignments}


# --- 1. a dispatch's bodies and their verbs: work only after a lead-in that gives it ----------------------------

TELLS_WHAT_HAPPENED = {
    # a province reports to a ministry: its bodies' results are no work the dispatch gives
    "report_points": (TO_THE_MINISTRY, [
        "Thực hiện Văn bản số 77/BNV-ĐT của Bộ Nội vụ, Ủy ban nhân dân tỉnh báo cáo kết quả như sau:",
        "1. Sở Nội vụ tổ chức 05 lớp bồi dưỡng cho 350 lượt cán bộ, công chức cấp xã.",
        "2. UBND các xã, phường cử 120 công chức tham gia các lớp bồi dưỡng trực tuyến."]),
    # the ministry's asking word comes first, the province's reporting last: a report
    "report_after_the_ministrys_asking": (TO_THE_MINISTRY, [
        "Thực hiện Văn bản số 77/BNV-ĐT ngày 02/4/2026 của Bộ Nội vụ đề nghị báo cáo kết quả bồi dưỡng, Ủy ban nhân "
        "dân tỉnh báo cáo như sau:",
        "- Sở Nội vụ tổ chức 05 lớp bồi dưỡng cho 350 lượt cán bộ, công chức cấp xã."]),
    "report_paragraphs": (TO_THE_MINISTRY, [
        "Ủy ban nhân dân tỉnh báo cáo kết quả công tác bồi dưỡng năm 2025.",
        "Trong năm 2025, Sở Nội vụ tổ chức 05 lớp bồi dưỡng cho 350 lượt cán bộ, công chức cấp xã.",
        "UBND các xã, phường cử 120 công chức tham gia các lớp bồi dưỡng trực tuyến."]),
    # what a body found, told before the dispatch turns to giving work
    "background": (TO_THE_SECTORS, [
        "Theo báo cáo của Sở Y tế, trong quý I/2026 trên địa bàn tỉnh xảy ra 03 vụ ngộ độc thực phẩm.",
        "Sở Y tế phát hiện 12 cơ sở vi phạm, xử phạt 80 triệu đồng."]),
    # no lead-in at all: bodies and their verbs may as well tell what they did
    "no_lead_in": (TO_THE_SECTORS, [
        "Công an tỉnh tổ chức tuần tra, kiểm soát trên các tuyến đường trọng điểm trong dịp lễ.",
        "UBND các xã, phường rà soát các điểm đen về tai nạn giao thông trên địa bàn."]),
}


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("case", sorted(TELLS_WHAT_HAPPENED))
def test_bodies_and_their_verbs_before_any_lead_in_that_gives_work_give_none(tmp_path, case, form):
    head, body = TELLS_WHAT_HAPPENED[case]
    assert _duties(tmp_path, [*head, *body], form) == set()


GIVES_WORK_AFTER = {
    # the background keeps none; the point after the lead-in is the Sở's work
    "background_then_opinion": (
        ["Sở Y tế phát hiện 12 cơ sở vi phạm, xử phạt 80 triệu đồng.", "Ủy ban nhân dân tỉnh có ý kiến như sau:",
         "1. Sở Y tế tăng cường kiểm tra các bếp ăn tập thể, báo cáo kết quả trước ngày 30/6/2026."],
        {("lead", "Sở Y tế", "2026-06-30")}),
    # 'giao' of 'giao thông' is no asking word, 'chỉ đạo' is
    "directs_about_traffic": (
        ["Để bảo đảm trật tự, an toàn giao thông trong dịp lễ, Chủ tịch Ủy ban nhân dân tỉnh chỉ đạo như sau:",
         "- Công an tỉnh tổ chức tuần tra, kiểm soát trên các tuyến đường trọng điểm."],
        {("lead", "Công an tỉnh", None)}),
    # the issuer asks no one named: the points' bodies lead
    "asks_no_one_named": (
        ["Để triển khai kịp thời các nhiệm vụ, Ủy ban nhân dân tỉnh yêu cầu:",
         "1. Sở Tài chính tham mưu bố trí kinh phí thực hiện trong quý III/2026."],
        {("lead", "Sở Tài chính", "2026-09-30")}),
}


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("case", sorted(GIVES_WORK_AFTER))
def test_bodies_and_their_verbs_after_a_lead_in_that_gives_work(tmp_path, case, form):
    body, expected = GIVES_WORK_AFTER[case]
    assert _duties(tmp_path, [*TO_THE_SECTORS, *body], form) == expected


# --- 2. a later sentence that proposes to a body is the subject's own work -----------------------------------------

@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("head", ["plan", "dispatch"])
def test_a_proposal_after_a_comma_stays_the_subjects_duty(tmp_path, form, head):
    point = ("1. Sở Nội vụ chủ trì tổ chức phát động phong trào thi đua. Tổng hợp kết quả, đề nghị Ủy ban nhân dân "
             "tỉnh khen thưởng các tập thể tiêu biểu, hoàn thành trước ngày 15/12/2026.")
    lines = [*PLAN, point] if head == "plan" else [*TO_THE_SECTORS, "Ủy ban nhân dân tỉnh có ý kiến như sau:", point]
    assert _duties(tmp_path, lines, form) == {("lead", "Sở Nội vụ", "2026-12-15")}


@pytest.mark.parametrize("form", FORMS)
def test_work_handed_on_after_a_comma_is_still_left_out(tmp_path, form):
    point = ("1. Sở Nội vụ chủ trì tổ chức phát động phong trào thi đua. Trường hợp có vướng mắc, giao Sở Tư pháp chủ "
             "trì hướng dẫn, hoàn thành trước ngày 15/12/2026.")
    # the plan reads the condition's body itself; its time is no part of the Sở Nội vụ's duty
    assert _duties(tmp_path, [*PLAN, point], form) == {("lead", "Sở Nội vụ", None), ("lead", "Sở Tư pháp", "2026-12-15")}


# (found in s53; s54: a last sentence whose verb the lists lack is one of its own, _sentences)
@pytest.mark.parametrize("form", FORMS)
def test_a_request_to_other_bodies_after_a_comma_is_no_part_of_the_duty(tmp_path, form):
    # asked of bodies neither the issuer nor above it: not the Sở's proposal, its time not the Sở's deadline
    point = ("1. Sở Nội vụ chủ trì tổ chức phát động phong trào thi đua. Mọi vướng mắc cần trao đổi, đề nghị các cơ "
             "quan, đơn vị liên hệ Sở Nội vụ trước ngày 15/12/2026.")
    lines = [*TO_THE_SECTORS, "Ủy ban nhân dân tỉnh có ý kiến như sau:", point]
    assert ("lead", "Sở Nội vụ", None) in _duties(tmp_path, lines, form)
