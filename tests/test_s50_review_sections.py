"""s50 review of s50-sections: quarters listed without their year, and collectives of kind words in small letters.

FACTS (the shapes; every fixture is written for the test, names and numbers made up):
- A time cell may list quarters without a year and print the year elsewhere in the cell, which may not be the plan's:
  "Quý I, II (2027)", "Quý III, IV 2027", "Quý II, IV (năm 2027)", "Năm 2027: Quý II, IV", "Quý I - II năm học
  2025-2026", or beside another period with its year ("Quý II, IV; tháng 12/2027"). Which year the quarters are of is
  then unsure: no period, and a warning (never the plan's year, never the other period alone).
- A figure after a quarter and a comma may count something rather than name a quarter: "Quý I, 2 báo cáo", "Quý II, 4
  lớp tập huấn", "Quý 3, 2 cuộc kiểm tra": one quarter, not a list of two.
- Where the cell names only the plan's year ("Quý II và IV, năm 2026", "Quý III, IV trong năm") the list is the plan
  year's, every quarter of it kept.
- A collective of kind words in small letters ("Các phòng, ban thuộc …") is one name; a kind word before a name in
  capitals names a body of its own ("Các sở, ban Dân tộc": 'ban' then a capital), and a people's committee after a
  comma is a body of its own.
"""

from __future__ import annotations

import pytest
from conftest import write_in_form, write_with_table

from pipeline.run import process
from pipeline.stages.agencies import split_agencies
from pipeline.stages.deadlines import deadline_doubt, parse_deadline, several_deadlines

PROVINCE = ["ỦY BAN NHÂN DÂN", "TỈNH LAM SƠN"]
MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Lam Sơn, ngày 9 tháng 2 năm 2026"]
PLAN = [*PROVINCE, "Số: 31/KH-UBND", *MOTTO, "KẾ HOẠCH", "Kiểm tra an toàn thực phẩm năm 2026",
        "Thực hiện Chỉ thị số 04/CT-UBND của UBND tỉnh, UBND tỉnh ban hành Kế hoạch như sau:"]
CLOSE = ["Nơi nhận:", "- Các sở, ngành;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH",
         "Hà Văn Tâm"]

# --- a yearless quarter list beside another year: no period, a warning -------------------------------------------

BESIDE_ANOTHER_YEAR = ["Quý I, II (2027)", "Quý III, IV 2027", "Quý II, IV (năm 2027)", "Năm 2027: Quý II, IV",
                       "Quý I - II năm học 2025-2026", "Quý II, IV; tháng 12/2027", "Quý I, II của năm 2027",
                       "Quý III, IV (hoàn thành trước 31/12/2027)"]


@pytest.mark.parametrize("printed", BESIDE_ANOTHER_YEAR)
def test_quarters_without_their_year_beside_another_year_give_no_period(printed):
    """The plan is of 2026: the quarters may be of the year printed beside them; neither year is sure."""
    deadline = parse_deadline(printed, 2026)
    assert (deadline.start, deadline.end) == (None, None)
    assert "no period read" in (deadline_doubt(deadline) or "")


PLAN_YEAR_ONLY = {"Quý II và IV, năm 2026": ("2026-04-01", "2026-12-31"),
                  "Quý III, IV trong năm": ("2026-07-01", "2026-12-31"),
                  "Quý I, II (năm 2026)": ("2026-01-01", "2026-06-30")}


@pytest.mark.parametrize("printed", sorted(PLAN_YEAR_ONLY))
def test_quarters_without_their_year_beside_the_plans_year_keep_every_quarter(printed):
    deadline = parse_deadline(printed, 2026)
    assert (deadline.start, deadline.end) == PLAN_YEAR_ONLY[printed]


# --- a figure after the comma that counts something: one quarter ------------------------------------------------

COUNTED = {"Quý I, 2 báo cáo": ("2026-01-01", "2026-03-31"), "Quý II, 4 lớp tập huấn": ("2026-04-01", "2026-06-30"),
           "Quý 3, 2 cuộc kiểm tra": ("2026-07-01", "2026-09-30")}


