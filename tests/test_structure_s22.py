"""Section trees: labels that are not headings, and headings with labels the samples do not print (s22), each in
several forms.

- A task's field label inside an item ("c) Thời gian thực hiện: Quý II/2026.", "d) Kinh phí: …") beside a sibling
  headed before its colon ("a) Mục tiêu: …") stays the item's text: the tasks stage reads the field with its label.
- Capital letters of a list of choices ("A - ĐỒNG Ý" / "B - KHÔNG ĐỒNG Ý") with no body under them are no groups.
- A figure with its unit at a line's start ("1,5 tỷ đồng …", "12.5 ha …"), a wrapped sentence's line, is no item.

The documents are invented; each shape is stated by hand.
"""

from __future__ import annotations

import pytest

from conftest import write_in_form
from pipeline.run import process

FORMS = ["text", "docx", "html", "pdf"]
HEADER = ["ỦY BAN NHÂN DÂN", "TỈNH NINH BÌNH", "Số: 41/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
          "Độc lập - Tự do - Hạnh phúc", "Ninh Bình, ngày 3 tháng 6 năm 2026"]
CLOSING = ["Nơi nhận:", "- Các sở, ngành;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Phạm Văn Hòa"]


def _run(tmp_path, body, form):
    lines = [*HEADER, "KẾ HOẠCH", "Bảo tồn di sản văn hóa năm 2026", *body, *CLOSING]
    return process(write_in_form(tmp_path, lines, form))


def _numbering(doc):
    return [w.message for w in doc.warnings if w.code.startswith("numbering")]


def _parts(doc):
    return [s for s in doc.sections if s.kind not in ("opening", "closing")]


# ---------------------------------------------------------------------------------------------------
# Field labels are no headings


FIELDS = ["Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch.", "Đơn vị phối hợp: Sở Tài chính.",
          "Thời gian thực hiện: Quý II/2026.", "Thời hạn hoàn thành: Tháng 10/2026.", "Sản phẩm: Bộ hồ sơ di tích.",
          "Kinh phí: Ngân sách tỉnh.", "Kinh phí thực hiện: Khoảng 2 tỷ đồng.", "Nguồn kinh phí: Ngân sách địa phương."]


@pytest.mark.parametrize("form, field", [*((form, field) for form in FORMS for field in (FIELDS[2], FIELDS[4], FIELDS[6])),
                                         *(("text", field) for field in FIELDS)])
@pytest.mark.parametrize("labels", [("a)", "b)", "c)"), ("1.", "2.", "3.")])
def test_a_field_label_beside_headed_siblings_stays_text(tmp_path, form, labels, field):
    one, two, three = labels
    body = ["I. NHIỆM VỤ", f"{one} Mục tiêu: Lập hồ sơ các di tích cấp tỉnh.", f"{two} {field}", f"{three} Phạm vi",
            "Các huyện và thành phố."]
    doc = _run(tmp_path, body, form)
    items = [(c.heading, c.text) for c in doc.sections[1].children]
    assert items == [("Mục tiêu", "Lập hồ sơ các di tích cấp tỉnh."), (None, field), ("Phạm vi", "Các huyện và thành phố.")]


# ---------------------------------------------------------------------------------------------------
# Choices are no groups


CHOICES = [["A - ĐỒNG Ý", "B - KHÔNG ĐỒNG Ý"], ["A. ĐỒNG Ý", "B. KHÔNG ĐỒNG Ý", "C. Ý KIẾN KHÁC"],
           ["A – TÁN THÀNH", "B – KHÔNG TÁN THÀNH"]]


@pytest.mark.parametrize("form, after", [*((form, []) for form in FORMS), ("text", ["Ghi rõ lý do nếu không đồng ý."]),
                                         ("docx", ["Ghi rõ lý do nếu không đồng ý."])])
@pytest.mark.parametrize("choices", CHOICES)
def test_lettered_choices_are_no_groups(tmp_path, form, choices, after):
    body = ["I. LẤY Ý KIẾN NHÂN DÂN", "Mỗi hộ đánh dấu vào một ô:", *choices, *after, "II. TỔ CHỨC THỰC HIỆN",
            "Ủy ban nhân dân các xã tổng hợp phiếu."]
    doc = _run(tmp_path, body, form)
    assert [(s.id, s.children) for s in _parts(doc)] == [("sec_I", []), ("sec_II", [])]
    assert doc.sections[1].text.splitlines() == ["Mỗi hộ đánh dấu vào một ô:", *choices, *after]


