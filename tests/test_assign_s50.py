"""Duties in prose that lost their body or gave it to the wrong one (left by the s49 review).

A Sở's plan quoting its province's request ("…, UBND tỉnh đề nghị:" over "- Ủy ban MTTQ …"): the points are requested
of the bodies they name, never led. "Giao Sở Nội vụ, Sở Tài chính và Ủy ban nhân dân các xã, phường …": three bodies,
the commune collective kept. An elected council in a UBND's or a Sở's plan is only asked ("Đề nghị Thường trực HĐND
tỉnh giám sát …"), never assigned: a sentence that makes one its subject gives no body and a warning. A head's post
after an opening ("Căn cứ …, Thủ trưởng các sở, ban, ngành …"): the body after it leads. "các tổ chức chính trị - xã
hội" is one collective body. "Tổ kiểm tra liên ngành lập kế hoạch …": the kind's descriptive words are the name's.
Documents of our own, as text and Word files.
"""

from __future__ import annotations

import pytest

from test_s48_review_assign import DEPARTMENT, PROVINCE  # a province's plan and a Sở's (Sở Nội vụ)
from test_s49_review_assign import FORMS, assert_sentence_gives, by_point, plan_doc

# (header, sentence, the (name, role) a careful clerk writes; set(): the sentence proves no body)
SENTENCES = {
    # two bodies and a commune collective after "Giao", "Đề nghị", as partners
    "assign_two_and_communes": (PROVINCE, "Giao Sở Nội vụ, Sở Tài chính và Ủy ban nhân dân các xã, phường thực hiện rà "
                                          "soát hồ sơ.", {("Sở Nội vụ", "lead"), ("Sở Tài chính", "lead"),
                                                          ("Ủy ban nhân dân các xã, phường", "lead")}),
    "assign_abbreviated_communes": (PROVINCE, "Giao Sở Y tế và UBND các xã, phường kiểm tra các cơ sở.",
                                    {("Sở Y tế", "lead"), ("UBND các xã, phường", "lead")}),
    "partners_and_communes": (PROVINCE, "Sở Nội vụ chủ trì, phối hợp với Sở Tài chính và Ủy ban nhân dân các xã, phường "
                                        "rà soát hồ sơ.", {("Sở Nội vụ", "lead"), ("Sở Tài chính", "support"),
                                                           ("Ủy ban nhân dân các xã, phường", "support")}),
    # a name the registry knows whole with "và" in it stays one
    "name_with_va_kept": (PROVINCE, "Sở Khoa học và Công nghệ hướng dẫn các cơ quan triển khai.",
                          {("Sở Khoa học và Công nghệ", "lead")}),
    # the Front's member organisations: one collective
    "front_and_organisations": (PROVINCE, "Đề nghị Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh tuyên "
                                          "truyền, vận động nhân dân.",
                                {("Ủy ban MTTQ Việt Nam tỉnh", "requested"),
                                 ("các tổ chức chính trị - xã hội tỉnh", "requested")}),
    "unions_requested": (PROVINCE, "Đề nghị Ủy ban MTTQ Việt Nam tỉnh, các đoàn thể chính trị – xã hội tỉnh giám sát việc "
                                   "thực hiện.", {("Ủy ban MTTQ Việt Nam tỉnh", "requested"),
                                                 ("các đoàn thể chính trị – xã hội tỉnh", "requested")}),
    "organisations_lead": (PROVINCE, "Các tổ chức chính trị - xã hội tỉnh vận động hội viên tham gia.",
                           {("Các tổ chức chính trị - xã hội tỉnh", "lead")}),
    # an elected council: asked, never assigned
    "council_standing_requested": (PROVINCE, "Đề nghị Thường trực HĐND tỉnh giám sát việc thực hiện Kế hoạch.",
                                   {("Thường trực HĐND tỉnh", "requested")}),
    "council_standing_as_subject": (PROVINCE, "Thường trực Hội đồng nhân dân tỉnh giám sát việc thực hiện Kế hoạch.",
                                    set()),
    "council_own_sessions": (PROVINCE, "HĐND tỉnh tổ chức kỳ họp thường lệ vào tháng 7/2026 để xem xét các nội dung.",
                             set()),
    "council_committee_in_department_plan": (DEPARTMENT, "Ban Pháp chế HĐND tỉnh giám sát công tác cải cách hành "
                                                         "chính.", set()),
    "council_in_what_is_done": (PROVINCE, "Sở Nội vụ tham mưu UBND tỉnh trình HĐND tỉnh tại kỳ họp cuối năm 2026.",
                                {("Sở Nội vụ", "lead")}),
    # a head's post after an opening: the body after it
    "grounds_then_heads": (PROVINCE, "Căn cứ Kế hoạch này, Thủ trưởng các sở, ban, ngành xây dựng kế hoạch triển khai.",
                           {("các sở, ban, ngành", "lead")}),
    "grounds_then_director": (PROVINCE, "Căn cứ nội dung Kế hoạch, Giám đốc Sở Y tế chủ trì triển khai.",
                              {("Sở Y tế", "lead")}),
    "when_then_chairs": (PROVINCE, "Khi có văn bản hướng dẫn, Chủ tịch UBND các xã, phường tổ chức triển khai.",
                         {("UBND các xã, phường", "lead")}),
    "grounds_then_head_no_verb": (PROVINCE, "Căn cứ Kế hoạch này, Thủ trưởng các cơ quan, đơn vị tự giải thể.", set()),
    # a kind of body and its descriptive words
    "team_interagency": (PROVINCE, "Tổ kiểm tra liên ngành lập kế hoạch kiểm tra các cơ sở.",
                         {("Tổ kiểm tra liên ngành", "lead")}),
    "delegation_interagency": (PROVINCE, "Đoàn kiểm tra liên ngành lập biên bản các vi phạm.",
                               {("Đoàn kiểm tra liên ngành", "lead")}),
    "team_assisting": (PROVINCE, "Tổ giúp việc lập báo cáo định kỳ hằng quý.", {("Tổ giúp việc", "lead")}),
    "team_working_group": (PROVINCE, "Tổ công tác lập danh sách các cơ sở vi phạm.", {("Tổ công tác", "lead")}),
    "steering_board_specialised": (PROVINCE, "Ban kiểm tra chuyên ngành tổng hợp kết quả.",
                                   {("Ban kiểm tra chuyên ngành", "lead")}),
}
SENTENCE_CASES = [(k, fmt) for k in SENTENCES for fmt in FORMS]


