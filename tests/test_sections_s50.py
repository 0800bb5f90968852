"""s50: plans written by other hands — deadlines that list quarters without their year, collectives of kind words in
small letters, bullets-only items and a directive in plain paragraphs.

FACTS (the shapes; every fixture is written for the test, names and numbers made up):
- A plan's time cell or field often lists the quarters a report is due in without a year: "Quý II, IV", "Quý II và
  IV", "Quý III, IV." (the year is the plan's), "Quý II, IV hằng năm" (every year), "Quý I - II"; a list that runs on
  into the next year ("Quý IV, I") names a quarter of a year it does not print.
- Reports are also due twice a year by day or month ("trước ngày 15/6 và 15/12", "Tháng 6 và tháng 12 hằng năm"),
  for a half year ("6 tháng đầu năm"), at an interval ("định kỳ 6 tháng"), over two years ("năm 2026 - 2027"), or in a
  quarter with its last day in brackets ("Trong Quý II/2026 (trước 30/6/2026)").
- A district's or a department's own units are named as one collective of kind words in small letters: "Các phòng,
  ban thuộc UBND cấp huyện", "các phòng, ban chuyên môn thuộc UBND cấp huyện", "Các phòng, ban, đơn vị thuộc Sở".
- A plan may give its items under a numbered heading as "-" bullets only, a bullet wrapped over two lines, "+"
  sub-bullets, a bullet opening in small letters; a directive may give each body's duty as a plain paragraph with no
  number ("Các sở, ban, ngành …" / "Ủy ban nhân dân các huyện …").
"""

from __future__ import annotations

import pytest
from conftest import write_in_form, write_with_table
from section_trees import lines_lost, read

from pipeline.run import process
from pipeline.stages.agencies import split_agencies
from pipeline.stages.deadlines import deadline_doubt, parse_deadline

PROVINCE = ["ỦY BAN NHÂN DÂN", "TỈNH BẮC HÀ"]
MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Bắc Hà, ngày 3 tháng 4 năm 2026"]
PLAN = [*PROVINCE, "Số: 77/KH-UBND", *MOTTO, "KẾ HOẠCH", "Phát triển làng nghề năm 2026",
        "Thực hiện Nghị quyết số 11/NQ-HĐND của HĐND tỉnh, UBND tỉnh ban hành Kế hoạch như sau:"]
CLOSE = ["Nơi nhận:", "- Các sở, ngành;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH",
         "Lò Văn Sơn"]
FORMS = ["text", "docx", "html"]

# --- quarters listed without their year: the span of every quarter listed, or none --------------------------------

QUARTER_LISTS = {  # printed: (start, end) read in a plan of 2026, None for no period
    "Quý II, IV": ("2026-04-01", "2026-12-31"),
    "Quý II và IV": ("2026-04-01", "2026-12-31"),
    "Quý III, IV.": ("2026-07-01", "2026-12-31"),
    "Quý I-II": ("2026-01-01", "2026-06-30"),
    "quý 2, quý 4": ("2026-04-01", "2026-12-31"),
    "Quý IV, I": None,  # on into a year it does not print
    "Quý IV, I/2027": None,
}


@pytest.mark.parametrize("printed", sorted(QUARTER_LISTS))
def test_quarters_listed_without_their_year_give_every_quarter_or_no_period(printed):
    """The last quarter is never dropped: "Quý II, IV" is due by the end of the fourth, not the second."""
    deadline = parse_deadline(printed, 2026)
    expected = QUARTER_LISTS[printed]
    assert ((deadline.start, deadline.end) if deadline.start or deadline.end else None) == expected
    if expected is None:
        assert "no period read" in (deadline_doubt(deadline) or "")


@pytest.mark.parametrize("printed", ["Quý II, IV", "Quý I và Quý III"])
def test_quarters_listed_in_a_plan_with_no_year_of_its_own_give_no_period(printed):
    deadline = parse_deadline(printed, None)
    assert (deadline.start, deadline.end) == (None, None)
    assert "no period read" in deadline_doubt(deadline)


@pytest.mark.parametrize("printed, quarter", [("Quý 1, 2 lần", ("2026-01-01", "2026-03-31")),
                                              ("Quý II, 3 tháng", ("2026-04-01", "2026-06-30")),
                                              ("Quý 2, 2026", ("2026-04-01", "2026-06-30"))])
def test_a_quarter_before_a_count_or_a_year_is_no_list(printed, quarter):
    """The figure after the comma counts something ("2 lần", "3 tháng") or is the year: one quarter."""
    deadline = parse_deadline(printed, 2026)
    assert (deadline.start, deadline.end) == quarter


