"""Review of the s47 prose-assignment rules (askers, subject_adverbs, named_after_duoc, not_subjects, asks_in_context).

The askers' rule read any body before "yêu cầu" / "giao" / "đề nghị" as the issuer asking, so in a province's plan
"Sở Nội vụ yêu cầu các cơ quan …" gave the lead to "các cơ quan" and lost Sở Nội vụ, whose duty (to ask) the plan gives;
"Sở Tư pháp đề nghị Bộ Tư pháp …" made Bộ Tư pháp "requested"; "Kho bạc … kiểm soát chi, yêu cầu các đơn vị …" made
"các đơn vị" lead. Those asked now take the work only where the asker is the document's issuer (or its head); another
body asking leads its asking; with no issuer known, or the body above the issuer asking (a Sở's plan citing what the
province asks), no body. The adverb "sớm" cut "Trung tâm Can thiệp sớm" short; "đã và đang" was left in a name.
Documents of our own, as text and Word files.
"""

from __future__ import annotations

import pytest

from conftest import write_in_form
from pipeline.run import process

PROVINCE = ["ỦY BAN NHÂN DÂN", "TỈNH ĐÔNG SƠN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
            "Số: 91/KH-UBND", "Đông Sơn, ngày 8 tháng 5 năm 2026", "KẾ HOẠCH", "Chuyển đổi số trong cơ quan nhà nước năm 2026"]
DEPARTMENT = ["UBND TỈNH ĐÔNG SƠN", "SỞ NỘI VỤ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
              "Số: 14/KH-SNV", "Đông Sơn, ngày 8 tháng 5 năm 2026", "KẾ HOẠCH", "Cải cách hành chính của Sở năm 2026"]
PLAN = ["I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao chất lượng phục vụ người dân, doanh nghiệp.", "II. TỔ CHỨC THỰC HIỆN"]
TAIL = ["III. KINH PHÍ", "Kinh phí bố trí trong dự toán năm 2026 của các cơ quan, đơn vị."]
FORMS = ("text", "docx")

# (header, sentence, the (name, role) a careful clerk writes; set(): the sentence proves no body)
SENTENCES = {
    # a body other than the issuer asks: the plan gives it the duty to ask
    "other_body_asks": (PROVINCE, "Sở Nội vụ yêu cầu các cơ quan, đơn vị báo cáo kết quả trước ngày 15/12/2026.",
                        {("Sở Nội vụ", "lead")}),
    "head_of_other_body_asks": (PROVINCE, "Giám đốc Sở Y tế yêu cầu các phòng chuyên môn rà soát hồ sơ cấp phép.",
                                {("Sở Y tế", "lead")}),
    "districts_ask": (PROVINCE, "Chủ tịch Ủy ban nhân dân các huyện yêu cầu các phòng chuyên môn rà soát hồ sơ.",
                      {("Ủy ban nhân dân các huyện", "lead")}),
    "other_body_assigns": (PROVINCE, "Sở Nông nghiệp và Môi trường giao Trung tâm Phát triển quỹ đất tổ chức đấu giá.",
                           {("Sở Nông nghiệp và Môi trường", "lead")}),
    "other_body_proposes": (PROVINCE, "Sở Tư pháp đề nghị Bộ Tư pháp hướng dẫn nghiệp vụ cho cán bộ.",
                            {("Sở Tư pháp", "lead")}),
    "other_body_proposes_kinds": (PROVINCE, "Sở Tài chính đề nghị các cơ quan gửi dự toán về Sở trước ngày 10/7/2026.",
                                  {("Sở Tài chính", "lead")}),
    # the issuer (or its head) asks: those asked take the work (s47, kept)
    "issuer_head_asks": (PROVINCE, "Chủ tịch Ủy ban nhân dân tỉnh yêu cầu Giám đốc Sở Xây dựng kiểm tra các công trình.",
                         {("Sở Xây dựng", "lead")}),
    "issuer_assigns": (PROVINCE, "UBND tỉnh giao Sở Công Thương chủ trì, phối hợp với Sở Tài chính tổ chức hội chợ.",
                       {("Sở Công Thương", "lead"), ("Sở Tài chính", "support")}),
    # in a Sở's plan: the Sở asking is the issuer; the province above it asking gives this plan no duty
    "department_asks_its_units": (DEPARTMENT, "Sở Nội vụ yêu cầu các phòng, đơn vị thuộc Sở triển khai thực hiện.",
                                  {("các phòng, đơn vị thuộc Sở", "lead")}),
    "department_head_asks": (DEPARTMENT, "Giám đốc Sở yêu cầu các phòng chuyên môn rà soát hồ sơ.",
                             {("các phòng chuyên môn", "lead")}),
    "province_asks_in_department_plan": (DEPARTMENT, "Ủy ban nhân dân tỉnh yêu cầu các sở, ngành báo cáo kết quả.",
                                         set()),
    # words no asker: "bàn giao", "giao nộp", "giao ban"
    "hands_over": (PROVINCE, "Ban Quản lý dự án bàn giao mặt bằng cho Ủy ban nhân dân huyện quản lý.",
                   {("Ban Quản lý dự án", "lead")}),
    # an adverb word that ends a name; two adverbs joined by "và"
    "name_ends_in_som": (PROVINCE, "Trung tâm Can thiệp sớm tổ chức khám sàng lọc cho trẻ.",
                         {("Trung tâm Can thiệp sớm", "lead")}),
    "adverbs_joined": (PROVINCE, "Công an tỉnh đã và đang triển khai các biện pháp bảo đảm an ninh mạng.",
                       {("Công an tỉnh", "lead")}),
}
SENTENCE_CASES = [(k, fmt) for k in SENTENCES for fmt in FORMS]


