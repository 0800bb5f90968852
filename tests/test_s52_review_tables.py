"""The s52 review of the branch s52-tables: values its new rules lost or read wrong, on our own fixtures.

- "Cuối năm", "Trong năm" in a document dated in December whose title names no year: left to either year (null,
  deadline_year_unknown) in a plan, but a report (Báo cáo) dated then tells of the closing year's work: its "Cuối
  năm" is that year's end, as before the branch (the branch gave null there too).
- A topic's title under a body's heading over its bullets is no duty, matched on its words' folded form: "Vẽ bản đồ
  …" (a verb, to draw) folded is "ve ban do", read as the topic word "Về"; the duty was lost. Now matched with its
  tone marks.
- A year column beside the time column ("Thời gian" | "Năm"): the branch reads "Quý II" | "2027" in 2027, but a row
  whose year cell is empty (a merged year's next row) or names no single year ("2026 - 2027") was read in the plan's
  year, a guess (as on the base): now no period and deadline_doubt.
- Left as found in s52: "Tháng 12 năm 2026, 1 năm 2027" ended 31/12/2027; s53 reads it to 31/1/2027.
"""

from __future__ import annotations

import pytest

from conftest import write_in_form, write_with_table
from pipeline.run import process
from pipeline.stages.deadlines import parse_deadline

AFTER = ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần Văn Bình"]
FORMS = ("text", "docx", "html")


def _opening(date: str, kind: str, symbol: str, title: str) -> list[str]:
    return ["ỦY BAN NHÂN DÂN", "TỈNH NINH BÌNH", f"Số 318/{symbol}", f"Ninh Bình, {date}", kind, title,
            "I. KẾT QUẢ ĐẠT ĐƯỢC", "Các sở, ngành đã chủ động triển khai.", "II. NHIỆM VỤ"]


REPORT_IN_DECEMBER = _opening("ngày 16 tháng 12 năm 2026", "BÁO CÁO", "BC-UBND",
                              "Kết quả thực hiện công tác chuyển đổi số")
PLAN_IN_DECEMBER = _opening("ngày 16 tháng 12 năm 2026", "KẾ HOẠCH", "KH-UBND", "Tổ chức các hoạt động mừng Xuân")
PLAN_2026 = _opening("ngày 12 tháng 2 năm 2026", "KẾ HOẠCH", "KH-UBND", "Phát triển thương mại điện tử năm 2026")
TIME_CELLS = [["TT", "Nội dung", "Cơ quan chủ trì", "Thời gian hoàn thành"],
              ["1", "Số hóa hồ sơ đất đai", "Sở Nông nghiệp và Môi trường", "Cuối năm"],
              ["2", "Nâng cấp cổng dịch vụ công", "Sở Khoa học và Công nghệ", "Trong năm"]]


def _table(tmp_path, before, rows, form):
    doc = process(write_with_table(tmp_path, before, rows, AFTER, form))
    return [(t.deadline.start and str(t.deadline.start), t.deadline.end and str(t.deadline.end)) if t.deadline else None
            for t in doc.tasks], {w.code for w in doc.warnings}


@pytest.mark.parametrize("form", FORMS)
def test_a_report_dated_in_december_reads_its_year_in_words_as_the_closing_years(tmp_path, form):
    periods, warned = _table(tmp_path, REPORT_IN_DECEMBER, TIME_CELLS, form)
    assert periods == [(None, "2026-12-31"), ("2026-01-01", "2026-12-31")]
    assert "deadline_year_unknown" not in warned


@pytest.mark.parametrize("form", FORMS)
def test_a_plan_dated_in_december_still_leaves_its_year_in_words_to_either_year(tmp_path, form):
    periods, warned = _table(tmp_path, PLAN_IN_DECEMBER, TIME_CELLS, form)
    assert periods == [(None, None), (None, None)]
    assert "deadline_year_unknown" in warned


@pytest.mark.parametrize("form", ("text", "docx"))
def test_a_duty_of_a_report_dated_in_december_ends_with_the_closing_year(tmp_path, form):
    lines = REPORT_IN_DECEMBER + ["1. Sở Tài chính tổng hợp kết quả giải ngân, hoàn thành trước cuối năm."] + AFTER
    doc = process(write_in_form(tmp_path, lines, form))
    ends = {str(a.deadline.end) for a in doc.assignments if a.deadline}
    assert ends == {"2026-12-31"}
    assert "deadline_year_unknown" not in {w.code for w in doc.warnings}


def _duties(tmp_path, lines, form):
    doc = process(write_in_form(tmp_path, PLAN_2026 + lines + AFTER, form))
    return {a.duty.strip() for a in doc.assignments}


@pytest.mark.parametrize("form", ("text", "docx"))
@pytest.mark.parametrize("title", ["Vẽ bản đồ hành chính các xã", "Vẽ sơ đồ tuyến phố văn minh"])
def test_a_verb_whose_folded_form_is_a_topic_word_stays_a_duty(tmp_path, form, title):
    lines = ["1. Sở Nội vụ", title, "- Hoàn thành trước ngày 30/6/2026;", "- Báo cáo UBND tỉnh kết quả."]
    assert title in _duties(tmp_path, lines, form)


@pytest.mark.parametrize("form", ("text", "docx"))
@pytest.mark.parametrize("title", ["Về kinh phí thực hiện", "VỀ KINH PHÍ THỰC HIỆN", "Công tác tuyên truyền"])
def test_a_topic_title_over_a_bodys_bullets_is_still_no_duty(tmp_path, form, title):
    lines = ["1. Sở Tài chính", title, "- Bố trí kinh phí thực hiện Kế hoạch."]
    duties = _duties(tmp_path, lines, form)
    assert title not in duties and "Bố trí kinh phí thực hiện Kế hoạch." in duties


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("year_cell", ["", "2026 - 2027"])
def test_a_year_columns_cell_with_no_single_year_gives_no_period_of_the_plans_year(tmp_path, form, year_cell):
    rows = [["TT", "Nội dung", "Cơ quan chủ trì", "Thời gian", "Năm"],
            ["1", "Khảo sát doanh nghiệp", "Sở Công Thương", "Quý II", "2027"],
            ["2", "Hội chợ nông sản", "Sở Công Thương", "Quý III", year_cell],
            ["3", "Hội thảo xúc tiến", "Sở Công Thương", "Thường xuyên", year_cell]]
    periods, warned = _table(tmp_path, PLAN_2026, rows, form)
    assert periods[0] == ("2027-04-01", "2027-06-30")
    assert periods[1] == (None, None)  # not the plan's third quarter of 2026
    assert "deadline_doubt" in warned


def test_a_list_of_months_each_with_its_year_in_words_ends_with_the_last_month():  # fixed in s53 (test_tables_s53.py)
    deadline = parse_deadline("Tháng 12 năm 2026, 1 năm 2027", 2026)
    assert str(deadline.end) in ("2027-01-31", "None")
