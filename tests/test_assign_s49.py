"""Duties in prose that lost their body or gave it to the wrong one (s48 review of the assignments stage).

(1) An opening that states a condition, a time or a ground before a comma hid the subject: "Trường hợp cần thiết, Sở Nội
vụ tham mưu …" gave no body (assignments.json subject_preambles); an opening that ends in a body's name ("Khi có yêu cầu
của UBND tỉnh, Sở Nội vụ …") still gives none, since the list may go on past the comma. (2) "UBND tỉnh đề nghị:" over
points: the body each point names is the one requested, as under "Đề nghị:" and "UBND tỉnh đề nghị Ủy ban MTTQ tỉnh:";
under "yêu cầu:" it leads. (3) "giao nhiệm vụ cho Sở X …": the body after "cho" leads (it read "UBND tỉnh giao nhiệm vụ
cho Sở Xây dựng" as one name), and "… như sau:" ends a lead-in's bodies. (4) An adverb between the subject and its verb
("Sở Y tế sớm ban hành …") was glued to the name; "sớm" also ends names ("Trung tâm Can thiệp sớm"), so it is dropped
only after a name the registry knows (assignments.json adverbs_in_names). Documents of our own, as text and Word files.
"""

from __future__ import annotations

import pytest

from conftest import write_in_form
from pipeline.run import process
from test_s48_review_assign import task_item_lead

PROVINCE = ["ỦY BAN NHÂN DÂN", "TỈNH ĐÔNG SƠN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
            "Số: 118/KH-UBND", "Đông Sơn, ngày 12 tháng 6 năm 2026", "KẾ HOẠCH",
            "Phòng, chống dịch bệnh và bảo đảm an toàn thực phẩm năm 2026"]
PLAN = ["I. MỤC ĐÍCH, YÊU CẦU", "Chủ động phòng ngừa, phát hiện sớm và xử lý kịp thời các tình huống phát sinh.",
        "II. TỔ CHỨC THỰC HIỆN"]
TAIL = ["III. KINH PHÍ", "Kinh phí thực hiện từ nguồn ngân sách tỉnh năm 2026."]
FORMS = ("text", "docx")

