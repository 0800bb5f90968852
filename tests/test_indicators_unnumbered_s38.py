"""An indicator table with no number column, its rows' numbers printed before the names ("1. Tốc độ tăng trưởng …"),
copied a cell a line (s38-periods2). The first row had been read as more of the header's names, and the next rows
shifted by a cell: an indicator took its own baseline as its target, or the next row's target. Each indicator keeps the
values of its own row, as the web page's table (the reference reading) gives them."""

from __future__ import annotations

import pytest

from pipeline.run import process

_HEAD = ("ỦY BAN NHÂN DÂN", "TỈNH BÌNH PHƯỚC", "Số: 31/KH-UBND", "Bình Phước, ngày 9 tháng 2 năm 2026", "KẾ HOẠCH",
         "Thực hiện các chỉ tiêu phát triển năm 2026")
_HEADERS = {"four": ("Tên chỉ tiêu", "ĐVT", "Ước TH 2025", "KH 2026"),
            "three": ("Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2026")}
_ROWS = {"four": (("1. Tỷ lệ hộ nghèo giảm", "%", "1,5", "≥1,2"),
                  ("2. Số doanh nghiệp thành lập mới", "doanh nghiệp", "1.150", "Trên 1.300"),
                  ("3. Tỷ lệ trường đạt chuẩn quốc gia", "%", "61,4", "65"),
                  ("4. Thu nội địa", "tỷ đồng", "9.870", "10.250")),
         "three": (("1) Diện tích rừng trồng mới", "ha", "2.400"),
                   ("2) Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "≥95,5"),
                   ("3) Số xã đạt chuẩn nông thôn mới nâng cao", "xã", "12"))}


def _plan(tmp_path, width: str, form: str):
    header, rows = _HEADERS[width], _ROWS[width]
    if form == "html":
        cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in [header, *rows])
        path = tmp_path / "plan.html"
        path.write_text("<html><body>" + "".join(f"<p>{x}</p>" for x in _HEAD) + f"<table border='1'>{cells}</table>"
                        "<p>Nơi nhận:</p><p>- Lưu: VT.</p></body></html>", encoding="utf-8")
        return process(path)
    lines = [c for r in [header, *rows] for c in r]
    body = "\n".join(f"{c} |" for c in lines) if form == "pipe" else "\n\n".join(lines)
    path = tmp_path / "plan.txt"
    path.write_text("\n\n".join(_HEAD) + "\n\n" + body + "\n\nNơi nhận:\n- Lưu: VT.\n", encoding="utf-8")
    return process(path)


def _read(doc):
    return [(i.name, i.unit, i.target) for i in doc.indicators]


@pytest.mark.parametrize("width", ["four", "three"])
@pytest.mark.parametrize("form", ["one cell a line", "pipe"])
def test_each_indicator_keeps_its_own_row(tmp_path, width, form):
    reference = _read(_plan(tmp_path, width, "html"))
    assert [name for name, _, _ in reference] == [r[0] for r in _ROWS[width]]
    assert _read(_plan(tmp_path, width, form)) == reference
