"""The fifth bed of target tables (tests/indicator_layouts5.py) in every format, PDF included, and the classes it
found: a report's assessment in words beside the plan and its estimate, "Đơn vị" as the unit column, "- Trong đó:"
rows last in a table copied a cell a line, a range with the unit after each bound, a dash in a comparison column,
a footnote mark after a name's unit, a target per province, and estimates with a comparator or a range."""

from __future__ import annotations

import pytest

from indicator_layouts import assert_reads_the_bed_file, bed_files_of
from indicator_layouts5 import FORMATS, beds
from pipeline.stages.indicators import read_target, unit_in_name


@pytest.mark.parametrize("printed, value, high, unit", [
    ("Từ 80,4 triệu đồng đến 80,8 triệu đồng", 80.4, 80.8, "triệu đồng"), ("5.400 USD - 5.500 USD", 5400, 5500, "USD"),
    ("80,4 triệu đồng - 80,8 triệu đồng", 80.4, 80.8, "triệu đồng"), ("từ 7,5% đến 8%", 7.5, 8, "%"),
    ("56.000 - 61.000 tỷ đồng", 56000, 61000, "tỷ đồng"), ("7-7,5%", 7, 7.5, "%"),
])
def test_a_range_with_its_unit_after_each_bound(printed, value, high, unit):
    target = read_target(printed)
    assert (target.value, target.high, target.comparator, target.unit) == (value, high, "range", unit)


def test_a_range_of_two_units_is_not_read():
    assert read_target("80,4 triệu đồng đến 80,8 tỷ đồng") is None


@pytest.mark.parametrize("name, unit", [
    ("Tốc độ tăng trưởng GRDP (%)(*)", "%"), ("Tổng thu ngân sách nhà nước (tỷ đồng) (*)", "tỷ đồng"),
    ("Tỷ lệ đô thị hóa (%) (**)", "%"), ("Tổng vốn đầu tư (nghìn tỷ đồng)*", "nghìn tỷ đồng"), ("Tỷ lệ (GRDP)(*)", None),
])
def test_a_footnote_mark_after_a_names_unit(name, unit):
    assert unit_in_name(name) == unit


@pytest.mark.parametrize("header, role", [("Đơn vị", "unit"), ("ĐV", "unit"), ("Đơn vị tính", "unit")])
def test_a_unit_column_named_don_vi_in_an_indicator_table(header, role):
    from pipeline.stages.columns import columns_from

    roles = [c.role for c in columns_from(["TT", "Chỉ tiêu", header, "Kế hoạch năm 2026"])]
    assert roles == ["number", "criterion", role, "target"]
    # in a table of tasks it stays the bodies' column
    assert [c.role for c in columns_from(["STT", "Nhiệm vụ", "Đơn vị", "Thời gian"])][2] != "unit"


@pytest.fixture(scope="module")
def bed_files(tmp_path_factory):
    return bed_files_of(tmp_path_factory, "indicator_bed5", beds(), FORMATS)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("bed", beds(), ids=lambda b: b.layout.name)
def test_every_target_of_the_fifth_bed_is_read(bed_files, bed, fmt):
    assert_reads_the_bed_file(bed_files, bed, fmt)
