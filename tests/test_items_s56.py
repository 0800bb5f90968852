"""Tasks given in prose (s56): fields in the bracket after an item, a deadline in the item's own words, a body's name
that goes on in prose, a plan's standing rule that is no task, partners before a field, a head named by the person.

    1. Rà soát các quy định về lưu trữ (cơ quan chủ trì: Sở Nội vụ; cơ quan phối hợp: Sở Tư pháp; thời gian: quý
       II/2026).

Before s56 such an item gave no task (only its second field was read, as a duty's partner; with commas between the
fields the word "cơ quan" was read as a body). The plans here are this file's own words.
"""

from __future__ import annotations

import pytest

from conftest import write_in_form
from pipeline.run import process
from test_duties_s55 import GOVERNMENT_END, GOVERNMENT_NOTICE, MOTTO, OFFICE_END, PROVINCE_NOTICE, _duties
from test_item_tasks import _names, _plan

PROVINCE = {"issuer": "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN", "code": "UBND", "place": "Nghệ An"}
FORMS = ("text", "docx")


def _doc(tmp_path, items: str, form: str = "text"):
    return process(write_in_form(tmp_path, _plan(items, **PROVINCE).split("\n"), form))


def _tasks(doc) -> list[tuple]:
    return [(t.content, _names(t.lead), _names(t.support), t.deadline.end if t.deadline else None)
            for t in doc.tasks if t.section]


def _part_two(doc) -> set[tuple]:
    return {(a.agency.name, a.role, a.deadline.end if a.deadline else None) for a in doc.assignments
            if a.section.startswith("sec_II__")}


# --- 1. fields in the bracket after an item --------------------------------------------------------------------------

BRACKETED = [
    # (the item's text after its number, the task read)
    ("Rà soát các quy định về lưu trữ điện tử (cơ quan chủ trì: Sở Nội vụ; cơ quan phối hợp: Sở Tư pháp; thời gian: "
     "quý II/2026).", ("Rà soát các quy định về lưu trữ điện tử", ["Sở Nội vụ"], ["Sở Tư pháp"], "2026-06-30")),
    ("Tổ chức tập huấn cho công chức cấp xã (Cơ quan chủ trì: Sở Tư pháp, cơ quan phối hợp: Sở Nội vụ, thời gian hoàn "
     "thành: tháng 9/2026)", ("Tổ chức tập huấn cho công chức cấp xã", ["Sở Tư pháp"], ["Sở Nội vụ"], "2026-09-30")),
    ("Tuyên truyền, phổ biến Luật (Đơn vị chủ trì: Sở Tư pháp. Đơn vị phối hợp: các sở, ngành. Thời hạn: Quý III năm "
     "2026).", ("Tuyên truyền, phổ biến Luật", ["Sở Tư pháp"], ["các sở, ngành"], "2026-09-30")),
    ("Xây dựng cơ sở dữ liệu đất đai (chủ trì: Sở Nông nghiệp và Môi trường; phối hợp: Sở Tài chính; hoàn thành trong "
     "năm 2026).", ("Xây dựng cơ sở dữ liệu đất đai", ["Sở Nông nghiệp và Môi trường"], ["Sở Tài chính"], "2026-12-31")),
    ("Kiểm tra việc thực hiện chính sách (Chủ trì thực hiện: Thanh tra tỉnh; thời gian thực hiện: tháng 10/2026)",
     ("Kiểm tra việc thực hiện chính sách", ["Thanh tra tỉnh"], [], "2026-10-31")),
]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(("text", "expected"), BRACKETED, ids=["semicolons", "commas", "stops", "time_in_words",
                                                                "lead_and_time"])
def test_fields_in_the_bracket_after_an_item_make_it_a_task(tmp_path, text, expected, form):
    doc = _doc(tmp_path, f"1. {text}", form)
    assert _tasks(doc) == [expected]
    assert _part_two(doc) == set()  # the task's bodies, not a duty's too


