"""Review of s47-tabaudit (notes/s47/review-tabaudit.md), the regressions against d3c645b, on tables of our own
wordings in DOCX (``vMerge``), HTML (``rowspan``) and the DOCX printed to PDF:

1. a first data row under a parent spanning columns is no header of children's names when it prints a row number,
   a task's text, a body or "-" (the rows stay tasks / indicators); "X | Y" over figures still is;
2. bodies continuing alone on sub-rows under a task's merged cells ("Sở Tư pháp" under "Văn phòng UBND tỉnh;") are the
   task's list, one task; a sub-row's own product and time with its bodies is still a task of its own;
3. a body in a people's column ("Tỉnh Đoàn", "Trạm Y Tế", "Hà Nội") is no person: it stays the lead;
4. a sub-row's "Như trên" / "-" in the body cells is the task's, no task of its own.
"""

from __future__ import annotations

import pytest

from pipeline.stages.cells import names_a_person
from pipeline.text import fold
from test_tables_audit_s47 import LEFT, UP, _write
from task_layouts import libreoffice
from pipeline.run import process

_FORMS = ["docx", "html", "pdf"]
_PT = ["STT", "Nhiệm vụ", "Sản phẩm", "Thời gian hoàn thành", "Chủ trì thực hiện", "Phối hợp thực hiện"]
_NEXT = ["2", "Đào tạo chữ ký số", "Lớp đào tạo", "Quý II/2026", "Sở Nội vụ", "Bưu điện tỉnh"]


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    folder = tmp_path_factory.mktemp("review_s47_tables2")
    cache = {}

    def _read(name, rows, form):
        if (name, form) not in cache:
            if form == "pdf" and not libreoffice():
                pytest.skip("LibreOffice prints the PDFs")
            cache[(name, form)] = process(_write(folder, f"{name}_{form}", rows, form))
        return cache[(name, form)]

    return _read


def _names(mentions) -> list[str]:
    return [fold(m.name) for m in mentions]


# 1. a data row under a parent is no children's row -------------------------------------------------------------

_FIRST_ROWS = {
    # the reviewer's: a real children row, then a row of "-" figures
    "kids_dash": ([["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Kinh phí (triệu đồng)", LEFT, "Thời hạn"],
                   [UP, UP, UP, "Ngân sách tỉnh", "Xã hội hóa", UP],
                   ["1", "Tuyên truyền về chuyển đổi số", "Sở Văn hóa, Thể thao và Du lịch", "-", "-", "Quý II/2026"],
                   ["2", "Tập huấn kỹ năng số", "Sở Nội vụ", "500", "200", "Quý III/2026"],
                   ["3", "Kiểm tra an toàn thông tin", "Công an tỉnh", "300", "100", "Quý IV/2026"]], 3),
    # no children row: a task's sources of funds in words, then figures
    "sources_in_words": ([["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Nguồn kinh phí", LEFT, "Thời hạn"],
                          ["1", "Tuyên truyền", "Sở Văn hóa, Thể thao và Du lịch", "Ngân sách", "Xã hội hóa", "Quý II/2026"],
                          ["2", "Tập huấn", "Sở Nội vụ", "500", "200", "Quý III/2026"],
                          ["3", "Kiểm tra", "Sở Y tế", "300", "100", "Quý IV/2026"]], 3),
    # our variant: a real children row, then a row of "-" under another wording
    "kids_dash_years": ([["STT", "Nội dung công việc", "Đơn vị chủ trì", "Dự toán", LEFT, "Thời gian"],
                         [UP, UP, UP, "Năm 2026", "Năm 2027", UP],
                         ["1", "Khảo sát hiện trạng hạ tầng", "Sở Khoa học và Công nghệ", "-", "-", "Quý I/2026"],
                         ["2", "Nâng cấp trung tâm dữ liệu", "Văn phòng UBND tỉnh", "800", "900", "Năm 2027"]], 2),
}
_INDICATOR_ROWS = {
    "ind_kids_dash": [["TT", "Chỉ tiêu", "Đơn vị tính", "Năm 2026", LEFT],
                      [UP, UP, UP, "Kế hoạch", "Thực hiện"],
                      ["1", "Tổng vốn đầu tư toàn xã hội", "Tỷ đồng", "-", "-"],
                      ["2", "Tỷ lệ hồ sơ trực tuyến", "%", "75", "80"]],
    "ind_grades": [["TT", "Chỉ tiêu", "Đơn vị tính", "Kết quả", LEFT],
                   ["1", "Xếp hạng chỉ số PAR Index", "", "Khá", "Tốt"],
                   ["2", "Tỷ lệ hồ sơ trực tuyến", "%", "75", "80"],
                   ["3", "Tỷ lệ xã đạt chuẩn", "%", "60", "70"]],
}


