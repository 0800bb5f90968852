import pytest

from pipeline.stages.dates import find_dates, parse_date


@pytest.mark.parametrize(
    "printed, iso, partial",
    [
        ("Hà Nội, ngày 09 tháng 06 năm 2025", "2025-06-09", None),
        ("Hà Nội, ngày 11 tháng 6 năm 2020", "2020-06-11", None),
        ("ngày 9/6/2025", "2025-06-09", None),
        ("ngày 06 tháng 01năm 2026", "2026-01-06", None),  # space lost in a PDF's text layer
        ("Lào Cai, ngày       tháng      năm 2026", None, "2026"),  # unnumbered draft
        ("Lâm Đồng, ngày       tháng 12 năm 2025", None, "2025-12"),
        ("ngày 31/02/2025", None, None),  # no such day
        ("ngày 0/ /2025", None, None),  # sample 001's annex 4
    ],
)
def test_parse_date(printed, iso, partial):
    parsed = parse_date(printed)
    assert (parsed.iso if parsed else None) == iso
    assert (parsed.partial if parsed else None) == partial


def test_find_dates_in_order_without_overlap():
    text = "Báo cáo số 140/BC-UBND ngày 27/5/2020 và Kế hoạch ngày 10 tháng 9 năm 2018"
    assert [d.iso for d in find_dates(text)] == ["2020-05-27", "2018-09-10"]


def test_a_phone_number_is_not_a_date():
    assert find_dates("vui lòng gọi 19006192") == []