@pytest.mark.parametrize("printed", sorted(COUNTED))
def test_a_figure_that_counts_after_a_quarter_is_no_second_quarter(printed):
    deadline = parse_deadline(printed, 2026)
    assert (deadline.start, deadline.end) == COUNTED[printed]


@pytest.mark.parametrize("printed", ["Quý II, 1 lần", "Quý IV, 1 lần"])
def test_a_count_after_a_quarter_names_no_quarter_of_the_next_year(printed):
    """'1 lần' counts times: no list running on into the next year, no several-deadlines warning."""
    assert several_deadlines(printed) == []
    assert deadline_doubt(parse_deadline(printed, 2026)) is None


# --- the same in a document: task items (text, DOCX) and a task table (DOCX, HTML) --------------------------------

ITEMS = [*PLAN, "I. MỤC TIÊU", "Bảo đảm an toàn thực phẩm.", "II. NHIỆM VỤ",
         "1. Kiểm tra cơ sở sản xuất", "- Cơ quan chủ trì: Sở Y tế.", "- Thời gian thực hiện: Quý III, IV (năm 2027).",
         "2. Tập huấn", "- Cơ quan chủ trì: Sở Công Thương.", "- Thời gian thực hiện: Quý II, 4 lớp tập huấn.",
         "3. Báo cáo", "- Cơ quan chủ trì: Sở Nông nghiệp và Môi trường.",
         "- Thời gian thực hiện: Quý II và IV, năm 2026.", *CLOSE]


@pytest.fixture(scope="module", params=["text", "docx"])
def item_plan(request, tmp_path_factory):
    return process(write_in_form(tmp_path_factory.mktemp(request.param), ITEMS, request.param))


def test_task_items_quarter_lists_read_in_a_document(item_plan):
    periods = [(t.deadline.start, t.deadline.end) for t in item_plan.tasks]
    assert periods == [(None, None), ("2026-04-01", "2026-06-30"), ("2026-04-01", "2026-12-31")]
    doubts = [w.message for w in item_plan.warnings if w.code == "deadline_doubt"]
    assert any("Quý III, IV (năm 2027)" in m and "no period read" in m for m in doubts)


TABLE = [["TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"],
         ["1", "Kiểm tra cơ sở sản xuất", "Sở Y tế", "Các sở, ban Dân tộc", "Quý I, II (2027)"],
         ["2", "Tập huấn", "Sở Công Thương", "Các phòng, ban thuộc UBND cấp huyện, UBND các xã", "Quý 3, 2 cuộc kiểm tra"]]


@pytest.mark.parametrize("form", ["docx", "html"])
def test_a_task_tables_quarter_lists_and_collectives(tmp_path, form):
    doc = process(write_with_table(tmp_path, [*PLAN, "II. NHIỆM VỤ"], TABLE, CLOSE, form))
    first, second = doc.tasks
    assert (first.deadline.start, first.deadline.end) == (None, None)
    assert (second.deadline.start, second.deadline.end) == ("2026-07-01", "2026-09-30")
    assert [m.name for m in first.support] == ["Các sở", "ban Dân tộc"]
    assert [m.name for m in second.support] == ["Các phòng, ban thuộc UBND cấp huyện", "UBND các xã"]


# --- collectives of kind words in small letters: what stays apart --------------------------------------------------

APART = {"Các sở, ban Dân tộc": ["Các sở", "ban Dân tộc"],
         "Các sở, ngành, UBND các huyện": ["Các sở, ngành", "UBND các huyện"],
         "Các phòng, ban thuộc huyện, Công an huyện": ["Các phòng, ban thuộc huyện", "Công an huyện"],
         "Sở Nội vụ, các sở, ban thuộc tỉnh": ["Sở Nội vụ", "các sở, ban thuộc tỉnh"]}


@pytest.mark.parametrize("cell", sorted(APART))
def test_a_body_beside_a_small_letter_collective_stays_apart(cell):
    assert split_agencies(cell) == APART[cell]
