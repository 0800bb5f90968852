"""A reviewer's findings on s40-tabtext, on small tables of our own wordings.

1. A bare "Giá trị" column named a target everywhere: a list of works ("Tên công trình | Chủ đầu tư | Giá trị"), of
   assets ("Tên tài sản | Số lượng | Giá trị") or of budget lines ("Nội dung | Giá trị") gave indicators read from sums.
   It is a target only beside a column named as the indicators or a unit column.
"""

from __future__ import annotations

import pytest

from pipeline.stages.columns import columns_from
from test_tables_s40 import _indicator_plan

# -- 1. A bare "Giá trị" beside no indicator ------------------------------------------------------------------------------

_SUM_TABLES = {
    "works": [("STT", "Tên công trình", "Chủ đầu tư", "Giá trị", "Thời gian thực hiện"),
              ("1", "Cải tạo trạm y tế xã Phú Lộc", "UBND xã Phú Lộc", "2.400", "Năm 2026"),
              ("2", "Làm mới cầu treo thôn Khe Lim", "UBND xã Tân Hà", "960", "Quý IV/2026")],
    "assets": [("TT", "Tên tài sản", "Số lượng", "Giá trị"), ("1", "Xe ô tô chuyên dùng", "1", "980.000.000"),
               ("2", "Bàn ghế phòng họp", "20", "45.000.000")],
    "budget lines": [("STT", "Nội dung", "Giá trị"), ("1", "Chi phí in tài liệu", "35"), ("2", "Chi phí hội nghị", "60")],
    "value of a year": [("STT", "Hạng mục", "Giá trị năm 2026"), ("1", "Sửa chữa hội trường", "300"),
                        ("2", "Mua sắm thiết bị", "150")],
}


@pytest.mark.parametrize("table", list(_SUM_TABLES))
@pytest.mark.parametrize("form", ["html", "docx", "one cell a line"])
def test_a_bare_value_column_beside_no_indicator_names_no_target(tmp_path, table, form):
    header, *rows = _SUM_TABLES[table]
    doc = _indicator_plan(tmp_path, header, rows, form)
    assert doc.indicators == []
    assert "target" not in [c.role for t in doc.tables for c in t.columns]


@pytest.mark.parametrize("names", [("STT", "Tên công trình", "Chủ đầu tư", "Giá trị", "Thời gian thực hiện"),
                                   ("STT", "Nội dung", "Giá trị"), ("Tên tài sản", "Giá trị"),
                                   ("STT", "Dự án", "Giá trị năm 2026")])
def test_a_bare_value_name_alone_is_no_target_column(names):
    assert "target" not in [c.role for c in columns_from(list(names))]


@pytest.mark.parametrize("names", [("STT", "Chỉ tiêu", "Giá trị"), ("TT", "Tên chỉ tiêu", "Giá trị"),
                                   ("STT", "Mục tiêu", "Giá trị"), ("STT", "Nội dung", "ĐVT", "Giá trị"),
                                   ("Nội dung", "Đơn vị tính", "Giá trị năm 2026"), ("STT", "Chỉ số", "Giá trị"),
                                   ("STT", "Nội dung", "Giá trị mục tiêu"), ("STT", "Nội dung", "Mức phấn đấu")])
def test_a_value_beside_indicators_or_a_unit_or_named_as_a_target_stays_one(names):
    assert [c.role for c in columns_from(list(names))][-1] == "target"


def test_a_value_beside_a_unit_column_still_gives_indicators(tmp_path):
    rows = [("1", "Tỷ lệ hộ dùng nước sạch", "%", "98"), ("2", "Số xã đạt chuẩn văn hóa", "xã", "12")]
    doc = _indicator_plan(tmp_path, ("STT", "Nội dung", "ĐVT", "Giá trị"), rows, "html")
    assert [(i.name, i.unit, i.target) for i in doc.indicators] == [("Tỷ lệ hộ dùng nước sạch", "%", 98.0),
                                                                    ("Số xã đạt chuẩn văn hóa", "xã", 12.0)]
