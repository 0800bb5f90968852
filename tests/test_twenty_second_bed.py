"""A commune's posts and service centre, the kind of document as the product, help named in a note, deadlines with the
year after a dot or a start with no year: the twenty-second test bed (tests/task_layouts, layouts 168+, --bed
twenty_second), and each of its faults on small tables of our own wordings.

What was wrong before (each test below fails without its fix, unless it says it is a guard):
- "Tháng 9 - 12.2026" (the year after a dot) ended on 9 December (read as the day 9/12/2026): a confident wrong period;
  now September to December 2026, as "Tháng 9 - 12/2026";
- "Từ 15/9 đến 30/10" (no year: the plan's) gave no start; now it starts on 15 September of the plan's year, and "Từ
  01/8 đến 15/9/2026" on 1 August of the year its end prints;
- a column "Loại văn bản" ("Quyết định của UBND tỉnh", "Kế hoạch", "Báo cáo") was read as nothing; now it is the product;
- in a table with no support column, a note "Phối hợp với Sở Y tế" named no support; now it does (not the lead itself);
- "Trung tâm Dịch vụ tổng hợp xã" (a commune's service centre since July 2025) was cut to "Trung tâm Dịch vụ" (its
  last words read as a role clause, "… tổng hợp, báo cáo"); a list of a commune's posts ("Công chức Địa chính - Xây
  dựng, Công chức Tư pháp - Hộ tịch", "Công chức Văn hóa - Xã hội, Trưởng thôn") was one body.
"""

from __future__ import annotations

import pytest

from pipeline.run import process
from pipeline.stages.agencies import bare_name, split_agencies
from pipeline.stages.columns import column_role
from pipeline.stages.deadlines import parse_deadline
from task_layouts import text_form_failures
from task_layouts.layouts import BY_NAME, TWENTY_SECOND_BED
from test_eighteenth_bed import _write

_FORMS = ("html", "txt", "pipe.txt", "bar.txt", "tab.txt", "mdonce.txt")
_ALL_FORMS = ("html", "one cell a line", "pipe", "markdown", "tabs")


@pytest.mark.parametrize("name,fmt", [(name, fmt) for name in TWENTY_SECOND_BED for fmt in _FORMS
                                      if fmt not in BY_NAME[name].skip])
def test_twenty_second_bed_keeps_every_task(tmp_path, name, fmt):
    failures = text_form_failures(tmp_path, name, fmt)
    assert not failures, "\n".join(failures)


def _names(mentions) -> list[str]:
    return [m.name for m in mentions]


# -- Deadlines: the year after a dot, a start with no year -------------------------------------------------------------

@pytest.mark.parametrize("text,start,end", [
    ("Tháng 9 - 12.2026", "2026-09-01", "2026-12-31"),
    ("Tháng 9-12.2026", "2026-09-01", "2026-12-31"),
    ("tháng 10 – 12.2026", "2026-10-01", "2026-12-31"),
    ("Từ tháng 8 - 10.2026", "2026-08-01", "2026-10-31"),
    ("Tháng 11 - 12.2027", "2027-11-01", "2027-12-31"),
])
def test_a_month_range_with_its_year_after_a_dot(text, start, end):
    deadline = parse_deadline(text, 2026)
    assert (deadline.start, deadline.end, deadline.year_from_plan) == (start, end, False)


@pytest.mark.parametrize("text,start,end,from_plan", [
    ("Từ 15/9 đến 30/10", "2026-09-15", "2026-10-30", True),
    ("Từ ngày 15/9 đến ngày 30/10", "2026-09-15", "2026-10-30", True),
    ("từ 01/8 - 31/8", "2026-08-01", "2026-08-31", True),
    ("Từ 01/8 đến 15/9/2026", "2026-08-01", "2026-09-15", False),  # the start takes the year its end prints
    ("Từ 01/11 đến 31/3/2027", "2026-11-01", "2027-03-31", False),  # … the year before, where the day comes later
    ("Bắt đầu từ 01/8", "2026-08-01", None, True),
])
def test_a_period_with_no_year_keeps_its_start(text, start, end, from_plan):
    deadline = parse_deadline(text, 2026)
    assert (deadline.start, deadline.end, deadline.year_from_plan) == (start, end, from_plan)


