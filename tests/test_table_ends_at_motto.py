"""A table flattened into text ends at the motto line "Độc lập - Tự do - Hạnh phúc" however it is written (the header of
a document copied after the table): the lines under the motto are the next document's, never more cells of the
table's last row (they had been read as its lead and support, or as a task of their own)."""

import pytest

from pipeline.run import process

HEADER = ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI", "Số: 45/KH-UBND", "Quảng Ngãi, ngày 3 tháng 4 năm 2026", "KẾ HOẠCH",
          "Cải cách hành chính năm 2026", "PHỤ LỤC"]
NAMES = ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]
ROWS = [["1", "Rà soát thủ tục hành chính", "Sở Tư pháp", "Các sở, ngành", "Quý II/2026"],
        ["2", "Số hóa hồ sơ", "Sở Khoa học và Công nghệ", "UBND các xã", "Tháng 9/2026"]]
MOTTOS = ["Độc lập - Tự do - Hạnh phúc", "Độc lập – Tự do – Hạnh phúc", "Độc lập - Tự do - Hạnh phúc.",
          "Độc lập-Tự do-Hạnh phúc", "Độc lập - Tự do - Hạnh phúc ___"]
# what a document copied after the table begins with, under the motto
AFTER = [["Phòng Nội vụ", "Sở Tài chính"], ["ỦY BAN NHÂN DÂN", "HUYỆN AN LÃO"], ["Văn phòng UBND tỉnh"]]


@pytest.mark.parametrize("form", ["cells", "pipe"])
@pytest.mark.parametrize("after", AFTER, ids=lambda a: a[0])
@pytest.mark.parametrize("motto", MOTTOS)
def test_the_lines_under_the_motto_are_no_cells_of_the_last_row(tmp_path, motto, after, form):
    lines = [*HEADER, *(NAMES + [c for row in ROWS for c in row] if form == "cells"
                        else [f"{c} |" for c in NAMES + [c for row in ROWS for c in row]]), motto, *after]
    path = tmp_path / "plan.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    doc = process(path)
    tasks = sorted(doc.tasks, key=lambda t: t.id)
    assert [[a.name for a in t.lead] for t in tasks] == [[row[2]] for row in ROWS]
    assert [[a.name for a in t.support] for t in tasks] == [[row[3]] for row in ROWS]