@pytest.mark.parametrize("mark", ["a)", "-", "+"])
def test_bracketed_fields_under_other_marks(tmp_path, mark):
    items = (f"1. Nhiệm vụ cải cách hành chính\n{mark} Rà soát thủ tục hành chính (cơ quan chủ trì: Sở Nội vụ; "
             "thời hạn: tháng 6/2026).\n"
             f"{mark} Số hóa hồ sơ (cơ quan chủ trì: Văn phòng UBND tỉnh; thời hạn: tháng 12/2026).")
    assert _tasks(_doc(tmp_path, items)) == [
        ("Rà soát thủ tục hành chính", ["Sở Nội vụ"], [], "2026-06-30"),
        ("Số hóa hồ sơ", ["Văn phòng UBND tỉnh"], [], "2026-12-31")]


def test_a_bracket_of_the_body_s_own_inside_a_bracketed_field_is_kept(tmp_path):
    items = ("1. Xây dựng đề án (chủ trì: Sở Tài chính (cơ quan thường trực); phối hợp: Sở Nội vụ; thời gian: năm "
             "2026).")
    assert _tasks(_doc(tmp_path, items)) == [
        ("Xây dựng đề án", ["Sở Tài chính (cơ quan thường trực)"], ["Sở Nội vụ"], "2026-12-31")]


@pytest.mark.parametrize("items", [
    "1. Hội nghị sơ kết công tác chuyển đổi số (thời gian: tháng 6/2026; địa điểm: Hội trường UBND tỉnh).",
    "1. Mua sắm trang thiết bị (kinh phí: 200 triệu đồng; nguồn vốn: ngân sách tỉnh).",
], ids=["event", "budget"])
def test_a_bracket_of_no_lead_and_no_deadline_makes_no_task(tmp_path, items):
    """Guard: a time alone is an event's, a budget is no task's lead."""
    assert _tasks(_doc(tmp_path, items)) == []


# --- 2. a deadline in the item's own words, beside its fields ---------------------------------------------------------

@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(("text", "deadline"), [
    ("Rà soát văn bản quy phạm pháp luật, hoàn thành trước ngày 30/9/2026. Cơ quan chủ trì: Sở Tư pháp; phối hợp: "
     "Sở Nội vụ.", "2026-09-30"),
    ("Tổng kết việc thi hành Luật trong quý IV/2026. Chủ trì: Sở Tư pháp; phối hợp: Sở Nội vụ.", "2026-12-31"),
], ids=["before_a_date", "in_a_quarter"])
def test_an_item_s_own_words_give_its_deadline_where_no_field_does(tmp_path, text, deadline, form):
    [task] = _tasks(_doc(tmp_path, f"1. {text}", form))
    assert task[1:] == (["Sở Tư pháp"], ["Sở Nội vụ"], deadline)


def test_a_time_field_is_the_deadline_over_the_item_s_words(tmp_path):
    """Guard: a field that gives the time wins over a date the work's words cite."""
    items = ("1. Triển khai Kế hoạch số 12/KH-UBND ngày 05/3/2026. Cơ quan chủ trì: Sở Tư pháp; thời gian: tháng "
             "8/2026.")
    assert [task[3] for task in _tasks(_doc(tmp_path, items))] == ["2026-08-31"]


def test_a_cited_document_s_date_is_no_deadline(tmp_path):
    items = "1. Triển khai Kế hoạch số 12/KH-UBND ngày 05/3/2026 của UBND tỉnh. Cơ quan chủ trì: Sở Tư pháp."
    assert [task[3] for task in _tasks(_doc(tmp_path, items))] == [None]


# --- 3. partners before a field, and a bracket whose clause holds a ";" ------------------------------------------------

