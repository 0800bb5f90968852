"""The s41 review's findings on indicator tables (fixtures written for the test; names and numbers made up):
- "Còn 5% chưa giải ngân", "Còn 3 xã chưa đạt": what is left, not the level reached ("còn" alone marks no target,
  data/target_words.csv `remains`); a fall "to" a level ("Giảm còn 2%", "Còn dưới 17%", "Giảm xuống còn 1,8%") is
  read; "Giảm xuống 30 thủ tục", "Hạ xuống 2 bậc" (by 30 or to 30?) are not, unless a share ("Giảm xuống 1,8%"),
  a comparator or "còn"/"mức" follows (`fall_to`);
- a list's dash before a figure ("- 100%", "– 1,5%") is no minus: a sign only stuck to its figure ("-4,13");
- a status word with a share in brackets ("Đạt (100%)", "Vượt (120%)") is an assessment, never the indicator's value,
  and a copy as text no longer joins it to the result before it.
"""

from __future__ import annotations

import pytest

from pipeline.stages.indicators import read_target
from test_report_tables import _PLAN, _document

_PLAN_HEADER = [["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2025", "Ước thực hiện năm 2025", "Kế hoạch năm 2026"]]


@pytest.mark.parametrize("printed", [
    "Còn 5% chưa giải ngân", "Còn 3 xã chưa đạt", "Còn 4%", "Còn 12‰", "còn 20 hồ sơ", "Còn 5",
    "Còn dưới 5% chưa giải ngân", "Giảm còn 2% chưa đạt", "95% chưa đạt",  # a negation after it: what is left undone
    "Giảm xuống 30 thủ tục", "Hạ xuống 2 bậc", "Giảm xuống 30", "Hạ xuống 15 ngày",
])
def test_what_is_left_or_a_fall_of_a_count_is_not_a_level(printed):
    assert read_target(printed) is None


@pytest.mark.parametrize("printed, value, comparator, unit", [
    ("Giảm còn 2%", 2, "=", "%"), ("Còn dưới 17%", 17, "<", "%"), ("Giảm xuống còn 1,8%", 1.8, "=", "%"),
    ("còn khoảng 2%", 2, "~", "%"), ("Giảm xuống 1,8%", 1.8, "=", "%"), ("Giảm xuống dưới 1%", 1, "<", "%"),
    ("Giảm xuống còn 30 thủ tục", 30, "=", "thủ tục"), ("Giảm xuống mức 30 thủ tục", 30, "=", "thủ tục"),
    ("Hạ xuống dưới 15 ngày", 15, "<", "ngày"), ("Còn không quá 3%", 3, "<=", "%"),
])
def test_a_fall_to_a_level_is_still_read(printed, value, comparator, unit):
    target = read_target(printed)
    assert target is not None
    assert (target.value, target.comparator, target.unit, target.change) == (value, comparator, unit, None)


@pytest.mark.parametrize("fmt", ["html", "docx", "txt", "pipe.txt"])
def test_what_is_left_gives_no_result_and_a_fall_of_a_count_no_target(tmp_path, fmt):
    doc = _document(tmp_path, fmt, _PLAN_HEADER,
                    [["1", "Tỷ lệ giải ngân vốn đầu tư công", "%", "95", "Còn 5% chưa giải ngân", "100"],
                     ["2", "Số xã đạt chuẩn nông thôn mới", "xã", "40", "Còn 3 xã chưa đạt", "45"],
                     ["3", "Số thủ tục hành chính cấp tỉnh", "thủ tục", "120", "110", "Giảm xuống 30 thủ tục"],
                     ["4", "Tỷ lệ hộ nghèo", "%", "2,5", "2,4", "Giảm còn 2%"]], kind=_PLAN)
    got = [(i.unit, i.previous_result, i.target, i.comparator) for i in doc.indicators]
    assert got == [("%", None, 100, "="), ("xã", None, 45, "="), ("thủ tục", 110, None, None), ("%", 2.4, 2, "=")]
    unread = [w.message for w in doc.warnings if w.code == "indicator_target_unread"]
    assert len(unread) == 1 and "Giảm xuống 30 thủ tục" in unread[0]


@pytest.mark.parametrize("printed", ["- 100%", "– 1,5%", "− 2,5", "+ 0,8 %", "- 4,13", "+ 9%"])
def test_a_dash_before_a_space_is_no_sign(printed):
    assert read_target(printed) is None


