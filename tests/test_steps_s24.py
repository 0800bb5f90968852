"""Steps and phases in a plan's body as nodes of the section tree (s24): "Bước 1: Rà soát", "Giai đoạn I (2026 - 2027):",
"Đợt 2." — a word of sections.json step_words, a number (figures or Roman) and ":" "." ")" or a dash, the step's text on
the same line or the next; inside a numbered item or at the top. They were text of the node above them. A sentence that
begins with such a word ("Bước 1 của quy trình là …") stays text.

The documents are invented; each shape is stated by hand.
"""

from __future__ import annotations

import pytest

from test_structure_s24 import BOLD, _run, _tree

FORMS = ["text", "html_b", "docx", "pdf"]  # no line in bold but where marked: "html_b" is plain <p>


def _steps_in_a_point(separator: str) -> list[str]:
    return ["I. TỔ CHỨC THỰC HIỆN", "1. Nhập dữ liệu", "a) Chuẩn bị", "Các đơn vị thực hiện theo các bước sau:",
            f"Bước 1{separator} Đăng nhập phần mềm", "Truy cập trang điện tử của Sở.",
            f"Bước 2{separator} Nhập số liệu", "- Nhập số liệu năm 2026.", "- Kiểm tra lại số liệu.",
            f"Bước 3{separator} Gửi kết quả", "Bấm nút gửi.", "b) Báo cáo", "Gửi báo cáo về Sở.", "2. Kinh phí",
            "Ngân sách tỉnh bảo đảm."]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("separator", [":", ".", ")", " -", " –", "-"])
def test_steps_inside_a_lettered_point(tmp_path, form, separator):
    doc = _run(tmp_path, _steps_in_a_point(separator), form)
    part = doc.sections[1]
    assert [n.id for n in part.children] == ["sec_I__item_1", "sec_I__item_2"]
    point_a, point_b = part.children[0].children
    assert point_b.id == "sec_I__item_1__point_b"
    assert point_a.text == "Các đơn vị thực hiện theo các bước sau:"
    steps = point_a.children
    assert [(n.id, n.kind, n.number, n.heading, n.text) for n in steps] == [
        ("sec_I__item_1__point_a__step_1", "step", "1", "Đăng nhập phần mềm", "Truy cập trang điện tử của Sở."),
        ("sec_I__item_1__point_a__step_2", "step", "2", "Nhập số liệu", ""),
        ("sec_I__item_1__point_a__step_3", "step", "3", "Gửi kết quả", "Bấm nút gửi.")]
    assert [d.label for d in steps[1].children] == ["-", "-"]
    assert steps[0].label.startswith("Bước 1")
    assert not [w for w in doc.warnings if w.code.startswith("numbering")]


PHASES_OVER_ITEMS = ["I. MỤC TIÊU", "Hoàn thành chuyển đổi số.", "II. NỘI DUNG", "Giai đoạn {one}{period}:",
                     "Chuẩn bị", "1. Rà soát hồ sơ", "Các sở rà soát.", "2. Tổng hợp", "Văn phòng tổng hợp.",
                     "Giai đoạn {two}{period}:", "Triển khai", "1. Số hóa", "Các sở số hóa.", "III. TỔ CHỨC THỰC HIỆN",
                     "Các sở triển khai."]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(("one", "two", "period"), [("1", "2", ""), ("I", "II", ""), ("1", "2", " (2026 - 2027)")])
def test_phases_head_the_items_under_them_their_heading_on_the_next_line(tmp_path, form, one, two, period):
    lines = [line.format(one=one, two=two, period=period) for line in PHASES_OVER_ITEMS]
    doc = _run(tmp_path, lines, form)
    assert _tree(doc.sections) == [
        ("sec_I", "MỤC TIÊU", []),
        ("sec_II", "NỘI DUNG", [
            (f"sec_II__step_{one}", "Chuẩn bị", [("sec_II__step_{}__item_1".format(one), "Rà soát hồ sơ", []),
                                                 ("sec_II__step_{}__item_2".format(one), "Tổng hợp", [])]),
            (f"sec_II__step_{two}", "Triển khai", [("sec_II__step_{}__item_1".format(two), "Số hóa", [])])]),
        ("sec_III", "TỔ CHỨC THỰC HIỆN", [])]
    assert [n.number for n in doc.sections[2].children] == [one, two]
    assert not [w for w in doc.warnings if w.code.startswith("numbering")]


TOP_LEVEL = ["Đợt 1. Từ tháng 3 đến tháng 6 năm 2026", "Các xã tổ chức ra quân.", "Đợt 2. Từ tháng 9 đến tháng 12 năm 2026",
             "Các xã tổng kết."]


@pytest.mark.parametrize("form", FORMS)
def test_rounds_at_the_top_level(tmp_path, form):
    doc = _run(tmp_path, TOP_LEVEL, form)
    assert [(n.id, n.heading, n.text) for n in doc.sections[1:-1]] == [
        ("step_1", "Từ tháng 3 đến tháng 6 năm 2026", "Các xã tổ chức ra quân."),
        ("step_2", "Từ tháng 9 đến tháng 12 năm 2026", "Các xã tổng kết.")]


NESTED = ["I. NHIỆM VỤ", "Giai đoạn 1: Chuẩn bị", "Bước 1: Rà soát", "Các sở rà soát.", "Bước 2: Tổng hợp",
          "Văn phòng tổng hợp.", "Giai đoạn 2: Triển khai", "Bước 1: Số hóa", "Các sở số hóa.", "II. KINH PHÍ",
          "Ngân sách tỉnh."]