@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("text", [
    "Kiện toàn tổ chức bộ máy. Sở Nội vụ chủ trì, phối hợp với các sở, ngành; thời gian: tháng 8/2026.",
    "Kiện toàn tổ chức bộ máy (Sở Nội vụ chủ trì, phối hợp với các sở, ngành; thời gian: tháng 8/2026).",
    "Kiện toàn tổ chức bộ máy (Sở Nội vụ chủ trì, phối hợp với các sở, ngành; hoàn thành trong tháng 8/2026).",
], ids=["run_in_field", "bracket_field", "bracket_words"])
def test_partners_before_a_field_or_a_bracket_s_clause_are_kept(tmp_path, text, form):
    assert _part_two(_doc(tmp_path, f"1. {text}", form)) == {
        ("Sở Nội vụ", "lead", "2026-08-31"), ("các sở, ngành", "support", "2026-08-31")}


# --- 4. a body's name in a field that goes on in prose -----------------------------------------------------------------

@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(("field", "name"), [
    ("Cơ quan tham mưu: Sở Nội vụ là cơ quan thường trực, tham mưu UBND tỉnh theo dõi việc thực hiện.", "Sở Nội vụ"),
    ("Cơ quan chủ trì: Sở Tư pháp là cơ quan đầu mối, tổng hợp kết quả thực hiện.", "Sở Tư pháp"),
    ("Đơn vị chủ trì: Văn phòng UBND tỉnh là đơn vị đầu mối theo dõi, đôn đốc.", "Văn phòng UBND tỉnh"),
    ("Cơ quan thực hiện: Sở Y tế là thường trực Ban Chỉ đạo, tổng hợp kết quả.", "Sở Y tế"),
], ids=["thuong_truc", "dau_moi", "don_vi", "thuong_truc_ban"])
def test_a_field_s_body_ends_before_the_prose_after_it(tmp_path, field, name, form):
    items = f"1. Tuyên truyền, phổ biến Luật\n- Cơ quan chủ trì: Sở Tư pháp.\n- Thời hạn: Quý III/2026.\n2. {field}"
    doc = _doc(tmp_path, items, form)
    assert {a.agency.name for a in doc.assignments if a.section == "sec_II__item_2"} == {name}


# --- 5. a plan's standing rule over a recurring time is no task ------------------------------------------------------

@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("part", [
    "2. Chế độ báo cáo\n- Thời hạn: trước ngày 15 tháng 12 hằng năm.\n- Nội dung: kết quả thực hiện Kế hoạch.",
    "2. Chế độ thông tin, báo cáo\na) Thời hạn gửi báo cáo: định kỳ 6 tháng, trước ngày 15/6 và 15/12 hằng năm.",
    "2. Chế độ họp giao ban\n- Thời gian: hằng quý.",
    "2. Sơ kết, tổng kết\n- Thời gian: hằng năm.",
], ids=["report_dash", "report_letter", "meetings", "reviews"])
def test_a_standing_rule_over_a_recurring_time_is_no_task(tmp_path, part, form):
    items = f"1. Hoàn thiện thể chế\n- Cơ quan chủ trì: Sở Tư pháp.\n- Thời hạn: Quý IV/2026.\n{part}"
    assert [task[0] for task in _tasks(_doc(tmp_path, items, form))] == ["Hoàn thiện thể chế"]


@pytest.mark.parametrize("part", [
    "2. Tổ chức kiểm tra việc thực hiện\n- Thời hạn: hằng năm.",  # a work: its verb
    "2. Chế độ báo cáo\n- Cơ quan chủ trì: Sở Tư pháp.\n- Thời hạn: trước ngày 15 tháng 12 hằng năm.",  # a body leads it
    "2. Hội thảo khoa học về chuyển đổi số\n- Thời hạn: Quý III/2026.",  # a time that does not recur
], ids=["work", "led", "once"])
def test_a_work_a_led_part_or_a_time_that_does_not_recur_stays_a_task(tmp_path, part):
    items = f"1. Hoàn thiện thể chế\n- Cơ quan chủ trì: Sở Tư pháp.\n- Thời hạn: Quý IV/2026.\n{part}"
    assert len(_tasks(_doc(tmp_path, items))) == 2


# --- 6. a head named by the person who holds the post -----------------------------------------------------------------

