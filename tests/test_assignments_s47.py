"""Prose assignments, s47 review of lead-ins and audit item 7: who leads a duty written in sentences.

(1) The body that asks is no lead: "Ủy ban nhân dân tỉnh yêu cầu:", "UBND tỉnh giao Sở Nội vụ:", "UBND tỉnh đề nghị
Ủy ban MTTQ tỉnh:" were read as one body's name ("Ủy ban nhân dân tỉnh yêu cầu") leading the points below; those asked
lead (or are requested), and where no one is named no body is read (assignments.json askers). (2) A name cut at a verb
stops before the adverbs in front of it ("Sở Tài chính đã thực hiện …" -> "Sở Tài chính"; subject_adverbs). (3) The
heading above a lead-in or an intro is no duty of the bodies it introduces. (4) Clauses that name no body: a condition
("Trường hợp phát hiện …"; not_subjects), a power ("Đoàn kiểm tra được quyền …"; stops); a verb the list lacked ("Bộ
Quốc phòng dự kiến …" lost its body). (5) "- Yêu cầu các đơn vị …" under a body's heading is that body's duty
(asks_in_context). Documents of our own, as text and Word files.
"""

from __future__ import annotations

import pytest

from conftest import write_in_form
from pipeline.run import process

HEADER = ["ỦY BAN NHÂN DÂN", "TỈNH ĐÔNG SƠN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
          "Số: 77/KH-UBND", "Đông Sơn, ngày 3 tháng 4 năm 2026", "KẾ HOẠCH", "Phát triển dịch vụ công trực tuyến năm 2026"]
PLAN = ["I. MỤC ĐÍCH, YÊU CẦU", "Bảo đảm thực hiện đồng bộ, hiệu quả các nhiệm vụ đề ra trong năm.",
        "II. TỔ CHỨC THỰC HIỆN"]
POINTS = ["a) Rà soát, cập nhật danh mục thủ tục hành chính của cơ quan, đơn vị;",
          "b) Tổng hợp, báo cáo kết quả thực hiện về cơ quan thường trực."]
TAIL = ["III. KINH PHÍ", "Kinh phí thực hiện từ nguồn ngân sách tỉnh năm 2026."]
FORMS = ("text", "docx")

# words no body's name holds where a subject was cut right: the asking words, the adverbs, a condition's
BAD_WORDS = ("yêu cầu", "giao", "đề nghị", "đã", "đang", "sẽ", "cần", "phải", "nghiêm túc", "kịp thời", "tích cực",
             "Trường hợp", "có quyền", "dự kiến")