# sentence -> the (name, role) a careful clerk writes; set(): the sentence does not show who does the work
SENTENCES = {
    # (1) an opening before a comma, then the subject
    "condition_needed": ("Trường hợp cần thiết, Sở Nội vụ tham mưu Ủy ban nhân dân tỉnh thành lập đoàn kiểm tra liên "
                         "ngành.", {("Sở Nội vụ", "lead")}),
    "when_needed_lead_support": ("Khi cần thiết, Sở Y tế chủ trì, phối hợp với Sở Tài chính đề xuất bổ sung kinh phí.",
                                 {("Sở Y tế", "lead"), ("Sở Tài chính", "support")}),
    "in_case_of": ("Trong trường hợp phát sinh ổ dịch mới, Sở Nông nghiệp và Môi trường báo cáo ngay Ủy ban nhân dân "
                   "tỉnh.", {("Sở Nông nghiệp và Môi trường", "lead")}),
    "every_quarter": ("Định kỳ hằng quý, Sở Công Thương tổng hợp kết quả kiểm tra gửi Ủy ban nhân dân tỉnh.",
                      {("Sở Công Thương", "lead")}),
    "every_year": ("Hằng năm, Công an tỉnh tổ chức sơ kết công tác phòng, chống tội phạm về môi trường.",
                   {("Công an tỉnh", "lead")}),
    "on_the_ground_of": ("Căn cứ nội dung Kế hoạch này, các sở, ngành xây dựng kế hoạch của đơn vị mình.",
                         {("các sở, ngành", "lead")}),
    "condition_then_marker": ("Trường hợp cần thiết, giao Sở Y tế chủ trì tổ chức kiểm tra đột xuất.",
                              {("Sở Y tế", "lead")}),
    "condition_then_issuer_assigns": ("Khi có dịch bệnh, Ủy ban nhân dân tỉnh giao Sở Tài chính bố trí kinh phí.",
                                      {("Sở Tài chính", "lead")}),
    "condition_naming_another_body": ("Trường hợp Sở Tài chính không bố trí được kinh phí, Sở Nội vụ báo cáo Ủy ban nhân "
                                      "dân tỉnh xem xét.", {("Sở Nội vụ", "lead")}),
    # the opening ends in a body's name: which bodies lead is not shown
    "opening_ends_in_a_body": ("Khi có yêu cầu của Ủy ban nhân dân tỉnh, Sở Nội vụ tham mưu tổ chức kiểm tra.", set()),
    "opening_then_no_body": ("Trường hợp cần thiết, tổ chức kiểm tra đột xuất các cơ sở sản xuất.", set()),
    "opening_then_a_power": ("Trường hợp phát hiện vi phạm, Tổ kiểm tra được quyền lập biên bản.", set()),
    # (3) "giao nhiệm vụ cho", "giao trách nhiệm cho"
    "issuer_gives_task_to": ("Ủy ban nhân dân tỉnh giao nhiệm vụ cho Sở Xây dựng kiểm tra chất lượng các công trình.",
                             {("Sở Xây dựng", "lead")}),
    "gives_task_to_lead_support": ("Giao nhiệm vụ cho Sở Công Thương chủ trì, phối hợp với Sở Tài chính tổ chức hội chợ.",
                                   {("Sở Công Thương", "lead"), ("Sở Tài chính", "support")}),
    "issuer_gives_duty_to": ("UBND tỉnh giao trách nhiệm cho Công an tỉnh chủ trì bảo đảm an ninh trật tự.",
                             {("Công an tỉnh", "lead")}),
    "other_body_gives_task_to": ("Sở Nội vụ giao nhiệm vụ cho các phòng chuyên môn rà soát hồ sơ.",
                                 {("Sở Nội vụ", "lead")}),
    # (4) adverbs between the subject and its verb
    "adverb_som": ("Sở Y tế sớm ban hành hướng dẫn chuyên môn về phòng, chống dịch.", {("Sở Y tế", "lead")}),
    "adverb_som_after_place": ("Sở Y tế tỉnh sớm ban hành hướng dẫn chuyên môn.", {("Sở Y tế tỉnh", "lead")}),
    "adverb_can_som": ("Sở Giáo dục và Đào tạo cần sớm hoàn thiện hồ sơ.", {("Sở Giáo dục và Đào tạo", "lead")}),
    "adverb_nhanh_chong": ("Công an tỉnh nhanh chóng điều tra, xử lý các vụ việc.", {("Công an tỉnh", "lead")}),
    "adverb_quyet_liet": ("Ủy ban nhân dân các xã, phường quyết liệt triển khai các biện pháp phòng dịch.",
                          {("Ủy ban nhân dân các xã, phường", "lead")}),
    # a name the registry does not know keeps its "sớm" (as printed, unresolved), never half a name
    "name_ends_in_som": ("Trung tâm Cảnh báo sớm thiên tai tỉnh cập nhật bản tin hằng ngày.",
                         {("Trung tâm Cảnh báo sớm thiên tai tỉnh", "lead")}),
    "unknown_name_then_som": ("Trung tâm Phát hiện sớm tổ chức khám sàng lọc.", {("Trung tâm Phát hiện sớm", "lead")}),
}
SENTENCE_CASES = [(k, fmt) for k in SENTENCES for fmt in FORMS]


def _assigned(doc) -> set[tuple[str, str]]:
    return {(a.agency.name, a.role) for a in doc.assignments}


@pytest.mark.parametrize(("k", "fmt"), SENTENCE_CASES, ids=[f"{k}-{fmt}" for k, fmt in SENTENCE_CASES])
def test_who_a_sentence_gives_the_duty(k, fmt, tmp_path):
    sentence, bodies = SENTENCES[k]
    doc = process(write_in_form(tmp_path, [*PROVINCE, *PLAN, f"1. {sentence}", *TAIL], fmt))
    assert _assigned(doc) == bodies


@pytest.mark.parametrize("fmt", FORMS)
def test_an_opening_keeps_its_recurrence(fmt, tmp_path):
    # the subject read after "Định kỳ hằng quý," keeps the duty's whole text, so its deadline (a recurrence) too
    sentence = SENTENCES["every_quarter"][0]
    doc = process(write_in_form(tmp_path, [*PROVINCE, *PLAN, f"1. {sentence}", *TAIL], fmt))
    assert [(a.agency.name, bool(a.deadline and a.deadline.recurring)) for a in doc.assignments] == [("Sở Công Thương", True)]