def _assigned(doc) -> set[tuple[str, str]]:
    return {(a.agency.name, a.role) for a in doc.assignments}


@pytest.mark.parametrize(("k", "fmt"), SENTENCE_CASES, ids=[f"{k}-{fmt}" for k, fmt in SENTENCE_CASES])
def test_who_asks_and_who_is_asked(k, fmt, tmp_path):
    header, sentence, bodies = SENTENCES[k]
    doc = process(write_in_form(tmp_path, [*header, *PLAN, f"1. {sentence}", *TAIL], fmt))
    assert _assigned(doc) == bodies


@pytest.mark.parametrize("fmt", FORMS)
def test_asking_after_a_verb_gives_no_lead_to_those_asked(fmt, tmp_path):
    # the asking word after a verb the list does not know ("kiểm soát chi, yêu cầu"): not the issuer asking; s47
    # gave "các đơn vị" the lead. The subject stays as printed (an unresolved name), never those asked.
    sentence = "Kho bạc Nhà nước tỉnh kiểm soát chi, yêu cầu các đơn vị hoàn thiện hồ sơ thanh toán."
    doc = process(write_in_form(tmp_path, [*PROVINCE, *PLAN, f"1. {sentence}", *TAIL], fmt))
    assert doc.assignments and all(a.agency.name != "các đơn vị" for a in doc.assignments)


# a lead-in over points: what each point gets
LEAD_INS = {
    # a body other than the issuer asks: the points are of those it asks (not named), or of the body a point names
    "board_asks": ("Ban Chỉ đạo tỉnh yêu cầu:", ["a) Các sở, ngành rà soát thủ tục hành chính;",
                                                 "b) Tổng hợp, báo cáo kết quả về cơ quan thường trực."],
                   {"point_a": {("Các sở, ngành", "lead")}, "point_b": set()}),
    "department_asks": ("Sở Nội vụ yêu cầu:", ["a) Rà soát hồ sơ cán bộ;", "b) Cập nhật cơ sở dữ liệu."],
                        {"point_a": set(), "point_b": set()}),
    # the issuer gives the points to a body (s47, kept)
    "issuer_assigns": ("Ủy ban nhân dân tỉnh giao Sở Khoa học và Công nghệ:",
                       ["a) Rà soát hồ sơ đề tài;", "b) Cập nhật cơ sở dữ liệu."],
                       {"point_a": {("Sở Khoa học và Công nghệ", "lead")},
                        "point_b": {("Sở Khoa học và Công nghệ", "lead")}}),
}
LEAD_IN_CASES = [(k, fmt) for k in LEAD_INS for fmt in FORMS]


@pytest.mark.parametrize(("k", "fmt"), LEAD_IN_CASES, ids=[f"{k}-{fmt}" for k, fmt in LEAD_IN_CASES])
def test_a_lead_in_that_asks(k, fmt, tmp_path):
    lead_in, points, expected = LEAD_INS[k]
    doc = process(write_in_form(tmp_path, [*PROVINCE, *PLAN, f"1. {lead_in}", *points, *TAIL], fmt))
    by_point: dict[str, set[tuple[str, str]]] = {}
    for a in doc.assignments:
        by_point.setdefault(a.section.rsplit("__", 1)[-1], set()).add((a.agency.name, a.role))
    assert {p: by_point.get(p, set()) for p in expected} == expected


# a task item whose fields give no lead: its sentence's subject (tasks stage, duty_bodies)
ITEMS = {
    "other_body_asks": ("Sở Nội vụ yêu cầu các cơ quan, đơn vị rà soát thủ tục hành chính", ["Sở Nội vụ"]),
    "issuer_asks": ("Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị rà soát thủ tục hành chính",
                    ["các cơ quan, đơn vị"]),
}
ITEM_CASES = [(k, fmt) for k in ITEMS for fmt in FORMS]


def task_item_lead(tmp_path, opening: list[str], sentence: str, tail: list[str], fmt: str) -> list[str]:
    """The lead of task item a) written as ``sentence`` with its deadline field, under a plan's ``opening`` lines (also
    tests/test_assign_s49.py)."""
    lines = [*opening, "1. Nhiệm vụ cụ thể", f"a) {sentence}; thời gian hoàn thành: Quý II/2026.",
             "b) Tổng hợp kết quả; thời gian hoàn thành: Quý IV/2026.", *tail]
    doc = process(write_in_form(tmp_path, lines, fmt))
    task = next(t for t in doc.tasks if t.deadline and t.deadline.text == "Quý II/2026")
    return [m.name for m in task.lead]


@pytest.mark.parametrize(("k", "fmt"), ITEM_CASES, ids=[f"{k}-{fmt}" for k, fmt in ITEM_CASES])
def test_a_task_item_that_asks(k, fmt, tmp_path):
    sentence, lead = ITEMS[k]
    assert task_item_lead(tmp_path, [*PROVINCE, *PLAN], sentence, TAIL, fmt) == lead