@pytest.mark.parametrize("form", FORMS)
def test_steps_inside_phases(tmp_path, form):
    doc = _run(tmp_path, NESTED, form)
    assert _tree(doc.sections[1:2]) == [
        ("sec_I", "NHIỆM VỤ", [
            ("sec_I__step_1", "Chuẩn bị", [("sec_I__step_1__step_1", "Rà soát", []), ("sec_I__step_1__step_2", "Tổng hợp", [])]),
            ("sec_I__step_2", "Triển khai", [("sec_I__step_2__step_1", "Số hóa", [])])])]


@pytest.mark.parametrize("form", FORMS)
def test_a_skipped_step_is_reported(tmp_path, form):
    doc = _run(tmp_path, ["I. NHIỆM VỤ", "Bước 1: Rà soát", "Các sở rà soát.", "Bước 3: Gửi kết quả", "Văn phòng gửi."], form)
    assert [n.kind for n in doc.sections[1].children] == ["step", "step"]
    assert [w.code for w in doc.warnings if w.code.startswith("numbering")] == ["numbering_skipped"]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("line", ["Bước 1 của quy trình là tiếp nhận hồ sơ.", "Giai đoạn 2021 - 2025: tỉnh đã hoàn thành.",
                                  "Đợt 1 năm 2025 các xã đã ra quân.", "Bước 5 Trả kết quả cho tổ chức Bộ phận Một cửa",
                                  "Bước 1.2: kiểm tra hồ sơ", "Bước"])
def test_a_sentence_that_begins_with_a_step_word_is_text(tmp_path, form, line):
    doc = _run(tmp_path, ["I. NHIỆM VỤ", "1. Tiếp nhận hồ sơ", "Bộ phận Một cửa thực hiện.", line, "2. Giải quyết",
                          "Các phòng giải quyết."], form)
    items = doc.sections[1].children
    assert [(n.id, n.children) for n in items] == [("sec_I__item_1", []), ("sec_I__item_2", [])]
    assert items[0].text.splitlines() == ["Bộ phận Một cửa thực hiện.", line]


BARE = ["I. QUY TRÌNH", "1. Tiếp nhận", f"{BOLD}Bước 1", "Kiểm tra hồ sơ.", f"{BOLD}Bước 2", "Chuyển hồ sơ.", "2. Giải quyết",
        "Các phòng giải quyết."]


@pytest.mark.parametrize("form", ["text", "html_b", "docx", "pdf"])  # in plain lines too since s25: a run of two from 1
def test_a_step_word_and_number_alone_in_bold_is_a_step(tmp_path, form):
    doc = _run(tmp_path, BARE, form)
    item = doc.sections[1].children[0]
    assert [(n.id, n.kind, n.text) for n in item.children] == [
        ("sec_I__item_1__step_1", "step", "Kiểm tra hồ sơ."), ("sec_I__item_1__step_2", "step", "Chuyển hồ sơ.")]


@pytest.mark.parametrize("form", ["html_b", "docx", "pdf"])
def test_a_step_in_bold_is_a_step_not_a_bold_heading(tmp_path, form):
    doc = _run(tmp_path, _steps_in_a_point(":")[:4] + [f"{BOLD}Bước 1: Đăng nhập phần mềm", "Truy cập trang.",
                                                       f"{BOLD}Bước 2: Nhập số liệu", "Nhập số liệu.", "b) Báo cáo", "Gửi."], form)
    point_a = doc.sections[1].children[0].children[0]
    assert [(n.kind, n.heading) for n in point_a.children] == [("step", "Đăng nhập phần mềm"), ("step", "Nhập số liệu")]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("after", ["c) Báo cáo", "b) Báo cáo"])  # the next point, or a point's letter printed twice
def test_steps_in_a_point_end_at_the_next_point(tmp_path, form, after):
    """The first label under the steps goes on from the points above them (its number is not a list's first): the steps
    are the point's, and that label is the point's sibling, whatever its letter."""
    lines = ["I. NHIỆM VỤ", "1. Nhập dữ liệu", "a) Chuẩn bị", "Mở lớp.", "b) Nhập", "Theo các bước sau:", "Bước 1: Đăng nhập",
             "Truy cập trang.", "Bước 2: Gửi kết quả", "Bấm nút gửi.", after, "Gửi báo cáo."]
    doc = _run(tmp_path, lines, form)
    points = doc.sections[1].children[0].children
    assert [(n.label, [s.id for s in n.children]) for n in points] == [
        ("a)", []), ("b)", ["sec_I__item_1__point_b__step_1", "sec_I__item_1__point_b__step_2"]), (after[:2], [])]


@pytest.mark.parametrize("form", ["html_b", "docx", "pdf"])
def test_steps_under_a_bold_heading(tmp_path, form):
    """A heading told by its bold over the steps ("Quy trình thực hiện" / "Bước 1:" …) holds them."""
    lines = ["I. NHIỆM VỤ", f"{BOLD}Quy trình thực hiện", "Bước 1: Rà soát", "Các sở rà soát.", "Bước 2: Tổng hợp",
             "Văn phòng tổng hợp.", "II. KINH PHÍ", "Ngân sách tỉnh."]
    doc = _run(tmp_path, lines, form)
    assert _tree(doc.sections[1:2]) == [
        ("sec_I", "NHIỆM VỤ", [("sec_I__heading_1", "Quy trình thực hiện", [("sec_I__heading_1__step_1", "Rà soát", []),
                                                                           ("sec_I__heading_1__step_2", "Tổng hợp", [])])])]
