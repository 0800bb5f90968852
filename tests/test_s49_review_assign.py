"""Review of the s49 prose-assignment rules (subject_preambles, points under "đề nghị:", "giao nhiệm vụ cho", "sớm").

An opening before a comma ("Sau khi hoàn thành nhiệm vụ, …") let a clause whose verb no list knows be read whole as
one name ("Tổ công tác tự giải thể"): after an opening, a name is read only where a verb or role word ends it, and
"tự giải thể" ends a list as no duty (as "được quyền"). The issuer asking with an adverb before its word ("Ủy ban nhân
dân tỉnh đã giao nhiệm vụ cho Sở Nội vụ …") was taken for another body asking, so the issuer led; a lead-in after an
opening ("Để …, Ủy ban nhân dân tỉnh đề nghị:") gave its points' bodies the lead, not "requested". The other cases hold
what the rules read right: openings that end in a body or carry a verb before a list of those they name, a body inside
the opening, a marker after it, a lower-case opening in a second clause, points under "Đề nghị:" beside other points.
Documents of our own, as text and Word files.
"""

from __future__ import annotations

import pytest

from conftest import write_in_form
from pipeline.run import process
from test_s48_review_assign import DEPARTMENT, PROVINCE  # a province's plan and a Sở's (Sở Nội vụ)

PLAN = ["I. MỤC ĐÍCH, YÊU CẦU", "Phát hiện và xử lý kịp thời các vi phạm.", "II. TỔ CHỨC THỰC HIỆN"]
TAIL = ["III. KINH PHÍ", "Kinh phí bố trí trong dự toán năm 2026 của các cơ quan, đơn vị."]
FORMS = ("text", "docx")

# (header, sentence, the (name, role) a careful clerk writes; set(): the sentence proves no body)
SENTENCES = {
    # a clause whose verb no list knows, after an opening: no name (was "Tổ công tác tự giải thể")
    "opening_then_self_dissolves": (PROVINCE, "Sau khi hoàn thành nhiệm vụ, Tổ công tác liên ngành tự giải thể.", set()),
    "opening_then_unknown_verb": (PROVINCE, "Khi kết thúc đợt cao điểm, Đoàn kiểm tra liên ngành tạm ngừng hoạt động.",
                                  set()),
    "self_dissolves": (PROVINCE, "Ban Chỉ đạo tự giải thể sau khi hoàn thành nhiệm vụ.", set()),
    # the issuer asks with an adverb before its word: those asked lead (was the issuer)
    "issuer_already_gave_task": (PROVINCE, "Ủy ban nhân dân tỉnh đã giao nhiệm vụ cho Sở Y tế kiểm tra cơ sở.",
                                 {("Sở Y tế", "lead")}),
    "issuer_already_assigned": (PROVINCE, "UBND tỉnh đã giao Sở Công Thương theo dõi thị trường.",
                                {("Sở Công Thương", "lead")}),
    "province_already_gave_task_in_department_plan": (
        DEPARTMENT, "Ủy ban nhân dân tỉnh đã giao nhiệm vụ cho Sở Nội vụ rà soát hồ sơ công chức.", set()),
    # openings that carry a verb before a list of those they name, or end in a body: no body
    "opening_verb_then_list": (PROVINCE, "Sau khi kiểm tra xong phải báo cáo Ủy ban nhân dân huyện, Sở Xây dựng và Sở "
                                         "Tài chính để theo dõi.", set()),
    "opening_then_report_to_list": (PROVINCE, "Sau khi hoàn thành, gửi báo cáo về Ủy ban nhân dân tỉnh, Sở Nội vụ trước "
                                              "ngày 30/11/2026.", set()),
    "opening_then_request_report": (PROVINCE, "Trường hợp vượt thẩm quyền, đề nghị báo cáo Ủy ban nhân dân tỉnh xem xét.",
                                    set()),
    # openings the rule reads right
    "body_inside_opening": (PROVINCE, "Để Sở Y tế có cơ sở triển khai, Sở Tài chính bố trí kinh phí kịp thời.",
                            {("Sở Tài chính", "lead")}),
    "opening_then_two_bodies_and_partner": (
        PROVINCE, "Khi có văn bản hướng dẫn, Sở Y tế, Sở Tài chính phối hợp với Sở Nội vụ triển khai.",
        {("Sở Y tế", "lead"), ("Sở Tài chính", "lead"), ("Sở Nội vụ", "support")}),
    "opening_then_issuer_asks": (PROVINCE, "Căn cứ Kế hoạch này, Ủy ban nhân dân tỉnh yêu cầu các sở, ngành, địa phương "
                                           "triển khai thực hiện.", {("các sở, ngành, địa phương", "lead")}),
    "department_opening_then_request": (DEPARTMENT, "Trường hợp vượt thẩm quyền, đề nghị Ủy ban nhân dân tỉnh chỉ đạo giải "
                                                    "quyết.", {("Ủy ban nhân dân tỉnh", "requested")}),
    "lower_case_opening_in_second_clause": (PROVINCE, "Sở Y tế chủ trì triển khai; trường hợp cần thiết, Sở Tài chính bố "
                                                      "trí kinh phí bổ sung.", {("Sở Y tế", "lead"), ("Sở Tài chính", "lead")}),
    # "sớm" after a collective, and after a name with a place the registry knows
    "som_after_collective": (PROVINCE, "Ủy ban nhân dân các xã sớm kiện toàn Ban Chỉ đạo.",
                             {("Ủy ban nhân dân các xã", "lead")}),
    "som_after_district_centre": (PROVINCE, "Trung tâm Y tế huyện sớm triển khai tiêm chủng.",
                                  {("Trung tâm Y tế huyện", "lead")}),
}
SENTENCE_CASES = [(k, fmt) for k in SENTENCES for fmt in FORMS]