@pytest.mark.parametrize(("head", "end", "point", "expected"), [
    (PROVINCE_NOTICE, OFFICE_END, "1. Chủ tịch UBND tỉnh Hoàng Văn Sơn yêu cầu Sở Tài chính rà soát các dự án chậm "
     "giải ngân.", {("lead", "Sở Tài chính", None)}),
    (PROVINCE_NOTICE, OFFICE_END, "2. Phó Chủ tịch Thường trực UBND tỉnh Đặng Thị Mai giao Sở Nội vụ chủ trì, phối "
     "hợp với Sở Tài chính hoàn thành trước ngày 30/6/2026.",
     {("lead", "Sở Nội vụ", "2026-06-30"), ("support", "Sở Tài chính", "2026-06-30")}),
    (GOVERNMENT_NOTICE, GOVERNMENT_END, "2. Phó Thủ tướng Chính phủ Lê Văn Minh giao Bộ Y tế chủ trì rà soát danh mục "
     "thuốc.", {("lead", "Bộ Y tế", None)}),
], ids=["chairman", "standing_deputy", "deputy_prime_minister"])
@pytest.mark.parametrize("form", FORMS)
def test_a_head_named_by_the_person_asks_for_the_post_s_body(tmp_path, head, end, point, expected, form):
    assert _duties(tmp_path, [*head, point, *end], form) == expected


def test_a_place_after_a_post_is_no_person(tmp_path):
    """Guard: "Chủ tịch UBND tỉnh Hà Giang" ends with a place, its family-name-like word no person's."""
    lines = ["ỦY BAN NHÂN DÂN", "TỈNH HÀ GIANG", *MOTTO, "Số: 15/CT-UBND", "Hà Giang, ngày 20 tháng 5 năm 2026",
             "CHỈ THỊ", "Về tăng cường phòng, chống thiên tai", "Mùa mưa bão năm 2026 được dự báo diễn biến phức tạp.",
             "Chủ tịch UBND tỉnh Hà Giang yêu cầu Giám đốc Sở Nông nghiệp và Môi trường chủ trì rà soát các công trình "
             "đê điều, hoàn thành trước ngày 30/6/2026.",
             "Nơi nhận:", "- Lưu: VT.", "CHỦ TỊCH", "Nguyễn Văn Sơn"]
    assert _duties(tmp_path, lines, "text") == {("lead", "Sở Nông nghiệp và Môi trường", "2026-06-30")}


# --- 7. field lines with no mark, as a site copies them -------------------------------------------------------------

@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(("lead", "support", "deadline"), [
    ("Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"),
    ("Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"),
    ("Chủ trì", "Phối hợp", "Tiến độ thực hiện"),
], ids=["co_quan", "don_vi", "bare"])
def test_field_lines_with_no_mark_make_the_item_a_task(tmp_path, lead, support, deadline, form):
    items = (f"1. Xây dựng kho dữ liệu dùng chung\n{lead}: Sở Khoa học và Công nghệ\n{support}: Các sở, ban, ngành\n"
             f"{deadline}: Năm 2026\n2. Đào tạo kỹ năng số cho cán bộ\n{lead}: Sở Nội vụ\n{deadline}: Quý III/2026")
    doc = _doc(tmp_path, items, form)
    assert _tasks(doc) == [
        ("Xây dựng kho dữ liệu dùng chung", ["Sở Khoa học và Công nghệ"], ["Các sở, ban, ngành"], "2026-12-31"),
        ("Đào tạo kỹ năng số cho cán bộ", ["Sở Nội vụ"], [], "2026-09-30")]
    assert _part_two(doc) == set()  # base: "Cơ quan" read as a body leading a duty