@pytest.mark.parametrize("text,start,end", [
    # the s32 review: a start took its year from another period's date in the cell (2025-07-01), a range across the
    # year's end ended before it started (2026-03-31), a start after the deadline started the period
    ("Trước 30/6/2026; từ 01/7 đến 31/12", "2026-07-01", "2026-12-31"),
    ("Giai đoạn 1: trước 30/6/2026; giai đoạn 2: từ 01/7 đến 31/12", "2026-07-01", "2026-12-31"),
    ("Từ 01/7 đến 31/12 (báo cáo sơ kết trước 15/6/2026)", "2026-07-01", "2026-12-31"),
    ("Từ 01/11 đến 31/3", "2026-11-01", "2027-03-31"),
    ("Từ ngày 01/11 đến ngày 31/3 năm sau", "2026-11-01", "2027-03-31"),
    ("Từ 01/11/2026 đến 30/4", "2026-11-01", "2027-04-30"),
    ("Hoàn thành trước 30/9/2026, duy trì từ 01/10", None, "2026-09-30"),
    ("Hoàn thành trước 30/9/2026, duy trì từ 01/10/2026", None, "2026-09-30"),
])
def test_a_periods_start_and_end_are_its_own(text, start, end):
    deadline = parse_deadline(text, 2026)
    assert (deadline.start, deadline.end) == (start, end)


@pytest.mark.parametrize("text,start,end", [
    ("Từ 15/9/2026 đến 30/10/2026", "2026-09-15", "2026-10-30"),
    ("Trước 31/12", None, "2026-12-31"),
    ("Tháng 9 - 12", "2026-09-01", "2026-12-31"),
    ("Năm 2026 và các năm tiếp theo", "2026-01-01", None),  # goes on: no end
    ("Định kỳ 6 tháng", None, None),
    ("Trước ngày 20 của tháng cuối quý", None, None),  # every quarter's: no end
])
def test_deadlines_read_before_stay(text, start, end):
    """Guard."""
    deadline = parse_deadline(text, 2026)
    assert (deadline.start, deadline.end) == (start, end)


@pytest.mark.parametrize("text", ["Từ 15/9 đến 30/10", "Tháng 9 - 12"])
def test_a_period_with_no_year_and_no_plan_year_names_none(text):
    """Guard: never a guessed year."""
    deadline = parse_deadline(text, None)
    assert (deadline.start, deadline.end) == (None, None)


@pytest.mark.parametrize("form", _ALL_FORMS)
def test_the_periods_of_a_table_read_in_every_form(tmp_path, form):
    header = ("STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện")
    rows = [("1", "Rà soát quy trình nội bộ", "Sở Nội vụ", "Sở Tư pháp", "Từ 15/9 đến 30/10"),
            ("2", "Kiểm tra công vụ", "Sở Tài chính", "Thanh tra tỉnh", "Tháng 9 - 12.2026")]
    got = [(t.deadline.text, t.deadline.start, t.deadline.end) for t in process(_write(tmp_path, header, rows, form)).tasks]
    assert got == [("Từ 15/9 đến 30/10", "2026-09-15", "2026-10-30"), ("Tháng 9 - 12.2026", "2026-09-01", "2026-12-31")]


# -- The kind of document as the product -------------------------------------------------------------------------------

@pytest.mark.parametrize("column", ["Loại văn bản", "Hình thức văn bản"])  # the second read right before: a guard
@pytest.mark.parametrize("form", _ALL_FORMS)
def test_the_kind_of_document_is_the_product(tmp_path, column, form):
    header = ("STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", column)
    rows = [("1", "Xây dựng quy định phân cấp quản lý", "Sở Nội vụ", "Sở Tư pháp", "Quý III/2026", "Quyết định của UBND tỉnh"),
            ("2", "Tổng kết, đánh giá kết quả thực hiện", "Sở Tài chính", "", "Tháng 12/2026", "Báo cáo"),
            ("3", "Triển khai thực hiện Đề án", "Sở Y tế", "Sở Nội vụ", "Quý IV/2026", "Kế hoạch")]
    doc = process(_write(tmp_path, header, rows, form))
    assert [t.output for t in doc.tasks] == ["Quyết định của UBND tỉnh", "Báo cáo", "Kế hoạch"]


