"""Classes the property tests (tests/test_properties.py) found in CI rehearsals, each written down as plain cases."""

import pytest

from pipeline.run import process

HEADER = ["ỦY BAN NHÂN DÂN", "TỈNH GIA LAI", "Số: 77/KH-UBND", "Gia Lai, ngày 9 tháng 3 năm 2026", "KẾ HOẠCH"]
TABLE = ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn",
         "1", "Kiểm tra công vụ", "Sở Nội vụ", "Các sở, ngành", "Quý III/2026"]


def _run(tmp_path, lines):
    path = tmp_path / "plan.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    return process(path)


@pytest.mark.parametrize("own_header", [["ỦY BAN NHÂN DÂN"], ["ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
                                        ["SỞ NỘI VỤ", "ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]])
@pytest.mark.parametrize("headings", [["PHỤ LỤC", "PHỤ LỤC"], ["PHỤ LỤC I", "PHỤ LỤC II"]])
def test_an_annex_header_over_two_headings_in_a_row_is_read(tmp_path, own_header, headings):
    # the sections stage took the header's lines as the first annex's own and found no heading under them (a crash)
    doc = _run(tmp_path, [*HEADER, *own_header, *headings, *TABLE])
    assert [[a.name for a in t.lead] for t in doc.tasks] == [["Sở Nội vụ"]]