def test_a_value_wrapped_onto_the_next_line_goes_on(tmp_path):
    """Guard: a line that opens with no label goes on the value above it."""
    items = ("1. Xây dựng kho dữ liệu dùng chung\n- Cơ quan chủ trì: Sở Khoa học và Công nghệ\n- Cơ quan phối hợp: "
             "Sở Tài chính, Sở Nội vụ,\nVăn phòng UBND tỉnh\n- Thời gian hoàn thành: Năm 2026")
    assert _tasks(_doc(tmp_path, items)) == [
        ("Xây dựng kho dữ liệu dùng chung", ["Sở Khoa học và Công nghệ"],
         ["Sở Tài chính", "Sở Nội vụ", "Văn phòng UBND tỉnh"], "2026-12-31")]


# --- 8. a body's name, a colon, its duty in capitals ----------------------------------------------------------------

@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(("text", "expected"), [
    ("Sở Tài chính: Tham mưu UBND tỉnh bố trí kinh phí thực hiện Kế hoạch.", {("Sở Tài chính", "lead", None)}),
    ("Sở Tài chính: Tham mưu bố trí kinh phí; phối hợp với Sở Nội vụ hướng dẫn thanh quyết toán.",
     {("Sở Tài chính", "lead", None), ("Sở Nội vụ", "support", None)}),
    ("Ủy ban nhân dân các xã, phường: Tổ chức triển khai Kế hoạch tại địa phương, hoàn thành trong quý III/2026.",
     {("Ủy ban nhân dân các xã, phường", "lead", "2026-09-30")}),
], ids=["known_name", "with_partner", "collective_verb"])
def test_a_body_s_name_ends_at_the_colon_before_its_duty(tmp_path, text, expected, form):
    assert _part_two(_doc(tmp_path, f"1. {text}", form)) == expected


def test_names_listed_after_a_collective_s_colon_are_read_as_before(tmp_path):
    """Guard: "Giám đốc các sở: Tư pháp, Nội vụ, Tài chính" lists the bodies after the colon."""
    items = "1. Giám đốc các sở: Tư pháp, Nội vụ, Tài chính chủ trì rà soát văn bản thuộc lĩnh vực quản lý."
    assert _part_two(_doc(tmp_path, items)) == {("Sở Tư pháp", "lead", None), ("Sở Nội vụ", "lead", None),
                                                ("Sở Tài chính", "lead", None)}


# --- 9. a Party plan: committees in small letters, an office that helps a standing board ---------------------------

PARTY_PLAN = ["TỈNH ỦY THANH HÓA", "*", "Số 45-KH/TU", "ĐẢNG CỘNG SẢN VIỆT NAM", "Thanh Hóa, ngày 10 tháng 3 năm 2026",
              "KẾ HOẠCH", "Thực hiện Chỉ thị của Bộ Chính trị về công tác dân vận", "I. MỤC ĐÍCH, YÊU CẦU",
              "1. Quán triệt sâu sắc nội dung Chỉ thị.", "II. TỔ CHỨC THỰC HIỆN"]
PARTY_END = ["Nơi nhận:", "- Lưu: VT.", "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Lê Văn Sơn"]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(("point", "expected"), [
    ("1. Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy xây dựng kế hoạch thực hiện, hoàn thành trước ngày "
     "15/4/2026.", {("lead", "Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy", "2026-04-15")}),
    ("1. Các cấp ủy xây dựng kế hoạch thực hiện.", {("lead", "Các cấp ủy", None)}),
    ("1. Ban Dân vận Tỉnh ủy chủ trì, phối hợp với các huyện ủy, thành ủy tổ chức quán triệt.",
     {("lead", "Ban Dân vận Tỉnh ủy", None), ("support", "các huyện ủy, thành ủy", None)}),
    ("1. Văn phòng Tỉnh ủy giúp Ban Thường vụ Tỉnh ủy theo dõi, đôn đốc việc thực hiện Kế hoạch.",
     {("lead", "Văn phòng Tỉnh ủy", None)}),
], ids=["committees", "all_levels", "committees_support", "helps"])
def test_a_party_plan_s_bodies(tmp_path, point, expected, form):
    assert _duties(tmp_path, [*PARTY_PLAN, point, *PARTY_END], form) == expected