@pytest.mark.parametrize("form", _FORMS)
@pytest.mark.parametrize("name", list(_FIRST_ROWS))
def test_a_task_row_under_a_parent_is_no_childrens_row(read, name, form):
    rows, tasks = _FIRST_ROWS[name]
    doc = read(name, rows, form)
    assert len(doc.tasks) == tasks, [t.content for t in doc.tasks]
    assert not any(n.endswith("/ -") for n in (c.name for c in doc.tables[0].columns))


@pytest.mark.parametrize("form", ["docx", "html"])
@pytest.mark.parametrize("name", list(_INDICATOR_ROWS))
def test_an_indicator_row_under_a_parent_is_no_childrens_row(read, name, form):
    rows = _INDICATOR_ROWS[name]
    doc = read(name, rows, form)
    data = [r for r in doc.tables[0].rows if r.kind == "data"]
    assert [r.cells[0].strip() for r in data][:1] == ["1"], [r.cells for r in data]


# 2 and 4. sub-rows of bodies alone, or dittos: one task ------------------------------------------------------------

_ONE_TASK = {
    # the reviewer's: lead and support continuing on a row of their own
    "lead_support_go_on": ([_PT, ["1", "Rà soát, cắt giảm thủ tục hành chính", "Báo cáo rà soát", "Quý III/2026",
                                  "Văn phòng UBND tỉnh;", "Các sở, ngành;"],
                            [UP, UP, UP, UP, "Sở Tư pháp", "UBND các xã, phường"], _NEXT],
                           ["van phong ubnd tinh", "so tu phap"]),
    # support alone, one a row
    "support_goes_on": ([_PT, ["1", "Xây dựng hệ thống giám sát", "Hệ thống giám sát", "Quý II/2026",
                               "Sở Khoa học và Công nghệ", "Công an tỉnh"],
                         [UP, UP, UP, UP, UP, "Sở Tài chính"], [UP, UP, UP, UP, UP, "UBND các xã, phường"], _NEXT],
                        ["so khoa hoc va cong nghe"]),
    # lead alone
    "lead_goes_on": ([_PT, ["1", "Xây dựng hệ thống giám sát", "Hệ thống giám sát", "Quý II/2026",
                            "Sở Khoa học và Công nghệ", "Công an tỉnh"],
                      [UP, UP, UP, UP, "Sở Thông tin và Truyền thông", UP], _NEXT],
                     None),
    # 4: a second product, the bodies "Như trên"
    "ditto_bodies": ([_PT, ["1", "Nâng cấp cổng dịch vụ công", "Cổng được nâng cấp", "Quý III/2026",
                            "Sở Khoa học và Công nghệ", "Văn phòng UBND tỉnh"],
                      [UP, UP, "Báo cáo đánh giá sau nâng cấp", UP, "Như trên", "Như trên"], _NEXT],
                     ["so khoa hoc va cong nghe"]),
    # 4: a second product, the support "-"
    "dash_support": ([_PT, ["1", "Nâng cấp cổng dịch vụ công", "Cổng được nâng cấp", "Quý III/2026",
                            "Sở Khoa học và Công nghệ", "Văn phòng UBND tỉnh"],
                      [UP, UP, "Báo cáo đánh giá sau nâng cấp", UP, UP, "-"], _NEXT],
                     ["so khoa hoc va cong nghe"]),
}


