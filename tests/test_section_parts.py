"""Parts above the numbered sections: "Phần I", "PHẦN THỨ HAI", "Phần A." (a plan's or a report's results, then its
tasks; a code's general and special parts; seen in the pages corpus: a Hà Nam plan's "Phần I" / "ĐÁNH GIÁ KẾT QUẢ
THỰC HIỆN NĂM 2013" / "I. TÌNH HÌNH CHUNG"). A part's label was no numbering at all: its lines went into the section
before it, and the second part's "I.", "II." were siblings of the first part's, their numbers read as repeated."""

from __future__ import annotations

import pytest
from conftest import write_in_form

from pipeline.run import process
from pipeline.stages.numbering import classify

HEAD = ["ỦY BAN NHÂN DÂN", "TỈNH NINH BÌNH", "Số: 88/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "Ninh Bình, ngày 10 tháng 3 năm 2026", "KẾ HOẠCH", "Cải cách hành chính năm 2026"]
CLOSING = ["Nơi nhận:", "- Bộ Nội vụ;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Văn Bình"]


def _plan(first: list[str], second: list[str]) -> list[str]:
    """Two parts, each its label's lines, then sections I and II of its own."""
    return [*HEAD, *first, "I. TÌNH HÌNH CHUNG", "Các sở, ngành đã triển khai kế hoạch năm 2025.",
            "II. TỒN TẠI, HẠN CHẾ", "Một số nhiệm vụ còn chậm.",
            *second, "I. MỤC TIÊU", "Nâng cao chất lượng phục vụ người dân.", "II. NHIỆM VỤ",
            "1. Sở Tư pháp chủ trì rà soát văn bản, hoàn thành trong quý II/2026.", *CLOSING]


LABELS = [
    (["Phần I", "ĐÁNH GIÁ KẾT QUẢ NĂM 2025"], ["Phần II", "NHIỆM VỤ NĂM 2026"], ("I", "II")),
    (["PHẦN THỨ NHẤT", "KẾT QUẢ THỰC HIỆN NĂM 2025"], ["PHẦN THỨ HAI", "KẾ HOẠCH NĂM 2026"], ("1", "2")),
    (["Phần thứ nhất: Kết quả thực hiện năm 2025"], ["Phần thứ hai: Nhiệm vụ năm 2026"], ("1", "2")),
    (["PHẦN A. KẾT QUẢ NĂM 2025"], ["PHẦN B. NHIỆM VỤ NĂM 2026"], ("A", "B")),
    (["Phần 1 - Kết quả năm 2025"], ["Phần 2 - Nhiệm vụ năm 2026"], ("1", "2")),
]


@pytest.mark.parametrize("form", ["text", "docx", "html"])
@pytest.mark.parametrize("first, second, numbers", LABELS)
def test_parts_hold_their_sections(tmp_path, form, first, second, numbers):
    doc = process(write_in_form(tmp_path, _plan(first, second), form))
    parts = [s for s in doc.sections if s.kind == "part"]
    assert [p.number for p in parts] == list(numbers)
    assert [[c.label for c in p.children] for p in parts] == [["I.", "II."], ["I.", "II."]]
    assert [p.id for p in parts] == [f"part_{n}" for n in numbers]
    assert "numbering_repeated" not in {w.code for w in doc.warnings}
    # the part's name is its heading or the line under its label, never a section's text
    first_sections_text = " ".join(c.text or "" for c in parts[0].children)
    assert "NHIỆM VỤ NĂM 2026" not in first_sections_text.upper()
    [task_item] = [n for n in parts[1].walk() if n.label == "1."]
    assert task_item.id == f"part_{numbers[1]}__sec_II__item_1"


@pytest.mark.parametrize("line", [
    "Phần II của Kế hoạch này do Sở Nội vụ hướng dẫn.",  # a sentence about a part
    "Phần lớn các sở, ngành đã hoàn thành nhiệm vụ.",  # "phần lớn": most of
    "Phần thứ mấy của báo cáo chưa rõ",  # no ordinal
    "Phần Ba Lan",  # a name, no ordinal of the vocabulary
    "Phần mềm quản lý văn bản",
])
def test_a_line_starting_with_phan_that_is_no_part(line):
    assert classify(line) is None


def test_a_part_lettered_c_is_the_third():
    assert classify("PHẦN C. GIẢI PHÁP").value == 3 and classify("Phần III").value == 3


@pytest.mark.parametrize("form", ["text", "docx"])
def test_a_part_without_sections_and_the_next_part_are_no_table(tmp_path, form):
    """"PHẦN THỨ NHẤT" / "KẾT QUẢ NĂM 2025" / "PHẦN THỨ HAI" / "NHIỆM VỤ NĂM 2026": short lines in a row, as a header
    copied one cell a line looks, the years read as a result's and a target's column."""
    lines = [*HEAD, "PHẦN THỨ NHẤT", "KẾT QUẢ NĂM 2025", "PHẦN THỨ HAI", "NHIỆM VỤ NĂM 2026", "I. MỤC TIÊU",
             "Nâng cao chất lượng phục vụ người dân.", *CLOSING]
    doc = process(write_in_form(tmp_path, lines, form))
    assert doc.tables == []
    assert [s.number for s in doc.sections if s.kind == "part"] == ["1", "2"]