@pytest.mark.parametrize("form", ["text", "docx"])
def test_groups_with_bodies_stay_groups(tmp_path, form):
    body = ["A. MỤC TIÊU", "Bảo tồn di tích.", "B. NHIỆM VỤ", "I. KIỂM KÊ", "Kiểm kê di tích.", "C. KIẾN NGHỊ", "Không."]
    doc = _run(tmp_path, body, form)
    assert [(s.id, s.heading) for s in _parts(doc)] == [("group_A", "MỤC TIÊU"), ("group_B", "NHIỆM VỤ"), ("group_C", "KIẾN NGHỊ")]


# ---------------------------------------------------------------------------------------------------
# A figure at a line's start is no label


@pytest.mark.parametrize("form, line", [*((form, line) for form in FORMS for line in ("1,5 tỷ đồng từ ngân sách tỉnh.",
                                                                                       "12.5 ha đất rừng phòng hộ.")),
                                        ("text", "2,75 triệu lượt khách."), ("text", "2.500 người tham gia."),
                                        ("text", "30% số xã có nhà văn hóa.")])
def test_a_figure_wrapped_to_a_line_start_is_no_item(tmp_path, form, line):
    body = ["I. MỤC TIÊU", "1. Kinh phí và quy mô", "Tổng nguồn lực huy động trong năm là", line, "2. Phạm vi", "Toàn tỉnh."]
    doc = _run(tmp_path, body, form)
    items = [(c.id, c.heading, c.children) for c in doc.sections[1].children]
    assert items == [("sec_I__item_1", "Kinh phí và quy mô", []), ("sec_I__item_2", "Phạm vi", [])]
    assert line in doc.sections[1].children[0].text.splitlines()
    assert not _numbering(doc)


@pytest.mark.parametrize("line", ["1.1 Mục tiêu chung", "1,1 Mục tiêu chung", "1.1. tuyên truyền, phổ biến"])
def test_a_sub_item_number_with_its_heading_stays_a_label(tmp_path, line):
    doc = _run(tmp_path, ["I. MỤC TIÊU", "1. Mục tiêu", line, "Bảo tồn."], "text")
    assert [c.number for c in doc.sections[1].children[0].children] == ["1.1"]


# ---------------------------------------------------------------------------------------------------
# "1/" and "a/": the same ladder with a slash


@pytest.mark.parametrize("form", FORMS)
def test_items_and_points_numbered_with_a_slash(tmp_path, form):
    body = ["I. MỤC ĐÍCH, YÊU CẦU", "1/ Mục đích", "Bảo tồn các di tích.", "2/ Yêu cầu", "a/ Kiểm kê đúng thực trạng.",
            "b/ Hoàn thành trong năm.", "II. NHIỆM VỤ", "1/ Kiểm kê di tích:", "Sở Văn hóa chủ trì."]
    doc = _run(tmp_path, body, form)
    tree = [(c.id, c.label, c.heading, [(g.id, g.label, g.text) for g in c.children]) for c in doc.sections[1].children]
    assert tree == [("sec_I__item_1", "1/", "Mục đích", []),
                    ("sec_I__item_2", "2/", "Yêu cầu", [("sec_I__item_2__point_a", "a/", "Kiểm kê đúng thực trạng."),
                                                         ("sec_I__item_2__point_b", "b/", "Hoàn thành trong năm.")])]
    assert [(c.id, c.text) for c in doc.sections[2].children] == [("sec_II__item_1", "Kiểm kê di tích:\nSở Văn hóa chủ trì.")]
    assert not _numbering(doc)


@pytest.mark.parametrize("line", ["1/2 số hộ dân đã được hỗ trợ.", "1/ 3 số xã chưa có nhà văn hóa.", "15/6/2026 tổ chức hội nghị.",
                                  "a/b kiểm thử hai phương án."])
def test_a_fraction_or_a_date_at_a_line_start_is_no_label(tmp_path, line):
    doc = _run(tmp_path, ["I. KẾT QUẢ", "Đến nay", line, "II. NHIỆM VỤ", "Tiếp tục."], "text")
    assert [(s.id, s.children) for s in _parts(doc)] == [("sec_I", []), ("sec_II", [])]
    assert line in doc.sections[1].text.splitlines()


def test_a_task_item_numbered_with_a_slash_keeps_its_marker(tmp_path):
    body = ["II. NHIỆM VỤ", "1/ Kiểm kê di tích cấp tỉnh", "- Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch.",
            "- Thời gian hoàn thành: Quý III/2026."]
    doc = _run(tmp_path, body, "text")
    assert [(t.number, t.content, [a.name for a in t.lead]) for t in doc.tasks] == [
        ("1", "Kiểm kê di tích cấp tỉnh", ["Sở Văn hóa, Thể thao và Du lịch"])]