# a lead-in over points a) and b): what each point gets (set of (name, role); empty: no body)
LEAD_INS = {
    "asks_no_one": ("Ủy ban nhân dân tỉnh yêu cầu:", set()),
    "asks_no_one_abbr": ("UBND tỉnh yêu cầu:", set()),
    "head_asks_no_one": ("Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:", set()),
    "district_asks_no_one": ("Ủy ban nhân dân huyện yêu cầu:", set()),
    "assigns": ("UBND tỉnh giao Sở Nội vụ:", {("Sở Nội vụ", "lead")}),
    "assigns_cho": ("Ủy ban nhân dân tỉnh giao cho Sở Tư pháp:", {("Sở Tư pháp", "lead")}),
    "assigns_with_words": ("Ủy ban nhân dân tỉnh giao Sở Khoa học và Công nghệ chủ trì thực hiện các nội dung sau:",
                           {("Sở Khoa học và Công nghệ", "lead")}),
    "asks_kinds": ("Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành:", {("các sở, ban, ngành", "lead")}),
    "asks_heads": ("Ủy ban nhân dân tỉnh yêu cầu Giám đốc Sở Y tế:", {("Sở Y tế", "lead")}),
    "requests": ("UBND tỉnh đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh:",
                 {("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "requested")}),
    "requests_union": ("Ủy ban nhân dân tỉnh đề nghị Liên đoàn Lao động tỉnh:", {("Liên đoàn Lao động tỉnh", "requested")}),
    "adverb_da": ("Sở Tài chính đã thực hiện các nội dung sau:", {("Sở Tài chính", "lead")}),
    "adverb_se": ("Công an tỉnh sẽ chủ trì thực hiện các nội dung sau:", {("Công an tỉnh", "lead")}),
    "adverb_can": ("Sở Giáo dục và Đào tạo cần tổ chức thực hiện:", {("Sở Giáo dục và Đào tạo", "lead")}),
}
LEAD_IN_CASES = [(k, fmt) for k in LEAD_INS for fmt in FORMS]


def _by_point(doc) -> dict[str, set[tuple[str, str]]]:
    found: dict[str, set[tuple[str, str]]] = {}
    for a in doc.assignments:
        found.setdefault(a.section.rsplit("__", 1)[-1], set()).add((a.agency.name, a.role))
    return found


def _no_bad_name(doc) -> None:
    for a in doc.assignments:
        words = f" {' '.join(a.agency.name.replace(',', ' ').split())} "  # as printed: "Giáo dục" is no "giao"
        assert not any(f" {w} " in words for w in BAD_WORDS), a.agency.name


@pytest.mark.parametrize(("k", "fmt"), LEAD_IN_CASES, ids=[f"{k}-{fmt}" for k, fmt in LEAD_IN_CASES])
def test_a_lead_in_passes_those_asked_not_the_asker(k, fmt, tmp_path):
    lead_in, bodies = LEAD_INS[k]
    doc = process(write_in_form(tmp_path, [*HEADER, *PLAN, f"1. {lead_in}", *POINTS, *TAIL], fmt))
    _no_bad_name(doc)
    by_point = _by_point(doc)
    assert by_point.get("point_a", set()) == bodies and by_point.get("point_b", set()) == bodies


# one sentence: the bodies it gives (name, role); the asker, adverbs and conditions in none
SENTENCES = {
    "asks_heads": ("Ủy ban nhân dân tỉnh yêu cầu Giám đốc các sở, Thủ trưởng các ban, ngành nghiêm túc triển khai "
                   "thực hiện Kế hoạch này.", {("các sở, các ban, ngành", "lead")}),
    "assigns_lead_support": ("UBND tỉnh giao Sở Tài chính chủ trì, phối hợp với Sở Nội vụ hướng dẫn các cơ quan "
                             "lập dự toán kinh phí.", {("Sở Tài chính", "lead"), ("Sở Nội vụ", "support")}),
    "requests_support": ("Ủy ban nhân dân tỉnh đề nghị Hội Nông dân tỉnh tuyên truyền, vận động hội viên tham gia.",
                         {("Hội Nông dân tỉnh", "requested")}),
    "adverb_dang": ("Sở Y tế đang triển khai thí điểm bệnh án điện tử tại các bệnh viện tuyến tỉnh.", {("Sở Y tế", "lead")}),
    "adverb_phai": ("Sở Xây dựng phải báo cáo kết quả kiểm tra trước ngày 30/6/2026.", {("Sở Xây dựng", "lead")}),
    "adverb_kip_thoi": ("Sở Nội vụ kịp thời tham mưu kiện toàn Ban Chỉ đạo cải cách hành chính tỉnh.",
                        {("Sở Nội vụ", "lead")}),
    "adverb_tich_cuc": ("Ủy ban nhân dân các xã, phường tích cực tuyên truyền đến người dân trên địa bàn.",
                        {("Ủy ban nhân dân các xã, phường", "lead")}),
    "adverbs_two": ("Các sở, ngành cần phải chủ động bố trí nguồn lực thực hiện.", {("Các sở, ngành", "lead")}),
    # a verb after "được" is the name's: those assigned, kept as printed, not "… đơn vị được"
    "passive": ("Các cơ quan, đơn vị được phân công chủ động triển khai, bảo đảm đúng tiến độ đề ra.",
                {("Các cơ quan, đơn vị được phân công", "lead")}),
    # before other verbs "được" is no part of the name: "… được giao chủ trì", "… được sử dụng" (a permission)
    "given": ("Sở Công Thương được giao chủ trì, phối hợp với Sở Tài chính tổ chức hội nghị xúc tiến thương mại.",
              {("Sở Công Thương", "lead"), ("Sở Tài chính", "support")}),
    "permitted": ("Tổ công tác liên ngành được sử dụng con dấu của Sở Nội vụ để ban hành văn bản.",
                  {("Tổ công tác liên ngành", "lead")}),
    "verb_du_kien": ("Bộ Chỉ huy Quân sự tỉnh dự kiến mục tiêu, nhiệm vụ diễn tập khu vực phòng thủ năm 2026.",
                     {("Bộ Chỉ huy Quân sự tỉnh", "lead")}),
    "hand_over": ("Sở Công Thương bàn giao Trung tâm Khuyến công cho Sở Khoa học và Công nghệ quản lý.",
                  {("Sở Công Thương", "lead")}),
    "condition": ("Trường hợp phát hiện sai phạm, Đoàn kiểm tra được quyền lập biên bản và đề nghị xử lý.", set()),
    "condition_only": ("Trường hợp Đoàn kiểm tra liên ngành phát hiện vi phạm thì lập biên bản theo quy định.", set()),
    "power": ("Tổ công tác có quyền yêu cầu cơ sở cung cấp hồ sơ, tài liệu liên quan.", set()),
    "issuer_asks": ("Yêu cầu các sở, ngành nghiêm túc thực hiện các nội dung của Kế hoạch này.",
                    {("các sở, ngành", "lead")}),
}
SENTENCE_CASES = [(k, fmt) for k in SENTENCES for fmt in FORMS]


@pytest.mark.parametrize(("k", "fmt"), SENTENCE_CASES, ids=[f"{k}-{fmt}" for k, fmt in SENTENCE_CASES])
def test_a_sentence_gives_those_who_do_the_work(k, fmt, tmp_path):
    sentence, bodies = SENTENCES[k]
    doc = process(write_in_form(tmp_path, [*HEADER, *PLAN, f"1. {sentence}", *TAIL], fmt))
    _no_bad_name(doc)
    assert {(a.agency.name, a.role) for a in doc.assignments} == bodies


# a heading, then a lead-in or an intro naming bodies, then points: the heading is no duty of those bodies
HEADED = {
    "lead_in": ["1. Nhiệm vụ của các cơ quan", "Sở Tài chính chịu trách nhiệm:"],
    "lead_in_giao": ["1. Phân công thực hiện", "Giao Sở Thông tin và Truyền thông chủ trì thực hiện các nội dung sau:"],
    "intro": ["1. Các nhiệm vụ khác", "Ngoài các nhiệm vụ trên, Ủy ban nhân dân các xã, phường:"],
}
HEADED_CASES = [(k, fmt) for k in HEADED for fmt in FORMS]


@pytest.mark.parametrize(("k", "fmt"), HEADED_CASES, ids=[f"{k}-{fmt}" for k, fmt in HEADED_CASES])
def test_the_heading_above_a_lead_in_is_no_duty(k, fmt, tmp_path):
    heading, lead_in = HEADED[k]
    doc = process(write_in_form(tmp_path, [*HEADER, *PLAN, heading, lead_in, *POINTS, *TAIL], fmt))
    by_point = _by_point(doc)
    assert "item_1" not in by_point  # no assignment on the heading's own item
    assert by_point.get("point_a") and by_point.get("point_a") == by_point.get("point_b")
    assert not any(a.duty.startswith(heading[3:]) for a in doc.assignments)


# under a body's heading, "- Yêu cầu …" is that body's duty; at the issuer's level those asked lead (above)
IN_CONTEXT = {
    "build": ("2. Sở Xây dựng", "- Yêu cầu các chủ đầu tư lắp đặt hệ thống camera giám sát tại công trình.", "Sở Xây dựng"),
    "mining": ("2. Sở Nông nghiệp và Môi trường",
               "- Yêu cầu các đơn vị khai thác khoáng sản lắp đặt trạm cân và thiết bị giám sát.", "Sở Nông nghiệp và Môi trường"),
    "giao_heading": ("2. Giao Công an tỉnh", "- Yêu cầu các cơ sở kinh doanh có điều kiện chấp hành quy định về an ninh.",
                     "Công an tỉnh"),
}
IN_CONTEXT_CASES = [(k, fmt) for k in IN_CONTEXT for fmt in FORMS]


@pytest.mark.parametrize(("k", "fmt"), IN_CONTEXT_CASES, ids=[f"{k}-{fmt}" for k, fmt in IN_CONTEXT_CASES])
def test_asking_under_a_body_is_its_duty(k, fmt, tmp_path):
    heading, dash, body = IN_CONTEXT[k]
    lines = [*HEADER, *PLAN, "1. Sở Nội vụ chủ trì tổng hợp kết quả thực hiện.", heading, dash,
             "- Kiểm tra định kỳ việc thực hiện tại các đơn vị.", *TAIL]
    doc = process(write_in_form(tmp_path, lines, fmt))
    by_point = _by_point(doc)
    assert by_point.get("dash_1") == {(body, "lead")} and by_point.get("dash_2") == {(body, "lead")}