def test_help_in_a_body_s_name_is_no_verb(tmp_path):
    """Guard: "giúp" ends the bodies only before a body's name ("Trung tâm Trợ giúp pháp lý" is one name)."""
    items = "1. Trung tâm Trợ giúp pháp lý nhà nước tỉnh tổ chức trợ giúp pháp lý lưu động tại các xã."
    assert _part_two(_doc(tmp_path, items)) == {("Trung tâm Trợ giúp pháp lý nhà nước tỉnh", "lead", None)}


def test_a_duty_opening_with_the_body_s_role_keeps_its_partners(tmp_path):
    items = ("1. Trách nhiệm của các cơ quan, đơn vị\na) Sở Văn hóa, Thể thao và Du lịch\n- Là cơ quan thường trực, chủ "
             "trì, phối hợp với Sở Tài chính triển khai thực hiện Kế hoạch.")
    assert ("Sở Tài chính", "support", None) in _part_two(_doc(tmp_path, items))


def test_a_stray_closing_bracket_ends_no_clause_reading(tmp_path):
    """Guard (review of the bracket rule): a ")" with no "(" before it (a marker "1)" inside a paragraph, an OCR
    slip) leaves no bracket open, so the clauses after it are read as on main."""
    items = "1. Rà soát các cơ sở 1) trên địa bàn; Sở Tài chính bố trí kinh phí; Sở Nội vụ hướng dẫn thực hiện."
    assert _part_two(_doc(tmp_path, items)) == {("Sở Tài chính", "lead", None), ("Sở Nội vụ", "lead", None)}


# --- review (s56): the words around a bracket of fields; a label wrapped onto the next line ---------------------------

@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(("text", "expected"), [
    ("Xây dựng Đề án (chủ trì: Sở Nội vụ; phối hợp: Sở Tài chính), trình UBND tỉnh phê duyệt trong quý III/2026.",
     ("Xây dựng Đề án, trình UBND tỉnh phê duyệt trong quý III/2026.", ["Sở Nội vụ"], ["Sở Tài chính"], "2026-09-30")),
    ("Rà soát (chủ trì: Sở Nội vụ) các quy định về lưu trữ, báo cáo UBND tỉnh trước ngày 30/6/2026.",
     ("Rà soát các quy định về lưu trữ, báo cáo UBND tỉnh trước ngày 30/6/2026.", ["Sở Nội vụ"], [], "2026-06-30")),
    ("Rà soát thủ tục hành chính (theo Nghị định số 30/2020/NĐ-CP; cơ quan chủ trì: Sở Tư pháp; thời hạn: quý II/2026).",
     ("Rà soát thủ tục hành chính (theo Nghị định số 30/2020/NĐ-CP)", ["Sở Tư pháp"], [], "2026-06-30")),
], ids=["words_after", "bracket_inside", "bracket_of_its_own_first"])
def test_an_item_s_words_around_its_bracket_of_fields_are_its_content(tmp_path, text, expected, form):
    """Review: the content was the text up to the first field only ("Rà soát"), or kept the bracket's own words open
    ("Rà soát thủ tục hành chính (theo Nghị định số 30/2020/NĐ-CP;")."""
    assert _tasks(_doc(tmp_path, f"1. {text}", form)) == [expected]


@pytest.mark.parametrize("form", FORMS)
def test_a_label_wrapped_onto_the_next_line_is_one_label(tmp_path, form):
    """Guard (review): a label's words in small letters on the next line ("- Cơ quan" / "chủ trì: Sở Y tế", a narrow
    column) go on the line above, as on main; a break kept before them made "Thời gian" a task of its own and lost the
    item's deadline."""
    items = ("1. Xây dựng kho dữ liệu dùng chung\n- Cơ quan\nchủ trì: Sở Y tế\n- Đơn vị\nphối hợp: Sở Tài chính\n"
             "- Thời gian\nhoàn thành: Năm 2026")
    assert _tasks(_doc(tmp_path, items, form)) == [
        ("Xây dựng kho dữ liệu dùng chung", ["Sở Y tế"], ["Sở Tài chính"], "2026-12-31")]
