"""Forms sampled in s20 from stored openings of legal-site pages nobody had run (a blind sample).

What the forms are (our own notes; every fixture below is written for the test, names and numbers made up):
- a site that keeps the document's hard-wrapped lines can start a line with a figure in thousands ("1.000 ngày đầu
  đời", "2.500 hộ"): it goes on with the sentence above, it is no section "1.000";
- a province's portal prints its attribute panel label and value on lines of their own ("Cơ quan ban hành" / "UỶ BAN
  MẶT TRẬN TỈNH …", "Người ký văn bản" / "Chưa xác định", "Ngày ban hành" / "-") above the document's own header.
"""

from __future__ import annotations

import pytest

from conftest import write_in_form
from pipeline.run import process

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------"]
FORMS = ["text", "html", "docx"]
CLOSING = ["Nơi nhận:", "- Như trên;", "- Lưu: VT."]


def _process(tmp_path, lines: list[str], form: str):
    return process(write_in_form(tmp_path, lines, form))


def _labels(sections) -> list[str]:
    return [s.label for s in sections if s.label] + [label for s in sections for label in _labels(s.children)]


# --- a hard-wrapped line that starts with a figure in thousands

@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("broken, figure", [
    (["Cải thiện dinh dưỡng của phụ nữ có thai và trẻ em trong", "1.000 ngày đầu đời trên địa bàn tỉnh, góp phần",
      "nâng cao tầm vóc người dân."], "1.000"),
    (["Năm 2025 hỗ trợ nhà ở cho khoảng", "2.500 hộ nghèo, hộ cận nghèo trên địa bàn tỉnh, bảo đảm", "an sinh xã hội."], "2.500"),
    (["Phấn đấu đến năm 2030 tổ chức tập huấn cho khoảng", "12.350 lượt cán bộ, công chức cấp xã trên địa bàn",
      "tỉnh."], "12.350"),
])
@pytest.mark.parametrize("parts", [True, False])
def test_a_wrapped_line_starting_with_thousands_is_no_section(tmp_path, form, broken, figure, parts):
    """A plan copied with its editor's line breaks had a line "1.000 ngày đầu đời …" read as a section "1.000" (the
    numbering read "1.000" as an item "1.0.0"): a later part of an item's number has one or two figures; three are a
    figure's thousands (numbering.py, and clean.py's paragraph starts). With Roman parts or with none."""
    body = ["1. Mục tiêu chung", *broken, "2. Mục tiêu cụ thể", "Giảm tỷ lệ suy dinh dưỡng thấp còi."]
    body = ["I. MỤC TIÊU", *body, "II. TỔ CHỨC THỰC HIỆN", "Các sở, ngành triển khai thực hiện."] if parts else body
    lines = ["ỦY BAN NHÂN DÂN", "TỈNH HÀ GIANG", *MOTTO, "Số: 77/KH-UBND", "Hà Giang, ngày 04 tháng 3 năm 2025",
             "KẾ HOẠCH", "Chăm sóc sức khỏe bà mẹ và trẻ em năm 2025", "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
             *body, *CLOSING, "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn Hùng"]
    doc = _process(tmp_path, lines, form)
    labels = _labels(doc.sections)
    assert figure not in labels
    assert labels == (["I.", "II.", "1.", "2."] if parts else ["1.", "2."])
    assert not {"numbering_skipped", "numbering_out_of_order"} & {w.code for w in doc.warnings}


@pytest.mark.parametrize("text, number", [("1.1. Mục tiêu chung", "1.1"), ("2.10. Nhiệm vụ khác", "2.10"),
                                          ("1,2 Tuyên truyền", "1.2"), ("3.1.2. Kiểm tra", "3.1.2")])
def test_item_numbers_of_one_or_two_figures_stay_labels(text, number):
    from pipeline.stages.numbering import classify

    label = classify(text)
    assert (label.kind, label.number) == ("arabic", number)