@pytest.mark.parametrize("name", ["Loại văn bản: Văn bản hợp nhất", "Loại văn bản: Quyết định"])
def test_a_site_panel_naming_a_document_type_is_no_product(name):
    """Guard: a legal site's attribute panel ("Loại văn bản: Quyết định") names the page's document, not a product."""
    assert column_role(name) != "output"


# -- Help named in a note ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("note,support", [
    ("Phối hợp với Sở Y tế", ["Sở Y tế"]),
    ("Phối hợp với Công an tỉnh, Sở Tư pháp", ["Công an tỉnh", "Sở Tư pháp"]),
    ("Phối hợp: Sở Y tế; Sở Văn hóa, Thể thao và Du lịch", ["Sở Văn hóa, Thể thao và Du lịch", "Sở Y tế"]),
    ("phối hợp cùng UBND các xã, phường", ["UBND các xã, phường"]),
    ("Cơ quan phối hợp: Thanh tra tỉnh.", ["Thanh tra tỉnh"]),
    # a remark's word inside a name the registry knows whole: the name's
    ("Phối hợp với Trung tâm Dịch vụ tổng hợp xã", ["Trung tâm Dịch vụ tổng hợp xã"]),
])
@pytest.mark.parametrize("form", _ALL_FORMS)
def test_a_note_that_names_the_help_gives_the_support(tmp_path, note, support, form):
    header = ("TT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời gian thực hiện", "Ghi chú")
    rows = [("1", "Tổ chức tiêm chủng mở rộng cho trẻ em", "Sở Nội vụ", "Quý III/2026", note),
            ("2", "Kiểm tra an toàn thực phẩm tại các chợ", "Sở Công Thương", "Tháng 9/2026", "")]
    doc = process(_write(tmp_path, header, rows, form))
    assert [(_names(t.lead), sorted(_names(t.support))) for t in doc.tasks] == [
        (["Sở Nội vụ"], sorted(support)), (["Sở Công Thương"], [])]


@pytest.mark.parametrize("note", ["Phối hợp chặt chẽ với các địa phương", "Sở Tài chính thẩm định kinh phí",
                                  "Phối hợp với Sở Nội vụ",  # the lead itself: a remark
                                  "Lồng ghép với kế hoạch năm",
                                  # a remark going on after the bodies (found by the s32 review: the rest of the
                                  # sentence had been read into a made-up body's name)
                                  "Phối hợp với Sở Tài chính bố trí kinh phí", "Phối hợp với Sở Y tế về chuyên môn",
                                  "Phối hợp với Bộ Tư lệnh Quân khu để xin ý kiến",
                                  "Phối hợp với UBND các xã, phường trong quá trình triển khai",
                                  "Phối hợp với Sở Xây dựng nếu cần", "Phối hợp với Sở Y tế theo chức năng"])
@pytest.mark.parametrize("form", ("html", "one cell a line"))
def test_a_note_that_names_no_help_gives_no_support(tmp_path, note, form):
    """Guard: a remark that is no list of helpers, or that names the lead, names no support."""
    header = ("TT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời gian thực hiện", "Ghi chú")
    rows = [("1", "Tổ chức tiêm chủng mở rộng cho trẻ em", "Sở Nội vụ", "Quý III/2026", note)]
    doc = process(_write(tmp_path, header, rows, form))
    assert [(_names(t.lead), _names(t.support), t.note) for t in doc.tasks] == [(["Sở Nội vụ"], [], note)]


@pytest.mark.parametrize("form", ("html", "one cell a line"))
def test_a_support_column_is_not_joined_by_the_note(tmp_path, form):
    """Guard: beside a support column the note stays a remark."""
    header = ("TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện", "Ghi chú")
    rows = [("1", "Tổ chức tiêm chủng mở rộng cho trẻ em", "Sở Nội vụ", "Sở Tư pháp", "Quý III/2026", "Phối hợp với Sở Y tế")]
    doc = process(_write(tmp_path, header, rows, form))
    assert [_names(t.support) for t in doc.tasks] == [["Sở Tư pháp"]]