# --- the periods plans print twice a year, for a half year, at an interval, over two years -------------------------

PERIODS = {  # printed: (start, end, recurring, a doubt warned)
    "Quý II, IV hằng năm": (None, None, "hằng năm", False),
    "Quý I và Quý III": ("2026-01-01", "2026-09-30", None, True),
    "Tháng 6 và tháng 12 hằng năm": (None, None, "hằng năm", False),
    "trước ngày 15/6 và 15/12": (None, "2026-12-15", None, True),
    "6 tháng đầu năm": ("2026-01-01", "2026-06-30", None, False),
    "định kỳ 6 tháng": (None, None, "định kỳ", False),
    "năm 2026 - 2027": ("2026-01-01", "2027-12-31", None, False),
    "Trong Quý II/2026 (trước 30/6/2026)": ("2026-04-01", "2026-06-30", None, False),
}


@pytest.mark.parametrize("printed", sorted(PERIODS))
def test_twice_yearly_half_year_interval_and_two_year_periods(printed):
    """Each read as the period(s) it names; several deadlines store their span and say so; never one of them alone."""
    deadline = parse_deadline(printed, 2026)
    start, end, recurring, doubted = PERIODS[printed]
    assert (deadline.start, deadline.end, deadline.recurring) == (start, end, recurring)
    assert (deadline_doubt(deadline) is not None) == doubted


ITEM_PLAN = [*PLAN, "I. MỤC TIÊU", "Khôi phục 12 làng nghề.", "II. NHIỆM VỤ",
             "1. Rà soát làng nghề", "- Cơ quan chủ trì: Các phòng, ban thuộc UBND cấp huyện.",
             "- Cơ quan phối hợp: Các phòng, ban, đơn vị thuộc Sở.", "- Thời gian hoàn thành: Quý II, IV.",
             "2. Báo cáo kết quả", "- Cơ quan chủ trì: Sở Công Thương.",
             "- Cơ quan phối hợp: Sở Tài chính, các phòng, ban chuyên môn thuộc UBND cấp huyện.",
             "- Thời gian hoàn thành: Quý IV, I.", *CLOSE]


@pytest.fixture(scope="module", params=FORMS)
def item_plan(request, tmp_path_factory):
    return process(write_in_form(tmp_path_factory.mktemp(request.param), ITEM_PLAN, request.param))


def test_a_task_items_quarter_list_keeps_its_last_quarter(item_plan):
    first, second = item_plan.tasks
    assert (first.deadline.start, first.deadline.end) == ("2026-04-01", "2026-12-31")
    assert (second.deadline.start, second.deadline.end) == (None, None)
    doubts = [w.message for w in item_plan.warnings if w.code == "deadline_doubt"]
    assert any("Quý IV, I" in m and "no period read" in m for m in doubts)


# --- a collective of kind words in small letters is one collective ------------------------------------------------

COLLECTIVES = {
    "Các phòng, ban thuộc UBND cấp huyện": ["Các phòng, ban thuộc UBND cấp huyện"],
    "Các phòng, ban, đơn vị thuộc Sở": ["Các phòng, ban, đơn vị thuộc Sở"],
    "Sở Tài chính, các phòng, ban chuyên môn thuộc UBND cấp huyện":
        ["Sở Tài chính", "các phòng, ban chuyên môn thuộc UBND cấp huyện"],
    "các phòng, ban thuộc Sở; Công an tỉnh": ["các phòng, ban thuộc Sở", "Công an tỉnh"],
    "Các phòng, ban chức năng của huyện": ["Các phòng, ban chức năng của huyện"],
    # a kind word before a name in capitals names that body: no collective to join
    "Các phòng, Ban Quản lý dự án huyện": ["Các phòng", "Ban Quản lý dự án huyện"],
}


@pytest.mark.parametrize("cell", sorted(COLLECTIVES))
def test_a_collective_of_kind_words_in_small_letters_is_not_split_at_its_comma(cell):
    assert split_agencies(cell) == COLLECTIVES[cell]


def test_a_task_items_collective_is_one_unresolved_body(item_plan):
    first, second = item_plan.tasks
    assert [(m.name, m.agency_id) for m in first.lead] == [("Các phòng, ban thuộc UBND cấp huyện", None)]
    assert [m.name for m in first.support] == ["Các phòng, ban, đơn vị thuộc Sở"]
    assert [m.name for m in second.support] == ["Sở Tài chính", "các phòng, ban chuyên môn thuộc UBND cấp huyện"]


