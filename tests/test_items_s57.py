"""Tasks and duties given in prose (s57): a duty that opens with its body's role, work handed on after its words, field
labels of the focal body and of the date, a kind word alone before a label the lists lack.

    a) Sở Y tế
    - Là cơ quan thường trực, chủ trì, phối hợp với Sở Tài chính triển khai Kế hoạch.
    1. Rà soát quy chế …, giao Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp thực hiện, hoàn thành trong quý II/2026.

Before s57 the first lost its partner, the second gave no duty at all. The plans here are this file's own words.
"""

from __future__ import annotations

import pytest

from test_items_s56 import _doc, _part_two, _tasks

FORMS = ("text", "docx", "html")
BODIES = "1. Trách nhiệm của các cơ quan, đơn vị\n"


# --- 1. a duty under a body's heading that opens with the body's role -----------------------------------------------

@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(("items", "expected"), [
    (BODIES + "a) Sở Y tế\n- Là cơ quan thường trực của Ban Chỉ đạo, chủ trì, phối hợp với Sở Tài chính và Công an "
     "tỉnh triển khai Kế hoạch.", {("Sở Y tế", "lead"), ("Sở Tài chính", "support"), ("Công an tỉnh", "support")}),
    (BODIES + "a) Sở Nội vụ\n- Là cơ quan đầu mối, phối hợp với Sở Tư pháp hướng dẫn thực hiện.",
     {("Sở Nội vụ", "lead"), ("Sở Tư pháp", "support")}),
    (BODIES + "a) Sở Y tế:\n+ Là đơn vị đầu mối, chủ trì phối hợp với Sở Nội vụ, Sở Tài chính tổ chức thực hiện.",
     {("Sở Y tế", "lead"), ("Sở Nội vụ", "support"), ("Sở Tài chính", "support")}),
    (BODIES + "a) Sở Y tế\n- Là cơ quan thường trực; chủ trì, phối hợp với Sở Tài chính triển khai thực hiện.",
     {("Sở Y tế", "lead"), ("Sở Tài chính", "support")}),
    (BODIES + "a) Sở Y tế\n- Là cơ quan đầu mối phối hợp với Sở Tài chính triển khai Kế hoạch.",
     {("Sở Y tế", "lead"), ("Sở Tài chính", "support")}),
    ("1. Sở Khoa học và Công nghệ: Là cơ quan thường trực, chủ trì, phối hợp với Sở Nội vụ theo dõi, đôn đốc thực "
     "hiện Kế hoạch.", {("Sở Khoa học và Công nghệ", "lead"), ("Sở Nội vụ", "support")}),
], ids=["standing_body_of_a_board", "focal_body", "focal_unit_plus", "semicolon", "no_comma", "run_in_after_colon"])
def test_a_duty_opening_with_the_body_s_role_keeps_its_partners(tmp_path, items, expected, form):
    assert {(name, role) for name, role, _ in _part_two(_doc(tmp_path, items, form))} == expected


@pytest.mark.parametrize("duty", [
    "- Hướng dẫn các cơ quan chủ trì nhiệm vụ phối hợp với Sở Tài chính lập dự toán.",
    "- Hướng dẫn Ủy ban MTTQ cấp xã phối hợp với UBND cấp xã tuyên truyền.",
], ids=["kind_as_object", "guided_body_s_partner"])
def test_a_partner_of_another_body_is_no_partner_of_the_heading_s_body(tmp_path, duty):
    """Guard: words of work before "phối hợp" still end the partners' search (the partner is the guided body's)."""
    assert {(name, role) for name, role, _ in _part_two(_doc(tmp_path, f"{BODIES}a) Sở Y tế\n{duty}"))} == {
        ("Sở Y tế", "lead")}


# --- 2. work handed on after its words ------------------------------------------------------------------------------