# -- A commune's posts and service centre ------------------------------------------------------------------------------

@pytest.mark.parametrize("cell,names", [
    ("Trung tâm Dịch vụ tổng hợp xã", ["Trung tâm Dịch vụ tổng hợp xã"]),
    ("Trung tâm Dịch vụ tổng hợp", ["Trung tâm Dịch vụ tổng hợp"]),
    ("Phòng Kinh tế, Trung tâm Dịch vụ tổng hợp xã", ["Phòng Kinh tế", "Trung tâm Dịch vụ tổng hợp xã"]),
    ("Công chức Địa chính - Xây dựng, Công chức Tư pháp - Hộ tịch",
     ["Công chức Địa chính - Xây dựng", "Công chức Tư pháp - Hộ tịch"]),
    ("Công chức Văn hóa - Xã hội, Trưởng thôn", ["Công chức Văn hóa - Xã hội", "Trưởng thôn"]),
    ("Công chức Văn hóa - Xã hội, Trưởng các thôn, bản", ["Công chức Văn hóa - Xã hội", "Trưởng các thôn, bản"]),
    ("Phòng Văn hóa - Xã hội, Công chức Văn hóa - Xã hội", ["Phòng Văn hóa - Xã hội", "Công chức Văn hóa - Xã hội"]),
])
def test_a_communes_posts_and_centre_are_read_whole(cell, names):
    assert split_agencies(cell) == names


@pytest.mark.parametrize("cell,names", [
    ("Cán bộ, công chức xã", ["Cán bộ, công chức xã"]),
    ("Các Trưởng thôn", ["Các Trưởng thôn"]),
    ("Công chức Văn phòng - Thống kê", ["Công chức Văn phòng - Thống kê"]),
    # a department's office named by its two fields (the s32 review: cut into "Phòng Tổ chức" and a post)
    ("Phòng Tổ chức - Công chức Sở Nội vụ", ["Phòng Tổ chức - Công chức Sở Nội vụ"]),
    ("Phòng Tổ chức-Công chức", ["Phòng Tổ chức-Công chức"]),
])
def test_collectives_of_posts_stay_whole(cell, names):
    """Guard."""
    assert split_agencies(cell) == names


@pytest.mark.parametrize("name,bare", [
    ("Trung tâm Dịch vụ tổng hợp xã tổng hợp, báo cáo", "Trung tâm Dịch vụ tổng hợp xã"),
    ("Sở Nội vụ tổng hợp, báo cáo UBND tỉnh", "Sở Nội vụ"),  # guard: a role clause after a name still ends it
    ("Công an xã phối hợp", "Công an xã"),  # guard
])
def test_a_role_clause_starts_after_a_name_that_holds_its_word(name, bare):
    assert bare_name(name) == bare


@pytest.mark.parametrize("form", _ALL_FORMS)
def test_a_communes_table_names_its_posts_and_centre(tmp_path, form):
    header = ("TT", "Nội dung công việc", "Chủ trì", "Phối hợp", "Thời gian thực hiện")
    rows = [("1", "Tuyên truyền chính sách an sinh xã hội đến từng thôn", "Công chức Văn hóa - Xã hội",
             "Công chức Tư pháp - Hộ tịch, Trưởng các thôn", "Thường xuyên"),
            ("2", "Kiểm tra trật tự xây dựng tại các khu dân cư", "Phòng Kinh tế", "Trung tâm Dịch vụ tổng hợp xã",
             "Quý III/2026")]
    doc = process(_write(tmp_path, header, rows, form))
    assert [(_names(t.lead), _names(t.support)) for t in doc.tasks] == [
        (["Công chức Văn hóa - Xã hội"], ["Công chức Tư pháp - Hộ tịch", "Trưởng các thôn"]),
        (["Phòng Kinh tế"], ["Trung tâm Dịch vụ tổng hợp xã"])]