# (2) a lead-in over points: what each point gets
LEAD_INS = {
    "issuer_requests": ("Ủy ban nhân dân tỉnh đề nghị:",
                        ["a) Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh chủ trì, phối hợp với Hội Nông dân tỉnh tuyên truyền, "
                         "vận động nhân dân;", "b) Liên đoàn Lao động tỉnh vận động người lao động tham gia."],
                        {"point_a": {("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "requested"),
                                     ("Hội Nông dân tỉnh", "support")},
                         "point_b": {("Liên đoàn Lao động tỉnh", "requested")}}),
    "issuer_requests_dashes": ("UBND tỉnh đề nghị:",
                               ["- Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh chỉ đạo tuyên truyền đến các tầng lớp "
                                "nhân dân.", "- Tỉnh Đoàn tổ chức ra quân tình nguyện vệ sinh môi trường."],
                               {"dash_1": {("Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "requested")},
                                "dash_2": {("Tỉnh Đoàn", "requested")}}),
    "requests_alone": ("Đề nghị:", ["a) Hội Liên hiệp Phụ nữ tỉnh vận động hội viên tham gia;",
                                    "b) Hội Cựu chiến binh tỉnh giám sát việc thực hiện."],
                       {"point_a": {("Hội Liên hiệp Phụ nữ tỉnh", "requested")},
                        "point_b": {("Hội Cựu chiến binh tỉnh", "requested")}}),
    # the issuer asks no one named with "yêu cầu": the bodies the points name lead (as before)
    "issuer_asks": ("Ủy ban nhân dân tỉnh yêu cầu:", ["a) Sở Y tế kiểm tra các cơ sở khám bệnh;",
                                                      "b) Tổng hợp kết quả báo cáo Ủy ban nhân dân tỉnh."],
                    {"point_a": {("Sở Y tế", "lead")}, "point_b": set()}),
    # (3) "giao nhiệm vụ cho … như sau:": the body named leads each point
    "gives_task_as_follows": ("Ủy ban nhân dân tỉnh giao nhiệm vụ cho Sở Y tế như sau:",
                              ["a) Kiểm tra các cơ sở kinh doanh thực phẩm;", "b) Báo cáo kết quả trước ngày 15/12/2026."],
                              {"point_a": {("Sở Y tế", "lead")}, "point_b": {("Sở Y tế", "lead")}}),
}
LEAD_IN_CASES = [(k, fmt) for k in LEAD_INS for fmt in FORMS]


@pytest.mark.parametrize(("k", "fmt"), LEAD_IN_CASES, ids=[f"{k}-{fmt}" for k, fmt in LEAD_IN_CASES])
def test_what_the_points_of_a_lead_in_get(k, fmt, tmp_path):
    lead_in, points, expected = LEAD_INS[k]
    doc = process(write_in_form(tmp_path, [*PROVINCE, *PLAN, f"1. {lead_in}", *points, *TAIL], fmt))
    by_point: dict[str, set[tuple[str, str]]] = {}
    for a in doc.assignments:
        by_point.setdefault(a.section.rsplit("__", 1)[-1], set()).add((a.agency.name, a.role))
    assert {p: by_point.get(p, set()) for p in expected} == expected and set(by_point) <= set(expected)


# a task item whose fields give no lead: its sentence's subject (tasks stage, duty_bodies)
ITEMS = {
    "condition_needed": ("Trường hợp cần thiết, Sở Nội vụ tham mưu thành lập đoàn kiểm tra", ["Sở Nội vụ"]),
    "gives_task_to": ("Ủy ban nhân dân tỉnh giao nhiệm vụ cho Sở Xây dựng kiểm tra các công trình", ["Sở Xây dựng"]),
    "adverb_som": ("Sở Y tế sớm ban hành hướng dẫn chuyên môn", ["Sở Y tế"]),
}
ITEM_CASES = [(k, fmt) for k in ITEMS for fmt in FORMS]


@pytest.mark.parametrize(("k", "fmt"), ITEM_CASES, ids=[f"{k}-{fmt}" for k, fmt in ITEM_CASES])
def test_a_task_item_written_as_a_sentence(k, fmt, tmp_path):
    sentence, lead = ITEMS[k]
    assert task_item_lead(tmp_path, [*PROVINCE, *PLAN], sentence, TAIL, fmt) == lead
