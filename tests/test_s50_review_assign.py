"""Review of s50-assign: where its new rules could give a confident wrong body or lose one the base read.

"… và …" cut into two bodies: where the level printed at the end belongs to both ("Hội đồng nhân dân và Ủy ban nhân
dân các cấp", "Ủy ban nhân dân và Hội đồng nhân dân các xã") a cut leaves the first with no level ("Hội đồng nhân
dân", "Ủy ban nhân dân": read as a body of no level, or an elected council dropped) — kept whole as printed, as the
base did. (s52: each is read at the level printed once, "Ủy ban nhân dân các xã" / "Hội đồng nhân dân các xã": the
agencies stage split the whole into "Ủy ban nhân dân", the province's own, beside a council led; a council led in a
UBND's plan is then dropped with its warning, as any.) The other cases guard what the branch reads right (two bodies of their own, a head's post after an
opening, a council given a support, a kind and its descriptive words). "công tác" after a bare kind's verb is the
work the verb is done on ("Đoàn giám sát công tác chuẩn bị bầu cử …"), not a word of the kind's name: the name
stays "Đoàn" as printed, never "Đoàn giám sát công tác". Documents of our own, as text and Word files.
"""

from __future__ import annotations

import pytest

from conftest import write_in_form
from pipeline.run import process
from test_s48_review_assign import DEPARTMENT, PROVINCE

PLAN = ["I. MỤC ĐÍCH, YÊU CẦU", "Bảo đảm thực hiện đúng tiến độ, hiệu quả.", "II. TỔ CHỨC THỰC HIỆN"]
TAIL = ["III. KINH PHÍ", "Kinh phí thực hiện từ nguồn ngân sách nhà nước theo phân cấp."]
FORMS = ("text", "docx")

# (header, sentence, the (name, role) the sentence proves, the council warnings expected)
SENTENCES = {
    # a level printed once for two bodies of every level: one name as printed, never a body with no level
    "councils_and_committees_of_all_levels": (
        PROVINCE, "Đề nghị Hội đồng nhân dân và Ủy ban nhân dân các cấp quan tâm chỉ đạo thực hiện.",
        {("Hội đồng nhân dân các cấp", "requested"), ("Ủy ban nhân dân các cấp", "requested")}, 0),
    "committees_and_councils_of_communes": (
        PROVINCE, "Giao Ủy ban nhân dân và Hội đồng nhân dân các xã rà soát danh sách hộ nghèo.",
        {("Ủy ban nhân dân các xã", "lead")}, 1),
    "party_and_committees_of_communes": (
        PROVINCE, "Đảng ủy và Ủy ban nhân dân các xã, phường quán triệt nội dung Kế hoạch.",
        {("Đảng ủy các xã, phường", "lead"), ("Ủy ban nhân dân các xã, phường", "lead")}, 0),
    # bodies of their own joined by "và": cut
    "department_and_communes": (
        PROVINCE, "Giao Sở Tư pháp, Sở Y tế và Ủy ban nhân dân các xã, phường kiểm tra việc thực hiện.",
        {("Sở Tư pháp", "lead"), ("Sở Y tế", "lead"), ("Ủy ban nhân dân các xã, phường", "lead")}, 0),
    "police_and_military": (
        PROVINCE, "Giao Công an tỉnh và Bộ Chỉ huy Quân sự tỉnh bảo đảm an ninh, trật tự.",
        {("Công an tỉnh", "lead"), ("Bộ Chỉ huy Quân sự tỉnh", "lead")}, 0),
    # a name with "và" and a council's word inside: whole
    "office_of_deputies_and_council": (
        PROVINCE, "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh tổng hợp ý kiến cử tri.",
        {("Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh", "lead")}, 0),
    # a council as the lead's partner in a UBND's plan: what the sentence says, kept as support, no warning (the
    # council is dropped only as a lead: tests/test_pages_s14_post2025.py's commune councils as partners)
    "council_as_partner": (
        PROVINCE, "Sở Nội vụ chủ trì, phối hợp với Thường trực HĐND tỉnh tổ chức hội nghị tiếp xúc cử tri.",
        {("Sở Nội vụ", "lead"), ("Thường trực HĐND tỉnh", "support")}, 0),
    "council_requested_in_department_plan": (
        DEPARTMENT, "Đề nghị Ban Pháp chế HĐND tỉnh giám sát việc thực hiện.",
        {("Ban Pháp chế HĐND tỉnh", "requested")}, 0),
    # a head's post after an opening
    "grounds_then_chair_assigns": (
        PROVINCE, "Căn cứ Kế hoạch này, Chủ tịch UBND tỉnh giao Sở Y tế chủ trì triển khai.", {("Sở Y tế", "lead")}, 0),
    "grounds_then_two_heads": (
        PROVINCE, "Căn cứ Kế hoạch này, Thủ trưởng các sở, ngành và Chủ tịch UBND các xã tổ chức triển khai.",
        {("các sở, ngành", "lead"), ("UBND các xã", "lead")}, 0),
    # "Các tổ chức" that names no body of the plan, a working team doing its work
    "organisations_and_persons_punished": (
        PROVINCE, "Các tổ chức, cá nhân vi phạm bị xử lý theo quy định của pháp luật.", set(), 0),
    "working_team_checks_work": (
        PROVINCE, "Tổ công tác kiểm tra công tác cải cách hành chính tại các xã, phường.", {("Tổ công tác", "lead")}, 0),
    # "công tác" after a kind's verb is the work it is done on, never a word of the kind's name
    "delegation_monitors_the_work": (
        PROVINCE, "Đoàn giám sát công tác chuẩn bị bầu cử tại các xã.", {("Đoàn", "lead")}, 0),
    "team_checks_the_work": (
        PROVINCE, "Tổ kiểm tra công tác phòng cháy, chữa cháy tại các chợ.", {("Tổ", "lead")}, 0),
    "interagency_team_kept": (
        PROVINCE, "Hội đồng thẩm định liên ngành thẩm định hồ sơ trước ngày 30/6/2026.",
        {("Hội đồng thẩm định liên ngành", "lead")}, 0),
    "front_and_organisations_as_partners": (
        PROVINCE, "Sở Nội vụ chủ trì, phối hợp với Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh tổ "
                  "chức hội nghị.",
        {("Sở Nội vụ", "lead"), ("Ủy ban MTTQ Việt Nam tỉnh", "support"),
         ("các tổ chức chính trị - xã hội tỉnh", "support")}, 0),
}
CASES = [(k, fmt) for k in SENTENCES for fmt in FORMS]


@pytest.mark.parametrize(("k", "fmt"), CASES, ids=[f"{k}-{fmt}" for k, fmt in CASES])
def test_who_a_sentence_gives_the_duty(k, fmt, tmp_path):
    header, sentence, bodies, council_warnings = SENTENCES[k]
    doc = process(write_in_form(tmp_path, [*header, *PLAN, f"1. {sentence}", *TAIL], fmt))
    assert {(a.agency.name, a.role) for a in doc.assignments} == bodies
    assert len([w for w in doc.warnings if w.code == "duty_council_not_assigned"]) == council_warnings