@pytest.mark.parametrize("printed, value", [("-4,13", -4.13), ("+9%", 9), ("−2,5", -2.5), ("–1,5%", -1.5)])
def test_a_sign_stuck_to_its_figure_is_read(printed, value):
    assert read_target(printed).value == value


@pytest.mark.parametrize("fmt", ["html", "docx"])
def test_a_lists_dash_before_a_target_gives_no_negative_target(tmp_path, fmt):
    doc = _document(tmp_path, fmt, _PLAN_HEADER,
                    [["1", "Tỷ lệ hồ sơ giải quyết đúng hạn", "%", "98", "99", "- 100%"],
                     ["2", "Tỷ lệ thất nghiệp", "%", "2", "1,8", "– 1,5%"]], kind=_PLAN)
    assert [(i.previous_result, i.target) for i in doc.indicators] == [(99, None), (1.8, None)]
    assert len([w for w in doc.warnings if w.code == "indicator_target_unread"]) == 2


@pytest.mark.parametrize("printed", ["Đạt (100%)", "Vượt (120%)", "Vượt (101,2%)", "đạt (95 %)", "Không đạt (85%)",
                                     "Tối thiểu (80%)"])
def test_a_word_with_a_share_in_brackets_is_no_value(printed):
    assert read_target(printed) is None


@pytest.mark.parametrize("fmt", ["html", "docx", "txt", "pipe.txt"])
def test_an_assessment_with_a_share_in_brackets_is_never_the_indicators_value(tmp_path, fmt):
    doc = _document(tmp_path, fmt, [["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2025", "Thực hiện năm 2025",
                                     "Đánh giá"]],
                    [["1", "Tỷ lệ hộ nghèo", "%", "2,5", "2,4", "Đạt (100%)"],
                     ["2", "Tỷ lệ che phủ rừng", "%", "42", "42,5", "Vượt (101,2%)"],
                     ["3", "Tỷ lệ đô thị hóa", "%", "45", "44", "Không đạt (97,8%)"]], kind=_PLAN)
    got = [(i.name, i.previous_result, i.target, [v.value for v in i.values]) for i in doc.indicators]
    assert got == [("Tỷ lệ hộ nghèo", 2.4, 2.5, [2.5, 2.4]), ("Tỷ lệ che phủ rừng", 42.5, 42, [42, 42.5]),
                   ("Tỷ lệ đô thị hóa", 44, 45, [45, 44])]


@pytest.mark.parametrize("fmt", ["html", "docx"])
def test_a_share_of_the_plan_in_the_estimates_column_is_no_result(tmp_path, fmt):
    doc = _document(tmp_path, fmt, _PLAN_HEADER,
                    [["1", "Tỷ lệ trường đạt chuẩn quốc gia", "%", "80", "Vượt (120%)", "85"],
                     ["2", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "95", "Đạt (100%)", "96"]], kind=_PLAN)
    assert [(i.previous_result, i.target, [v.value for v in i.values]) for i in doc.indicators] == [
        (None, 85, [80, None, 85]), (None, 96, [95, None, 96])]


@pytest.mark.parametrize("fmt", ["html", "docx"])
def test_an_assessment_in_words_with_its_figure_is_never_the_indicators_value(tmp_path, fmt):
    """The class of finding 3 without brackets: "Đạt 100%", "Vượt 1,2%", "Vượt 2 xã" in the assessment column are its
    words, no result (s41-lead gave previous_result 100 for the first); bare points there stay (a score table's)."""
    doc = _document(tmp_path, fmt, [["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2025", "Thực hiện năm 2025",
                                     "Đánh giá"]],
                    [["1", "Tỷ lệ hộ nghèo", "%", "2,5", "2,4", "Đạt 100%"],
                     ["2", "Tỷ lệ che phủ rừng", "%", "42", "42,5", "Vượt 1,2%"],
                     ["3", "Số xã đạt chuẩn nông thôn mới", "xã", "40", "42", "Vượt 2 xã"]], kind=_PLAN)
    got = [(i.previous_result, i.target, [v.value for v in i.values]) for i in doc.indicators]
    assert got == [(2.4, 2.5, [2.5, 2.4]), (42.5, 42, [42, 42.5]), (42, 40, [40, 42])]