def plan_doc(tmp_path, header: list[str], lines: list[str], fmt: str):
    """A plan under ``header`` (PROVINCE, DEPARTMENT …) whose TỔ CHỨC THỰC HIỆN holds ``lines``, written as ``fmt`` and
    processed (also tests/test_assign_s50.py, tests/test_assign_s51.py)."""
    return process(write_in_form(tmp_path, [*header, *PLAN, *lines, *TAIL], fmt))


def bodies_of(doc) -> set[tuple[str, str]]:
    """The (name, role) of every assignment of ``doc``."""
    return {(a.agency.name, a.role) for a in doc.assignments}


def assert_sentence_gives(tmp_path, header: list[str], sentence: str, bodies: set[tuple[str, str]], fmt: str) -> None:
    """That item 1 written as ``sentence`` in a plan under ``header`` gives the duty to ``bodies`` (name, role)."""
    assert bodies_of(plan_doc(tmp_path, header, [f"1. {sentence}"], fmt)) == bodies


@pytest.mark.parametrize(("k", "fmt"), SENTENCE_CASES, ids=[f"{k}-{fmt}" for k, fmt in SENTENCE_CASES])
def test_who_a_sentence_gives_the_duty(k, fmt, tmp_path):
    assert_sentence_gives(tmp_path, *SENTENCES[k], fmt)


# a lead-in over points and what each point (section id's last part) gets
LEAD_INS = {
    "issuer_requests_after_opening": (
        PROVINCE, ["1. Để triển khai hiệu quả Kế hoạch, Ủy ban nhân dân tỉnh đề nghị:",
                   "a) Ủy ban MTTQ Việt Nam tỉnh tuyên truyền, vận động nhân dân;",
                   "b) Hội Nông dân tỉnh vận động hội viên tham gia."],
        {"point_a": {("Ủy ban MTTQ Việt Nam tỉnh", "requested")}, "point_b": {("Hội Nông dân tỉnh", "requested")}}),
    "requests_then_a_sibling_duty": (
        PROVINCE, ["1. Ủy ban nhân dân tỉnh đề nghị:", "a) Ủy ban MTTQ Việt Nam tỉnh tuyên truyền, vận động nhân dân;",
                   "b) Hội Nông dân tỉnh vận động hội viên.", "2. Sở Y tế chủ trì kiểm tra các cơ sở."],
        {"point_a": {("Ủy ban MTTQ Việt Nam tỉnh", "requested")}, "point_b": {("Hội Nông dân tỉnh", "requested")},
         "item_2": {("Sở Y tế", "lead")}}),
    "requests_over_a_lead_in": (
        PROVINCE, ["1. Đề nghị:", "a) Ủy ban MTTQ Việt Nam tỉnh:", "- Tuyên truyền, vận động nhân dân;",
                   "- Giám sát việc thực hiện.", "b) Hội Nông dân tỉnh vận động hội viên."],
        {"dash_1": {("Ủy ban MTTQ Việt Nam tỉnh", "requested")}, "dash_2": {("Ủy ban MTTQ Việt Nam tỉnh", "requested")},
         "point_b": {("Hội Nông dân tỉnh", "requested")}}),
    "requests_then_a_point_that_assigns": (
        PROVINCE, ["1. Đề nghị:", "a) Ủy ban MTTQ Việt Nam tỉnh tuyên truyền, vận động nhân dân;",
                   "b) Giao Sở Y tế kiểm tra các cơ sở."],
        {"point_a": {("Ủy ban MTTQ Việt Nam tỉnh", "requested")}, "point_b": {("Sở Y tế", "lead")}}),
    "department_requests": (
        DEPARTMENT, ["1. Đề nghị:", "a) Ủy ban nhân dân các xã rà soát hồ sơ công chức;", "b) Sở Tài chính bố trí kinh phí."],
        {"point_a": {("Ủy ban nhân dân các xã", "requested")}, "point_b": {("Sở Tài chính", "requested")}}),
}
LEAD_IN_CASES = [(k, fmt) for k in LEAD_INS for fmt in FORMS]


@pytest.mark.parametrize(("k", "fmt"), LEAD_IN_CASES, ids=[f"{k}-{fmt}" for k, fmt in LEAD_IN_CASES])
def test_what_the_points_of_a_lead_in_get(k, fmt, tmp_path):
    header, lines, expected = LEAD_INS[k]
    assert by_point(plan_doc(tmp_path, header, lines, fmt)) == expected


def by_point(doc) -> dict[str, set[tuple[str, str]]]:
    """The (name, role) of the assignments of each point, by the last part of its section id ("point_a", "dash_1")."""
    found: dict[str, set[tuple[str, str]]] = {}
    for a in doc.assignments:
        found.setdefault(a.section.rsplit("__", 1)[-1], set()).add((a.agency.name, a.role))
    return found