WORK = "Rà soát, hoàn thiện quy chế quản lý dữ liệu"


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(("text", "expected"), [
    (f"{WORK}, giao Sở Nội vụ chủ trì, phối hợp Sở Tư pháp thực hiện, hoàn thành trong quý II/2026.",
     {("Sở Nội vụ", "lead", "2026-06-30"), ("Sở Tư pháp", "support", "2026-06-30")}),
    (f"{WORK}; giao Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp thực hiện, hoàn thành trong quý II/2026.",
     {("Sở Nội vụ", "lead", "2026-06-30"), ("Sở Tư pháp", "support", "2026-06-30")}),
    (f"{WORK}, giao UBND các huyện, thị xã, thành phố chủ trì thực hiện, hoàn thành trong năm 2026.",
     {("UBND các huyện, thị xã, thành phố", "lead", "2026-12-31")}),
    (f"{WORK}, giao các sở, ban, ngành chủ trì, phối hợp với UBND các huyện, thị xã, thành phố thực hiện, hoàn thành "
     "trong năm 2026.", {("các sở, ban, ngành", "lead", "2026-12-31"),
                         ("UBND các huyện, thị xã, thành phố", "support", "2026-12-31")}),
    ("Kiểm tra việc chấp hành pháp luật, giao cho Thanh tra tỉnh báo cáo kết quả trước ngày 15/12/2026.",
     {("Thanh tra tỉnh", "lead", "2026-12-15")}),
    ("Tuyên truyền, vận động Nhân dân, đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phối hợp thực hiện.",
     {("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "requested", None)}),
], ids=["comma", "semicolon", "districts", "departments_and_districts", "given_to", "requested"])
def test_work_handed_on_after_its_words_gives_the_bodies_named(tmp_path, text, expected, form):
    assert _part_two(_doc(tmp_path, f"1. {text}", form)) == expected


def test_work_handed_on_after_another_body_s_clause_is_that_body_s(tmp_path):
    """"Sở Nội vụ rà soát hồ sơ; giao Sở Tài chính bố trí kinh phí trước ngày …": the date was Sở Nội vụ's."""
    items = "1. Sở Nội vụ rà soát hồ sơ; giao Sở Tài chính bố trí kinh phí trước ngày 30/6/2026."
    assert _part_two(_doc(tmp_path, items)) == {("Sở Nội vụ", "lead", None), ("Sở Tài chính", "lead", "2026-06-30")}


@pytest.mark.parametrize("form", ("text", "docx"))
def test_an_item_with_a_time_field_takes_its_lead_from_the_handed_on_clause(tmp_path, form):
    text = (f"{WORK}, giao Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp, Sở Tài chính và các cơ quan liên quan thực "
            "hiện; thời gian hoàn thành: quý II/2026.")
    [(_, lead, support, deadline)] = _tasks(_doc(tmp_path, f"1. {text}", form))
    assert (lead, support, deadline) == (["Sở Nội vụ"], ["Sở Tư pháp", "Sở Tài chính", "các cơ quan liên quan"],
                                         "2026-06-30")


def test_a_heading_s_body_that_asks_after_its_work_keeps_the_duty(tmp_path):
    """Guard: under a body's heading "yêu cầu" is that body asking ("…; yêu cầu các đơn vị lắp đặt …": the firms it
    oversees), no work handed to a body of the plan."""
    items = (f"{BODIES}a) Sở Nông nghiệp và Môi trường\n- Kiểm tra hoạt động khai thác khoáng sản của các tổ chức được "
             "cấp phép; yêu cầu các đơn vị lắp đặt trạm cân, camera giám sát tại các mỏ.")
    assert {(name, role) for name, role, _ in _part_two(_doc(tmp_path, items))} == {("Sở Nông nghiệp và Môi trường", "lead")}


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(("heading", "duty"), [
    ("a) Sở Y tế", "- Tham mưu UBND tỉnh ban hành kế hoạch phòng, chống dịch, giao các đơn vị trực thuộc triển khai."),
    ("a) Sở Y tế:", "+ Rà soát các cơ sở khám bệnh, chữa bệnh, giao Trung tâm Kiểm soát bệnh tật tỉnh giám sát dịch."),
    ("b) Sở Nội vụ", "- Xây dựng quy chế lưu trữ điện tử, giao cho Trung tâm Lưu trữ lịch sử tỉnh số hóa tài liệu."),
], ids=["own_units", "own_centre", "given_to_own_centre"])
def test_under_a_body_s_heading_work_it_hands_on_stays_its_duty(tmp_path, heading, duty, form):
    """Review (s57): under a body's heading that body does the work and hands a part on in the same clause; the
    heading's body is not lost to the one named after ", giao" (the branch read only the latter: "các đơn vị trực
    thuộc" as the lead of Sở Y tế's duty)."""
    body = heading.removeprefix("a) ").removeprefix("b) ").rstrip(":")
    assert {(name, role) for name, role, _ in _part_two(_doc(tmp_path, f"{BODIES}{heading}\n{duty}", form))} == {
        (body, "lead")}


@pytest.mark.parametrize("text", [
    "Tổng kết phong trào thi đua, đề nghị UBND tỉnh khen thưởng các tập thể có thành tích xuất sắc.",
    "Kiểm tra việc chấp hành pháp luật, yêu cầu các đơn vị báo cáo kết quả trước ngày 15/12/2026.",
    "Về công tác cán bộ, giao Sở Nội vụ chủ trì thực hiện.",
], ids=["proposed_to_the_issuer", "asked", "no_work_first"])
def test_no_body_is_handed_work_where_none_is(tmp_path, text):
    """Guards: a proposal to the issuer is the subject's own work; "yêu cầu" after the work is read as before (none);
    a title before the comma hands nothing read."""
    assert _part_two(_doc(tmp_path, f"1. {text}")) == set()


# --- 3. the focal body's and the date's labels; a kind word alone ---------------------------------------------------

@pytest.mark.parametrize("form", ("text", "docx"))
@pytest.mark.parametrize(("lead", "time"), [
    ("Cơ quan đầu mối", "Thời điểm hoàn thành"),
    ("Đơn vị đầu mối thực hiện", "Hạn hoàn thành"),
    ("Cơ quan thực hiện chính", "Thời gian hoàn thành"),
], ids=["focal_body_moment", "focal_unit_due", "main_performer"])
def test_labels_of_the_focal_body_and_of_the_date_give_the_fields(tmp_path, lead, time, form):
    items = (f"1. {WORK}\n- {lead}: Sở Nội vụ.\n- Cơ quan phối hợp: Sở Tư pháp.\n- {time}: 30/6/2026.\n"
             f"2. Xây dựng kho dữ liệu dùng chung\n- {lead}: Sở Khoa học và Công nghệ.\n- {time}: Quý III/2026.")
    assert _tasks(_doc(tmp_path, items, form)) == [
        (WORK, ["Sở Nội vụ"], ["Sở Tư pháp"], "2026-06-30"),
        ("Xây dựng kho dữ liệu dùng chung", ["Sở Khoa học và Công nghệ"], [], "2026-09-30")]


@pytest.mark.parametrize("label", ["Đơn vị chủ trì, tham mưu", "Cơ quan thực hiện chủ yếu"])
def test_a_kind_word_before_a_label_the_lists_lack_is_no_body(tmp_path, label):
    """Never a confident wrong value: "Đơn vị" / "Cơ quan" were read as the lead's name."""
    items = f"1. {WORK}\n- {label}: Sở Nội vụ.\n- Thời gian hoàn thành: Quý II/2026."
    assert not {name for name, _, _ in _part_two(_doc(tmp_path, items))} & {"Đơn vị", "Cơ quan"}


# --- 4. fields parted by commas; the deadline in an item's heading over its field lines -----------------------------

@pytest.mark.parametrize("form", ("text", "docx"))
@pytest.mark.parametrize(("items", "expected"), [
    (f"1. {WORK}\n- Chủ trì: Sở Nội vụ, phối hợp: Sở Tư pháp.\n- Thời gian: Quý II/2026.",
     (["Sở Nội vụ"], ["Sở Tư pháp"], "2026-06-30")),
    (f"1. {WORK}\n- Chủ trì: Sở Nội vụ, phối hợp: Sở Tư pháp, thời gian: quý III/2026.",
     (["Sở Nội vụ"], ["Sở Tư pháp"], "2026-09-30")),
    (f"1. {WORK}. Cơ quan chủ trì: Sở Nội vụ, cơ quan phối hợp: Sở Tư pháp, Sở Tài chính, thời gian hoàn thành: quý "
     "II/2026.", (["Sở Nội vụ"], ["Sở Tư pháp", "Sở Tài chính"], "2026-06-30")),
    (f"1. {WORK}\n- Cơ quan, đơn vị chủ trì: Sở Nội vụ, cơ quan, đơn vị phối hợp: Sở Tư pháp.\n- Thời hạn: Quý II/2026.",
     (["Sở Nội vụ"], ["Sở Tư pháp"], "2026-06-30")),
], ids=["line_two_fields", "line_three_fields", "run_in", "labels_holding_a_comma"])
def test_a_comma_before_a_label_ends_a_field(tmp_path, items, expected, form):
    """"- Chủ trì: Sở Nội vụ, phối hợp: Sở Tư pháp.": main read no field (a comma ended one only inside a bracket)."""
    [task] = _tasks(_doc(tmp_path, items, form))
    assert task[1:] == expected


@pytest.mark.parametrize("form", ("text", "docx"))
@pytest.mark.parametrize(("head", "deadline"), [
    ("Trong quý II/2026, rà soát, hoàn thiện quy chế quản lý dữ liệu", "2026-06-30"),
    ("Ban hành quy chế quản lý dữ liệu trước ngày 30/6/2026", "2026-06-30"),
    ("Tổ chức tập huấn trong tháng 9/2026", "2026-09-30"),
    ("Tổng kết thực hiện Đề án giai đoạn 2021-2025", None),
    ("Triển khai Kế hoạch số 12/KH-UBND ngày 15/3/2026 của UBND tỉnh", None),
    ("Rà soát số liệu tính đến ngày 31/12/2025", None),
], ids=["time_first", "before_a_day", "in_a_month", "guard_period_named", "guard_cited", "guard_data_date"])
def test_an_item_s_heading_over_its_field_lines_gives_its_deadline(tmp_path, head, deadline, form):
    """No time field among the lines under it: the item's own words give the deadline, as they do when the fields run
    into its text (s56); a period or a date the words only name gives none."""
    items = f"1. {head}\n- Cơ quan chủ trì: Sở Nội vụ.\n- Cơ quan phối hợp: Sở Tư pháp."
    assert _tasks(_doc(tmp_path, items, form)) == [(head, ["Sở Nội vụ"], ["Sở Tư pháp"], deadline)]


# --- left by s57, read since s58 ---------------------------------------------------------------------------------

def test_bullet_items_over_dashed_field_lines(tmp_path):
    items = (f"• {WORK}\n- Cơ quan chủ trì: Sở Nội vụ.\n- Thời gian hoàn thành: Quý II/2026.\n"
             "• Xây dựng kho dữ liệu dùng chung\n- Cơ quan chủ trì: Sở Khoa học và Công nghệ.\n- Thời gian hoàn thành: "
             "tháng 10/2026.")
    assert _tasks(_doc(tmp_path, items)) == [(WORK, ["Sở Nội vụ"], [], "2026-06-30"),
                                             ("Xây dựng kho dữ liệu dùng chung", ["Sở Khoa học và Công nghệ"], [],
                                              "2026-10-31")]


def test_fields_run_in_after_a_dash(tmp_path):
    items = f"1. {WORK} - Chủ trì: Sở Nội vụ; phối hợp: Sở Tư pháp; thời gian: quý II/2026."
    assert _tasks(_doc(tmp_path, items)) == [(WORK, ["Sở Nội vụ"], ["Sở Tư pháp"], "2026-06-30")]


# (s58: the bracket is a remark kept in the lead's name, as "Sở Y tế (đầu mối tổng hợp)" is)
def test_a_label_in_a_bracket_inside_a_field_line_is_no_field_of_the_item(tmp_path):
    items = (f"1. {WORK}\n- Cơ quan chủ trì: Sở Nội vụ (đơn vị đầu mối: Phòng Văn thư); cơ quan phối hợp: Sở Tư "
             "pháp.")
    assert _tasks(_doc(tmp_path, items)) == [(WORK, ["Sở Nội vụ (đơn vị đầu mối: Phòng Văn thư)"], ["Sở Tư pháp"], None)]


@pytest.mark.parametrize("form", ("text", "docx"))
@pytest.mark.parametrize("item", [
    "1. Rà soát quy chế quản lý dữ liệu. Chủ trì: Sở Nội vụ, các cơ quan, đơn vị phối hợp: Sở Tư pháp.",
    "1. Rà soát quy chế quản lý dữ liệu\n- Chủ trì: Sở Nội vụ, các đơn vị, cơ quan phối hợp: Sở Tư pháp, Sở Tài chính.",
], ids=["agencies_and_units", "units_and_agencies"])
def test_a_comma_before_a_collective_s_label_makes_no_lead_of_its_kind_words(tmp_path, item, form):
    """Review (s57): "các cơ quan, đơn vị phối hợp:" is no label the lists know; parting at its inner comma read "các
    cơ quan" as a second lead. The comma stays (read as before: never a kind word as a body)."""
    doc = _doc(tmp_path, item, form)
    leads = {name for _, lead, _, _ in _tasks(doc) for name in lead} | {
        name for name, role, _ in _part_two(doc) if role == "lead"}
    assert not {name.lower() for name in leads} & {"các cơ quan", "các đơn vị"}