@pytest.mark.parametrize("form", _FORMS)
@pytest.mark.parametrize("name", list(_ONE_TASK))
def test_bodies_going_on_under_a_merged_task_are_one_task(read, name, form):
    rows, lead = _ONE_TASK[name]
    doc = read(name, rows, form)
    ones = [t for t in doc.tasks if t.number == "1"]
    assert len(ones) == 1, [(t.output, _names(t.lead), _names(t.support)) for t in ones]
    if lead is not None:
        assert _names(ones[0].lead) == lead


# 3. bodies in a people's column stay bodies ------------------------------------------------------------------------

_BODIES = ["Tỉnh Đoàn", "Thành Đoàn", "Huyện Đoàn", "Xã Đoàn", "Trạm Y Tế", "Nhà Văn Hóa", "Ngân Hàng Chính Sách",
           "Agribank Quảng Bình", "Viettel Nghệ An", "Điện Lực", "Hà Nội", "Đoàn Thanh Niên", "Trường THPT Nguyễn Huệ",
           "Phòng Lê Văn A"]
_PEOPLE = ["Trần Văn Long", "Đỗ Mạnh Cường", "Đồng chí Lê Thị Hoa, Chủ tịch UBND xã", "Đ/c Phạm Văn Hùng", "Hà Thị Lan"]


@pytest.mark.parametrize("text", _BODIES)
def test_a_body_is_no_person(text):
    assert not names_a_person(text)


@pytest.mark.parametrize("text", _PEOPLE)
def test_a_person_by_form(text):
    assert names_a_person(text)


@pytest.mark.parametrize("form", _FORMS)
def test_a_body_in_the_only_people_column_leads(read, form):
    rows = [["TT", "Nhiệm vụ", "Người thực hiện", "Thời hạn"],
            ["1", "Tuyên truyền thanh niên", "Tỉnh Đoàn", "Tháng 6/2026"],
            ["2", "Khám sức khỏe học sinh", "Trạm Y Tế", "Tháng 6/2026"],
            ["3", "Kiểm tra", "Trần Văn Long", "Tháng 6/2026"]]
    doc = read("people_bodies", rows, form)
    by = {t.number: t for t in doc.tasks}
    assert _names(by["1"].lead) == ["tinh doan"]
    assert _names(by["2"].lead) == ["tram y te"]
    assert not by["3"].lead


# 6. a person with the post first, "đ/c" in small letters, "name - post" -------------------------------------------

_PEOPLE_WITH_POSTS = ["Phó Giám đốc Nguyễn Văn An", "đ/c Lê Thị Thu", "Nguyễn Văn An - Phó Giám đốc",
                      "Trưởng phòng Hoàng Minh Tuấn"]
_POSTS_AND_BODIES = ["Chủ tịch UBND xã Lê Lợi", "Giám đốc Sở Y tế", "Sở Lao động - Thương binh và Xã hội",
                     "Phó Chủ tịch UBND tỉnh"]


@pytest.mark.parametrize("text", _PEOPLE_WITH_POSTS)
def test_a_person_with_a_post(text):
    assert names_a_person(text)


@pytest.mark.parametrize("text", _POSTS_AND_BODIES)
def test_a_post_or_a_body_names_no_person(text):
    assert not names_a_person(text)


@pytest.mark.parametrize("form", _FORMS)
def test_people_with_posts_are_no_lead(read, form):
    rows = [["TT", "Nhiệm vụ", "Người thực hiện", "Thời hạn"],
            ["1", "Rà soát hồ sơ", "Phó Giám đốc Nguyễn Văn An", "Tháng 5/2026"],
            ["2", "Tổ chức sát hạch", "đ/c Lê Thị Thu", "Tháng 6/2026"],
            ["3", "Trình ký", "Nguyễn Văn An - Phó Giám đốc", "Tháng 6/2026"],
            ["4", "Tuyên truyền thanh niên", "Tỉnh Đoàn", "Tháng 6/2026"]]
    doc = read("people_posts", rows, form)
    by = {t.number: t for t in doc.tasks}
    assert [bool(by[n].lead) for n in "1234"] == [False, False, False, True], [_names(by[n].lead) for n in "1234"]
