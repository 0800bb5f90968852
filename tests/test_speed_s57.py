"""The text PDF reader's speed-ups keep every value as it was (issue 20, s57-speed).

``rules.may_hold_unruled_table`` asks of every line of a PDF page whether its first words head a number column
("STT", "TT", "Số thứ tự"). It now asks ``columns.names_number_column``, which reads the few number rows of
data/column_roles.csv first and the whole vocabulary only for a name one of them matches: the answer must be
``column_role(name) == "number"`` for every name, and a page of running text must not read the whole vocabulary for
its lines.
"""

from __future__ import annotations

import pytest

from parsers import rules
from pipeline.stages import columns

# headings as tables print them, in capitals and small letters, with marks or without, a column's number after them,
# a dot or a colon; names of other columns and running text's first words, some close to a number column's
NAMES = [
    "STT", "Stt", "stt", "TT", "T.T", "STT.", "TT:", "S TT", "Số TT", "SỐ TT", "Số thứ tự", "SỐ THỨ TỰ", "So thu tu",
    "Thứ tự", "THỨ TỰ", "Mã số", "Mã", "MÃ SỐ", "Mã nhiệm vụ", "Mã số hoạt động", "Mã dự án", "Bước", "Bước 2",
    "BƯỚC 3", "TT (1)", "STT (1)", "(1) STT", "Số thứ tự (1)", "STT / Nội dung", "Nội dung / STT", "TT / Số",
    "Nội dung", "Nội dung công việc", "Cơ quan chủ trì", "Chủ trì", "Phối hợp", "Thời gian", "Thời gian hoàn thành",
    "Sản phẩm", "Ghi chú", "Kết quả", "Số", "Số lượng", "Số liệu", "Sở Tư pháp", "Thủ tục", "Thứ Hai", "TTg", "STTT",
    "Tổ", "Mã QR", "Bước đầu", "Bước 2 thực hiện", "1", "I", "a)", "-", "Căn cứ Luật", "Năm 2025",
    "Năm 2025 | Năm 2026 | Kế hoạch | Thực hiện [1/3]", "STT | Nhiệm vụ [1/2]", "Đơn vị tính", "Chỉ tiêu",
]


@pytest.mark.parametrize("name", NAMES)
def test_names_number_column_is_column_roles_number(name):
    columns.names_number_column.cache_clear()
    assert columns.names_number_column(name) == (columns.column_role(name) == "number")


def test_the_names_hold_both_answers():
    """The cases above are no list of one answer: number columns' headings and others both."""
    answers = {columns.column_role(name) == "number" for name in NAMES}
    assert answers == {True, False}


PROSE = """UBND TỈNH LÂM ĐỒNG
Số: 45/KH-UBND
KẾ HOẠCH
Thực hiện chuyển đổi số năm 2026
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Triển khai đồng bộ các nhiệm vụ, giải pháp của Chương trình; các sở, ban, ngành
phối hợp chặt chẽ với Ủy ban nhân dân các xã, phường.
- Sở Khoa học và Công nghệ chủ trì, theo dõi, đôn đốc.
Thời gian thực hiện: trong năm 2026.
"""


def _counting(monkeypatch) -> list[str]:
    asked: list[str] = []
    role = columns.column_role

    def counted(name: str) -> str:
        asked.append(name)
        return role(name)

    monkeypatch.setattr(columns, "column_role", counted)
    columns.names_number_column.cache_clear()
    return asked


def test_a_page_of_running_text_reads_no_line_against_the_whole_vocabulary(monkeypatch):
    asked = _counting(monkeypatch)
    assert rules.may_hold_unruled_table(PROSE) is False
    assert asked == []


@pytest.mark.parametrize("header", ["STT\tNội dung\tChủ trì\tPhối hợp", "  Số thứ tự   Nhiệm vụ   Cơ quan chủ trì",
                                    "TT Nội dung công việc Đơn vị thực hiện", "SỐ TT  NHIỆM VỤ  THỜI GIAN",
                                    "Mã số Hoạt động Chủ trì", "Stt. Nội dung", "TT (1) Nội dung (2)"])
def test_a_page_with_a_number_columns_heading(monkeypatch, header):
    asked = _counting(monkeypatch)
    assert rules.may_hold_unruled_table(PROSE + header + "\n1 Rà soát quy trình Sở Nội vụ Các xã\n") is True
    assert asked  # the heading's name read by the whole vocabulary: the rows before the number rows still decide


def test_a_heading_in_parts_is_read_by_the_whole_vocabulary(monkeypatch):
    asked = _counting(monkeypatch)
    columns.names_number_column("Nội dung / Số")
    assert asked == ["Nội dung / Số"]
