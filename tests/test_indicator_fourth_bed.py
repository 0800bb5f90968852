"""The fourth bed of target tables (tests/indicator_layouts4.py) in every format, PDF included, and the classes it
found: socio-economic plans' main indicators, comparator words, a column per bare year with the body in charge, a
ministry's sector indicators led by its units, units in the names' brackets."""

from __future__ import annotations

import pytest

from indicator_layouts import assert_reads_the_bed_file, bed_files_of
from indicator_layouts4 import FORMATS, beds
from pipeline.stages.indicators import read_target, unit_in_name


@pytest.mark.parametrize("printed, value, comparator, unit, high, change", [
    ("Nhỏ hơn 1%", 1, "<", "%", None, None), ("Lớn hơn 95%", 95, ">", "%", None, None),
    ("Ít hơn 5 vụ", 5, "<", "vụ", None, None), ("Tối thiểu đạt 95%", 95, ">=", "%", None, None),
    ("Không thấp hơn 80%", 80, ">=", "%", None, None), ("Không vượt quá 3%", 3, "<=", "%", None, None),
    ("≥90%", 90, ">=", "%", None, None), ("≤ 2%", 2, "<=", "%", None, None),
    ("giảm 0,5-1%", 0.5, "range", "%", 1, "decrease"), ("Giảm 1 - 1,5 điểm %", 1, "range", "điểm %", 1.5, "decrease"),
    ("Ít nhất 05 sáng kiến", 5, ">=", "sáng kiến", None, None), ("Từ 10% trở lên", 10, ">=", "%", None, None),
    ("Đạt khoảng 15,3", 15.3, "~", None, None, None),
    # a rate per a power of ten: the denominator and what of are the unit
    ("Dưới 12/1.000 trẻ đẻ sống", 12, "<", "/1.000 trẻ đẻ sống", None, None), ("42/100.000", 42, "=", "/100.000", None, None),
    ("Không quá 5/10.000 dân", 5, "<=", "/10.000 dân", None, None),
])
def test_comparator_words(printed, value, comparator, unit, high, change):
    target = read_target(printed)
    assert target is not None
    assert (target.value, target.comparator, target.unit, target.high, target.change) == (value, comparator, unit, high, change)


@pytest.mark.parametrize("printed", ["Trên 8 - 10%", "Nhỏ hơn 2% và lớn hơn 1%", "Lớn hơn hoặc bằng", "Nhỏ hơn",
                                     "15/63", "12/100 dân", "Dưới 12/1.000 trẻ em dưới 5 tuổi"])  # a share, a count
def test_two_things_or_no_number_are_not_read(printed):
    assert read_target(printed) is None


@pytest.mark.parametrize("name, unit", [
    ("Tỷ lệ hộ nghèo giảm (điểm %)", "điểm %"), ("Tuổi thọ trung bình (tuổi)", "tuổi"),
    ("GRDP bình quân đầu người (triệu đồng/người)", "triệu đồng/người"), ("Tỷ lệ đô thị hóa (%)", "%"),
    ("Tỷ lệ sinh con thứ ba trở lên (‰)", "‰"), ("Tốc độ tăng trưởng (GRDP)", None),
])
def test_units_in_names(name, unit):
    assert unit_in_name(name) == unit


@pytest.mark.parametrize("header, role", [
    ("Chỉ tiêu kế hoạch 2026", "target"), ("Chỉ tiêu 2026", "target"), ("Chỉ tiêu phấn đấu 2026", "target"),
    ("Dự kiến 2027", "target"), ("Dự kiến KH 2026", "target"), ("Phấn đấu 2026", "target"),
    ("Ước 2025", "previous_result"), ("Ước năm 2025", "previous_result"),
    ("Ước thực hiện 5 năm 2021-2025", "previous_result"), ("Đến năm 2030", "period"),
    ("Bình quân giai đoạn 2026-2030", "period"),
    # as before: a task table's names
    ("Chỉ tiêu, nhiệm vụ năm 2026", "content"), ("Dự kiến thời gian hoàn thành", "deadline"), ("Bình quân", "other"),
])
def test_year_headers_with_no_nam(header, role):
    from pipeline.stages.columns import column_role

    assert column_role(header) == role


@pytest.fixture(scope="module")
def bed_files(tmp_path_factory):
    return bed_files_of(tmp_path_factory, "indicator_bed4", beds(), FORMATS)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("bed", beds(), ids=lambda b: b.layout.name)
def test_every_target_of_the_fourth_bed_is_read(bed_files, bed, fmt):
    assert_reads_the_bed_file(bed_files, bed, fmt)