TABLE = [["TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
         ["1", "Rà soát làng nghề", "Các phòng, ban thuộc UBND cấp huyện", "Sở Tài chính", "Quý II, IV"],
         ["2", "Tập huấn", "Sở Nội vụ", "Các phòng, ban thuộc UBND cấp huyện, Sở Y tế", "Quý II, IV hằng năm"]]


@pytest.mark.parametrize("form", ["html", "docx"])
def test_a_task_tables_collective_and_quarter_list(tmp_path, form):
    doc = process(write_with_table(tmp_path, [*PLAN, "II. NHIỆM VỤ"], TABLE, CLOSE, form))
    first, second = doc.tasks
    assert [m.name for m in first.lead] == ["Các phòng, ban thuộc UBND cấp huyện"]
    assert [m.name for m in second.support] == ["Các phòng, ban thuộc UBND cấp huyện", "Sở Y tế"]
    assert (first.deadline.start, first.deadline.end) == ("2026-04-01", "2026-12-31")
    assert (second.deadline.start, second.deadline.end, second.deadline.recurring) == (None, None, "hằng năm")


# --- bullets only under a numbered heading: every bullet a node -----------------------------------------------------

BULLETS = [*PLAN, "I. MỤC TIÊU", "Khôi phục 12 làng nghề.", "II. NHIỆM VỤ", "1. Tuyên truyền",
           "- Sở Văn hóa đăng tin trên báo tỉnh, hoàn thành trong Quý II/2026;",
           "- Sở Tài chính bố trí kinh phí cho các làng nghề", "theo dự toán được duyệt;",
           "- các huyện báo cáo kết quả hằng quý;", "+ huyện Đông báo cáo tháng 6;", "+ huyện Tây báo cáo tháng 12;",
           "- Sở Y tế kiểm tra an toàn thực phẩm.", "2. Kiểm tra", "- Sở Công Thương kiểm tra hằng quý.",
           "III. TỔ CHỨC THỰC HIỆN", "Sở Công Thương theo dõi.", *CLOSE]


@pytest.mark.parametrize("form", FORMS)
def test_bullets_only_items_each_a_node(tmp_path, form):
    """A wrapped bullet, "+" sub-bullets and a bullet in small letters: each bullet its own node, none lost."""
    doc = read(tmp_path, BULLETS, form)
    (part,) = [n for n in doc.sections if n.label == "II."]
    item = part.children[0]
    assert [c.kind for c in item.children] == ["dash"] * 4
    assert item.children[1].text.endswith("theo dự toán được duyệt;")
    assert [c.kind for c in item.children[2].children] == ["plus", "plus"]
    assert lines_lost(doc, BULLETS) == []


# --- a directive in plain paragraphs: each paragraph kept on its own ---------------------------------------------

DIRECTIVE_PARAGRAPHS = [
    "Các sở, ban, ngành tỉnh rà soát phương án phòng cháy tại cơ quan, hoàn thành trong Quý II/2026.",
    "Ủy ban nhân dân các huyện, thành phố chỉ đạo các xã kiểm tra khu dân cư, báo cáo trước ngày 15/6 và 15/12.",
    "Công an tỉnh chủ trì, phối hợp với Sở Tài chính kiểm tra rừng, định kỳ 6 tháng báo cáo.",
]
DIRECTIVE = [*PROVINCE, "Số: 02/CT-UBND", *MOTTO, "CHỈ THỊ", "Về tăng cường phòng cháy, chữa cháy mùa khô",
             "Mùa khô năm nay dự báo nắng nóng kéo dài. Để chủ động phòng cháy, Chủ tịch UBND tỉnh chỉ thị:",
             *DIRECTIVE_PARAGRAPHS, "Yêu cầu Thủ trưởng các sở, ngành, Chủ tịch UBND các huyện nghiêm túc thực hiện Chỉ "
             "thị này./.", "Nơi nhận:", "- Bộ Công an;", "- Lưu: VT.", "CHỦ TỊCH", "Đinh Công Hào"]


@pytest.mark.parametrize("form", FORMS)
def test_a_directive_in_plain_paragraphs_keeps_each_paragraph_whole(tmp_path, form):
    """The document is one body node, each body's paragraph a line of its own: no two bodies' paragraphs joined."""
    doc = read(tmp_path, DIRECTIVE, form)
    (body,) = [n for n in doc.sections if n.kind == "body"]
    lines = body.text.split("\n")
    for paragraph in DIRECTIVE_PARAGRAPHS:
        assert paragraph in lines
    assert lines_lost(doc, DIRECTIVE) == []
