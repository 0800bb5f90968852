"""Duties in prose whose asker is not the issuer, and a level printed once after "và" (left by the s50 review).

A body other than the issuer that asks no one named ("Sở Nội vụ đề nghị:" in the province's plan) over points: those
the points name take the role its word gives ("đề nghị": requested), as under "UBND tỉnh đề nghị:" in a Sở's plan
(tests/test_assign_s50.py); "yêu cầu" still gives the lead (tests/test_s48_review_assign.py). A central body asking
in a local body's plan ("Bộ Nội vụ yêu cầu:", "Thủ tướng Chính phủ yêu cầu …") is above the issuer, as the body its
header prints above it: the plan gives it no duty, and a sentence it asks in gives none. "Công an và Ban Chỉ huy Quân
sự huyện": the unit word is both bodies' ("Công an huyện", was "Công an", the province's police), as after a comma.
Partners named by their heads ("phối hợp với thủ trưởng các sở, ngành …") are the bodies after the posts (were
lost); an opening that names a month, a quarter or a year ("Tháng 6/2026, các sở, ngành …") is one before the subject.
Documents of our own, as text and Word files.
"""

from __future__ import annotations

import pytest

from test_s48_review_assign import DEPARTMENT, PROVINCE  # a province's plan and a Sở's (Sở Nội vụ)
from test_s49_review_assign import FORMS, assert_sentence_gives, by_point, plan_doc

DISTRICT = ["ỦY BAN NHÂN DÂN", "HUYỆN ĐÔNG ANH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
            "Số: 45/KH-UBND", "Đông Anh, ngày 8 tháng 5 năm 2026", "KẾ HOẠCH", "Cải cách hành chính của huyện năm 2026"]
# a province the registry knows: a name resolves (or wrongly resolves) to its bodies
LAM_DONG = [line.replace("ĐÔNG SƠN", "LÂM ĐỒNG").replace("Đông Sơn", "Lâm Đồng") for line in PROVINCE]

POINTS = ["- Sở Tài chính bố trí kinh phí thực hiện;", "- Sở Y tế kiểm tra các cơ sở khám bệnh."]
REQUESTED = {"dash_1": {("Sở Tài chính", "requested")}, "dash_2": {("Sở Y tế", "requested")}}
LED = {"dash_1": {("Sở Tài chính", "lead")}, "dash_2": {("Sở Y tế", "lead")}}
# a lead-in over points and what each point (section id's last part) gets; "item_1": the lead-in's own
LEAD_INS = {
    # another body asks no one named: the points are requested of those they name, the asker leads its asking
    "department_requests_in_province_plan": (
        PROVINCE, ["1. Sở Nội vụ đề nghị:", *POINTS], {"item_1": {("Sở Nội vụ", "lead")}, **REQUESTED}),
    "director_requests_in_province_plan": (
        PROVINCE, ["1. Giám đốc Sở Nội vụ đề nghị:", *POINTS], {"item_1": {("Sở Nội vụ", "lead")}, **REQUESTED}),
    "department_requests_after_opening": (
        PROVINCE, ["1. Để triển khai Kế hoạch, Sở Tư pháp đề nghị:", "a) Sở Tài chính bố trí kinh phí thực hiện;",
                   "b) Sở Y tế kiểm tra các cơ sở khám bệnh."],
        {"item_1": {("Sở Tư pháp", "lead")}, "point_a": {("Sở Tài chính", "requested")},
         "point_b": {("Sở Y tế", "requested")}}),
    "department_requires_in_province_plan": (
        PROVINCE, ["1. Sở Nội vụ yêu cầu:", *POINTS], {"item_1": {("Sở Nội vụ", "lead")}, **LED}),
    # a central body asks in a province's plan: no duty of the plan for it; the points as its word says
    "ministry_requires_in_province_plan": (PROVINCE, ["1. Bộ Nội vụ yêu cầu:", *POINTS], LED),
    "prime_minister_requires_in_province_plan": (PROVINCE, ["1. Thủ tướng Chính phủ yêu cầu:", *POINTS], LED),
    "minister_requests_in_district_plan": (
        DISTRICT, ["1. Bộ trưởng Bộ Y tế đề nghị:", "- Phòng Y tế huyện kiểm tra các cơ sở;",
                   "- Ủy ban MTTQ Việt Nam huyện vận động nhân dân."],
        {"dash_1": {("Phòng Y tế huyện", "requested")}, "dash_2": {("Ủy ban MTTQ Việt Nam huyện", "requested")}}),
    "ministry_requests_in_department_plan": (DEPARTMENT, ["1. Bộ Nội vụ đề nghị:", *POINTS], REQUESTED),
}
LEAD_IN_CASES = [(k, fmt) for k in LEAD_INS for fmt in FORMS]


@pytest.mark.parametrize(("k", "fmt"), LEAD_IN_CASES, ids=[f"{k}-{fmt}" for k, fmt in LEAD_IN_CASES])
def test_what_the_points_of_another_body_s_request_get(k, fmt, tmp_path):
    header, lines, expected = LEAD_INS[k]
    assert by_point(plan_doc(tmp_path, header, lines, fmt)) == expected