@pytest.mark.parametrize(("k", "fmt"), SENTENCE_CASES, ids=[f"{k}-{fmt}" for k, fmt in SENTENCE_CASES])
def test_who_a_sentence_gives_the_duty(k, fmt, tmp_path):
    assert_sentence_gives(tmp_path, *SENTENCES[k], fmt)


@pytest.mark.parametrize("fmt", FORMS)
def test_a_council_left_out_is_warned(fmt, tmp_path):
    doc = plan_doc(tmp_path, PROVINCE, ["1. HĐND tỉnh giám sát việc thực hiện."], fmt)
    assert not doc.assignments
    assert [w.code for w in doc.warnings if w.code == "duty_council_not_assigned"] == ["duty_council_not_assigned"]


POINTS = ["- Ủy ban MTTQ Việt Nam tỉnh tuyên truyền, vận động nhân dân;", "- Hội Nông dân tỉnh vận động hội viên."]
REQUESTED = {"dash_1": {("Ủy ban MTTQ Việt Nam tỉnh", "requested")}, "dash_2": {("Hội Nông dân tỉnh", "requested")}}
# a lead-in over points and what each point (section id's last part) gets
LEAD_INS = {
    # a Sở's plan quoting its province: the points are requested, never led
    "department_quotes_province_after_grounds": (
        DEPARTMENT, ["1. Thực hiện Kế hoạch số 20/KH-UBND của UBND tỉnh, UBND tỉnh đề nghị:", *POINTS], REQUESTED),
    "department_quotes_province": (DEPARTMENT, ["1. Ủy ban nhân dân tỉnh đề nghị:", *POINTS], REQUESTED),
    "department_quotes_province_lettered": (
        DEPARTMENT, ["1. Để triển khai Kế hoạch, Ủy ban nhân dân tỉnh đề nghị:",
                     "a) Ủy ban MTTQ Việt Nam tỉnh tuyên truyền, vận động nhân dân;",
                     "b) Hội Nông dân tỉnh vận động hội viên."],
        {"point_a": {("Ủy ban MTTQ Việt Nam tỉnh", "requested")}, "point_b": {("Hội Nông dân tỉnh", "requested")}}),
    # the province's own plan, an opening the openings' list lacks
    "province_requests_after_grounds": (
        PROVINCE, ["1. Thực hiện Kế hoạch số 20/KH-BNV của Bộ Nội vụ, Ủy ban nhân dân tỉnh đề nghị:", *POINTS],
        REQUESTED),
    # asking its own: those asked lead
    "province_requires_after_grounds": (
        PROVINCE, ["1. Thực hiện Kế hoạch số 20/KH-BNV của Bộ Nội vụ, UBND tỉnh yêu cầu:",
                   "- Sở Y tế kiểm tra các cơ sở;", "- Sở Tài chính bố trí kinh phí."],
        {"dash_1": {("Sở Y tế", "lead")}, "dash_2": {("Sở Tài chính", "lead")}}),
}
LEAD_IN_CASES = [(k, fmt) for k in LEAD_INS for fmt in FORMS]


@pytest.mark.parametrize(("k", "fmt"), LEAD_IN_CASES, ids=[f"{k}-{fmt}" for k, fmt in LEAD_IN_CASES])
def test_what_the_points_of_a_lead_in_get(k, fmt, tmp_path):
    header, lines, expected = LEAD_INS[k]
    assert by_point(plan_doc(tmp_path, header, lines, fmt)) == expected