# (header, sentence, the (name, role) a careful clerk writes; set(): the sentence proves no body)
SENTENCES = {
    # a central body asks: whoever it asks, no duty this plan gives (was "Bộ Nội vụ yêu cầu các tỉnh" leading)
    "ministry_requires_provinces": (PROVINCE, "Bộ Nội vụ yêu cầu các tỉnh rà soát hồ sơ công chức.", set()),
    "ministry_requires_a_department": (PROVINCE, "Bộ Nội vụ yêu cầu Sở Nội vụ rà soát hồ sơ công chức.", set()),
    "minister_requires_in_department_plan": (
        DEPARTMENT, "Bộ trưởng Bộ Nội vụ yêu cầu các sở rà soát hồ sơ công chức.", set()),
    # a body beside or below the issuer asks: it leads its asking (tests/test_s48_review_assign.py, kept)
    "department_requests_ministry": (PROVINCE, "Sở Nội vụ đề nghị Bộ Nội vụ hướng dẫn nghiệp vụ cho cán bộ.",
                                     {("Sở Nội vụ", "lead")}),
    # the issuer asks: those asked
    "issuer_requires_departments": (PROVINCE, "Ủy ban nhân dân tỉnh yêu cầu Sở Nội vụ rà soát hồ sơ công chức.",
                                    {("Sở Nội vụ", "lead")}),
    # a unit word printed once after "và": both bodies' (was "Công an", and "Đảng ủy và UBND xã" one name)
    "police_and_military_of_the_district": (
        DISTRICT, "Công an và Ban Chỉ huy Quân sự huyện chủ trì rà soát địa bàn.",
        {("Công an huyện", "lead"), ("Ban Chỉ huy Quân sự huyện", "lead")}),
    "party_and_committee_of_the_commune": (
        PROVINCE, "Đảng ủy và UBND xã chủ trì tổ chức lấy ý kiến nhân dân.", {("Đảng ủy xã", "lead"), ("UBND xã", "lead")}),
    "three_of_the_commune": (
        PROVINCE, "Đảng ủy, Ủy ban MTTQ Việt Nam và UBND xã tổ chức lấy ý kiến nhân dân.",
        {("Đảng ủy xã", "lead"), ("Ủy ban MTTQ Việt Nam xã", "lead"), ("UBND xã", "lead")}),
    # a name that holds "và" stays whole; a department is named whole beside a commune's body
    "office_of_council_and_committee": (
        DISTRICT, "Văn phòng HĐND và UBND huyện tổng hợp kết quả.", {("Văn phòng HĐND và UBND huyện", "lead")}),
    "department_and_commune_police": (
        PROVINCE, "Sở Y tế và Công an xã kiểm tra các cơ sở.", {("Sở Y tế", "lead"), ("Công an xã", "lead")}),
    # partners named by their heads' posts, in capitals or not (were lost)
    "partners_by_heads": (
        PROVINCE, "Sở Y tế chủ trì, phối hợp với Thủ trưởng các sở, ngành liên quan và Chủ tịch UBND các huyện triển khai "
                  "thực hiện.", {("Sở Y tế", "lead"), ("các sở, ngành liên quan", "support"), ("UBND các huyện", "support")}),
    "partner_by_head_in_small_letters": (
        PROVINCE, "Sở Nội vụ chủ trì, phối hợp với giám đốc Sở Tài chính bố trí biên chế.",
        {("Sở Nội vụ", "lead"), ("Sở Tài chính", "support")}),
    "partners_heads_in_small_letters_after_giao": (
        DISTRICT, "Giao Trưởng phòng Nội vụ chủ trì, phối hợp với thủ trưởng các cơ quan, đơn vị liên quan rà soát hồ sơ.",
        {("phòng Nội vụ", "lead"), ("các cơ quan, đơn vị liên quan", "support")}),
    # an opening that names a month, a quarter or a year (was no body)
    "month_then_collective": (PROVINCE, "Tháng 6/2026, các sở, ngành hoàn thành rà soát thủ tục hành chính.",
                              {("các sở, ngành", "lead")}),
    "quarter_then_department": (PROVINCE, "Quý III/2026, Sở Tư pháp tổng hợp kết quả thực hiện.", {("Sở Tư pháp", "lead")}),
    "year_then_department": (PROVINCE, "Năm 2027, Sở Nội vụ chủ trì tổng kết Kế hoạch.", {("Sở Nội vụ", "lead")}),
    "month_opening_with_a_verb": (PROVINCE, "Tháng 6/2026 là tháng cao điểm, các sở, ngành tăng cường kiểm tra.", set()),
}
SENTENCE_CASES = [(k, fmt) for k in SENTENCES for fmt in FORMS]


@pytest.mark.parametrize(("k", "fmt"), SENTENCE_CASES, ids=[f"{k}-{fmt}" for k, fmt in SENTENCE_CASES])
def test_who_a_sentence_gives_the_duty(k, fmt, tmp_path):
    assert_sentence_gives(tmp_path, *SENTENCES[k], fmt)


# what the names resolve to: a level printed once is each body's, the issuer's offices named bare are its own
RESOLVED = {
    "police_and_military_in_province_plan": (
        LAM_DONG, "Công an và Ban Chỉ huy Quân sự huyện chủ trì rà soát địa bàn.", {"Công an huyện": None,
                                                                               "Ban Chỉ huy Quân sự huyện": None}),
    "district_offices_bare_and_with_level": (
        DISTRICT, "Phòng Nội vụ và Phòng Tư pháp huyện chủ trì rà soát hồ sơ.",
        {"Phòng Nội vụ": "ha-noi.huyen-dong-anh/phong-noi-vu", "Phòng Tư pháp huyện": "ha-noi.huyen-dong-anh/phong-tu-phap"}),
}
RESOLVED_CASES = [(k, fmt) for k in RESOLVED for fmt in FORMS]


@pytest.mark.parametrize(("k", "fmt"), RESOLVED_CASES, ids=[f"{k}-{fmt}" for k, fmt in RESOLVED_CASES])
def test_what_the_names_resolve_to(k, fmt, tmp_path):
    header, sentence, expected = RESOLVED[k]
    doc = plan_doc(tmp_path, header, [f"1. {sentence}"], fmt)
    assert {a.agency.name: a.agency.agency_id for a in doc.assignments} == expected
